"""Reads of export jobs: a person sees only their own."""

from django.utils import timezone

from exports.models import ExportJob, ExportStatus


def job_for_owner(*, user, job_id: int) -> ExportJob | None:
    """The job if ``user`` owns it, else None (the view answers 404: a
    stranger cannot tell someone else's job from one that does not exist)."""
    return ExportJob.objects.filter(pk=job_id, owner=user).first()


def jobs_recent(*, user, limit: int = 20) -> list[ExportJob]:
    return list(ExportJob.objects.filter(owner=user).order_by("-created_at", "-pk")[:limit])


def job_expired(job: ExportJob) -> bool:
    return job.status == ExportStatus.EXPIRED or (
        job.status == ExportStatus.DONE and job.expires_at is not None and job.expires_at <= timezone.now()
    )
