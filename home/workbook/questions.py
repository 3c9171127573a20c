"""The workbook's questions: the guiding questions of the three domains, in the page's language."""

from dataclasses import dataclass

from programs.models import ParticipationDomain


@dataclass(frozen=True)
class Question:
    # The StreamField block id: the same in every language, so answers survive a language switch.
    id: str
    number: int
    text: str


@dataclass(frozen=True)
class DomainQuestions:
    key: str
    name: str
    description: str
    questions: tuple[Question, ...]


def workbook_domains(locale):
    """The domains of `locale` in their order, each with its numbered questions."""
    return [
        DomainQuestions(
            key=domain.key,
            name=domain.name,
            description=domain.description,
            questions=tuple(
                Question(id=block.id, number=number, text=block.value["text"])
                for number, block in enumerate(domain.questions, start=1)
            ),
        )
        for domain in ParticipationDomain.objects.filter(locale=locale).order_by("sort_order", "pk")
    ]
