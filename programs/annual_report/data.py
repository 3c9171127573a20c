"""What happened in a programme during one calendar year, computed from its dated data.

A measure's state at the start of the year is its state on 31 December of the year before and its
state at the end is the one on 31 December (or today, for the current year); see progress.py.
"""

import datetime
from dataclasses import asdict, dataclass, field

from django.utils import timezone
from django.utils.translation import override

from .. import progress as progress_rules
from ..choices import MeasureStatus

FINISHED = {MeasureStatus.DONE, MeasureStatus.DROPPED}


def report_years(programme, today=None):
    """The years a report exists for: from the period's start to its end, never past this year."""
    today = today or timezone.localdate()
    last = today.year
    if programme.period_end:
        last = min(last, programme.period_end.year)
    return list(range(programme.period_start.year, last + 1))


@dataclass
class MeasureYear:
    id: str
    title: str
    responsible: str
    due_date: datetime.date | None
    status_start: str
    status_end: str
    progress_start: int
    progress_end: int
    updates: list  # this year's updates: {date, status, progress, note}
    behind_schedule: bool

    @property
    def progress_gained(self):
        return self.progress_end - self.progress_start

    @property
    def status_changed(self):
        return self.status_start != self.status_end

    @property
    def changed(self):
        return bool(self.updates) or self.status_changed or self.progress_gained != 0


@dataclass
class IndicatorYear:
    id: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    value_start: float | None  # the latest value before the year (or the baseline)
    value_end: float | None  # the latest value at the end of the year
    observations: list  # this year's: {date, value}

    @property
    def change(self):
        if self.value_start is None or self.value_end is None or not self.observations:
            return None
        return round(self.value_end - self.value_start, 2)

    @property
    def towards_target(self):
        """How far from the baseline to the target the latest value has come, in percent."""
        if None in (self.baseline, self.target, self.value_end) or self.target == self.baseline:
            return None
        return round(100 * (self.value_end - self.baseline) / (self.target - self.baseline))


@dataclass
class GoalYear:
    id: str
    title: str
    progress_start: int | None
    progress_end: int | None
    measures: list = field(default_factory=list)
    indicators: list = field(default_factory=list)


@dataclass
class AnnualReport:
    programme: object
    year: int
    start: datetime.date
    end: datetime.date
    goals: list
    review: list
    commentary: str

    @property
    def language(self):
        return self.programme.locale.language_code

    @property
    def measures(self):
        return [measure for goal in self.goals for measure in goal.measures]

    @property
    def changed_measures(self):
        return [(goal, m) for goal in self.goals for m in goal.measures if m.changed]

    @property
    def behind_schedule(self):
        return [(goal, m) for goal in self.goals for m in goal.measures if m.behind_schedule]

    @property
    def indicators(self):
        return [(goal, i) for goal in self.goals for i in goal.indicators]

    @property
    def completed(self):
        return [
            m
            for m in self.measures
            if m.status_end == MeasureStatus.DONE and m.status_start != MeasureStatus.DONE
        ]

    @property
    def started(self):
        return [
            m
            for m in self.measures
            if m.status_start == MeasureStatus.PLANNED and m.status_end == MeasureStatus.ONGOING
        ]

    @property
    def review_met(self):
        return sum(criterion.met for criterion in self.review)

    def as_dict(self):
        """The report as JSON-ready data: choice keys, ISO dates, plain numbers."""
        return {
            "programme": {"id": self.programme.pk, "title": self.programme.title},
            "language": self.language,
            "year": self.year,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "summary": {
                "measures": len(self.measures),
                "changed": len(self.changed_measures),
                "completed": len(self.completed),
                "started": len(self.started),
                "behind_schedule": len(self.behind_schedule),
            },
            "goals": [_goal_dict(goal) for goal in self.goals],
            "review": {
                "all_met": self.review_met == len(self.review),
                "criteria": [criterion.as_dict() for criterion in self.review],
            },
            "commentary": self.commentary,
        }


