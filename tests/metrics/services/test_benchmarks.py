from datetime import date

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from metrics.models import Area, ComparatorGroup, IndicatorValue
from metrics.services.benchmarks import (
    BenchmarkFileError, import_benchmarks, import_comparator_groups, parse_value, parse_year, read_comparator_groups,
)
from core.periods import Period

MESSY_CSV = (
    "\ufeff LA Code ,Local Authority,Region Name,Financial Year,Measure ID,Measure Value\n"
    "E06000016,Leicester,East Midlands,2023/24,ASCOF 3D(2a),26.5%\n"
    "\n"
    ",,,,,\n"
    "E99000001,Newtown Borough Council,North West,2023-24,3D(2a),31.0\n"
    "E92000001,England,,2023-24,3D(2a),24.9\n"
    "E12000004,East Midlands,,2023-24,3D(2a), 27.1 % \n"
    "E99000002,Oldtown,North West,2023-24,3D(2a),c\n"
    "E99000003,Thirdtown,North West,2023-24,3D(2a),x\n"
    "E99000001,Newtown Borough Council,North West,2022-23,1C(2A),29.5\n"
    "E99000001,Newtown Borough Council,North West,2023-24,ZZ9,5\n"
    "E99000001,Newtown Borough Council,North West,2023-25,3D(2a),5\n"
    "E99000001,Newtown Borough Council,North West,2023-24,ascof-1a-quality-of-life,lots\n"
)


@pytest.fixture
def registry(db):
    call_command("load_indicators")


def stored(code, area_code, fy):
    return IndicatorValue.objects.get(indicator__code=code, area__code=area_code, period_kind="year",
                                      period_start=date(fy, 4, 1))


def test_parse_year_and_value():
    assert parse_year("2023/24") == parse_year("2023-24") == parse_year("2023-2024") == Period.year(2023)
    assert parse_year("FY 2019/20") == Period.year(2019)
    assert parse_year("2021") == Period.year(2021)
    with pytest.raises(ValueError):
        parse_year("2023-25")
    assert parse_value("45.2%") == (45.2, False)
    assert parse_value("1,234") == (1234.0, False)
    assert parse_value(" c ") == (None, True)
    assert parse_value(7) == (7.0, False)
    with pytest.raises(ValueError):
        parse_value("lots")


def test_messy_csv(registry, tmp_path):
    path = tmp_path / "ascof.csv"
    path.write_text(MESSY_CSV, encoding="utf-8")
    result = import_benchmarks(path)

    assert stored("ascof-3d-direct-payments-pct", "E06000016", 2023).value == 26.5
    assert stored("ascof-3d-direct-payments-pct", "E99000001", 2023).value == 31.0
    assert stored("ascof-3d-direct-payments-pct", "E92000001", 2023).value == 24.9
    assert stored("ascof-3d-direct-payments-pct", "E12000004", 2023).value == 27.1
    # an older measure id in an older year maps to the same indicator
    assert stored("ascof-3d-direct-payments-pct", "E99000001", 2022).value == 29.5
    assert all(v.origin == IndicatorValue.BENCHMARK for v in IndicatorValue.objects.all())

    newtown = Area.objects.get(code="E99000001")
    assert (newtown.name, newtown.kind, newtown.region.code, newtown.region.name) == (
        "Newtown Borough Council", "council", "E12000002", "North West")
    assert Area.objects.get(code="E92000001").kind == "england"
    assert sorted(result.areas_created) == [
        "East Midlands (E12000004)", "England (E92000001)", "Leicester (E06000016)",
        "Newtown Borough Council (E99000001)", "North West (E12000002)",
    ]
    assert (result.values_stored, result.suppressed, result.blank_rows) == (5, 2, 2)
    assert result.problems == [
        "Row 12: year '2023-25' is not a financial year (use 2023-24)",
        "Row 13: value 'lots' is not a number",
        "Unknown measure 'ZZ9' in 1 row(s) (11)",
    ]


