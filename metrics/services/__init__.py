"""Writes for metrics: recalculation of stored indicator values, benchmark and comparator imports."""
