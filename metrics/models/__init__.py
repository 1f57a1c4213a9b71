from .commentary import Commentary
from .indicators import Indicator, IndicatorValue, Target
from .reference import Area, ComparatorGroup, PopulationProfile, Team
from .uploads import Upload, UploadEvent, UploadMessage

from .. import families  # noqa: E402,F401  each family declares its record model in its package (app label metrics)

__all__ = [
    "Area", "ComparatorGroup", "PopulationProfile", "Team",
    "Upload", "UploadMessage", "UploadEvent",
    "Indicator", "IndicatorValue", "Target",
    "Commentary",
]
