import pytest

from ascdash.demo.assessments import load_assessments

COUNCIL = "Northmoor City Council"


@pytest.fixture
def demo_assessments(db):
    load_assessments(COUNCIL)
    from cqc.models import Assessment

    return {a.status: a for a in Assessment.objects.all()}
