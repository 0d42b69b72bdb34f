"""A real Celery worker process for tests (the `celery_worker` fixture in
tests/conftest.py), on the test process's own database and on the configured
broker (the file system by default, Redis with REDIS_URL), and wait_until()
to poll for what it did instead of sleeping."""

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
import warnings
from contextlib import contextmanager
from pathlib import Path

from celery.exceptions import AlwaysEagerIgnored
from django.conf import settings
from django.db import connection

from elearning.celery import app as celery_app
from tests.faults.pause import armed_name

ROOT = Path(__file__).resolve().parents[1]


def wait_until(condition, *, timeout: float = 90, interval: float = 0.1, message: str = "") -> None:
    """Poll `condition` until it is true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message or f"still false after {timeout} s"
        time.sleep(interval)


def worker_env(tmp_path) -> tuple[dict, dict]:
    """Environment for the worker, and the broker config for the sender."""
    db = connection.settings_dict
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["DEBUG"] = "1"
    # A worker started outside a test (a module's or the session's) gets a
    # cache key prefix of its own; see _test_settings in tests/conftest.py.
    env.setdefault("CACHE_KEY_PREFIX", uuid.uuid4().hex)
    # The Django fixup would run the system checks when the app is first used.
    env["CELERY_SKIP_CHECKS"] = "1"
    if connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(db["NAME"])
    else:
        env["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    if settings.REDIS_URL:
        broker = {"broker_url": settings.REDIS_URL, "broker_transport_options": {}}
    else:
        for sub in ("queue", "processed", "control"):
            (tmp_path / sub).mkdir()
        env["CELERY_FS_BROKER_DIR"] = str(tmp_path)
        folder = str(tmp_path / "queue")
        broker = {
            "broker_url": "filesystem://",
            "broker_transport_options": {
                "data_folder_in": folder,
                "data_folder_out": folder,
                "processed_folder": str(tmp_path / "processed"),
                "control_folder": str(tmp_path / "control"),
            },
        }
    env["CELERY_BROKER_URL"] = broker["broker_url"]
    return env, broker


# Outbox claims that expire in seconds instead of minutes, retries after half a
# second and no grace for the after-commit send: a fault test's takeover is quick.
FAST_OUTBOX = {"OUTBOX_CLAIM_SECONDS": "2", "OUTBOX_RETRY_SECONDS": "0.5", "OUTBOX_KICK_GRACE_SECONDS": "0"}


class Beat:
    """What celery beat sends, every half second at most, called from a
    polling condition: the outbox sweep and the given periodic tasks. Half a
    second is FAST_OUTBOX's retry delay, so a job that comes due again waits
    for the next sweep no longer than for its retry."""

    INTERVAL = 0.5

    def __init__(self, worker, *tasks: str):
        self.worker, self.tasks, self.last = worker, ("elearning.tasks.outbox_sweep", *tasks), 0.0

    def __call__(self) -> None:
        if time.monotonic() - self.last >= self.INTERVAL:
            for task in self.tasks:
                self.worker.send(task)
            self.last = time.monotonic()


class OutputReader:
    """A process a test started (a worker, a beat, gunicorn), its output
    (stdout with stderr) collected line by line as it runs."""

    def __init__(self, process: subprocess.Popen):
        self.process = process
        self.lines: list[str] = []

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def read_output(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line)

    def read_in_background(self) -> threading.Thread:
        """Collect the output in a thread of its own (join it once the process has stopped)."""
        reader = threading.Thread(target=self.read_output, daemon=True)
        reader.start()
        return reader

    def alive(self) -> bool:
        return self.process.poll() is None


class Worker(OutputReader):
    """A running worker: send() tasks to it, then wait_until() they are done."""

    def __init__(self, process: subprocess.Popen, queue: str, broker: dict, mail_dir: Path, pause_dir: Path):
        super().__init__(process)
        self.queue = queue
        self.broker = broker
        self.mail_dir = mail_dir  # where the worker's e-mails are written, one file each
        self.pause_dir = pause_dir  # tests/faults/pause.py: where a pause is armed and taken

    def mark(self) -> int:
        """A place in the output, for succeeded(since=...)."""
        return len(self.lines)

    def succeeded(self, name: str, *, since: int) -> int:
        """How many runs of task `name` succeeded after the mark `since`."""
        return sum(f"{name}[" in line and " succeeded in " in line for line in self.lines[since:])

    def send(self, name: str, *, args=(), times: int = 1) -> None:
        """Publish task `name` to this worker's queue, `times` times."""
        with celery_app.connection_for_write(
            self.broker["broker_url"], transport_options=self.broker["broker_transport_options"]
        ) as conn:
            for _ in range(times):
                with warnings.catch_warnings():
                    # Tests run tasks eagerly; this one is meant for the real worker.
                    warnings.simplefilter("ignore", AlwaysEagerIgnored)
                    celery_app.send_task(name, args=list(args), queue=self.queue, connection=conn)

    def mails(self) -> list[Path]:
        return sorted(self.mail_dir.glob("*"))

    def arm_pause(self, target: str) -> None:
        """The next call of `target` (one of the worker's pause_at) in a
        pool child stops there (tests/faults/pause.py), for paused_child()."""
        self.pause_dir.mkdir(exist_ok=True)
        (self.pause_dir / armed_name(target)).touch()

    def paused_child(self, *, timeout: float = 60) -> int:
        """Wait until a pool child stops at the armed pause; its pid."""
        found: list[Path] = []

        def paused():
            assert self.alive(), f"the worker stopped:\n{self.output}"
            found[:] = self.pause_dir.glob("paused-*")
            return bool(found)

        wait_until(paused, timeout=timeout, message=f"no pool child reached the pause:\n{self.output}")
        found[0].unlink()
        pid = int(found[0].name.removeprefix("paused-"))
        assert pid != self.process.pid, "the pause is in the main process: start the worker with prefork=True"
        return pid

    def wait_until(self, condition, *, timeout: float = 90) -> None:
        """Poll `condition`; fail at once if the worker dies or a task
        raises, or after `timeout` seconds."""
        start = self.mark()

        def done():
            assert self.alive(), f"the worker stopped:\n{self.output}"
            assert not any(" raised unexpected: " in line for line in self.lines[start:]), self.output
            return condition()

        wait_until(done, timeout=timeout, message=f"the worker did not finish in {timeout} s:\n{self.output}")


