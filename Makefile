# Every target installs what it needs by itself: a project virtualenv (.venv, pinned tools from
# requirements/) and the pinned Node linters (node_modules/, from package-lock.json).

SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
# this machine's pip config names local indexes that may be absent: hide that noise only
PIP_QUIET := 2>&1 | { grep -v '^WARNING: Location' || true; }
VENV   := .venv
BIN    := $(VENV)/bin
# make dist needs only the build tools: a small venv of its own (no dev tools, no npm)
DIST_VENV := .venv-dist
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

SPECS := openapi/rawugc.yaml openapi/volc-icp.yaml
HANDWRITTEN := overrides mocks scripts tests bench setup.py

.PHONY: help setup generate check-generated lint test contract bench demo mock publish clean \
	dist test-min test-pythons

help:
	@echo "make demo      run the main scenario against the embedded mock servers"
	@echo "make test      lint, check generated/ is current, run every test"
	@echo "make contract  long random contract run (Schemathesis), JUnit in reports/contract.xml"
	@echo "make generate  regenerate generated/ from openapi/"
	@echo "make lint      lint the specs (3 validators) and the hand-written code (ruff, mypy)"
	@echo "make bench     run the benchmarks, write bench/results.json"
	@echo "make mock      serve both mock servers on 127.0.0.1 (ports printed at start-up)"
	@echo "make publish   bundle the specs, HTML references and changelog into dist/openapi/"
	@echo "make dist      build the sdist and wheel into dist/ (python -m build), twine check them"
	@echo "make test-min  unit tests against the lowest dependency versions pyproject allows"
	@echo "make test-pythons  unit tests on Python 3.11, 3.12 and 3.13 (one venv each)"
	@echo "make setup     create .venv and node_modules with the pinned tools"

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements/dev.txt requirements/dist.txt requirements/bench.txt pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python >= 3.11 is needed: run make PYTHON=python3.11 (or newer)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt -r requirements/bench.txt $(PIP_QUIET)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . $(PIP_QUIET)
	$(BIN)/python scripts/dev_paths.py
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: setup
	$(BIN)/python scripts/generate.py

check-generated: setup
	$(BIN)/python scripts/generate.py --check

lint: setup
	scripts/lint_spec.sh $(SPECS)
	$(BIN)/python scripts/spec_diff.py --baseline
	$(BIN)/ruff check $(HANDWRITTEN)
	$(BIN)/ruff format --check $(HANDWRITTEN)
	$(BIN)/mypy

test: lint check-generated
	$(BIN)/pytest

demo: setup
	$(BIN)/python scripts/demo.py

# The contract suite runs deterministically (a few minutes) inside `make test`; this is the long
# run: more examples, a random seed (printed in the summary). Override any of the three, e.g.
# `make contract CONTRACT_SEED=1234 CONTRACT_MAX_EXAMPLES=500`.
contract: setup
	mkdir -p reports
	CONTRACT_MAX_EXAMPLES=$${CONTRACT_MAX_EXAMPLES:-100} \
	CONTRACT_STATEFUL_EXAMPLES=$${CONTRACT_STATEFUL_EXAMPLES:-40} \
	CONTRACT_SEED=$${CONTRACT_SEED:-random} \
	$(BIN)/pytest tests/contract --junitxml=reports/contract.xml

mock: setup
	$(BIN)/python -m mediaapis_mocks

publish: setup
	$(BIN)/python scripts/publish.py

bench: setup
	$(BIN)/python -m bench

# The release artefacts: sdist and wheel built from a clean copy of the sources, then checked.
# Only the build tools are installed (requirements/dist.txt), not the dev setup or node_modules.
$(DIST_VENV)/.installed: requirements/dist.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python >= 3.11 is needed: run make PYTHON=python3.11 (or newer)"; exit 1; }
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/dist.txt $(PIP_QUIET)
	touch $@

dist: $(DIST_VENV)/.installed
	$(DIST_VENV)/bin/python scripts/build_dist.py --out dist
	$(DIST_VENV)/bin/twine check --strict dist/mediaapis-*

# Unit tests in separate venvs under .venv/ (uv): the declared lower bounds, and each Python.
test-min: setup
	$(BIN)/python scripts/test_envs.py --lowest 3.11 --lowest 3.13

test-pythons: setup
	$(BIN)/python scripts/test_envs.py --python 3.11 --python 3.12 --python 3.13

clean:
	rm -rf $(VENV) $(DIST_VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
