"""Organisations edit only their own pages, images and documents, in every language tree.

Editors may add and change pages; the organisation's moderators review them in a Wagtail workflow and
publish. (Publish permission would let an editor skip the workflow, so editors do not get it.)
Both groups may translate: wagtail-localize's permission is global, so `translation_access.py`
limits it to the pages each user may edit (and its publishing steps to moderators).
The guide's shared knowledge (domains, voices, checklist items, monitoring tools) belongs to one
central editors' group; users and groups are managed by superusers only, so no group here gets
any permission of the auth app.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models.access import OrganisationAccess

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


SHARED_SNIPPET_MODELS = [
    "participationdomain",
    "participationvoice",
    "checklistitem",
    "monitoringtool",
]
CENTRAL_EDITOR_PERMISSIONS = [
    ("programs", f"{action}_{model}")
    for model in SHARED_SNIPPET_MODELS
    for action in ("add", "change", "delete", "view")
] + [TRANSLATION_PERMISSION]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _unique_group(name):
    candidate, number = name, 1
    while Group.objects.filter(name=candidate).exists():
        number += 1
        candidate = f"{name} ({number})"
    group = Group.objects.create(name=candidate)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    return group


@transaction.atomic
def create_access(organisation):
    name = organisation.title
    editors = _unique_group(_("%(organisation)s: editors") % {"organisation": name})
    moderators = _unique_group(_("%(organisation)s: moderators") % {"organisation": name})
    collection = Collection.get_first_root_node().add_child(name=name)
    for group in (editors, moderators):
        for app_label, codename in MEDIA_PERMISSIONS:
            GroupCollectionPermission.objects.create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )
    workflow = Workflow.objects.create(name=_("%(organisation)s: review") % {"organisation": name})
    task = GroupApprovalTask.objects.create(
        name=_("Review by %(group)s") % {"group": moderators.name}
    )
    task.groups.set([moderators])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return OrganisationAccess.objects.create(
        translation_key=organisation.translation_key,
        editors=editors,
        moderators=moderators,
        collection=collection,
        workflow=workflow,
    )


def ensure_access(organisation):
    """Give the organisation's groups their permissions on this language version of its page."""
    ensure_central_editors()
    access = OrganisationAccess.objects.filter(
        translation_key=organisation.translation_key
    ).first() or create_access(organisation)
    for group, codenames in (
        (access.editors, EDITOR_PAGE_PERMISSIONS),
        (access.moderators, MODERATOR_PAGE_PERMISSIONS),
    ):
        group.permissions.add(_permission(*TRANSLATION_PERMISSION))
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=organisation, permission=_permission("wagtailcore", codename)
            )
    WorkflowPage.objects.get_or_create(page=organisation, defaults={"workflow": access.workflow})
    return access


def access_for_slug(slug):
    """The organisation's access, given to every language version of its page.

    Every version, not only the first: load data (generate_load_data) is inserted without page
    saves, so its organisations get their groups here, when their first editor is granted."""
    from .models import OrganisationPage

    organisation = OrganisationPage.objects.filter(slug=slug).order_by("depth", "locale_id").first()
    if organisation is None:
        return None
    access = ensure_access(organisation)
    for translation_page in organisation.get_translations():
        ensure_access(translation_page)
    return access


def central_editors_name():
    # Named in the source language, whatever language the admin runs in, so it is found again.
    with translation.override(settings.LANGUAGE_CODE):
        return _("Central editors")


def ensure_central_editors():
    """The one group that may edit the guide's shared snippets (and translate them)."""
    group, created = Group.objects.get_or_create(name=central_editors_name())
    if created:
        group.permissions.add(_permission("wagtailadmin", "access_admin"))
        for app_label, codename in CENTRAL_EDITOR_PERMISSIONS:
            group.permissions.add(_permission(app_label, codename))
    # The site's own shared content (e.g. the accessibility supervisor), also for an older group.
    for name in getattr(settings, "OSALLISUUS_CENTRAL_EDITOR_PERMISSIONS", []):
        app_label, codename = name.split(".", 1)
        group.permissions.add(_permission(app_label, codename))
    return group


def pages_visible_in_admin(pages, user):
    """Limit a page queryset to what the user may explore: own pages and the path down to them.

    Wagtail's explorer and admin search already apply this; its page chooser does not."""
    if user.is_superuser:
        return pages
    return pages.filter(pk__in=PagePermissionPolicy().explorable_instances(user).values("pk"))


def may_explore(page_id, user):
    return pages_visible_in_admin(Page.objects.filter(pk=page_id), user).exists()
