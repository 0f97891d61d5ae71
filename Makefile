# shopbot — `make run` serves the demo shop, `make test` runs every check. Both set up what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
SHOPBOT   := $(VENV)/bin/shopbot
RASA      := $(VENV)/bin/rasa
LOCKS     := requirements/main.txt requirements/nodeps.txt
LOCK_SUM  := $(shell cat $(LOCKS) pyproject.toml | sha256sum | cut -c1-16)
STAMP     := $(VENV)/.installed-$(LOCK_SUM)
VAR       := var
NLU_DATA  := $(shell find data/nlu data/rules data/stories -name '*.yml' 2>/dev/null)
CATALOG   := data/catalog/products.csv data/faq/faq.yml

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TF_CPP_MIN_LOG_LEVEL := 2
export USE_TF := 0
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_TELEMETRY_ENABLED := false

# Finds a Python 3.10 (Rasa 3.6 does not run on 3.11): PYTHON310, python3.10 on PATH, pyenv, uv.
define find_python310
for c in "$$PYTHON310" python3.10 \
    $$(pyenv root 2>/dev/null)/versions/3.10*/bin/python3.10 \
    $$(uv python find 3.10 2>/dev/null); do \
  [ -n "$$c" ] || continue; \
  if "$$c" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then \
    command -v "$$c" || echo "$$c"; exit 0; fi; \
done; exit 1
endef

.PHONY: help install models data index train widget run test lint format bench bench-nlu clean
.PHONY: audit

help:
	@echo "make run    install, prepare models + demo data, train if needed, serve the demo shop"
	@echo "make test   install and run every check (lint, rasa data validate, pytest, rasa test)"
	@echo "make train | lint | format | bench | bench-nlu | clean"

install: $(STAMP)

$(STAMP): $(LOCKS) pyproject.toml
	@py=$$($(find_python310)) || { \
	  echo "ERROR: shopbot needs Python 3.10 (Rasa 3.6 does not support 3.11+)."; \
	  echo "Install one, e.g. 'uv python install 3.10' or 'pyenv install 3.10', or point"; \
	  echo "PYTHON310=/path/to/python3.10 at it, then run make again."; exit 1; }; \
	if ! $(PY) -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then \
	  rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); fi
	$(PY) -m pip install --quiet --disable-pip-version-check uv==0.13.9
	@# bytecode at install time: with PYTHONDONTWRITEBYTECODE set (as on CI) every process
	@# would otherwise compile rasa/TF/transformers from source again (~15 s per start)
	$(VENV)/bin/uv pip sync --python $(PY) --require-hashes --compile-bytecode requirements/main.txt
	$(VENV)/bin/uv pip install --python $(PY) --no-deps --require-hashes --compile-bytecode -r requirements/nodeps.txt
	$(VENV)/bin/uv pip install --python $(PY) --no-deps -e .
	rm -f $(VENV)/.installed-* && touch $@

models: $(STAMP)
	$(SHOPBOT) models prepare

MIGRATIONS := $(wildcard bot/db/migrations/versions/*.py)

# reruns on a new migration too: `shopbot db upgrade` applies it (ingest is an upsert)
$(VAR)/.data-ready: $(STAMP) $(CATALOG) $(MIGRATIONS)
	$(SHOPBOT) db upgrade
	$(SHOPBOT) ingest data/catalog/products.csv --faq data/faq/faq.yml --no-index
	$(SHOPBOT) demo-data
	@mkdir -p $(VAR) && touch $@

data: $(VAR)/.data-ready

$(VAR)/.index-ready: $(VAR)/.data-ready
	$(SHOPBOT) models prepare
	$(SHOPBOT) index
	@touch $@

index: $(VAR)/.index-ready

# Trains only when the newest model is older than its data (domain, config, NLU, rules, stories).
# The model is dated when its training started: data edited during training retrains next time.
train: $(STAMP)
	@newest=$$(ls -t models/*.tar.gz 2>/dev/null | head -1); \
	if [ -z "$$newest" ] || [ -n "$$(find domain.yml config.yml $(NLU_DATA) -newer $$newest)" ]; then \
	  start=$$(date +%s); \
	  $(RASA) train --fixed-model-name shopbot --out models || exit 1; \
	  touch -d "@$$start" models/shopbot.tar.gz; \
	  echo "Trained in $$(( $$(date +%s) - start )) s."; \
	else echo "Model $$newest is up to date."; fi

# The chat widget's socket.io client, vendored from npm (no CDN): npm ci from the lock file,
# then copy the browser build next to the page. Reruns when package(-lock).json change.
WIDGET     := bot/web/widget
WIDGET_JS  := bot/web/static/vendor/socket.io.min.js

$(WIDGET_JS): $(WIDGET)/package.json $(WIDGET)/package-lock.json
	@command -v npm >/dev/null || { echo "ERROR: npm is needed to build the chat widget (apt-get install npm)."; exit 1; }
	cd $(WIDGET) && npm ci --no-audit --no-fund --ignore-scripts
	mkdir -p $(@D) && cp $(WIDGET)/node_modules/socket.io-client/dist/socket.io.min.js $@

widget: $(WIDGET_JS)

run: data index train widget
	$(SHOPBOT) demo

lint: $(STAMP)
	$(VENV)/bin/ruff check bot actions tests bench
	$(VENV)/bin/ruff format --check bot actions tests bench

format: $(STAMP)
	$(VENV)/bin/ruff check --fix bot actions tests bench
	$(VENV)/bin/ruff format bot actions tests bench

test: lint data index train widget
	$(RASA) data validate --fail-on-warnings
	$(PY) -m pytest
	$(RASA) test core --stories tests/stories --model models/shopbot.tar.gz \
	  --endpoints endpoints.yml --fail-on-prediction-errors --out var/results/core

# Each benchmark prints a table and writes bench/results/<name>.json (about 45 min in all).
bench: data index
	$(PY) bench/retrieval.py
	$(PY) bench/product_search.py
	$(PY) bench/faq_finetune.py
	$(PY) bench/retrieval_scale.py --quick
	$(PY) bench/tagging.py
	$(PY) bench/index_update.py

# NLU: our pipeline (config.yml) vs DIET (config-diet.yml) on CLINC150, Banking77 and the
# shop's held-out set (hours on 2 cores; ARGS="--quick" for minutes, see bench/nlu.py).
bench-nlu: data
	$(PY) bench/nlu.py $(ARGS)

# Dependency audit, a report that never fails the build: pip-audit (pinned) runs in uv's isolated
# tool environment and reads the hashed lock files without installing them. AUDIT_SERVICE=osv
# uses OSV instead of PyPI's vulnerability data. Needs network; offline every package is skipped.
# ($(STAMP) only for uv itself: the project's venv, which `make test` needs anyway.)
PIP_AUDIT     := pip-audit==2.10.1
AUDIT_SERVICE ?= pypi
AUDIT_JSON    := $(VAR)/audit/pip-audit.json

audit: $(STAMP)
	@mkdir -p $(dir $(AUDIT_JSON)) && rm -f $(AUDIT_JSON)
	@$(VENV)/bin/uv tool run --from $(PIP_AUDIT) pip-audit --disable-pip --progress-spinner off \
	  -r requirements/main.txt -r requirements/nodeps.txt \
	  --vulnerability-service $(AUDIT_SERVICE) --format json -o $(AUDIT_JSON) \
	  || echo "audit: pip-audit exited with $$? (findings or no network); report only"
	@python3 bot/privacy/audit_report.py $(AUDIT_JSON)

clean:
	rm -rf $(VAR) models .pytest_cache
