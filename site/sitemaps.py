from django.contrib.sitemaps.views import sitemap
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists one language tree; ours lists the live public pages of every locale."""

    def items(self):
        site = Site.find_for_request(self.request) or Site.objects.get(is_default_site=True)
        home_paths = site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
        in_any_tree = Q()
        for path in home_paths:
            in_any_tree |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
            # Pages that list extra addresses in their language (annual reports) read `page.locale`.
            .select_related("locale", for_specific_subqueries=True)
        )


def sitemap_view(request):
    """Django's sitemap view builds the sitemap without the request; ours gets it, so that pages
    can read per-request caches (site root paths, locales) instead of querying once per page."""
    return sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})
