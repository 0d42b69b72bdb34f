"""Outbox job and beat task: thin, take ids, safe to run twice (the services claim rows)."""

from celery import shared_task

from elearning import outbox
from exports import services


@outbox.handler
def run_export(job_id: int) -> bool:
    """Write one export job's file; another live worker holding it means later."""
    try:
        return services.job_run(job_id=job_id)
    except services.JobBusy as busy:
        raise outbox.Retry(f"export {job_id} is running in another worker") from busy


@shared_task(bind=True, acks_late=True)
def expire_jobs(self) -> int:
    """Beat: expired exports lose their files."""
    return services.jobs_expire()
