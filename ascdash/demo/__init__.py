"""The demo council that `make run` loads. Every step is idempotent: loading twice changes nothing."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from ..roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from .assessments import load_assessments
from .benchmarks import load_demo_benchmarks
from .dashboard import load_dashboard_demo
from .plan import load_plan
from .records import load_demo_records
from .reference import DEMO_COUNCIL_NAME, load_reference
from .selfassessment import load_self_assessment

DEMO_PASSWORD = "demo-password-2026"
DEMO_USERS = [
    # username, first name, last name, role
    ("scrutiny", "Sam", "Councillor", SCRUTINY),
    ("officer", "Priya", "Analyst", OFFICER),
    ("steering", "Dele", "Chair", STEERING),
    ("admin", "Alex", "Administrator", ADMINISTRATOR),
]


@transaction.atomic
def create_demo_users():
    User = get_user_model()
    users = []
    for username, first_name, last_name, role in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": first_name, "last_name": last_name}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
        user.is_staff = role == ADMINISTRATOR
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        users.append((username, role))
    return users


def load_demo(stdout=None, first_month=None):
    """Load every part of the demo council, in dependency order.

    `first_month` shortens the monthly returns loaded (tests use a few months; `make run` loads them all).
    """
    load_reference()
    load_assessments(DEMO_COUNCIL_NAME)  # before the plan, which responds to the CQC final
    load_demo_records(stdout, **({"first_month": first_month} if first_month else {}))
    load_demo_benchmarks()  # after the record returns: it ends by recalculating every indicator
    users = create_demo_users()
    load_plan()  # after users: the demo's progress updates are written by 'steering' and 'admin'
    load_self_assessment()  # after the plan (its sections link actions) and the figures it freezes when endorsed
    load_dashboard_demo()  # last: comments on and publishes the quarters the other parts produced (needs users)
    return users
