"""Body blocks for the home, content and guide pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"

    def volto_blocks(self, value, blocks):
        blocks.heading(value["text"])


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Task")), label=_("Tasks"))

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "home/blocks/checklist.html"

    def volto_blocks(self, value, blocks):
        blocks.heading(value["title"], level=3)
        blocks.list(value["items"])


class KeyPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    items = blocks.ListBlock(KeyPointBlock(), label=_("Points"))

    class Meta:
        icon = "list-ol"
        label = _("Key points")
        template = "home/blocks/key_points.html"

    def volto_blocks(self, value, blocks):
        blocks.heading(value["title"], level=3)
        blocks.list(
            [[blocks.strong(item["title"]), f": {item['text']}"] for item in value["items"]]
        )


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=[("tip", _("Tip")), ("note", _("Note"))], default="tip")
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "home/blocks/callout.html"

    def volto_blocks(self, value, blocks):
        kind = _("Tip") if value["kind"] == "tip" else _("Note")
        blocks.paragraph([blocks.strong(f"{kind}: {value['title']}")])
        blocks.paragraph(value["text"])


class QuestionSetBlock(blocks.StructBlock):
    domain = SnippetChooserBlock("programs.ParticipationDomain", label=_("Domain of participation"))

    class Meta:
        icon = "help"
        label = _("Guiding questions of a domain")
        template = "home/blocks/question_set.html"

    def volto_blocks(self, value, blocks):
        domain = value["domain"]
        blocks.heading(domain.name, level=3)
        blocks.paragraph(domain.description)
        blocks.list([self._question(question.value) for question in domain.questions], ordered=True)

    @staticmethod
    def _question(question):
        if question["audience"] == "everyone":
            return question["text"]
        return f"{question['text']} ({question.audience_label()})"

    def get_api_representation(self, value, context=None):
        domain = value["domain"]
        return {
            "domain": domain.key,
            "name": domain.name,
            "questions": [
                {"id": block.id, **block.block.get_api_representation(block.value)}
                for block in domain.questions
            ],
        }


class ResourceLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "link"
        label = _("Resource link")
        template = "home/blocks/resource_link.html"

    def volto_blocks(self, value, blocks):
        description = f"\n{value['description']}" if value["description"] else ""
        blocks.paragraph([blocks.link(value["title"], value["url"]), description])


class AccessibilitySupervisorBlock(blocks.StaticBlock):
    """Whom a resident can turn to about accessibility, as the central team keeps it up to date
    (the AccessibilitySupervisor snippet in the page's language)."""

    class Meta:
        icon = "warning"
        label = _("Accessibility supervisor")
        admin_text = _("Shows the accessibility supervisor and its contact details (Snippets).")
        template = "home/blocks/accessibility_supervisor.html"

    def supervisor(self, page=None):
        from .models import AccessibilitySupervisor

        return AccessibilitySupervisor.for_locale(page.locale if page else None)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["supervisor"] = self.supervisor((parent_context or {}).get("page"))
        return context

    def get_api_representation(self, value, context=None):
        supervisor = self.supervisor()
        if supervisor is None:
            return None
        fields = ("name", "unit", "guidance", "email", "phone", "website")
        return {field: getattr(supervisor, field) for field in fields}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Paragraph"), template="home/blocks/paragraph.html"
    )
    checklist = ChecklistBlock()
    key_points = KeyPointsBlock()
    callout = CalloutBlock()
    question_set = QuestionSetBlock()
    resource_link = ResourceLinkBlock()
    accessibility_supervisor = AccessibilitySupervisorBlock()
