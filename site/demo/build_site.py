"""The home page of each language and the content pages under it."""

from wagtail.models import Locale, Page, Site

from home.models import ContentPage, FeedbackFormField, FeedbackFormPage, HomePage

from . import streams
from .records import assign, upsert_page

# The accessibility feedback form lives under the statement that promises it.
FEEDBACK_PARENT_KEY = "accessibility"
# Field types by field key; only labels and help texts are prose to translate.
FEEDBACK_FIELD_TYPES = {"message": "multiline", "email": "email"}


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


def build_feedback_page(home, site_data):
    """The Finnish feedback form page under the accessibility statement, with its questions."""
    data = site_data["feedback"]
    parent_data = next(page for page in site_data["pages"] if page["key"] == FEEDBACK_PARENT_KEY)
    parent = ContentPage.objects.child_of(home).get(slug=parent_data["slug"])
    page = upsert_page(
        parent,
        FeedbackFormPage,
        data["slug"],
        {"title": data["title"], "intro": data["intro"], "thank_you_text": data["thank_you_text"]},
    )
    if _sync_form_fields(page, data["fields"]):
        page.save_revision().publish()
    return page


def _sync_form_fields(page, fields):
    """Bring the questions up to date in place, so that their translation keys stay stable."""
    existing = {field.clean_name: field for field in page.form_fields.all()}
    wanted = []
    changed = set(existing) != {field["key"] for field in fields}
    for index, data in enumerate(fields):
        field = existing.get(data["key"]) or FeedbackFormField(clean_name=data["key"])
        values = {
            "label": data["label"],
            "help_text": data.get("help_text") or "",
            "required": bool(data.get("required")),
            "field_type": FEEDBACK_FIELD_TYPES.get(data["key"], "singleline"),
            "sort_order": index,
        }
        for name, value in values.items():
            changed |= getattr(field, name) != value
            setattr(field, name, value)
        wanted.append(field)
    if changed:
        page.form_fields = wanted
    return changed


__all__ = [
    "ContentPage",
    "build_feedback_page",
    "content_page_values",
    "ensure_home",
    "ensure_locales",
]
