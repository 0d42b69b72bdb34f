"""A Celery worker that stops once at a chosen function, so that a test can
kill it exactly there: `python -m tests.faults.pause <celery arguments>`
(tests.celery_worker.start_worker(pause_at=...) starts it).

PAUSE_AT names the functions, comma-separated ("package.module:function" or
"package.module:Class.method"), PAUSE_DIR a folder. A test arms the pause at
one of them by creating PAUSE_DIR/<armed_name(target)> (Worker.arm_pause).
The first call that finds it renames it to PAUSE_DIR/paused-<pid> -- one
rename wins, whichever pool child makes it -- and waits there to be killed
(Worker.paused_child gives the pid); every other call runs as usual. The
patches are made before the pool forks, so every child has them. Nothing
here is imported by the product."""

import functools
import os
import re
import sys
import threading
from importlib import import_module
from pathlib import Path

from celery.__main__ import main as celery_main

# A paused child that nobody kills gives up after this long, so a failed
# test cannot leave a worker behind for ever.
GIVE_UP_SECONDS = 120


def armed_name(target: str) -> str:
    return "armed-" + re.sub(r"\W", "_", target)


def install(target: str, folder: Path) -> None:
    module_name, _, attribute = target.partition(":")
    owner = import_module(module_name)
    *parents, name = attribute.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    original = getattr(owner, name)

    @functools.wraps(original)
    def paused(*args, **kwargs):
        try:
            os.rename(folder / armed_name(target), folder / f"paused-{os.getpid()}")
        except FileNotFoundError:  # not armed, or another call took the pause
            return original(*args, **kwargs)
        threading.Event().wait(GIVE_UP_SECONDS)
        raise RuntimeError(f"paused at {target} for a test, and nobody killed this process")

    setattr(owner, name, paused)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    for target in os.environ["PAUSE_AT"].split(","):
        install(target, Path(os.environ["PAUSE_DIR"]))
    sys.argv = ["celery", *sys.argv[1:]]
    celery_main()


if __name__ == "__main__":
    main()
