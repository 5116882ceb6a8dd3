"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment here, so that
the same code path runs in development, in tests and in production (see README.md for the variables).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

# Which settings module is running: "development", "test" or "production". Used by commands that must
# refuse to run in production (seed_demo) and shown by /healthz.
PORTAL_ENVIRONMENT = "base"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name, "")
    if not value.strip():
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from exc


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A form sent without a valid CSRF token gets the portal's page (templates/403_csrf.html), not Django's technical one.
CSRF_FAILURE_VIEW = "thainguyen_portal.core.views.csrf_failure"

INSTALLED_APPS = [
    # The portal's own apps. core and editorial are shared by every area (see docs/architecture.md).
    "thainguyen_portal.core",
    "home",
    "news",
    "news.petitions",  # readers' petitions and the answers (a package of the news area, app label "petitions")
    "multimedia",
    "gazette",
    "gazette.consultations",  # drafts open for public comment (a package of the gazette area, label "consultations")
    "travietpub",
    "search",
    # After the areas: seed_demo runs each app's demo.py in this order, and the newsroom's roles and workflows
    # are set up on the sections the areas made.
    "thainguyen_portal.editorial",
    # Partner API, partner feeds, social networks and YouTube (knows the areas only through hooks).
    "thainguyen_portal.syndication",
    # The English edition: glossary, translation reports; before wagtail_localize, whose editor template and
    # "Translate this page" URL it extends, and after the areas (its demo translates their pages).
    "thainguyen_portal.translation",
    "thainguyen_portal.ratings",  # readers' ratings of pages and their report (docs/ratings.md)
    "thainguyen_portal.alerts",  # readers' alerts by e-mail: subscriptions, daily digest, report (docs/alerts.md)
    # Wagtail and its companions.
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (never both)
    "wagtailmedia",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    # Not "wagtail.contrib.frontend_cache": its receivers purge a page inside the publishing transaction (a CDN
    # asking again before the commit keeps the old page) and twice with ours. core/publishing/signals.py uses its
    # backends and PurgeBatch, after the commit (core/publishing/pagecache.py, renew_after_commit).
    "wagtail.embeds",
    "wagtail.sites",
    "thainguyen_portal.editorial.users_app.PortalUsersAppConfig",  # wagtail.users with the admin language on its forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.humanize",  # its Vietnamese: Wagtail's "6 phút trước" in the status panel and history
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "thainguyen_portal.core.security.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers are served from the page cache before sessions or the database are touched.
    "thainguyen_portal.core.publishing.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Language comes from the URL only (/ is Vietnamese, /en/ English): no Accept-Language sniffing and no
    # "Vary: Accept-Language" that would split shared caches. See core/publishing/locale.py.
    "thainguyen_portal.core.publishing.locale.PathLocaleMiddleware",
    # The request's Site (with its home pages) from the cache: see core/publishing/frame.py.
    "thainguyen_portal.core.publishing.frame.SiteFromCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "thainguyen_portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "thainguyen_portal.wsgi.application"

# --- Database: PostgreSQL from DATABASE_URL, else an SQLite file under var/ -------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "").strip()
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    # SQLite cannot make the folder of its file: without it every command fails with "unable to open database file".
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "portal.sqlite3",
            "OPTIONS": {
                # WAL lets readers go on while an editor saves; a busy timeout instead of "database is locked".
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions: Redis from REDIS_URL (separate databases), else local memory ---------------------
REDIS_URL = os.environ.get("REDIS_URL", "").strip()


def redis_db_url(url, offset):
    """The Redis URL with its database number moved by `offset` (redis://h:6379/0 -> /1 for offset 1)."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    try:
        base_db = int(path) if path else 0
    except ValueError as exc:
        raise ImproperlyConfigured(f"REDIS_URL must end in a database number, not {path!r}.") from exc
    return urlunsplit((parts.scheme, parts.netloc, f"/{base_db + offset}", parts.query, parts.fragment))


def redis_caches(url):
    """The Redis caches for REDIS_URL `url`: the page and fragment cache in its database, sessions in the next one.

    Redis must fail fast: short timeouts, no retries, and a circuit breaker (core/operations/cachebreaker.py) that skips
    a failing Redis for PORTAL_REDIS_BREAKER_SECONDS after one failure instead of waiting the timeout on every call.
    Both caches ignore Redis errors (a miss): pages come from the database, and sessions from the database too
    (SESSION_ENGINE is cached_db), so editors can sign in while Redis is away."""
    timeout = float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.25"))
    options = {
        "CLIENT_CLASS": "thainguyen_portal.core.operations.cachebreaker.CircuitBreakerClient",
        "SOCKET_CONNECT_TIMEOUT": timeout,
        "SOCKET_TIMEOUT": timeout,
        "IGNORE_EXCEPTIONS": True,
    }
    prefix = os.environ.get("CACHE_KEY_PREFIX", "tnp")
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_db_url(url, 0),
            "KEY_PREFIX": prefix,
            "OPTIONS": options,
        },
        "sessions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_db_url(url, 1),
            "KEY_PREFIX": prefix,
            "OPTIONS": options,
        },
    }


# Seconds a failing Redis is skipped after a failure (core/operations/cachebreaker.py).
PORTAL_REDIS_BREAKER_SECONDS = env_int("REDIS_BREAKER_SECONDS", 15)

if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
    # Sessions in the database, read through the cache: a sign-in survives a cache flush or a Redis outage.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    SESSION_CACHE_ALIAS = "sessions"
    # Each ignored error would log an ERROR traceback (18 a page with Redis down): the breaker logs one WARNING
    # when Redis fails and at most one a minute while it stays down.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"},
        "sessions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sessions"},
    }
    # Local memory is per process: keep sessions in the database so that sign-ins survive a restart.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Wagtail looks renditions up in the "renditions" cache, one round trip per image: in each process's memory they
# cost none. Safe across processes: a rendition's key holds the image's file hash and focal point, so a new file or
# focal point is a new key; a deleted rendition is forgotten within RENDITION_CACHE_SECONDS.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": env_int("RENDITION_CACHE_SECONDS", 600),
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# --- Background tasks (django-tasks): immediate by default, a database queue with workers in production ---
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be 'immediate' or 'database', not {TASKS_BACKEND!r}.")

# --- Passwords ---------------------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Vietnamese first (the first Locale row is made from LANGUAGE_CODE), English at /en/ ------
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
# The content languages by their names in the admin's language ("Tiếng Anh" for a Vietnamese translator, "English"
# in the English admin): wagtail-localize's editor, messages and choosers name a locale by these. LANGUAGES keeps
# each language's own name, for the public language switcher and the admin language field.
WAGTAIL_CONTENT_LANGUAGES = [
    ("vi", pgettext_lazy("content language", "Vietnamese")),
    ("en", pgettext_lazy("content language", "English")),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation must not go live before a translator has done the work.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The project's strings first; then our Vietnamese of upstream strings (Wagtail's, wagtail-localize's, wagtailmedia's,
# Django's) the newsroom meets, where upstream's is missing or wrong (#20 item 4, docs/glossary.md).
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_wagtail"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["thainguyen_portal.formats"]

# --- Static and media files --------------------------------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = os.environ.get("STATIC_URL", "/static/")
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Whether Django itself serves MEDIA_URL (development, tests, a single small host). In production nginx or
# object storage serves media.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o644
# Directories of private files (outside MEDIA_ROOT, no public URL) that `manage.py backup` archives in
# private.tar.gz and `manage.py restore` puts back (core/operations/backup.py). The platform's own (the newsroom's
# field-report photos) are listed here; an area declares its own in its area.py (core.areas.PrivateFiles). An entry:
# {name of its part of the archive: {"setting": the setting that says where the directory is (read at each backup, so a
# deployment or a test may move it), "model": the model ("app_label.ModelName") whose rows the manifest counts, "count":
# the key of that count}}.
PORTAL_PRIVATE_FILE_ROOTS = {}

# --- Wagtail ----------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cổng Thông tin điện tử tỉnh Thái Nguyên"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# Slugs are ASCII: "Đường lên Tân Cương" -> "duong-len-tan-cuong" (core/text.py does the Vietnamese folding).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "csv", "txt", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
# Autosave writes a revision per interval per editor; once a minute keeps the revision table sane.
WAGTAIL_AUTOSAVE_INTERVAL = 60_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Logging: to stdout/stderr, collected by the process manager -------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Every line carries the request id (core/operations/requestid.py): "-" outside a request.
    "filters": {
        "request_id": {"()": "thainguyen_portal.core.operations.requestid.RequestIdFilter"},
        "warning_without_traceback": {"()": "thainguyen_portal.core.operations.logfilters.WarningWithoutTraceback"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # A request for a host not in ALLOWED_HOSTS (scanners, a stray DNS name) is the client's mistake: one
        # WARNING line without a traceback, never an ERROR.
        "django.security.DisallowedHost": {
            "handlers": ["console"],
            "level": "WARNING",
            "filters": ["warning_without_traceback"],
            "propagate": False,
        },
        # One line per task state change is noise at INFO; failures still show.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

PORTAL_HEALTH_TIMEOUT = 2

# --- Security headers (core/security/headers.py: SecurityHeadersMiddleware) ------------------------------------------
_EMBED_FRAMES = (
    "https://www.youtube.com https://www.youtube-nocookie.com https://www.facebook.com https://www.google.com "
    "https://www.openstreetmap.org"
)
CSP_PUBLIC = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: https:",
        "media-src 'self' https:",
        "font-src 'self'",
        "connect-src 'self'",
        f"frame-src {_EMBED_FRAMES}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
CSP_ADMIN = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https:",
        "media-src 'self' blob: https:",
        "font-src 'self' data:",
        "connect-src 'self'",
        f"frame-src 'self' {_EMBED_FRAMES}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# --- Page cache for anonymous readers (core/publishing/pagecache.py) and the frontend cache in front ------------------
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "default"
# Without Redis every process has its own in-memory cache: under `make run` the scheduler publishes in a process of
# its own while the server keeps serving its cached pages. Renewals then also touch this file, and every process
# empties its own cache when it sees the file change (core/publishing/pagecache.py, LocalCacheSignal). Not needed with
# Redis.
PAGE_CACHE_SIGNAL_FILE = os.environ.get("PAGE_CACHE_SIGNAL_FILE", "").strip() or (
    None if REDIS_URL else str(VAR_DIR / "cache-signal")
)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# What nginx / the CDN may keep (s-maxage) and serve while it refreshes (stale-while-revalidate).
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 60)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 60)
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/healthz",
    "/ping",
    "/media/",
    "/static/",
    "/_/",
    "/newsroom/",
)
# Visit counters (core/operations/stats.py) live in this cache; `rollup_stats` copies them to the database.
STATS_CACHE_ALIAS = "default"
# First path segments of pages that list every area (their cache is renewed on any publish in the language).
PAGE_CACHE_LISTING_SEGMENTS = {"tim-kiem", "search", "sitemap.xml", "sitemap-news.xml", "rss", "feed", "feeds"}
# Click-tracking parameters that social networks, ads and newsletters append to shared links (Facebook's fbclid,
# Zalo's zarsrc, utm_*): taken off public GET requests, so they neither split the page cache nor reach a view
# (core/publishing/pagecache.py, strip_tracking_params). A trailing "*" matches a prefix. nginx's cache key:
# docs/deployment.md.
PAGE_CACHE_IGNORED_QUERY_PARAMS = (
    "fbclid",
    "zarsrc",
    "gclid",
    "gbraid",
    "wbraid",
    "dclid",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "utm_*",
)

# Purge nginx/Varnish (HTTP PURGE to FRONTEND_CACHE_PURGE_URL) or Cloudflare on publish; nothing when unset.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["purge"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
# URLs carry their language already (/ and /en/): purge each URL as it is, not once per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Shown in the header when site settings are not yet filled in.
PORTAL_DEFAULT_NAME = _("Thai Nguyen Provincial Portal")
# No Gravatar: editors' e-mail hashes are not sent to a third party, and the admin loads nothing from outside.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Area settings: each area keeps its settings in its own block below (one block per app, in this order). ---

# news
# Petitions sent through the public form (news/petitions/submissions.py): at most NEWS_PETITION_MAX_FILES attachments of at
# most NEWS_PETITION_MAX_FILE_SIZE bytes each (JPEG, PNG, WebP or PDF, checked by content). They are kept outside
# MEDIA_ROOT, in NEWS_PETITION_FILES_ROOT (no public URL; staff download them through the admin): on several
# hosts, a volume they share.
NEWS_PETITION_MAX_FILES = env_int("NEWS_PETITION_MAX_FILES", 3)
NEWS_PETITION_MAX_FILE_SIZE = env_int("NEWS_PETITION_MAX_FILE_SIZE", 5 * 1024 * 1024)
NEWS_PETITION_FILES_ROOT = Path(os.environ.get("NEWS_PETITION_FILES_ROOT", VAR_DIR / "private" / "petitions"))
# backup archives it: declared by the petitions' area.py (core.areas.PrivateFiles).
# Who is told by e-mail of each new submission (comma-separated addresses; nobody when empty).
NEWS_PETITION_NOTIFY = env_list("NEWS_PETITION_NOTIFY")

# multimedia (wagtailmedia)
# Our media model adds a WebVTT captions track and a transcript to every audio and video file.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "multimedia.PortalMedia",
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
MULTIMEDIA_MAX_VIDEO_SIZE = env_int("MULTIMEDIA_MAX_VIDEO_SIZE", 500 * 1024 * 1024)
MULTIMEDIA_MAX_AUDIO_SIZE = env_int("MULTIMEDIA_MAX_AUDIO_SIZE", 100 * 1024 * 1024)
MULTIMEDIA_MAX_CAPTIONS_SIZE = 1024 * 1024
MULTIMEDIA_PER_PAGE = 12

# gazette
# The publication schedule (đúng kỳ): an issue is due every GAZETTE_ISSUE_INTERVAL_DAYS days (its due date is set
# on the issue, the publication date when empty), and a document must be published within
# GAZETTE_PUBLISH_WITHIN_WORKING_DAYS working days (Monday-Friday, minus GAZETTE_HOLIDAYS) of its issue date.
GAZETTE_ISSUE_INTERVAL_DAYS = int(os.environ.get("GAZETTE_ISSUE_INTERVAL_DAYS", "7"))
GAZETTE_PUBLISH_WITHIN_WORKING_DAYS = int(os.environ.get("GAZETTE_PUBLISH_WITHIN_WORKING_DAYS", "15"))
GAZETTE_HOLIDAYS = [d.strip() for d in os.environ.get("GAZETTE_HOLIDAYS", "").split(",") if d.strip()]
GAZETTE_FILE_EXTENSIONS = ["pdf", "doc", "docx"]
# A Unicode TTF with Vietnamese for generated PDFs (core/intake/pdf.py: demo content, tests); a system font if empty.
# GAZETTE_PDF_FONT and TRAVIET_PDF_FONT, the two names it had before, are still read.
PDF_FONT = os.environ.get("PDF_FONT") or os.environ.get("GAZETTE_PDF_FONT") or os.environ.get("TRAVIET_PDF_FONT", "")
# The lookup's facet counts, kept per set of filters until the gazette's page-cache generation moves (0: off).
GAZETTE_FACET_CACHE_SECONDS = int(os.environ.get("GAZETTE_FACET_CACHE_SECONDS", "600"))

# Client addresses and rate limits (core/security/clientip.py, core/security/ratelimit.py). Behind nginx set
# PORTAL_CLIENT_IP_HEADER=X-Real-IP (or CF-Connecting-IP behind Cloudflare; X-Forwarded-For with
# PORTAL_TRUSTED_PROXY_COUNT proxies appending to it). Without it, REMOTE_ADDR is the client. The header is believed
# only from PORTAL_TRUSTED_PROXIES (addresses or networks; loopback by default, nginx on the same host): a client
# reaching gunicorn directly cannot forge it.
PORTAL_CLIENT_IP_HEADER = os.environ.get("PORTAL_CLIENT_IP_HEADER", "")
PORTAL_TRUSTED_PROXY_COUNT = env_int("PORTAL_TRUSTED_PROXY_COUNT", 1)
PORTAL_TRUSTED_PROXIES = env_list("PORTAL_TRUSTED_PROXIES", "127.0.0.0/8,::1")
# Per-client limits of public forms and search ("count/period", period s, m, h or d; e.g. "10/5m").
PORTAL_RATE_LIMITS = {
    "petition": os.environ.get("RATE_LIMIT_PETITION", "5/m"),
    "search": os.environ.get("RATE_LIMIT_SEARCH", "60/m"),
    "form": os.environ.get("RATE_LIMIT_FORM", "10/m"),
    "comment": os.environ.get("RATE_LIMIT_COMMENT", "5/m"),  # comments on drafts (gazette/consultations)
    # The visit beacon (core/operations/stats.py): generous, as many readers share a mobile carrier's address; over it a
    # view is simply not counted.
    "beacon": os.environ.get("RATE_LIMIT_BEACON", "120/m"),
    # Readers' ratings of pages (thainguyen_portal.ratings): one vote per reader and page a day in any case.
    "rating": os.environ.get("RATE_LIMIT_RATING", "10/m"),
    # Subscriptions to alerts by e-mail (thainguyen_portal.alerts): each one sends a confirmation e-mail.
    "alerts": os.environ.get("RATE_LIMIT_ALERTS", "5/m"),
}
# Alerts by e-mail (docs/alerts.md): how many days a confirmation link stays valid.
ALERTS_CONFIRM_DAYS = env_int("ALERTS_CONFIRM_DAYS", 3)

# travietpub

# search
# Query counters are kept per process and written in one batch every N searches or T seconds (search/stats.py);
# the table keeps the most asked queries. Production can swap the database index for Elasticsearch/OpenSearch:
# see docs/search.md ("Scaling out") for the accent-folding analyser (icu_folding / asciifolding + lowercase).
SEARCH_STATS_FLUSH_EVERY = env_int("SEARCH_STATS_FLUSH_EVERY", 200)
SEARCH_STATS_FLUSH_SECONDS = env_int("SEARCH_STATS_FLUSH_SECONDS", 300)
SEARCH_STATS_MAX_ROWS = env_int("SEARCH_STATS_MAX_ROWS", 5000)

# editorial
# Workflow e-mails go to the people of each step (editors, approvers, the author), not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Field reports: at most this many photos of at most this size each (bytes); larger sides are scaled down.
EDITORIAL_FIELD_REPORT_MAX_PHOTOS = 10
EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE = env_int("EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE", 10 * 1024 * 1024)
EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIDE = 4000
# Field-report photos are the newsroom's, not the public's: kept outside MEDIA_ROOT (no URL; staff see them in the
# admin). A shared volume when there are several hosts; `manage.py backup` archives it (private.tar.gz).
EDITORIAL_FIELD_REPORT_FILES_ROOT = Path(
    os.environ.get("EDITORIAL_FIELD_REPORT_FILES_ROOT", VAR_DIR / "private" / "field-reports")
)
PORTAL_PRIVATE_FILE_ROOTS["field-reports"] = {
    "setting": "EDITORIAL_FIELD_REPORT_FILES_ROOT",
    "model": "editorial.FieldReportPhoto",
    "count": "field_report_photos",
}
# The page type a field report becomes ("app_label.modelname"), its StreamField, and the section it goes into: the
# area that declares ``field_report_drafts`` in its area.py gives them; a value here replaces the area's.
EDITORIAL_DRAFT_PAGE_TYPE = os.environ.get("EDITORIAL_DRAFT_PAGE_TYPE") or None
EDITORIAL_DRAFT_BODY_FIELD = None
EDITORIAL_DRAFT_AREA = None
# Zalo Official Account webhook (POST /newsroom/zalo/): the OA's app id and secret key from Zalo's console.
EDITORIAL_ZALO_APP_ID = os.environ.get("ZALO_APP_ID", "")
EDITORIAL_ZALO_OA_SECRET = os.environ.get("ZALO_OA_SECRET", "")
# Photos Zalo links to are fetched with this timeout (seconds) and size cap.
EDITORIAL_ZALO_FETCH_TIMEOUT = 10
# ...only from these hosts ("*.example" is any name under example, not example itself): Zalo serves message photos
# from its CDN domains zdn.vn and zadn.vn (e.g. photo-link-talk.zadn.vn, as seen in public code handling Zalo; Zalo
# publishes no list): a conservative default, widen it only for a host seen in Zalo's own deliveries. Only over https; never from a name
# that resolves to a loopback, private, link-local, multicast or reserved address (tests switch both off for their
# local stand-in of Zalo's CDN).
EDITORIAL_ZALO_PHOTO_HOSTS = env_list("ZALO_PHOTO_HOSTS", "*.zdn.vn,*.zadn.vn")
EDITORIAL_ZALO_PHOTO_HTTPS_ONLY = True
EDITORIAL_ZALO_ALLOW_PRIVATE_ADDRESSES = False
# A signed delivery whose timestamp is more than this many seconds old (or ahead) is refused: a captured message
# cannot be replayed later.
EDITORIAL_ZALO_MAX_AGE_SECONDS = env_int("ZALO_MAX_AGE_SECONDS", 300)
# run_scheduler: seconds between two runs of publish_scheduled.
EDITORIAL_SCHEDULER_INTERVAL = env_int("EDITORIAL_SCHEDULER_INTERVAL", 60)

# syndication (thainguyen_portal/syndication, docs/syndication.md)
# Partner API at /api/v1/: cached in-view under the page cache's generations, so the middleware leaves it alone.
PAGE_CACHE_EXCLUDED_PREFIXES = (*PAGE_CACHE_EXCLUDED_PREFIXES, "/api/")
PORTAL_RATE_LIMITS["api"] = os.environ.get("RATE_LIMIT_API", "120/m")
SYNDICATION_API_PAGE_SIZE = 20
SYNDICATION_API_MAX_PAGE_SIZE = 100
SYNDICATION_API_CACHE_SECONDS = env_int("SYNDICATION_API_CACHE_SECONDS", 600)
SYNDICATION_COPYRIGHT_HOLDER = os.environ.get("SYNDICATION_COPYRIGHT_HOLDER", "Cổng Thông tin điện tử tỉnh Thái Nguyên")
SYNDICATION_USAGE_TERMS = os.environ.get(
    "SYNDICATION_USAGE_TERMS", "Ghi rõ nguồn “Cổng Thông tin điện tử tỉnh Thái Nguyên” khi sử dụng lại thông tin."
)
# Partner feeds (manage.py ingest_feeds): what a target section is (the page types the areas declare, Area.feed_section
# types in their area.py, unless an "app_label.ModelName" here replaces them), timeouts and size caps of every fetch.
SYNDICATION_SECTION_PAGE_TYPE = None
SYNDICATION_FETCH_TIMEOUT = env_int("SYNDICATION_FETCH_TIMEOUT", 15)
SYNDICATION_FEED_MAX_BYTES = env_int("SYNDICATION_FEED_MAX_BYTES", 5 * 1024 * 1024)
SYNDICATION_IMAGE_MAX_BYTES = env_int("SYNDICATION_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
SYNDICATION_MAX_ITEMS_PER_RUN = env_int("SYNDICATION_MAX_ITEMS_PER_RUN", 50)
# Social networks: posts to the province's Facebook Page (Graph API) and Zalo Official Account (article API).
# A network without its token is skipped. Base URLs are settings so tests (and a proxy) can point elsewhere.
SYNDICATION_FACEBOOK_GRAPH_URL = os.environ.get("FACEBOOK_GRAPH_URL", "https://graph.facebook.com/v21.0").rstrip("/")
SYNDICATION_FACEBOOK_PAGE_ID = os.environ.get("FACEBOOK_PAGE_ID", "")
SYNDICATION_FACEBOOK_PAGE_TOKEN = os.environ.get("FACEBOOK_PAGE_TOKEN", "")
SYNDICATION_ZALO_API_URL = os.environ.get("ZALO_OA_API_URL", "https://openapi.zalo.me").rstrip("/")
SYNDICATION_ZALO_ACCESS_TOKEN = os.environ.get("ZALO_OA_ACCESS_TOKEN", "")
SYNDICATION_SOCIAL_TIMEOUT = env_int("SYNDICATION_SOCIAL_TIMEOUT", 15)
# Retries: attempt n waits BASE * 2**(n-1) seconds (capped), at most MAX_ATTEMPTS attempts, then "failed".
SYNDICATION_SOCIAL_MAX_ATTEMPTS = env_int("SYNDICATION_SOCIAL_MAX_ATTEMPTS", 5)
SYNDICATION_SOCIAL_BACKOFF_SECONDS = env_int("SYNDICATION_SOCIAL_BACKOFF_SECONDS", 60)
SYNDICATION_SOCIAL_BACKOFF_MAX_SECONDS = env_int("SYNDICATION_SOCIAL_BACKOFF_MAX_SECONDS", 6 * 3600)
# Zalo reviews an article before it is out: send_social_posts asks again every POLL seconds, for at most HOURS.
SYNDICATION_SOCIAL_REVIEW_POLL_SECONDS = env_int("SYNDICATION_SOCIAL_REVIEW_POLL_SECONDS", 120)
SYNDICATION_SOCIAL_REVIEW_HOURS = env_int("SYNDICATION_SOCIAL_REVIEW_HOURS", 24)
# YouTube: the channel's public videos feed (no API key needed) brings new videos in as draft VideoPages.
SYNDICATION_YOUTUBE_CHANNEL_ID = os.environ.get("YOUTUBE_CHANNEL_ID", "")
SYNDICATION_YOUTUBE_FEED_URL = os.environ.get("YOUTUBE_FEED_URL", "https://www.youtube.com/feeds/videos.xml").rstrip(
    "/"
)
# translation (the English edition)
# Machine translation is off unless configured: WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl with DEEPL_API_KEY, =google
# with GOOGLE_TRANSLATE_PROJECT_ID (and Google's credentials), =libretranslate with LIBRETRANSLATE_URL (and
# LIBRETRANSLATE_API_KEY), or =dummy (reverses words; for tests and demos only). A dotted class path works too.
_MACHINE_TRANSLATORS = {
    "deepl": ("wagtail_localize.machine_translators.deepl.DeepLTranslator", {"AUTH_KEY": "DEEPL_API_KEY"}),
    "google": (
        "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        {"PROJECT_ID": "GOOGLE_TRANSLATE_PROJECT_ID", "CREDENTIALS_PATH": "GOOGLE_APPLICATION_CREDENTIALS"},
    ),
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        {"LIBRETRANSLATE_URL": "LIBRETRANSLATE_URL", "API_KEY": "LIBRETRANSLATE_API_KEY"},
    ),
    "dummy": ("wagtail_localize.machine_translators.dummy.DummyTranslator", {}),
}


def machine_translator_from_env(value):
    value = (value or "").strip()
    if not value or value.lower() in {"off", "none", "false", "0"}:
        return None
    class_path, option_vars = _MACHINE_TRANSLATORS.get(value.lower(), (value, {}))
    options = {name: os.environ[var] for name, var in option_vars.items() if os.environ.get(var)}
    return {"CLASS": class_path, "OPTIONS": options}


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ.get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR"))
# security (README.md "Security", docs/deployment.md): login throttling, one-time passwords, uploads, request ids.
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]
MIDDLEWARE.insert(0, "thainguyen_portal.core.operations.requestid.RequestIdMiddleware")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1,
    "thainguyen_portal.core.security.otp.AdminSessionMiddleware",
)
# django-axes last: it turns a locked-out login into the lockout page.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    # AxesBackend: the lockout check, and a get_user() for test helpers that sign in with the first backend.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes: after AXES_FAILURE_LIMIT failed sign-ins of one user name from one client address, that pair is locked
# for AXES_COOLOFF_HOURS. The address is the proxy-aware one (PORTAL_CLIENT_IP_HEADER): without it, one attacker
# would lock every editor out behind nginx. `manage.py axes_reset` unlocks everyone.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "thainguyen_portal.core.security.clientip.axes_client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "thainguyen_portal.core.security.otp.lockout_response"
AXES_VERBOSE = False
# Sign-in attempts per client address, whatever the user name (core/security/otp.py): against trying one password on
# many.
PORTAL_RATE_LIMITS["login"] = os.environ.get("RATE_LIMIT_LOGIN", "20/10m")
# Admin sessions: signed out after PORTAL_SESSION_IDLE_TIMEOUT seconds without a request, and at the latest after
# SESSION_COOKIE_AGE (one working day). Readers have no session.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 10 * 3600)
PORTAL_SESSION_IDLE_TIMEOUT = env_int("PORTAL_SESSION_IDLE_TIMEOUT", 30 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Time-based one-time passwords (django-otp's TOTP devices, core/security/otp.py): superusers and members of these
# groups must enrol an authenticator app and enter its code before any /admin/ page. Required in production; off by
# default in development (`make run`'s demo admin signs in with a password only) and tests (the OTP tests switch it on).
PORTAL_OTP_REQUIRED = env_bool("PORTAL_OTP_REQUIRED", True)
PORTAL_OTP_GROUPS = ["Lãnh đạo duyệt đăng", "Văn phòng duyệt Công báo", "Quản trị hệ thống"]
OTP_TOTP_ISSUER = "Cổng TTĐT Thái Nguyên"
# Uploads (core/intake/uploads.py): documents and media are checked by their content, not their name.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "thainguyen_portal.core.intake.uploads.PortalDocumentForm"
# The sign-in page in the portal's language: Wagtail's form with a translatable "Password" label (editorial/login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "thainguyen_portal.editorial.login.PortalLoginForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
PORTAL_STRIP_IMAGE_METADATA = True
# Optional error reporting: set SENTRY_DSN and install sentry-sdk (README.md); nothing is sent otherwise.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
# django-axes says every sign-in at INFO; lockouts (WARNING) are what the log needs.
LOGGING["loggers"]["axes"] = {"handlers": ["console"], "level": "WARNING", "propagate": False}
WAGTAILMEDIA["MEDIA_FORM_BASE"] = "thainguyen_portal.core.intake.uploads.PortalMediaForm"
