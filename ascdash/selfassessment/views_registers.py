"""The evidence and quotes registers of a version: lists, add, change, remove, and evidence files."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import access, selectors, services
from .forms import EvidenceForm, QuoteForm
from .models import EvidenceItem, Quote
from .validation import review_reference_date
from .views import can_work, crumbs, readable

REGISTERS = {  # (model, form, title, what adding one is called)
    "evidence": (EvidenceItem, EvidenceForm, "Evidence register", "Add an evidence item"),
    "quotes": (Quote, QuoteForm, "Quotes register", "Add a quote"),
}


def editable_version(request, pk):
    version = readable(request, pk)
    if not access.may_edit_registers(request.user, version, access.led_statement_ids(request.user, version)):
        raise PermissionDenied
    return version


@can_work
@require_GET
def register(request, pk, register):
    version = readable(request, pk)
    model, _, title, add = REGISTERS[register]
    on = review_reference_date(version)
    rows = selectors.register_rows(model.objects.filter(version=version).prefetch_related("statements"), on)
    return render(request, "selfassessment/register.html", {
        "table": f"selfassessment/includes/{register}_table.html",
        "version": version, "rows": rows, "title": title, "add": add, "register": register, "on": on,
        "may_edit": access.may_edit_registers(request.user, version, access.led_statement_ids(request.user, version)),
        "crumbs": crumbs(version, (title, "")),
    })


@can_work
@require_http_methods(["GET", "POST"])
def item_form(request, pk, register, item_pk=None):
    version = editable_version(request, pk)
    model, form_class, title, add = REGISTERS[register]
    item = get_object_or_404(model, pk=item_pk, version=version) if item_pk else model(version=version)
    form = form_class(request.POST or None, request.FILES or None, instance=item, version=version)
    if request.method == "POST" and form.is_valid():
        saved = services.save_register_item(form.save(commit=False), form.cleaned_data["statements"], request.user,
                                            form.cleaned_data.get("upload"))
        messages.success(request, f"{saved.ref} saved.")
        return redirect(selectors.register_url(version, register))
    return render(request, "selfassessment/item_form.html", {
        "version": version, "form": form, "item": item if item_pk else None, "register": register,
        "heading": f"Change {item.ref}" if item_pk else add,
        "crumbs": crumbs(version, (title, selectors.register_url(version, register)),
                         (f"Change {item.ref}" if item_pk else add, "")),
    })


@can_work
@require_POST
def item_remove(request, pk, register, item_pk):
    version = editable_version(request, pk)
    item = get_object_or_404(REGISTERS[register][0], pk=item_pk, version=version)
    services.remove_register_item(item, request.user)
    messages.success(request, f"{item.ref} removed. The history keeps a record of it.")
    return redirect(selectors.register_url(version, register))


@can_work
@require_GET
def evidence_file(request, pk, item_pk):
    version = readable(request, pk)
    item = get_object_or_404(EvidenceItem, pk=item_pk, version=version)
    if not item.file:
        raise Http404("This item has no file")
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.file_name or "evidence",
                        content_type="application/octet-stream")
