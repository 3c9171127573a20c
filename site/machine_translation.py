"""Machine translation for wagtail-localize's translation editor: off unless configured.

MACHINE_TRANSLATOR=deepl with DEEPL_AUTH_KEY, or MACHINE_TRANSLATOR=libretranslate with
LIBRETRANSLATE_URL (and LIBRETRANSLATE_API_KEY if the server needs one). The translation editor
then offers "Translate with …"; every string it fills is marked as machine-translated for a
human to review. The demo content is human-translated and never uses it.
"""

from django.core.exceptions import ImproperlyConfigured

DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"


def _required(environ, name, translator):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATOR={translator} needs {name}.")
    return value


def machine_translator_from_environment(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for the environment, or None (off)."""
    translator = environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if not translator:
        return None
    if translator == "deepl":
        options = {"AUTH_KEY": _required(environ, "DEEPL_AUTH_KEY", translator)}
        # DeepL's formality: default, prefer_less or prefer_more.
        if environ.get("DEEPL_FORMALITY"):
            options["FORMALITY"] = environ["DEEPL_FORMALITY"]
        return {"CLASS": DEEPL, "OPTIONS": options}
    if translator == "libretranslate":
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": _required(environ, "LIBRETRANSLATE_URL", translator),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    raise ImproperlyConfigured(
        f"Unknown MACHINE_TRANSLATOR {translator!r}: use 'deepl', 'libretranslate' or leave it empty."
    )
