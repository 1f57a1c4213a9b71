"""The demo council's self-assessment as endorsed in September 2024, before CQC's assessment (begun October 2024).

Synthetic, in our own words, shaped on a real council's published self-assessment: per statement an ambition,
strengths, areas for improvement, "how we know" citing numbered evidence and quotes, and plans. Figures are live
references ({indicator code}), so they always agree with the demo's own data as at the version's date.
"""

SECTIONS = {
    "assessing-needs": {
        "ambition": "Everyone who asks for support gets a timely, strengths-based assessment that starts from what "
                    "matters to them, and carers are recognised and assessed in their own right.",
        "strengths": "Strengths-based conversations are embedded in practice across the locality teams [E2, E4].\n"
                     "Most people's needs are met at first contact without a formal assessment.\n"
                     "Carers' assessments are offered at every adult assessment.",
        "areas_for_improvement": "Waits for Care Act and occupational therapy assessments are too long.\n"
                                 "People waiting do not always hear from us while they wait.\n"
                                 "Waits differ between locality and specialist teams.",
        "how_we_know": "The median wait so far for a Care Act assessment is "
                       "{waiting-median-days-care-act-assessment}, with {waiting-people-care-act-assessment} people "
                       "waiting [E3]. Occupational therapy waits are "
                       "{waiting-median-days-ot-assessment} at the median [E7].\n\n"
                       "Carers wait {waiting-median-days-carers-assessment} at the median for their own assessment "
                       "[E6]. Audits of strengths-based practice found good-quality conversations in most "
                       "cases [E4]. \"The social worker listened to what I wanted, not just what I couldn't do\" "
                       "[Q1].",
        "plans": "To address waiting times we will agree one definition of waiting and report it by team each "
                 "month.\nTo help people wait well we will contact everyone waiting over 28 days.\n"
                 "To reduce occupational therapy waits we will deliver the OT recovery plan [E7].",
    },
    "supporting-healthier-lives": {
        "ambition": "People stay well and independent for longer, with good information and advice, early help "
                    "and reablement that works.",
        "strengths": "Reablement helps most people regain their independence [E9, E35].\n"
                     "A wide prevention offer with the voluntary sector [E10].\n"
                     "Care technology is improving safety at home [E34].",
        "areas_for_improvement": "Information and advice are hard to find, especially online and for carers.\n"
                                 "Advocacy is not always considered during assessment.",
        "how_we_know": "{ascof-2a-short-term-no-further-support-pct} of people who had short-term support needed "
                       "no further support [E9]. {ascs-easy-to-find-information-pct} of people who use services "
                       "find it easy to find information, but only {sace-easy-to-find-information-pct} of carers "
                       "do [E11, E12]. Our maturity self-assessment of information and advice placed us at "
                       "\"developing\" [E8].\n\n"
                       "\"I didn't know where to start; the website sent me round in circles\" [Q2]. \"As a carer I feel "
                       "invisible until there is a crisis\" [Q6]. "
                       "\"The reablement team got me back in my own kitchen within three weeks\" [Q3].",
        "plans": "To improve information and advice we will rebuild our web pages with residents.\n"
                 "To make advocacy routine we will review our practice guidance.",
    },
    "equity": {
        "ambition": "Everyone gets fair access, experience and outcomes, whatever their background, and our "
                    "services reflect Northmoor's diverse communities.",
        "strengths": "Interpreting and community language support are available at every stage [E14].\n"
                     "A strong learning disability partnership board [E14].",
        "areas_for_improvement": "We do not yet routinely use data on outcomes by ethnicity to plan.\n"
                                 "People supported by the learning disability team wait longer than others.",
        "how_we_know": "Our analysis of waiting times found that specialist teams' waits run "
                       "{waiting-team-gap-pct} longer than locality teams' [E13]. The needs assessment shows "
                       "a younger, more diverse population than England's [E15].\n\n"
                       "\"Having an interpreter who knew our community made all the difference\" [Q4].",
        "plans": "To understand inequity we will report waits and outcomes by ethnicity, age and team each "
                 "quarter.\nTo close the gap for people with a learning disability we will review the specialist "
                 "team's waiting list.",
    },
    "care-provision": {
        "ambition": "Enough good-quality, affordable care and support of the right kinds, joined up with health, "
                    "so that people can live at home for as long as possible.",
        "strengths": "No one is waiting for home care or a care home placement [E16].\n"
                     "High uptake of direct payments [E18].",
        "areas_for_improvement": "Supported living capacity is too small for demand [E17].\n"
                                 "Provider quality assurance is inconsistent [E19].",
        "how_we_know": "{ascof-3d-direct-payments-pct} of people receive direct payments, well above England "
                       "[E18]. {ascof-3a-user-satisfaction-pct} of people are extremely or very satisfied with "
                       "their care and support [E11]. Our market position statement sets out where the market "
                       "is short [E5].\n\n"
                       "\"We trust the home care agency; the same carers come every week\" [Q5].",
        "plans": "To grow supported living we will commission new schemes with housing partners.\n"
                 "To make quality assurance consistent we will use one provider quality framework.",
    },
    "partnerships": {
        "ambition": "We plan and deliver support with the NHS, the voluntary sector and communities as equal "
                    "partners.",
        "strengths": "Joint commissioning with the integrated care board through the Better Care Fund [E20].\n"
                     "A shared carers' hub with the voluntary sector [E22].\n"
                     "Trusting relationships with community organisations [E21].",
        "areas_for_improvement": "Partners want earlier involvement in designing services.",
        "how_we_know": "Partners told us that relationships are open and constructive [E23]. "
                       "\"The council picks up the phone and works the problem with us\" [Q7].",
        "plans": "To involve partners earlier we will co-produce the next carers' strategy with carers and the "
                 "voluntary sector.",
    },
    "safe-pathways": {
        "ambition": "People move safely between services: from hospital, from children's to adult services, and "
                    "between teams.",
        "strengths": "Hospital discharge is timely and well coordinated.",
        "areas_for_improvement": "Preparing-for-adulthood planning starts too late for some young people.\n"
                                 "Some reviews of long-term support are long overdue.",
        "how_we_know": "{ascof-2d-at-home-after-reablement-pct} of older people were still at home after leaving "
                       "hospital into reablement, a little below England. "
                       "{reviews-in-12-months-pct} of people on long-term support were reviewed in the last "
                       "12 months.",
        "plans": "To improve transitions we will start preparing-for-adulthood planning at 14.",
    },
    "safeguarding": {
        "ambition": "People are safe and supported to live the lives they want, and safeguarding is personal.",
        "strengths": "An effective Safeguarding Adults Board with strong partner commitment [E24].\n"
                     "Making Safeguarding Personal is asked in most enquiries [E25].",
        "areas_for_improvement": "Too many enquiries stay open beyond three months.\n"
                                 "Learning from safeguarding adults reviews is not always embedded [E27].",
        "how_we_know": "{sg-decision-5-working-days-pct} of concern decisions were made within five working "
                       "days and {sg-concluded-3-months-pct} of enquiries concluded within three months [E26]. "
                       "{sg-msp-asked-pct} of people were asked about the outcomes they wanted [E25]; "
                       "{ascof-4a-feel-safe-pct} of people who use services feel as safe as they want.\n\n"
                       "\"They asked me what I wanted to happen, and it happened\" [Q8].",
        "plans": "To close enquiries sooner we will report open enquiries over 28 days to managers each month.\n"
                 "To embed learning from reviews we will keep one log of review actions [E27].",
    },
    "governance": {
        "ambition": "Clear leadership and governance, with accurate information on performance, risk and money.",
        "strengths": "Visible leaders and a clear performance framework [E28].\n"
                     "A CQC Assurance Steering Group oversees our preparation [E31].",
        "areas_for_improvement": "Performance data are not always accurate or timely enough.\n"
                                 "Financial pressures in the medium term [E30].",
        "how_we_know": "Risks are reviewed three times a year [E29]. The adult social care strategy sets our "
                       "priorities [E1]. Our annual assurance statement reports to members [E40].",
        "plans": "To improve data quality we will build data quality reports for every team.",
    },
    "learning-improvement": {
        "ambition": "A learning organisation that listens, reflects and improves, and is not afraid to try new "
                    "things.",
        "strengths": "Regular practice forums led by the principal social worker [E32].\n"
                     "Innovation in care technology [E34].\n"
                     "Reflective supervision valued by staff [E36, E37].",
        "areas_for_improvement": "Learning from complaints is not yet shared systematically.",
        "how_we_know": "Staff told us they feel supported to learn [E37]. \"Supervision is where I get to think, "
                       "not just report\" [Q9].",
        "plans": "To share learning from complaints we will add a complaints theme to each practice forum.",
    },
}
