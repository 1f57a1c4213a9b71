import pandas as pd
import pytest

from metrics.families.safeguarding import calculators as safeguarding
from core.periods import Period

from .frames import find, frame, month

DATES = ["month", "date_received", "decision_date", "enquiry_start", "enquiry_concluded"]


def concern(concern_id, upload_month, received, decision_date=None, decision="", start=None, concluded=None,
            msp=None, outcomes="", risk="", person=None, age=80, gender="female", ethnicity="white"):
    return {"concern_id": concern_id, "person_id": person or f"person-{concern_id}", "month": upload_month,
            "date_received": received, "decision_date": decision_date, "decision": decision,
            "enquiry_start": start, "enquiry_concluded": concluded, "msp_asked": msp, "desired_outcomes": outcomes,
            "risk_outcome": risk, "age": age, "gender": gender, "ethnicity": ethnicity}


def test_working_days_skip_weekends_and_english_bank_holidays():
    received = pd.to_datetime(pd.Series(["2026-12-24", "2026-12-24", "2026-12-21", "2027-03-25"]))
    decided = pd.to_datetime(pd.Series(["2027-01-05", "2027-01-06", "2026-12-21", "2027-04-01"]))
    # Thu 24 Dec 2026: Fri 25 (Christmas), Mon 28 (Boxing Day observed) and Fri 1 Jan are not working days,
    # so Tue 5 Jan is the 5th working day. Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar.
    assert list(safeguarding.working_days_after(received, decided)) == [5, 6, 0, 3]


CHRISTMAS = frame([
    # December extract: decisions not yet made for c1, c2
    concern("c1", "2026-12-01", "2026-12-24"),
    concern("c2", "2026-12-01", "2026-12-24"),
    concern("c3", "2026-12-01", "2026-12-21", "2026-12-21", "other_enquiry", ethnicity="asian"),
    concern("c4", "2026-12-01", "2026-12-30", gender="male"),
    # January extract restates c1-c3 with their decisions; c4 is only in December's and still counts
    concern("c1", "2027-01-01", "2026-12-24", "2027-01-05", "section_42"),
    concern("c2", "2027-01-01", "2026-12-24", "2027-01-06", "no_enquiry"),
    concern("c3", "2027-01-01", "2026-12-21", "2026-12-21", "other_enquiry", ethnicity="asian"),
    concern("c5", "2027-01-01", "2027-01-10"),
], DATES)
DEC, JAN = month("2026-12"), month("2027-01")
Q3, Q4 = Period.parse("2026-27 Q3"), Period.parse("2026-27 Q4")


@pytest.fixture(scope="module")
def christmas():
    return safeguarding.calculate(CHRISTMAS, [DEC, JAN, Q3, Q4])


def test_concerns_received_from_latest_rows(christmas):
    assert find(christmas, "sg-concerns-received", DEC).value == 4
    assert find(christmas, "sg-concerns-received", Q3).value == 4
    assert find(christmas, "sg-concerns-received", JAN).value == 1
    assert find(christmas, "sg-concerns-received", DEC, "gender", "male").value == 1
    assert find(christmas, "sg-concerns-received", DEC, "ethnicity", "asian").value == 1


def test_decisions_within_5_working_days_by_decision_month(christmas):
    january = find(christmas, "sg-decision-5-working-days-pct", JAN)
    assert (january.numerator, january.denominator, january.value) == (1, 2, 50)
    assert find(christmas, "sg-decision-5-working-days-pct", DEC).value == 100
    assert find(christmas, "sg-decision-5-working-days-pct", Q4).value == 50


def test_concerns_leading_to_an_enquiry_leaves_out_undecided(christmas):
    figure = find(christmas, "sg-concerns-leading-to-enquiry-pct", DEC)
    assert (figure.numerator, figure.denominator) == (2, 3)
    assert figure.value == pytest.approx(200 / 3)


# The worked check of the national rule: concerns by date received, enquiries by date started (SAC; NHS England's
# published tables: Conversion Rate = (S42 + other enquiries) / concerns x 100; Proportion S42 = S42 / enquiries).
SAC_CASES = [
    concern("A", "2026-07-01", "2026-04-02", "2026-04-03", "section_42", "2026-04-05"),
    concern("B", "2026-07-01", "2026-04-10", "2026-04-12", "no_enquiry"),
    concern("C", "2026-07-01", "2026-05-03", "2026-05-05", "other_enquiry", "2026-05-20", gender="male"),
    concern("D", "2026-07-01", "2026-05-15", "2026-05-18", "no_enquiry"),
    concern("E", "2026-07-01", "2026-06-28", "2026-06-30", "section_42", "2026-07-02"),  # starts next quarter
    concern("F", "2026-07-01", "2026-03-25", "2026-03-30", "section_42", "2026-04-03"),  # received last quarter
]
SAC_QUARTER = Period.parse("2026-27 Q1")


