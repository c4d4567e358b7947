"""TL108 missing-lessons: the talk never says what you learned."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_code
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import assert_fires_when_the_part_is_missing, assert_only_where_the_profile_asks, lint_units


def test_fires_when_the_slide_is_missing(tmp_path: Path) -> None:
    assert_fires_when_the_part_is_missing(tmp_path, "TL108", "What I learned")


def test_only_where_the_profile_asks(tmp_path: Path) -> None:
    assert_only_where_the_profile_asks(tmp_path, "TL108", "What I learned")


def test_a_talk_that_says_what_it_learned_passes(tmp_path: Path) -> None:
    assert not by_code(lint_units(tmp_path, STRONG_UNITS, profile="faculty"), "TL108")


@pytest.mark.parametrize(
    "title",
    ["What surprised me", "Mistakes I made", "In hindsight", "What went wrong along the way", "What didn't work"],
)
def test_looking_back_at_the_work_says_what_it_taught(tmp_path: Path, title: str) -> None:
    units = [
        (title, "Owners wanted more questions, not fewer.") if t == "What I learned" else (t, b)
        for t, b in STRONG_UNITS
    ]
    assert not by_code(lint_units(tmp_path, units, profile="faculty"), "TL108")
