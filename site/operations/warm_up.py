"""What an app server's worker does once, before its first request.

Django imports the URLconf (and with it the admin's hooks and their libraries) and loads each
language's catalogs on the first request that needs them: about 0.4 s of CPU that would fall on
one reader after every deploy or restart, in every worker. Nothing here reads the
database, so a worker still starts while PostgreSQL is away.

Then the objects loaded so far (modules, classes, functions, URL patterns, catalogs) live as long
as the process; `gc.freeze()` moves them out of the collector's sight, so that its full
collections no longer walk some 200 000 objects in the middle of a request.
"""

import gc

from django.conf import settings
from django.urls import get_resolver
from django.utils import translation


def warm_up():
    get_resolver().url_patterns  # noqa: B018 -- reading it imports the whole URLconf
    for code, _name in settings.LANGUAGES:
        with translation.override(code):  # activating a language loads its catalogs
            pass
    gc.collect()
    gc.freeze()