def new_queue() -> str:
    """A queue name no other test uses."""
    return f"test-{os.getpid()}-{time.time_ns()}"


def _stop(process: subprocess.Popen) -> None:
    """SIGKILL for the whole process group (a pool child too, paused or not).
    The test has read what it needed from the process by now; a warm shutdown
    would cost it some three seconds (the event loop wakes once a second, then
    the interpreter tears down every loaded module) and proves nothing here.
    The test database is dropped WITH (FORCE) (tests/testdb.py), so a
    connection the kill leaves behind does not hold it up."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


@contextmanager
def start_worker(
    folder: Path,
    *,
    prefork: bool = False,
    pause_at: tuple[str, ...] = (),
    env: dict | None = None,
    queue: str | None = None,
):
    """A worker on a queue of its own (also its default queue, so what its
    tasks send comes back to it), with its broker files, e-mails and media
    under `folder`, stopped when the block ends. Solo by default; `prefork`
    gives one pool child, as in production, that a test can kill.
    `pause_at` (of "module:Class.method") runs it through tests/faults/pause.py.
    `queue` (from new_queue()) lets beats send to it before it starts."""
    worker_environ, broker = worker_env(folder)
    mail_dir, pause_dir = folder / "mail", folder / "pause"
    queue = queue or new_queue()
    worker_environ.update(
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(mail_dir),
        MEDIA_ROOT=str(folder / "media"),
        CELERY_TASK_DEFAULT_QUEUE=queue,
        PAUSE_AT=",".join(pause_at),
        PAUSE_DIR=str(pause_dir),
    )
    worker_environ.update(env or {})
    entry = ["-m", "tests.faults.pause"] if pause_at else ["-m", "celery"]
    pool = ["--pool=prefork", "--concurrency=1"] if prefork else ["--pool=solo"]
    process = subprocess.Popen(
        [sys.executable, *entry, "-A", "elearning", "worker", *pool, "-Q", queue,
         "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"],
        cwd=ROOT, env=worker_environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    worker = Worker(process, queue, broker, mail_dir, pause_dir)
    reader = worker.read_in_background()
    try:
        yield worker
    finally:
        _stop(process)
        reader.join(timeout=30)


class BeatProcess(OutputReader):
    """A running `celery beat`."""

    def sent(self, entry: str) -> int:
        """How many times this beat has sent the schedule entry `entry`."""
        return sum(f"Sending due task {entry} " in line for line in self.lines)


@contextmanager
def start_beat(folder: Path, *, queue: str, env: dict | None = None):
    """A real `celery -A elearning beat` process sending to `queue`, with its
    schedule file in `folder`; its process group is killed when the block
    ends (SIGKILL, as for the worker: nothing checks how a beat shuts down).
    Beats and worker meet only through the broker, so this needs Redis
    (REDIS_URL), not the per-folder file system broker."""
    assert settings.REDIS_URL, "a beat process shares the broker with the worker: set REDIS_URL"
    folder.mkdir(parents=True, exist_ok=True)
    environ, _broker = worker_env(folder)
    environ.update(CELERY_TASK_DEFAULT_QUEUE=queue)
    environ.update(env or {})
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "elearning", "beat", "--schedule", str(folder / "schedule"),
         "--pidfile=", "--loglevel=INFO"],
        cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    beat = BeatProcess(process)
    reader = beat.read_in_background()
    try:
        yield beat
    finally:
        _stop(process)
        reader.join(timeout=30)
