# The two commands a new user needs: `make demo` and `make test`. Both set everything up.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SAMPLES := samples/surrey-2020-12-children-improvement-update.txt \
           samples/limerick-2019-03-06-newcastle-west.md

.PHONY: install demo test evaluate clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11) on PATH"; exit 2; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch is pinned in the same command so pip takes the CPU wheel, never a CUDA build
	$(PY) -m pip install --quiet "torch==2.13.0" -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p out
	$(VENV)/bin/minutes extract $(SAMPLES) -o out/demo.jsonl --overwrite --quiet
	$(VENV)/bin/minutes show out/demo.jsonl

test: install
	$(PY) -m pytest -q

evaluate: install
	$(VENV)/bin/minutes evaluate

clean:
	rm -rf out .pytest_cache
