"""Issue 16's targets, checked against the rows of one `make bench` run (all N and stacks)."""

import math

# Rows named in targets.py.
PAGE = "programme page, uncached"
CACHED_PAGE = "programme page"
API = "programmes API, uncached"
WAGTAIL_API = "Wagtail's pages API, same list, uncached"
MEASURES = "measures API, uncached"
PAGE_JSON = "page JSON, uncached"
WAGTAIL_DETAIL = "Wagtail's page detail API, uncached"
SEARCH = "search, uncached"
SEARCH_P99_MS = {"postgres": 100, "sqlite": 200}
LOAD_SECONDS = 300  # generate_load_data at N = LOAD_SIZE
LOAD_SIZE = 3300


def verdicts(runs):
    lines = []
    for run in runs:
        rows = {target.name: result for target, result in run["rows"]}
        static = run["rows"][0][1].requests_per_second
        where = f"N = {run['organisations']}, {run['stack']}"
        checks = [
            (
                f"uncached programme page p50 ≤ 15 ms, p99 ≤ 50 ms ({where})",
                _latency(rows[PAGE], 15, 50),
            ),
            (
                f"API list p99 ≤ 50 ms and ≥ 2 × Wagtail's pages API ({where})",
                _versus(rows[API], rows[WAGTAIL_API]),
            ),
            (f"measures API p99 ≤ 50 ms ({where})", _latency(rows[MEASURES], None, 50)),
            (
                f"page JSON p99 ≤ 50 ms and ≥ 2 × Wagtail's detail API ({where})",
                _versus(rows[PAGE_JSON], rows[WAGTAIL_DETAIL]),
            ),
            (
                f"search p99 ≤ {SEARCH_P99_MS[run['stack']]} ms ({where})",
                _latency(rows[SEARCH], None, SEARCH_P99_MS[run["stack"]]),
            ),
        ]
        if run["stack"] == "postgres":
            ratio = rows[CACHED_PAGE].requests_per_second / static if static else math.nan
            checks.append(
                (
                    f"cached page with Redis ≥ 0.7 × static ({where})",
                    (ratio >= 0.7, f"{ratio:.2f} × static"),
                )
            )
        lines += [
            f"- {text}: **{figure}**, {'met' if met else 'not met'}."
            for text, (met, figure) in checks
        ]
    lines += _search_growth(runs)
    lines += _load_times(runs)
    return lines


def _load_times(runs):
    """generate_load_data builds N = 3300 in five minutes; only a load from empty counts."""
    lines = []
    for run in runs:
        load_time = run.get("load_time")
        if run["organisations"] < LOAD_SIZE or load_time is None:
            continue
        where = f"N = {run['organisations']}, {run['stack']}"
        if load_time.created < run["organisations"]:
            lines.append(
                f"- generate_load_data ≤ 5 min ({where}): **not measured**: the data was kept from an earlier run."
            )
            continue
        met = load_time.seconds <= LOAD_SECONDS
        lines.append(
            f"- generate_load_data ≤ 5 min ({where}): **{load_time.seconds:.0f} s**, "
            f"{'met' if met else 'not met'}."
        )
    return lines


def _latency(result, p50_limit, p99_limit):
    if math.isnan(result.p99_ms):
        return False, "no answer within the run"
    met = result.p99_ms <= p99_limit and (p50_limit is None or result.p50_ms <= p50_limit)
    return met, f"p50 {result.p50_ms:.0f} ms, p99 {result.p99_ms:.0f} ms"


def _versus(ours, wagtails):
    met, figure = _latency(ours, None, 50)
    times = (
        ours.requests_per_second / wagtails.requests_per_second
        if wagtails.requests_per_second
        else math.nan
    )
    return met and times >= 2, f"{figure}, {times:.1f} × Wagtail's req/s"


def _search_growth(runs):
    """Search must not scan: p99 at the largest N at most 1.5 × p99 at the smallest, per stack."""
    lines = []
    for stack in sorted({run["stack"] for run in runs}):
        sized = sorted((run["organisations"], run) for run in runs if run["stack"] == stack)
        if len(sized) < 2:
            continue
        (small, first), (large, last) = sized[0], sized[-1]
        p99 = [{t.name: r for t, r in run["rows"]}[SEARCH].p99_ms for run in (first, last)]
        growth = p99[1] / p99[0] if p99[0] else math.nan
        lines.append(
            f"- search p99 at N = {large} ≤ 1.5 × at N = {small} ({stack}): "
            f"**{growth:.2f} ×**, {'met' if growth <= 1.5 else 'not met'}."
        )
    return lines
