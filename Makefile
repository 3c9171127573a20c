# Osallisuus: two commands for a newcomer (`make run`, `make test`); the rest for developers.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
DEV_SETTINGS := osallisuus_site.settings.dev
STAMP := $(VENV)/.installed

.PHONY: setup run test test-fast lint format browser-deps pdf-deps gettext-deps messages compilemessages bench soak clean volto-app volto-test

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(PY) requirements.lock pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

compilemessages: $(STAMP)
	$(PY) manage.py compile_catalogs

setup: install compilemessages pdf-deps
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py ensure_demo_admin
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) WAGTAILAPI_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py align_demo_site

run: setup
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/, user 'demo', password 'demo-admin-2026')"
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) WAGTAILAPI_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# GNU gettext (xgettext) for `make messages` and the catalog test; compiling needs only polib.
gettext-deps:
	@command -v xgettext >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null)

# The annual report's PDF (WeasyPrint) needs Pango and a font from Debian.
pdf-deps:
	@(ldconfig -p | grep -q libpangoft2-1.0 && fc-list | grep -qi dejavu) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-dejavu-core >/dev/null)

# Browser tests need Debian's chromium, and axe-core and @plone/client from npm (never a browser download).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
	@test -f node_modules/axe-core/axe.min.js -a -d node_modules/@plone/client || npm ci --silent --no-audit --no-fund

test: install compilemessages browser-deps pdf-deps gettext-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run --settings=osallisuus_site.settings.test
	$(BIN)/pytest

test-fast: install compilemessages pdf-deps
	$(BIN)/pytest -m "not browser"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install gettext-deps
	$(PY) manage.py makemessages --locale fi --locale sv --locale en --ignore ".venv/*" --ignore "node_modules/*" --no-obsolete

# A benchmark and a soak test on loopback (gunicorn, production settings, load data; never
# db.sqlite3). `make bench N=330,3300 STACKS=sqlite,postgres` measures every size on each stack,
# starting PostgreSQL and Redis where they are not running; results land in docs/.
N ?= 330
STACKS ?= sqlite,postgres
BENCH_SECONDS ?= 10
bench: install compilemessages
	$(PY) -m osallisuus_site.bench --sizes $(N) --stacks $(STACKS) --seconds $(BENCH_SECONDS)

soak: install compilemessages
	$(PY) -m osallisuus_site.bench.soak

# A stock Volto 18 app pointed at Osallisuus (docs/api-pages.md). Not part of `make test`: npm
# install and razzle build take minutes and about 2.3 GB of memory. The app's files are in
# tests/volto/app; node_modules and the build go to the git-ignored $(VOLTO_APP).
VOLTO_APP := .volto-app
VOLTO_SOURCES := $(shell find tests/volto/app -type f 2>/dev/null)

$(VOLTO_APP)/node_modules/.installed: tests/volto/app/package.json tests/volto/app/.npmrc
	mkdir -p $(VOLTO_APP)
	cp tests/volto/app/package.json tests/volto/app/.npmrc $(VOLTO_APP)/
	cd $(VOLTO_APP) && npm install --no-audit --no-fund --loglevel=error
	touch $@

$(VOLTO_APP)/build/server.js: $(VOLTO_APP)/node_modules/.installed $(VOLTO_SOURCES)
	cp -R tests/volto/app/. $(VOLTO_APP)/
	mkdir -p $(VOLTO_APP)/theme
	cp $(VOLTO_APP)/node_modules/@plone/volto/theme/theme.config $(VOLTO_APP)/theme/
	cd $(VOLTO_APP) && npx razzle build --noninteractive

volto-app: $(VOLTO_APP)/build/server.js

volto-test: install compilemessages browser-deps volto-app
	$(BIN)/pytest -m volto

clean:
	rm -rf $(VENV) node_modules static db.sqlite3 $(VOLTO_APP)
