"""How the text cites evidence and figures.

"How we know" cites register items by id in square brackets, e.g. "[E12]" or "[E12, Q3]", and live figures by
indicator code in curly brackets, e.g. "{waiting-median-days-care-act-assessment}". Brackets holding anything
else ("[see annex]", "[2024]") are ordinary text.
"""
import re

BRACKETED = re.compile(r"\[([^\[\]\n]{1,120})\]|\{([a-z0-9][a-z0-9-]{0,99})\}")
REF_TOKEN = re.compile(r"^[A-Za-z]{1,3}\s?\d{1,4}$")
REF_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+and\s+")


def normalise_ref(token):
    """'e 12' -> 'E12'."""
    return re.sub(r"\s+", "", token).upper()


def refs_in(bracketed):
    """The ids in one pair of square brackets, or None when it holds anything other than ids."""
    tokens = [token for token in REF_SEPARATOR.split(bracketed.strip()) if token]
    if not tokens or not all(REF_TOKEN.match(token) for token in tokens):
        return None
    return [normalise_ref(token) for token in tokens]


def pieces(text):
    """The text as ("text", str), ("refs", [ids]) and ("indicator", code) pieces, in order."""
    position = 0
    for match in BRACKETED.finditer(text or ""):
        refs = refs_in(match.group(1)) if match.group(1) is not None else None
        if match.group(2) is None and refs is None:
            continue
        if match.start() > position:
            yield "text", text[position:match.start()]
        yield ("refs", refs) if refs is not None else ("indicator", match.group(2))
        position = match.end()
    if position < len(text or ""):
        yield "text", text[position:]


def cited_refs(text):
    """Every id cited in the text, in order of first citation."""
    found = []
    for kind, value in pieces(text):
        if kind == "refs":
            found.extend(ref for ref in value if ref not in found)
    return found


def indicator_codes(text):
    return list(dict.fromkeys(value for kind, value in pieces(text) if kind == "indicator"))


def lines(text):
    """The non-empty lines of a list field (strengths, areas for improvement, plans), without bullet marks."""
    return [line.strip().lstrip("•-*– ").strip() for line in (text or "").splitlines() if line.strip()]


def paragraphs(text):
    """Paragraphs separated by blank lines."""
    return [block.strip() for block in re.split(r"\n\s*\n", (text or "").strip()) if block.strip()]
