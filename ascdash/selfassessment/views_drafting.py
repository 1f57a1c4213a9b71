"""Writing a draft: statements (by their leads), comments, leads, new versions, revisions, endorsement, import."""
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from core.permissions import perm

from . import access, selectors, services
from .forms import CommentForm, EndorseForm, ImportForm, LeadForm, SectionForm, VersionForm
from .importing import create_from_import
from .models import Lead, Section, Version
from .validation import validation_report
from .views import can_work, crumbs, readable

can_administer = permission_required(perm("administer"), raise_exception=True)


@can_work
@require_http_methods(["GET", "POST"])
def section_edit(request, pk, slug):
    section = get_object_or_404(Section.objects.select_related("version", "statement__theme"), version_id=pk,
                                statement__slug=slug)
    if not access.may_edit_section(request.user, section, access.led_statement_ids(request.user, section.version)):
        raise PermissionDenied
    form = SectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        text = {name: form.cleaned_data[name] for name, _ in Section.HEADINGS}
        services.update_section(section, request.user, form.cleaned_data["actions"], **text)
        messages.success(request, f"{section.statement.name} saved. The change is kept in the history.")
        return redirect(f"{selectors.version_url(section.version)}#statement-{slug}")
    return render(request, "selfassessment/section_edit.html", {
        "section": section, "version": section.version, "form": form,
        "crumbs": crumbs(section.version, (f"Edit {section.statement.name}", "")),
    })


@can_work
@require_http_methods(["GET", "POST"])
def comments(request, pk):
    version = readable(request, pk)
    may_comment = access.may_comment(request.user, version)
    initial = {"contributor": request.user.get_full_name(), "statement": request.GET.get("statement")}
    form = CommentForm(request.POST or None, initial=initial) if may_comment else None
    if request.method == "POST":
        if not may_comment:
            raise PermissionDenied
        if form.is_valid():
            services.add_comment(version, request.user, **form.cleaned_data)
            messages.success(request, "Comment added.")
            return redirect("selfassessment:comments", pk=version.pk)
    return render(request, "selfassessment/comments.html", {
        "version": version, "groups": selectors.comments_by_statement(version), "form": form,
        "crumbs": crumbs(version, ("Comments", "")),
    })


@can_administer
@require_http_methods(["GET", "POST"])
def leads(request, pk):
    version = readable(request, pk)
    form = LeadForm(request.POST or None) if version.is_draft else None
    if request.method == "POST" and form is not None and form.is_valid():
        services.add_lead(version, request.user, form.cleaned_data["user"], **form.lead_target())
        messages.success(request, "Lead added.")
        return redirect("selfassessment:leads", pk=version.pk)
    return render(request, "selfassessment/leads.html", {
        "version": version, "form": form,
        "leads": version.leads.select_related("user", "theme", "statement").order_by("theme__number", "statement__number"),
        "crumbs": crumbs(version, ("Leads", "")),
    })


@can_administer
@require_POST
def lead_remove(request, pk, lead_pk):
    lead = get_object_or_404(Lead, pk=lead_pk, version_id=pk, version__status=Version.DRAFT)
    services.remove_lead(lead, request.user)
    messages.success(request, "Lead removed.")
    return redirect("selfassessment:leads", pk=pk)


@can_administer
@require_http_methods(["GET", "POST"])
def new_version(request, pk=None):
    """A blank draft, or (with pk) a revision that starts as a copy of that version."""
    source = readable(request, pk) if pk else None
    form = VersionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if source:
            version = services.create_revision(source, form.cleaned_data["title"], form.cleaned_data["as_at"],
                                               request.user)
        else:
            version = services.create_version(form.cleaned_data["title"], form.cleaned_data["as_at"], request.user)
        messages.success(request, f"{version.title} created as a draft.")
        return redirect(selectors.version_url(version))
    return render(request, "selfassessment/version_form.html", {
        "form": form, "source": source, "crumbs": crumbs(source, ("Revise" if source else "New version", "")),
    })


@can_administer
@require_http_methods(["GET", "POST"])
def endorse(request, pk):
    version = readable(request, pk)
    if not version.is_draft:
        raise PermissionDenied
    form = EndorseForm(request.POST or None, version=version)
    if request.method == "POST" and form.is_valid():
        services.endorse(version, form.cleaned_data["endorsed_by"], form.cleaned_data["endorsed_on"], request.user)
        messages.success(request, f"{version.title} is endorsed. Its figures are now fixed as they stand.")
        return redirect(selectors.version_url(version))
    return render(request, "selfassessment/endorse.html", {
        "version": version, "form": form, "report": validation_report(version),
        "crumbs": crumbs(version, ("Endorse", "")),
    })


@can_administer
@require_http_methods(["GET", "POST"])
def import_word(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        version = create_from_import(form.parsed, form.cleaned_data["title"], form.cleaned_data["as_at"],
                                     request.user, form.data_bytes, form.cleaned_data["file"].name)
        messages.success(request, f"{version.title} imported as a draft. Check what was read below.")
        return redirect(selectors.version_url(version))
    return render(request, "selfassessment/import.html", {"form": form, "crumbs": crumbs(None, ("Import", ""))})
