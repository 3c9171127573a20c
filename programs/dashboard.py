"""An organisation's editors and moderators see their own organisation on the admin dashboard:
its pages, drafts and pages in review in every language, and each programme's completeness,
instead of the whole site's counts."""

from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from .models import OrganisationAccess, OrganisationPage, ProgramPage


def organisations_of(user):
    """The organisations whose editors' or moderators' group the user belongs to."""
    if not user.is_authenticated or user.is_superuser:
        return []
    groups = user.groups.all()
    keys = OrganisationAccess.objects.filter(
        Q(editors__in=groups) | Q(moderators__in=groups)
    ).values("translation_key")
    versions = OrganisationPage.objects.filter(translation_key__in=keys).order_by("path")
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, []).append(version)
    return list(by_key.values())


def summary(versions):
    """Counts for one organisation over all its language versions, and its programmes in the
    admin's language."""
    pages = Page.objects.filter(reduce(or_, (Q(path__startswith=v.path) for v in versions)))
    page_ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
    in_review = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=page_ids
    )
    active = Locale.get_active()
    here = next((v for v in versions if v.locale_id == active.pk), versions[0])
    programmes = ProgramPage.objects.child_of(here).order_by("-period_start")
    return {
        "organisation": here,
        "pages": len(page_ids),
        "drafts": pages.filter(Q(live=False) | Q(has_unpublished_changes=True)).count(),
        "in_review": in_review.count(),
        "programmes": [
            {
                "page": programme,
                "met": sum(criterion.met for criterion in programme.review),
                "total": len(programme.review),
            }
            for programme in programmes
        ],
    }


class OrganisationDashboardPanel(Component):
    name = "organisation_dashboard"
    # After the figures to sync (a to-do), before Wagtail's own panels (100 and up).
    order = 60
    template_name = "programs/panels/organisation_dashboard.html"

    def __init__(self, organisations):
        self.organisations = organisations

    def get_context_data(self, parent_context):
        return {"organisations": [summary(versions) for versions in self.organisations]}
