"""When a published Finnish figure changes, the translations' moderators are told.

Publishing the Finnish page does not change its translations: each keeps its old figures until
it is synced and published again (wagtail-localize's "Sync translated pages"). So on every publish
of a source page the moderators of the organisation are e-mailed, and their dashboard lists
the translations whose figures differ from Finnish until they publish them.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from programs.models import OrganisationAccess, OrganisationPage
from programs.translation_places import SEPARATOR, place_labels

from .figures import changed_figures


def stale_translations(source_page):
    """[(live translated page, changed content paths)] of a source page."""
    translations = Page.objects.filter(translation_key=source_page.translation_key, live=True)
    found = []
    for page in translations.exclude(locale_id=source_page.locale_id).specific():
        changed = changed_figures(source_page, page)
        if changed:
            found.append((page, changed))
    return found


def moderators_of(page):
    organisation = OrganisationPage.objects.ancestor_of(page, inclusive=True).first()
    access = (
        organisation
        and OrganisationAccess.objects.filter(translation_key=organisation.translation_key).first()
    )
    if access is None:
        return []
    return list(access.moderators.user_set.filter(is_active=True).exclude(email=""))


def sync_url(source_page):
    source = TranslationSource.objects.get_for_instance_or_none(source_page)
    if source is None:
        return reverse("wagtailadmin_pages:edit", args=[source_page.pk])
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def places(source_page, paths):
    labels = [place_labels(source_page, path) for path in paths]
    return "; ".join(SEPARATOR.join(label) for label in labels if label)


def tell_moderators(source_page):
    """E-mail each moderator of the stale translations once, in the moderator's admin language."""
    stale = stale_translations(source_page)
    pages_by_moderator, paths = {}, set()
    for page, changed in stale:
        paths.update(changed)
        for moderator in moderators_of(page):
            pages_by_moderator.setdefault(moderator, []).append(page)
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + sync_url(source_page)
    sent = 0
    for moderator, pages in pages_by_moderator.items():
        language = UserProfile.get_for_user(moderator).get_preferred_language()
        with translation.override(language):
            values = {
                "title": source_page.title,
                "languages": ", ".join(page.locale.get_display_name() for page in pages),
                "places": places(source_page, sorted(paths)),
                "link": link,
            }
            subject = _("Figures changed: %(title)s") % values
            body = (
                _(
                    "Figures of “%(title)s” changed in Finnish: %(places)s.\n\n"
                    "The translations (%(languages)s) still show the old figures. Sync and publish "
                    "them (tick “Publish immediately”), or sync them and submit them for review:\n"
                    "%(link)s"
                )
                % values
            )
        sent += send_mail(subject, body, None, [moderator.email], fail_silently=True)
    return sent


def tell_moderators_after_publish(sender, instance, **kwargs):
    """page_published: only a source-language page can make its translations stale."""
    if instance.locale_id == Locale.get_default().pk:
        tell_moderators(instance)


def stale_translations_for(user, limit=20):
    """Live translations the user may publish whose Finnish source was published after them and
    whose figures now differ: the dashboard's to-do list."""
    default = Locale.get_default()
    source_published = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale=default
    ).values("last_published_at")[:1]
    candidates = (
        Page.objects.live()
        .exclude(locale=default)
        .annotate(source_published=Subquery(source_published))
        .filter(source_published__gt=F("last_published_at"))
    )
    if not user.is_superuser:
        publishable = page_permission_policy.instances_user_has_permission_for(user, "publish")
        candidates = candidates.filter(pk__in=publishable.values("pk"))
    rows = []
    for page in candidates.select_related("locale").specific()[: limit * 2]:
        source = page.get_translation(default).specific
        paths = changed_figures(source, page)
        if paths:
            rows.append(
                {
                    "page": page,
                    "source": source,
                    "places": places(source, paths),
                    "url": sync_url(source),
                }
            )
    return rows[:limit]
