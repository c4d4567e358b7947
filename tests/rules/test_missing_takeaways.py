"""TL106 missing-takeaways: the talk does not end on its takeaways."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


def test_ends_on_questions(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Takeaways"] + [("Questions?", "")]
    units = [(t, b) for t, b in units if t != "Who I want to work with"] + [("Thank you", "")]
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert "the talk ends on slide 10 'Thank you'" in finding.message  # the main talk ends at its last closing slide
    assert "put a 'Takeaways' slide before it with your 2-3 messages" in finding.fix


def test_takeaways_pptx_and_backup_ignored(tmp_path: Path) -> None:
    slides = [
        {"title": "Talk", "layout": 0},
        {"title": "Method"},
        {"title": "Summary"},
        {"title": "Backup"},
        {"title": "Proof"},
    ]
    assert not by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL106")
    slides[2] = {"title": "Questions?"}
    assert by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL106")
