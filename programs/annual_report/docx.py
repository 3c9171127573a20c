"""The report as a Word document that a coordinator can paste into council papers.

Built-in heading and table styles only, so the text takes on the styles of the document it is
pasted into; the proofing language is the programme's.
"""

import io

from django.template.defaultfilters import date as format_date
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..choices import MeasureStatus
from ..templatetags.programme_tags import paragraphs, signed

WORD_LANGUAGES = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-GB"}


def _status(key):
    return str(MeasureStatus(key).label)


def _number(value):
    return "–" if value is None else number_format(value)


def _day(value):
    return format_date(value, "j.n.Y")


def _set_language(document, language):
    code = WORD_LANGUAGES.get(language, language)
    document.core_properties.language = code
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), code)
    run_properties.append(lang)


def _table(document, caption, header, rows):
    document.add_paragraph(caption, style="Caption")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    # Repeat the header row on every page, as a header row (not just bold text) for screen readers.
    header_properties = table.rows[0]._tr.get_or_add_trPr()
    header_properties.append(OxmlElement("w:tblHeader"))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = str(text)
    return table


def render_docx(report):
    page = report.programme
    document = Document()
    _set_language(document, report.language)
    title = _("Annual follow-up report %(year)s") % {"year": report.year}
    document.core_properties.title = f"{title} – {page.title}"
    document.core_properties.author = page.organisation.title if page.organisation else ""
    document.add_heading(title, level=0)
    document.add_paragraph(page.title)
    document.add_paragraph(
        _(
            "The report covers %(start)s–%(end)s. It is generated from the programme's published data."
        )
        % {"start": _day(report.start), "end": _day(report.end)}
    )

    document.add_heading(_("The year in brief"), level=1)
    _table(
        document,
        _("Measures in %(year)s") % {"year": report.year},
        ["", ""],
        [
            (_("Measures in the programme"), len(report.measures)),
            (_("Measures that moved forward or changed status"), len(report.changed_measures)),
            (_("Measures started"), len(report.started)),
            (_("Measures completed"), len(report.completed)),
            (_("Measures behind schedule"), len(report.behind_schedule)),
            (
                _("Criteria of the completeness review met"),
                f"{report.review_met} / {len(report.review)}",
            ),
        ],
    )

    document.add_heading(_("The editors' commentary"), level=1)
    for paragraph in paragraphs(report.commentary) or [
        _("The editors have not written a commentary for this year.")
    ]:
        document.add_paragraph(paragraph)

    document.add_heading(_("What was done in %(year)s") % {"year": report.year}, level=1)
    for goal in report.goals:
        document.add_heading(goal.title, level=2)
        if goal.progress_end is not None:
            document.add_paragraph(
                _("Goal progress: %(start)s %% at the start of the year, %(end)s %% at its end.")
                % {"start": goal.progress_start or 0, "end": goal.progress_end}
            )
        if not goal.measures:
            continue
        _table(
            document,
            _("Measures of the goal “%(goal)s”") % {"goal": goal.title},
            [_("Measure"), _("Status"), _("Progress"), _("Updates of the year")],
            [
                (
                    measure.title,
                    f"{_status(measure.status_start)} → {_status(measure.status_end)}"
                    if measure.status_changed
                    else _status(measure.status_end),
                    _("%(start)s %% → %(end)s %% (%(gained)s points)")
                    % {
                        "start": measure.progress_start,
                        "end": measure.progress_end,
                        "gained": f"{measure.progress_gained:+d}",
                    },
                    "\n".join(
                        f"{_day(u['date'])}: {_status(u['status'])}, {u['progress']} %"
                        + (f". {u['note']}" if u["note"] else "")
                        for u in measure.updates
                    )
                    or _("No updates this year."),
                )
                for measure in goal.measures
            ],
        )

    document.add_heading(_("Measures behind schedule"), level=1)
    if report.behind_schedule:
        _table(
            document,
            _("Measures due by %(end)s and not done") % {"end": _day(report.end)},
            [_("Measure"), _("Goal"), _("Due date"), _("Status"), _("Progress")],
            [
                (
                    m.title,
                    goal.title,
                    _day(m.due_date),
                    _status(m.status_end),
                    f"{m.progress_end} %",
                )
                for goal, m in report.behind_schedule
            ],
        )
    else:
        document.add_paragraph(_("No measure is behind its schedule."))

    document.add_heading(_("Indicators"), level=1)
    if report.indicators:
        _table(
            document,
            _("Indicators against their baseline and target in %(year)s") % {"year": report.year},
            [
                _("Indicator"),
                _("Baseline"),
                _("Before the year"),
                _("At the end of the year"),
                _("Change in the year"),
                _("Target"),
                _("Way from baseline to target"),
            ],
            [
                (
                    f"{i.name} ({i.unit})" if i.unit else i.name,
                    _number(i.baseline),
                    _number(i.value_start),
                    _number(i.value_end),
                    signed(i.change) if i.change is not None else _("No new value"),
                    _number(i.target),
                    "–" if i.towards_target is None else f"{i.towards_target} %",
                )
                for _goal, i in report.indicators
            ],
        )
    else:
        document.add_paragraph(_("The programme has no indicators."))

    document.add_heading(_("Completeness review"), level=1)
    document.add_paragraph(
        _(
            "The review checks the programme as it is published today against the checklist "
            "of THL's guide."
        )
    )
    for criterion in report.review:
        state = _("Met") if criterion.met else _("Not met")
        document.add_paragraph(f"{state}: {criterion.label}", style="List Bullet")
        for item in criterion.missing:
            document.add_paragraph(str(item), style="List Bullet 2")

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
