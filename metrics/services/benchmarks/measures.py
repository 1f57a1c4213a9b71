"""Which indicator a file's measure is: by our code, title or alias (any year), or by ASCOF id read in the framework
of the figure's year. The ids were reused with new meanings in 2023-24 (2D was short-term support before and is
91-day reablement since; 2A, 2B and 2C moved too), so an id is never looked up in the other framework."""
from ...measure_ids import definition_names, id_key, name_key

ASCOF_REFRESH_YEAR = 2023  # the framework of six objectives (new measure ids) applies from 2023-24


def framework_of(period):
    return "2023-24 framework" if period.fy_start_year >= ASCOF_REFRESH_YEAR else "2014-15 to 2022-23 framework"


class MeasureLookup:
    def __init__(self, indicators):
        self.by_name, self.current, self.older = {}, {}, {}
        for indicator in indicators:
            for name in definition_names({"code": indicator.code, "title": indicator.title,
                                          "aliases": indicator.aliases}):
                self.by_name[name_key(name)] = indicator
            if indicator.ascof_id:
                self.current[id_key(indicator.ascof_id)] = indicator
            for older in indicator.older_ids:
                self.older[id_key(older)] = indicator

    def find(self, labels, period):
        """The indicator for the first of the labels (the file's code, group, description) that names one."""
        ids = self.current if period.fy_start_year >= ASCOF_REFRESH_YEAR else self.older
        for label in labels:
            found = self.by_name.get(name_key(label)) or ids.get(id_key(label))
            if found:
                return found
        return None
