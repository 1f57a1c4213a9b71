"""The CQC local authority assessment framework: 4 themes, 9 quality statements.

Descriptions are in our own words. Aliases are the name variants councils and
CQC documents use; `resolve_statement` matches any of them.
"""

THEMES = [
    {"number": 1, "slug": "working-with-people", "name": "Working with people",
     "description": "How the council assesses needs, supports people to live healthier lives and makes "
                    "sure everyone gets fair access and outcomes."},
    {"number": 2, "slug": "providing-support", "name": "Providing support",
     "description": "How the council makes sure good care is available, joined up and continuous, and "
                    "works with partners and communities."},
    {"number": 3, "slug": "ensuring-safety", "name": "How the local authority ensures safety within the system",
     "description": "How people move safely between services and are protected from abuse and neglect."},
    {"number": 4, "slug": "leadership", "name": "Leadership",
     "description": "How the council is governed and managed, and how it learns and improves."},
]

QUALITY_STATEMENTS = [
    {"theme": 1, "number": 1, "slug": "assessing-needs", "name": "Assessing needs",
     "description": "People's care and support needs, and carers' needs, are assessed in a timely, "
                    "person-centred way that leads to the right support.",
     "aliases": ["Assessing need", "Assessing people's needs"]},
    {"theme": 1, "number": 2, "slug": "supporting-healthier-lives", "name": "Supporting people to live healthier lives",
     "description": "The council helps people stay independent and well through prevention, information, "
                    "advice and early support.",
     "aliases": ["Supporting people to lead healthier lives", "Supporting healthier lives"]},
    {"theme": 1, "number": 3, "slug": "equity", "name": "Equity in experience and outcomes",
     "description": "The council understands its communities and removes barriers so that everyone gets "
                    "fair access, experience and outcomes.",
     "aliases": ["Equity in experiences and outcomes", "Equity"]},
    {"theme": 2, "number": 4, "slug": "care-provision", "name": "Care provision, integration and continuity",
     "description": "There is enough good-quality, affordable care of the right kinds, joined up with health "
                    "and other services.",
     "aliases": ["Care provision, integration, and continuity", "Care provision"]},
    {"theme": 2, "number": 5, "slug": "partnerships", "name": "Partnerships and communities",
     "description": "The council works with partners, the voluntary sector and communities to plan and "
                    "deliver support.",
     "aliases": ["Partnership and communities", "Partnerships"]},
    {"theme": 3, "number": 6, "slug": "safe-pathways", "name": "Safe pathways, systems and transitions",
     "description": "People move safely between services, for example from hospital or from children's to "
                    "adult services.",
     "aliases": ["Safe systems, pathways and transitions", "Safe pathways"]},
    {"theme": 3, "number": 7, "slug": "safeguarding", "name": "Safeguarding",
     "description": "Concerns about abuse and neglect are responded to quickly and people are kept safe in "
                    "the way they want.",
     "aliases": ["Safeguarding adults"]},
    {"theme": 4, "number": 8, "slug": "governance", "name": "Governance, management and sustainability",
     "description": "Leaders have clear oversight of performance, risk and money, using accurate information.",
     "aliases": ["Governance", "Governance, management, and sustainability"]},
    {"theme": 4, "number": 9, "slug": "learning-improvement", "name": "Learning, improvement and innovation",
     "description": "The council learns from feedback and reviews, and improves and innovates.",
     "aliases": ["Learning, improvement, and innovation", "Learning and improvement"]},
]

EVIDENCE_CATEGORIES = [
    ("peoples-experience", "People's experience"),
    ("staff-leaders", "Feedback from staff and leaders"),
    ("partners", "Feedback from partners"),
    ("processes", "Processes"),
]


def _normalise(text):
    return " ".join(text.replace("’", "'").replace("&", "and").lower().replace(",", " ").split())


def statement_lookup():
    """Map of every normalised name, alias and slug to the statement slug."""
    lookup = {}
    for statement in QUALITY_STATEMENTS:
        for name in [statement["name"], statement["slug"], *statement["aliases"]]:
            lookup[_normalise(name)] = statement["slug"]
    return lookup


def resolve_statement(text):
    """Slug of the quality statement named by `text` (any alias), or None."""
    return statement_lookup().get(_normalise(text or ""))
