"""The wheel carries everything an installed confdesk needs beyond its Python modules."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(REPO),
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--quiet",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("confdesk-*.whl")
    return built


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_wheel_carries_the_resources(wheel: Path) -> None:
    names = _names(wheel)
    assert "confdesk/resources/icons/confdesk.svg" in names
    # Badges and certificates print names in the bundled font, which travels with its licence.
    for font_file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert f"confdesk/resources/fonts/{font_file}" in names
    for source in sorted((REPO / "resources" / "translations").glob("*.ts")):
        compiled = f"confdesk/resources/translations/{source.stem}.qm"
        assert compiled in names, f"{compiled} is missing: run 'make translations' first"


def test_wheel_carries_the_migrations(wheel: Path) -> None:
    names = _names(wheel)
    for path in (
        "confdesk/db/migrations/env.py",
        "confdesk/db/migrations/script.py.mako",
        "confdesk/db/migrations/versions/0001_initial_schema.py",
    ):
        assert path in names


def test_wheel_declares_the_confdesk_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith("/entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert "[console_scripts]" in text
    assert "confdesk = confdesk.cli:main" in text


def test_unpacked_wheel_finds_its_resources_inside_the_package(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "import confdesk; from confdesk.paths import resources_dir; "
        "print(confdesk.__file__); print(resources_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    module_file, resources = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(site)
    assert Path(resources) == site / "confdesk" / "resources"