def test_xlsx_with_other_headers_and_reimport_updates(registry, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ONS code", "Area name", "Year", "Indicator code", "Value", "Numerator", "Denominator"])
    sheet.append(["E99000005", "Fivetown", "2024-25", "sg-msp-asked-pct", 80, 40, 50])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["E99000005", "Fivetown", "2024-25", "ascof-1a-quality-of-life", "19.3", None, None])
    path = tmp_path / "national.xlsx"
    workbook.save(path)
    assert import_benchmarks(path).values_stored == 2
    msp = stored("sg-msp-asked-pct", "E99000005", 2024)
    assert (msp.value, msp.numerator, msp.denominator) == (80, 40, 50)

    sheet["E4"] = 19.5
    workbook.save(path)
    assert import_benchmarks(path).areas_created == []
    assert stored("ascof-1a-quality-of-life", "E99000005", 2024).value == 19.5
    assert IndicatorValue.objects.count() == 2


def test_home_council_local_values_are_kept(registry, home_area, tmp_path):
    from metrics.models import Indicator

    indicator = Indicator.objects.get(code="ascof-1a-quality-of-life")
    IndicatorValue.objects.create(indicator=indicator, area=home_area, period_kind="year",
                                  period_start=date(2024, 4, 1), value=18.8, origin=IndicatorValue.KPI_RETURN)
    path = tmp_path / "home.csv"
    path.write_text(f"Area code,Year,Measure,Value\n{home_area.code},2024-25,1A,19.9\n")
    result = import_benchmarks(path)
    assert (result.values_stored, result.kept_local) == (0, 1)
    assert stored("ascof-1a-quality-of-life", home_area.code, 2024).value == 18.8


def test_missing_columns_are_named(registry, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Council,When,Number\nX,2023-24,1\n")
    with pytest.raises(BenchmarkFileError, match=r"Missing column\(s\): year, measure, value\. Found: Council, When"):
        import_benchmarks(path)
    with pytest.raises(CommandError, match="Missing column"):
        call_command("import_benchmarks", str(path))


def test_comparator_csv_pairs_with_rank_and_json(db, tmp_path):
    pairs = tmp_path / "cipfa.csv"
    pairs.write_text("Area code,Neighbour code,Rank\nE06000016,E08000026,2\nE06000016,E08000025,1\n\n")
    assert read_comparator_groups(pairs) == {"E06000016": ["E08000025", "E08000026"]}
    listed = tmp_path / "list.csv"
    listed.write_text("LA code,Comparators\nE06000016,E08000025; E08000026\n")
    assert read_comparator_groups(listed) == {"E06000016": ["E08000025", "E08000026"]}
    as_json = tmp_path / "nhs.json"
    as_json.write_text('{"E06000016": ["E06000018", "e08000025"]}')
    assert read_comparator_groups(as_json) == {"E06000016": ["E06000018", "E08000025"]}


def test_comparator_import_creates_councils_and_replaces_members(db, tmp_path):
    Area.objects.create(code="E06000016", name="Leicester")
    path = tmp_path / "cipfa.json"
    path.write_text('{"groups": {"E06000016": ["E08000025", "E08000026", "E06000016"]}}')
    call_command("import_comparators", str(path), kind="cipfa")
    group = ComparatorGroup.objects.get(area__code="E06000016")
    assert (group.name, group.kind, group.is_default) == ("CIPFA nearest neighbours", "cipfa", True)
    assert sorted(group.members.values_list("code", flat=True)) == ["E08000025", "E08000026"]

    assert import_comparator_groups({"E06000016": ["E08000026"]}) == (1, [])
    assert list(group.members.values_list("code", flat=True)) == ["E08000026"]
    custom, _ = import_comparator_groups({"E06000016": ["E08000025"]}, kind="custom", name="Core cities")
    assert ComparatorGroup.objects.get(kind="custom").is_default is False
