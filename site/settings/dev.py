from .base import *  # noqa: F403
from .environment import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105 - dev settings only
WHITENOISE_AUTOREFRESH = True
