"""talklint.runner at its own level: which files, which configuration, in what order, with what exit code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from talklint import engine, runner
from talklint.findings import Severity
from talklint.results import ExitCode
from talklint.runner import Overrides, check_paths
from tests.helpers import write
from tests.rules.decks import marp

FLAWED = marp("# Talk", "# Results: TBD\n\nx")


def test_results_are_sorted_by_path_whatever_the_jobs(tmp_path: Path) -> None:
    for name in ("c.md", "a.md", "b/z.md", "b/a.md"):
        write(tmp_path, name, FLAWED)
    runs = [check_paths([tmp_path], Overrides(use_cache=False, jobs=jobs)) for jobs in (1, 2)]
    orders = [[r.path.relative_to(tmp_path).as_posix() for r in run.results] for run in runs]
    assert orders[0] == orders[1] == ["a.md", "b/a.md", "b/z.md", "c.md"]
    assert [r.findings for r in runs[0].results] == [r.findings for r in runs[1].results]


def test_workers_make_way_for_fresh_ones_and_the_findings_stay_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(6):
        write(tmp_path, f"talks/t{n}.md", FLAWED)
    serial = check_paths([tmp_path / "talks"], Overrides(use_cache=False, jobs=1))
    lint = engine.lint_read_talk
    pids = tmp_path / "pids"
    pids.mkdir()

    def lint_and_sign(*args):  # type: ignore[no-untyped-def]
        (pids / str(os.getpid())).touch()  # written by the worker process that lints the talk
        return lint(*args)

    monkeypatch.setattr(engine, "lint_read_talk", lint_and_sign)
    monkeypatch.setattr(runner, "FILES_PER_WORKER", 1)
    parallel = check_paths([tmp_path / "talks"], Overrides(use_cache=False, jobs=2))
    assert [r.findings for r in parallel.results] == [r.findings for r in serial.results]
    assert [r.path for r in parallel.results] == [r.path for r in serial.results]
    # Two workers at a time, each linting one file: six files take three pools of two fresh workers.
    assert len(list(pids.iterdir())) > 2 and str(os.getpid()) not in {p.name for p in pids.iterdir()}


def test_each_folder_gets_its_own_configuration(tmp_path: Path) -> None:
    write(tmp_path, "strict/talklint.toml", '[rules.leftover-placeholder]\nseverity = "error"\n')
    write(tmp_path, "lenient/talklint.toml", '[rules.leftover-placeholder]\nseverity = "off"\n')
    write(tmp_path, "strict/talk.md", FLAWED)
    write(tmp_path, "lenient/talk.md", FLAWED)
    run = check_paths([tmp_path], Overrides(use_cache=False))
    placeholder = {r.path.parent.name: [f.severity for f in r.findings if f.code == "TL307"] for r in run.results}
    assert placeholder == {"lenient": [], "strict": [Severity.ERROR]}


def test_exit_codes(tmp_path: Path) -> None:
    talk = write(tmp_path, "talk.md", FLAWED)
    run = check_paths([talk], Overrides(use_cache=False))
    assert run.exit_code(Severity.WARNING, exit_zero=False) is ExitCode.FINDINGS
    assert run.exit_code(Severity.WARNING, exit_zero=True) is ExitCode.OK
    broken = write(tmp_path, "broken.md", "")
    assert check_paths([broken], Overrides(use_cache=False)).exit_code(Severity.ERROR, False) is ExitCode.ERROR


def test_the_command_line_duration_reaches_every_talk(tmp_path: Path) -> None:
    talk = write(tmp_path, "talk.md", marp("# Talk", *(f"# Point {n} holds\n\nx" for n in range(12))))
    assert "TL401" not in [f.code for r in check_paths([talk], Overrides(use_cache=False)).results for f in r.findings]
    timed = check_paths([talk], Overrides(use_cache=False, duration=5.0))
    assert "TL401" in [f.code for r in timed.results for f in r.findings]


def test_a_named_document_is_skipped_with_its_reason(tmp_path: Path) -> None:
    readme = write(tmp_path, "README.md", "# Project\n\n## Building\n\nRun make.\n\n## License\n\nMIT\n")
    run = check_paths([readme], Overrides(use_cache=False))
    assert not run.results and [path for path, _ in run.skipped] == [readme]
