"""Templates, upload, preview, confirm/restore/discard, history and data quality.

Thin: the work is in metrics.services.uploads (writes) and metrics.selectors.uploads (reads).
"""
import re

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from core.files import FileRefused, Limits, megabytes
from core.periods import Period
from core.permissions import perm
from core.xlsx import error_report_workbook, workbook_response

from ..models import Team, Upload
from ..returns import RETURNS, get_return
from ..returns.template_workbook import template_workbook
from ..selectors import uploads as selectors
from ..services import uploads as services
from ..tables import STATUS_TAGS, UploadTable

upload_permission = permission_required(perm("upload_returns"), raise_exception=True)
quality_permission = permission_required(perm("view_data_quality"), raise_exception=True)



class UploadForm(forms.Form):
    return_type = forms.ChoiceField(label="Return", choices=selectors.return_choices)
    period = forms.CharField(
        label="Month the return is for", help_text="As YYYY-MM, for example 2026-09.",
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "YYYY-MM"}),
    )
    file = forms.FileField(label="Spreadsheet (.xlsx or .csv)", help_text="Up to the size limit shown above.")

    def clean_period(self):
        text = self.cleaned_data["period"].strip()
        if not re.fullmatch(r"\d{4}-\d{2}", text):
            raise forms.ValidationError("Enter the month as YYYY-MM, for example 2026-09.")
        try:
            period = Period.parse(text)
        except ValueError:
            raise forms.ValidationError("Enter a real month as YYYY-MM, for example 2026-09.")
        today = timezone.localdate()
        if period.start > today.replace(day=1):
            raise forms.ValidationError("The month cannot be in the future.")
        return period

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            Limits.from_settings().check_size(uploaded.size)
        except FileRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return uploaded


def crumbs(*pairs):
    return [("Uploads", reverse("metrics:uploads")), *pairs]


@upload_permission
def uploads(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    identical = None
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            upload = services.submit_upload(
                form.cleaned_data["return_type"], form.cleaned_data["period"], uploaded.read(), uploaded.name,
                request.user,
            )
        except FileRefused as problem:
            form.add_error("file", str(problem))
        except services.IdenticalUpload as duplicate:
            form.add_error("file", str(duplicate))
            identical = duplicate.upload
        else:
            return redirect("metrics:upload_preview", pk=upload.pk)
    context = {
        "form": form,
        "identical": identical,
        "returns": list(RETURNS.values()),
        "recent": UploadTable(selectors.upload_history(limit=10), caption="The 10 most recent uploads"),
        "max_size": megabytes(Limits.from_settings().max_bytes),
        "crumbs": [("Uploads", "")],
    }
    return render(request, "metrics/uploads/index.html", context)


@upload_permission
def upload_template(request, return_code):
    if return_code not in RETURNS:
        raise Http404("No such return")
    spec = get_return(return_code)
    team_names = Team.objects.filter(active=True).values_list("name", flat=True)
    return workbook_response(template_workbook(spec, team_names), f"ascdash-{spec.code}-template.xlsx")


@upload_permission
def upload_preview(request, pk):
    try:
        upload, first_messages = selectors.upload_preview(pk)
    except Upload.DoesNotExist:
        raise Http404("No such upload")
    context = {
        "upload": upload,
        "spec": get_return(upload.return_type),
        "period": Period.month(upload.period_start.year, upload.period_start.month),
        "first_messages": first_messages,
        "rows_passed": upload.rows_total - upload.rows_failed,
        "message_total": upload.error_count + upload.warning_count,
        "events": selectors.upload_events(upload),
        "status_tag": STATUS_TAGS[upload.status],
        "current": selectors.current_upload(upload.return_type, upload.period_start),
        "crumbs": crumbs((f"Upload {upload.pk}", "")),
    }
    return render(request, "metrics/uploads/preview.html", context)


def _change_status(request, pk, action, done):
    get_object_or_404(Upload, pk=pk)
    try:
        action(pk, request.user)
    except services.UploadStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("metrics:upload_preview", pk=pk)


@require_POST
@upload_permission
def upload_confirm(request, pk):
    return _change_status(request, pk, services.confirm_upload,
                          "Confirmed: this upload is now the current data for its return and month.")


@require_POST
@upload_permission
def upload_restore(request, pk):
    return _change_status(request, pk, services.restore_upload,
                          "Restored: this upload is the current data again; the one it replaced is kept as superseded.")


@require_POST
@upload_permission
def upload_discard(request, pk):
    return _change_status(request, pk, services.discard_upload, "Discarded: this upload will not be used.")


@upload_permission
def upload_report(request, pk):
    upload = get_object_or_404(Upload, pk=pk)
    workbook = error_report_workbook(selectors.error_report_rows(upload))
    filename = f"validation-report-{upload.return_type}-{upload.period_start:%Y-%m}-{upload.pk}.xlsx"
    return workbook_response(workbook, filename)


@upload_permission
def upload_file(request, pk):
    upload = get_object_or_404(Upload, pk=pk)
    return FileResponse(upload.file.open("rb"), as_attachment=True, filename=upload.original_name)


@upload_permission
def upload_history(request):
    return_code = request.GET.get("return", "")
    if return_code not in RETURNS:
        return_code = ""
    uploads = selectors.upload_history(return_code or None)
    context = {
        "uploads": uploads,
        "table": UploadTable(uploads, caption="Uploads, newest first"),
        "return_code": return_code,
        "return_choices": selectors.return_choices(),
        "limit": selectors.HISTORY_LIMIT,
        "crumbs": crumbs(("Upload history", "")),
    }
    return render(request, "metrics/uploads/history.html", context)


@quality_permission
def data_quality(request):
    return_code = request.GET.get("return", "waiting")
    if return_code not in RETURNS:
        return_code = "waiting"
    confirmed = selectors.confirmed_uploads(return_code)
    chosen = next((u for u in confirmed if f"{u.period_start:%Y-%m}" == request.GET.get("period")), None)
    chosen = chosen or (confirmed[0] if confirmed else None)
    context = {
        "return_code": return_code,
        "spec": get_return(return_code),
        "return_choices": selectors.return_choices(),
        "periods": [(f"{u.period_start:%Y-%m}", f"{u.period_start:%B %Y}") for u in confirmed],
        "chosen_period": f"{chosen.period_start:%Y-%m}" if chosen else "",
        "quality": selectors.data_quality(chosen) if chosen else None,
        "crumbs": crumbs(("Data quality", "")),
    }
    return render(request, "metrics/uploads/data_quality.html", context)
