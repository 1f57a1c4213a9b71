"""Plotly figures (as plain dicts) for the CQC pages; charts.js draws them."""

SCORE_COLOURS = {1: "#d4351c", 2: "#f47738", 3: "#00703c", 4: "#1d70b8"}


def statement_scores_figure(assessment_title, rows):
    """Horizontal bars: one per quality statement, length = score (1-4). `rows` are (statement name, score)."""
    scored = [(name, score) for name, score in rows if score is not None]
    names = [name for name, _ in reversed(scored)]  # plotly draws the first category at the bottom
    scores = [score for _, score in reversed(scored)]
    return {
        "data": [{
            "type": "bar",
            "orientation": "h",
            "name": assessment_title,
            "x": scores,
            "y": names,
            "marker": {"color": [SCORE_COLOURS[score] for score in scores]},
            "text": [str(score) for score in scores],
            "textposition": "inside",
            "hovertemplate": "%{y}: %{x}<extra></extra>",
        }],
        "layout": {
            "title": {"text": f"Scores by quality statement: {assessment_title}"},
            "xaxis": {"title": {"text": "Score (1 to 4)"}, "range": [0, 4], "dtick": 1},
            "yaxis": {"automargin": True},
            "margin": {"l": 20, "r": 20, "t": 50, "b": 50},
            "height": 420,
            "showlegend": False,
        },
    }
