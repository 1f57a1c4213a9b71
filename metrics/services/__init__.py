"""Writes for metrics, one module per area."""
