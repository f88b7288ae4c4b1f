# confdesk — everyday commands. `make run` opens the app, `make test` runs everything CI runs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Inside the venv, so deleting .venv also forgets that it was set up.
INSTALLED := $(VENV)/.confdesk-installed
DIST_INSTALLED := $(VENV)/.confdesk-dist-installed
PYTEST_ARGS ?=
BENCH_ARGS ?=
LINTED := confdesk tests installer scripts

TRANSLATION_SOURCES := $(wildcard resources/translations/*.ts)
TRANSLATIONS := $(TRANSLATION_SOURCES:.ts=.qm)

# The bundle `make dist` builds, and what it is built from: `make dist-test` rebuilds it
# when any of these is newer.
BUNDLE := dist/confdesk/confdesk
BUNDLE_INPUTS := pyproject.toml $(TRANSLATION_SOURCES) \
	$(shell find confdesk resources/icons resources/fonts installer -type f ! -path '*/__pycache__/*')

.PHONY: run test check types bench screenshots lint format translations update-translations venv clean \
	distclean dist dist-test dist-windows dist-windows-test

run: $(INSTALLED)
	scripts/qt-system-libs
	@$(MAKE) --no-print-directory translations
	@# One file for both steps: without --db the window would reopen the file used last.
	db="$$($(BIN)/python -c 'from confdesk.paths import resolve_database_path as r; print(r(None))')" && \
	$(BIN)/confdesk --db "$$db" demo --if-empty && \
	$(BIN)/confdesk --db "$$db" gui

# System packages first: lrelease and the tests load Qt's libraries.
test: $(INSTALLED)
	@scripts/qt-system-libs --for-tests
	@$(MAKE) --no-print-directory translations
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# The two-minute loop while working: lint, types and the tests not marked slow (programs
# started as subprocesses, benchmarks, the bundle, the biggest property tests). CI runs
# `make test`.
check: $(INSTALLED)
	@$(MAKE) --no-print-directory translations
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not slow" -q $(PYTEST_ARGS)

# The type check alone; its settings (what it reads, how strict) are in pyproject.toml.
types: $(INSTALLED)
	$(BIN)/mypy

# docs/screenshots/: each screen at 1366×768 in German, from the demo, on Qt's offscreen
# platform (no X server needed). Run it after changing a screen, and look at the result.
screenshots: $(INSTALLED)
	@scripts/qt-system-libs --for-tests
	@$(MAKE) --no-print-directory translations
	rm -f docs/screenshots/*.png
	$(BIN)/python scripts/screenshots.py docs/screenshots

bench: $(INSTALLED) translations
	$(BIN)/confdesk bench $(BENCH_ARGS)

lint: $(INSTALLED)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

format: $(INSTALLED)
	$(BIN)/ruff check --select I --fix $(LINTED)
	$(BIN)/ruff format $(LINTED)

translations: $(TRANSLATIONS)

resources/translations/%.qm: resources/translations/%.ts | $(INSTALLED)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

venv: $(INSTALLED)

# The installable app for this machine, into dist/ (see installer/build.py): the bundle
# dist/confdesk/, and on Linux a tarball, on Windows a setup.exe where Inno Setup is found.
dist: $(DIST_INSTALLED)
	$(BIN)/python installer/build.py

$(BUNDLE): $(BUNDLE_INPUTS) | $(DIST_INSTALLED)
	$(BIN)/python installer/build.py

# The smoke test of the built bundle, run with nothing but the bundle (tests/dist).
dist-test: $(BUNDLE)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/dist $(PYTEST_ARGS)

# The Windows bundle and setup.exe, built on Debian under Wine from the package registries
# (installer/windows/build-under-wine.sh installs Wine and caches downloads in
# .windows-build/): dist-windows/confdesk/ and dist-windows/confdesk-VERSION-setup.exe.
# RELEASE=1 compresses the setup to the maximum (5 minutes more under Wine).
dist-windows: $(INSTALLED)
	installer/windows/build-under-wine.sh $(if $(RELEASE),--release)

WINDOWS_SETUP := dist-windows/confdesk-$(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' \
	confdesk/__init__.py)-setup.exe

$(WINDOWS_SETUP): $(BUNDLE_INPUTS) | $(INSTALLED)
	installer/windows/build-under-wine.sh

# The smoke test of the Windows build under Wine (tests/windows; make test leaves it out):
# installs Wine and the other Debian packages it needs (as root), builds the setup when it is
# missing or older than its sources (lzma2/fast), installs it silently into a fresh Wine
# prefix and runs the installed program. Where the packages are missing and cannot be
# installed (not root, no apt-get), it says why and is skipped.
dist-windows-test: | $(INSTALLED)
	@status=0; installer/windows/build-under-wine.sh --install-tools || status=$$?; \
	if [ $$status -eq 3 ]; then \
		echo "make dist-windows-test: SKIPPED, the Windows build cannot run here (see above)."; \
	elif [ $$status -ne 0 ]; then \
		exit $$status; \
	else \
		$(MAKE) --no-print-directory $(WINDOWS_SETUP) && \
		CONFDESK_WINDOWS_TESTS=1 QT_QPA_PLATFORM=offscreen \
			$(BIN)/pytest tests/windows $(PYTEST_ARGS); \
	fi

$(DIST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dist]'
	@touch $@

$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "confdesk needs Python 3.11 or newer; name one with 'make PYTHON=python3.11 ...'." >&2; \
		exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
		echo "Creating the virtual environment failed; on Debian or Ubuntu install python3-venv." >&2; \
		exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

clean:
	rm -f $(TRANSLATIONS)
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis
	find confdesk tests -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# After adding or changing UI strings: refresh the .ts sources, then translate the new
# entries (Qt Linguist, or by hand) before committing.
# English is the source language: its file holds only the plural forms ("%n page(s)").
UI_SOURCES = $(shell find confdesk/ui -name '*.py' | sort)
update-translations: $(INSTALLED)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) \
		$(addprefix -ts ,$(filter-out %_en.ts,$(TRANSLATION_SOURCES)))
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(UI_SOURCES) \
		-ts resources/translations/confdesk_en.ts
