"""Settings shared by every environment. Environment variables are read in environment.py."""

import os
from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from osallisuus_site.machine_translation import machine_translator_from_environment

from .environment import (
    BASE_DIR,
    cache_config,
    database_config,
    email_config,
    env_bool,
    env_list,
    frontend_cache_config,
    opensearch_config,
    replica_database_config,
)

PROJECT_DIR = os.path.join(BASE_DIR, "site")

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    "osallisuus_site",
    "osallisuus_site.translation_status",
    "osallisuus_site.headless",
    "home",
    "programs",
    "examples_library",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "corsheaders",
    "wagtail_headless_preview",
]

MIDDLEWARE = [
    # Outermost: its request id and duration cover everything below (site/operations).
    "osallisuus_site.operations.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security, so cached pages and static files carry the policy too.
    "osallisuus_site.security.csp.SiteCSPMiddleware",
    # Outside the page cache, so cached JSON gets the CORS headers of each request's origin.
    "corsheaders.middleware.CorsMiddleware",
    # Volto's addressing (`/++api++/…`, slashless JSON URLs) and Plone's JSON errors; inside CORS
    # so that redirects and errors carry its headers, outside the cache so that it keys on JSON.
    "osallisuus_site.headless.addressing.PloneAddressingMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a hit costs no query; after it, only middleware that add no per-request
    # secrets (a CSP nonce must be added inside it, with the page it belongs to).
    "osallisuus_site.cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware that keeps the API's JSON 404s (see the module).
    "osallisuus_site.locale_middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # wagtail-localize checks only a global permission: each organisation translates its own pages.
    "programs.translation_access.TranslationAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a page 404 into a note with links when the page exists in another language.
    "osallisuus_site.missing_translation.MissingTranslationMiddleware",
    # Remembers which page a path leads to until the next change (osallisuus_site/cache/routes.py).
    "osallisuus_site.cache.routes.RouteCacheMiddleware",
    # Inside the page cache: HTML and JSON share each page URL, so caches must see Vary: Accept.
    "osallisuus_site.headless.negotiation.VaryOnAcceptMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "osallisuus_site.urls"
# Requests slower than this are logged (with every 5xx); see docs/deployment.md.
SLOW_REQUEST_MS = int(os.environ.get("SLOW_REQUEST_MS", "1000"))

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [os.path.join(PROJECT_DIR, "templates")],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "osallisuus_site.wsgi.application"

DATABASES = {"default": database_config(), **replica_database_config()}
DATABASE_ROUTERS = ["osallisuus_site.db_router.ReadReplicaRouter"]
CACHES = cache_config()
# Whole anonymous responses, invalidated on every publish (osallisuus_site/cache, docs/deployment.md).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Each worker's copy of the responses it served lately, in bytes (osallisuus_site/cache/local.py).
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/documents/", "/api/v2/page_preview"]
# A CDN in front is purged on publish when FRONTEND_CACHE_BACKEND is set (off by default).
WAGTAILFRONTENDCACHE = frontend_cache_config()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish is the source, Swedish and English are linked translations.
LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [os.path.join(BASE_DIR, "locale")]
# Dates typed d.m.yyyy in the Finnish and Swedish admin (osallisuus_site/formats).
FORMAT_MODULE_PATH = ["osallisuus_site.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = os.environ.get("STATIC_ROOT") or os.path.join(BASE_DIR, "static")
STATIC_URL = "/static/"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or os.path.join(BASE_DIR, "media")
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: moderators hear of new review tasks, editors of the decision (Wagtail's notifications).
# EMAIL_URL configures SMTP; without it messages are printed to the log (see docs/deployment.md).
globals().update(email_config())
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "osallisuus@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A new translation starts as a draft, even of a live page: Swedish readers never get the Finnish
# text as a "Swedish" page, and the organisation's moderators publish it after review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

WAGTAIL_SITE_NAME = "Osallisuus"
# Slugs in ASCII (ä→a, ö→o, å→a), made from each language's own title (osallisuus_site/slugs.py).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend, with the text-search configuration of each language on PostgreSQL.
WAGTAILSEARCH_BACKENDS = opensearch_config() or {
    "default": {"BACKEND": "osallisuus_site.search_languages"}
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Uploads: no SVG (it can carry scripts), no image bigger than 40 megapixels (decompression bombs),
# documents checked inside (osallisuus_site/security/uploads.py) and always served as downloads.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_DOCUMENT_FORM_BASE = "osallisuus_site.security.uploads.SafeDocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
OSALLISUUS_DOCUMENT_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_PASSWORD_RESET_ENABLED = False

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 4000

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy in every environment, so tests see what production sends. Public pages
# run only our own scripts; osallisuus_site/security/csp.py relaxes it for the Wagtail admin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # Rich text may embed videos (Wagtail's "embed" feature); nothing else is framed.
        "frame-src": [
            "'self'",
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin would otherwise call gravatar.com (a third party would see editors' e-mail hashes) and
# releases.wagtail.org from editors' browsers; both are outside the policy. We follow LTS by hand.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Sign-in throttling (django-axes): failures lock that username from that address for a while.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "osallisuus_site.security.lockout.locked_out_response"
# X-Forwarded-For is trusted only when AXES_PROXY_COUNT says how many proxies stand in front;
# otherwise anyone could send a new address with every guess.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# Headless JSON (docs/api-pages.md): anonymous JSON may be cached this many seconds.
HEADLESS_JSON_MAX_AGE = int(os.environ.get("HEADLESS_JSON_MAX_AGE", "300"))
# A page's JSON is encoded once per live revision and shared until the page cache's next
# generation (the Plone plugin itself keeps nothing between requests).
HEADLESS_SHARED_VALUE = "osallisuus_site.cache.fragments.shared_value"
# The programmes' API shares list counts and the closed sections the same way, and through Redis
# too, so that one worker counts for all (programs/sharing.py).
OSALLISUUS_SHARED_VALUE = "osallisuus_site.cache.fragments.stored_value"
# CORS: read-only access from any origin to the API, the JSON pages and their services; no
# credentials, so no browser ever sends a visitor's session cookie along.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
CORS_URLS_REGEX = r"^/(api/|@|\+\+api\+\+|(fi|sv|en)(/|$)|$)"
# Headless preview of drafts in a decoupled front end; off (Wagtail's own preview) unless set.
HEADLESS_PREVIEW_CLIENT_URL = os.environ.get("HEADLESS_PREVIEW_CLIENT_URL", "")
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": HEADLESS_PREVIEW_CLIENT_URL} if HEADLESS_PREVIEW_CLIENT_URL else {},
}
HEADLESS_PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("HEADLESS_PREVIEW_TOKEN_MAX_AGE", "3600"))

# Machine translation in the translation editor: off unless MACHINE_TRANSLATOR is set
# (docs/translating.md). The demo content is human-translated.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_environment(os.environ)

# The central editors' group (programs/access.py) also keeps the accessibility supervisor up to date.
OSALLISUUS_CENTRAL_EDITOR_PERMISSIONS = [
    f"home.{action}_accessibilitysupervisor" for action in ("add", "change", "view")
]

# The name under which the site presents itself; the apps read their own settings in their docs.
OSALLISUUS_PUBLISHER = _("Osallisuus open-source project")
