"""The registration list: what it registers and what a family may declare."""
import pytest

from metrics.families import FAMILIES, families_reading, get_family, returns
from metrics.families.base import Family
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload
from metrics.registry import file_problems


def test_families_and_their_returns_in_registration_order():
    assert [family.code for family in FAMILIES] == [
        "waiting", "reviews", "safeguarding", "carers", "kpi", "equity", "national"]
    assert Upload._meta.get_field("return_type").choices == [
        ("waiting", "Waiting list snapshot"), ("reviews", "Reviews"), ("safeguarding", "Safeguarding"),
        ("carers", "Carers"), ("kpi", "KPI values")]
    assert {code: spec.model for code, spec in returns().items()}["waiting"] is WaitingRecord
    assert [family.code for family in families_reading(["safeguarding"])] == ["safeguarding", "equity"]
    assert [family.code for family in families_reading(["kpi"])] == ["kpi"]


def test_a_family_must_declare_its_own_return():
    with pytest.raises(ValueError, match="Family 'complaints' declares the 'waiting' return"):
        Family(code="complaints", folder=get_family("waiting").folder, upload=get_family("waiting").upload)


def test_a_family_file_must_name_the_family_that_holds_it():
    assert file_problems("waiting/indicators.json", {"family": "reviews", "indicators": []}, owner="waiting") == [
        "waiting/indicators.json: family 'reviews' is not the family whose package holds it (waiting)"]

