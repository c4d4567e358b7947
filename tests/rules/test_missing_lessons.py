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
    [
        "What surprised me",
        "Mistakes I made",
        "In hindsight",
        "What went wrong along the way",
        "What didn't work",
        "What this taught me",
        "Things I got wrong",
        "Surprises along the way",
        "What I'd tell my first-year self",
    ],
)
def test_looking_back_at_the_work_says_what_it_taught(tmp_path: Path, title: str) -> None:
    units = [
        (title, "Owners wanted more questions, not fewer.") if t == "What I learned" else (t, b)
        for t, b in STRONG_UNITS
    ]
    assert not by_code(lint_units(tmp_path, units, profile="faculty"), "TL108")


def test_what_others_learnt_before_the_work_is_no_lesson_of_the_speaker(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "What I learned"]
    units = [*units[:5], ("Lessons from the literature", "Prior work shows that curricula help."), *units[5:]]
    assert by_code(lint_units(tmp_path, units, profile="faculty"), "TL108")


@pytest.mark.parametrize(
    ("body", "learned"),
    [
        ("I learned to talk to owners before building anything.", True),  # the speaker's own words, under any title
        ("In hindsight, simulation hid the hardest cases.", True),
        ("I wish I had run the home study first.", True),
        ("The model learned to grasp from 40 demonstrations.", False),  # a model learns; the speaker says nothing
    ],
)
def test_what_the_work_taught_the_speaker_in_a_slides_words_is_a_lesson(
    tmp_path: Path, body: str, learned: bool
) -> None:
    units = [(t, b) for t, b in STRONG_UNITS if t != "What I learned"]
    units = [*units[:-1], ("Looking back", body), units[-1]]
    assert bool(by_code(lint_units(tmp_path, units, profile="faculty"), "TL108")) is not learned
