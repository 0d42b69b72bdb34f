"""Django settings for Helsepedagogikk.

Everything comes from the environment (see .env.example). With nothing set the
site runs for development: SQLite, a file-system Celery broker, e-mail written
to var/mail and uploads under media/. DATABASE_URL, REDIS_URL and the S3
variables switch to the production services.
"""

import json
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

# Fail fast: a production process must never run with a made-up key. (The
# management commands that only read the code get a placeholder from
# manage.py, so `makemigrations --check` works with nothing configured.)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    # Project apps first so their templates and translations win.
    "elearning",
    "accounts",
    "modules",
    "cohorts",
    "quizzes",
    "theme_sessions",
    "coteaching",
    "stories",
    "assignments",
    "evaluations",
    "insights",
    "audit",
    "exports",
    # The demo site (load_demo); no models, and no product app imports it.
    "demo",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.forms",
    "django_htmx",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "elearning.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "elearning.middleware.SignedInNoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AdminAccessMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "modules.middleware.CourseRouteMiddleware",
]

ROOT_URLCONF = "elearning.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "elearning.context_processors.site",
            ],
            "builtins": ["django.templatetags.i18n"],
        },
    },
]

# Our form templates (templates/django/forms/) render Designsystemet fields
# with labels, help text and errors tied together for screen readers.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
CSRF_FAILURE_VIEW = "elearning.views.csrf_failure"

WSGI_APPLICATION = "elearning.wsgi.application"

