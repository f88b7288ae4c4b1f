# Sourced by installer/windows/build-under-wine.sh and run by tests/windows: the settings and
# stand-ins Wine 8 needs to run confdesk's Windows build. Wine only: none of this goes into
# the bundle or the setup.
#
# WINEPREFIX may be set by the caller (the tests use a fresh prefix of their own); the build
# keeps one in .windows-build/prefix.

_wine_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_wine_repo="$(cd "$_wine_here/../../.." && pwd)"
HOST_PYTHON="${HOST_PYTHON:-$_wine_repo/.venv/bin/python}"
export WINEPREFIX="${WINEPREFIX:-$_wine_repo/.windows-build/prefix}"
export WINEARCH=win64
# No Mono or Gecko download prompts; confdesk needs neither.
export WINEDLLOVERRIDES="mscoree=;mshtml="
export WINEDEBUG="${WINEDEBUG:--all}"
# Wine's own windows (a crash dialog, say) need a display; the callers give it Xvfb's or none.
STANDINS="$_wine_repo/.windows-build/standins"

# The two DLLs Windows 10 has and Wine 8 lacks, compiled from the C files beside this one.
build_standins() {
	mkdir -p "$STANDINS"
	local source
	for source in icuuc bcryptprimitives; do
		if [ ! -f "$STANDINS/$source.dll" ] || [ "$_wine_here/$source.c" -nt "$STANDINS/$source.dll" ]; then
			x86_64-w64-mingw32-gcc -O2 -shared -o "$STANDINS/$source.dll" \
				"$_wine_here/$source.c" -ladvapi32
		fi
	done
}

prepare_wine_prefix() {
	build_standins
	if [ ! -f "$WINEPREFIX/.confdesk-ready" ]; then
		echo "== Wine prefix ${WINEPREFIX} ($(date +%T))"
		wineboot --init >/dev/null 2>&1
		wineserver --wait
		# Debian's fresh prefix claims Windows 7; Qt 6 and the setup (MinVersion=10.0) need 10.
		wine winecfg -v win10 >/dev/null 2>&1
		# A crash would otherwise wait for a click in winedbg's dialog, for ever.
		wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f \
			>/dev/null 2>&1
		wineserver --wait
		touch "$WINEPREFIX/.confdesk-ready"
	fi
	cp "$STANDINS"/icuuc.dll "$STANDINS"/bcryptprimitives.dll "$WINEPREFIX/drive_c/windows/system32/"
}
