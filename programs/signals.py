from django.db.models.signals import post_save
from django.dispatch import Signal, receiver

from .access import ensure_access
from .models import OrganisationPage

# Sent after pages were written in bulk, past Wagtail's page signals (generate_load_data): a site
# that caches published content must start afresh.
pages_loaded = Signal()


@receiver(post_save, sender=OrganisationPage)
def give_organisation_its_own_corner(sender, instance, raw=False, **kwargs):
    """Every language version of an organisation page belongs to the organisation's groups."""
    if not raw and instance.path:
        ensure_access(instance)


from . import goal_index  # noqa: E402, F401 - connects the measure and indicator index