# --- Database -------------------------------------------------------------
if env.str("DATABASE_URL", default=""):
    DATABASES = {"default": env.db_url("DATABASE_URL")}
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env.str("SQLITE_PATH", default=str(VAR_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets readers and one writer work at once; IMMEDIATE takes
                # the write lock at BEGIN so concurrent writers wait (up to the
                # timeout) instead of failing with "database is locked".
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
    # Tests clone a database file from a template (tests/testdb.py), one per
    # process, so that a real Celery worker process can share it; this
    # names the file instead.
    if env.str("SQLITE_TEST_PATH", default=""):
        DATABASES["default"]["TEST"] = {"NAME": env.str("SQLITE_TEST_PATH")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

# --- Cache and Celery -----------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
# Sites that share one Redis (or one cache folder) keep their keys apart
# with a prefix each: the cache holds users and pages by id.
CACHE_KEY_PREFIX = env.str("CACHE_KEY_PREFIX", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "elearning.cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
else:
    # A file cache is shared by every process on the machine (web, worker),
    # which the rate limits of the login need.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }

# Sessions are read from the cache (Redis in production) and written through
# to the database, so a signed-in request asks the database nothing for them.
SESSION_ENGINE = "elearning.sessions"  # Django's cached_db, read with the content version

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or REDIS_URL or "filesystem://"
CELERY_FS_BROKER_DIR = Path(env.str("CELERY_FS_BROKER_DIR", default=str(VAR_DIR / "celery")))
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {"visibility_timeout": 3600}
    if CELERY_BROKER_URL.startswith("redis")
    else {
        "data_folder_in": str(CELERY_FS_BROKER_DIR / "queue"),
        "data_folder_out": str(CELERY_FS_BROKER_DIR / "queue"),
        "processed_folder": str(CELERY_FS_BROKER_DIR / "processed"),
        "control_folder": str(CELERY_FS_BROKER_DIR / "control"),
        "store_processed": False,
    }
)
CELERY_TASK_IGNORE_RESULT = True
# Where tasks go unless routed: the worker's -Q must include it.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# Tasks are idempotent, so re-running one after a crashed worker is safe:
# acknowledge after the work and requeue when the worker process dies.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - min(30, CELERY_TASK_TIME_LIMIT // 10)
# Publishing after a commit must not hold a request for long when the broker
# is down: the outbox keeps the job and the beat sweep sends it later.
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=2.0)
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = "Europe/Oslo"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celery" / "beat-schedule")
# The transactional outbox (elearning/outbox.py). A claim outlives the hard
# time limit of a task, so a job is claimed again only when its worker is
# surely gone. Retries back off from RETRY_SECONDS, doubling, to RETRY_MAX_SECONDS.
OUTBOX = {
    "CLAIM_SECONDS": env.float("OUTBOX_CLAIM_SECONDS", default=CELERY_TASK_TIME_LIMIT + 60),
    "RETRY_SECONDS": env.float("OUTBOX_RETRY_SECONDS", default=30),
    "RETRY_MAX_SECONDS": env.float("OUTBOX_RETRY_MAX_SECONDS", default=30 * 60),
    "MAX_ATTEMPTS": env.int("OUTBOX_MAX_ATTEMPTS", default=8),
    "SWEEP_SECONDS": env.float("OUTBOX_SWEEP_SECONDS", default=60),
    # A job sent to the broker at commit is left alone this long by the sweep.
    "KICK_GRACE_SECONDS": env.float("OUTBOX_KICK_GRACE_SECONDS", default=30),
    "SWEEP_BATCH": 500,
    "KEEP_DONE_DAYS": 30,
}
# Periodic sweeps over the database; never long ETAs. One entry per sweep.
CELERY_BEAT_SCHEDULE: dict = {
    "elearning-outbox-sweep": {"task": "elearning.tasks.outbox_sweep", "schedule": OUTBOX["SWEEP_SECONDS"]},
    "accounts-purge-unverified": {"task": "accounts.tasks.purge_unverified_accounts", "schedule": 6 * 3600},
    "theme-sessions-send-due-notifications": {
        "task": "theme_sessions.tasks.send_due_notifications",
        "schedule": env.float("THEME_SESSIONS_SWEEP_SECONDS", default=5 * 60),
    },
    "theme-sessions-purge-guest-data": {"task": "theme_sessions.tasks.purge_guest_data", "schedule": 6 * 3600},
    "assignments-send-reminders": {
        "task": "assignments.tasks.send_due_reminders",
        "schedule": env.float("ASSIGNMENTS_SWEEP_SECONDS", default=15 * 60),
    },
    "assignments-delete-orphan-files": {"task": "assignments.tasks.delete_orphan_files", "schedule": 24 * 3600},
    "evaluations-invite-follow-ups": {"task": "evaluations.tasks.invite_follow_ups", "schedule": 6 * 3600},
    "audit-purge-expired-events": {"task": "audit.tasks.purge_expired_events", "schedule": 24 * 3600},
    "exports-expire-jobs": {"task": "exports.tasks.expire_jobs", "schedule": 15 * 60},
}

# --- The apps' own settings (elearning/app_settings.py) ---------------------
from elearning.app_settings import (  # noqa: E402, F401  (settings, read by Django; after .env is read)
    ASSIGNMENTS,
    AUDIT,
    EVALUATION_FOLLOW_UP_DAYS,
    EVALUATION_FOLLOW_UP_WINDOW_DAYS,
    EXPORTS,
    QUIZ_GRACE_SECONDS,
    REPORTS_MIN_GROUP_SIZE,
    THEME_SESSIONS,
)

# --- Auth -----------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # As Django's and allauth's, with the profile read with the user (accounts/backends.py).
    "accounts.backends.ProfileModelBackend",
    "accounts.backends.ProfileAuthenticationBackend",
    # Kept so that sessions made before still find their backend.
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
# Login, signup and password reset never tell whether an e-mail has an account.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Helsepedagogikk] "
# Behind N reverse proxies that append to X-Forwarded-For, the client is the
# N-th address from the right; 0 trusts REMOTE_ADDR (no proxy). Rate limits
# per network address need it: behind a proxy, every client is the proxy.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_UNVERIFIED_RETENTION_DAYS = env.int("ACCOUNT_UNVERIFIED_RETENTION_DAYS", default=14)
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
SOCIALACCOUNT_ADAPTER = "accounts.adapters.SocialAccountAdapter"
# Sliding windows only: a burst of wrong passwords slows the attacker down,
# but the limit lifts by itself, so nobody can lock a victim out for good.
# Failed logins count per account (key: the e-mail address, from any address
# on the internet) and per network address + account (accounts.adapters), and
# per network address only far higher: a hospital puts hundreds of people
# behind one NAT address, and a course day starts with all of them logging in.
ACCOUNT_RATE_LIMITS = {
    "login": "300/m/ip",
    "login_failed": "100/m/ip,20/15m/key",
    "login_failed_ip_account": "5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Helsepedagogikk"
# Staff must have TOTP before they reach the Wagtail admin. On by default
# whenever DEBUG is off (production).
REQUIRE_STAFF_MFA = env.bool("REQUIRE_STAFF_MFA", default=not DEBUG)

# Generic OpenID Connect (ID-porten, HelseID, Feide …): a JSON list of
# {"provider_id", "name", "client_id", "secret", "server_url"}.
OIDC_PROVIDERS = json.loads(env.str("OIDC_PROVIDERS", default="[]") or "[]")
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "provider_id": p["provider_id"],
                "name": p.get("name", p["provider_id"]),
                "client_id": p["client_id"],
                "secret": p.get("secret", ""),
                "settings": {"server_url": p["server_url"], **p.get("settings", {})},
            }
            for p in OIDC_PROVIDERS
        ],
    }
}
SOCIALACCOUNT_EMAIL_AUTHENTICATION = False
SOCIALACCOUNT_STORE_TOKENS = False

