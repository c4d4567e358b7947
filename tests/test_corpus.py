"""Real talks by other people (../shared/corpus): nothing may crash on them."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.parsers import SUPPORTED_SUFFIXES, parse_talk
from tests.helpers import CORPUS, corpus_checkout, lint

CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in (*SUPPORTED_SUFFIXES, ".ppt"))
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


BEAMER_MAINS = [p for p in CORPUS_FILES if p.parent.name == "beamer" and p.suffix == ".tex"]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_every_corpus_talk_parses_and_lints(path: Path, tmp_path: Path) -> None:
    if path.suffix.lower() == ".ppt":
        with pytest.raises(ParseError, match=r"legacy binary PowerPoint \(\.ppt\)"):
            parse_talk(path)
        return
    if path.suffix == ".tex" and path.parent.name != "beamer":
        # An included part or a LaTeX article: read, or refused with a reason; never a traceback.
        with contextlib.suppress(ParseError):
            parse_talk(path)
        return
    if path in BEAMER_MAINS:
        path = corpus_checkout(path, tmp_path)
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
    assert sum(p.source.lower().endswith(".wmf") for p in pictures) >= 10


def test_beamer_decks_find_their_parts_and_pdfs_merge_their_overlays(tmp_path: Path) -> None:
    """The same talks as source and as exported PDF: slide counts agree (see bench/beamer_vs_pdf.py)."""
    pairs = {
        "xudongliu23__JobTalkResearch__research": "xudongliu23__JobTalkResearch__research",
        "MatthieuNICOLAS__2021-phd-defense__presentation": "MatthieuNICOLAS__2021-phd-defense__presentation",
        "ausmani23__jobtalk_crim__prez": "ausmani23__jobtalk_crim___jobtalk_crim",
    }
    for source, exported in pairs.items():
        deck = parse_talk(corpus_checkout(CORPUS / "beamer" / f"{source}.tex", tmp_path))
        pdf = parse_talk(CORPUS / "pdf" / f"{exported}.pdf")
        assert deck.included or source.startswith("ausmani23"), source
        assert abs(len(deck.slides) - len(pdf.slides)) <= 0.12 * len(deck.slides), source
