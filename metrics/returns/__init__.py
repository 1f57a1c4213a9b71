"""The machinery every return shares: what a return is (base), reading a file (reading), converting cells
(convert), the rules (rules), validating (validation), storing records (storage), the template workbook and
the columns several returns share (shared). A return's own codes, columns and rules are in its family
(metrics/families/<family>/columns.py).

`RETURNS` maps each Upload.return_type to its `Return`, from the registered families.
"""


def __getattr__(name):
    # Read from the families when first asked for: their columns modules import this package's modules.
    if name == "RETURNS":
        from ..families import returns

        return returns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_return(code):
    from ..families import returns

    specs = returns()
    try:
        return specs[code]
    except KeyError:
        raise KeyError(f"Unknown return {code!r}; choose one of {', '.join(specs)}") from None
