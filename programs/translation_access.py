"""Who may translate what: an organisation translates only its own pages.

wagtail-localize asks only for the global permission `submit_translation` before it starts or syncs
a translation, and lets anyone who may edit a translated page convert it to an alias (which puts
the Finnish content live without review). Organisation groups hold the global permission, so the
views that check nothing more are guarded here, object by object:

- start a translation or sync translations: the user must be able to edit the source;
- sync and publish in one step, or convert a translation to an alias: the user must be able to
  publish every page it would change (moderators); editors submit translations for review instead.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail_localize.models import TranslationSource

NAMESPACE = "wagtail_localize"


def may_translate(user, instance):
    """Start, sync or edit translations of `instance` (a page or a snippet)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user_can_edit_snippet_type(user, type(instance))


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return user_can_edit_snippet_type(user, type(instance))


def translated_pages(source):
    """The existing translations of a source page (empty for a snippet source)."""
    instance = source.get_source_instance()
    if not isinstance(instance, Page):
        return []
    locales = source.translations.filter(enabled=True).values("target_locale")
    return list(Page.objects.filter(translation_key=instance.translation_key, locale__in=locales))


def may_publish_translations(user, source):
    """Sync and publish in one step: the user may publish the source's translations."""
    instance = source.get_source_instance()
    if not isinstance(instance, Page):
        return may_publish(user, instance)
    return all(page.permissions_for_user(user).can_publish() for page in translated_pages(source))


def _source_object(kwargs):
    if "page_id" in kwargs:
        return get_object_or_404(Page, pk=kwargs["page_id"]).specific
    source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
    return source.get_source_instance()


def check_translation_view(request, url_name, kwargs):
    """Raise PermissionDenied where wagtail-localize would let the user through too easily."""
    if url_name in ("submit_page_translation", "update_translations"):
        if not may_translate(request.user, _source_object(kwargs)):
            raise PermissionDenied
        if url_name == "update_translations" and request.POST.get("publish_translations"):
            source = get_object_or_404(TranslationSource, pk=kwargs["translation_source_id"])
            if not may_publish_translations(request.user, source):
                raise PermissionDenied
    elif url_name == "submit_snippet_translation":
        models = {(m._meta.app_label, m._meta.model_name): m for m in get_snippet_models()}
        model = models.get((kwargs["app_label"], kwargs["model_name"]))
        if model is None or not user_can_edit_snippet_type(request.user, model):
            raise PermissionDenied
    elif url_name == "convert_to_alias":
        page = get_object_or_404(Page, pk=kwargs["page_id"])
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied


class TranslationAccessMiddleware:
    """Applies check_translation_view to wagtail-localize's admin views."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.user.is_authenticated and match is not None and NAMESPACE in match.namespaces:
            check_translation_view(request, match.url_name, view_kwargs)
        return None
