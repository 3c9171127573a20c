# The first format is the one dates are shown in; see osallisuus_site/formats/__init__.py.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
# Times are written `9.00`; a colon (`9:00`) is read too.
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H.%M",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H.%M.%S",
    "%d.%m.%Y %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
]
