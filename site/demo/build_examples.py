"""The examples library: real programmes with sourced facts only (shared/design/reference-facts.md)."""

from examples_library.models import ExampleIndexPage, ExampleProgramPage, ExampleTheme

from .records import upsert_page


def build_examples(home, data):
    index_data = data["index"]
    index = upsert_page(
        home,
        ExampleIndexPage,
        index_data["slug"],
        {
            "title": index_data["title"],
            "intro": index_data["intro"],
            "plain_language_summary": index_data["plain_language_summary"],
            "show_in_menus": True,
        },
    )
    pages = [index]
    for example in data["examples"]:
        page = upsert_page(index, ExampleProgramPage, example["slug"], example_values(example))
        themes = [
            ExampleTheme.objects.get_or_create(key=key)[0] for key in example.get("themes") or []
        ]
        if sorted(t.key for t in page.themes.all()) != sorted(t.key for t in themes):
            page.themes.set(themes)
            page.save_revision().publish()
        pages.append(page)
    return pages


def example_values(example):
    steps = {int(number): note for number, note in (example.get("steps") or {}).items()}
    return {
        "title": example["title"],
        "organisation_name": example["organisation_name"],
        "organisation_type": example["organisation_type"],
        "region": example.get("region") or "",
        "population_class": example.get("population_class") or "",
        "period_start": example.get("period_start"),
        "period_end": example.get("period_end"),
        "adopted_on": example.get("adopted_on"),
        "adopted_by": example.get("adopted_by") or "",
        "source_url": example["source_url"],
        "publisher": example["publisher"],
        "summary": example["summary"],
        "plain_language_summary": example.get("plain_language_summary") or "",
        "approach": example.get("approach") or "",
        **{f"step{number}_note": steps.get(number, "") for number in range(1, 6)},
    }
