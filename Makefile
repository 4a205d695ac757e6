# Two commands on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install demo test lint format serve bench clean compiled test-compiled

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[all]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/accession demo

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy --ignore-missing-imports --follow-imports=silent src/accession/nlp

test: lint
	$(VENV)/bin/pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

format: $(STAMP)
	$(VENV)/bin/ruff format src tests benchmarks
	$(VENV)/bin/ruff check --fix src tests benchmarks

serve: $(STAMP)
	$(VENV)/bin/accession serve

# The opt-in compiled build (setup.py): mypyc turns the rule modules of accession.nlp into C
# extensions in a wheel, installed into a venv of its own so the editable install above
# never imports a stale compiled module. Needs gcc and the Python headers.
COMPILED_VENV ?= .venv-compiled
COMPILED_STAMP := $(COMPILED_VENV)/.built-stamp
MYPY_PIN := mypy==2.4.1

$(COMPILED_STAMP): pyproject.toml setup.py $(wildcard src/accession/nlp/*.py)
	rm -rf $(COMPILED_VENV) build dist/compiled
	python3 -m venv $(COMPILED_VENV)
	$(COMPILED_VENV)/bin/python -m pip install -q -U pip setuptools wheel '$(MYPY_PIN)'
	ACCESSION_MYPYC=1 $(COMPILED_VENV)/bin/python -m pip wheel -q --no-build-isolation --no-deps . -w dist/compiled
	$(COMPILED_VENV)/bin/python -m pip install -q "$$(ls dist/compiled/accession-*.whl)[dev]"
	rm -rf build
	touch $@

compiled: $(COMPILED_STAMP)

# The extraction tests, and a byte-for-byte comparison with the source, on the compiled build.
test-compiled: $(COMPILED_STAMP)
	$(COMPILED_VENV)/bin/pytest -n 2 -p no:cacheprovider tests/nlp

bench: $(STAMP)
	@cat benchmarks/README.md

clean:
	rm -rf $(VENV) $(COMPILED_VENV) dist build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
