# The two commands of the README:  `make run` (the main job) and `make test`.
# Both use the active virtual environment, or create ./.venv when none is active.
# torch is installed first, pinned, only when missing: a bare `torch` requirement would let pip
# pull a ~3 GB CUDA build; a user who already has torch (say a CUDA build) keeps theirs.

TORCH ?= torch==2.13.0
CONFIG ?= configs/quick.yaml
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := .venv
endif
BIN := $(VENV)/bin
STAMP := $(VENV)/.cardiac_prune-installed

.PHONY: install run test export clean-nbs readme
install: $(STAMP)

$(STAMP): settings.ini setup.py
	@test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/python -m pip install -q "$(TORCH)"
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $@

run: install
	$(BIN)/cardiac-prune run $(CONFIG) --report

test: install
	PATH="$(abspath $(BIN)):$$PATH" bash tools/test.sh

export: install
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean

readme: install
	$(BIN)/jupyter nbconvert --to markdown --log-level WARN --stdout nbs/index.ipynb > README.md
