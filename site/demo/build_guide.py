"""THL's guide: the shared knowledge snippets, the guide index, its five steps and the workbook."""

from home.models import GuideIndexPage, GuideStepPage, WorkbookPage
from programs.models import ChecklistItem, MonitoringTool, ParticipationDomain, ParticipationVoice

from . import streams
from .content import block_id
from .records import upsert_page, upsert_snippet


def build_knowledge(guide):
    """The snippets, in Finnish; returns them in creation order and the domains by key."""
    domains = {
        domain["key"]: upsert_snippet(
            ParticipationDomain,
            domain["key"],
            {
                "name": domain["name"],
                "description": domain.get("description") or "",
                "questions": [
                    {
                        "type": "question",
                        "value": {
                            "text": q["text"],
                            "theme": q["theme"],
                            "audience": q["audience"],
                        },
                        "id": block_id("question", q["key"]),
                    }
                    for q in domain["questions"]
                ],
            },
            sort_order=domain["number"],
        )
        for domain in guide["domains"]
    }
    voices = [
        upsert_snippet(
            ParticipationVoice,
            v["key"],
            {"name": v["name"], "description": v["description"]},
            order,
        )
        for order, v in enumerate(guide["voices"])
    ]
    checklist = [
        upsert_snippet(
            ChecklistItem, item["key"], {"step": item["step"], "text": item["text"]}, order
        )
        for order, item in enumerate(guide["checklist"])
    ]
    tools = [
        upsert_snippet(
            MonitoringTool,
            tool["key"],
            {"name": tool["name"], "description": tool["description"], "url": tool["url"]},
            order,
        )
        for order, tool in enumerate(guide["tools"])
    ]
    return [*domains.values(), *voices, *checklist, *tools], domains


def build_guide_pages(home, guide, domains):
    index_data = guide["index"]
    index = upsert_page(
        home,
        GuideIndexPage,
        index_data["slug"],
        {
            "title": index_data["title"],
            "intro": index_data["intro"],
            "plain_language_summary": index_data["plain_language_summary"],
            "body": streams.body(index_data["body"], "guide", domains),
            "show_in_menus": True,
        },
    )
    steps = [
        upsert_page(
            index,
            GuideStepPage,
            step["slug"],
            {
                "title": step["title"],
                "step_number": step["number"],
                "intro": step["lead"],
                "who_takes_part": step["who_takes_part"],
                "produces": step["produces"],
                "plain_language_summary": step["plain_language_summary"],
                "body": streams.body(step["body"], f"guide/step-{step['number']}", domains),
            },
        )
        for step in guide["steps"]
    ]
    return [index, *steps, build_workbook_page(index, guide["workbook"])]


def build_workbook_page(index, workbook):
    """The needs-mapping workbook; its questions come from the domain snippets, not from here."""
    return upsert_page(
        index,
        WorkbookPage,
        workbook["slug"],
        {
            "title": workbook["title"],
            "intro": workbook["intro"],
            "plain_language_summary": workbook["plain_language_summary"],
            "body": streams.body(workbook.get("body"), "guide/workbook"),
        },
    )
