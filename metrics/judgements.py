"""The words of every judgement on a figure, and their tag tokens, defined once: target RAG, direction of
travel, comparison with England, the region and similar councils, significance and quartile. The comparison
engine (metrics.comparison) decides which applies; pages, questions and exports show these words.
"""
from core.judgements import BAD, GOOD, NEUTRAL, WARNING, Judgement

# Against target (green met, amber within tolerance, red missed)
TARGET_MET = Judgement("green", "Green: target met", GOOD)
TARGET_NEARLY_MET = Judgement("amber", "Amber: just short of target", WARNING)
TARGET_MISSED = Judgement("red", "Red: target missed", BAD)
NO_TARGET = Judgement("no_target", "No target", NEUTRAL)
NO_DATA = Judgement("no_data", "No data", NEUTRAL)
NOT_JUDGED = Judgement("not_judged", "Context only: not judged", NEUTRAL)  # no_judgement polarity: context only
TARGET_STATUSES = [TARGET_MET, TARGET_NEARLY_MET, TARGET_MISSED, NO_TARGET, NO_DATA]

# The headline lists' tags: the indicators that moved most on last period
IMPROVED = Judgement("improving", "Improving", GOOD)
WORSENED = Judgement("worsening", "Worsening", BAD)

QUARTILE_WORDS = {1: "best quarter", 2: "second quarter", 3: "third quarter", 4: "worst quarter"}
QUARTILE_TOKENS = {1: GOOD, 2: GOOD, 3: WARNING, 4: BAD}


def no_data(words=NO_DATA.words):
    return Judgement(NO_DATA.key, words, NEUTRAL)


# Against another figure (England, the region, similar councils); higher and lower where polarity does not judge
VERSUS = {
    "better": ("Better than {}", GOOD), "worse": ("Worse than {}", BAD), "same": ("Same as {}", NEUTRAL),
    "higher": ("Higher than {}", NEUTRAL), "lower": ("Lower than {}", NEUTRAL),
}
# Significance: whether the benchmark lies outside the 95% Wilson interval of our proportion
SIGNIFICANCE = {
    "similar": ("Similar to {}", NEUTRAL),
    "significantly_better": ("Significantly better than {}", GOOD),
    "significantly_worse": ("Significantly worse than {}", BAD),
    "significantly_higher": ("Significantly higher than {}", NEUTRAL),
    "significantly_lower": ("Significantly lower than {}", NEUTRAL),
}
# Direction of travel against an earlier figure, e.g. "last quarter"; up and down where polarity does not judge
DIRECTION = {
    "improving": ("Improving on {}", GOOD), "worsening": ("Worsening on {}", BAD),
    "no_change": ("No change on {}", NEUTRAL), "up": ("Up on {}", NEUTRAL), "down": ("Down on {}", NEUTRAL),
}
NO_FIGURE = {
    "versus": "No {} figure to compare", "significance": "Significance against {} not available",
    "direction": "No figure for {}",
}


def worded(table, key, name):
    """The judgement `key` of a word table, about `name` (England, last quarter ...)."""
    words, token = table[key]
    return Judgement(key, words.format(name), token)


def no_figure(kind, name):
    return no_data(NO_FIGURE[kind].format(name))


def quartile_text(number):
    return f"Quartile {number} of 4 ({QUARTILE_WORDS[number]})"


def quartile(number, rank, count):
    words = f"{quartile_text(number)}, ranked {rank} of {count}"
    return Judgement(f"quartile_{number}", words, QUARTILE_TOKENS[number])
