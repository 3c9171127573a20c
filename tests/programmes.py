"""Building programmes for tests: the demo's complete programme, and programmes of any size."""

import datetime
import uuid

from programs.models import OrganisationPage, ProgramPage


def complete_programme(locale):
    """The fictional municipality's programme, which meets every criterion of the review."""
    return ProgramPage.objects.get(locale=locale, organisation__organisation_type="municipality")


def measure(number):
    return {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {
            "title": f"Measure {number}",
            "description": "What is done and why.",
            "responsible": "Youth services",
            "target_groups": ["young_people", "unemployed"],
            "resources": "One coordinator, 10 000 €",
            "schedule": "2026",
            "due_date": "2026-12-31",
            "updates": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "date": "2025-06-30",
                        "status": "ongoing",
                        "progress": 20,
                        "note": "Started.",
                    },
                },
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "date": "2026-06-30",
                        "status": "ongoing",
                        "progress": 50,
                        "note": "Half done.",
                    },
                },
            ],
        },
    }


def indicator(number):
    return {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {
            "name": f"Indicator {number}",
            "known_indicator": "esis" if number == 0 else "",
            "unit": "%",
            "baseline": 40.0,
            "target": 60.0,
            "observations": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"date": "2025-06-30", "value": 42.0},
                },
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"date": "2026-06-30", "value": 47.5},
                },
            ],
        },
    }


def goals(count):
    return [
        {
            "type": "goal",
            "value": {
                "title": f"Goal {number}",
                "description": "The result we want.",
                "measures": [measure(number), measure(number + 100)],
                "indicators": [indicator(number)],
            },
        }
        for number in range(count)
    ]


def publish_programme(locale, slug, goal_count):
    organisation = OrganisationPage.objects.filter(locale=locale).first()
    programme = ProgramPage(
        title=f"Programme with {goal_count} goals",
        slug=slug,
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2028, 12, 31),
        goals=goals(goal_count),
    )
    organisation.add_child(instance=programme)
    programme.save_revision().publish()
    return ProgramPage.objects.get(pk=programme.pk)
