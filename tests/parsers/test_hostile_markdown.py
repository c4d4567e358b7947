"""Markdown built to make a careless parser quadratic: it must finish, with the right answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.parsers import parse_talk


def test_many_unclosed_comments(tmp_path: Path) -> None:
    path = tmp_path / "deck.md"
    path.write_text("---\nmarp: true\n---\n\n# Title\n\n" + "<!-- " * 100_000, encoding="utf-8")
    talk = parse_talk(path)
    assert talk.slides[0].title == "Title"


def test_many_comments_in_one_slide(tmp_path: Path) -> None:
    path = tmp_path / "slides.md"
    path.write_text("---\ntheme: default\n---\n\n# Title\n\n" + "<!-- c -->\n" * 40_000, encoding="utf-8")
    slide = parse_talk(path).slides[0]
    assert slide.notes == "c"  # Slidev: only the last comment block is the note


def test_long_heading_line(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_text("# T\n\n## " + "# " * 200_000 + "x\n\ntext\n", encoding="utf-8")
    talk = parse_talk(path)
    assert talk.slides[0].title == "T" and len(talk.slides) == 2


def test_many_headings(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    path.write_text("# T\n\n## Unit\n\n" + "### sub\n" * 2_500 + "\n## Last\n\nx\n", encoding="utf-8")
    titles = [s.title for s in parse_talk(path).slides]
    assert titles[:2] == ["T", "Unit"] and titles[-1] == "Last" and len(titles) == 2_503
    path.write_text("# T\n\n" + "### sub\n" * 50_000, encoding="utf-8")
    with pytest.raises(ParseError, match="over the limit of 3,000 slides"):
        parse_talk(path)


def test_many_unclosed_notes_divs(tmp_path: Path) -> None:
    path = tmp_path / "talk.md"
    body = '<div class="notes">x</div>\n' + '<div class="notes">\n' * 25_000
    path.write_text("% Title\n\n## Slide\n\n" + body, encoding="utf-8")
    talk = parse_talk(path)
    assert talk.slides[1].notes == "x"


def test_many_marp_heading_dividers(tmp_path: Path) -> None:
    path = tmp_path / "deck.md"
    path.write_text("---\nmarp: true\nheadingDivider: 2\n---\n\n" + "## H\n\nt\n\n" * 2_900, encoding="utf-8")
    assert len(parse_talk(path).slides) == 2_900


def test_a_source_past_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "deck.md"
    path.write_text("---\nmarp: true\n---\n\n# Title\n\n" + "<!-- c -->\n" * 60_000, encoding="utf-8")
    with pytest.raises(ParseError, match="over the limit of 512,000 characters"):
        parse_talk(path)
