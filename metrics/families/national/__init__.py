"""National measures (ASCOF, the user and carer surveys): definitions only. Their figures come from national
publications (benchmark imports) and, for the home council ahead of publication, from the KPI return."""
from pathlib import Path

from ..base import Family

FAMILY = Family(code="national", folder=Path(__file__).parent)
