"""Plotly figures for the plan, as plain dicts ready for json_script."""
import json

import plotly.graph_objects as go

SERIES_COLOUR = "#1d4f76"
TRAJECTORY_COLOUR = "#594d00"


def outcome_figure(progress, today):
    """The indicator's values over time with the straight trajectory line from baseline to target."""
    outcome = progress.outcome
    figure = go.Figure()
    if progress.series:
        figure.add_trace(go.Scatter(
            x=[point.day.isoformat() for point in progress.series],
            y=[point.value for point in progress.series],
            mode="lines+markers", name=outcome.indicator.title if outcome.indicator else "Value",
            line={"color": SERIES_COLOUR, "width": 3},
        ))
    trajectory = outcome.trajectory
    if trajectory:
        figure.add_trace(go.Scatter(
            x=[trajectory.baseline_date.isoformat(), trajectory.target_date.isoformat()],
            y=[trajectory.baseline, trajectory.target],
            mode="lines+markers", name="Trajectory from baseline to target",
            line={"color": TRAJECTORY_COLOUR, "dash": "dash", "width": 2},
        ))
        figure.add_trace(go.Scatter(
            x=[today.isoformat()], y=[trajectory.expected(today)], mode="markers", name="Expected today",
            marker={"color": TRAJECTORY_COLOUR, "size": 10, "symbol": "diamond"},
        ))
    figure.update_layout(
        margin={"l": 50, "r": 20, "t": 20, "b": 40},
        legend={"orientation": "h", "y": -0.2},
        xaxis={"type": "date"},
        yaxis={"rangemode": "tozero"},
        height=380,
    )
    return json.loads(figure.to_json())
