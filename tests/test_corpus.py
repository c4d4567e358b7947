"""Real talks by other people (../shared/corpus): nothing may crash on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.parsers import SUPPORTED_SUFFIXES, parse_talk
from tests.helpers import CORPUS, lint

CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in (*SUPPORTED_SUFFIXES, ".ppt"))
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_corpus_talk_parses_and_lints(path: Path) -> None:
    if path.suffix.lower() == ".ppt":
        with pytest.raises(ParseError, match=r"legacy binary PowerPoint \(\.ppt\)"):
            parse_talk(path)
        return
    talk = parse_talk(path)
    # Outlines and files imported by a deck (under *__parts/) may hold no slide of their own.
    assert talk.slides or path.parent.name == "md-outline" or "__parts" in path.as_posix(), path.name
    result = lint(path)
    assert result.error is None


def test_known_slide_counts() -> None:
    """Decks whose slide count the manifest states, within what builds and imports explain."""
    expected = {
        "md-slides/stared__vibe-slides-marp-qkd-cc__slides.md": 16,
        "md-slides/sunnivin__physics-to-foss__slides.md": 22,
        "pptx/Riebart__MSc-Thesis__Defense.pptx": 46,
        "md-slides/kelly-sovacool__phd-defense__presentation.qmd": 60,
    }
    for name, count in expected.items():
        assert len(parse_talk(CORPUS / name).slides) == count, name


def test_undecodable_wmf_pictures_are_counted() -> None:
    talk = parse_talk(CORPUS / "pptx" / "Riebart__MSc-Thesis__Defense.pptx")
    pictures = [image for slide in talk.slides for image in slide.images]
    assert sum(not p.decodable for p in pictures) >= 10
