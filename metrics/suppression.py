"""Statistical disclosure control for breakdowns shown to people without `view_data_quality`.

Counts of 1 to 4 are replaced by a marker (primary suppression). If only one cell in a breakdown is
hidden, the total would reveal it, so the next smallest non-zero cell is hidden too (complementary
suppression); when there is no such cell, the total is hidden instead.
"""
MARKER = "[c]"
EXPLANATION = (f"{MARKER} = hidden to protect people's privacy: fewer than 5 people, or a figure from which a "
               "hidden one could be worked out.")
SMALLEST_SHOWN = 5


def is_small(count):
    return count is not None and 0 < count < SMALLEST_SHOWN


def disclosure_count(value, numerator, denominator, unit):
    """The number of people a breakdown cell rests on: the count itself, or the smaller of numerator
    and denominator for a rate or statistic (whichever is known and non-zero); none for money, which
    counts pounds, not people."""
    if unit == "currency":
        return None
    if unit == "count":
        return value if numerator is None else numerator
    known = [n for n in (numerator, denominator) if n]
    return min(known) if known else None


def cells_to_suppress(counts):
    """Given {category: disclosure count}, return (categories to hide, whether to hide the total)."""
    primary = {category for category, count in counts.items() if is_small(count)}
    hidden = set(primary)
    hide_total = False
    if len(primary) == 1:
        complements = sorted((count, str(category)) for category, count in counts.items()
                             if category not in hidden and count)
        if complements:
            smallest = complements[0][1]
            hidden.add(next(category for category in counts if str(category) == smallest))
        else:
            hide_total = True
    return hidden, hide_total


def suppress_breakdown(rows, unit):
    """Mark rows of one breakdown (dicts with value, numerator, denominator) as suppressed.

    Returns (new rows each with `suppressed`, whether the breakdown's total must be hidden too).
    """
    counts = {index: disclosure_count(row["value"], row["numerator"], row["denominator"], unit)
              for index, row in enumerate(rows)}
    hidden, hide_total = cells_to_suppress(counts)
    return [{**row, "suppressed": index in hidden} for index, row in enumerate(rows)], hide_total