# --- Internationalisation -------------------------------------------------
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk (bokmål)"), ("nn", "Norsk (nynorsk)"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# One place decides how a date reads in each language (elearning/formats/nb).
FORMAT_MODULE_PATH = ["elearning.formats"]
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/designsystemet", BASE_DIR / "node_modules/@digdir/designsystemet-css/dist"),
    ("vendor/inter", BASE_DIR / "node_modules/@fontsource-variable/inter"),
    ("vendor/chartjs", BASE_DIR / "node_modules/chart.js/dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))

AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
# With DEBUG off and no bucket, the reverse proxy must serve MEDIA_ROOT at
# MEDIA_URL (elearning.checks refuses to start otherwise; README: nginx).
MEDIA_SERVED_BY_PROXY = env.bool("MEDIA_SERVED_BY_PROXY", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "elearning.storage.CachedUrlStaticFilesStorage"
    },
}
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
FILE_UPLOAD_PERMISSIONS = 0o640

# --- E-mail ---------------------------------------------------------------
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# A mail server that hangs must not hold a worker past the outbox claim.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Helsepedagogikk <ikke-svar@helsepedagogikk.no>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Wagtail --------------------------------------------------------------
WAGTAIL_SITE_NAME = "Helsepedagogikk"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSEARCH_BACKENDS = {
    # On PostgreSQL Wagtail's database backend uses the full-text search
    # (tsvector) of the database; on SQLite it uses FTS5.
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True},
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILMEDIA = {"MEDIA_MODEL": "wagtailmedia.Media"}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# --- Security -------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads no cookie: the token is in hx-headers
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

CONTENT_SECURITY_POLICY = {
    # Wagtail's admin and Django's admin still use inline scripts; the public
    # site does not, and the policy below applies to it.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"]
        + ([f"https://{AWS_S3_CUSTOM_DOMAIN}"] if AWS_STORAGE_BUCKET_NAME and AWS_S3_CUSTOM_DOMAIN else []),
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"] + [p["server_url"].split("/.well-known")[0] for p in OIDC_PROVIDERS],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# --- Logging --------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail runs its index updates as django-tasks; one line per task is noise.
        "django_tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        # WeasyPrint reports every stylesheet it parses, its own at import too.
        "weasyprint.progress": {"level": "WARNING"},
    },
}
