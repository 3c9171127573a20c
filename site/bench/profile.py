"""Where the time of one request goes: `python -m osallisuus_site.bench.profile PATH`.

Runs the request a few times in this process (production settings, the benchmark database of the
given N and stack, the page cache off as for an uncached row) under pyinstrument (a dev
dependency) and prints the call tree of the last runs. Example:

    .venv/bin/python -m osallisuus_site.bench.profile /fi/search/?q=nuorten --stack postgres
"""

import argparse
import os

from . import server


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("--organisations", type=int, default=330)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--stack", help="sqlite or postgres (default: DATABASE_URL, else SQLite)")
    parser.add_argument("--json", action="store_true", help="ask for page JSON")
    parser.add_argument("--repeat", type=int, default=10)
    options = parser.parse_args()

    env = server.environment(options.organisations, options.seed, options.stack)
    env["PAGE_CACHE_ENABLED"] = "false"
    os.environ.update(env)
    for name in ("REDIS_URL",):
        if name not in env:
            os.environ.pop(name, None)

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    # Hashed names need collectstatic; the plain names cost the same to render.
    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": static}).enable()
    from pyinstrument import Profiler

    client = Client(HTTP_HOST="127.0.0.1")
    headers = {"Accept": "application/json"} if options.json else {}
    for _ in range(3):  # warm up: imports, template compilation, connections
        status = client.get(options.path, headers=headers).status_code
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(options.repeat):
            client.get(options.path, headers=headers)
    print(f"{options.path}: {status}, {options.repeat} requests")
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
