from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

LONG = "In this part of the talk we will discuss the various ways in which our method can be applied"


def test_long_title(tmp_path: Path) -> None:
    text = marp("# Talk", f"# {LONG}\n\nx", "# Our method runs on three kinds of robots\n\nx")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL304")
    assert finding.message == "the title of slide 2 has 19 words (limit 15)"


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": LONG}])
    assert [f.slide for f in by_code(lint(path), "TL304")] == [2]


def test_a_title_of_fifteen_words_passes(tmp_path: Path) -> None:
    title = "Our method runs on three kinds of robots and halves the failures in every one"
    assert len(title.split()) == 15
    assert not by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# {title}\n\nx"))), "TL304")


def test_the_talks_own_title_on_the_title_slide_is_left_alone(tmp_path: Path) -> None:
    thesis = "Back to the Future: Why Documents Are Better than Tables for Storing and Processing Argon Dating Data"
    text = marp(f"# {thesis}\n\nJane Doe, PhD defense", f"# {thesis}\n\nThe same words as a content slide's title")
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL304")] == [2]


def test_a_short_label_before_the_colon_is_not_counted(tmp_path: Path) -> None:
    sentence = "The nativity effect operates through marriage and religion, not an unmeasured cultural residual"
    assert len(sentence.split()) == 13
    text = marp("# Talk", f"# PAPER 3 · MECHANISM: {sentence}\n\nx", f"# Result 2: {sentence}\n\nx")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL304")
