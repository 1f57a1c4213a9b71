"""Plotly figures as plain dicts (drawn by static/js/charts.js). Colours pass contrast checks and every
line differs by dash and marker as well as colour, so the chart reads without colour."""
from .formatting import UNIT_SUFFIX

OUR_COLOUR = "#1d70b8"
ENGLAND_COLOUR = "#0b0c0c"
COMPARATOR_COLOUR = "#d4351c"
BAND_COLOUR = "rgba(29, 112, 184, 0.15)"
MEDIAN_COLOUR = "#505a5f"
FONT = {"family": "Arial, Helvetica, sans-serif", "size": 14, "color": "#0b0c0c"}


def line(name, x, y, colour, dash="solid", symbol="circle"):
    return {
        "type": "scatter", "mode": "lines+markers", "name": name, "x": x, "y": y, "connectgaps": False,
        "line": {"color": colour, "width": 3 if dash == "solid" else 2, "dash": dash},
        "marker": {"symbol": symbol, "size": 8, "color": colour},
    }


def value_axis(indicator):
    """The y axis in the indicator's unit: pounds as £1.2M, £350k (the table beside the chart has the words)."""
    if indicator.unit == "currency":
        return {"title": {"text": "Pounds (£)"}, "rangemode": "tozero", "tickprefix": "£", "tickformat": "~s"}
    suffix = UNIT_SUFFIX.get(indicator.unit, "").strip()
    return {"title": {"text": suffix or indicator.get_unit_display()}, "rangemode": "tozero",
            "tickformat": f",.{indicator.decimals}f"}


def indicator_timeseries(indicator, points, area_name):
    """Our council, England, the comparator average, the median and the middle half of councils (quartile band)."""
    x = [point.period.label for point in points]
    data = []
    if any(point.lower_quartile is not None for point in points):
        data.append({
            "type": "scatter", "mode": "lines", "name": "Lower quartile of councils", "x": x,
            "y": [point.lower_quartile for point in points], "line": {"width": 0, "color": BAND_COLOUR},
            "showlegend": False, "hoverinfo": "skip",
        })
        data.append({
            "type": "scatter", "mode": "lines", "name": "Middle half of councils", "x": x,
            "y": [point.upper_quartile for point in points], "line": {"width": 0, "color": BAND_COLOUR},
            "fill": "tonexty", "fillcolor": BAND_COLOUR, "hoverinfo": "skip",
        })
    if any(point.england is not None for point in points):
        data.append(line("England", x, [point.england for point in points], ENGLAND_COLOUR, "dash", "square"))
    if any(point.median is not None for point in points):
        data.append(line("Median of councils", x, [point.median for point in points], MEDIAN_COLOUR, "dashdot",
                         "triangle-up"))
    if any(point.comparators is not None for point in points):
        data.append(line("Similar councils (average)", x, [point.comparators for point in points],
                         COMPARATOR_COLOUR, "dot", "diamond"))
    data.append(line(area_name, x, [point.value for point in points], OUR_COLOUR))
    return {
        "data": data,
        "layout": {
            "font": FONT,
            "margin": {"l": 60, "r": 20, "t": 20, "b": 40},
            "height": 380,
            "hovermode": "x unified",
            "legend": {"orientation": "h", "y": -0.15},
            "xaxis": {"type": "category", "automargin": True},
            "yaxis": value_axis(indicator),
            "paper_bgcolor": "#ffffff",
            "plot_bgcolor": "#ffffff",
        },
    }
