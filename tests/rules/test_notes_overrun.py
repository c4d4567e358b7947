from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def deck(words_per_slide: int, minutes: int) -> str:
    note = " ".join(["word"] * words_per_slide)
    slides = [f"# Slide {n}\n\ntext\n\n<!-- {note} -->" for n in range(1, 4)]
    return f"---\nmarp: true\ntalklint: {{duration: {minutes}}}\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"


def test_flags_notes_longer_than_the_slot(tmp_path: Path) -> None:
    # 3 x 300 = 900 words, about 7 minutes at 130 wpm, for a 5-minute slot.
    [finding] = by_code(lint(write(tmp_path, "deck.md", deck(300, 5))), "TL402")
    assert "900 words, 7 minutes at 130 words a minute, for a 5-minute talk" in finding.message
    assert "Cut the notes by about 250 words" in finding.fix
    assert "start with slide 1 (300 words of notes)" in finding.fix


def test_within_tolerance_passes(tmp_path: Path) -> None:
    # 3 x 230 = 690 words, 5.3 minutes: within 10% of 5 minutes.
    assert not by_code(lint(write(tmp_path, "deck.md", deck(230, 5))), "TL402")


def test_pace_option(tmp_path: Path) -> None:
    result = lint(write(tmp_path, "deck.md", deck(300, 5)), rules={"notes-overrun": {"words-per-minute": 200}})
    assert not by_code(result, "TL402")


def test_pptx(tmp_path: Path) -> None:
    notes = " ".join(["word"] * 400)
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "A", "notes": notes}, {"title": "B", "notes": notes}])
    assert by_code(lint(path, duration=5), "TL402")
    assert not by_code(lint(path, duration=10), "TL402")
