"""StreamField blocks of the programme domain: guiding questions, group, needs, goals, links."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from . import progress as progress_rules
from .choice_blocks import ChoiceBlock, MultipleChoiceBlock
from .choices import (
    Domain,
    KnownIndicator,
    LinkKind,
    MeasureStatus,
    NeedMethod,
    QuestionAudience,
    QuestionTheme,
    TargetGroup,
    Voice,
    vulnerable_target_group_labels,
)
from .local_input import LocalizedDateBlock, LocalizedFloatBlock


def add_label(text):
    """Names the add buttons of a list in the editor (programs/static/programs/js/add_labels.js);
    Wagtail shows only a ⊕ titled "Add"."""
    return {"data-add-label": text}


class GuidingQuestionValue(blocks.StructValue):
    def theme_label(self):
        return QuestionTheme(self["theme"]).label

    def audience_label(self):
        return QuestionAudience(self["audience"]).label


class GuidingQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    theme = ChoiceBlock(choices=QuestionTheme.choices, default=QuestionTheme.GENERAL)
    audience = ChoiceBlock(choices=QuestionAudience.choices, default=QuestionAudience.EVERYONE)

    class Meta:
        icon = "help"
        label = _("Guiding question")
        value_class = GuidingQuestionValue

    def get_api_representation(self, value, context=None):
        return {"text": value["text"], "theme": value["theme"], "audience": value["audience"]}


class GroupMemberBlock(blocks.StructBlock):
    voice = ChoiceBlock(
        choices=Voice.choices,
        help_text=_("Which of the nine voices of a participation group these members bring."),
    )
    members = blocks.TextBlock(
        label=_("Members"),
        help_text=_(
            "Who represents this voice, e.g. organisations or roles. Avoid private persons' names."
        ),
    )

    class Meta:
        icon = "group"
        label = _("Group members")


class NeedBlock(blocks.StructBlock):
    domain = ChoiceBlock(choices=Domain.choices, label=_("Domain of participation"))
    method = ChoiceBlock(choices=NeedMethod.choices, label=_("How the need was found"))
    text = blocks.TextBlock(label=_("Need"))

    class Meta:
        icon = "search"
        label = _("Need")


class MeasureUpdateBlock(blocks.StructBlock):
    """Where a measure stood on a date. The latest update is the measure's current state."""

    date = LocalizedDateBlock(label=_("Date"))
    status = ChoiceBlock(
        choices=MeasureStatus.choices, default=MeasureStatus.PLANNED, label=_("Status")
    )
    progress = blocks.IntegerBlock(
        min_value=0,
        max_value=100,
        default=0,
        label=_("Progress (%)"),
        help_text=_("From 0 to 100."),
    )
    note = blocks.TextBlock(
        required=False,
        label=pgettext_lazy("progress update", "Note"),
        help_text=_("What was done or what changed, in a sentence or two."),
    )

    class Meta:
        icon = "date"
        label = _("Progress update")


class MeasureValue(blocks.StructValue):
    """A measure's current status and progress are those of its latest dated update."""

    @property
    def timeline(self):
        return progress_rules.timeline(self["updates"])

    @property
    def latest_update(self):
        return progress_rules.state_on(self["updates"])

    @property
    def status(self):
        return progress_rules.status_of(self.latest_update)

    @property
    def progress(self):
        return progress_rules.progress_of(self.latest_update)


class MeasureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Measure"))
    description = blocks.TextBlock(required=False, label=_("Description"))
    responsible = blocks.CharBlock(
        required=False,
        label=_("Responsible"),
        help_text=_("The unit or role that answers for this measure."),
    )
    target_groups = MultipleChoiceBlock(
        choices=TargetGroup.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Target groups"),
        help_text=format_lazy(
            _(
                "Whom the measure reaches. Groups in a weak position: {groups}. Tick them when "
                "the measure reaches them."
            ),
            groups=vulnerable_target_group_labels(),
        ),
    )
    resources = blocks.TextBlock(required=False, label=_("Resources"))
    schedule = blocks.CharBlock(required=False, label=_("Schedule"))
    due_date = LocalizedDateBlock(
        required=False,
        label=_("Due date"),
        help_text=_(
            "When the measure should be done. The annual report lists unfinished measures "
            "past this date as behind schedule."
        ),
    )
    updates = blocks.ListBlock(
        MeasureUpdateBlock(),
        default=[],
        label=_("Progress updates"),
        help_text=_(
            "Add an update whenever the status or progress changes. The latest update is "
            "shown as the measure's current status."
        ),
    )

    class Meta:
        icon = "tick"
        label = _("Measure")
        value_class = MeasureValue

    def clean(self, value):
        value = super().clean(value)
        dates = [update["date"] for update in value["updates"]]
        if len(dates) != len(set(dates)):
            raise StructBlockValidationError(
                block_errors={"updates": ValidationError(_("Each update needs its own date."))}
            )
        return value

    # `status` and `progress` stay in the JSON: clients read the current state without the history.
    computed_api_properties = {
        "status": {"enum": MeasureStatus.values},
        "progress": {"type": "integer", "minimum": 0, "maximum": 100},
    }

    def get_api_representation(self, value, context=None):
        return {
            **super().get_api_representation(value, context),
            "status": value.status,
            "progress": value.progress,
        }


