"""Our JSON against plone.restapi's own documented examples (its `http-examples`).

The pinned plone.restapi wheel is downloaded from PyPI at test time into `.cache/` (git-ignored:
it is GPL and never committed). For each example we request the matching resource here and
compare keys and JSON types, recursively. A Plone key may be missing only if it is listed in
ABSENT_ON_PURPOSE with its reason.
"""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from home.models import GuideIndexPage, GuideStepPage

from .headless import fresh_cache, page_json  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

PLONE_RESTAPI = "10.0.4"
CACHE = Path(__file__).resolve().parent.parent / ".cache" / "plone-restapi"
EXAMPLES = "plone/restapi/tests/http-examples/"

EDITING = "editing state and versioning: drafts, locks and revisions never leave the site"
PRIVACY = "editors' names are not published"
BODY = "a page's body is in its own fields (and Volto blocks), not in Plone's `text`"
NOT_HERE = "a Plone feature this site does not have"
ABSENT_ON_PURPOSE = {
    "changeNote": EDITING,
    "lock": EDITING,
    "version": EDITING,
    "versioning_enabled": EDITING,
    "working_copy": EDITING,
    "working_copy_of": EDITING,
    "creators": PRIVACY,
    "contributors": PRIVACY,
    "text": BODY,
    "table_of_contents": BODY,
    "rights": NOT_HERE + " (licences are stated on the pages)",
    "nextPreviousEnabled": NOT_HERE + " (next/previous links)",
    "aliases": NOT_HERE + " (URL aliases are Wagtail redirects, managed in the admin)",
    "contextnavigation": NOT_HERE + " (the guide has its own step navigation)",
    "plone.robots_txt": "served by the site itself at /robots.txt",
}
# Plone keys whose value here is always null, and why.
NULL_ON_PURPOSE = {"actor": PRIVACY}
# Places where we follow the (plone.restapi's documented) rule over a Plone example.
DIFFERENT_ON_PURPOSE = {
    ".navroot.parent": "a language's home page is a navigation root: its parent is {}",
}
# Objects keyed by data (language codes), not by a fixed set of keys.
MAPPINGS = {".root"}
JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    type(None): "null",
}


@pytest.fixture(scope="module")
def examples():
    wheel = CACHE / f"plone_restapi-{PLONE_RESTAPI}-py3-none-any.whl"
    if not wheel.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                f"plone.restapi=={PLONE_RESTAPI}",
                "--dest",
                str(CACHE),
            ],
            check=True,
            timeout=300,
        )
    with zipfile.ZipFile(wheel) as archive:

        def example(name):
            text = archive.read(EXAMPLES + name + ".resp").decode("utf-8")
            return json.loads(text.split("\n\n", 1)[1])

        names = [
            "document",
            "folder",
            "siteroot",
            "breadcrumbs",
            "navigation_tree",
            "translations_get",
            "search",
            "search_fullobjects",
            "types",
            "types_document",
            "site_get",
            "navroot_lang_content_get",
            "actions_get",
            "workflow_get",
        ]
        return {name: example(name) for name in names}


def mismatches(theirs, ours, where="", multilingual=None):
    """Where our JSON lacks a key of theirs or has another JSON type; None in theirs matches any."""
    problems = []
    if where in DIFFERENT_ON_PURPOSE:
        return problems
    if where in MAPPINGS and isinstance(theirs, dict) and isinstance(ours, dict) and ours:
        return mismatches(
            next(iter(theirs.values())), next(iter(ours.values())), where, multilingual
        )
    if theirs is None or ours is None and theirs in ("", [], {}):
        return problems
    if JSON_TYPES[type(theirs)] != JSON_TYPES[type(ours)]:
        return [f"{where}: {JSON_TYPES[type(theirs)]} in Plone, {JSON_TYPES[type(ours)]} here"]
    if isinstance(theirs, dict):
        for key, value in theirs.items():
            if key not in ours:
                if key not in ABSENT_ON_PURPOSE:
                    problems.append(f"{where}.{key}: missing")
                continue
            if key == "properties":  # a type's own fields differ by nature
                continue
            if key in NULL_ON_PURPOSE and ours[key] is None:
                continue
            # A monolingual example's `language` is "", a multilingual site's {title, token}.
            expected = (multilingual or {}).get(key, value) if value == "" else value
            problems += mismatches(expected, ours[key], f"{where}.{key}", multilingual)
    elif isinstance(theirs, list) and theirs and ours:
        problems += mismatches(theirs[0], ours[0], f"{where}[0]", multilingual)
    return problems


def compare(theirs, ours, examples):
    # A multilingual Plone gives `language` as {title, token} (their `document` is monolingual).
    multilingual = {"language": examples["navroot_lang_content_get"]["navroot"]["language"]}
    problems = mismatches(theirs, ours, "", multilingual)
    assert not problems, "\n".join(problems)


def test_the_absent_list_is_short_and_reasoned():
    assert len(ABSENT_ON_PURPOSE) + len(NULL_ON_PURPOSE) + len(DIFFERENT_ON_PURPOSE) <= 17
    assert all(
        reason.strip()
        for reason in {**ABSENT_ON_PURPOSE, **NULL_ON_PURPOSE, **DIFFERENT_ON_PURPOSE}.values()
    )


@pytest.fixture
def step(demo):
    return GuideStepPage.objects.filter(locale=demo["fi"]).first()


@pytest.fixture
def guide(demo):
    return GuideIndexPage.objects.get(locale=demo["fi"])


def test_content(client, examples, step):
    compare(examples["document"], page_json(client, step.url), examples)


def test_folder(client, examples, guide):
    compare(examples["folder"], page_json(client, guide.url), examples)


def test_site_root(client, examples, demo):
    compare(examples["siteroot"], page_json(client, "/++api++/"), examples)


def test_breadcrumbs(client, examples, step):
    compare(examples["breadcrumbs"], page_json(client, f"{step.url}@breadcrumbs"), examples)


def test_navigation(client, examples, step):
    ours = page_json(client, f"{step.url}@navigation?expand.navigation.depth=4")
    compare(examples["navigation_tree"], ours, examples)


def test_translations(client, examples, step):
    compare(examples["translations_get"], page_json(client, f"{step.url}@translations"), examples)


def test_search(client, examples, demo):
    compare(examples["search"], page_json(client, "/fi/@search?sort_on=path"), examples)
    full = page_json(client, "/fi/@search?SearchableText=opas&fullobjects=1")
    compare(examples["search_fullobjects"], full, examples)


def test_types(client, examples, demo):
    ours = page_json(client, "/fi/@types")
    compare(examples["types"], ours, examples)
    schema = page_json(client, ours[0]["@id"].removeprefix("http://testserver"))
    compare(examples["types_document"], schema, examples)


def test_site(client, examples, demo):
    compare(examples["site_get"], page_json(client, "/@site"), examples)


def test_navroot_actions_and_workflow(client, examples, step):
    compare(
        examples["navroot_lang_content_get"], page_json(client, f"{step.url}@navroot"), examples
    )
    compare(examples["actions_get"], page_json(client, f"{step.url}@actions"), examples)
    compare(examples["workflow_get"], page_json(client, f"{step.url}@workflow"), examples)
