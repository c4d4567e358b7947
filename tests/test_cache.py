"""The content cache: it hits when nothing changed, and misses when anything did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from talklint import engine
from talklint.cache import FORMAT
from talklint.runner import Overrides, check_paths
from tests.helpers import HEAVY_MODULES, REPO, forget_word_index, write
from tests.rules.decks import marp

DECK = marp("# Talk", "# Results: TBD\n\n- more")


def check(path: Path, cache: Path, **overrides: object):  # type: ignore[no-untyped-def]
    return check_paths([path], Overrides(cache_dir=cache, **overrides))  # type: ignore[arg-type]


def codes(run) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for r in run.results for f in r.findings]


@pytest.fixture
def forbid_linting(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """After this, any file that is linted instead of read from the cache fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("linted again instead of using the cache")

    def arm() -> None:
        monkeypatch.setattr(engine, "lint_file", refuse)

    return arm


def test_unchanged_file_comes_from_the_cache(tmp_path: Path, forbid_linting) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", DECK)
    first = check(path, tmp_path / "cache")
    forbid_linting()
    second = check(path, tmp_path / "cache")
    assert codes(second) == codes(first)
    assert second.results[0].findings == first.results[0].findings
    assert second.results[0].format == "marp"
    assert second.results[0].slide_count == 2


def test_changed_file_config_and_version_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "deck.md", DECK)
    cache = tmp_path / "cache"
    assert "TL307" in codes(check(path, cache))
    path.write_text(DECK.replace("TBD", "done"), encoding="utf-8")
    assert "TL307" not in codes(check(path, cache))
    path.write_text(DECK, encoding="utf-8")
    assert "TL307" not in codes(check(path, cache, ignore=("TL307",)))  # a changed configuration
    write(tmp_path, "talklint.toml", 'ignore = ["TL3"]\n')
    assert "TL307" not in codes(check(path, cache))
    (tmp_path / "talklint.toml").unlink()
    before = len(list(cache.rglob("*.json")))
    monkeypatch.setattr("talklint.cache.__version__", "99.0")
    assert "TL307" in codes(check(path, cache))
    assert len(list(cache.rglob("*.json"))) == before + 1  # a new talklint version wrote a new entry


