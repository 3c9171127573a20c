"""The page cache's settings, read once from Django settings (see docs/deployment.md)."""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed


@dataclass(frozen=True)
class PageCacheSettings:
    enabled: bool
    seconds: int
    alias: str
    excluded_prefixes: tuple


@lru_cache(maxsize=1)
def _read():
    return PageCacheSettings(
        enabled=getattr(settings, "PAGE_CACHE_ENABLED", True),
        seconds=getattr(settings, "PAGE_CACHE_SECONDS", 600),
        alias=getattr(settings, "PAGE_CACHE_ALIAS", "default"),
        excluded_prefixes=tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ())),
    )


def page_cache_settings():
    return _read()


def reset_page_cache_settings():
    """Tests change settings with override_settings; forget what was read before."""
    _read.cache_clear()


def _forget_on_change(setting, **kwargs):
    if setting.startswith("PAGE_CACHE_"):
        reset_page_cache_settings()


setting_changed.connect(_forget_on_change, dispatch_uid="pagecache-settings")
