"""Settings of the plugin test site: Wagtail's core apps, the plugin and one page model."""

SECRET_KEY = "plugin-test-only"  # noqa: S105 - a throwaway test project
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost"]
ROOT_URLCONF = "tests.plugin_site.urls"
USE_TZ = True
TIME_ZONE = "UTC"
LANGUAGE_CODE = "en"
WAGTAIL_SITE_NAME = "Notes"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
STATIC_URL = "/static/"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
INSTALLED_APPS = [
    "tests.plugin_site",
    # 1. the plugin
    "osallisuus_site.headless",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.search",
    "wagtail.users",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    # 3. the plugin's middleware, first: `/++api++/…`, slashless JSON URLs and JSON errors
    "osallisuus_site.headless.addressing.PloneAddressingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
# The tiny page model's migration is written at run time (probe.py) into a temporary package.
MIGRATION_MODULES = {"plugin_site": "plugin_site_migrations"}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