def test_conversion_rate_counts_enquiries_started_over_concerns_received():
    figures = safeguarding.calculate(frame(SAC_CASES, DATES), [SAC_QUARTER])
    rate = find(figures, "sg-conversion-rate-pct", SAC_QUARTER)
    assert (rate.numerator, rate.denominator, rate.value) == (3, 5, 60.0)  # A, C, F of A-E
    share = find(figures, "sg-section-42-share-pct", SAC_QUARTER)
    assert (share.numerator, share.denominator) == (2, 3) and share.value == pytest.approx(200 / 3)  # A, F of A, C, F
    cohort = find(figures, "sg-concerns-leading-to-enquiry-pct", SAC_QUARTER)
    assert (cohort.numerator, cohort.denominator, cohort.value) == (3, 5, 60.0)  # A, C, E: equal here by chance
    male = find(figures, "sg-conversion-rate-pct", SAC_QUARTER, "gender", "male")
    female = find(figures, "sg-conversion-rate-pct", SAC_QUARTER, "gender", "female")
    assert ((male.numerator, male.denominator), (female.numerator, female.denominator)) == ((1, 1), (2, 4))


def test_the_national_rule_and_the_cohort_differ_without_the_late_enquiry():
    figures = safeguarding.calculate(frame(SAC_CASES[:5], DATES), [SAC_QUARTER])
    assert find(figures, "sg-conversion-rate-pct", SAC_QUARTER).value == 40.0  # A, C of A-E
    assert find(figures, "sg-concerns-leading-to-enquiry-pct", SAC_QUARTER).value == 60.0  # A, C, E of A-E


def test_three_months_from_30_november_is_the_end_of_february():
    concluded = frame([
        concern("n1", "2028-03-01", "2027-11-20", start="2027-11-30", concluded="2028-02-29"),  # leap year: inside
        concern("n2", "2028-03-01", "2027-11-20", start="2027-11-30", concluded="2028-03-01"),
        concern("n3", "2027-03-01", "2026-11-20", start="2026-11-30", concluded="2027-02-28"),  # not a leap year
    ], DATES)
    assert list(safeguarding.concluded_within_3_months(concluded)) == [True, False, True]


ENQUIRIES = frame([
    concern("e1", "2027-03-01", "2026-11-25", "2026-11-27", "section_42", "2026-12-01", "2027-03-01",
            msp=True, outcomes="fully", risk="reduced"),
    concern("e2", "2027-03-01", "2026-11-25", "2026-11-27", "section_42", "2026-11-30", "2027-03-02",
            msp=False, outcomes="not_expressed", risk="remains"),
    concern("e3", "2027-03-01", "2027-01-25", "2027-01-29", "section_42", "2027-01-31", "2027-03-31",
            outcomes="not_achieved"),
    concern("e4", "2027-03-01", "2027-01-25", "2027-01-29", "section_42", "2027-02-01"),
    concern("e5", "2027-03-01", "2027-03-05", "2027-03-09", "other_enquiry", "2027-03-10"),
], DATES)
FEB, MAR = month("2027-02"), month("2027-03")


@pytest.fixture(scope="module")
def enquiries():
    return safeguarding.calculate(ENQUIRIES, [FEB, MAR])


def test_concluded_within_3_months_calendar_boundary(enquiries):
    figure = find(enquiries, "sg-concluded-3-months-pct", MAR)  # e1 on the day, e2 two days late, e3 inside
    assert (figure.numerator, figure.denominator) == (2, 3)


def test_making_safeguarding_personal_measures(enquiries):
    asked = find(enquiries, "sg-msp-asked-pct", MAR)
    assert (asked.numerator, asked.denominator) == (1, 2)  # e3 not recorded
    achieved = find(enquiries, "sg-outcomes-achieved-pct", MAR)
    assert (achieved.numerator, achieved.denominator) == (1, 2)  # e2 not expressed
    risk = find(enquiries, "sg-risk-reduced-pct", MAR)
    assert (risk.numerator, risk.denominator, risk.value) == (1, 2, 50)


def test_open_over_28_days_at_period_end(enquiries):
    assert find(enquiries, "sg-open-over-28-days", MAR).value == 1  # e4 (58 days); e5 is 21 days
    # at 28 Feb: e1 and e2 open; e3 started exactly 28 days before (not over); e4 27 days
    assert find(enquiries, "sg-open-over-28-days", FEB).value == 2
    assert not [f for f in enquiries if f.code == "sg-concluded-3-months-pct" and f.period == FEB]
