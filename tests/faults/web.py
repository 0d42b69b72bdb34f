"""gunicorn with production settings (DEBUG off, TLS ended by a proxy that
sets X-Forwarded-Proto) on a free port and this test process's PostgreSQL
database, and a small HTTP client for it that logs in by a session row and
sends the CSRF token as a browser would."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.test import override_settings
from django.utils.crypto import get_random_string

from tests.celery_worker import ROOT, OutputReader, wait_until
from tests.faults.smtp_server import free_port

SECRET_KEY = "faults-only-" + get_random_string(50)
CSRF_SECRET = get_random_string(32)


class Web(OutputReader):
    def __init__(self, process: subprocess.Popen, port: int):
        super().__init__(process)
        self.port = port

    def workers(self) -> list[int]:
        """The pids of the master's workers."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def login(self, user) -> str:
        """A session for `user`, as the login view would store it (signed
        with gunicorn's secret key); the session key."""
        with override_settings(SECRET_KEY=SECRET_KEY):
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
        return session.session_key

    def request(self, method: str, path: str, *, session: str = "", form: dict | None = None, timeout: float = 60):
        """(status, Location) of one request over a new connection, as an
        HTTPS request through the proxy; a form is posted with the CSRF token."""
        origin = f"https://127.0.0.1:{self.port}"
        headers = {"X-Forwarded-Proto": "https", "Host": f"127.0.0.1:{self.port}", "Origin": origin}
        cookies = [f"{settings.CSRF_COOKIE_NAME}={CSRF_SECRET}"]
        if session:
            cookies.append(f"{settings.SESSION_COOKIE_NAME}={session}")
        headers["Cookie"] = "; ".join(cookies)
        body = None
        if form is not None:
            form = {"csrfmiddlewaretoken": CSRF_SECRET, **form}
            body = "&".join(f"{key}={value}" for key, value in form.items())
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            return response.status, response.getheader("Location", "")
        finally:
            conn.close()


@contextmanager
def start_gunicorn(folder: Path, *, workers: int = 1):
    """gunicorn serving elearning.wsgi until the block ends. The app is
    loaded before the workers fork (--preload), so a worker that replaces a
    killed one serves at once."""
    assert connection.vendor == "postgresql", "mark the test postgres"
    db = connection.settings_dict
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        DEBUG="0",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"https://127.0.0.1:{port}",
        DATABASE_URL=f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        MEDIA_SERVED_BY_PROXY="1",
        MEDIA_ROOT=str(folder / "media"),
        CELERY_TASK_ALWAYS_EAGER="0",
        # Jobs the requests put in the outbox go to a queue nobody reads.
        CELERY_TASK_DEFAULT_QUEUE=f"faults-web-{port}",
        LOG_LEVEL="WARNING",
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn), "elearning.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
         "--graceful-timeout", "5", "--preload"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    web = Web(process, port)
    reader = web.read_in_background()

    def healthy():
        assert process.poll() is None, f"gunicorn stopped:\n{web.output}"
        try:
            return web.request("GET", "/healthz", timeout=5)[0] == 200
        except OSError:
            return False

    try:
        wait_until(healthy, timeout=60, message=f"gunicorn did not answer in 60 s:\n{web.output}")
        yield web
    finally:
        # A graceful shutdown (SIGTERM): a worker still writing the response
        # the test has just read finishes it. A quick one (SIGINT) exits the
        # worker from inside that write, and gunicorn logs it as an error
        # with a traceback. The whole process group goes if the master
        # lingers (gunicorn 27's can, for seconds).
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        reader.join(timeout=30)
