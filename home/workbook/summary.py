"""Which domains need attention: the share of answers short of a clear yes, domains ranked."""

from dataclasses import dataclass

from .answers import NEEDS_ATTENTION, Answer


@dataclass(frozen=True)
class ResponseRow:
    question: object
    answer: str
    notes: str

    @property
    def answer_label(self):
        return Answer(self.answer).label if self.answer else ""


@dataclass(frozen=True)
class DomainSummary:
    domain: object
    rows: tuple  # every question with its response
    counts: dict  # answer value -> number of answers

    @property
    def answered(self):
        return sum(self.counts.values())

    @property
    def unanswered(self):
        return len(self.rows) - self.answered

    @property
    def attention_count(self):
        return sum(self.counts[answer] for answer in NEEDS_ATTENTION)

    @property
    def attention_percent(self):
        """Share of the answered questions that need attention; None before any answer."""
        if not self.answered:
            return None
        return round(100 * self.attention_count / self.answered)

    @property
    def attention_rows(self):
        return [row for row in self.rows if row.answer in NEEDS_ATTENTION]

    @property
    def answer_counts(self):
        """(label, count) in the answers' order, for the template."""
        return [(answer.label, self.counts[answer]) for answer in Answer]


def response_rows(domain, submission):
    responses = (submission.response(question.id) for question in domain.questions)
    return tuple(
        ResponseRow(question, response.answer, response.notes)
        for question, response in zip(domain.questions, responses, strict=True)
    )


def summarise(domains, submission):
    """Domain summaries, the one most in need of attention first; unanswered domains last."""
    summaries = []
    for domain in domains:
        rows = response_rows(domain, submission)
        counts = {answer: sum(row.answer == answer for row in rows) for answer in Answer}
        summaries.append(DomainSummary(domain=domain, rows=rows, counts=counts))
    order = {id(summary): index for index, summary in enumerate(summaries)}
    return sorted(
        summaries,
        key=lambda s: (
            s.attention_percent is None,
            -(s.attention_percent or 0),
            -s.attention_count,
            order[id(s)],
        ),
    )
