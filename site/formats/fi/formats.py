# The first format is the one dates are shown in; see osallisuus_site/formats/__init__.py.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d"]
