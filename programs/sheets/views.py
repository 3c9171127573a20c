"""Admin views: download a programme's sheets, upload them, preview the changes, confirm.

Only editors who may edit the programme reach these views; to anyone else the programme does not
exist (404), as in the explorer. The preview carries the new goals to the confirmation signed, with
the revision it was compared with: if the programme got a newer revision meanwhile, nothing is saved.
"""

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import ProgramPage
from .changes import ADDED, CHANGED, REMOVED, REORDERED, build_goals, compare
from .checks import check_upload
from .columns import SHEETS, SHEETS_BY_KEY
from .forms import SheetUploadForm
from .problems import UploadRefused
from .reading import read_upload
from .rows import programme_rows
from .saving import (
    NewerRevision,
    goals_json,
    is_synced_translation,
    latest_content,
    save_draft_for_review,
    with_goals,
)
from .writing import XLSX_CONTENT_TYPE, csv_file_name, csv_zip_bytes, sheet_csv, workbook_bytes

PLAN_SALT = "programs.sheets.plan"
PLAN_MAX_AGE = 2 * 60 * 60  # seconds between the preview and its confirmation


def admin_language():
    return (translation.get_language() or "fi").split("-")[0]


def editable_programme(request, page_id):
    page = get_object_or_404(ProgramPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise Http404
    return page


def download_links(page):
    url = reverse("programme_sheet_download", args=[page.pk])
    return {
        "xlsx": f"{url}?{urlencode({'format': 'xlsx'})}",
        "zip": f"{url}?{urlencode({'format': 'csv'})}",
        "sheets": [
            {
                "label": sheet.label,
                "url": f"{url}?{urlencode({'format': 'csv', 'sheet': sheet.key})}",
            }
            for sheet in SHEETS
        ],
    }


def download(request, page_id):
    """The newest revision's goals as XLSX (default), as a zip of CSV files, or one sheet as CSV."""
    page = editable_programme(request, page_id)
    content, revision_id = latest_content(page)
    rows, language = programme_rows(goals_json(content)), admin_language()
    file_format, sheet_key = request.GET.get("format", "xlsx"), request.GET.get("sheet", "")
    stamp = timezone.localdate().isoformat()
    if file_format == "xlsx" and not sheet_key:
        body = workbook_bytes(rows, language, page.pk, revision_id)
        content_type, name = XLSX_CONTENT_TYPE, f"{page.slug}-{stamp}.xlsx"
    elif file_format == "csv" and not sheet_key:
        body = csv_zip_bytes(rows, language)
        content_type, name = "application/zip", f"{page.slug}-{stamp}-csv.zip"
    elif file_format == "csv" and sheet_key in SHEETS_BY_KEY:
        sheet = SHEETS_BY_KEY[sheet_key]
        body = sheet_csv(sheet, rows, language)
        content_type, name = "text/csv; charset=utf-8", f"{page.slug}-{csv_file_name(sheet)}"
    else:
        return HttpResponse(
            _("Choose format=xlsx, format=csv or format=csv with sheet=%(sheets)s.")
            % {"sheets": "|".join(SHEETS_BY_KEY)},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    response["Cache-Control"] = "private, no-store"
    return response


class SheetView(WagtailAdminTemplateMixin, TemplateView):
    """The upload form with the download links; a POST answers with the preview or the problems."""

    template_name = "programs/sheets/upload.html"
    page_title = gettext_lazy("Import from a spreadsheet")
    header_icon = "table"

    def dispatch(self, request, page_id):
        self.page = editable_programme(request, page_id)
        self.is_translation = is_synced_translation(self.page)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", SheetUploadForm())
        context.update(
            programme=self.page,
            is_translation=self.is_translation,
            translation_notice=translation_refusal() if self.is_translation else "",
            links=download_links(self.page),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context

    def refuse(self, status, **context):
        return self.render_to_response(self.get_context_data(**context), status=status)

    def lock_message(self):
        """Why the user may not change the page now (e.g. it waits in review), if so."""
        lock = self.page.get_lock()
        if lock and lock.for_user(self.request.user):
            return str(lock.get_message(self.request.user))
        return ""

    def post(self, request, page_id):
        if self.is_translation:
            return self.refuse(400, refused=translation_refusal())
        if locked := self.lock_message():
            return self.refuse(409, refused=locked)
        form = SheetUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.refuse(400, form=form)
        single = SHEETS_BY_KEY.get(form.cleaned_data["sheet"])
        try:
            upload = read_upload(form.cleaned_data["file"], single_sheet=single)
        except UploadRefused as refusal:
            return self.refuse(400, form=form, refused=str(refusal))
        if upload.page_id and upload.page_id != str(self.page.pk):
            return self.refuse(
                400,
                form=form,
                refused=_("This workbook was downloaded from another programme."),
            )
        content, revision_id = latest_content(self.page)
        goals_raw, language = goals_json(content), admin_language()
        current = programme_rows(goals_raw)
        rows, problems = check_upload(upload, current, language)
        if problems:
            return self.refuse(400, form=form, problems=problems)
        changes = compare(current, rows, language)
        stream_block = type(content)._meta.get_field("goals").stream_block
        new_goals = build_goals(goals_raw, current, rows, stream_block, timezone.localdate())
        try:
            with_goals(content, new_goals).full_clean()
        except ValidationError as error:
            return self.refuse(400, form=form, refused=" ".join(error.messages))
        plan = signing.dumps(
            {
                "page": self.page.pk,
                "user": request.user.pk,
                "revision": revision_id,
                "goals": new_goals,
            },
            salt=PLAN_SALT,
            compress=True,
        )
        return self.render_to_response(
            self.get_context_data(
                form=form,
                preview=True,
                plan=plan if changes else "",
                changes=changes,
                summary=_summary(changes),
                groups=_grouped(changes),
                stale=bool(upload.revision_id) and upload.revision_id != str(revision_id or ""),
                confirm_url=reverse("programme_sheet_confirm", args=[self.page.pk]),
            )
        )


def translation_refusal():
    return _(
        "This page is a translation that follows its Finnish source page. Upload the sheets to "
        "the Finnish programme; Swedish and English get the changed figures when translations "
        "are synced, and changed texts wait for a translator."
    )


def _summary(changes):
    counts = {
        kind: sum(1 for change in changes if change.kind == kind)
        for kind in (ADDED, CHANGED, REMOVED, REORDERED)
    }
    return counts


def _grouped(changes):
    return [
        {"sheet": sheet, "changes": [change for change in changes if change.sheet == sheet.key]}
        for sheet in SHEETS
        if any(change.sheet == sheet.key for change in changes)
    ]


class ConfirmView(SheetView):
    http_method_names = ["post"]

    def post(self, request, page_id):
        if self.is_translation:
            return self.refuse(400, refused=translation_refusal())
        try:
            plan = signing.loads(request.POST.get("plan", ""), salt=PLAN_SALT, max_age=PLAN_MAX_AGE)
        except signing.BadSignature:
            return self.refuse(
                400, refused=_("This preview has expired or is not valid. Upload the file again.")
            )
        if plan.get("page") != self.page.pk or plan.get("user") != request.user.pk:
            return self.refuse(400, refused=_("This preview belongs to another programme or user."))
        if locked := self.lock_message():
            return self.refuse(409, refused=locked)
        try:
            save_draft_for_review(self.page, plan["goals"], request.user, plan["revision"])
        except NewerRevision as newer:
            return self.refuse(409, refused=newer_revision_message(newer.revision))
        except ValidationError as error:
            return self.refuse(400, refused=" ".join(error.messages))
        messages.success(
            request,
            _(
                "The changes from the spreadsheet were saved as a new draft of “%(title)s” and "
                "sent to review. They are published when a moderator approves them."
            )
            % {"title": self.page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)


def newer_revision_message(revision):
    who = (
        revision.user.get_full_name() or revision.user.get_username()
        if revision.user
        else _("someone")
    )
    return _(
        "Nothing was saved: %(who)s saved the programme at %(time)s, after your preview. Upload "
        "your file again to see what it would change now."
    ) % {
        "who": who,
        "time": formats.date_format(
            timezone.localtime(revision.created_at), "SHORT_DATETIME_FORMAT"
        ),
    }
