"""The completeness review, criterion by criterion: breaking one thing fails exactly that criterion."""

import pytest

from programs.review import review_programme

from .programmes import complete_programme

pytestmark = pytest.mark.django_db


def raw(stream):
    return [
        {"type": block.block_type, "value": block.block.get_prep_value(block.value), "id": block.id}
        for block in stream
    ]


def change_measures(programme, **changes):
    goals = raw(programme.goals)
    for goal in goals:
        for item in goal["value"]["measures"]:
            item["value"].update(changes)
    programme.goals = goals


def failing(programme):
    return {criterion.id for criterion in review_programme(programme) if not criterion.met}


def without_voice(programme):
    programme.group = [
        block for block in raw(programme.group) if block["value"]["voice"] != "parishes"
    ]


def without_common_good_needs(programme):
    programme.needs = [
        block for block in raw(programme.needs) if block["value"]["domain"] != "common_good"
    ]


def without_goal_description(programme):
    goals = raw(programme.goals)
    goals[0]["value"]["description"] = ""
    programme.goals = goals


def without_measures_in_a_goal(programme):
    goals = raw(programme.goals)
    goals[0]["value"]["measures"] = []
    programme.goals = goals


def with_vulnerable_groups_removed(programme):
    goals = raw(programme.goals)
    for goal in goals:
        for item in goal["value"]["measures"]:
            item["value"]["target_groups"] = ["everyone"]
    programme.goals = goals


def without_baselines(programme):
    goals = raw(programme.goals)
    for item in goals[0]["value"]["indicators"]:
        item["value"]["baseline"] = None
    programme.goals = goals


def without_welfare_report(programme):
    programme.links = [
        block for block in raw(programme.links) if block["value"]["kind"] != "welfare_report"
    ]


BREAKS = {
    "group_voices": without_voice,
    "coordinator": lambda p: setattr(p, "coordinator_name", ""),
    "needs_mapped": without_common_good_needs,
    "results_set": without_goal_description,
    "means_per_goal": without_measures_in_a_goal,
    "responsibilities": lambda p: change_measures(p, responsible=""),
    "target_groups": with_vulnerable_groups_removed,
    "resources": lambda p: change_measures(p, resources=""),
    "schedule": lambda p: change_measures(p, schedule=""),
    "residents_influence": lambda p: setattr(p, "residents_influence", "  "),
    "evaluation": lambda p: setattr(p, "evaluation", ""),
    "monitoring": lambda p: setattr(p, "monitoring", ""),
    "indicators": without_baselines,
    "welfare_report": without_welfare_report,
    "communication": lambda p: setattr(p, "communication", ""),
}


def test_the_review_has_at_least_ten_criteria_with_ids_labels_and_states(demo):
    criteria = review_programme(complete_programme(demo["fi"]))
    assert len(criteria) >= 10
    assert {criterion.id for criterion in criteria} == set(BREAKS)
    assert all(
        criterion.met and not criterion.missing and str(criterion.label) for criterion in criteria
    )


@pytest.mark.parametrize("criterion_id", sorted(BREAKS))
def test_breaking_one_thing_fails_only_its_criterion(demo, criterion_id):
    programme = complete_programme(demo["fi"])
    BREAKS[criterion_id](programme)
    assert failing(programme) == {criterion_id}
    broken = next(c for c in review_programme(programme) if c.id == criterion_id)
    assert broken.missing, "a failed criterion says what is missing"


def test_missing_voice_is_named_in_the_readers_language(demo):
    from django.utils import translation

    programme = complete_programme(demo["sv"])
    without_voice(programme)
    with translation.override("sv"):
        broken = next(c for c in review_programme(programme) if c.id == "group_voices")
        assert "Församlingar" in str(broken.missing[0]) or "Parishes" in str(broken.missing[0])
