"""The completeness review: one pure function of a programme, used by the admin, page, API and export.

Each criterion comes from THL's guide (steps 1-5): what a participation programme should record.
"""

from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext_lazy as _

from .choices import VULNERABLE_TARGET_GROUPS, Domain, LinkKind, Voice


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    met: bool
    missing: list = field(default_factory=list)

    def as_dict(self):
        data = asdict(self)
        data["label"] = str(self.label)
        data["missing"] = [str(item) for item in self.missing]
        return data


def _goals(programme):
    return [goal.value for goal in programme.goals]


def _measures(programme):
    return [(goal, measure) for goal in _goals(programme) for measure in goal["measures"]]


def _measures_lacking(programme, key, message):
    lacking = [measure["title"] for _goal, measure in _measures(programme) if not measure[key]]
    return [message % {"measure": title} for title in lacking]


def _needs_per_domain(programme):
    found = {need.value["domain"] for need in programme.needs}
    missing = [
        _("No needs mapped for “%(domain)s”.") % {"domain": label}
        for value, label in Domain.choices
        if value not in found
    ]
    return Criterion(
        "needs_mapped", _("Needs are mapped in each domain of participation"), not missing, missing
    )


def _results(programme):
    goals = _goals(programme)
    missing = []
    if not goals:
        missing.append(_("Add at least one goal."))
    missing += [
        _("Goal “%(goal)s” does not describe the target result.") % {"goal": goal["title"]}
        for goal in goals
        if not goal["description"]
    ]
    return Criterion("results_set", _("Target results are set"), not missing, missing)


def _means_per_goal(programme):
    goals = _goals(programme)
    missing = [
        _("Goal “%(goal)s” has no measures.") % {"goal": goal["title"]}
        for goal in goals
        if not goal["measures"]
    ]
    if not goals:
        missing.append(_("Add goals and the measures that reach them."))
    return Criterion("means_per_goal", _("Every goal has measures"), not missing, missing)


def _responsibilities(programme):
    missing = _measures_lacking(
        programme, "responsible", _("Measure “%(measure)s” has no one responsible.")
    )
    if not _measures(programme):
        missing.append(_("Add measures with a responsible party."))
    return Criterion("responsibilities", _("Responsibilities are assigned"), not missing, missing)


def _target_groups(programme):
    measures = _measures(programme)
    missing = _measures_lacking(
        programme, "target_groups", _("Measure “%(measure)s” names no target group.")
    )
    reaches_vulnerable = any(
        VULNERABLE_TARGET_GROUPS.intersection(measure["target_groups"])
        for _goal, measure in measures
    )
    if not reaches_vulnerable:
        missing.append(_("No measure reaches a group in a weak position."))
    return Criterion(
        "target_groups",
        _("Target groups are named, including groups in a weak position"),
        not missing,
        missing,
    )


def _text_criterion(criterion_id, label, value, message):
    met = bool(value and value.strip())
    return Criterion(criterion_id, label, met, [] if met else [message])


def _resources(programme):
    missing = _measures_lacking(
        programme, "resources", _("Measure “%(measure)s” has no resources.")
    )
    if not _measures(programme):
        missing.append(_("Add measures with their resources."))
    return Criterion("resources", _("Measures are resourced"), not missing, missing)


def _schedule(programme):
    missing = _measures_lacking(programme, "schedule", _("Measure “%(measure)s” has no schedule."))
    if not _measures(programme):
        missing.append(_("Add measures with a schedule."))
    return Criterion("schedule", _("Measures have a schedule"), not missing, missing)


def _indicators(programme):
    missing = []
    for goal in _goals(programme):
        complete = [
            indicator
            for indicator in goal["indicators"]
            if indicator["baseline"] is not None and indicator["target"] is not None
        ]
        if not complete:
            missing.append(
                _("Goal “%(goal)s” has no indicator with a baseline and a target.")
                % {"goal": goal["title"]}
            )
    if not _goals(programme):
        missing.append(_("Add goals with indicators."))
    return Criterion(
        "indicators",
        _("Results are measured against a baseline and a target"),
        not missing,
        missing,
    )


def _group_voices(programme):
    present = {block.value["voice"] for block in programme.group}
    missing = [
        _("The group lacks the voice of “%(voice)s”.") % {"voice": label}
        for value, label in Voice.choices
        if value not in present
    ]
    return Criterion(
        "group_voices", _("The participation group holds all nine voices"), not missing, missing
    )


def _welfare_report(programme):
    linked = any(link.value["kind"] == LinkKind.WELFARE_REPORT for link in programme.links)
    return Criterion(
        "welfare_report",
        _("The programme is linked to the welfare report"),
        linked,
        [] if linked else [_("Add a link to the welfare report.")],
    )


def review_programme(programme):
    """Check a programme against the guide's checklist. Returns a list of Criterion."""
    return [
        _group_voices(programme),
        _text_criterion(
            "coordinator",
            _("A participation coordinator is named"),
            programme.coordinator_name,
            _("Name the participation coordinator."),
        ),
        _needs_per_domain(programme),
        _results(programme),
        _means_per_goal(programme),
        _responsibilities(programme),
        _target_groups(programme),
        _resources(programme),
        _schedule(programme),
        _text_criterion(
            "residents_influence",
            _("Residents' influence on the programme is described"),
            programme.residents_influence,
            _("Describe how residents could influence the programme."),
        ),
        _text_criterion(
            "evaluation",
            _("Evaluation of means and results is agreed"),
            programme.evaluation,
            _("Describe how means and results are evaluated."),
        ),
        _text_criterion(
            "monitoring",
            _("Monitoring is agreed"),
            programme.monitoring,
            _("Describe how results are monitored."),
        ),
        _indicators(programme),
        _welfare_report(programme),
        _text_criterion(
            "communication",
            _("Communication is planned"),
            programme.communication,
            _("Describe how the programme is communicated."),
        ),
    ]


def all_met(criteria):
    return all(criterion.met for criterion in criteria)
