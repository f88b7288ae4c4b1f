"""Build confdesk for the machine this runs on: the one-folder bundle, then what ships it.

    python installer/build.py            (``make dist`` runs this in the project's venv)
    python installer/build.py --dist dist-windows --setup-compression fast
                                         (``make dist-windows`` runs this under Wine)

1. compiles the .qm translations that are older than their .ts sources (no make needed, so
   this also runs on a Windows build machine);
2. runs PyInstaller on installer/confdesk.spec into dist/confdesk/;
3. on Linux: strips debug information from the libraries that carry it, adds the desktop
   entry, its icons and its installer script, and packs dist/confdesk-VERSION-linux-ARCH.tar.gz;
   on Windows: compiles installer/windows/confdesk.iss with Inno Setup's ISCC into
   dist/confdesk-VERSION-setup.exe, where Inno Setup is installed.

It prints the bundle's size and how long the build took. It needs the ``dist`` extra
(``pip install -e .[dist]``): PyInstaller.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INSTALLER = REPO / "installer"
DIST = REPO / "dist"
TRANSLATIONS = REPO / "resources" / "translations"
LINUX_EXTRAS = ("confdesk.desktop", "install-desktop-entry.sh", "icons")
# Where the Inno Setup 6 installer puts its compiler when ISCC is not on PATH.
ISCC_DEFAULTS = tuple(
    Path(os.environ.get(variable, default), "Inno Setup 6", "ISCC.exe")
    for variable, default in (
        ("PROGRAMFILES(X86)", r"C:\Program Files (x86)"),
        ("PROGRAMFILES", r"C:\Program Files"),
    )
)


def version() -> str:
    """confdesk.__version__, read without importing the package."""
    text = (REPO / "confdesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("confdesk/__init__.py does not set __version__")
    return found.group(1)


def run(command: list[str | Path]) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=REPO)


def venv_tool(name: str) -> Path:
    """A console script installed beside this interpreter (bin/ or Scripts\\)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} is not installed beside {sys.executable}: pip install -e .[dist]")


def compile_translations() -> None:
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            run([venv_tool("pyside6-lrelease"), "-silent", source, "-qm", compiled])


def run_pyinstaller(dist: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is missing: pip install -e .[dist]") from None
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", dist, "--workpath", REPO / "build" / f"pyinstaller-{dist.name}",
            INSTALLER / "confdesk.spec",
        ]
    )  # fmt: skip


def strip_debug_information(bundle: Path) -> None:
    """Drop the debug sections some libraries ship with (libpython alone: 19 MB).

    Only those, and only the debug sections: PyInstaller's strip option strips every
    library completely, which leaves Qt's FFmpeg libraries unloadable.
    """
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        print("strip or readelf missing (binutils): the bundle keeps its debug information")
        return
    for library in sorted(bundle.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        sections = subprocess.run(
            [readelf, "-S", "-W", str(library)], capture_output=True, text=True, check=False
        ).stdout
        if ".debug_info" in sections:
            subprocess.run([strip, "--strip-debug", str(library)], check=True)


def add_linux_extras(bundle: Path) -> None:
    for name in LINUX_EXTRAS:
        source = INSTALLER / "linux" / name
        if source.is_dir():
            shutil.copytree(source, bundle / name, dirs_exist_ok=True)
        else:
            shutil.copy2(source, bundle / name)


def pack_tarball(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    archive = bundle.parent / f"confdesk-{version()}-linux-{machine}.tar.gz"
    print(f"packing {archive}", flush=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="confdesk")
    return archive


def find_iscc() -> Path | None:
    on_path = shutil.which("iscc") or shutil.which("ISCC")
    if on_path:
        return Path(on_path)
    return next((candidate for candidate in ISCC_DEFAULTS if candidate.exists()), None)


def build_windows_setup(dist: Path, compression: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) not found: the bundle is built, the setup.exe is not.")
        return None
    run(
        [
            iscc, "/Q", f"/DAppVersion={version()}", f"/DDistDir={dist}",
            f"/DCompression=lzma2/{compression}", INSTALLER / "windows" / "confdesk.iss",
        ]
    )  # fmt: skip
    return dist / f"confdesk-{version()}-setup.exe"


def folder_size(folder: Path) -> int:
    # PyInstaller links many libraries into place: count each file once.
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-package", action="store_true", help="build the bundle only, no tarball or setup"
    )
    parser.add_argument(
        "--dist",
        type=Path,
        default=DIST,
        help="the folder for the bundle and the package (default: dist)",
    )
    parser.add_argument(
        "--setup-compression",
        choices=("max", "fast"),
        default="max",
        help="how hard Inno Setup compresses the setup.exe (fast: for tests)",
    )
    args = parser.parse_args()
    dist = (REPO / args.dist).resolve()
    bundle = dist / "confdesk"
    started = time.monotonic()
    compile_translations()
    run_pyinstaller(dist)
    package: Path | None = None
    if sys.platform.startswith("linux"):
        strip_debug_information(bundle)
        add_linux_extras(bundle)
        if not args.no_package:
            package = pack_tarball(bundle)
    elif sys.platform == "win32" and not args.no_package:
        package = build_windows_setup(dist, args.setup_compression)
    minutes, seconds = divmod(round(time.monotonic() - started), 60)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB)")
    if package is not None and package.exists():
        print(f"package: {package} ({package.stat().st_size / 2**20:.0f} MB)")
    print(f"built in {minutes} min {seconds} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
