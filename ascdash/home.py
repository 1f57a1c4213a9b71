"""What the home page shows each role."""
from django.urls import reverse

from metrics.selectors import FigureReader, latest_quarter

from .roles import perm

# (permission codename, heading, description, url name)
TASKS = [
    ("view_dashboards", "Quarterly dashboard", "Performance by CQC theme, compared with England and similar councils.",
     "dashboard:latest"),
    ("view_dashboards", "Indicators", "Every measure with its definition, trend and breakdowns.", "metrics:indicators"),
    ("view_dashboards", "CQC assessment", "Scores by quality statement and the evidence behind them.", "cqc:index"),
    ("view_dashboards", "Improvement plan", "Actions, RAG status and outcomes to track.", "plan:index"),
    ("upload_returns", "Upload monthly returns", "Download templates, upload, check and confirm returns.",
     "metrics:uploads"),
    ("view_data_quality", "Data quality", "Completeness and invalid values in each return.", "metrics:data_quality"),
    ("edit_plan", "Update the plan", "Record progress and RAG status for improvement actions.", "plan:index"),
    ("administer", "Administration", "Users, roles, targets, benchmarks and comparator groups.", "admin:index"),
]


def tasks_for(user):
    tasks = []
    for codename, heading, description, url_name in TASKS:
        if not user.has_perm(perm(codename)):
            continue
        url = reverse(url_name)
        tasks.append({"heading": heading, "description": description, "url": url})
    return tasks


def home_context(user):
    return {"tasks": tasks_for(user), "latest_quarter": latest_quarter(FigureReader.for_user(user))}
