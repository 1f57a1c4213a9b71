"""Plotly figures (as dicts) for the dashboard; static/js/charts.js draws them."""


def sparkline(trend, decimals):
    """A small line of an indicator's recent values, rounded as its table shows them.

    Only the data: every sparkline looks the same, so charts.js adds their style and layout (SPARKLINE there)
    rather than each of the page's hundred tiles carrying a copy.
    """
    return {
        "data": [
            {
                "x": [period.label for period, _ in trend],
                "y": [round(value, decimals) for _, value in trend],
            }
        ],
    }
