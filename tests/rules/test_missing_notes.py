from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write

DECK = "---\nmarp: true\n---\n\n# Talk\n\n<!-- hello -->\n\n---\n\n# Results\n\ntext\n"


def test_off_by_default(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "deck.md", DECK)), "TL403")


def test_flags_slides_without_notes_when_selected(tmp_path: Path) -> None:
    [finding] = by_code(lint(write(tmp_path, "deck.md", DECK), extend_select=["TL403"]), "TL403")
    assert finding.slide == 2
    assert finding.message == "slide 2 'Results' has no speaker notes"
    assert finding.severity.value == "info"


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "A", "notes": "note"}, {"title": "B"}])
    assert [f.slide for f in by_code(lint(path, extend_select=["missing-notes"]), "TL403")] == [2]
