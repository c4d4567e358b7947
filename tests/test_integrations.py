"""talklint where talks live: the pre-commit hook and the GitHub Action."""

from __future__ import annotations

import os
import re
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

    pattern = re.compile(hook["files"])
    for name in ["talk.md", "deck.pptx", "slides.qmd", "talk.Rmd", "talk.markdown", "talk.tex", "talk.pdf", "T.PDF"]:
        assert pattern.search(name), name
    assert "--force-exclude" in hook["entry"]
    assert not pattern.search("notes.txt")


def test_action_definition_follows_the_action_metadata_syntax() -> None:
    """The rules of GitHub's metadata syntax for a composite action (the public schema cannot be fetched here)."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert set(action) <= {"name", "author", "description", "inputs", "outputs", "runs", "branding"}
    assert {"name", "description", "runs"} <= set(action)
    identifier = re.compile(r"^[_a-zA-Z][a-zA-Z0-9_-]*$")
    for name, spec in action["inputs"].items():
        assert identifier.match(name) and "description" in spec and set(spec) <= {"description", "required", "default"}
    for name, spec in action["outputs"].items():
        assert identifier.match(name) and set(spec) == {"description", "value"}  # composite outputs need a value
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        assert ("uses" in step) != ("run" in step)
        assert "run" not in step or "shell" in step  # a composite run step must name its shell
    assert set(action["inputs"]) >= {"paths", "profile", "fail-on", "config", "args", "version", "working-directory"}
    assert set(action["inputs"]) >= {"sarif-file", "upload-sarif"}
    assert set(action["outputs"]) >= {"errors", "warnings", "infos", "json-report", "sarif-report"}
    setup = next(step for step in action["runs"]["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["update-environment"] is False  # the caller's Python is left alone
    assert any(step.get("uses", "").startswith("actions/cache") for step in action["runs"]["steps"])


def test_the_action_lint_step_reports_counts_summary_and_annotations(tmp_path: Path) -> None:
    """Runs the action's lint script as the runner would, with talklint from this environment."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    step = next(step for step in action["runs"]["steps"] if step.get("id") == "lint")
    work = tmp_path / "repo"
    flawed = outline(*[(t, b + " TODO") for t, b in STRONG_UNITS])
    write(work, "my talks/job talk.md", flawed)
    write(work, "other.md", outline(*STRONG_UNITS))
    output, summary = tmp_path / "output", tmp_path / "summary"
    env = {
        **os.environ,
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary),
        "TALKLINT_BIN": str(Path(sys.executable).parent / "talklint"),
        "TALKLINT_PATHS": "my talks/job talk.md\nother.md",
        "TALKLINT_PROFILE": "",
        "TALKLINT_FAIL_ON": "warning",
        "TALKLINT_CONFIG": "",
        "TALKLINT_ARGS": "--select TL307",
        "TALKLINT_SARIF": "talklint.sarif",
        "TALKLINT_CACHE_DIR": str(tmp_path / "cache"),
    }
    run = subprocess.run(["bash", "-c", step["run"]], cwd=work, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.stdout.count("::warning file=my talks/job talk.md") == 1  # the nine placeholders, reported once
    assert "::notice title=talklint::" not in run.stdout  # one annotation: GitHub shows it
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    assert (outputs["errors"], outputs["warnings"], outputs["infos"]) == ("0", "9", "0")
    assert outputs["sarif-report"] == "talklint.sarif" and (work / "talklint.sarif").is_file()
    assert Path(outputs["json-report"]).is_file()
    assert summary.read_text(encoding="utf-8").startswith("## talklint\n\n9 findings (0 errors, 9 warnings, 0 infos)")


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True)


def _talk_repository(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A new git repository, and the environment in which pre-commit installs talklint from the wheelhouse."""
    if not WHEELHOUSE.is_dir():
        pytest.skip("no wheelhouse: .ci/run builds .ci-wheels so that pre-commit installs offline")
    pytest.importorskip("pre_commit")
    repo = tmp_path / "talks"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.org")
    _git(repo, "config", "user.name", "Test")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PIP_NO_INDEX": "1",  # the hook installs talklint and its dependencies from the wheelhouse only
        "PIP_FIND_LINKS": str(WHEELHOUSE),
    }
    return repo, env


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_try_repo_fails_then_passes(tmp_path: Path) -> None:
    talks, env = _talk_repository(tmp_path)
    flawed = outline(*[(t, b.replace("across 40 homes.", "across 40 homes. TBD")) for t, b in STRONG_UNITS])
    write(talks, "job-talk.md", flawed)
    _git(talks, "add", ".")
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "talklint", "--all-files"]
    failing = subprocess.run(command, cwd=talks, env=env, capture_output=True, text=True, check=False, timeout=900)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "TL307 [leftover-placeholder]" in failing.stdout
    write(talks, "job-talk.md", outline(*STRONG_UNITS))
    _git(talks, "add", ".")
    passing = subprocess.run(command, cwd=talks, env=env, capture_output=True, text=True, check=False, timeout=900)
    assert passing.returncode == 0, passing.stdout + passing.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_on_a_talk_repository_lints_the_changed_talk_once(tmp_path: Path) -> None:
    """A commit that changes one Beamer part lints that talk, once; READMEs, ignored files and other talks not."""
    repo, env = _talk_repository(tmp_path)
    write(repo, "README.md", "# My talks\n\n## Building\n\nRun latexmk.\n\n## License\n\nCC-BY\n")
    write(repo, "CHANGELOG.md", "# Changelog\n\n## 2026-11\n\n- Job talk draft\n")
    write(repo, ".gitignore", "scratch/\n")
    write(repo, "deck.md", "---\nmarp: true\n---\n\n# Robots\n\n---\n\n# Why robots fail\n\nTODO\n")
    main = "\\documentclass{beamer}\n\\title{Robots}\n\\begin{document}\n\\maketitle\n"
    main += "\\input{sections/problem}\n\\input{sections/agenda}\n\\end{document}\n"
    write(repo, "job-talk/main.tex", main)
    write(repo, "job-talk/sections/problem.tex", "\\begin{frame}{Robots fail silently}\nSeven in ten.\n\\end{frame}\n")
    write(repo, "job-talk/sections/agenda.tex", "\\begin{frame}{Research agenda}\nYears 1-2.\n\\end{frame}\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "talks")
    write(repo, "scratch/notes.md", "---\nmarp: true\n---\n\n# x\n\n---\n\n# y\n\nTODO\n")  # git-ignored
    write(repo, "job-talk/sections/agenda.tex", "\\begin{frame}{Research agenda}\nTODO: years.\n\\end{frame}\n")
    _git(repo, "add", "job-talk/sections/agenda.tex")
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "talklint", "--verbose"]
    run = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=900)
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    assert "job-talk/main.tex" in output and "TL307 [leftover-placeholder]" in output
    assert "in 1 of 1 file" in output  # the talk, once: not the part on its own, not the others
    assert "README" not in output and "deck.md" not in output and "scratch" not in output
