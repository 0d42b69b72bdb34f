"""Production settings: secure by default, fail fast without a secret key."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True
    )


def test_check_deploy_passes_without_warnings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="k" * 20 + "-Z9#x" + "q7" * 20,
        ALLOWED_HOSTS="helsepedagogikk.example.no",
        MEDIA_SERVED_BY_PROXY="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_web_process_that_cannot_serve_media_refuses_to_start():
    # Defect 11: with DEBUG off and no S3 bucket, lesson images and videos
    # were 404. gunicorn loads elearning.wsgi, which now says what to set.
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "AWS_STORAGE_BUCKET_NAME"}}
    env |= {"DEBUG": "0", "SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "helsepedagogikk.example.no"}
    code = "import elearning.wsgi"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "MEDIA_SERVED_BY_PROXY=1" in result.stderr, result.stderr
    served = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "MEDIA_SERVED_BY_PROXY": "1"},
        capture_output=True,
        text=True,
    )
    assert served.returncode == 0, served.stderr


def test_secret_key_is_required_when_debug_is_off():
    result = _manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_debug_is_off_by_default():
    result = subprocess.run(
        # Reading the settings module is enough: no app needs loading.
        [sys.executable, "-c", "from elearning import settings; print(settings.DEBUG)"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DEBUG"},
            "SECRET_KEY": "s" * 60,
            "DJANGO_SETTINGS_MODULE": "elearning.settings",
        },
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "False", result.stderr


@pytest.mark.django_db
def test_security_headers_and_csp_without_inline_scripts(client, home):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "frame-ancestors" in directives
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    # No inline <script> in our own layout: every script has a src.
    html = response.content.decode()
    assert "<script>" not in html and '<script type="text/javascript">' not in html


@pytest.mark.django_db
def test_htmx_and_csrf_header_on_body(client, home):
    html = client.get("/").content.decode()
    assert "django_htmx/htmx-2.min.js" in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html


def test_code_only_commands_run_without_a_secret_key():
    result = _manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("redis_url", ["", "redis://127.0.0.1:6379/15"])
def test_a_cache_key_prefix_keeps_sites_sharing_a_cache_apart(monkeypatch, redis_url):
    """Two sites (or the processes of two test databases) on one Redis or
    cache folder: the cache holds users and pages by id, so each needs a
    prefix of its own."""
    from django.core.cache import caches
    from django.test import override_settings

    monkeypatch.setenv("REDIS_URL", redis_url)
    keys = []
    for prefix in ("nklmh", "ovingsside"):
        monkeypatch.setenv("CACHE_KEY_PREFIX", prefix)
        loaded = runpy.run_path(str(ROOT / "elearning" / "settings.py"))
        with override_settings(CACHES=loaded["CACHES"]):
            keys.append(caches.create_connection("default").make_key("user:1"))
    assert keys[0] != keys[1]
    assert keys[0].startswith("nklmh") and keys[1].startswith("ovingsside")
