"""Every ASCOF id in the registry, pinned to a reviewed table (issue 16).

Columns: indicator code, id since 2023-24 ('' = none, or not confirmed), ids 2014-15 to 2022-23, and where the
pairing was confirmed. Sources: DHSC 2024-25 CSV guide (1A); NHS England 'SALT data sources for ASCOF 2023-24'
(2C formerly 2A(2), 3D formerly 1C); DHSC ASC-CLD-LA-Dashboard ASCOF code (2A, 2B, 2C, 2D parts 1 and 2, 2E formerly
1G, 3D parts); NHS England 'Reproducing ASCOF metrics from CLD' (2A, 2B/2C, 2E); NHS England's and NHS Digital's
2014-15 to 2022-23 publications and code for every earlier id. The 2023-24 ids of the survey measures (1B, 1D,
1I(1), 1I(2), 3A, 3B, 3C, 3D(1), 3D(2), 4A, 4B) could not be confirmed from the handbooks and are left empty.
Changing an id means changing this table with a source.
"""
from metrics.registry import read_definitions

REVIEWED_IDS = {
    "ascof-1a-quality-of-life": ("1A", ["1A"]),
    "ascof-1b-control-over-daily-life-pct": ("", ["1B"]),
    "ascof-1d-carer-quality-of-life": ("", ["1D"]),
    "ascof-1e-learning-disability-paid-employment-pct": ("", ["1E"]),
    "ascof-1f-mental-health-paid-employment-pct": ("", ["1F"]),
    "ascof-1h-mental-health-living-independently-pct": ("", ["1H"]),
    "ascs-social-contact-pct": ("", ["1I(1)"]),
    "sace-social-contact-pct": ("", ["1I(2)"]),
    "ascof-1j-adjusted-quality-of-life-impact": ("", ["1J"]),
    "ascof-2a-short-term-no-further-support-pct": ("2A", ["2D"]),
    "ascof-2b-care-home-admissions-18-64-per-100k": ("2B", ["2A(1)"]),
    "ascof-2c-care-home-admissions-65-plus-per-100k": ("2C", ["2A(2)"]),
    "ascof-2d-at-home-after-reablement-pct": ("2D", ["2B(1)"]),
    "ascof-2d-reablement-offered-pct": ("2D(2)", ["2B(2)"]),
    "ascof-2e-living-at-home-or-with-family-pct": ("2E", ["1G"]),
    "ascof-2c1-delayed-transfers-per-100k": ("", ["2C(1)"]),
    "ascof-2c2-delayed-transfers-social-care-per-100k": ("", ["2C(2)"]),
    "ascof-3a-user-satisfaction-pct": ("", ["3A"]),
    "ascof-3b-carer-satisfaction-pct": ("", ["3B"]),
    "sace-carers-consulted-pct": ("", ["3C"]),
    "ascs-easy-to-find-information-pct": ("", ["3D(1)"]),
    "sace-easy-to-find-information-pct": ("", ["3D(2)"]),
    "ascof-3d-self-directed-support-pct": ("3D(1a)", ["1C(1A)"]),
    "ascof-3d-carers-self-directed-support-pct": ("3D(1b)", ["1C(1B)"]),
    "ascof-3d-direct-payments-pct": ("3D(2a)", ["1C(2A)"]),
    "ascof-3d-carers-direct-payments-pct": ("3D(2b)", ["1C(2B)"]),
    "ascof-4a-feel-safe-pct": ("", ["4A"]),
    "ascof-4b-services-help-feel-safe-pct": ("", ["4B"]),
    "sace-support-groups-pct": ("", []),
    "sace-financial-difficulties-pct": ("", []),
}


def test_every_ascof_id_matches_the_reviewed_table():
    definitions = read_definitions()
    with_ids = {d["code"]: (d["ascof_id"], d["older_ids"]) for d in definitions if d["ascof_id"] or d["older_ids"]}
    national = {d["code"]: (d["ascof_id"], d["older_ids"]) for d in definitions if d["family"] == "national"}
    assert {**national, **with_ids} == REVIEWED_IDS


def test_every_national_definition_says_what_is_known_of_its_ids_and_cites_sources():
    for definition in read_definitions():
        if definition["family"] == "national":
            assert definition["id_notes"] and definition["sources"], definition["code"]
            assert all(source["url"].startswith(("http://", "https://")) for source in definition["sources"])


def test_unconfirmed_current_ids_say_so():
    unconfirmed = [d["code"] for d in read_definitions() if "could not be confirmed" in d["id_notes"]]
    assert sorted(unconfirmed) == sorted(code for code, (current, older) in REVIEWED_IDS.items()
                                         if not current and older and older[0] in {
                                             "1B", "1D", "1I(1)", "1I(2)", "3A", "3B", "3C", "3D(1)", "3D(2)",
                                             "4A", "4B"})
