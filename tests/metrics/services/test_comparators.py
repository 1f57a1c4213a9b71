"""Comparator groups: read from CSV or JSON, stored for listed councils only (issue 16: a nearest-neighbours file
that also lists districts, combined authorities and the GLA creates nothing; names come from the list)."""
import pytest
from django.core.management import CommandError, call_command

from metrics.models import Area, ComparatorGroup
from metrics.services.benchmarks import import_comparator_groups, read_comparator_groups


def test_comparator_csv_pairs_with_rank_and_json(tmp_path):
    pairs = tmp_path / "cipfa.csv"
    pairs.write_text("Area code,Neighbour code,Rank\nE06000016,E08000026,2\nE06000016,E08000025,1\n\n")
    assert read_comparator_groups(pairs) == {"E06000016": ["E08000025", "E08000026"]}
    listed = tmp_path / "list.csv"
    listed.write_text("LA code,Comparators\nE06000016,E08000025; E08000026\n")
    assert read_comparator_groups(listed) == {"E06000016": ["E08000025", "E08000026"]}
    cassr = tmp_path / "cassr.csv"
    cassr.write_text("CASSR code,Neighbours\n509,512;507\n")
    assert read_comparator_groups(cassr) == {"509": ["512", "507"]}
    as_json = tmp_path / "nhs.json"
    as_json.write_text('{"E06000016": ["E06000018", "e08000025"]}')
    assert read_comparator_groups(as_json) == {"E06000016": ["E06000018", "E08000025"]}


@pytest.mark.django_db
def test_only_listed_councils_take_part_and_nothing_is_created(tmp_path, capsys):
    call_command("load_indicators")
    areas_before = Area.objects.count()
    groups = {
        "509": ["512", "507"],  # Leicester by CASSR code: Nottingham, Derby
        "E08000016": ["E08000019", "E07000008", "E47000001", "E61000001", "E10000021"],  # Barnsley, recoded
        "E07000008": ["E06000016"],  # a district has no group
    }
    result = import_comparator_groups(groups, kind="nhs")
    assert Area.objects.count() == areas_before
    assert result.saved == 2 and result.unknown == [] and not result.failed
    leicester = ComparatorGroup.objects.get(area__code="E06000016")
    assert sorted(leicester.members.values_list("name", flat=True)) == ["Derby", "Nottingham"]
    barnsley = ComparatorGroup.objects.get(area__code="E08000038")
    assert list(barnsley.members.values_list("code", flat=True)) == ["E08000039"]  # Sheffield, recoded too
    assert result.lines() == [
        "2 comparator groups saved.",
        "Skipped district councils (E07 codes; their county is the council): not councils with adult social "
        "services responsibilities: E07000008",
        "Skipped combined authorities (E47 codes): not councils with adult social services responsibilities: "
        "E47000001",
        "Skipped the Greater London Authority (E61 code): not councils with adult social services "
        "responsibilities: E61000001",
        "Skipped former council: Northamptonshire (E10000021) ended on 2021-04-01; its figures are not compared "
        "with today's councils: E10000021",
    ]


@pytest.mark.django_db
def test_command_fails_on_unknown_codes_and_keeps_list_names(tmp_path):
    call_command("load_indicators")
    path = tmp_path / "cipfa.json"
    path.write_text('{"groups": {"E06000016": ["E08000025", "E06000099", "E06000016"]}}')
    with pytest.raises(CommandError, match="1 comparator groups saved. Some codes are unknown"):
        call_command("import_comparators", str(path), kind="cipfa")
    group = ComparatorGroup.objects.get(area__code="E06000016")
    assert (group.name, group.kind, group.is_default) == ("CIPFA nearest neighbours", "cipfa", True)
    assert list(group.members.values_list("name", flat=True)) == ["Birmingham"]
    custom = import_comparator_groups({"E06000016": ["E08000026"]}, kind="custom", name="Core cities")
    assert custom.saved == 1 and ComparatorGroup.objects.get(kind="custom").is_default is False
