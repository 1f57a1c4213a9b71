"""Two versions side by side, per statement: the words changed and the evidence and actions added or removed."""
import html
import re
from datetime import date

from ascdash.roles import SCRUTINY
from ascdash.selfassessment import services
from ascdash.selfassessment.compare import compare_versions
from improvement_plan.models import Action, AreaForImprovement, Plan

from .conftest import add_evidence, write


def test_evidence_added_and_removed_per_statement(seeded, admin):
    revision = services.create_revision(seeded, "Revision", date(2027, 3, 1), admin)
    write(revision, "assessing-needs", how_we_know="We know [E1] and [E8].")  # drops E2 and E7, cites E8
    add_evidence(revision, "E8", "https://www.northmoor.gov.uk/eight", slugs=["equity"])
    action = Action.objects.create(area=AreaForImprovement.objects.create(plan=Plan.objects.create(title="P"),
                                                                          title="A"), reference="W1", title="Waits")
    revision.sections.get(statement__slug="equity").actions.add(action)
    rows = {row.statement.slug: row for row in compare_versions(seeded, revision)}
    needs = rows["assessing-needs"]
    assert [h.heading for h in needs.headings if h.changed] == ["How we know"]
    how = needs.headings[3]
    assert [text for changed, text in how.old if changed] == ["[E1, E2]", "[E7]. {care-act-wait} {nope}"]
    assert [text for changed, text in how.new if changed] == ["[E1]", "[E8]."]
    assert [item.ref for item in needs.evidence_added] == ["E8"]
    assert [item.ref for item in needs.evidence_removed] == ["E2"]  # by id: both items numbered E2
    assert [item.ref for item in rows["equity"].evidence_added] == ["E8"]  # the register names equity
    assert [a.reference for a in rows["equity"].actions_added] == ["W1"]
    assert not rows["governance"].changed


def test_the_compare_page_marks_changes_in_words_not_colour_alone(client_for, admin):
    earlier = services.create_version("Earlier", date(2024, 9, 20), admin)
    later = services.create_version("Later", date(2026, 9, 18), admin)
    write(earlier, "equity", ambition="Fair access for all.")
    write(later, "equity", ambition="Fair access and outcomes for all.")
    for version in (earlier, later):
        services.endorse(version, "DASS", version.as_at, admin)
    page = client_for(SCRUTINY).get(f"/self-assessment/compare/?earlier={later.pk}&later={earlier.pk}").content.decode()
    assert '<ins><span class="visually-hidden">[added: </span>and outcomes<span class="visually-hidden">]</span></ins>' \
        in page
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    assert "Words taken out of Earlier are struck through" in text  # the earlier one is on the left, whatever the order
