"""All settings, read from the environment in this one place.

Without any environment the project runs as the embedded default that
``make run`` starts: SQLite, the database search backend and a local-memory
cache. A national deployment sets ``DATABASE_URL``, ``REDIS_URL``/``CACHE_URL``
and ``ELASTICSEARCH_URL`` and runs the same code.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=1 for local development).")
    SECRET_KEY = "insecure-development-key-only-for-debug"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Project apps come last: their post_migrate handlers need the permissions that
# Django and Wagtail create for the apps before them.
INSTALLED_APPS = [
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.contrib.frontend_cache",
    "modelcluster",
    "taggit",
    "reversion",
    "ninja",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its translations turn Wagtail's "47 seconds ago" (naturaltime) into Dutch.
    "django.contrib.humanize",
    "axes",
    "content_models",
    "search",
    "workflows",
    "cms",
    "cms.delivery",
    "cms.webhooks",
    "cms.signaleren",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A cached API answer leaves here (with its CORS headers): what follows is for the views.
    "cms.delivery.api.middleware.CachedResponseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # Static files (the widget's embed.js, the admin) without a separate web server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "cms.delivery.api.middleware.JsonErrorMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
# Keep connections open between requests (seconds); checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default runs the server and the worker on one file. WAL lets readers
    # go on while one writes; IMMEDIATE takes the write lock when a transaction starts,
    # so two writers queue (for up to `timeout` seconds) instead of failing with
    # "database is locked" when one of them upgrades a read lock.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("SQLITE_TIMEOUT", default=20),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "cms.redis_cache.ReusingRedisCache",
            "LOCATION": env("REDIS_URL"),
        }
    }
else:
    CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://passend-informatie")}
# The default local-memory cache lives in one process (``make run``, tests).
cache_in_process = "locmem" in CACHES["default"]["BACKEND"].lower()

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
# search/: Elasticsearch when configured, else full text in the database itself.
SEARCH_BACKEND = env(
    "SEARCH_BACKEND",
    default="search.backends.elasticsearch.ElasticsearchBackend"
    if ELASTICSEARCH_URL
    else "search.backends.database.DatabaseBackend",
)
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="passend-informatie")

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Passend Informatie <noreply@localhost>")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first: the admin, the error messages and the content default to Dutch.
LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# The languages content is translated into, Dutch first. Each gets a Wagtail locale
# after migrate; the admin stays Dutch, the widget follows the reader's language.
CONTENT_LANGUAGES = env.list("CONTENT_LANGUAGES", default=["nl", "en", "ar", "tr", "pl", "uk"])
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANG_INFO[code]["name_local"]) for code in CONTENT_LANGUAGES
]
WAGTAIL_I18N_ENABLED = True
# A translation goes live only through the validation workflow, never by copying
# the live status of its source (wagtail-localize's default).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", default=str(BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", default=str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Passend Informatie"
# The workflow publishes the revision its final task approved, through the publish gate.
# An approval holds for the revision it was given on (or identical content, see
# content_models.approvals): after an edit the steps judge the new text again.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "workflows.publishing.publish_approved_revision"
# Personal review links for panel members stay valid this long (or until answered).
PANEL_LINK_MAX_AGE_DAYS = env.int("PANEL_LINK_MAX_AGE_DAYS", default=14)
# An evaluation link of the steunpunt (signaleren) works once, for this many days.
EVALUATION_LINK_MAX_AGE_DAYS = env.int("EVALUATION_LINK_MAX_AGE_DAYS", default=30)
# The public address of this service: links in e-mails (panel review pages), preview
# links, webhook payloads and the embed snippet. ``make run`` sets it from ``HOST``.
PUBLIC_URL = env("PUBLIC_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=PUBLIC_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "docx", "odt", "txt"]

# Readability targets per audience (workflows/readability). Ouders: B1, the level of
# most public information for parents. Jongeren (12–18) read B1 too, but no sentence
# may be longer than 15 words and paragraphs are shorter. Kinderen: A2, sentences of
# at most 12 words. Professionals: B2. Content for several audiences must meet the
# strictest of them. Texts under min_words are too short for a reliable score: there
# the findings decide. The score's weights and level cut-offs are fitted, not set:
# `python -m workflows.readability.calibrate` writes workflows/readability/weights.json.
#
# Hard bounds that no average can hide: above either one a text is at least
# bound_level, however short its sentences and common its other words.
# - max_unexplained_per_100: abbreviations and uncommon words (not in the glossary,
#   not explained in the text) per 100 words. Plain-language (B1) guidance, as in
#   the Direct Duidelijk checklists: write an abbreviation out or explain it the
#   first time; a reader who meets an unknown term every few sentences loses the thread. 3
#   per 100 is about one in every paragraph; plain texts of the calibration corpus
#   stay under 2, abbreviation-dense letters are above 6.
# - max_passive_share: share of sentences in the passive voice. B1 guidance: write
#   actively, say who does what; the passive hides the actor ("het besluit wordt
#   genomen": by whom?). Above half the sentences, most of the text hides who acts.
# A single long sentence is a finding (long_sentence), not a verdict, for ouders and
# professionals; jongeren and kinderen allow none (max_long_sentences 0).
# quote_length: findings quote at most this many characters, ending in "…".
# The calibration judges texts with these values; a test checks they match the
# engine's defaults, so change both and re-run the calibration together.
READABILITY = {
    "max_unexplained_per_100": 3.0,
    "max_passive_share": 0.5,
    "bound_level": "B2",
    "quote_length": 60,
    "audiences": {
        "ouders": {"target": "B1", "long_sentence": 20, "long_paragraph": 80},
        "jongeren": {
            "target": "B1",
            "long_sentence": 15,
            "long_paragraph": 60,
            "max_long_sentences": 0,
        },
        "kinderen": {
            "target": "A2",
            "long_sentence": 12,
            "long_paragraph": 50,
            "max_long_sentences": 0,
        },
        "professionals": {"target": "B2", "long_sentence": 25, "long_paragraph": 120},
    },
    "min_words": 40,
    "default_audience": "ouders",
}

# Headless API (cms/delivery/api) and embed (cms/delivery/embed).
# Public responses may be kept this long by browsers and CDNs, and served stale
# while they revalidate. The server-side cache is invalidated on every publish.
API_CACHE_MAX_AGE = env.int("API_CACHE_MAX_AGE", default=300)
API_CACHE_STALE_WHILE_REVALIDATE = env.int("API_CACHE_STALE_WHILE_REVALIDATE", default=600)
# An effect of a content change (cache, CDN, search, webhooks) that fails is tried
# again after these many seconds (cms.delivery.changes).
CONTENT_CHANGED_RETRY_DELAYS = [5, 30, 120, 600, 3600]
API_MAX_PAGE_SIZE = 100
# With a shared cache (Redis), a process trusts the cache generations it read for
# this many seconds: a cached answer then needs no round trip, and a publish
# reaches the other processes at most this much later. The local-memory cache
# lives in the process itself, so there is nothing to save.
API_GENERATIONS_MEMO_SECONDS = env.float(
    "API_GENERATIONS_MEMO_SECONDS",
    default=0 if cache_in_process else 0.25,
)
# Signed draft preview links for headless front ends expire after this many hours.
API_PREVIEW_MAX_AGE_HOURS = env.int("API_PREVIEW_MAX_AGE_HOURS", default=48)
# "Was dit nuttig?": at most this many answers per client per minute.
FEEDBACK_RATE_LIMIT_PER_MINUTE = env.int("FEEDBACK_RATE_LIMIT_PER_MINUTE", default=10)
# Feedback answers (with their comments) are deleted after this many months by
# ``manage.py feedback_opschonen``; the anonymous daily counts stay.
FEEDBACK_RETENTION_MONTHS = env.int("FEEDBACK_RETENTION_MONTHS", default=12)

# CORS: every origin may read (GET) the API; POST (feedback) only from the
# origins listed here and from the websites of known schools and SWVs
# (see cms.delivery.api.cors).
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_EXPOSE_HEADERS = ["ETag", "Content-Language"]
CORS_PREFLIGHT_MAX_AGE = 86400

# Background work: Wagtail's own small tasks run at once ("default"); webhook
# deliveries (and search indexing) go to a database queue that
# ``manage.py db_worker --backend background`` works through, with retries.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": env("BACKGROUND_TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
    },
}
# Seconds to wait before each retry of a failed webhook delivery.
WEBHOOK_RETRY_DELAYS = env.list("WEBHOOK_RETRY_DELAYS", cast=int, default=[10, 60, 300, 1800])
WEBHOOK_TIMEOUT_SECONDS = 5

# CDN purge on publish (wagtail.contrib.frontend_cache), only when configured,
# e.g. FRONTEND_CACHE_PURGE_URL=http://varnish:6081 for a Varnish or nginx cache.
if env("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }
    WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
# HSTS on every HTTPS response (Django's SecurityMiddleware). Behind a proxy that ends
# TLS, set TRUST_X_FORWARDED_PROTO so that Django knows the request was secure.
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if env.bool("TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Usually the proxy redirects plain HTTP already; this makes Django do it as well.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)

# Content-Security-Policy (django-csp) of the pages parents, young people and panel
# members see: only this site's own scripts, styles and forms. The iframe pages may
# be framed by any site; the review page by none. The admin keeps Wagtail's defaults.
_PUBLIC_PAGE_CSP = {
    "default-src": [SELF],
    "img-src": [SELF, "data:"],
    "form-action": [SELF],
    "base-uri": [NONE],
    "object-src": [NONE],
}
CSP_EMBED_PAGES = {**_PUBLIC_PAGE_CSP, "frame-ancestors": ["*"]}
CSP_REVIEW_PAGE = {**_PUBLIC_PAGE_CSP, "frame-ancestors": [NONE]}

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for
# one username from one client, that pair is locked for AXES_COOLOFF_MINUTES; the
# same username from another client is not, so guessing cannot lock out the real
# user. Counted in the cache; the client is a salted hash (cms.lockout), no IP address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "cms.lockout.client_key"
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # its log lines carry IP addresses
AXES_LOCKOUT_TEMPLATE = "cms/locked_out.html"
SILENCED_SYSTEM_CHECKS = [
    # The local-memory cache counts per process: fine for `make run`, not for a
    # deployment with several processes, which sets REDIS_URL.
    *(["axes.W001"] if cache_in_process else []),
]
CSRF_FAILURE_VIEW = "workflows.panel.views.csrf_failure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Wagtail logs every background task and publish at INFO; keep the console readable.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # WeasyPrint (the signaleren PDF) logs each layout step at INFO.
        "weasyprint": {"level": "WARNING"},
    },
}
