"""National files as published: the ASCOF long layout, one figure per row and one column per year; ids read in the
framework of the file's year; areas matched to the reference list of councils, never created; loud reports."""
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from core.periods import Period
from metrics.models import Area, Indicator, IndicatorValue
from metrics.services.benchmarks import BenchmarkFileError, import_benchmarks, parse_value, parse_year, year_from_name

LONG_HEADER = ("Geographical Code,Geographical Description,Geographical Level,ONS Code,ASCOF Measure Code,"
               "Disaggregation Level,Measure Group,Measure Group Description,Measure Type,Measure Value\n")
SHORT_TERM = "Proportion of those that received short-term service during the year"
# 2022-23: the framework of 2014-15 to 2022-23 ids
FILE_2223 = LONG_HEADER + "\n".join([
    f"England,England,England,E92000001,2D,Total,2D,{SHORT_TERM},Numerator,800",
    f"England,England,England,E92000001,2D,Total,2D,{SHORT_TERM},Denominator,1000",
    f"England,England,England,E92000001,2D,Total,2D,{SHORT_TERM},Outcome,80.0",
    f"EM,East Midlands,Region,E12000004,2D,Total,2D,{SHORT_TERM},Outcome,78.0",
    f"509,Leicester,Council,E06000016,2D,Total,2D,{SHORT_TERM},Numerator,310",
    f"509,Leicester,Council,E06000016,2D,Total,2D,{SHORT_TERM},Denominator,400",
    f"509,Leicester,Council,E06000016,2D,Total,2D,{SHORT_TERM},Outcome,77.5",
    f"509,Leicester,Council,E06000016,2D65OV,65 and over,2D,{SHORT_TERM},Outcome,70.0",
    "509,Leicester,Council,E06000016,2B1,Total,2B1,91 days,Outcome,82.1",
    "509,Leicester,Council,E06000016,1I1,Total,1I1,Social contact,Outcome,40.2",
    "509,Leicester,Council,E06000016,1I1,Total,1I1,Social contact,Margin of Error,3.1",
    "509,Leicester,Council,E06000016,1I1,Total,1I1,Social contact,Base,505",
    "509,Leicester,Council,E06000016,1C2A,Total,1C2A,Direct payments,Outcome,[c]",
    "UA,Unitary authorities,Council Type,,2D,Total,2D,x,Outcome,79.0",
    "CB,Cambridge,Council,E07000008,2D,Total,2D,x,Outcome,60.0",
    "NT,Northamptonshire,Council,E10000021,2D,Total,2D,x,Outcome,61.0",
    "999,Nowhere,Council,E06000099,2D,Total,2D,x,Outcome,62.0",
    "509,Leicester,Council,E06000016,ZZ9,Total,ZZ9,Made up,Outcome,5",
    ",,,,,,,,,",
])


@pytest.fixture
def registry(db):
    call_command("load_indicators")


def stored(code, area_code, fy):
    return IndicatorValue.objects.get(indicator__code=code, area__code=area_code, period_kind="year",
                                      period_start=date(fy, 4, 1))


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_year_value_and_the_year_a_file_name_states():
    assert parse_year("2023/24") == parse_year("2023-24") == parse_year("2023-2024") == Period.year(2023)
    assert parse_year("FY 2019/20") == Period.year(2019)
    with pytest.raises(ValueError):
        parse_year("2023-25")
    assert parse_value("45.2%") == (45.2, False)
    assert parse_value(" [c] ") == (None, True)
    with pytest.raises(ValueError):
        parse_value("lots")
    assert year_from_name("meas-from-asc-of-eng-1819-open-data-csv-v2.csv") == Period.year(2018)
    assert year_from_name("2014-15 ASCOF open data csv file.csv") == Period.year(2014)
    assert year_from_name("meas-from-asc-of-17-18-open-data.csv") == Period.year(2017)
    assert year_from_name("meas-from-asc-of-eng-2021-open-data-csv_v2.xlsx") == Period.year(2020)
    assert year_from_name("ascof-2024-to-2025.csv") == Period.year(2024)
    assert year_from_name("meas-from-asc-of-eng-2022-csv-v3.csv") is None  # 20, 22: not one year
    assert year_from_name("ascof-2223-and-2324.csv") is None  # two years
    assert year_from_name("national.csv") is None


