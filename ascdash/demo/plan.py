"""The demo council's CQC improvement plan: six areas, fifteen actions with monthly RAG history, outcomes to track.

Synthetic wording modelled on the shape of published council plans. Idempotent: rows are only ever created once.
"""
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction

from core.periods import add_months
from cqc.models import Assessment, QualityStatement
from improvement_plan import rules
from improvement_plan.models import Action, AreaForImprovement, OutcomeToTrack, Plan, StatusUpdate
from metrics.models import Indicator

PLAN_TITLE = "CQC Improvement Plan 2025-2027"
LAST_UPDATE_MONTH = date(2026, 11, 1)
UPDATE_DAY = 12  # the steering group meets in the second week of each month
RAG_CODES = {"N": rules.NOT_STARTED, "G": rules.ON_TRACK, "A": rules.AT_RISK, "R": rules.OFF_TRACK,
             "C": rules.COMPLETE}
RAG_PHRASES = {  # a few wordings each, so that a year of monthly notes reads like real minutes
    rules.NOT_STARTED: ["Not yet started.", "Start delayed until the lead is in post."],
    rules.ON_TRACK: ["Progressing to plan.", "On schedule; next milestone agreed.",
                     "Good progress reported to steering group.", "Milestones met this month."],
    rules.AT_RISK: ["Some slippage; mitigation agreed at steering group.",
                    "Capacity pressures; revised timeline proposed.",
                    "Dependency on partner input is delaying progress."],
    rules.OFF_TRACK: ["Behind plan; escalated to the Learning and Improvement Board.",
                      "Recovery plan requested by the steering group chair.",
                      "Still behind plan; extra resource being sought."],
    rules.COMPLETE: ["Complete; evidence filed for the CQC assurance log."],
}

# (title, priority phase, statement slugs, deliverables)
AREAS = [
    ("Improving the experience of carers", "Phase 1",
     ["assessing-needs", "supporting-healthier-lives", "care-provision"],
     "Co-produced carers strategy and delivery plan.\nBetter information and advice for carers.\n"
     "More carers using commissioned support.\nShorter waits for carers' assessments."),
    ("Information, advice, guidance and advocacy", "Phase 1", ["supporting-healthier-lives", "equity"],
     "Telephony guidance reviewed and shared with staff.\nAdult social care pages moved to the new council website.\n"
     "Self-referral and self-review online.\nMore people using advocacy."),
    ("Waiting times and timeliness", "Phase 1", ["assessing-needs", "care-provision"],
     "Accurate team-level reports of everyone waiting.\nSimilar waits for similar need, whichever team.\n"
     "People hear from us while they wait.\nProvider-led reviews in place."),
    ("Care market, provision and quality", "Phase 2", ["care-provision"],
     "More personal assistants.\nMore suitable accommodation through the accommodation strategy.\n"
     "More providers offering culturally appropriate care.\nFewer contract hand-backs."),
    ("Safeguarding", "Phase 1", ["safe-pathways", "safeguarding"],
     "Co-produced safeguarding guidance for teams.\nOne view of actions from safeguarding reviews.\n"
     "Four safeguarding practice audits a month.\nPartners report confidence in working with us."),
    ("Data and governance", "Phase 1", ["governance", "learning-improvement"],
     "Performance Programme Board in place.\nRecording guidance for staff.\nRevised key performance indicators and "
     "dashboards.\nData quality reports and governance."),
]

