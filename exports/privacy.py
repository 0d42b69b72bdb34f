"""The exports' part of "Mine data" (see accounts.privacy): the export jobs a
staff member started (what and when, not the files: they hold other people's
data). On deletion the jobs and their files go."""

from exports import services
from exports.models import ExportJob


def export_user_data(user) -> tuple[str, dict]:
    return "exports", {
        "jobs": [
            {
                "dataset": job.dataset,
                "format": job.format,
                "filters": job.filters,
                "created_at": job.created_at.isoformat(),
                "status": job.status,
            }
            for job in ExportJob.objects.filter(owner=user).order_by("created_at", "pk")
        ]
    }


def erase_user_data(user) -> None:
    services.user_jobs_erase(user=user)
