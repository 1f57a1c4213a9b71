"""Writes for metrics, one module per area: uploads, recalculation, benchmark and comparator imports."""
