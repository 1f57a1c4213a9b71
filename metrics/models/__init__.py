from .commentary import Commentary
from .indicators import Indicator, IndicatorValue, Target
from .records import CarerRecord, KpiValue, ReviewRecord, SafeguardingConcern, WaitingRecord
from .reference import Area, ComparatorGroup, PopulationProfile, Team
from .uploads import Upload, UploadEvent, UploadMessage

__all__ = [
    "Area", "ComparatorGroup", "PopulationProfile", "Team",
    "Upload", "UploadMessage", "UploadEvent",
    "WaitingRecord", "ReviewRecord", "SafeguardingConcern", "CarerRecord", "KpiValue",
    "Indicator", "IndicatorValue", "Target",
    "Commentary",
]
