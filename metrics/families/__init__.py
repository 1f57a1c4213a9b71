"""Return and indicator families, one package each, registered in FAMILIES.

A family package holds everything about one return or group of indicators: the return's codes, columns and
rules (columns.py), its record model (records.py, app label `metrics`), its calculators (calculators.py,
pandas in, figures out), its indicator definitions (indicators.json) and, in its __init__, the FAMILY
declaration (metrics.families.base.Family) that says how they fit together. Upload templates and choices,
validation, recalculation, the indicator registry and the demo all read FAMILIES; adding a family is its
package and one line in FAMILY_PACKAGES (and the migration Django writes for its record model). Its demo
data, if it has local indicators (a test requires them to be produced), is ascdash/demo/synthetic/<code>.py.
"""
from importlib import import_module

FAMILY_PACKAGES = ["waiting", "reviews", "safeguarding", "carers", "kpi", "equity", "national", "workforce", "finance",
                   "governance"]
FAMILIES = [import_module(f"{__name__}.{name}").FAMILY for name in FAMILY_PACKAGES]
BY_CODE = {family.code: family for family in FAMILIES}


def get_family(code):
    return BY_CODE[code]


def returns():
    """{return code: Return} for every family with a return, in registration order."""
    return {family.code: family.upload for family in FAMILIES if family.upload is not None}


def return_choices():
    """(code, title) of every return: the choices of Upload.return_type."""
    return [(code, spec.title) for code, spec in returns().items()]


def breakdown_labels():
    """{breakdown code: label} of the breakdowns families declare."""
    return {code: label for family in FAMILIES for code, (label, _) in family.breakdowns.items()}


def category_labels():
    """{breakdown code: {category code: label}} of the breakdowns families declare, categories in code-list order."""
    return {code: dict(choices) for family in FAMILIES for code, (_, choices) in family.breakdowns.items()}


def families_reading(return_codes):
    """The families whose calculators read any of these returns, each once, in registration order."""
    return [family for family in FAMILIES if set(family.reads) & set(return_codes)]

