"""Demo assessments for the demo council: a self-assessment, CQC's final assessment and a later mock.

Synthetic: the CQC final scores follow a published outcome (20 of 36 = 56%, Requires improvement);
the findings are invented, in our own words.
"""
from datetime import date

from django.db import transaction

from cqc.models import Assessment, QualityStatement, StatementScore

# (title, status, started, site visit, published, summary, {statement slug: (score, key findings)})
DEMO_ASSESSMENTS = [
    ("Self-assessment 2024", Assessment.SELF, date(2024, 9, 2), None, date(2024, 9, 30),
     "Our own assessment against the nine quality statements, submitted to CQC as part of the information return.",
     {
         "assessing-needs": (3, "Strengths-based practice is embedded; most assessments completed within 28 days. "
                                "We know the occupational therapy waiting list is too long and have a plan."),
         "supporting-healthier-lives": (2, "Reablement helps most people regain independence, but information and "
                                           "advice are hard to find online and advocacy is not always offered."),
         "equity": (2, "We have started to analyse waiting times and outcomes by ethnicity and age; gaps for "
                       "people with a learning disability are emerging."),
         "care-provision": (3, "Enough home care and residential capacity; no one waiting for a package. "
                               "Supported living remains tight."),
         "partnerships": (3, "Strong joint working with the integrated care board and the voluntary sector, "
                             "including a shared carers' hub."),
         "safe-pathways": (2, "Hospital discharge works well; transitions from children's services start too late "
                              "for some young people."),
         "safeguarding": (3, "Safeguarding Adults Board is effective; Making Safeguarding Personal is asked in most "
                             "enquiries."),
         "governance": (3, "Clear governance through the departmental management team and the CQC Assurance "
                           "Steering Group."),
         "learning-improvement": (3, "Learning from reviews and complaints is shared through practice forums and "
                                     "the principal social worker."),
     }),
    ("CQC assessment 2025", Assessment.FINAL, date(2024, 10, 7), date(2025, 2, 10), date(2025, 7, 17),
     "CQC's assessment of how the council meets its Care Act duties. The report makes no recommendations but "
     "notes areas where improvement is advised.",
     {
         "assessing-needs": (2, "People waited too long for Care Act and occupational therapy assessments; the "
                                "median wait was over four months and people were not kept informed while waiting."),
         "supporting-healthier-lives": (2, "Prevention services are valued, but people and carers found information "
                                           "and advice hard to reach and advocacy was not consistently considered."),
         "equity": (2, "The council is starting to understand inequalities, but waits were longer for people with a "
                       "learning disability and outcomes data by ethnicity were not used to plan."),
         "care-provision": (2, "Residential and home care were available without delay; supported living and "
                               "specialist placements were short and quality assurance was inconsistent."),
         "partnerships": (3, "Partners described constructive, trusting relationships; joint commissioning with health "
                             "and the voluntary sector was a clear strength."),
         "safe-pathways": (2, "Hospital discharge was timely, but transitions to adult services were not always "
                              "planned early enough and some reviews were long overdue."),
         "safeguarding": (2, "Concerns were triaged, but many threshold decisions took longer than five days and too "
                             "many enquiries stayed open beyond six weeks."),
         "governance": (2, "Leaders were visible, but performance data were not always accurate or timely enough to "
                           "give oversight of risk."),
         "learning-improvement": (3, "A strong learning culture: staff described reflective supervision, practice "
                                     "audits and innovation such as care technology."),
     }),
    ("Mock assessment 2026", Assessment.MOCK, date(2026, 5, 5), date(2026, 6, 16), date(2026, 7, 24),
     "Peer-led mock assessment one year into the improvement plan, using CQC's framework and scoring.",
     {
         "assessing-needs": (3, "Waiting lists have fallen sharply; the median wait for a Care Act assessment is under "
                                "90 days and people waiting receive regular contact."),
         "supporting-healthier-lives": (2, "The new digital front door is live, but carers still report difficulty "
                                           "finding advice; the advocacy guidance is newly in place."),
         "equity": (2, "Waiting-time disparity for the learning disability team has narrowed but not closed."),
         "care-provision": (3, "Supported living capacity increased and provider quality checks now follow one "
                               "framework."),
         "partnerships": (3, "Partnerships remain strong; the carers' board now includes carers themselves."),
         "safe-pathways": (3, "Preparing-for-adulthood planning starts at 14; overdue reviews have halved."),
         "safeguarding": (3, "Most threshold decisions are made within five working days and enquiries close faster."),
         "governance": (3, "A verified performance dashboard now gives leaders monthly oversight of key risks."),
         "learning-improvement": (3, "Learning from safeguarding reviews is collated and audited each quarter."),
     }),
]


@transaction.atomic
def load_assessments(council_name):
    """Create or refresh the demo assessments for `council_name`; loading twice changes nothing."""
    statements = QualityStatement.objects.in_bulk(field_name="slug")
    for title, status, started, site_visit, published, summary, scores in DEMO_ASSESSMENTS:
        assessment, _ = Assessment.objects.update_or_create(
            council_name=council_name, title=title,
            defaults={"status": status, "started": started, "site_visit": site_visit, "published": published,
                      "summary": summary},
        )
        for slug, (score, findings) in scores.items():
            StatementScore.objects.update_or_create(
                assessment=assessment, statement=statements[slug],
                defaults={"score": score, "key_findings": findings},
            )
