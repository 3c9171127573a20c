from django.conf.locale.en.formats import DATETIME_INPUT_FORMATS as DJANGO_DATETIME_INPUT_FORMATS

# Dates with a time are shown as Wagtail's admin shows them (`2026-01-01 09:00`, no seconds);
# everything Django reads in English is still read.
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M",
    *(each for each in DJANGO_DATETIME_INPUT_FORMATS if each != "%Y-%m-%d %H:%M"),
]
