# Hjälpguiden: every command sets itself up on a fresh Debian machine (venv, Python
# packages, Debian packages). Run `make help` for the list.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
# Debian packages: Chromium for the browser tests, Noto fonts so Tigrinya (Ge'ez) and
# Arabic render, poppler-utils and zbar-tools to check handouts, Pango for WeasyPrint,
# nginx for the hosting test (tests/deploy/; never started as a service).
DEBS   := chromium fonts-noto-core poppler-utils zbar-tools libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 nginx

.PHONY: help serve site handouts preview test test-fast bench check check-links translations bootstrap system clean

help:
	@echo "make serve     build the site in every language (and the handouts) and serve it on http://$(HOST):$(PORT)/"
	@echo "make test      run the whole test suite (unit, build, browser, PDF, nginx) on every core"
	@echo "make test-fast everything but the browser, PDF and nginx tests (about a minute)"
	@echo "make preview LANGS=ar   live preview of Swedish + one language while you edit"
	@echo "make check     the editors' checks (help places, plain language, facts, translations)"
	@echo "make check-links   every external link in guides, facts and help places (needs internet; ARGS='--all')"
	@echo "make translations ARGS='--lang ar --diff'   translation status per language and page"
	@echo "make handouts  only the A4 handouts (PDF), into build/handouts/"
	@echo "make bench     measure build, page weight, search, validator and handouts -> benchmarks/results*.json"

serve: site
	$(BIN)/python -m hjalpguide.devserver --root site --host $(HOST) --port $(PORT)

# The handouts are made first (from the same Markdown); the site build publishes them.
site: handouts
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

handouts: bootstrap
	@[ -n "$$HJALP_SITE_URL" ] || echo "OBS: HJALP_SITE_URL är inte satt. Adresser och QR-koder pekar på http://127.0.0.1:8000/ – bra för att prova här, fel för att publicera (se docs/deployers/deploy.md)."
	@# exit 1 = a handout is longer than one sheet: it is still made and published, the
	@# finding is printed, and the test suite fails on it; exit 2 (no font, no WeasyPrint) stops.
	$(BIN)/python -m hjalpguide.handouts build || [ $$? -eq 1 ]

# preview and check need only the venv (no Debian packages: no sudo on an editor's laptop)
preview: $(STAMP)
	HJALP_LANGS=$(LANGS) NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve --dirty --dev-addr $(HOST):$(PORT)

# -n auto: one pytest worker per core; loadgroup keeps tests that share an expensive fixture
# on one worker (tests/conftest.py). Times and what each part costs: docs/developers/running.md
PYTEST_PARALLEL := -n auto --dist loadgroup

test: bootstrap
	$(BIN)/ruff check .
	$(BIN)/pytest $(PYTEST_PARALLEL)

test-fast: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest $(PYTEST_PARALLEL) -m "not browser and not pdf and not deploy"

# Figures go to benchmarks/results*.json; the site's summary to benchmarks/RESULTS.md.
bench: bootstrap
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/contacts_bench.py
	$(BIN)/python benchmarks/handouts_bench.py
	$(BIN)/python benchmarks/preview_bench.py
	$(BIN)/python benchmarks/compare_build.py
	@# Lighthouse 12.2.3 (Node 20) from npm into benchmarks/lighthouse/, for the bench only
	@command -v npm >/dev/null || { echo "npm saknas: apt-get install nodejs npm"; exit 2; }
	$(BIN)/python benchmarks/lighthouse_bench.py
	$(BIN)/python benchmarks/report.py

# Every check runs, even when an earlier one finds something; the exit code is the worst.
check: $(STAMP)
	@status=0; \
	$(BIN)/python scripts/validate_contacts.py || status=1; \
	$(BIN)/python scripts/check_language.py || status=1; \
	$(BIN)/python scripts/check_facts.py || status=1; \
	$(BIN)/python scripts/translation_status.py --strict-missing --strict-terms || status=1; \
	exit $$status

# online: asks every external address (politely; good answers kept 24 h in build/); never
# part of make test, whose link-check tests run offline against a local server
check-links: $(STAMP)
	$(BIN)/python scripts/check_links.py $(ARGS)

translations: bootstrap
	$(BIN)/python scripts/translation_status.py $(ARGS)

bootstrap: system $(STAMP)

system:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf site build .pytest_cache
