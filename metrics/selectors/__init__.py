"""Reads for metrics, each with a bounded number of queries. Figures are read through a FigureReader (figures)."""
from .figures import FigureReader, latest_quarter

__all__ = ["FigureReader", "latest_quarter"]
