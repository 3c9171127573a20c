"""Start a new cache generation whenever published content changes.

Publish, unpublish, move and delete of any page (a translation's publish is a page publish in its
locale), saves of pages (loaders and scripts), changes to what pages display (snippets, sites and
site settings) and to who may see them (view restrictions of pages and collections).
The bump runs at once, so the same transaction reads fresh pages, and again after commit, so that a
request served between the two cannot keep the old content under the new generation.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import BaseViewRestriction, Page, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from programs.signals import pages_loaded

from .config import page_cache_settings
from .generation import bump_generation

# Besides snippets: what every page shows (site root and name, site settings in the footer), and
# who may see a page or document: a copy served before a restriction must not outlive it.
SHOWN_ON_PAGES = (Page, Site, BaseSiteSetting, BaseGenericSetting, BaseViewRestriction)


def invalidate_page_cache(**kwargs):
    if not page_cache_settings().enabled:
        return
    bump_generation()
    transaction.on_commit(bump_generation)


def _on_model_change(sender, instance, **kwargs):
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, SHOWN_ON_PAGES) or sender in get_snippet_models():
        invalidate_page_cache()


def connect_invalidation_signals():
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(invalidate_page_cache, dispatch_uid=f"pagecache-{id(signal)}")
    pages_loaded.connect(invalidate_page_cache, dispatch_uid="pagecache-pages-loaded")
    post_save.connect(_on_model_change, dispatch_uid="pagecache-post-save")
    post_delete.connect(_on_model_change, dispatch_uid="pagecache-post-delete")
