import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from metrics.families import BY_CODE
from metrics.families.waiting.codes import WAIT_TYPES
from metrics.models import Area, Indicator
from metrics.registry import BREAKDOWNS, RegistryError, load_registry, read_definitions

VALID = {
    "code": "test-measure", "title": "Test measure", "description": "A measure for tests.",
    "numerator": "Things", "denominator": "", "unit": "count", "polarity": "low_is_good",
    "frequency": "monthly", "measure_type": "snapshot", "source": "local_records", "ascof_id": "",
    "older_ids": [], "quality_statements": ["assessing-needs"], "methodology": "Count things.",
    "limitations": "None known.", "suppression": "Counts 1 to 4 hidden.", "breakdowns": ["team"], "decimals": 0,
}


def write_registry(directory, *files):
    for index, (family, definitions) in enumerate(files):
        (directory / f"file{index}.json").write_text(json.dumps({"family": family, "indicators": definitions}))
    return directory


def problems_for(tmp_path, *files):
    with pytest.raises(RegistryError) as caught:
        read_definitions(write_registry(tmp_path, *files))
    return caught.value.problems


def test_shipped_registry_is_valid_and_has_the_agreed_codes():
    codes = {d["code"] for d in read_definitions()}
    for wait_type, _ in WAIT_TYPES:
        slug = wait_type.replace("_", "-")
        assert {f"waiting-people-{slug}", f"waiting-median-days-{slug}", f"waiting-longest-days-{slug}"} <= codes
    assert {
        "waiting-over-6-months-pct", "waiting-median-days-by-team", "waiting-team-gap-pct", "waiting-team-gap-days",
        "reviews-in-12-months-pct", "reviews-overdue", "reviews-overdue-6-months-pct", "reviews-overdue-24-months",
        "sg-concerns-received", "sg-conversion-rate-pct", "sg-decision-5-working-days-pct",
        "sg-concluded-3-months-pct", "sg-open-over-28-days", "sg-msp-asked-pct", "sg-outcomes-achieved-pct",
        "sg-risk-reduced-pct", "carers-waiting", "carers-median-wait-days", "carers-assessments-completed",
        "carers-support-after-assessment-pct", "equity-waiting-representation",
        "equity-safeguarding-representation", "equity-carers-representation", "ascof-1a-quality-of-life",
        "ascof-3d-self-directed-support-pct", "ascof-3d-direct-payments-pct",
        "ascs-easy-to-find-information-pct", "sace-easy-to-find-information-pct",
    } <= codes


def test_valid_definition_loads_with_the_optional_fields_defaulted(tmp_path):
    assert read_definitions(write_registry(tmp_path, ("waiting", [VALID]))) == [{
        **VALID, "aliases": [], "sources": [], "reviewed_by": "", "date_reviewed": None, "next_review": None,
        "id_notes": "", "sign_words": {}, "family": "waiting",
    }]


REVIEWED = {**VALID, "sources": [{"title": "A handbook", "url": "https://example.org/h", "note": "Chapter 2"}],
            "reviewed_by": "A reviewer", "date_reviewed": "2026-12-01", "next_review": "2027-12-01",
            "aliases": ["Things counted"], "id_notes": "No ASCOF id."}


def test_review_fields_are_checked(tmp_path):
    assert read_definitions(write_registry(tmp_path, ("waiting", [REVIEWED])))[0]["next_review"] == "2027-12-01"
    bad = {**REVIEWED, "sources": [{"url": "https://example.org"}], "date_reviewed": "1/12/2026",
           "next_review": "2026-13-01", "reviewed_by": 7}
    assert problems_for(tmp_path, ("waiting", [bad])) == [
        "file0.json: definition test-measure: 'sources' must be a list of {title, url, note} with a title",
        "file0.json: definition test-measure: 'reviewed_by' must be text",
        "file0.json: definition test-measure: 'date_reviewed' must be a date as YYYY-MM-DD",
        "file0.json: definition test-measure: 'next_review' must be a date as YYYY-MM-DD",
    ]
    early = {**REVIEWED, "next_review": "2026-11-30"}
    assert problems_for(tmp_path, ("waiting", [early])) == [
        "file0.json: definition test-measure: 'next_review' must be after 'date_reviewed'"]


def test_ids_and_names_two_definitions_share_are_rejected(tmp_path):
    first = {**VALID, "ascof_id": "2D", "older_ids": ["2B(1)"]}
    second = {**VALID, "code": "second", "title": "Second", "ascof_id": "2d", "older_ids": ["2D", "2B1"],
              "aliases": ["TEST  measure"]}
    assert problems_for(tmp_path, ("waiting", [first, second])) == [
        "second: ASCOF id '2d' is also test-measure's",
        "second: earlier ASCOF id '2B1' is also test-measure's",
        "second: name 'TEST  measure' is also test-measure's",
    ]


def test_missing_field_is_rejected(tmp_path):
    definition = {k: v for k, v in VALID.items() if k != "methodology"}
    assert problems_for(tmp_path, ("waiting", [definition])) == [
        "file0.json: definition test-measure: missing field 'methodology'"
    ]


def test_bad_polarity_is_rejected(tmp_path):
    assert problems_for(tmp_path, ("waiting", [{**VALID, "polarity": "up"}])) == [
        "file0.json: definition test-measure: polarity 'up' is not one of high_is_good, low_is_good, no_judgement"
    ]


def test_unknown_quality_statement_is_rejected(tmp_path):
    problems = problems_for(tmp_path, ("waiting", [{**VALID, "quality_statements": ["assessing-need"]}]))
    assert len(problems) == 1
    assert problems[0].startswith(
        "file0.json: definition test-measure: quality_statements has unknown value 'assessing-need' (allowed: "
    )


