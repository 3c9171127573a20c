"""The benchmark's verdict on generate_load_data: only a load from empty at N = 3300 counts."""

from osallisuus_site.bench.server import LoadTime
from osallisuus_site.bench.verdicts import _load_times


def run(organisations, load_time, stack="sqlite"):
    return {"organisations": organisations, "stack": stack, "load_time": load_time}


def test_a_full_load_within_five_minutes_is_met_and_a_slower_one_is_not():
    lines = _load_times(
        [run(3300, LoadTime(3300, 241.4)), run(3300, LoadTime(3300, 412.0), "postgres")]
    )
    assert lines == [
        "- generate_load_data ≤ 5 min (N = 3300, sqlite): **241 s**, met.",
        "- generate_load_data ≤ 5 min (N = 3300, postgres): **412 s**, not met.",
    ]


def test_data_kept_from_an_earlier_run_is_not_taken_for_a_fast_load():
    lines = _load_times([run(3300, LoadTime(12, 3.0)), run(3300, None)])
    assert all("not measured" in line for line in lines[:1])
    assert len(lines) == 1  # --reuse loads nothing and claims nothing


def test_smaller_sizes_have_no_load_target():
    assert _load_times([run(330, LoadTime(330, 30.0))]) == []
