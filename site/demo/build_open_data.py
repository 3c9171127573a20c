"""The open-data page under each language's home page, and a full measure and indicator index."""

from wagtail.models import Page

from home.models import OpenDataPage
from programs.goal_index import rebuild_index

from .build_site import content_page_values
from .records import upsert_page

OPEN_DATA_KEY = "open_data"


def is_open_data_page(page_data):
    return page_data["key"] == OPEN_DATA_KEY


def build_open_data_page(home, site_data):
    """The site content's open-data page, built as an OpenDataPage so that it lists the datasets."""
    data = next(page for page in site_data["pages"] if is_open_data_page(page))
    _replace_plain_content_page(home, data["slug"])
    return upsert_page(
        home, OpenDataPage, data["slug"], content_page_values(data, f"page/{OPEN_DATA_KEY}")
    )


def _replace_plain_content_page(home, slug):
    """Databases loaded before this page type held a plain content page at the same slug."""
    for page in Page.objects.child_of(home).filter(slug=slug):
        if page.specific_class is not OpenDataPage:
            for translation in page.get_translations(inclusive=True):
                translation.delete()


def fill_goal_index():
    """Publishing fills the index as it goes; this also covers a database loaded before it existed."""
    rebuild_index()
