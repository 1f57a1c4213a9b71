"""Monthly returns: one module per return (columns, synonyms, codes, rules) and the shared machinery.

`RETURNS` maps each Upload.return_type to its `Return` specification.
"""
from . import carers, kpi, reviews, safeguarding, waiting

RETURNS = {spec.code: spec for spec in (waiting.RETURN, reviews.RETURN, safeguarding.RETURN, carers.RETURN, kpi.RETURN)}


def get_return(code):
    try:
        return RETURNS[code]
    except KeyError:
        raise KeyError(f"Unknown return {code!r}; choose one of {', '.join(RETURNS)}") from None
