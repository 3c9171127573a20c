"""Build the whole trilingual demo site. Safe to run again: a second run changes nothing."""

from . import content
from .build_examples import build_examples
from .build_guide import build_guide_pages, build_knowledge
from .build_open_data import build_open_data_page, fill_goal_index, is_open_data_page
from .build_programmes import build_programmes
from .build_site import (
    ContentPage,
    build_feedback_page,
    content_page_values,
    ensure_home,
    ensure_locales,
)
from .records import upsert_page
from .translate import TranslationReport, dictionaries_from_translations, translate_instance

CONTENT_FILES = ["site", "guide", "programmes", "examples"]


def merged_dictionaries():
    merged = {code: {} for code in content.target_languages()}
    for name in CONTENT_FILES:
        for code, pairs in content.dictionaries(name).items():
            for finnish, translated in pairs.items():
                merged[code].setdefault(finnish, translated)
    return merged


def link_accessibility_supervisor():
    """Traficom's details come from a data migration in every language (home 0006); link them as
    translations of the Finnish row, so that a change to it shows up as an outdated translation."""
    from home.models import AccessibilitySupervisor

    finnish = AccessibilitySupervisor.objects.filter(
        locale__language_code=content.SOURCE_LANGUAGE
    ).first()
    if finnish is None:
        return TranslationReport()
    texts = dictionaries_from_translations(
        finnish, ["name", "unit", "guidance", "email", "phone", "website"]
    )
    return translate_instance(finnish, texts)


def load_demo_content():
    """Create or update every demo page and snippet in Finnish, then translate into sv and en."""
    ensure_locales()
    dictionaries = merged_dictionaries()
    source = {name: content.load(name)[content.SOURCE_LANGUAGE] for name in CONTENT_FILES}
    report = TranslationReport()

    def translate_all(instances):
        for instance in instances:
            report.extend(translate_instance(instance, dictionaries))

    home = ensure_home(source["site"]["home"])
    translate_all([home])
    knowledge, domains = build_knowledge(source["guide"])
    translate_all(knowledge)
    translate_all(
        upsert_page(
            home, ContentPage, page["slug"], content_page_values(page, f"page/{page['key']}")
        )
        for page in source["site"]["pages"]
        if not is_open_data_page(page)
    )
    translate_all([build_feedback_page(home, source["site"])])
    translate_all(build_guide_pages(home, source["guide"], domains))
    translate_all(build_programmes(home, source["programmes"]))
    translate_all(build_examples(home, source["examples"]))
    translate_all([build_open_data_page(home, source["site"])])
    report.extend(link_accessibility_supervisor())
    fill_goal_index()
    return report
