"""Finance return: a MONTHLY SNAPSHOT of the adult social care revenue budget monitoring, by service line.

One row per service line, as at the month's last day: the year's budget, the forecast outturn for the whole year,
and the year's savings planned and delivered so far. Amounts are net, in pounds. The variance is forecast outturn
minus budget: positive is an overspend, negative an underspend (councils' own tables differ in sign, so the
dashboard always says which in words).
"""
from metrics.returns.base import CODE, NUMBER, SNAPSHOT, TEXT, Column, Return
from metrics.returns.rules import WARNING, findings
from metrics.returns.shared import not_negative

from . import codes

VARIANCE_TOLERANCE = 1.0  # pounds: a variance typed to the pound may differ from forecast - budget by rounding

SERVICE_LINE = Column(
    "service_line", "Service line", CODE, required=True, description="The budget line this row is for.",
    synonyms=("Service", "Budget line", "Service area", "Cost centre group"), codes=tuple(codes.SERVICE_LINES),
    max_length=20,
    code_synonyms={
        "residential": ("Residential", "Residential care", "Care homes", "Long term residential"),
        "nursing": ("Nursing", "Nursing homes", "Care home with nursing"),
        "home_care": ("Homecare", "Domiciliary care", "Home support", "Community: home care"),
        "direct_payments": ("Direct payment", "DPs", "Community: Direct Payments"),
        "supported_living": ("Supported living", "Community: supported living", "Extra care"),
        "short_term": ("Reablement", "Short term support", "ST-Max", "Intermediate care", "Short-term"),
        "assessment": ("Assessment and care management", "Care management", "Social work", "Social care activities",
                       "Staffing"),
        "other": ("Other", "Day services", "Equipment", "Prevention", "Commissioning", "Other services"),
    },
)
BUDGET = Column("budget", "Annual budget (£)", NUMBER, required=True,
                description="The service line's net revenue budget for the financial year (the current, revised "
                            "budget), in pounds.",
                synonyms=("Budget", "Annual budget", "Revised budget", "Current budget", "Net budget"))
FORECAST = Column("forecast_outturn", "Forecast outturn (£)", NUMBER, required=True,
                  description="The net spend forecast for the whole financial year, as at the month's last day, "
                              "in pounds.",
                  synonyms=("Forecast outturn", "Forecast", "Projected outturn", "Forecast spend", "Outturn"))
VARIANCE = Column("variance", "Variance (£)", NUMBER, expected=False,
                  description="Forecast outturn minus budget: positive for an overspend, negative for an underspend. "
                              "Leave it blank to have it worked out; when given it must agree.",
                  synonyms=("Variance", "Forecast variance", "Over/(under) spend", "Overspend/(underspend)"))
SAVINGS_PLANNED = Column("savings_planned", "Savings planned (£)", NUMBER,
                         description="Savings the year's budget expects from this line, in pounds (blank or 0 if "
                                     "none).",
                         synonyms=("Savings planned", "Savings target", "Planned savings", "Savings required"))
SAVINGS_DELIVERED = Column("savings_delivered", "Savings delivered to date (£)", NUMBER,
                           description="Of the planned savings, those delivered by the month's last day, in pounds.",
                           synonyms=("Savings delivered", "Savings achieved", "Delivered savings",
                                     "Savings achieved to date"))
REASON = Column("reason", "Reason for variance", TEXT, expected=False, max_length=2000,
                description="The main reasons for the variance, in a sentence or two.",
                synonyms=("Reason", "Commentary", "Comments", "Key reasons for variance", "Narrative"))


def variance_disagrees(table):
    values = table.values
    worked_out = values["forecast_outturn"] - values["budget"]
    wrong = values["variance"].notna() & ((values["variance"] - worked_out).abs() > VARIANCE_TOLERANCE)
    message = ("Variance (£) should be Forecast outturn minus Annual budget (" + worked_out.map("{:,.0f}".format)
               + "). Check the sign (an overspend is positive), or leave the variance blank.")
    return findings(table, wrong, "variance", "variance_disagrees", message)


def savings_over_plan(table):
    over = table.values["savings_delivered"] > table.values["savings_planned"].fillna(0)
    return findings(table, over, "savings_delivered", "savings_over_plan",
                    "Savings delivered to date are more than the savings planned. Check both figures.", WARNING)


RETURN = Return(
    code="finance",
    title="Finance (budget monitoring)",
    sheet_name="Finance",
    model_name="FinanceRecord",
    columns=(SERVICE_LINE, BUDGET, FORECAST, VARIANCE, SAVINGS_PLANNED, SAVINGS_DELIVERED, REASON),
    semantics=(
        "Monthly budget monitoring snapshot: one row per service line, as at the month's last day, with the "
        "financial year's net budget, forecast outturn and savings. Amounts in pounds; an overspend is positive."
    ),
    extract=SNAPSHOT,
    duplicate_key=("service_line",),
    snapshot_field="snapshot_date",
    extra_rules=(not_negative("budget", "forecast_outturn", "savings_planned", "savings_delivered"),
                 variance_disagrees, savings_over_plan),
)