def test_changed_code_or_model_of_the_same_version_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editable install changes code and data without a new version: the digest covers them."""
    from talklint import cache

    data = tmp_path / "data"
    (data / "model").mkdir(parents=True)
    (data / "model" / "roles.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(cache, "data_dir", lambda: data)
    cache._data_digest.cache_clear()
    try:
        before = cache._data_digest()
        (data / "model" / "roles.json").write_text('{"changed": 1}', encoding="utf-8")
        cache._data_digest.cache_clear()
        assert cache._data_digest() != before
    finally:
        cache._data_digest.cache_clear()


def test_installing_a_package_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin or a trained pipeline changes findings: a newly installed package invalidates the cache."""
    from talklint.cache import _environment_digest
    from talklint.resources import installed_distributions

    path = write(tmp_path, "deck.md", DECK)
    cache = tmp_path / "cache"
    check(path, cache)
    site = tmp_path / "site"
    (site / "talklint_plugin_example-1.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(site))
    for cached in (installed_distributions, _environment_digest):
        cached.cache_clear()
    try:
        check(path, cache)
    finally:
        for cached in (installed_distributions, _environment_digest):
            cached.cache_clear()
    assert len(list(cache.rglob("*.json"))) == 2


def test_changed_included_file_misses(tmp_path: Path) -> None:
    write(tmp_path, "pages/part.md", "# Imported\n\nfine\n")
    path = write(tmp_path, "slides.md", "---\ntheme: default\n---\n\n# Start\n\n---\nsrc: ./pages/part.md\n---\n")
    cache = tmp_path / "cache"
    assert "TL307" not in codes(check(path, cache))
    write(tmp_path, "pages/part.md", "# Imported\n\nTODO\n")
    assert "TL307" in codes(check(path, cache))


def test_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", DECK)
    cache = tmp_path / "cache"
    expected = codes(check(path, cache))
    [entry] = cache.rglob("*.json")
    entry.write_text("{ torn", encoding="utf-8")
    assert codes(check(path, cache)) == expected
    assert json.loads(entry.read_text(encoding="utf-8"))["format"] == FORMAT


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", DECK)
    check_paths([path], Overrides(cache_dir=tmp_path / "cache", use_cache=False))
    assert not (tmp_path / "cache").exists()


def test_cache_beside_the_config_ignores_itself(tmp_path: Path) -> None:
    write(tmp_path, "talklint.toml", "duration = 30\n")
    path = write(tmp_path, "deck.md", DECK)
    check_paths([path], Overrides())
    assert (tmp_path / ".talklint_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_concurrent_runs_share_a_cache_safely(tmp_path: Path) -> None:
    for n in range(12):
        write(tmp_path, f"talks/deck{n}.md", DECK.replace("Talk", f"Talk {n}"))
    command = [sys.executable, "-m", "talklint", "check", "--format", "json", "--jobs", "1"]
    command += ["--cache-dir", str(tmp_path / "cache"), str(tmp_path / "talks")]
    processes = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=300)[0] for p in processes]
    assert all(p.returncode == 1 for p in processes)
    assert len({json.dumps(json.loads(o)["findings"]) for o in outputs}) == 1
    for entry in (tmp_path / "cache").rglob("*.json"):
        json.loads(entry.read_text(encoding="utf-8"))  # no torn entries
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_parallel_output_equals_serial_output(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    examples = str(REPO / "examples")
    serial = cli("check", examples, "--format", "json", "--jobs", "1", "--no-cache")[1]
    parallel = cli("check", examples, "--format", "json", "--jobs", "2", "--no-cache")[1]
    assert json.loads(serial)["findings"]
    assert parallel == serial


def test_talks_parsed_ahead_while_warming_up_lint_as_the_others(
    tmp_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """With --jobs, a reader process parses talks while the pipeline loads; their findings must not differ."""
    import shutil
    import time

    from talklint import runner

    talks = tmp_path / "talks"
    shutil.copytree(REPO / "examples", talks)
    write(talks, "broken.pptx", "not a zip")
    serial = cli("check", str(talks), "--format", "json", "--jobs", "1", "--no-cache")[1]
    warm_up, read_ahead = runner._warm_up, runner._read_while_warming_up
    parsed_ahead: list[int] = []

    def slow_warm_up(*args: object) -> None:
        warm_up(*args)  # type: ignore[arg-type]
        time.sleep(3)  # long enough for the reader to parse every talk

    def counting_read_ahead(*args: object) -> dict[int, object]:
        read = read_ahead(*args)  # type: ignore[arg-type]
        parsed_ahead.append(len(read))
        return read  # type: ignore[return-value]

    monkeypatch.setattr(runner, "_warm_up", slow_warm_up)
    monkeypatch.setattr(runner, "_read_while_warming_up", counting_read_ahead)
    parallel = cli("check", str(talks), "--format", "json", "--jobs", "2", "--no-cache")[1]
    files = len({f["path"] for f in json.loads(serial)["findings"]})
    assert parsed_ahead and parsed_ahead[0] >= files > 5
    assert parallel == serial
    assert "broken.pptx" in parallel


def test_fully_cached_check_imports_no_heavy_library(tmp_path: Path) -> None:
    from tests.helpers import build_pptx

    write(tmp_path, "talks/deck.md", DECK)
    build_pptx(tmp_path / "talks" / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "TBD"}])
    code = (
        "import sys\n"
        "from talklint.cli import main\n"
        f"main(['check', '--jobs', '1', '--cache-dir', {str(tmp_path / 'cache')!r}, {str(tmp_path / 'talks')!r}])\n"
        # A cache hit reads no rule, profile or front matter (YAML) and no ignore pattern, and builds no
        # document model.
        f"heavy = [m for m in {(*HEAVY_MODULES, 'yaml', 'pathspec', 'talklint.model')!r} if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert "'spacy'" in first.stdout  # the first run analysed the talks
    second = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert "HEAVY []" in second.stdout, second.stdout + second.stderr
    assert "TL307" in second.stdout


def test_a_user_without_a_home_gets_no_cache_and_no_word_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Path.home() fails for a container's user with no home: nothing is written, the talk is still linted."""
    from talklint.analysis import lexicon

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "talks/deck.md", DECK + "\n---\n\n# Notes\n\n" + "We measured how robots ask for help. " * 8)
    forget_word_index()
    try:
        run = check_paths([path], Overrides())
        assert lexicon._index() is None
    finally:
        forget_word_index()
    assert "TL307" in codes(run)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["talks", "talks/deck.md"]


def test_talklint_cache_dir_overrides_every_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI job restores one folder: the cache goes there, even beside a config file."""
    path = write(tmp_path, "talks/deck.md", DECK)
    write(tmp_path, "talks/talklint.toml", "")
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path / "ci-cache"))
    check_paths([path], Overrides())
    assert list((tmp_path / "ci-cache").rglob("*.json"))
    assert not (tmp_path / "talks" / ".talklint_cache").exists()


def test_a_warm_run_hashes_only_files_whose_stat_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", DECK)
    settled = time.time() - 60
    os.utime(path, (settled, settled))
    cache = tmp_path / "cache"
    assert "TL307" in codes(check(path, cache))  # 'TBD' is a leftover placeholder
    # The same size, modification time and inode: taken as unchanged, without being read.
    with path.open("r+b") as stream:
        stream.write(path.read_bytes().replace(b"TBD", b"2x."))
    os.utime(path, (settled, settled))
    assert "TL307" in codes(check(path, cache))
    # Touched: hashed again, and its content decides.
    os.utime(path, (settled + 1, settled + 1))
    assert "TL307" not in codes(check(path, cache))


def test_a_just_written_file_is_always_hashed(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", DECK)
    cache = tmp_path / "cache"
    assert "TL307" in codes(check(path, cache))
    # Written again within the clock's resolution: the same size and modification time.
    stamp = path.stat().st_mtime_ns
    with path.open("r+b") as stream:
        stream.write(path.read_bytes().replace(b"TBD", b"2x."))
    os.utime(path, ns=(stamp, stamp))
    assert "TL307" not in codes(check(path, cache))
