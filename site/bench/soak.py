"""`make soak`: a few minutes of mixed HTML, JSON, API and search traffic; no errors, flat memory.

wrk runs in rounds against one gunicorn; between rounds the resident memory of every worker is
sampled. The run passes when no request failed and the workers' memory after the warm-up round
grew by less than 20 % to the end. A short warm-up round at low concurrency comes first and is
not counted. The figures are written to docs/load-test.md.
"""

import argparse
import datetime
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from . import server, targets, wrk
from .machine import describe

DOCUMENT = server.ROOT / "docs" / "load-test.md"
SCRIPT = Path(__file__).with_name("mixed.lua")
MEMORY_GROWTH_LIMIT = 0.20


def mixed_requests(base):
    """Every measured path, plus more programmes, organisations, API pages and searches."""
    lines = [
        target.path + "\t" + "|".join(f"{name}: {value}" for name, value in target.headers.items())
        for target in targets.discover(base)
    ]
    listing = targets.fetch(base, "/api/v2/programmes/?limit=60")[2]
    for number, url in enumerate(_html_urls(listing)):
        lines.append(url + ("\tAccept: application/json" if number % 3 == 0 else "\t"))
    for offset in range(0, 300, 20):
        lines.append(f"/api/v2/programmes/?limit=20&offset={offset}\t")
        lines.append(f"/api/v2/organisations/?limit=20&offset={offset}\t")
    for word in ("nuoret", "osallisuus", "yksinäisyys", "asukasraati", "kirjasto"):
        lines.append(f"/fi/search/?q={quote(word)}\t")
    lines.append("/sitemap.xml\t")
    return lines


def _html_urls(listing):
    items = json.loads(listing)["items"] if listing else []
    return [re.sub(r"^https?://[^/]+", "", item["meta"]["html_url"]) for item in items]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    server.add_load_arguments(parser, port=8107)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=30, help="length of each round")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--output", type=Path, default=DOCUMENT)
    options = parser.parse_args()

    server.ensure_wrk()
    env = server.environment(options.organisations, options.seed)
    server.prepare(env, options.organisations, options.goals, options.seed, options.reuse)
    base = f"http://127.0.0.1:{options.port}"
    machine = describe(server.describe_database(env), server.workers())
    rounds = []
    with server.gunicorn(env, options.port) as master, tempfile.TemporaryDirectory() as work:
        requests_file = Path(work) / "requests.txt"
        lines = mixed_requests(base)
        requests_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.environ["MIXED_REQUESTS"] = str(requests_file)
        # Warm-up, not counted: each worker imports, compiles templates and fills its caches.
        warm_up = wrk.run(base + "/", seconds=10, connections=2, script=SCRIPT)
        print(f"warm-up: {warm_up.requests} requests, {warm_up.errors} errors", flush=True)
        for number in range(1, options.rounds + 1):
            result = wrk.run(
                base + "/",
                seconds=options.seconds,
                connections=options.connections,
                script=SCRIPT,
            )
            memory = sum(server.rss_kib(pid) for pid in server.worker_pids(master))
            rounds.append((number, result, memory))
            print(
                f"round {number}: {result.requests} requests, {result.errors} errors, "
                f"p99 {result.p99_ms:.0f} ms, workers' RSS {memory / 1024:.0f} MiB",
                flush=True,
            )
    passed, document = render(rounds, machine, options, len(lines))
    print(document)
    options.output.write_text(document, encoding="utf-8")
    sys.exit(0 if passed else 1)


def render(rounds, machine, options, distinct):
    errors = sum(result.errors for _number, result, _memory in rounds)
    requests = sum(result.requests for _number, result, _memory in rounds)
    after_warm_up, at_end = rounds[0][2], rounds[-1][2]
    growth = (at_end - after_warm_up) / after_warm_up if after_warm_up else float("inf")
    passed = errors == 0 and growth < MEMORY_GROWTH_LIMIT
    lines = [
        "# Load and soak test",
        "",
        f"Written by `make soak` on {datetime.date.today().isoformat()}: "
        f"after an uncounted 10 s warm-up, {options.rounds} rounds of {options.seconds} s, "
        f"{options.connections} connections, "
        f"rotating over {distinct} requests (HTML pages, page JSON, API lists and details, "
        "search, the sitemap, a static file; some with a session cookie so that they bypass "
        f"the page cache), N = {options.organisations} organisations.",
        "",
        *[f"- {line}" for line in machine],
        "",
        "| Round | Requests | req/s | p50 ms | p99 ms | Errors | Workers' RSS MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for number, result, memory in rounds:
        lines.append(
            f"| {number} | {result.requests} | {result.requests_per_second:.0f} | "
            f"{result.p50_ms:.1f} | {result.p99_ms:.1f} | {result.errors} | {memory / 1024:.0f} |"
        )
    lines += [
        "",
        f"**{'Passed' if passed else 'Failed'}**: {requests} requests, {errors} errors "
        "(non-2xx/3xx answers and socket errors); the workers' memory changed by "
        f"{growth:+.1%} from the first round to the last (limit {MEMORY_GROWTH_LIMIT:.0%}).",
    ]
    return passed, "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
