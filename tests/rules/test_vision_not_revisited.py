"""TL111 vision-not-revisited: the closing does not return to the vision."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write
from tests.rules.decks import STRONG_UNITS, marp
from tests.rules.narrative import lint_units


def test_vision_not_revisited(tmp_path: Path) -> None:
    units = [
        *STRONG_UNITS[:6],
        ("Who I want to work with", "HCI colleagues."),
        ("More results", "3 minutes on average."),
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL111")
    assert finding.severity.value == "info"
    assert "is not revisited" in finding.message
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL111")


def test_a_closing_slide_that_says_the_vision_again_returns_to_it(tmp_path: Path) -> None:
    units = [
        *STRONG_UNITS[:6],
        ("More results", "3 minutes on average."),
        ("Answered", "Robots that know what they do not know: every home robot asks for help, now in 40 homes."),
    ]
    assert not by_code(lint_units(tmp_path, units), "TL111")
    unrelated = [*units[:-1], ("Answered", "Our estimator is fast and small, and it is open source.")]
    assert by_code(lint_units(tmp_path, unrelated), "TL111")


def test_thanks_references_and_questions_do_not_push_the_agenda_out_of_the_closing(tmp_path: Path) -> None:
    ending = [("Acknowledgements", "NSF and my advisor."), ("References", "[1] Kim 2024."), ("Questions?", "")]
    units = [*STRONG_UNITS[:6], STRONG_UNITS[6], ("More results", "3 minutes on average."), *ending]
    assert not by_code(lint_units(tmp_path, units), "TL111")
    without_agenda = [*STRONG_UNITS[:6], ("Extra results", "Two more homes."), ("More results", "3 minutes."), *ending]
    assert by_code(lint_units(tmp_path, without_agenda), "TL111")


def test_an_agenda_told_in_a_title_alone_returns_to_where_the_work_goes(tmp_path: Path) -> None:
    """ "Next: …" as a slide's whole text is no content slide, but among the last slides it is the agenda."""
    slides = [
        "# Algorithms in the Courtroom",
        "## Judges now see risk scores before bail decisions\n\n- 1 in 3 US counties uses one",
        "## My argument\n\nDue process requires that a defendant can contest any score used against them.",
        "## What the statute says\n\n- Courts may consider any relevant information",
        "## Three reforms\n\n1. Disclosure\n2. Validation\n3. Explanation",
        "## Adopted in New Jersey\n\n- The 2024 bail rules require input disclosure, citing this work",
        "## NEXT",
        "## Conclusion\n\n- Secret scores violate due process",
        "# Thank you",
    ]
    with_agenda = marp(*[s.replace("NEXT", "Next: a casebook on algorithmic evidence (2027)") for s in slides])
    assert not by_code(lint(write(tmp_path, "a.md", with_agenda)), "TL111")
    without = marp(*[s.replace("NEXT", "Discussion of the doctrine") for s in slides])
    assert by_code(lint(write(tmp_path, "b.md", without)), "TL111")


def test_aims_summed_up_in_another_form_return_to_them(tmp_path: Path) -> None:
    aims = "Improve grasp planning for home robots. Predict failures before they happen. Contribute robot datasets."
    summary = "Improved grasp planning for home robots; predicted failures before they happened; contributed datasets."
    units = [STRONG_UNITS[0], ("My goals", aims), *STRONG_UNITS[2:6], ("More results", "3 minutes on average.")]
    assert not by_code(lint_units(tmp_path, [*units, ("Summary", summary)]), "TL111")


def test_a_vision_asked_as_a_question_is_answered_by_the_conclusions(tmp_path: Path) -> None:
    question = ("Research question", "When workers can live anywhere, do firms still pay more in expensive cities?")
    units = [STRONG_UNITS[0], question, *STRONG_UNITS[2:6], ("More results", "3 minutes on average.")]
    answer = ("Conclusion", "Remote work compresses the wage map, but firms keep location-based pay.")
    assert not by_code(lint_units(tmp_path, [*units, answer]), "TL111")
    assert by_code(lint_units(tmp_path, [*units, ("Extra results", "Two more cities.")]), "TL111")


def test_a_vision_stated_among_the_last_slides_of_a_short_talk_is_where_it_closes(tmp_path: Path) -> None:
    """In a short talk the opening reaches the last slides: a vision stated there needs no return."""
    units = [
        ("Robots fail silently", "Seven in ten home-robot failures go unnoticed by their owners."),
        ("Predicting failure from the grasp", "A classifier reads the grasp and the scene."),
        ("Silent failures fell from 70% to 31%", "In 40 homes over two weeks."),
        ("Owners trusted the robot more", "Trust ratings rose from 3.1 to 3.9."),
        ("Where this goes", "I want home robots that ask for help before they fail.\n\n- Next year: 100 homes"),
        ("Takeaways", "Robots can predict their own failures; asking builds trust."),
        ("Questions?", ""),
    ]
    assert not by_code(lint_units(tmp_path, units), "TL111")
