"""`make bench`: requests/s, p50 and p99 of the main pages, next to a static file, in docs/.

A benchmark, not a test: it reports figures and compares them with the targets of issue 9, and it
never fails because the machine is slow.
"""

import argparse
import datetime
import math
import os
from pathlib import Path

from . import server, targets, wrk
from .machine import describe

DOCUMENT = server.ROOT / "docs" / "benchmarks.md"
CORES = os.cpu_count() or 1

# How to read the figures; written with every run.
READING = [
    "Cached rows are answered from the page cache without a database query. Uncached rows are "
    "rendered: their SQL query counts do not grow with the content (tests/test_query_budgets.py), "
    "so their time is Python rendering of large pages (a programme with 12 goals is about 100 kB "
    "of HTML with a table and chart per indicator and its completeness review). Where the time of "
    "the uncached API list and search goes has not been profiled yet. "
    "The load average above shows how much of the two cores other work took during the run.",
]

# Issue 9's targets: (row name, what is compared, limit, text).
TARGETS = [
    ("programme page", "ratio", 0.5, "cached programme page ≥ ½ of the static file's req/s"),
    ("programme page, uncached", "p99", 150, "uncached programme page p99 < 150 ms"),
    ("programmes API, filtered, uncached", "p99", 100, "API list p99 < 100 ms (uncached)"),
    ("search, uncached", "p99", 200, "search p99 < 200 ms (uncached)"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    server.add_load_arguments(parser, port=8106)
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--output", type=Path, default=DOCUMENT)
    options = parser.parse_args()

    server.ensure_wrk()
    env = server.environment(options.organisations, options.seed)
    server.prepare(env, options.organisations, options.goals, options.seed, options.reuse)
    base = f"http://127.0.0.1:{options.port}"
    machine = describe(server.describe_database(env), server.workers())
    with server.gunicorn(env, options.port):
        measured = targets.discover(base)
        rows = []
        for target in measured:
            for _ in range(20):  # warm up: caches, connections, lazily imported code
                targets.fetch(base, target.path, target.headers)
            # Cached rows: 8 connections, enough to saturate the workers. Uncached rows: as many
            # connections as cores, so p99 is the time to render rather than time in a queue.
            connections = CORES if target.uncached else 8
            result = wrk.run(
                base + target.path, target.headers, options.seconds, connections=connections
            )
            rows.append((target, result))
            print(f"{target.name}: {result.requests_per_second:.0f} req/s", flush=True)
    document = render(rows, machine, options)
    print(document)
    options.output.write_text(document, encoding="utf-8")
    print(f"Written to {options.output}")


def render(rows, machine, options):
    static = rows[0][1].requests_per_second
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {datetime.date.today().isoformat()}: N = "
        f"{options.organisations} fictional organisations with {options.goals} goals each, in fi, "
        f"sv and en; wrk, {options.seconds} s per row after a warm-up, 8 connections for cached "
        'rows. "Uncached" rows send an unknown session cookie, so the page cache steps aside as '
        f"it does for editors and every request is rendered; they use {CORES} connections (one "
        "per core), so that their latencies are rendering times, not time spent queueing.",
        "",
        *[f"- {line}" for line in machine],
        "",
        "| What | Path | req/s | p50 ms | p99 ms | × static | errors | note |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for target, result in rows:
        lines.append(
            f"| {target.name} | `{target.path}` | {result.requests_per_second:.0f} | "
            f"{result.p50_ms:.1f} | {result.p99_ms:.1f} | "
            f"{result.requests_per_second / static:.2f} | {result.errors} | {target.note} |"
        )
    lines += ["", "## Against the targets of issue 9", "", *READING, ""]
    by_name = {target.name: result for target, result in rows}
    for name, kind, limit, text in TARGETS:
        result = by_name[name]
        if kind == "ratio":
            value = result.requests_per_second / static
            met = value >= limit
            figure = f"{value:.2f} × static"
        elif math.isnan(result.p99_ms):
            met, figure = False, "no answer within the run"
        else:
            value = result.p99_ms
            met = value < limit
            figure = f"p99 {value:.0f} ms"
        lines.append(f"- {text}: **{figure}**, {'met' if met else 'not met'}.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