# (area index, reference, title, commencement, target, lead officer, responsible group, monthly RAG script,
#  milestones used in the notes). Dates: (year, month, day or None for month only) or a text such as "Ongoing".
ACTIONS = [
    (0, "C1", "Set up a carers oversight board to govern delivery and review of the carers strategy, including a "
              "carers' self-advocacy group", (2025, 10, None), (2025, 12, None), "", "Carers Oversight Group",
     "GGC", ["Terms of reference drafted", "First board meeting held", "Self-advocacy group meeting monthly"]),
    (0, "C2", "Commission a peer review of support for carers and act on what it finds", (2025, 12, None),
     "TBC pending review", "", "Carers Delivery Board",
     "NGGGAAGGGGGG", ["Peer review commissioned", "Fieldwork with carers' groups", "Draft findings received",
                      "Action plan being co-produced"]),
    (1, "I1", "Make sure guidance for staff covers advocacy in assessment, review and care planning", (2025, 7, None),
     (2025, 11, None), "Practice Implementation Lead", "", "GGGAAGGC",
     ["Gaps in guidance mapped", "Revised guidance drafted", "Practice forums briefed", "Guidance published"]),
    (1, "I2", "Review and improve every way people contact us, including online, so that it meets the needs of the "
              "city's diverse communities", (2025, 10, None), (2026, 12, None), "", "Digital Adult Social Care Group",
     "GGGGAAAGGGGGGG", ["Contact routes mapped", "Call distribution messages changed", "Web content migrated",
                        "Online self-referral tested with residents"]),
    (1, "I3", "Review the information and advice offer and plan how to close the gaps", (2026, 1, None),
     (2026, 12, None), "", "Information, Advice and Guidance Group", "NGGGGGGGGGG",
     ["Maturity self-assessment completed", "Gaps prioritised", "Community language options shared with staff"]),
    (2, "W1", "Identify and consistently record everyone waiting for an adult social care activity", (2025, 3, None),
     (2026, 4, 1), "", "Timeliness Performance Group", "GGGGGGAAAAGGAAAAAAAAA",
     ["Waiting list definitions agreed", "Recording guidance issued", "Team-level waiting reports built",
      "Data cleansing of historic records"]),
    (2, "W2", "Understand and remove unfair differences in waiting times between service areas", (2025, 11, None),
     (2026, 4, None), "", "Timeliness Performance Group", "GGAARRRRRRRRR",
     ["Waits compared by team and client group", "Specialist team backlog analysed", "Recovery plan drafted"]),
    (2, "W3", "Reduce waiting times and make sure people wait well, with contact while they wait", (2025, 3, None),
     (2026, 11, None), "Head of Assessment Services", "Timeliness Performance Group", "GGGGAAAAGGGGAAAGGGAAA",
     ["Waiting well calls started", "Agency assessors deployed", "Weekend assessment clinics",
      "Longest waits reviewed weekly"]),
    (2, "W4", "Introduce reviews led by care providers for stable packages", (2025, 11, None), (2026, 11, None),
     "Principal Social Worker", "", "NGGGGGGGGGGGG",
     ["Provider review template agreed", "Pilot with three home care providers",
      "Roll-out to all framework providers"]),
    (3, "M1", "Close gaps in the care market through commissioning, consistent quality assurance and fair funding",
     (2025, 10, None), (2031, 3, None), "Head of Strategic Commissioning", "", "GGGGGGGGGGGGGG",
     ["Market position statement refreshed", "Fee uplift agreed", "Accommodation strategy year one delivered"]),
    (4, "S1", "Bring together learning from safeguarding reviews across the council and embed it in practice",
     (2025, 9, None), (2026, 3, None), "Learning and Development Manager", "", "GGGAGGC",
     ["Single log of review actions", "Learning briefings for teams", "Audit of briefing use"]),
    (4, "S2", "Put clear, consistent safeguarding guidance in place for social work teams, including risk "
              "prioritisation and the multi-agency procedures", (2026, 1, None, "due to recruitment"),
     (2026, 7, None), "Safeguarding Adults Practice Manager", "", "NNGGGGGGGGG",
     ["Practice manager recruited", "Guidance co-produced with teams", "Risk prioritisation tool piloted"]),
    (4, "S3", "Work with partners to improve safeguarding referrals, feedback and thresholds", (2026, 3, None),
     (2026, 10, None), "", "Quality and Contracts Team", "GGGAGGGC",
     ["Partner survey sent", "Threshold guidance revised", "Feedback loop to referrers in place"]),
    (4, "S4", "Carry out safeguarding practice audits every month", (2026, 4, None), "Ongoing",
     "Quality Assurance Practice Manager", "", "GGGGGGGG",
     ["Audit tool agreed", "Four audits a month completed", "Audit themes reported to the board"]),
    (5, "D1", "Improve the governance, quality and management of operational data so leaders see accurate "
              "information about key risks", (2025, 9, None), (2026, 4, None), "", "Performance Programme Board",
     "GGGGAAAAC", ["Board established", "Key indicators reviewed", "Dashboards rebuilt", "Data quality reports live"]),
]

