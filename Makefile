# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# The first Python >= 3.11 found; override with `make test PYTHON=/path/to/python3.x`.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && { echo $$p; break; }; done)
VENV   := .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-headless bench translations wheel bundle bundle-smoke clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "make: AIOS Designer needs Python 3.11 or newer (none found on PATH)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# `make run ARGS="--lang de"`: ARGS go to the program. The support-triage example opens unless
# ARGS name a file, a template or a sub-command themselves.
ARGS ?=
RUN_ARGS = $(strip $(if $(filter-out -% en de,$(ARGS))$(filter --template%,$(ARGS)),,--template support-triage) $(ARGS))

run: $(VENV)/.installed translations
	scripts/desktop-libs.sh $(VENV)
	$(BIN)/aios-designer $(RUN_ARGS)

# The wheel carries templates, compliance data and the built translations (setup.py copies them).
wheel: $(VENV)/.installed translations
	$(BIN)/python -m pip wheel --no-deps --quiet -w dist .
	@ls dist/aios_designer-*.whl

test: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory test-headless

# The non-GUI tests again, with PySide6 unimportable: the headless layers must not need Qt.
test-headless: $(VENV)/.installed
	$(BIN)/python -m pytest -q -p tests.headless -p no:pytest-qt -W ignore::pytest.PytestConfigWarning

# The desktop bundle (PyInstaller, one folder): dist/aios-designer/aios-designer. Builds, prints
# its size, then runs its smoke test. The same spec builds it on Windows and macOS.
$(VENV)/.bundle-tools: pyproject.toml constraints.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,bundle]"
	touch $@

bundle: $(VENV)/.bundle-tools translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN bundle/aios-designer.spec
	@du -sh dist/aios-designer
	$(MAKE) --no-print-directory bundle-smoke

bundle-smoke: $(VENV)/.installed
	AIOS_BUNDLE_REQUIRED=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/shipping/test_bundle.py

bench: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(QM) .pytest_cache build dist *.egg-info
