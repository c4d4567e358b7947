"""TL102 vision-not-previewed: the vision first appears after the opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_code
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


def test_late_vision(tmp_path: Path) -> None:
    vision = STRONG_UNITS[1]
    late = [STRONG_UNITS[0], *STRONG_UNITS[2:7], vision, *STRONG_UNITS[7:]]
    [finding] = by_code(lint_units(tmp_path, late), "TL102")
    assert finding.slide == 8
    # The opening is the first five content slides, as readers count it: the title slide is not one.
    assert "after the opening (the first 6 of 10 slides)" in finding.message
    # the fix points to the vision slide and asks for its one sentence early, quoting no title as if it were one
    assert finding.fix.startswith(f"Preview the vision by slide 6: say in one sentence what slide 8 '{vision[0]}' says")
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL102")


def test_a_late_agenda_asks_for_the_direction_it_serves(tmp_path: Path) -> None:
    units = [(t, b.replace("next, my vision", "thank you")) for t, b in STRONG_UNITS if not t.startswith("My vision")]
    [finding] = by_code(lint_units(tmp_path, units), "TL102")
    assert "where the work goes (the agenda) first appears on slide 7 'Research agenda'" in finding.message
    assert finding.fix.startswith("Preview where the work goes by slide 6: one sentence on the long-term goal")
    assert "'Research agenda' (slide 7) works towards" in finding.fix


def test_the_opening_is_counted_in_content_slides(tmp_path: Path) -> None:
    """The first five content slides, however many title and outline slides stand among them."""
    vision, outline_slide = STRONG_UNITS[1], ("Outline", "Problem, idea, results, plans.")
    units = [STRONG_UNITS[0], outline_slide, *STRONG_UNITS[2:5], vision, *STRONG_UNITS[5:]]
    assert not by_code(lint_units(tmp_path, units), "TL102")  # the fifth content slide, on slide 7
    late = [STRONG_UNITS[0], outline_slide, *STRONG_UNITS[2:6], vision, *STRONG_UNITS[6:]]
    assert by_code(lint_units(tmp_path, late), "TL102")


def test_plans_inside_the_opening_of_a_short_talk_are_not_said_to_come_after_it(tmp_path: Path) -> None:
    units = [
        ("Robots fail silently in homes", "Seven in ten failures go unnoticed."),
        ("The idea: predict failure", "The robot learns how confident it should be."),
        ("Future work", "Years 1-2: explain uncertainty; goal: a study in 100 homes."),
        ("Takeaways", "Robots can predict their own failures."),
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL102")
    assert finding.message == (
        "no slide states the vision; where the work goes (the agenda) first appears on slide 4 'Future work'"
    )
    # the fix does not ask to preview the plans "by" a slide they already stand on
    assert finding.fix.startswith("Say where the work goes: one sentence on the long-term goal that 'Future work'")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Looking ahead", "Robots that learn any chore from watching people."),
        ("Where my work is going", "From folding laundry to every chore in the home."),
        ("The larger project", "A science of robots that learn in homes, not in labs."),
        ("The decade ahead", "By 2035, every home robot should learn a new chore from one demonstration."),
    ],
)
def test_where_the_work_goes_said_as_the_talk_opens_previews_the_vision(tmp_path: Path, title: str, body: str) -> None:
    units = [(t, b.replace("next, my vision", "thank you")) for t, b in STRONG_UNITS if not t.startswith("My vision")]
    assert not by_code(lint_units(tmp_path, [units[0], (title, body), *units[1:]]), "TL102")
