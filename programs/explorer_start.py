"""The admin's "Pages" menu opens an organisation's editors at their organisation.

Wagtail starts the explorer at the closest page that holds every page the user may edit. An
organisation's page exists in fi, sv and en, so for its editors that is the root of all the
language trees: a whole site they cannot edit. They expect to land on their own organisation, in
the language the admin speaks (its other languages are one click away in the explorer's language
switcher). What they may explore is unchanged: Wagtail's explorable root still bounds it.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy


def explorer_start_page(user):
    """The closest page holding the user's own pages in the admin's language (else in the source
    language); Wagtail's own start for superusers and anyone whose pages are in neither."""
    wagtail_start = page_permission_policy.explorable_root_instance(user)
    if user.is_superuser or wagtail_start is None:
        return wagtail_start
    pages = page_permission_policy.instances_with_direct_explore_permission(user)
    locale_ids = dict(Locale.objects.values_list("language_code", "pk"))
    for language in (translation.get_language(), settings.LANGUAGE_CODE):
        own = [page for page in pages if page.locale_id == locale_ids.get(language)]
        if own:
            return Page.objects.first_common_ancestor_of(own, include_self=True, strict=True)
    return wagtail_start


class OrganisationExplorerMenuItem(ExplorerMenuItem):
    def render_component(self, request):
        start_page = explorer_start_page(request.user)
        if start_page == page_permission_policy.explorable_root_instance(request.user):
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[start_page.pk]),
            start_page.pk,
            icon_name=self.icon_name,
            classname=self.classname,
        )


def start_at_the_organisation(request, menu_items):
    """`construct_main_menu` hook: the same "Pages" item, opening at `explorer_start_page`."""
    for index, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            menu_items[index] = OrganisationExplorerMenuItem(
                item.label,
                item.url,
                name=item.name,
                icon_name=item.icon_name,
                classname=item.classname,
                order=item.order,
            )
