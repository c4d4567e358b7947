"""A non-editable install carries rules/ inside the wheel and finds it from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO, write


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("talklint-*.whl")
    return built


def test_wheel_contains_rule_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "talklint/_data/rules/profiles/job-talk.yaml" in names
    assert "talklint/_data/rules/leftover-placeholder.yaml" in names
    assert "talklint/rules/missing_title.py" in names


def test_installed_package_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    talk = write(elsewhere, "talk.md", "# T\n\n## Results\n\nTBD\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import talklint, sys; from talklint.cli import main; print(talklint.__file__); sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "check", "--no-color", str(talk)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.splitlines()[0].startswith(str(site))
    assert result.returncode == 1, result.stderr
    assert "TL307 [leftover-placeholder]" in result.stdout
