from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

NOTATION = "# Notation\n\n$$a = b$$\n\n$$c = d$$\n\n$$e = f$$"


def test_technical_slide_before_motivation(tmp_path: Path) -> None:
    text = marp("# Talk", NOTATION, "# Why robots fail\n\nThey do not know.")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL210")
    assert finding.slide == 2
    assert finding.message == (
        "slide 2 'Notation' is technical (3 equations) and comes before any slide"
        " that says what problem the work solves"
    )
    assert "put a slide before slide 2" in finding.fix


def test_motivation_first_passes(tmp_path: Path) -> None:
    text = marp("# Talk", "# The problem: robots fail silently\n\nIn homes.", NOTATION)
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL210")


def test_pptx(tmp_path: Path) -> None:
    rows = [[str(r * 6 + c) for c in range(6)] for r in range(5)]
    path = build_pptx(
        tmp_path / "deck.pptx",
        [{"title": "Talk", "layout": 0}, {"title": "Numbers", "table": rows}, {"title": "Why it matters"}],
    )
    assert [f.slide for f in by_code(lint(path), "TL210")] == [2]