def test_duplicate_code_across_files_is_rejected(tmp_path):
    assert problems_for(tmp_path, ("waiting", [VALID]), ("reviews", [VALID])) == [
        "file1.json: duplicate code 'test-measure' (already defined in file0.json)"
    ]


def test_unknown_family_and_empty_title_and_bad_decimals(tmp_path):
    assert problems_for(tmp_path, ("astrology", [{**VALID, "title": " ", "decimals": 7}])) == [
        f"file0.json: family 'astrology' is not one of {', '.join(sorted(BY_CODE))}",
        "file0.json: definition test-measure: 'title' must be non-empty text",
        "file0.json: definition test-measure: 'decimals' must be a whole number from 0 to 3",
    ]


def test_not_json_is_rejected(tmp_path):
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(RegistryError) as caught:
        read_definitions(tmp_path)
    assert caught.value.problems[0].startswith("broken.json: not valid JSON")


@pytest.mark.django_db
def test_load_creates_updates_and_deactivates(tmp_path):
    other = {**VALID, "code": "other-measure", "title": "Other measure", "quality_statements": ["safeguarding", "equity"]}
    write_registry(tmp_path, ("waiting", [VALID, other]))
    assert load_registry(tmp_path) == (2, 0, 0)
    indicator = Indicator.objects.get(code="other-measure")
    assert sorted(indicator.quality_statements.values_list("slug", flat=True)) == ["equity", "safeguarding"]
    assert (indicator.family, indicator.display_order, indicator.active) == ("waiting", 2, True)

    write_registry(tmp_path, ("waiting", [{**VALID, "title": "Renamed"}]))
    assert load_registry(tmp_path) == (0, 1, 1)
    assert Indicator.objects.get(code="test-measure").title == "Renamed"
    assert Indicator.objects.get(code="other-measure").active is False


@pytest.mark.django_db
def test_command_reports_malformed_registry_and_loads_nothing(tmp_path):
    write_registry(tmp_path, ("waiting", [VALID, {**VALID, "code": "second", "unit": "furlongs"}]))
    with pytest.raises(CommandError, match="definition second: unit 'furlongs' is not one of"):
        call_command("load_indicators", directory=str(tmp_path))
    assert Indicator.objects.count() == 0


@pytest.mark.django_db
def test_command_loads_shipped_registry(capsys):
    definitions = read_definitions()
    call_command("load_indicators")
    assert Indicator.objects.filter(active=True).count() == len(definitions)
    output = capsys.readouterr().out
    assert f"{len(definitions)} created" in output
    assert "Councils loaded: 153 created, 0 updated, 0 no longer listed." in output
    assert Indicator.objects.get(code="ascof-1a-quality-of-life").family == "national"
    assert Indicator.objects.get(code="sg-msp-asked-pct").family == "safeguarding"
    assert Area.objects.listed().count() == 153


@pytest.mark.django_db
def test_load_stores_review_fields_as_dates(tmp_path):
    write_registry(tmp_path, ("waiting", [REVIEWED]))
    load_registry(tmp_path)
    indicator = Indicator.objects.get(code="test-measure")
    assert (indicator.date_reviewed, indicator.next_review, indicator.reviewed_by, indicator.sources) == (
        date(2026, 12, 1), date(2027, 12, 1), "A reviewer",
        [{"title": "A handbook", "url": "https://example.org/h", "note": "Chapter 2"}])


def test_every_shipped_definition_is_reviewed_and_cites_a_source():
    for definition in read_definitions():
        assert definition["sources"] and definition["reviewed_by"], definition["code"]
        assert definition["date_reviewed"] < definition["next_review"], definition["code"]


def test_sign_words_are_optional_and_checked(tmp_path):
    words = {"positive": "overspend", "negative": "underspend", "zero": "on budget", "share_of": "budget"}
    assert read_definitions(write_registry(tmp_path, ("finance", [{**VALID, "sign_words": words}])))[0][
        "sign_words"] == words
    assert problems_for(tmp_path, ("finance", [{**VALID, "sign_words": {"positive": "overspend"}}])) == [
        "file0.json: definition test-measure: 'sign_words' must name both the positive and the negative word"]
    assert problems_for(tmp_path, ("finance", [{**VALID, "sign_words": {"above": "over", "negative": ""}}])) == [
        "file0.json: definition test-measure: 'sign_words' must map some of positive, negative, zero, share_of to "
        "non-empty text"]


def test_a_familys_own_breakdowns_are_known_and_others_are_not(tmp_path):
    assert read_definitions(write_registry(tmp_path, ("workforce", [{**VALID, "breakdowns": ["team", "role"]}])))
    problems = problems_for(tmp_path, ("workforce", [{**VALID, "breakdowns": ["grade"]}]))
    assert problems == [f"file0.json: definition test-measure: breakdowns has unknown value 'grade' (allowed: "
                        f"{', '.join(sorted(BREAKDOWNS))})"]
    assert {"role", "service_line"} <= BREAKDOWNS


@pytest.mark.django_db
def test_leaving_sign_words_out_clears_them(tmp_path):
    write_registry(tmp_path, ("finance", [{**VALID, "sign_words": {"positive": "over", "negative": "under"}}]))
    load_registry(tmp_path)
    write_registry(tmp_path, ("finance", [VALID]))
    load_registry(tmp_path)
    assert Indicator.objects.get(code="test-measure").sign_words == {}
