"""A programme as Volto blocks, in the order of its HTML page: facts, goals with their measures
and indicators, group, needs, monitoring and the completeness review.

`blocks` is the builder the headless layer passes to `ProgramPage.volto_blocks` (headings,
paragraphs, lists, tables); this module only decides what the programme says, not the format.
"""

from django.utils.dateformat import format as format_date
from django.utils.formats import localize
from django.utils.translation import gettext as _

from .templatetags.programme_tags import choice_label, group_by_domain

DATE_FORMAT = "j.n.Y"


def plain_language_summary(blocks, summary):
    if summary:
        blocks.heading(_("In plain language"))
        blocks.paragraph(summary)


def _date(value):
    return format_date(value, DATE_FORMAT) if value else ""


def _fact(blocks, label, value):
    return [blocks.strong(label), f": {value}"] if value else None


def _facts(page, blocks):
    adopted = _("Not yet adopted")
    if page.adopted_on:
        adopted = ", ".join(part for part in (_date(page.adopted_on), page.adopted_by) if part)
    facts = [
        _fact(blocks, _("Period"), f"{_date(page.period_start)}–{_date(page.period_end)}"),
        _fact(blocks, _("Status"), page.get_status_display()),
        _fact(blocks, _("Adopted"), adopted),
    ]
    if page.source_document:
        url = blocks.request.build_absolute_uri(page.source_document.url)
        facts.append(
            [
                blocks.strong(_("Source document")),
                ": ",
                blocks.link(page.source_document.title, url),
            ]
        )
    blocks.list(facts)


def _measure(measure, blocks):
    """The measure's title in bold, then its status, progress and facts as sentences."""
    # The latest dated update gives the current status and progress (programs/blocks.py).
    status = choice_label(measure.status, "status")
    progress = _("Progress %(progress)s %%") % {"progress": measure.progress}
    details = [f"{status} ({progress})", measure["description"]]
    if measure["responsible"]:
        details.append(f"{_('Responsible')}: {measure['responsible']}")
    if measure["target_groups"]:
        groups = [str(choice_label(group, "target_group")) for group in measure["target_groups"]]
        details.append(f"{_('Target groups')}: {', '.join(groups)}")
    if measure["resources"]:
        details.append(f"{_('Resources')}: {measure['resources']}")
    if measure["schedule"]:
        details.append(f"{_('Schedule')}: {measure['schedule']}")
    if measure["due_date"]:
        details.append(f"{_('Due date')}: {_date(measure['due_date'])}")
    sentences = ". ".join(detail.strip().rstrip(".") for detail in details if detail.strip())
    return [blocks.strong(measure["title"]), f" – {sentences}."]


def _value(number):
    return localize(number) if number is not None else "–"


def _indicator(indicator, blocks):
    name = indicator["name"]
    if indicator["unit"]:
        name += f" ({indicator['unit']})"
    if indicator["known_indicator"]:
        name += f" · {choice_label(indicator['known_indicator'], 'known_indicator')}"
    blocks.heading(name, level=4)
    rows = [[_("Baseline"), _value(indicator["baseline"])]]
    rows += [
        [_date(observation["date"]), _value(observation["value"])]
        for observation in indicator["observations"]
    ]
    rows.append([_("Target"), _value(indicator["target"])])
    blocks.table([_("Date"), _("Value")], rows)


def _goals(page, blocks):
    blocks.heading(_("Goals and measures"))
    for goal in page.goals:
        goal = goal.value
        blocks.heading(goal["title"], level=3)
        blocks.paragraph(goal["description"])
        if goal.progress is not None:
            blocks.paragraph(_("Goal progress %(progress)s %%") % {"progress": goal.progress})
        if goal["measures"]:
            blocks.heading(_("Measures"), level=4)
            blocks.list([_measure(measure, blocks) for measure in goal["measures"]])
        for indicator in goal["indicators"]:
            _indicator(indicator, blocks)
    if not page.goals:
        blocks.paragraph(_("No goals have been recorded yet."))
    if page.residents_influence:
        blocks.heading(_("How residents influenced the programme"), level=3)
        blocks.paragraph(page.residents_influence)


def _group(page, blocks):
    blocks.heading(_("Participation group"))
    if page.coordinator_name:
        coordinator = ", ".join(
            part for part in (page.coordinator_name, page.coordinator_role) if part
        )
        if page.coordinator_contact:
            coordinator += f" ({page.coordinator_contact})"
        blocks.paragraph([blocks.strong(_("Participation coordinator")), f": {coordinator}"])
    blocks.list(
        [
            [
                blocks.strong(str(choice_label(member.value["voice"], "voice"))),
                f": {member.value['members']}",
            ]
            for member in page.group
        ]
    )


def _needs(page, blocks):
    blocks.heading(_("Needs"))
    for domain, needs in group_by_domain(page.needs):
        blocks.heading(str(domain), level=3)
        blocks.list(
            [f"{need['text']} ({choice_label(need['method'], 'method')})" for need in needs]
        )
    if not page.needs:
        blocks.paragraph(_("No needs have been recorded yet."))


def _monitoring(page, blocks):
    blocks.heading(_("Evaluation and monitoring"))
    for label, text in (
        (_("Evaluation"), page.evaluation),
        (_("Monitoring"), page.monitoring),
    ):
        if text:
            blocks.heading(label, level=3)
            blocks.paragraph(text)
    blocks.paragraph(
        _("The monitoring data is open.")
        if page.monitoring_data_open
        else _("The monitoring data is not open.")
    )
    if page.links:
        blocks.heading(_("Welfare report and strategies"), level=3)
        blocks.list(
            [
                [
                    blocks.link(link.value["title"], link.value["url"]),
                    f" ({choice_label(link.value['kind'], 'link_kind')})",
                ]
                for link in page.links
            ]
        )
    if page.communication:
        blocks.heading(_("Communication"), level=3)
        blocks.paragraph(page.communication)


def _review(page, blocks):
    blocks.heading(_("Completeness review"))
    blocks.paragraph(_("The review checks the programme against the checklist of THL's guide."))
    items = []
    for criterion in page.review:
        state = _("Met") if criterion.met else _("Not met")
        missing = " ".join(str(item) for item in criterion.missing)
        items.append(
            [
                blocks.strong(f"{state}:"),
                f" {criterion.label}" + (f" – {missing}" if missing else ""),
            ]
        )
    blocks.list(items)


def programme_blocks(page, blocks):
    _facts(page, blocks)
    blocks.paragraph(page.summary)
    plain_language_summary(blocks, page.plain_language_summary)
    _goals(page, blocks)
    _group(page, blocks)
    _needs(page, blocks)
    _monitoring(page, blocks)
    _review(page, blocks)
