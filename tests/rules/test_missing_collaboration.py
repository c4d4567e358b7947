"""TL109 missing-collaboration: the talk never says who you want to work with."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, codes
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import assert_fires_when_the_part_is_missing, assert_only_where_the_profile_asks, lint_units


def test_fires_when_the_slide_is_missing(tmp_path: Path) -> None:
    assert_fires_when_the_part_is_missing(tmp_path, "TL109", "Who I want to work with")


def test_only_where_the_profile_asks(tmp_path: Path) -> None:
    assert_only_where_the_profile_asks(tmp_path, "TL109", "Who I want to work with")


def test_research_scientist_asks_for_collaborators_not_lessons(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("What I learned", "Who I want to work with")]
    found = set(codes(lint_units(tmp_path, units, profile="research-scientist")))
    assert "TL109" in found and "TL108" not in found


def test_mentoring_the_next_students_is_collaboration(tmp_path: Path) -> None:
    units = [
        ("Mentoring", "Five undergraduates, two now in PhD programs.") if t == "Who I want to work with" else (t, b)
        for t, b in STRONG_UNITS
    ]
    assert not by_code(lint_units(tmp_path, units, profile="research-scientist"), "TL109")
