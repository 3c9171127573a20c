from django import forms
from django.utils.translation import gettext_lazy as _

from .columns import SHEETS
from .reading import MAX_UPLOAD_BYTES


class SheetUploadForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet file"))
    sheet = forms.ChoiceField(
        label=_("Sheet of a single CSV file"),
        required=False,
        choices=[("", _("All sheets (workbook or zip)"))]
        + [(sheet.key, sheet.label) for sheet in SHEETS],
        help_text=_("The other sheets stay as they are."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, in the admin's language, not once at import.
        self.fields["file"].help_text = _(
            "An .xlsx workbook or a .zip of .csv files downloaded from this page, or one .csv "
            "file (then choose its sheet below). At most %(megabytes)s MB."
        ) % {"megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)}
