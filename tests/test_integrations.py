"""talklint where talks live: the pre-commit hook and the GitHub Action."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import REPO, write
from tests.rules.decks import STRONG_UNITS, outline

WHEELHOUSE = REPO / ".ci-wheels"


def test_hook_definition() -> None:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "talklint"
    assert hook["language"] == "python"
    import re

    pattern = re.compile(hook["files"])
    for name in ["talk.md", "deck.pptx", "slides.qmd", "talk.Rmd", "talk.markdown", "talk.tex", "talk.pdf"]:
        assert pattern.search(name), name
    assert not pattern.search("notes.txt")


def test_action_definition() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert set(action["inputs"]) >= {"paths", "profile", "fail-on", "sarif-file"}
    assert action["runs"]["using"] == "composite"
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "--format github" in script
    assert "--output-format sarif" in script
    assert "github.action_path" in script


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_fails_then_passes(tmp_path: Path) -> None:
    if not WHEELHOUSE.is_dir():
        pytest.skip("no wheelhouse: .ci/run builds .ci-wheels so that pre-commit installs offline")
    pytest.importorskip("pre_commit")
    talks = tmp_path / "talks"
    talks.mkdir()
    _git(talks, "init", "-q")
    _git(talks, "config", "user.email", "test@example.org")
    _git(talks, "config", "user.name", "Test")
    flawed = outline(*[(t, b.replace("across 40 homes.", "across 40 homes. TBD")) for t, b in STRONG_UNITS])
    write(talks, "job-talk.md", flawed)
    _git(talks, "add", ".")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PIP_NO_INDEX": "1",  # the hook installs talklint and its dependencies from the wheelhouse only
        "PIP_FIND_LINKS": str(WHEELHOUSE),
    }
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "talklint", "--all-files"]
    failing = subprocess.run(command, cwd=talks, env=env, capture_output=True, text=True, check=False, timeout=900)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "TL307 [leftover-placeholder]" in failing.stdout
    write(talks, "job-talk.md", outline(*STRONG_UNITS))
    _git(talks, "add", ".")
    passing = subprocess.run(command, cwd=talks, env=env, capture_output=True, text=True, check=False, timeout=900)
    assert passing.returncode == 0, passing.stdout + passing.stderr
