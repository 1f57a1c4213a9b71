"""The data-quality report's figures (metrics.selectors.uploads.data_quality) for the governance family's
data-quality indicator: one row per confirmed upload of a monthly return, read for the months being calculated."""
import pandas as pd

from metrics.models import Upload
from metrics.returns.base import OWN_PERIODS

COLUMNS = ["month", "return_type", "missing_cells", "checked_cells"]


def monthly_returns():
    from metrics.families import returns  # the registered families, complete only once this package is loaded

    return [code for code, spec in returns().items() if spec.extract != OWN_PERIODS]


def quality_frame(periods):
    """Missing and checked cells of every confirmed monthly upload in the periods' months."""
    from metrics.selectors.uploads import data_quality  # reads the returns of every registered family

    months = {month.start for period in periods for month in period.months_within()}
    uploads = Upload.objects.filter(status=Upload.CONFIRMED, return_type__in=monthly_returns(),
                                    period_start__in=months)
    rows = []
    for upload in uploads:
        report = data_quality(upload)
        rows.append((upload.period_start, upload.return_type, report.missing_cells, report.checked_cells))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["month"] = pd.to_datetime(frame["month"])
    return frame
