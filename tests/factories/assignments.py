import datetime

import factory
from django.core.files.uploadedfile import SimpleUploadedFile

from assignments.models import Assignment, AssignmentKind, Submission, SubmissionStatus

# Smallest files whose content says their type.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


def pdf(name="refleksjon.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


class AssignmentFactory(factory.django.DjangoModelFactory):
    """A practice assignment due six days after its day ends (or in a week);
    give ``cohort`` (and ``after_day``)."""

    class Meta:
        model = Assignment

    title = factory.Sequence(lambda n: f"Praksisoppgave {n}")
    kind = AssignmentKind.PRACTICE
    prompt = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>Observer en samtale med en pasient eller pårørende på din arbeidsplass.</p>"),
            ("questions", {"title": "Spørsmål", "questions": ["Hva la du merke til?", "Hva vil du prøve neste gang?"]}),
        ]
    )
    after_day = None
    due_at = factory.LazyAttribute(
        lambda o: (
            (o.after_day.ends_at if o.after_day else o.cohort.days.order_by("number").last().ends_at)
            + datetime.timedelta(days=6)
        )
    )


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    text = "Jeg prøvde å stille åpne spørsmål, og lot pasienten fortelle først."
    status = SubmissionStatus.DRAFT
