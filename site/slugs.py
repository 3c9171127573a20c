"""Page slugs in plain ASCII with a dash between years, and translations named in their own words.

Wagtail makes a slug from the title as the editor types it, keeping "ä" and dropping the en dash
of "2026–2029" (`...-20262029`); wagtail-localize gives a Swedish or English page its Finnish
source's slug. Until a page is first published, a slug that was made from a title (not typed by
an editor) is remade here from the page's own title: `osallisuusohjelma-2026-2029`,
`delaktighetsprogram-2026-2029`. A published page's address never changes behind its editor's
back, nor does that of a page with subpages (their addresses are settled before this runs).
"""

import re
import unicodedata

from django.conf import settings
from django.db.models.signals import pre_save
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

DASHES = re.compile(r"[\u2010-\u2015\u2212/]")


def ascii_slug(title):
    """`Esimerkkilän ohjelma 2026–2029` → `esimerkkilan-ohjelma-2026-2029` (å→a, ä→a, ö→o)."""
    folded = unicodedata.normalize("NFKD", DASHES.sub(" ", title))
    return slugify(folded.encode("ascii", "ignore").decode("ascii"))


def slugs_made_from(title):
    """The slugs the admin (with or without Unicode) or this module would make from a title."""
    return {slugify(title), slugify(title, allow_unicode=True), ascii_slug(title)}


def _source_of(page):
    if page.locale_id is None or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .only("slug", "title")
        .first()
    )


def made_from_a_title(page):
    if page.slug in slugs_made_from(page.title):
        return True
    source = _source_of(page)
    # A translation still carrying its source's slug, made from the source's title.
    return (
        source is not None
        and page.slug == source.slug
        and page.title != source.title
        and source.slug in slugs_made_from(source.title)
    )


def remake_slug(sender, instance, **kwargs):
    if not isinstance(instance, Page) or instance.first_published_at or not instance.title:
        return
    if kwargs.get("update_fields") is not None or not instance.path or instance.depth < 2:
        return
    if instance.numchild:
        return  # Page.save has already settled its descendants' addresses.
    if not made_from_a_title(instance):
        return
    wanted = ascii_slug(instance.title)
    if wanted and wanted != instance.slug:
        parent = instance.get_parent()
        instance.slug = find_available_slug(parent, wanted, ignore_page_id=instance.pk)
        # Page.save computed the address from the old slug just before this signal.
        instance.set_url_path(parent)


def connect_slug_rules():
    pre_save.connect(remake_slug, dispatch_uid="osallisuus_remake_slug")
