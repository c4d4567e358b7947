"""The narrative vocabulary's phrases, read once and kept in the user cache folder for the next runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talklint.analysis import vocabulary
from talklint.analysis.nlp import BLANK, pipeline


def test_the_phrases_kept_for_the_next_run_read_as_fresh_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path))
    nlp = pipeline(BLANK)
    fresh = vocabulary._vocabulary.__wrapped__(0, nlp)
    [kept] = (tmp_path / "vocabulary").glob("phrases-*.json")

    def no_tokenizing(*args: object, **kwargs: object) -> None:
        raise AssertionError("every phrase should come from the file")

    with monkeypatch.context() as patched:
        patched.setattr(vocabulary, "tokenize", no_tokenizing)
        assert vocabulary._vocabulary.__wrapped__(0, nlp) == fresh
    kept.write_text('{"torn', encoding="utf-8")  # half a file, or another version's: read again
    assert vocabulary._vocabulary.__wrapped__(0, nlp) == fresh
    assert len(json.loads(kept.read_text(encoding="utf-8"))) > 500
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary file left behind


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(blocked))
    nlp = pipeline(BLANK)
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(tmp_path / "fine"))
    expected = vocabulary._vocabulary.__wrapped__(0, nlp)
    monkeypatch.setenv("TALKLINT_CACHE_DIR", str(blocked))
    assert vocabulary._vocabulary.__wrapped__(0, nlp) == expected
