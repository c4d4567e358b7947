"""TL110 outline-first: an outline slide comes before the motivation."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write
from tests.rules.decks import STRONG_UNITS, marp
from tests.rules.narrative import lint_units


def test_motivation_deck_with_title_slide(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Outline\n\n- a\n- b", "# Why it matters\n\nRobots fail.", "# Method", "# Takeaways")
    result = lint(write(tmp_path, "deck.md", deck))
    assert not by_code(result, "TL104")
    [finding] = by_code(result, "TL110")
    assert finding.slide == 2


def test_a_talk_with_no_outline_before_its_problem_passes(tmp_path: Path) -> None:
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL110")


def test_a_talk_that_never_states_its_problem_gets_missing_motivation_instead(tmp_path: Path) -> None:
    # "Move the outline after the slide that states the problem" would point at no slide.
    deck = marp("# Talk", "# Outline\n\n- a\n- b", "# Related work", "# Method", "# Takeaways")
    result = lint(write(tmp_path, "deck.md", deck))
    assert by_code(result, "TL104")
    assert not by_code(result, "TL110")
