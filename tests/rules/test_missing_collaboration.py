"""TL109 missing-collaboration: the talk never says who you want to work with."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    ("title", "body", "fires"),
    [
        # the lab the speaker will build, and the team an industry candidate joins
        ("Building a lab", "Two PhD students in year one, co-advised with mechanical engineering.", False),
        ("Joining the team", "I would pair with the ranking team on evaluation and with infra on serving.", False),
        ("How I would fit in", "Evaluation with the ranking team; serving with infra.", False),
        # a lab's machine, and a team of machines, are no colleagues
        ("Building a lab robot", "Two arms, one gripper, a camera.", True),
        ("Team of agents", "Five LLM agents split the task.", True),
    ],
)
def test_the_lab_to_build_or_the_team_to_join_is_collaboration(
    tmp_path: Path, title: str, body: str, fires: bool
) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Who I want to work with"]
    units = [*units[:-1], (title, body), units[-1]]
    assert bool(by_code(lint_units(tmp_path, units, profile="faculty"), "TL109")) is fires
