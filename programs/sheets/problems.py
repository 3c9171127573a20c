"""What is wrong with an upload, said so that an editor finds the cell in their spreadsheet."""

from dataclasses import dataclass

from django.utils.translation import gettext as _


class UploadRefused(Exception):
    """The file as a whole cannot be used; nothing in it is read."""


@dataclass(frozen=True)
class Problem:
    sheet: str  # the sheet's name in the file (or the CSV file's name)
    row: int | None = None
    column: str = ""  # the column letter, as the spreadsheet shows it
    message: str = ""
    header: str = ""  # the column's header text, when known

    @property
    def place(self):
        parts = [_("Sheet “%(sheet)s”") % {"sheet": self.sheet}]
        if self.row:
            parts.append(_("row %(row)s") % {"row": self.row})
        if self.column and self.header:
            parts.append(
                _("column %(column)s “%(header)s”") % {"column": self.column, "header": self.header}
            )
        elif self.column:
            parts.append(_("column %(column)s") % {"column": self.column})
        return ", ".join(parts)

    def __str__(self):
        return f"{self.place}: {self.message}"
