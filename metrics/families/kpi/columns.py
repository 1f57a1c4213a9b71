"""KPI values return: aggregate figures from elsewhere (surveys, workforce, finance, complaints).

One row per indicator and period: indicator code, period label (2025-08 month, 2025-26 Q2 quarter,
2025-26 financial year), value, and numerator and denominator where the value is a proportion.
The month the return is uploaded for is only its filing month; each row carries its own period.
Indicator codes must be known indicators; while no indicators are loaded at all, codes cannot be
checked and the upload gets one warning saying so.
"""
from metrics.returns.base import NUMBER, OWN_PERIODS, PERIOD, TEXT, Column, Return
from metrics.returns.rules import WARNING, findings

INDICATOR_CODE = Column(
    "indicator_code", "Indicator code", TEXT, required=True, max_length=60,
    description="The dashboard's code for the indicator (see the Indicators pages).",
    synonyms=("Indicator", "Measure code", "KPI code", "KPI"),
)
PERIOD_COLUMN = Column(
    "period", "Period", PERIOD, required=True,
    description="The period the figure is for: 2025-08 (month), 2025-26 Q2 (quarter) or 2025-26 (financial year).",
    synonyms=("Period label", "Reporting period", "Quarter", "Year"),
)
VALUE = Column("value", "Value", NUMBER, required=True, description="The figure itself.", synonyms=("Figure", "Result"))
NUMERATOR = Column("numerator", "Numerator", NUMBER, expected=False, description="Numerator, for proportions.")
DENOMINATOR = Column(
    "denominator", "Denominator", NUMBER, expected=False, description="Denominator, for proportions.", minimum=0,
)
NOTE = Column("note", "Note", TEXT, expected=False, max_length=2000, description="Source or caveats.",
              synonyms=("Notes", "Comment", "Source"))


def known_indicator(table):
    codes = table.context.indicator_codes
    text = table.text["indicator_code"]
    if not codes:
        return findings(
            table, text.notna() & (text.index == text.index[0]), "indicator_code", "known_indicator",
            "No indicators are loaded yet, so indicator codes could not be checked.", WARNING,
        )
    unknown = text.notna() & ~text.isin(codes)
    return findings(table, unknown, "indicator_code", "known_indicator",
                    "Indicator code is not a known indicator. Check the code on the Indicators pages.")


RETURN = Return(
    code="kpi",
    title="KPI values",
    sheet_name="KPI values",
    model_name="KpiValue",
    columns=(INDICATOR_CODE, PERIOD_COLUMN, VALUE, NUMERATOR, DENOMINATOR, NOTE),
    semantics=(
        "Aggregate figures, one row per indicator and period; each row carries its own period label. "
        "The month chosen at upload is the filing month."
    ),
    extract=OWN_PERIODS,
    duplicate_key=("indicator_code", "period"),
    extra_rules=(known_indicator,),
)
