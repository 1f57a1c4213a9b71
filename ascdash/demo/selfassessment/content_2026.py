"""The September 2026 revision (a draft): what each lead changed from the September 2024 text, after CQC's
assessment (report July 2025), a year of the improvement plan and the July 2026 mock assessment.

Each entry: the demo user who made the change, the plan actions now linked, and the headings rewritten."""

REVISIONS = {
    "assessing-needs": {
        "by": "officer", "actions": ["W1", "W3", "W4", "C2"],
        "strengths": "Strengths-based conversations are embedded in practice across the locality teams [E2, E4].\n"
                     "Care Act assessment waits have fallen sharply since CQC's assessment [E42].\n"
                     "People waiting now hear from us at least every 28 days [E42].\n"
                     "Carers' assessments are quicker [E6].",
        "areas_for_improvement": "Occupational therapy waits are still too long.\n"
                                 "Waits for the learning disability team are longer than for locality teams.",
        "how_we_know": "The median wait so far for a Care Act assessment is "
                       "{waiting-median-days-care-act-assessment}, close to our 90-day aim for November 2026, with "
                       "{waiting-people-care-act-assessment} people waiting [E3, E42]. Occupational therapy waits "
                       "remain {waiting-median-days-ot-assessment} at the median [E7].\n\n"
                       "Carers now wait {waiting-median-days-carers-assessment} at the median for their own "
                       "assessment [E6, E50]. CQC found that people waited too long in 2025 [E39]; the mock "
                       "assessment found waits much improved [E47]. \"Someone rang every few weeks, so I knew I "
                       "hadn't been forgotten\" [Q11]. \"The social worker listened to what I wanted, not just "
                       "what I couldn't do\" [Q1].",
        "plans": "To keep waits down we will hold the weekly review of the longest waits until every team is "
                 "within 90 days.\nTo reduce occupational therapy waits we will extend the trusted assessor "
                 "scheme.\nTo cut reviews we will roll provider-led reviews out to all framework providers.",
    },
    "supporting-healthier-lives": {
        "by": "officer", "actions": ["I1", "I2", "I3", "C1"],
        "areas_for_improvement": "Carers still find information and advice hard to reach.\n"
                                 "Advocacy guidance is new and not yet tested in practice.",
        "how_we_know": "{ascof-2a-short-term-no-further-support-pct} of people who had short-term support needed "
                       "no further support [E9]. {ascs-easy-to-find-information-pct} of people who use services "
                       "find it easy to find information (69.7% in 2023-24), but only "
                       "{sace-easy-to-find-information-pct} of carers do [E11, E12]. New staff guidance makes "
                       "advocacy part of every assessment [E52], and the carers' strategy was written with carers "
                       "[E49]. Our information and advice offer has moved on from the \"developing\" rating of "
                       "our 2024 maturity self-assessment [E8].\n\n"
                       "\"The reablement team got me back in my own kitchen within three weeks\" [Q3]. "
                       "\"As a carer I feel invisible until there is a crisis\" [Q6]. \"The new website finally "
                       "tells you who to ring\" [Q12].",
    },
    "equity": {
        "by": "officer", "actions": ["I2", "W2"],
        "how_we_know": "Specialist teams' waits now run {waiting-team-gap-pct} longer than locality teams' "
                       "[E13]: the gap has widened, and our recovery plan for the learning disability team is "
                       "behind. The needs assessment shows a younger, more diverse population than England's "
                       "[E15]. The learning disability partnership board reviews these figures [E38].\n\n"
                       "\"Having an interpreter who knew our community made all the difference\" [Q4].",
    },
    "care-provision": {
        "by": "admin", "actions": ["M1", "W4"],
        "strengths": "No one is waiting for home care or a care home placement [E16].\n"
                     "High uptake of direct payments [E18].\n"
                     "More supported living places since 2024 [E17].",
        "how_we_know": "{ascof-3d-direct-payments-pct} of people receive direct payments, well above England "
                       "[E18]. {ascof-3a-user-satisfaction-pct} of people are extremely or very satisfied with "
                       "their care and support [E11]. The new market position statement sets out where the market "
                       "is short [E46], and provider quality is checked against one framework [E19].\n\n"
                       "\"We trust the home care agency; the same carers come every week\" [Q5]. \"Fee rates are "
                       "agreed early now, which helps us plan staffing\" [Q10].",
    },
    "partnerships": {
        "by": "admin", "actions": ["C1"],
        "strengths": "Joint commissioning with the integrated care board through the Better Care Fund [E20].\n"
                     "A shared carers' hub with the voluntary sector [E22].\n"
                     "Carers sit on the carers' oversight board [E49].",
    },
    "safe-pathways": {
        "by": "steering", "actions": ["S1", "S3"],
        "strengths": "Hospital discharge is timely and well coordinated [E44].\n"
                     "Preparing-for-adulthood planning now starts at 14 [E43].",
        "areas_for_improvement": "Some reviews of long-term support are still overdue.",
        "how_we_know": "{ascof-2d-at-home-after-reablement-pct} of older people were still at home after leaving "
                       "hospital into reablement, still a little below England [E44]. "
                       "{reviews-in-12-months-pct} of people on long-term support were reviewed in the last "
                       "12 months. A case audit of transitions found plans in place by 16 in most cases [E45].\n\n"
                       "\"For the first time, adult services met us before our son's 17th birthday\" [Q14].",
        "plans": "To reduce overdue reviews we will use provider-led reviews for stable packages.\n"
                 "To keep transitions safe we will audit every transition case in its first year.",
    },
    "safeguarding": {
        "by": "steering", "actions": ["S1", "S2", "S3", "S4"],
        "how_we_know": "{sg-decision-5-working-days-pct} of concern decisions were made within five working "
                       "days and {sg-concluded-3-months-pct} of enquiries concluded within three months [E26]. "
                       "{sg-msp-asked-pct} of people were asked about the outcomes they wanted [E25]; "
                       "{ascof-4a-feel-safe-pct} of people who use services feel as safe as they want. Four "
                       "safeguarding practice audits are completed each month [E51].\n\n"
                       "\"They asked me what I wanted to happen, and it happened\" [Q8].",
    },
    "governance": {
        "by": "steering", "actions": ["D1"],
        "strengths": "Visible leaders and a clear performance framework [E28].\n"
                     "A Performance Programme Board with a verified monthly dashboard [E48].\n"
                     "The CQC Assurance Steering Group oversees the improvement plan monthly [E31, E41].",
        "how_we_know": "Risks are reviewed three times a year [E29]. The adult social care strategy sets our "
                       "priorities [E1]. Our annual assurance statement reports to members [E40]. CQC rated us "
                       "Requires improvement in July 2025 [E39]; the mock assessment in July 2026 found governance "
                       "now gives leaders monthly oversight of key risks [E47].",
    },
    "learning-improvement": {
        "by": "admin", "actions": ["S1", "D1"],
        "areas_for_improvement": "Learning from complaints reaches practice forums but not yet every team.",
        "how_we_know": "Staff told us they feel supported to learn [E37]. Complaints themes are now discussed at "
                       "each practice forum [E32, E33], and learning from safeguarding reviews is logged in one "
                       "place [E27]. \"Supervision is where I get to think, not just report\" [Q9].",
    },
}
