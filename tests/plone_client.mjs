// Calls Osallisuus with the real @plone/client, in its default `/++api++` mode, and prints what
// each call resolved with as JSON (tests/test_plone_client.py asserts on it).
// Usage: node tests/plone_client.mjs <site url> <guide path> <step path> <step type>
import PloneClient from '@plone/client';

const [apiPath, guidePath, stepPath, stepType] = process.argv.slice(2);
const client = PloneClient.initialize({ apiPath });

const calls = {
  content: () =>
    client.getContent({
      path: guidePath,
      expand: ['breadcrumbs', 'navigation', 'translations', 'actions', 'navroot', 'types'],
    }),
  breadcrumbs: () => client.getBreadcrumbsQuery({ path: stepPath }).queryFn(),
  navigation: () => client.getNavigationQuery({ path: '/fi', depth: 2 }).queryFn(),
  translations: () => client.getTranslationQuery({ path: guidePath }).queryFn(),
  navroot: () => client.getNavrootQuery({ path: stepPath.slice(1) }).queryFn(),
  search: () =>
    client
      .getSearchQuery({
        query: {
          path: { query: guidePath, depth: 1 },
          SearchableText: 'osallisuusryhm*',
          metadata_fields: ['_all'],
          sort_on: 'sortable_title',
        },
      })
      .queryFn(),
  types: () => client.getTypesQuery({}).queryFn(),
  type: () => client.getTypeQuery({ contentPath: stepType }).queryFn(),
  site: () => client.getSiteQuery({}).queryFn(),
};

const results = {};
for (const [name, call] of Object.entries(calls)) {
  try {
    results[name] = { ok: true, data: await call() };
  } catch (error) {
    results[name] = {
      ok: false,
      error: String(error),
      url: error?.config?.url,
      status: error?.response?.status,
    };
  }
}
process.stdout.write(JSON.stringify(results));
