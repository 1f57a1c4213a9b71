"""Writing a self-assessment: versions, revisions as copies, sections with linked actions, registers, history."""
import hashlib
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ascdash.selfassessment import services
from ascdash.selfassessment.history import version_changes
from ascdash.selfassessment.models import EvidenceItem, Lead, Section, Version
from cqc.models import Theme
from improvement_plan.models import Action, AreaForImprovement, Plan

from .conftest import add_evidence, write


@pytest.fixture
def action(db):
    plan = Plan.objects.create(title="CQC Improvement Plan 2025-2027")
    area = AreaForImprovement.objects.create(plan=plan, title="Waiting times")
    return Action.objects.create(area=area, reference="W1", title="Reduce waiting times")


def test_a_new_version_is_a_draft_with_a_section_for_each_statement(draft):
    assert draft.status == Version.DRAFT
    assert list(draft.sections.values_list("statement__number", flat=True)) == list(range(1, 10))


def test_a_revision_copies_text_actions_leads_and_registers_and_leaves_the_source_alone(seeded, admin, action,
                                                                                       role_users):
    officer = role_users["Performance officer"]
    services.add_lead(seeded, admin, officer, theme=Theme.objects.get(number=1))
    section = seeded.sections.get(statement__slug="assessing-needs")
    services.update_section(section, admin, [action], how_we_know=section.how_we_know)
    revision = services.create_revision(seeded, "Revision 2027", date(2027, 3, 1), admin)

    copied = revision.sections.get(statement__slug="assessing-needs")
    assert copied.how_we_know == "We know [E1, E2] and [E7]. {care-act-wait} {nope}"
    assert list(copied.actions.all()) == [action]
    assert list(revision.leads.values_list("user__username", "theme__number")) == [("officer", 1)]
    assert sorted(revision.evidence.values_list("ref", flat=True)) == ["E1", "E2", "E2", "E4", "E6", "EI5"]
    assert list(revision.evidence.get(ref="E1").statements.values_list("slug", flat=True)) == ["assessing-needs"]
    assert list(revision.quotes.order_by("ref").values_list("ref", "consent_recorded")) == [("Q1", True),
                                                                                            ("Q3", False)]
    assert revision.revises == seeded and revision.status == Version.DRAFT
    write(revision, "assessing-needs", how_we_know="Changed")
    revision.evidence.filter(ref="E1").delete()
    assert seeded.sections.get(statement__slug="assessing-needs").how_we_know.startswith("We know")
    assert seeded.evidence.filter(ref="E1").count() == 1


def test_every_edit_is_kept_with_who_made_it(draft, role_users):
    officer = role_users["Performance officer"]
    section = draft.sections.get(statement__slug="equity")
    services.update_section(section, officer, [], ambition="Fair access for everyone.")
    services.update_section(section, officer, [], ambition="Fair access and outcomes for everyone.")
    changes = [c for c in version_changes(draft) if c.subject == "Equity in experience and outcomes"
               and c.kind == "Changed"]
    assert [c.who for c in changes] == ["officer", "officer"]
    newest = changes[0].fields[0]
    assert newest.label == "Ambition" and newest.long_text
    assert newest.old == [(False, "Fair access for everyone.")]
    assert newest.new == [(False, "Fair access "), (True, "and outcomes"), (False, " for everyone.")]
    assert section.history.count() == 3  # created, then two edits


def test_register_changes_and_removals_are_in_the_history(draft, admin):
    item = add_evidence(draft, "E1", "https://www.northmoor.gov.uk/a", user=admin)
    item.title = "Renamed"
    services.save_register_item(item, [], admin)
    services.remove_register_item(item, admin)
    kinds = [(c.kind, c.subject) for c in version_changes(draft) if c.subject.startswith("E1")]
    assert kinds[0] == ("Deleted", "E1 Renamed")
    assert ("Changed", "E1 Renamed") in kinds and ("Created", "E1 Evidence E1") in kinds


def test_an_evidence_file_is_stored_named_by_its_hash(draft, admin):
    upload = SimpleUploadedFile("audit.pdf", b"%PDF-1.4 audit", content_type="application/pdf")
    item = services.save_register_item(EvidenceItem(version=draft, ref="E1", title="Audit"), [], admin, upload)
    assert item.file_name == "audit.pdf"
    digest = hashlib.sha256(b"%PDF-1.4 audit").hexdigest()
    assert item.file_sha256 == digest
    assert item.file.name == f"selfassessment/evidence/{digest[:2]}/{digest}/audit.pdf"
    assert item.file.read() == b"%PDF-1.4 audit"


def test_endorsement_records_who_and_when(draft, admin):
    services.endorse(draft, "Director of Adult Social Care; Lead Member", date(2026, 9, 30), admin)
    draft.refresh_from_db()
    assert (draft.status, draft.endorsed_by, draft.endorsed_on, draft.endorsement_recorded_by) == (
        Version.ENDORSED, "Director of Adult Social Care; Lead Member", date(2026, 9, 30), admin)


def test_a_lead_is_a_theme_or_a_statement_never_both(draft, admin):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Lead.objects.create(version=draft, user=admin)
    assert Section.objects.filter(version=draft).count() == 9