class ObservationBlock(blocks.StructBlock):
    date = LocalizedDateBlock(label=_("Date"))
    value = LocalizedFloatBlock(label=_("Value"))

    class Meta:
        icon = "date"
        label = _("Measurement")


class IndicatorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Indicator"))
    known_indicator = ChoiceBlock(
        choices=KnownIndicator.choices,
        required=False,
        label=_("Known indicator"),
        help_text=_("Choose THL's participation indicator when you measure with it."),
    )
    unit = blocks.CharBlock(required=False, label=_("Unit"))
    baseline = LocalizedFloatBlock(required=False, label=_("Baseline"))
    target = LocalizedFloatBlock(required=False, label=_("Target"))
    observations = blocks.ListBlock(
        ObservationBlock(),
        default=[],
        label=_("Observations"),
        form_attrs=add_label(_("Add measurement")),
    )

    class Meta:
        icon = "view"
        label = _("Indicator")

    def clean(self, value):
        value = super().clean(value)
        dates = [observation["date"] for observation in value["observations"]]
        if len(dates) != len(set(dates)):
            raise StructBlockValidationError(
                block_errors={
                    "observations": ValidationError(_("Each observation needs its own date."))
                }
            )
        return value


def goal_date_error(goal, listed, item, dated, entry, message):
    """A `goals` error that the editor shows at one date: that of the `entry`th of the `dated`
    list ("observations", "updates") of the `item`th of the goal's `listed` list ("indicators",
    "measures"). Read as text (the spreadsheet import), the error is `message`."""
    at_date = StructBlockValidationError(block_errors={"date": ValidationError(message)})
    at_entry = ListBlockValidationError(block_errors={entry: at_date})
    at_item = ListBlockValidationError(
        block_errors={item: StructBlockValidationError(block_errors={dated: at_entry})}
    )
    error = StreamBlockValidationError(
        block_errors={goal: StructBlockValidationError(block_errors={listed: at_item})}
    )
    error.message = message
    return error


class GoalValue(blocks.StructValue):
    @property
    def progress(self):
        return progress_rules.goal_progress(self["measures"])


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Goal"))
    description = blocks.TextBlock(required=False, label=_("Target result"))
    measures = blocks.ListBlock(
        MeasureBlock(), default=[], label=_("Measures"), form_attrs=add_label(_("Add measure"))
    )
    indicators = blocks.ListBlock(
        IndicatorBlock(),
        default=[],
        label=_("Indicators"),
        form_attrs=add_label(_("Add indicator")),
    )

    class Meta:
        icon = "pick"
        label = _("Goal")
        value_class = GoalValue

    computed_api_properties = {
        "progress": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
    }

    def get_api_representation(self, value, context=None):
        return {**super().get_api_representation(value, context), "progress": value.progress}


class LinkBlock(blocks.StructBlock):
    kind = ChoiceBlock(choices=LinkKind.choices, default=LinkKind.WELFARE_REPORT)
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


class AnnualCommentaryBlock(blocks.StructBlock):
    year = blocks.IntegerBlock(min_value=1990, max_value=2100, label=_("Year"))
    text = blocks.TextBlock(
        label=_("Commentary"),
        help_text=_(
            "The editors' own view of the year for the annual follow-up report: what went well, "
            "what was hard and what changes next."
        ),
    )

    class Meta:
        icon = "openquote"
        label = _("Commentary on a year")
