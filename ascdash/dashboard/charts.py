"""Plotly figures (as dicts) for the dashboard; static/js/charts.js draws them."""

LINE_COLOUR = "#1d4f76"


def sparkline(trend):
    """A small line of an indicator's recent values; axes hidden, the adjacent table carries the numbers."""
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines+markers",
                "x": [period.label for period, _ in trend],
                "y": [value for _, value in trend],
                "line": {"color": LINE_COLOUR, "width": 2},
                "marker": {"color": LINE_COLOUR, "size": 5},
                "hoverinfo": "skip",
            }
        ],
        "layout": {
            "height": 90,
            "margin": {"l": 6, "r": 6, "t": 6, "b": 6},
            "xaxis": {"visible": False, "fixedrange": True},
            "yaxis": {"visible": False, "fixedrange": True},
            "showlegend": False,
            "paper_bgcolor": "rgba(0,0,0,0)",
            "plot_bgcolor": "rgba(0,0,0,0)",
        },
    }