def test_official_long_layout_as_published(registry, tmp_path):
    result = import_benchmarks(write(tmp_path, "meas-from-asc-of-eng-2223-open-data.csv", FILE_2223))

    short_term = stored("ascof-2a-short-term-no-further-support-pct", "E06000016", 2022)  # 2D before 2023-24
    assert (short_term.value, short_term.numerator, short_term.denominator) == (77.5, 310, 400)
    england = stored("ascof-2a-short-term-no-further-support-pct", Area.ENGLAND_CODE, 2022)
    assert (england.value, england.numerator, england.denominator) == (80.0, 800, 1000)
    assert stored("ascof-2a-short-term-no-further-support-pct", "E12000004", 2022).value == 78.0
    assert stored("ascof-2d-at-home-after-reablement-pct", "E06000016", 2022).value == 82.1  # 2B1 before 2023-24
    contact = stored("ascs-social-contact-pct", "E06000016", 2022)
    assert (contact.value, contact.margin) == (40.2, 3.1)
    assert IndicatorValue.objects.count() == 5
    assert not Area.objects.filter(code__in=["E07000008", "E10000021", "E06000099"]).exists()
    assert Area.objects.get(code="E06000016").name == "Leicester"

    tally = result.measures["2D"]
    assert (tally.indicator, tally.stored, tally.breakdowns, tally.not_compared, tally.unknown_areas) == (
        "ascof-2a-short-term-no-further-support-pct", 3, 1, 3, 1)
    assert (result.measures["1C2A"].suppressed, result.measures["ZZ9"].rows) == (1, [19])
    assert list(result.unknown_areas) == ["Nowhere (E06000099)"]
    assert result.failed and result.year_note == "Year 2022-23, from the file name."
    assert result.lines()[-4:] == [
        "Skipped council type rows (totals by type of council) are not stored: Unitary authorities (UA)",
        "Skipped district councils (E07 codes; their county is the council): not councils with adult social "
        "services responsibilities: Cambridge (E07000008)",
        "Skipped former council: Northamptonshire (E10000021) ended on 2021-04-01; its figures are not compared "
        "with today's councils: Northamptonshire (E10000021)",
        "Measure types not stored: Base.",
    ]
    assert "Unknown measure 'ZZ9' (2014-15 to 2022-23 framework) in 1 figure(s), from row 19" in result.lines()


def test_ids_are_read_in_the_framework_of_the_year(registry, tmp_path):
    control = "The proportion of people who use services who have control over their daily life"
    text = LONG_HEADER + "\n".join([
        "509,Leicester,Local authority,E06000016,2D,Total,,,Outcome,81.5",  # since 2023-24: reablement
        "509,Leicester,Local authority,E06000016,2A,Total,,,Outcome,76.0",  # since 2023-24: short-term support
        f"509,Leicester,Local authority,E06000016,1B,Total,,{control},Outcome,74.0",  # matched by its name
        "509,Leicester,Local authority,E06000016,4A,Total,,,Outcome,70.0",  # 2023-24 id not confirmed: unknown
    ])
    result = import_benchmarks(write(tmp_path, "ascof-2324.csv", text))
    assert stored("ascof-2d-at-home-after-reablement-pct", "E06000016", 2023).value == 81.5
    assert stored("ascof-2a-short-term-no-further-support-pct", "E06000016", 2023).value == 76.0
    assert stored("ascof-1b-control-over-daily-life-pct", "E06000016", 2023).value == 74.0
    assert [t.label for t in result.unknown_measures] == ["4A"]
    assert result.measures["2D"].framework == "2023-24 framework"


def test_the_year_comes_from_the_name_or_is_given(registry, tmp_path):
    text = LONG_HEADER + "509,Leicester,Council,E06000016,1A,Total,1A,QoL,Outcome,19.1\n"
    unnamed = write(tmp_path, "national.csv", text)
    with pytest.raises(BenchmarkFileError, match="its name does not say which year it is"):
        import_benchmarks(unnamed)
    assert import_benchmarks(unnamed, year=Period.year(2021)).values_stored == 1
    assert stored("ascof-1a-quality-of-life", "E06000016", 2021).value == 19.1
    named = write(tmp_path, "ascof-1920.csv", text)
    with pytest.raises(BenchmarkFileError, match="The file name says 2019-20 but the year given is 2021-22"):
        import_benchmarks(named, year=Period.year(2021))
    call_command("import_benchmarks", str(unnamed), year="2020-21")
    assert stored("ascof-1a-quality-of-life", "E06000016", 2020).value == 19.1