# (area index, description, indicator code or None, baseline, baseline date, target, target date, direction)
OUTCOMES = [
    (2, "Median wait for a Care Act assessment across all teams falls from 135 to 90 days",
     "waiting-median-days-care-act-assessment", 135, date(2025, 1, 31), 90, date(2026, 11, 30), "decrease"),
    (2, "No more than 10% of people are more than six months overdue for their annual review",
     "reviews-overdue-6-months-pct", 24, date(2025, 1, 31), 10, date(2026, 11, 30), "decrease"),
    (2, "The gap between specialist and locality teams' median waits narrows to under 5%",
     "waiting-team-gap-pct", 52, date(2025, 1, 31), 5, date(2026, 11, 30), "decrease"),
    (4, "All safeguarding threshold decisions are made within 5 working days",
     "sg-decision-5-working-days-pct", 45, date(2025, 3, 31), 100, date(2026, 11, 30), "increase"),
    (3, "Uptake of direct payments rises from 45% to 50%",
     "ascof-3d-direct-payments-pct", 45, date(2025, 3, 31), 50, date(2026, 11, 30), "increase"),
    (5, "Fewer than 5% of records have key fields missing", None, 14, date(2025, 3, 31), 5, date(2026, 11, 30),
     "decrease"),
    (1, "90% of people say they can easily find information and advice in a way that suits them", None,
     69.7, date(2024, 3, 31), 90, date(2026, 11, 30), "increase"),
]


def _plan_date(spec):
    """(date, month only, text) from a spec above."""
    if isinstance(spec, str):
        return None, False, spec
    year, month, day, *note = spec
    return date(year, month, day or 1), day is None, note[0] if note else ""


def _monthly_updates(action, script, milestones, authors):
    start = action.commencement_date
    months = len(script)
    for index, code in enumerate(script):
        month = add_months(start, index)
        if month > LAST_UPDATE_MONTH:
            break
        rag = RAG_CODES[code]
        percent = 100 if rag == rules.COMPLETE else 0 if rag == rules.NOT_STARTED else min(
            95, round(100 * (index + 1) / (months + 2)))
        milestone = milestones[min(index * len(milestones) // months, len(milestones) - 1)]
        phrases = RAG_PHRASES[rag]
        StatusUpdate.objects.get_or_create(
            action=action, date=month.replace(day=UPDATE_DAY),
            defaults={
                "rag": rag, "percent_complete": percent, "note": f"{milestone}. {phrases[index % len(phrases)]}",
                "author": authors[index % len(authors)] if authors else None,
                "evidence_link": f"https://intranet.example.org/cqc-plan/{action.reference.lower()}"
                if rag == rules.COMPLETE else "",
            },
        )


@transaction.atomic
def load_plan():
    assessment = Assessment.objects.filter(status=Assessment.FINAL).first()
    plan, _ = Plan.objects.get_or_create(
        title=PLAN_TITLE,
        defaults={"period_start": date(2025, 3, 1), "period_end": date(2027, 3, 31), "assessment": assessment},
    )
    if plan.assessment is None and assessment is not None:
        plan.assessment = assessment
        plan.save()
    statements = {s.slug: s for s in QualityStatement.objects.all()}
    users = get_user_model().objects.filter(username__in=["steering", "admin"]).order_by("-username")
    authors = list(users)
    areas = []
    for order, (title, phase, slugs, deliverables) in enumerate(AREAS, start=1):
        area, _ = AreaForImprovement.objects.get_or_create(
            plan=plan, title=title, defaults={"priority_phase": phase, "order": order, "deliverables": deliverables}
        )
        areas.append((area, slugs))
    for area_index, reference, title, start, target, lead, group, script, milestones in ACTIONS:
        area, slugs = areas[area_index]
        start_date, start_month_only, start_text = _plan_date(start)
        target_date, target_month_only, target_text = _plan_date(target)
        action, created = Action.objects.get_or_create(
            area=area, reference=reference,
            defaults={
                "title": title, "lead_officer": lead, "responsible_group": group,
                "commencement_date": start_date, "commencement_month_only": start_month_only,
                "commencement_text": start_text, "target_date": target_date,
                "target_month_only": target_month_only, "target_text": target_text,
            },
        )
        if created:
            action.quality_statements.set([statements[slug] for slug in slugs if slug in statements])
        _monthly_updates(action, script, milestones, authors)
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=[o[2] for o in OUTCOMES if o[2]])}
    for order, (area_index, description, code, baseline, baseline_date, target, target_date, direction) in enumerate(
        OUTCOMES, start=1
    ):
        outcome, created = OutcomeToTrack.objects.get_or_create(
            plan=plan, description=description,
            defaults={
                "area": areas[area_index][0], "indicator": indicators.get(code), "order": order,
                "baseline_value": baseline, "baseline_date": baseline_date, "target_value": target,
                "target_date": target_date, "direction": direction,
            },
        )
        if not created and outcome.indicator is None and code in indicators:
            outcome.indicator = indicators[code]
            outcome.save()
    return plan
