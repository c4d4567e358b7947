"""TL102 vision-not-previewed: the vision first appears after the opening."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


def test_late_vision(tmp_path: Path) -> None:
    vision = STRONG_UNITS[1]
    late = [STRONG_UNITS[0], *STRONG_UNITS[2:7], vision, *STRONG_UNITS[7:]]
    [finding] = by_code(lint_units(tmp_path, late), "TL102")
    assert finding.slide == 8
    assert "after the opening (the first 5 of 10 slides)" in finding.message
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL102")
