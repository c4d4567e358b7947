"""TL107 arc-out-of-order: the story is told out of order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_code, lint, write
from tests.rules.decks import STRONG_UNITS, marp
from tests.rules.narrative import lint_units


def test_results_before_problem(tmp_path: Path) -> None:
    units = [("Results: 2x faster", "Table of numbers 1 2 3"), *STRONG_UNITS]
    [finding] = by_code(lint_units(tmp_path, units), "TL107")
    assert "results come first (slide 2" in finding.message


def test_agenda_inside_results(tmp_path: Path) -> None:
    more = [("Results: more", "Error fell by 20%."), ("Results: in the field", "Owners asked for it in 9 of 10 homes.")]
    units = [*STRONG_UNITS[:4], STRONG_UNITS[6], *more, *STRONG_UNITS[7:]]
    findings = by_code(lint_units(tmp_path, units), "TL107")
    assert [f.message for f in findings] == ["the agenda (slide 6 'Research agenda') sits in the middle of the results"]


def test_a_talk_told_in_pictures_and_notes_with_its_agenda_before_the_takeaways_passes(tmp_path: Path) -> None:
    # Untitled picture slides leave the model unsure; the takeaways and the thanks after the agenda are no results.
    notes = [
        "Coral reefs are loud. Healthy reefs crackle with snapping shrimp.",
        "Degraded reefs go quiet: we lose half the sound within two years of bleaching.",
        "My goal is a world where every reef is monitored by its sound, for a dollar a day.",
        "We built a $40 hydrophone that records for six months.",
        "We deployed 120 of them across three countries.",
        "Sound predicted coral cover with 87% accuracy.",
        "The Ghana Fisheries Commission now uses our acoustic index.",
        "Next: years 1-2, a network of 1,000 hydrophones; years 3-5, a global reef sound map.",
        "Three messages: reefs can be heard; sound tracks their health; listening is cheap.",
        "Thank you.",
    ]
    slides = ["# Seeing Sound Under Water\n\nAmi Tanaka"]
    slides += [f"![](img{n}.jpg)\n\n<!-- {note} -->" for n, note in enumerate(notes)]
    assert not by_code(lint(write(tmp_path, "talk.md", marp(*slides))), "TL107")


def test_a_talk_told_in_order_passes(tmp_path: Path) -> None:
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL107")


BACKGROUND_OPENING = [
    ("Related work", "Smith et al. propose kernels; Lee et al. prune them."),
    ("Notation", "We denote the input by x and define the kernel k."),
    ("Background", "Definitions of attention from prior work."),
]


@pytest.mark.parametrize("named", [False, True])
def test_an_opening_of_related_work_is_missing_motivations_finding_alone(tmp_path: Path, named: bool) -> None:
    # Named in their words, the problem is stated (as readers see it); unnamed, missing-motivation says so.
    units = [(title, f"{body} They fail on sparse inputs." if named else body) for title, body in BACKGROUND_OPENING]
    result = lint_units(tmp_path, [*units, *STRONG_UNITS[2:]])
    assert not by_code(result, "TL107")
    assert bool(by_code(result, "TL104")) is not named


def test_results_after_a_slide_that_names_the_problem_are_not_first() -> None:
    """The problem may be named on a slide the role model reads as background ("Why prediction?" with a
    picture): results after it are in their place."""
    from types import SimpleNamespace

    from talklint.analysis.roles import SlideRoles
    from talklint.analysis.story import Story
    from talklint.model import Paragraph, Slide
    from talklint.rule import NoOptions
    from talklint.rules.arc_out_of_order import check

    titles = ["Prediction in learning", "Setup", "Results: timecourse", "Results: growth curves", "Questions?"]
    slides = tuple(Slide(number=n, title=t, blocks=(Paragraph(t),)) for n, t in enumerate(titles, 1))

    def lint_story(first: SlideRoles, sure: float = 0.8) -> list[str]:
        roles = (first, SlideRoles("background", 0.5), *(SlideRoles("results", sure),) * 2, SlideRoles("closing", 1.0))
        context = SimpleNamespace(analysis=SimpleNamespace(judged_story=Story(slides, roles, (0.0,) * 5)))
        return [problem.message for problem in check(context, NoOptions())]  # type: ignore[arg-type]

    assert lint_story(SlideRoles("background", 0.5, mentions=frozenset({"motivation"}))) == []
    assert lint_story(SlideRoles("background", 0.5)) == [
        "results come first (slide 3 'Results: timecourse') before any problem or approach slide"
    ]
    # The approach by the slide's own evidence, though its neighbours made it results ("Empirical strategy"
    # after a "Data" slide): the results after it are in their place.
    own_evidence = SlideRoles("results", 0.28, probabilities={"approach": 0.4, "results": 0.28, "background": 0.19})
    assert lint_story(own_evidence) == []
    # Results by a lean of the sequence, not by the slides' own evidence ("Scholarly Data" with a picture): no claim.
    assert lint_story(SlideRoles("background", 0.5), sure=0.36) == []
