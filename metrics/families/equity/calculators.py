"""Equity: how the people in a service compare with the council's adult population.

For each dimension (ethnicity, age band, gender) and category, the representation ratio is
(category's share of the cohort) / (category's share of the adult population), both over the
categories the population profile has. The headline is for all ethnic minority groups together.

`population` is {dimension: {category: adults}}.
"""
from metrics.calculators import Figure, in_period, latest_rows, snapshot_for, with_categories

DIMENSIONS = ["ethnicity", "age_band", "gender"]
MAJORITY_ETHNICITY = "white"


def representation_ratio(count, known, category_population, population_total):
    if not known or not category_population:
        return None
    return (count / known) / (category_population / population_total)


def representation_figures(code, period, people, population):
    """One figure per category of each dimension, and the headline for ethnic minority groups."""
    figures = []
    for dimension in DIMENSIONS:
        profile = population.get(dimension) or {}
        known = people[people[dimension].isin(list(profile))]
        total_population = sum(profile.values())
        counts = known[dimension].value_counts()
        for category in sorted(profile):
            count = int(counts.get(category, 0))
            figures.append(Figure(code, period,
                                  representation_ratio(count, len(known), profile[category], total_population),
                                  numerator=float(count), denominator=float(len(known)),
                                  breakdown=dimension, category=category))
        if dimension == "ethnicity" and len(known):
            minority = int((known["ethnicity"] != MAJORITY_ETHNICITY).sum())
            minority_population = total_population - profile.get(MAJORITY_ETHNICITY, 0)
            figures.append(Figure(code, period,
                                  representation_ratio(minority, len(known), minority_population, total_population),
                                  numerator=float(minority), denominator=float(len(known))))
    return figures


def waiting_cohort(records, period):
    snapshot = snapshot_for(records, period)
    return None if snapshot is None else snapshot.drop_duplicates("person_id")


def calculate(waiting, safeguarding, carers, population, periods):
    """Figures for equity-waiting/-safeguarding/-carers-representation; any record frame may be None."""
    figures = []
    concerns = with_categories(latest_rows(safeguarding, ["concern_id"])) if safeguarding is not None else None
    requests = with_categories(latest_rows(carers, ["carer_id", "date_requested"])) if carers is not None else None
    waiting = with_categories(waiting) if waiting is not None else None
    for period in periods:
        cohorts = [
            ("equity-waiting-representation", waiting_cohort(waiting, period) if waiting is not None else None),
            ("equity-safeguarding-representation", None if concerns is None else
             concerns[in_period(concerns["date_received"], period)].drop_duplicates("person_id")),
            ("equity-carers-representation", None if requests is None else
             requests[in_period(requests["date_requested"], period)].drop_duplicates("carer_id")),
        ]
        for code, people in cohorts:
            if people is not None and len(people):
                figures += representation_figures(code, period, people, population)
    return figures
