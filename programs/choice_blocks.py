"""Choice blocks for choices fixed in code (programs/choices.py), read by one dictionary lookup.

Wagtail's choice blocks rebuild their choice list from a callable and walk it for every value they
read from the database or give to the search index. A programme holds hundreds of such values
(each measure's target groups and update statuses), and those walks were the largest part of
reading its goals. Stored values, migrations and forms are Wagtail's own.
"""

from django.utils.encoding import force_str
from django.utils.functional import cached_property
from wagtail import blocks


class FixedChoices:
    @cached_property
    def _choices_by_text(self):
        # The labels stay lazy, so each lookup gives the label in the active language.
        return {force_str(key): (key, label) for key, label in self.field.choices}

    def normalize_choice(self, value):
        if value is None:
            return None
        found = self._choices_by_text.get(force_str(value))
        return value if found is None else found[0]


class ChoiceBlock(FixedChoices, blocks.ChoiceBlock):
    def get_searchable_content(self, value):
        if not self.search_index:
            return []
        found = self._choices_by_text.get(force_str(value))
        return [] if found is None else [force_str(found[1])]


class MultipleChoiceBlock(FixedChoices, blocks.MultipleChoiceBlock):
    pass
