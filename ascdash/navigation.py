"""Primary navigation: each item shows only to users holding its permission."""
from django.urls import reverse

from .roles import perm

# (label, url name, permission codename)
PRIMARY_NAVIGATION = [
    ("Home", "home", "view_dashboards"),
    ("Dashboard", "dashboard:latest", "view_dashboards"),
    ("Indicators", "metrics:indicators", "view_dashboards"),
    ("CQC", "cqc:index", "view_dashboards"),
    ("Improvement plan", "plan:index", "view_dashboards"),
    ("Self-assessment", "selfassessment:index", "view_dashboards"),
    ("Uploads", "metrics:uploads", "upload_returns"),
    ("Admin", "admin:index", "administer"),
]


def items_for(user, current_path):
    items = []
    for label, url_name, codename in PRIMARY_NAVIGATION:
        if not user.has_perm(perm(codename)):
            continue
        url = reverse(url_name)
        is_current = current_path == url if url == "/" else current_path.startswith(url)
        items.append({"label": label, "url": url, "current": is_current})
    return items
