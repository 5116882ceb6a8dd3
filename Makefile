# Thai Nguyen Portal. Two commands on a fresh clone: `make run` and `make test` (README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000

.PHONY: install install-dev run migrate seed test test-fast test-e2e lint format messages bench bench-search bench-gazette eval-search soak lighthouse clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt $(VENV)/.installed
	$(PIP) install --quiet -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	@mkdir -p var
	$(PY) manage.py migrate --noinput

# seed_demo is idempotent; the marker only spares the rebuild check on every start.
var/.demo-seeded: | migrate
	$(PY) manage.py seed_demo
	@touch $@

# The address every absolute URL names (canonical, og:url, hreflang, sitemaps, feeds, share links) and the admin's:
# the one the portal is served on unless set. set_site_url aligns the default Site with it on every start.
run seed: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

seed: migrate
	$(PY) manage.py seed_demo

# Readers see what production shows them (the portal's 404 and 500 pages; tracebacks go to this console):
# make run DEBUG=true for Django's debug pages. The scheduler (publish_scheduled every minute) runs beside the
# server and stops with it.
run: migrate var/.demo-seeded
	$(PY) manage.py set_site_url
	$(PY) manage.py run_scheduler & scheduler=$$!; trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The whole suite, in two pytest runs (README, "Tests"), each on TEST_WORKERS processes (pytest-xdist; each
# worker has its own test database, Redis databases and media folder):
#   1. every test but the demo's and the browser's;
#   2. the tests over the seeded demo (marked `demo`), then the browser tests (`e2e`), over one demo seed per worker.
#      A browser test commits what it does (through the live server), so no demo test may run after one on the same
#      worker: a file's tests go to one worker (--dist loadfile) in collection order (--no-loadscope-reorder; the
#      root conftest.py sorts the demo tests before the browser tests).
# Then the 15 slowest tests of all. PYTEST_ARGS go to every run (a path selects within each; a run left with
# nothing to do is not an error then). `make test-fast` is run 1 alone; `make test-e2e` the browser tests alone.
TEST_WORKERS ?= 2
PYTEST := DJANGO_SETTINGS_MODULE=thainguyen_portal.settings.test $(VENV)/bin/pytest
# pytest's exit status 5 means "no test selected": an error for the whole suite, expected when PYTEST_ARGS names
# files of only some of the runs.
NONE_SELECTED_OK := $(if $(strip $(PYTEST_ARGS)),|| [ $$? -eq 5 ])

test: install-dev
	@mkdir -p var/test-reports
	@rm -f var/test-reports/*.xml
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=thainguyen_portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(PYTEST) -m "not demo and not e2e" -n $(TEST_WORKERS) --junitxml=var/test-reports/unit.xml $(PYTEST_ARGS) $(NONE_SELECTED_OK)
	$(PYTEST) -m "demo or e2e" -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --junitxml=var/test-reports/demo-e2e.xml $(PYTEST_ARGS) $(NONE_SELECTED_OK)
	@$(PY) tools/slowest_tests.py var/test-reports/*.xml

test-fast: install-dev
	@mkdir -p var
	$(PYTEST) -m "not demo and not e2e" -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-e2e: install-dev
	@mkdir -p var
	$(PYTEST) -m e2e -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Re-extract and compile the catalogues (needs GNU gettext); the compiled .mo files are committed.
messages: install-dev
	$(PY) manage.py makemessages -l vi --ignore=.venv --ignore=var --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv

# Load test with production settings: gunicorn + wrk (Debian's package, installed here when missing).
# PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set. Options: make bench BENCH_ARGS="--duration 20"
bench: install
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || sudo apt-get install -y -qq wrk
	$(PY) tools/bench.py $(BENCH_ARGS)
	$(if $(SEARCH),$(MAKE) bench-search)
	@if [ -n "$(GAZETTE)" ]; then $(MAKE) --no-print-directory bench-gazette; fi

# Search latency over 100,000 articles (docs/search.md, "Benchmark"); also `make bench SEARCH=1`. Meant for
# PostgreSQL: SEARCH_BENCH_DATABASE_URL (else DATABASE_URL) = postgres://…/a database of its own; without either, a
# separate SQLite file under var/bench-search/. The articles are seeded on the first run and kept for the next.
# Options: make bench-search SEARCH_BENCH_ARGS="--articles 20000 --repeat 3"
bench-search: install
	@mkdir -p var/bench-search
	@export DATABASE_URL="$${SEARCH_BENCH_DATABASE_URL:-$$DATABASE_URL}"; \
	[ -n "$$DATABASE_URL" ] || export PORTAL_VAR_DIR="$(CURDIR)/var/bench-search"; \
	export DEBUG=false; $(PY) manage.py migrate --noinput -v0 && $(PY) manage.py search_bench --keep $(SEARCH_BENCH_ARGS)

# Search quality (docs/search.md, "Evaluation"): the judged queries of search/evaluation/ against the seeded demo, on
# SQLite (a separate file under var/eval-search/) and PostgreSQL (EVAL_DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/portal_eval, created when missing; unreachable is an error). Prints precision@5,
# MRR and nDCG@10 per kind of query and backend. Options: EVAL_SEARCH_ARGS="--backend sqlite --verbose --json FILE"
eval-search: install
	@mkdir -p var/eval-search
	EVAL_SEARCH_VAR_DIR="$(CURDIR)/var/eval-search" $(PY) tools/eval_search.py $(EVAL_SEARCH_ARGS)

# Minutes of wrk load over the public URLs while articles are published every few seconds, in turn by a plain
# publish, a workflow approval and a bulk publish + unpublish (tools/soak.py): no errors, no stale page after a
# change, worker memory sampled. Needs REDIS_URL (the page cache is shared through
# it); DATABASE_URL for PostgreSQL. Options: make soak SOAK_MINUTES=10 SOAK_ARGS="--publish-every 3"
SOAK_MINUTES ?= 3
soak: install
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || sudo apt-get install -y -qq wrk
	$(PY) tools/soak.py --minutes $(SOAK_MINUTES) $(SOAK_ARGS)

# The gazette lookup over 20,000 documents in one process: p50/p95 of number, word and filter lookups. Seeds the
# documents when missing. Give it a PostgreSQL database of its own: DATABASE_URL=postgres://... make bench-gazette
# (also run by `make bench GAZETTE=1`). Options: GAZETTE_BENCH_ARGS="--runs 100".
bench-gazette: install
	$(PY) tools/bench_gazette.py $(GAZETTE_BENCH_ARGS)

# Lighthouse (mobile) on the home page, an article, the gazette lookup and a magazine article, served by gunicorn with
# production settings (tools/lighthouse.py; docs/quality.md). Lighthouse comes from npm into var/node/ on the first
# run (Node.js 18+ and Debian's chromium needed). Reports in var/lighthouse/; fails below the thresholds of issue 19.
# Options: make lighthouse LIGHTHOUSE_ARGS="--only home --verbose"
LIGHTHOUSE_VERSION ?= 12.8.2
var/node/node_modules/lighthouse/cli/index.js:
	@mkdir -p var/node
	cd var/node && npm install --no-audit --no-fund --loglevel=error lighthouse@$(LIGHTHOUSE_VERSION)

lighthouse: install var/node/node_modules/lighthouse/cli/index.js
	$(PY) tools/lighthouse.py $(LIGHTHOUSE_ARGS)

clean:
	rm -rf var/static var/test-media .pytest_cache
