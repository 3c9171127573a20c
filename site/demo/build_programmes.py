"""The fictional demo organisations and their structured programmes."""

from programs.models import OrganisationPage, ProgramIndexPage, ProgramPage

from .content import block_id, plain
from .records import upsert_page
from .streams import list_items, simple_stream


def build_programmes(home, data):
    index_data = data["index"]
    index = upsert_page(
        home,
        ProgramIndexPage,
        index_data["slug"],
        {
            "title": index_data["title"],
            "intro": index_data["intro"],
            "plain_language_summary": index_data["plain_language_summary"],
            "show_in_menus": True,
        },
    )
    pages = [index]
    for organisation in data["organisations"]:
        organisation_page = upsert_page(
            index,
            OrganisationPage,
            organisation["slug"],
            {
                "title": organisation["title"],
                "organisation_type": organisation["organisation_type"],
                "official_code": organisation.get("official_code") or "",
                "region": organisation.get("region") or "",
                "website": organisation.get("website") or "",
                "contact": organisation.get("contact") or "",
                "description": f"<p>{organisation['description']}</p>",
            },
        )
        pages.append(organisation_page)
        for programme in organisation["programmes"]:
            pages.append(
                upsert_page(
                    organisation_page, ProgramPage, programme["slug"], programme_values(programme)
                )
            )
    return pages


def programme_values(programme):
    key = programme["key"]
    coordinator = programme.get("coordinator") or {}
    return {
        "title": programme["title"],
        "period_start": programme["period_start"],
        "period_end": programme.get("period_end"),
        "adopted_on": programme.get("adopted_on"),
        "adopted_by": programme.get("adopted_by") or "",
        "summary": programme.get("summary") or "",
        "plain_language_summary": programme.get("plain_language_summary") or "",
        "coordinator_name": coordinator.get("name") or "",
        "coordinator_role": coordinator.get("role") or "",
        "coordinator_contact": coordinator.get("contact") or "",
        "group": simple_stream(
            "members",
            programme.get("group"),
            f"{key}/group",
            lambda m: {"voice": m["voice"], "members": m["members"]},
        ),
        "needs": simple_stream(
            "need",
            programme.get("needs"),
            f"{key}/needs",
            lambda n: {"domain": n["domain"], "method": n["method"], "text": n["text"]},
        ),
        "goals": [
            {"type": "goal", "value": _goal(key, goal), "id": block_id(key, "goal", goal["key"])}
            for goal in programme.get("goals") or []
        ],
        "residents_influence": programme.get("residents_influence") or "",
        "evaluation": programme.get("evaluation") or "",
        "monitoring": programme.get("monitoring") or "",
        "monitoring_data_open": bool(programme.get("monitoring_data_open")),
        "links": simple_stream(
            "link",
            programme.get("links"),
            f"{key}/links",
            lambda link: {
                "kind": link.get("kind", "other"),
                "title": link["title"],
                "url": link["url"],
            },
        ),
        "communication": programme.get("communication") or "",
        "annual_commentary": simple_stream(
            "commentary",
            programme.get("annual_commentary"),
            f"{key}/annual_commentary",
            lambda entry: {"year": entry["year"], "text": entry["text"]},
        ),
    }


def _goal(programme_key, goal):
    prefix = (programme_key, "goal", goal["key"])
    measures = [
        {
            "title": m["title"],
            "description": m.get("description") or "",
            "responsible": m.get("responsible") or "",
            "target_groups": list(m.get("target_groups") or []),
            "resources": m.get("resources") or "",
            "schedule": m.get("schedule") or "",
            "due_date": plain(m.get("due_date")),
            "updates": list_items(
                [
                    {
                        "date": plain(u["date"]),
                        "status": u["status"],
                        "progress": u.get("progress") or 0,
                        "note": u.get("note") or "",
                    }
                    for u in m.get("updates") or []
                ],
                *prefix,
                "measure",
                m["key"],
                "updates",
            ),
        }
        for m in goal.get("measures") or []
    ]
    indicators = [
        {
            "name": i["name"],
            "known_indicator": i.get("known") or "",
            "unit": i.get("unit") or "",
            "baseline": i.get("baseline"),
            "target": i.get("target"),
            "observations": list_items(
                [
                    {"date": plain(o["date"]), "value": o["value"]}
                    for o in i.get("observations") or []
                ],
                *prefix,
                "indicator",
                i["key"],
            ),
        }
        for i in goal.get("indicators") or []
    ]
    return {
        "title": goal["title"],
        "description": goal.get("description") or "",
        "measures": list_items(measures, *prefix, "measures"),
        "indicators": list_items(indicators, *prefix, "indicators"),
    }
