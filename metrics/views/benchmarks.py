"""Administrators import national figures and comparator groups (/indicators/benchmarks/)."""
from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.urls import reverse

from core.files import FileRefused
from core.permissions import perm

from ..forms import BenchmarkImportForm, ComparatorImportForm
from ..services.benchmarks import (
    import_benchmarks,
    import_comparator_groups,
    read_comparator_groups,
)


@permission_required(perm("administer"), raise_exception=True)
def benchmark_import(request):
    benchmark_form = BenchmarkImportForm(prefix="benchmarks")
    comparator_form = ComparatorImportForm(prefix="comparators")
    result = comparators = None
    if request.method == "POST" and "benchmarks-file" in request.FILES:
        benchmark_form = BenchmarkImportForm(request.POST, request.FILES, prefix="benchmarks")
        if benchmark_form.is_valid():
            upload = benchmark_form.cleaned_data["file"]
            try:
                result = import_benchmarks(upload, name=upload.name, year=benchmark_form.cleaned_data["year"])
            except FileRefused as error:
                benchmark_form.add_error("file", str(error))
    elif request.method == "POST":
        comparator_form = ComparatorImportForm(request.POST, request.FILES, prefix="comparators")
        if comparator_form.is_valid():
            upload = comparator_form.cleaned_data["file"]
            try:
                groups = read_comparator_groups(upload, name=upload.name)
                comparators = import_comparator_groups(
                    groups, comparator_form.cleaned_data["kind"], comparator_form.cleaned_data["name"] or None)
            except FileRefused as error:
                comparator_form.add_error("file", str(error))
    forms_with_errors = [form for form in (benchmark_form, comparator_form) if form.errors]
    return render(request, "metrics/indicators/benchmark_import.html", {
        "benchmark_form": benchmark_form, "comparator_form": comparator_form, "result": result,
        "comparators": comparators, "forms_with_errors": forms_with_errors,
        "crumbs": [("Indicators", reverse("metrics:indicators")),
                   ("Import national figures", "")],
    })