def test_command_fails_loudly_on_unknown_measures_and_when_nothing_is_stored(registry, tmp_path, capsys):
    with pytest.raises(CommandError, match=r"Import incomplete: 5 values stored; 4 measures recognised, 1 unknown; "
                                           r"1 unknown areas; 1 suppressed values"):
        call_command("import_benchmarks", str(write(tmp_path, "meas-2223.csv", FILE_2223)))
    assert "Unknown area Nowhere (E06000099) in 1 row(s)" in capsys.readouterr().out
    suppressed = write(tmp_path, "ascof-2122.csv", LONG_HEADER + "509,Leicester,Council,E06000016,1A,Total,1A,Q,Outcome,c\n")
    with pytest.raises(CommandError, match="Import incomplete: 0 values stored"):
        call_command("import_benchmarks", str(suppressed))
    good = write(tmp_path, "ascof-2122-good.csv", LONG_HEADER + "509,Leicester,Council,E06000016,1A,Total,1A,Q,Outcome,19\n")
    call_command("import_benchmarks", str(good))
    assert "Imported: 1 values stored; 1 measures recognised, 0 unknown" in capsys.readouterr().out


def test_oflog_style_rows_with_a_published_median(registry, tmp_path):
    header = ("Financial year,Local authority code,Local authority name,Grouping,Entity_Name,Region,Measure,Value,"
              "MEDIAN,MADs_from_median,rank_order\n")
    measure = "Carer-reported quality of life score"
    rows = [f"2021-22,{code},{name},LA_Raw,Unitary Authorities,East Midlands,{measure},{value},{median},0,desc"
            for code, name, value, median in [("E06000016", "Leicester", 7.6, 7.5), ("E06000018", "Nottingham", 7.4, 7.5),
                                              ("E06000015", "Derby", 8.0, 7.5), ("E06000017", "Rutland", 7.0, 7.5),
                                              ("E06000015", "Derby", 7.9, 8.1)]]
    rows[-1] = rows[-1].replace("2021-22", "2023-24")
    result = import_benchmarks(write(tmp_path, "oflog.csv", header + "\n".join(rows)))
    assert stored("ascof-1d-carer-quality-of-life", "E06000017", 2021).value == 7.0
    assert result.notes == [
        "Columns not used: Grouping, Entity_Name, MADs_from_median, rank_order.",
        "Published median of ascof-1d-carer-quality-of-life in 2023-24 is 8.1; the median of the 1 councils stored "
        "is 7.9.",
        "Published medians that agree with the median of the councils stored: 1.",
    ]
    assert not result.failed


def test_one_column_per_year_and_names_without_codes(registry, tmp_path):
    text = ("Area name,Measure,2022/23,2023/24\n"
            "Bristol,SALT LTS002,55.0,57.5\n"
            "Durham,SALT LTS002,60.0,x\n")
    result = import_benchmarks(write(tmp_path, "lg-inform.csv", text))
    assert stored("reviews-in-12-months-pct", "E06000023", 2023).value == 57.5  # Bristol, City of
    assert stored("reviews-in-12-months-pct", "E06000047", 2022).value == 60.0  # County Durham
    assert (result.values_stored, result.suppressed, result.layout) == (3, 1, "one column per year")


def test_home_council_local_values_are_kept(registry, home_area, tmp_path):
    indicator = Indicator.objects.get(code="ascof-1a-quality-of-life")
    IndicatorValue.objects.create(indicator=indicator, area=home_area, period_kind="year",
                                  period_start=date(2024, 4, 1), value=18.8, origin=IndicatorValue.KPI_RETURN)
    path = write(tmp_path, "home.csv", f"Area code,Year,Measure,Value\n{home_area.code},2024-25,1A,19.9\n"
                                       "E06000016,2024-25,1A,19.0\n")
    result = import_benchmarks(path)
    assert (result.values_stored, result.kept_local, result.failed) == (1, 1, False)
    assert stored("ascof-1a-quality-of-life", home_area.code, 2024).value == 18.8


def test_without_the_reference_list_nothing_is_a_council(db, tmp_path):
    call_command("load_indicators")
    Area.objects.filter(kind=Area.COUNCIL).update(listed=False)
    result = import_benchmarks(write(tmp_path, "x.csv", "Area code,Year,Measure,Value\nE06000016,2024-25,1A,19\n"))
    assert result.failed and list(result.unknown_areas) == ["E06000016"]
    assert result.notes[-1] == "No reference list of councils is loaded: run `manage.py load_indicators` first."


def test_missing_columns_are_named(registry, tmp_path):
    path = write(tmp_path, "bad.csv", "Council,When,Number\nX,2023-24,1\n")
    with pytest.raises(BenchmarkFileError, match=r"Missing column\(s\): measure, value, year \(or one column per "
                                                 r"year\)\. Found: Council, When, Number"):
        import_benchmarks(path)
    with pytest.raises(CommandError, match="Missing column"):
        call_command("import_benchmarks", str(path))
