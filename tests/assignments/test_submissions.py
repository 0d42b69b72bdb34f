import datetime

import pytest
from django.utils import timezone, translation

from assignments import services
from assignments.models import Submission, SubmissionFile, SubmissionStatus
from cohorts.models import ParticipantStatus
from elearning.errors import Conflict, EditConflict, UserError
from tests.factories.assignments import EXE_BYTES, PNG_BYTES, pdf, upload
from tests.i18n import nb

TEXT = "Jeg stilte åpne spørsmål og lot pasienten fortelle først."


def save(world, assignment, *, text=TEXT, base_version=0, submit=False, uploads=(), user=None, now=None):
    return services.submission_save(
        user=user or world.learner.user, assignment_id=assignment.pk, text=text, base_version=base_version,
        uploads=uploads, submit=submit, now=now,
    )  # fmt: skip


def test_a_draft_is_saved_then_submitted_on_time(world, assignment):
    draft = save(world, assignment)
    assert draft.status == SubmissionStatus.DRAFT and draft.round == 0
    submitted = save(world, assignment, base_version=draft.version, submit=True, now=assignment.due_at)
    assert submitted.status == SubmissionStatus.SUBMITTED
    assert (submitted.round, submitted.is_late, submitted.text) == (1, False, TEXT)


def test_a_late_submission_is_marked_late_but_accepted(world, assignment):
    submitted = save(world, assignment, submit=True, now=assignment.due_at + datetime.timedelta(minutes=1))
    assert submitted.status == SubmissionStatus.SUBMITTED and submitted.is_late


def test_a_closed_assignment_accepts_nothing(world, assignment):
    assignment.closes_at = assignment.due_at + datetime.timedelta(days=1)
    assignment.save()
    with pytest.raises(Conflict) as refused:
        save(world, assignment, submit=True, now=assignment.closes_at)
    assert refused.value.code == "closed"
    assert not Submission.objects.exists()


@pytest.mark.parametrize("who", ["outsider", "waitlisted", "course_leader"])
def test_only_a_confirmed_participant_can_submit(world, assignment, who):
    if who == "waitlisted":
        world.learner.status = ParticipantStatus.WAITLISTED
        world.learner.waitlisted_at = timezone.now()
        world.learner.save()
    user = {"outsider": world.outsider, "waitlisted": world.learner.user, "course_leader": world.course_leader}[who]
    with pytest.raises(UserError) as refused:
        save(world, assignment, user=user, submit=True)
    assert refused.value.code == "not_found"


def test_an_empty_submission_is_refused(world, assignment):
    with pytest.raises(UserError) as refused:
        save(world, assignment, text="   ", submit=True)
    assert refused.value.code == "empty"


def test_a_change_from_another_window_is_a_conflict_that_keeps_both_texts(world, assignment):
    first = save(world, assignment)
    save(world, assignment, text="Fra fanen til venstre.", base_version=first.version)
    with pytest.raises(EditConflict) as conflict:
        save(world, assignment, text="Fra fanen til høyre.", base_version=first.version)
    assert conflict.value.current.text == "Fra fanen til venstre."
    assert conflict.value.yours == "Fra fanen til høyre."


def test_a_double_click_on_submit_submits_once(world, assignment):
    first = save(world, assignment, submit=True)
    again = save(world, assignment, submit=True)
    assert again.pk == first.pk and again.round == 1 and again.version == first.version


def test_a_submitted_answer_is_locked_until_the_leaders_answer(world, assignment):
    first = save(world, assignment, submit=True)
    with pytest.raises(EditConflict):
        save(world, assignment, text="Endret etterpå", base_version=first.version)


def test_a_pdf_is_stored_with_its_name_and_type(world, assignment):
    submitted = save(world, assignment, submit=True, uploads=[pdf("Min refleksjon.pdf")])
    stored = SubmissionFile.objects.get(submission=submitted)
    assert (stored.original_name, stored.content_type) == ("Min refleksjon.pdf", "application/pdf")
    assert "Min refleksjon" not in stored.file.name
    assert stored.file.read().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("program.pdf", EXE_BYTES, "wrong_type"),
        ("bilde.pdf", PNG_BYTES, "type_mismatch"),
        ("notat.txt", b"\x00\x01binary", "wrong_type"),
        ("tom.pdf", b"", "empty"),
    ],
)
def test_a_file_whose_content_is_not_allowed_is_refused_and_nothing_is_written(world, assignment, name, content, code):
    draft = save(world, assignment, text="Utkastet mitt")
    with pytest.raises(UserError) as refused:
        save(world, assignment, text="Ny tekst", base_version=draft.version, uploads=[upload(name, content)])
    assert (refused.value.code, refused.value.field) == (code, "files")
    assert name in refused.value.message
    draft.refresh_from_db()
    assert draft.text == "Utkastet mitt" and not draft.files.exists()


def test_a_file_over_the_limit_is_refused_with_the_limit_in_the_message(world, assignment, settings):
    settings.ASSIGNMENTS = {**settings.ASSIGNMENTS, "MAX_FILE_MB": 0.001}
    with pytest.raises(UserError) as refused:
        save(world, assignment, uploads=[pdf(content=b"%PDF-1.4\n" + b"x" * 2000)])
    assert refused.value.code == "too_large"
    assert "1,0" in refused.value.message or "1.0" in refused.value.message


def test_plain_text_is_accepted_when_it_is_text(world, assignment):
    submitted = save(world, assignment, uploads=[upload("logg.txt", "Dag 1: samtale om mål".encode())])
    assert submitted.files.get().content_type == "text/plain"


def test_a_submission_has_at_most_the_set_number_of_files(world, assignment, settings):
    settings.ASSIGNMENTS = {**settings.ASSIGNMENTS, "MAX_FILES": 2}
    draft = save(world, assignment, uploads=[pdf(), pdf()])
    with pytest.raises(UserError) as refused:
        save(world, assignment, base_version=draft.version, uploads=[pdf()])
    assert refused.value.code == "too_many"


def test_a_refusal_is_in_norwegian(world, assignment):
    with translation.override("nb"), pytest.raises(UserError) as refused:
        save(world, assignment, uploads=[upload("tom.pdf", b"")])
    source = "The file «%(name)s» is empty."
    assert nb(source) != source
    assert refused.value.message == nb(source) % {"name": "tom.pdf"}


def test_the_owner_removes_a_file_before_submitting(world, assignment, django_capture_on_commit_callbacks):
    draft = save(world, assignment, uploads=[pdf()])
    stored = draft.files.get()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.file_delete(user=world.learner.user, submission_id=draft.pk, file_id=stored.pk)
    assert not stored.file.storage.exists(stored.file.name)
    assert not services.file_delete(user=world.learner.user, submission_id=draft.pk, file_id=stored.pk)
