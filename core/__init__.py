"""What every layer needs and no domain owns: periods, the xlsx writer, permission names.

A plain package, not a Django app: it has no models. Nothing here imports cqc, metrics,
improvement_plan or ascdash (the dependency direction is core <- cqc <- metrics <- improvement_plan <- ascdash).
"""
