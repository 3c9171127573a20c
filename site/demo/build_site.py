"""The home page of each language and the content pages under it."""

from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage

from . import streams
from .records import assign


def ensure_locales():
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)


def ensure_home(data):
    """Replace Wagtail's welcome page with our Finnish home page and make it the site's root."""
    locale = Locale.objects.get(language_code="fi")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    values = _page_values(data, "home")
    if home is None:
        home = HomePage(slug=data["slug"], locale=locale)
        assign(home, values)
        root.add_child(instance=home)
        home.save_revision().publish()
    elif assign(home, values) or home.has_unpublished_changes:
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", root_page=home, is_default_site=True, site_name="Osallisuus"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Osallisuus"
        site.save()
    for welcome in Page.objects.filter(depth=2).exclude(translation_key=home.translation_key):
        if type(welcome.specific) is Page:
            welcome.delete()
    return Page.objects.get(pk=home.pk).specific


def content_page_values(data, key):
    return {**_page_values(data, key), "show_in_footer": bool(data.get("show_in_footer"))}


def _page_values(data, key):
    return {
        "title": data["title"],
        "intro": data.get("intro") or "",
        "plain_language_summary": data.get("plain_language_summary") or "",
        "body": streams.body(data.get("body"), key),
    }


__all__ = ["ContentPage", "content_page_values", "ensure_home", "ensure_locales"]
