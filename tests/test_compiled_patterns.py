"""Large patterns compiled once per machine: the kept programs behave as ``re.compile``'s, and anything
unexpected falls back to compiling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talklint import compiled_patterns
from talklint.analysis import uptake

PATTERNS = [
    r"\b(?:our|my)\s+(?P<work>[\w-]+)\s+(?:is|are)\s+now\s+used\b",
    r"(?-i:[A-Z][\w&-]*)\s+(?:now\s+)?(?:uses|runs)\s+(?:it|them)\b",
    r"(?<!\bwe )\badopted\s+by\s+\d[\d,]*\s+\w+s\b",
]
TEXTS = [
    "Our planner is now used by two carriers.",
    "OUR TOOL IS NOW USED",
    "Mozilla now runs it in CI",
    "mozilla now runs it",
    "It was adopted by 1,200 schools",
    "we adopted by 3 labs",
    "Nothing to see here",
]


def _stores(cache: Path) -> list[Path]:
    return sorted((cache / "talklint" / "patterns").glob("*.marshal"))


def _same_as_compiled(patterns: list[re.Pattern[str]]) -> bool:
    expected = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
    for kept, plain in zip(patterns, expected, strict=True):
        for text in TEXTS:
            a, b = kept.search(text), plain.search(text)
            if (a and a.span(), a and a.groupdict()) != (b and b.span(), b and b.groupdict()):
                return False
    return len(patterns) == len(expected)


def test_kept_patterns_match_as_compiled_ones_and_are_loaded_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path / "talklint"))
    first = compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE)
    assert first is not None and _same_as_compiled(first)
    assert len(_stores(tmp_path)) == 1

    def not_compiled_again(*args: object) -> None:
        raise AssertionError("compiled again instead of loaded")

    monkeypatch.setattr(compiled_patterns, "_programs", not_compiled_again)
    second = compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE)
    assert second is not None and _same_as_compiled(second)
    assert second[0].groupindex == {"work": 1}


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store of ``PATTERNS``, written by a first run in a cache folder of the test's own."""
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path / "talklint"))
    compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE)
    (written,) = _stores(tmp_path)
    return written


def test_a_torn_store_is_compiled_and_written_again(store: Path) -> None:
    whole = store.read_bytes()
    store.write_bytes(whole[: len(whole) // 2])
    patterns = compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE)
    assert patterns is not None and _same_as_compiled(patterns)
    assert store.read_bytes() == whole


def test_a_damaged_program_is_refused_by_the_engine_and_compiled_again(store: Path) -> None:
    import marshal

    programs = marshal.loads(store.read_bytes())
    pattern, flags, code, groups, names, indexes = programs[1]
    programs[1] = (pattern, flags, [9999, *code[1:]], groups, names, indexes)
    store.write_bytes(marshal.dumps(programs))
    patterns = compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE)
    assert patterns is not None and _same_as_compiled(patterns)


def test_other_patterns_get_their_own_store_and_the_old_one_goes(store: Path, tmp_path: Path) -> None:
    changed = compiled_patterns.compile_kept("probe", [*PATTERNS[:2], r"\bnew\b"], re.IGNORECASE)
    assert changed is not None and changed[2].search("a NEW way") is not None
    (new,) = _stores(tmp_path)
    assert new != store and not store.exists()


def test_without_a_cache_folder_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled_patterns, "user_cache_folder", lambda: None)
    assert compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE) is None


def test_a_python_whose_re_compiles_otherwise_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path / "talklint"))

    def other_engine(*args: object) -> None:
        raise TypeError("compile() takes other arguments")

    monkeypatch.setattr(compiled_patterns, "_from_program", other_engine)
    assert compiled_patterns.compile_kept("probe", PATTERNS, re.IGNORECASE) is None
    assert _stores(tmp_path) == []


def test_uptake_reads_the_same_with_kept_and_with_freshly_compiled_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    said = [
        "Two years on: Three health boards now screen every newborn with our test",
        "The Welsh Government wrote our index into its homelessness strategy",
        "Accuracy rose with our method",
        "We used the ministry's data",
    ]
    kept = [uptake.uptake(text) for text in said]
    uptake._ways.cache_clear()
    monkeypatch.setattr(uptake, "compile_kept", lambda *args: None)
    try:
        assert [uptake.uptake(text) for text in said] == kept == [True, True, False, False]
        assert all(way.ready is None for way in uptake._ways())
    finally:
        uptake._ways.cache_clear()
