"""An example programme as Volto blocks, in the order of its HTML page (the headless layer's hook
`ExampleProgramPage.volto_blocks` passes the builder)."""

from django.utils.dateformat import format as format_date
from django.utils.html import escape
from django.utils.translation import gettext as _

from programs.volto import plain_language_summary


def _facts(page, blocks):
    period = ""
    if page.period_start:
        period = f"{page.period_start}–{page.period_end or _('open-ended')}"
    adopted = ", ".join(
        part
        for part in (
            format_date(page.adopted_on, "j.n.Y") if page.adopted_on else "",
            page.adopted_by,
        )
        if part
    )
    facts = [
        (_("Type of organisation"), page.get_organisation_type_display()),
        (_("Region"), page.get_region_display() if page.region else ""),
        (_("Population"), page.get_population_class_display() if page.population_class else ""),
        (_("Period"), period),
        (_("Adopted"), adopted),
    ]
    items = [[blocks.strong(label), f": {value}"] for label, value in facts if value]
    items.append([blocks.strong(_("Source")), ": ", blocks.link(page.publisher, page.source_url)])
    blocks.list(items)


def example_blocks(page, blocks):
    blocks.paragraph(page.organisation_name)
    _facts(page, blocks)
    blocks.paragraph(page.summary)
    plain_language_summary(blocks, page.plain_language_summary)
    if page.approach:
        blocks.heading(_("Approach"))
        blocks.paragraph(page.approach)
    if page.steps:
        blocks.heading(_("What each step can learn from it"))
        blocks.list(
            [
                [
                    blocks.strong(
                        f"{_('Step %(number)s') % {'number': step['step']}}: {step['title']}"
                    ),
                    f": {step['note']}",
                ]
                for step in page.steps
            ]
        )
    themes = [str(theme) for theme in page.themes.all()]
    if themes:
        blocks.heading(_("Themes"))
        blocks.list(themes)
    programme = page.programme
    if programme is not None and programme.live:
        programme = programme.localized
        blocks.paragraph(
            [blocks.link(_("Read the programme as structured data"), blocks.url(programme))]
        )
    credit = _(
        'Facts from the original by %(publisher)s: <a href="%(url)s">%(url)s</a>. '
        "The description is written in our own words; check the original for the current details."
    ) % {"publisher": escape(page.publisher), "url": escape(page.source_url)}
    blocks.rich_text(f"<p>{credit}</p>")