def _goal_dict(goal):
    return {
        "id": goal.id,
        "title": goal.title,
        "progress_start": goal.progress_start,
        "progress_end": goal.progress_end,
        "measures": [
            {
                **_iso(asdict(measure)),
                "progress_gained": measure.progress_gained,
                "status_changed": measure.status_changed,
            }
            for measure in goal.measures
        ],
        "indicators": [
            {
                **_iso(asdict(indicator)),
                "change": indicator.change,
                "towards_target": indicator.towards_target,
            }
            for indicator in goal.indicators
        ],
    }


def _iso(data):
    if isinstance(data, dict):
        return {key: _iso(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_iso(item) for item in data]
    if isinstance(data, datetime.date):
        return data.isoformat()
    return data


def build_report(programme, year, today=None):
    """The report of `programme` for `year`; the caller checks the year is one of report_years."""
    today = today or timezone.localdate()
    start = datetime.date(year, 1, 1)
    end = min(datetime.date(year, 12, 31), today)
    before = start - datetime.timedelta(days=1)
    goals = []
    for goal_block in programme.goals:
        goal = goal_block.value
        measures = goal["measures"]
        goals.append(
            GoalYear(
                id=goal_block.id or "",
                title=goal["title"],
                progress_start=progress_rules.goal_progress(measures, before),
                progress_end=progress_rules.goal_progress(measures, end),
                measures=[
                    _measure_year(item.id, item.value, start, end) for item in measures.bound_blocks
                ],
                indicators=[
                    _indicator_year(item.id, item.value, start, end)
                    for item in goal["indicators"].bound_blocks
                ],
            )
        )
    with override(programme.locale.language_code):
        review = list(programme.review)
    return AnnualReport(
        programme=programme,
        year=year,
        start=start,
        end=end,
        goals=goals,
        review=review,
        commentary=commentary_for(programme, year),
    )


def _measure_year(block_id, measure, start, end):
    updates = measure["updates"]
    at_start = progress_rules.state_on(updates, start - datetime.timedelta(days=1))
    at_end = progress_rules.state_on(updates, end)
    status_end = progress_rules.status_of(at_end)
    due_date = measure["due_date"]
    return MeasureYear(
        id=block_id or "",
        title=measure["title"],
        responsible=measure["responsible"] or "",
        due_date=due_date,
        status_start=progress_rules.status_of(at_start),
        status_end=status_end,
        progress_start=progress_rules.progress_of(at_start),
        progress_end=progress_rules.progress_of(at_end),
        updates=[
            {
                "date": update["date"],
                "status": update["status"],
                "progress": update["progress"] or 0,
                "note": update["note"] or "",
            }
            for update in progress_rules.timeline(updates)
            if start <= update["date"] <= end
        ],
        behind_schedule=bool(due_date and due_date <= end and status_end not in FINISHED),
    )


def _latest_value(observations, day):
    earlier = [o for o in observations if o["date"] <= day]
    return max(earlier, key=lambda o: o["date"])["value"] if earlier else None


def _indicator_year(block_id, indicator, start, end):
    observations = list(indicator["observations"])
    value_start = _latest_value(observations, start - datetime.timedelta(days=1))
    if value_start is None:
        value_start = indicator["baseline"]
    return IndicatorYear(
        id=block_id or "",
        name=indicator["name"],
        unit=indicator["unit"] or "",
        baseline=indicator["baseline"],
        target=indicator["target"],
        value_start=value_start,
        value_end=_latest_value(observations, end),
        observations=sorted(
            (
                {"date": o["date"], "value": o["value"]}
                for o in observations
                if start <= o["date"] <= end
            ),
            key=lambda o: o["date"],
        ),
    )


def commentary_for(programme, year):
    return next(
        (
            block.value["text"]
            for block in programme.annual_commentary
            if block.value["year"] == year
        ),
        "",
    )
