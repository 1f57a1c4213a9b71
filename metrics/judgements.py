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


# Against another figure (England, the region, similar councils)
def better_than(name):
    return Judgement("better", f"Better than {name}", GOOD)


def worse_than(name):
    return Judgement("worse", f"Worse than {name}", BAD)


def same_as(name):
    return Judgement("same", f"Same as {name}", NEUTRAL)


def higher_or_lower_than(higher, name):
    """Where higher is neither better nor worse (no_judgement polarity)."""
    word = "higher" if higher else "lower"
    return Judgement(word, f"{word.capitalize()} than {name}", NEUTRAL)


def no_figure_to_compare(name):
    return no_data(f"No {name} figure to compare")


# Significance (95% Wilson interval of our proportion against the benchmark)
def similar_to(name):
    return Judgement("similar", f"Similar to {name}", NEUTRAL)


def significantly(word, name, token):
    """word: better, worse, higher or lower."""
    return Judgement(f"significantly_{word}", f"Significantly {word} than {name}", token)


def significance_not_available(name):
    return no_data(f"Significance against {name} not available")


# Direction of travel against an earlier figure, e.g. against="last quarter"
def improving_on(against):
    return Judgement("improving", f"Improving on {against}", GOOD)


def worsening_on(against):
    return Judgement("worsening", f"Worsening on {against}", BAD)


def no_change_on(against):
    return Judgement("no_change", f"No change on {against}", NEUTRAL)


def up_or_down_on(up, against):
    """Where up is neither better nor worse (no_judgement polarity)."""
    word = "Up" if up else "Down"
    return Judgement(word.lower(), f"{word} on {against}", NEUTRAL)


def no_figure_for(against):
    return no_data(f"No figure for {against}")


def quartile(number, rank, count):
    words = f"Quartile {number} of 4 ({QUARTILE_WORDS[number]}), ranked {rank} of {count}"
    return Judgement(f"quartile_{number}", words, QUARTILE_TOKENS[number])
