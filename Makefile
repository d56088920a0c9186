# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make run    create .venv, install pinned dependencies, run the pipeline on data/raw
#   make test   same set-up, then the tests (unit, property, notebook regression)
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONHASHSEED := 0

.PHONY: help install run tables metrics report test test-fast lint bench references distclean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev,dask]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (newscompare)" >/dev/null
	touch $(STAMP)

install: $(STAMP)  ## create .venv with the pinned dependencies

tables: install  ## the clean stage: data/raw -> data/processed/{pages,blocks,articles}.parquet
	$(BIN)/newscompare clean data/raw

metrics: tables  ## -> article_metrics, quotes, outlet_metrics, reports/outlet_metrics.csv
	$(BIN)/newscompare metrics

report: metrics  ## -> reports/outlets/*.ipynb, *.html, reports/index.html
	$(BIN)/newscompare report

run: report  ## the whole pipeline on data/raw

test: metrics  ## every test: unit, property, slow (kernels, subprocesses, memory) and notebook regression
	$(BIN)/python -m pytest

test-fast: install  ## unit and property tests only: no slow tests, no nbval (about a minute)
	$(BIN)/python -m pytest -m "not slow" -o addopts="-ra" -p no:nbval tests

references: metrics  ## re-execute the reference notebooks after an intended change
	$(BIN)/newscompare references

BENCHMARKS := extraction_benchmark quotes_polnear throughput notebook_overhead memory_clean \
	listings_benchmark listings_variants listings_html metadata_benchmark metrics_scale cleaner_throughput clean_checksums \
	cleaner_profile cleaner_instructions outlets_copies_scale pipeline_scale adversarial language_id dask_engine \
	report_batch_cost interval_sensitivity memory_metrics html_export body_corpora corpus_titles corpus_metadata date_audit \
	quote_speakers_corpora corpus_outlets body_transplant body_listicles bootstrap_memory article_variants \
	title_line_sections mojibake interval_coverage outlet_boilerplate legacy_encodings serial_share outlet_merge_scale \
	copy_containment wire_credits corpus_resaves closing_notes_corpora date_formats cldr_months cldr_units cldr_relative typeset_hyphens \
	page_size_scaling parquet_exit web_archive outlet_identities_cost worker_start \
	email_address_cost function_turns html_cards_speed app_state_cost joiner_scan_cost html_path_costs plain_dump_costs cldr_yesterday

bench: install  ## every benchmark in benchmarks/ (BENCHMARKS): extraction, quotes, throughput, notebooks, memory, listings, metadata, scale, adversarial, language
	set -e; for name in $(BENCHMARKS); do echo "== benchmarks/$$name.py"; nice -n 10 $(BIN)/python benchmarks/$$name.py; done

lint: install  ## ruff
	$(BIN)/ruff check analysis tests benchmarks notebooks
	$(BIN)/ruff format --check analysis tests benchmarks notebooks

distclean:  ## remove the venv and derived data
	rm -rf $(VENV) data/processed
