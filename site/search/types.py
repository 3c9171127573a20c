"""Which page models the site search covers, grouped into the types a visitor can filter by."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# type key: (label, page models); the order is the order of the filter's options.
RESULT_TYPES = {
    "guide": (_("Guide"), ["home.GuideIndexPage", "home.GuideStepPage", "home.WorkbookPage"]),
    "programme": (
        _("Programmes"),
        ["programs.ProgramIndexPage", "programs.OrganisationPage", "programs.ProgramPage"],
    ),
    "example": (
        _("Examples"),
        ["examples_library.ExampleIndexPage", "examples_library.ExampleProgramPage"],
    ),
    "page": (_("Other pages"), ["home.HomePage", "home.ContentPage"]),
}


def models_of(type_key=None):
    """The page models of one type, or of every type."""
    keys = [type_key] if type_key in RESULT_TYPES else list(RESULT_TYPES)
    return [apps.get_model(label) for key in keys for label in RESULT_TYPES[key][1]]


def type_of(page):
    """The type key of a (specific) page."""
    label = page._meta.label
    return next((key for key, (_label, models) in RESULT_TYPES.items() if label in models), "page")


def type_choices():
    return [(key, label) for key, (label, _models) in RESULT_TYPES.items()]
