"""Figures as people read them, in an indicator's unit and decimals: the one formatter for every page,
question and export."""
NO_DATA = "No data"
UNIT_SUFFIX = {"percent": "%", "rate_per_100k": " per 100,000"}
MILLION, THOUSAND = 1_000_000, 1_000


def format_number(value, decimals=0):
    if value is None:
        return "–"
    return f"{value:,.{decimals}f}"


def format_money(amount, decimals=1):
    """Pounds as councils write them: '£1.2m' from a million (to `decimals`, at least one), '£350k' from a
    thousand, '£850' below; a minus sign before the pound sign for a negative amount."""
    size = abs(amount)
    if round(size / THOUSAND) >= THOUSAND:
        text = f"£{size / MILLION:,.{max(decimals, 1)}f}m"
    elif round(size) >= THOUSAND:
        text = f"£{size / THOUSAND:,.0f}k"
    else:
        text = f"£{size:,.0f}"
    return f"-{text}" if amount < 0 and text != "£0" else text


def plain_value(value, indicator):
    """The figure in its unit, with its sign and without sign words."""
    if indicator.unit == "currency":
        return format_money(value, indicator.decimals)
    number = format_number(value, indicator.decimals)
    if indicator.unit == "days":
        return f"{number} day" if number == "1" else f"{number} days"
    return number + UNIT_SUFFIX.get(indicator.unit, "")


def signed_words(value, indicator):
    """'£1.2m overspend', '0.8% underspend', 'on budget': the size, then the word for its sign (never the sign
    alone, nor colour alone), for an indicator with sign_words."""
    words = indicator.sign_words
    size = plain_value(abs(value), indicator)
    if plain_value(0.0, indicator) == size:
        return words.get("zero", size)
    return f"{size} {words['positive'] if value > 0 else words['negative']}"


def format_value(value, indicator, of=None):
    """'45.2%', '135 days', '1 day', '2,749', '566.0 per 100,000', '£1.2m' in `indicator`'s unit and decimals;
    'No data' when there is no figure. A day is singular only when the figure as shown is exactly 1.

    An indicator with sign_words (a budget variance) reads '£1.2m overspend'; given `of`, the figure's
    denominator, and a share_of word, it adds the share: '£1.2m overspend (3.4% of budget)'."""
    if value is None:
        return NO_DATA
    sign_words = getattr(indicator, "sign_words", None)
    if not sign_words:
        return plain_value(value, indicator)
    text = signed_words(value, indicator)
    if of and "share_of" in sign_words:
        text += f" ({format_number(100 * abs(value) / of, 1)}% of {sign_words['share_of']})"
    return text


def format_difference(difference, indicator):
    """The size of a gap between two figures: 100 days, 12.5 percentage points, £0.4m."""
    difference = abs(difference)
    if indicator.unit == "percent":
        return f"{format_number(difference, indicator.decimals)} percentage points"
    return plain_value(difference, indicator)


def rounded(value, indicator):
    """The figure as shown, for spreadsheets."""
    return None if value is None else round(value, indicator.decimals)
