"""API representations shared by the programme endpoints."""

from django.urls import reverse
from django.utils import translation
from rest_framework import serializers

# What a programme, measure or indicator shows of its organisation (also read as columns: api.py).
ORGANISATION_SUMMARY = ("id", "title", "slug", "organisation_type", "region", "official_code")


class OrganisationSummaryField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, organisation):
        return {name: getattr(organisation, name) for name in ORGANISATION_SUMMARY}


class ReviewField(serializers.Field):
    """The completeness review, with labels in the programme's own language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, programme):
        with translation.override(programme.locale.language_code):
            criteria = [criterion.as_dict() for criterion in programme.review]
        return {"all_met": all(c["met"] for c in criteria), "criteria": criteria}


class LanguageCodeField(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, locale):
        return locale.language_code


class GuidingQuestionsField(serializers.Field):
    """A domain's questions as `id`, `text`, `theme`, `audience`; the id is the same in every language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, questions):
        return [
            {"id": block.id, **block.block.get_api_representation(block.value)}
            for block in questions
        ]


class ProgrammeSummaryField(serializers.Field):
    """The live programme a measure or indicator belongs to: id, title and public URL."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, programme):
        return {
            "id": programme.pk,
            "title": programme.title,
            "slug": programme.slug,
            "html_url": programme.get_full_url(self.context.get("request")),
        }


class GoalSummaryField(serializers.Field):
    """The goal an item serves; `id` is the goal's block id, the same in every language."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, record):
        return record.goal


class ObservationsField(serializers.Field):
    """Observations as `[{"date": "YYYY-MM-DD", "value": number}]`, oldest first."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, observations):
        return sorted(observations, key=lambda observation: observation["date"])


class UpdatesField(ObservationsField):
    """A measure's progress updates as `[{"date", "status", "progress", "note"}]`, oldest first."""


class AnnualReportsField(serializers.Field):
    """Every year's annual report: the year and absolute addresses of its page, PDF, DOCX and JSON."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, programme):
        request = self.context.get("request")
        absolute = request.build_absolute_uri if request else (lambda url: url)
        return [
            {
                "year": link["year"],
                "html_url": absolute(link["url"]),
                "pdf_url": absolute(link["pdf"]),
                "docx_url": absolute(link["docx"]),
                "api_url": absolute(
                    reverse(
                        "wagtailapi:programmes:annual_report",
                        kwargs={"pk": programme.pk, "year": link["year"]},
                    )
                ),
            }
            for link in programme.annual_report_links(request)
        ]
