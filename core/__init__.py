"""What every layer needs and no domain owns: periods, the xlsx writer, safe file opening, permission names and the
shape of a judgement (its tag tokens).

A plain package, not a Django app: it has no models. Nothing here imports cqc, metrics, improvement_plan or
ascdash (the dependency direction is core <- cqc <- metrics <- improvement_plan <- ascdash; tests/test_layers.py
checks it).
"""
