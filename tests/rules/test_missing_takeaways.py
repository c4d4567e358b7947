"""TL106 missing-takeaways: the talk does not end on its takeaways."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


def test_ends_on_questions(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Takeaways"] + [("Questions?", "")]
    units = [(t, b) for t, b in units if t not in ("Who I want to work with", "What I learned")] + [("Thank you", "")]
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert "the talk ends on slide 9 'Thank you'" in finding.message  # the main talk ends at its last closing slide
    assert "put a 'Takeaways' slide before it with your 2-3 messages" in finding.fix


@pytest.mark.parametrize("thanks", ["Danke!", "Merci !", "Gracias", "Obrigada"])
def test_thanks_in_the_speakers_own_language_close_an_english_talk(tmp_path: Path, thanks: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Takeaways"] + [("Questions?", "")]
    units = [(t, b) for t, b in units if t not in ("Who I want to work with", "What I learned")] + [(thanks, "")]
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert f"the talk ends on slide 9 '{thanks}'" in finding.message


def test_a_summary_that_the_thanks_pushed_out_of_the_last_slides_is_moved_not_added(tmp_path: Path) -> None:
    thanks = [("Acknowledgments", "My advisor Pat, for six years of patience."),
              ("Funding", "The NSF and the Sloan Foundation funded this work."),
              ("Collaborators", "Ana, Ben and Chen built the robots with me."), ("Questions?", "")]  # fmt: skip
    units = [u for u in STRONG_UNITS if u[0] not in ("Who I want to work with", "What I learned")] + thanks
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert finding.fix.startswith("Move slide 8 'Takeaways' to just before slide 12")
    assert finding.fix.endswith("(4 slides follow it now)")
    # a summary of one part, with more results after it, is no ending to move
    units = [*units[:-4], ("Results: the second study", "Failures fell again, to 20%."), *thanks]
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert "put a 'Takeaways' slide before it" in finding.fix


def test_an_untitled_last_slide_is_named_by_its_number(tmp_path: Path) -> None:
    slides = [
        {"title": "Robots that ask", "layout": 0},
        {"title": "Robots fail silently", "bullets": ["7 in 10 failures go unnoticed"]},
        {"title": "Method", "bullets": ["We predict failure"]},
        {"layout": 6, "picture": True, "alt": "our lab robot in a kitchen"},
    ]
    [finding] = by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL106")
    assert finding.message.endswith("the talk ends on slide 4")
    assert finding.fix.startswith("The talk ends on slide 4: put a 'Takeaways' slide")


def test_takeaways_pptx_and_backup_ignored(tmp_path: Path) -> None:
    slides = [
        {"title": "Talk", "layout": 0},
        {"title": "Method"},
        {"title": "Summary"},
        {"title": "Backup"},
        {"title": "Proof"},
    ]
    assert not by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL106")
    slides[2] = {"title": "Questions?"}
    assert by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL106")


def test_a_run_of_thank_you_slides_is_one_ending(tmp_path: Path) -> None:
    thanks = [("Thank you!", f"Photo {n} of the lab") for n in range(1, 5)]
    assert not by_code(lint_units(tmp_path, [*STRONG_UNITS, *thanks]), "TL106")
    without_takeaways = [u for u in STRONG_UNITS if u[0] != "Takeaways"]
    assert by_code(lint_units(tmp_path, [*without_takeaways, *thanks]), "TL106")


def test_ending_on_the_lessons_learned_is_ending_on_takeaways(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    lessons = ("What I learned", "Ask the user early; measure trust, not accuracy; small studies teach the most.")
    assert not by_code(lint_units(tmp_path, [*units, lessons, ("Questions?", "")]), "TL106")
    assert by_code(lint_units(tmp_path, [*units, ("Questions?", "")]), "TL106")


def test_the_limits_of_the_work_at_the_end_are_no_takeaways(tmp_path: Path) -> None:
    """ "Limitations" late in the talk are the work looked back on (the lessons role), but not what to take home."""
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    limits = ("Limitations", "Fails on scaffold hops; needs a crystal structure; charged ligands double the error.")
    assert by_code(lint_units(tmp_path, [*units, limits, ("Questions?", "")]), "TL106")


@pytest.mark.parametrize(
    "vision",
    [
        ("The big picture", "Within ten years every home robot should know when to ask for help."),
        ("Home robots of the future", "Robots that know when to ask, and homes that trust them."),
    ],
)
def test_ending_on_the_vision_gives_the_audience_its_message(tmp_path: Path, vision: tuple[str, str]) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned", "Who I want to work with")]
    assert not by_code(lint_units(tmp_path, [*units, vision, ("Questions?", "")]), "TL106")
    assert by_code(lint_units(tmp_path, [*units, ("Questions?", "")]), "TL106")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Three messages per second", "The protocol sends a heartbeat every 330 ms."),  # a protocol's messages
        ("Closing the loop", "The controller feeds the error back into the planner."),
    ],
)
def test_an_ending_that_only_looks_like_the_takeaways_is_not(tmp_path: Path, title: str, body: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    assert by_code(lint_units(tmp_path, [*units, (title, body), ("Questions?", "")]), "TL106")


def test_an_ending_titled_with_a_german_word_for_conclusions_is_the_takeaways(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    fazit = ("Fazit", "Robots can predict their own failures; asking builds trust.")
    assert not by_code(lint_units(tmp_path, [*units, fazit, ("Questions?", "")]), "TL106")


@pytest.mark.parametrize(
    "title",
    [
        "Three things to remember",
        "If you remember one thing",
        "Key points",
        "Main messages",
        "TL;DR",
        "Final thoughts",
        "Closing remarks",
        "Closing",  # the closing part of an outline, which holds the last message
        "Close",
        "What you'll learn from this",
        "What you learned today",
        "The upshot",
        "In sum",
        # the findings counted, the talk's answer
        "Three findings",
        "The answer",
        # the last point, and what the audience learned, asked
        "The punchline",
        "So what did we learn?",
        # a blind battery of endings: the messages counted, the talk in one slide, its case closed
        "Three messages",
        "The one-slide version",
        "Closing argument",
        # the talk said in one sentence
        "In one sentence",
        "The one-sentence version",
    ],
)
def test_an_ending_that_names_what_to_keep_is_the_takeaways(tmp_path: Path, title: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    keep = (title, "Robots can predict their own failures; asking at the right time builds trust.")
    assert not by_code(lint_units(tmp_path, [*units, keep, ("Questions?", "")]), "TL106")


@pytest.mark.parametrize(
    ("notes", "takeaways"),
    [
        ("Three messages: reefs can be heard; sound tracks their health; monitoring can scale.", True),
        ("The handshake takes three messages before the data flows.", False),
        # the wrap-up announced in the notes, and the same words for wrapping a thing
        ("Let me wrap up: reefs can be heard, and listening to them is cheap.", True),
        ("To sum up, reefs can be heard and listening to them is cheap.", True),
        ("We use foam to wrap up each hydrophone before it goes into the water.", False),
    ],
)
def test_the_messages_counted_out_in_a_pictures_notes_are_the_takeaways(
    tmp_path: Path, notes: str, takeaways: bool
) -> None:
    slides = [
        {"title": "Listening to coral reefs", "layout": 0},
        {"title": "Reefs are going silent", "bullets": ["Bleached reefs fall quiet", "We lose 14% of cover a decade"]},
        {"title": "My goal: every reef monitored by sound", "bullets": ["A global acoustic census within ten years"]},
        {"title": "Sound predicts reef health", "picture": True},
        {"title": "Next five years", "bullets": ["Years 1-2: 200 reefs", "Years 3-5: an open acoustic atlas"]},
        {"title": None, "picture": True, "notes": notes},
        {"title": "Thank you"},
    ]
    found = by_code(lint(build_pptx(tmp_path / "reef.pptx", slides)), "TL106")
    assert not found if takeaways else found


def test_a_sentence_that_only_mentions_remembering_is_no_takeaway(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    aside = ("Robots remember every room", "The map is kept between visits, so the robot remembers where it failed.")
    assert by_code(lint_units(tmp_path, [*units, aside, ("Questions?", "")]), "TL106")


@pytest.mark.parametrize(
    ("title", "takeaways"),
    [("Contributions welcome!", False), ("Contributions are welcome", False), ("Contributions", True)],
)
def test_a_call_for_contributors_to_the_code_is_no_recap_of_the_contributions(
    tmp_path: Path, title: str, takeaways: bool
) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned")]
    body = "A tactile grasp score and a recovery controller." if takeaways else "Open an issue or a pull request."
    found = by_code(lint_units(tmp_path, [*units, (title, body), ("Questions?", "")]), "TL106")
    assert not found if takeaways else found


@pytest.mark.parametrize(
    ("title", "body", "takeaways"),
    [
        ("Closing", "Robots can predict their own failures; asking at the right time builds trust.", True),
        ("Closing: three lessons", "Predict failure; ask at the right time; earn trust.", True),
        # a gap closed or a loop closed, a close-up: a last result, not the talk's closing part
        ("Closing the sim-to-real gap", "The estimator transfers from simulation with no fine-tuning.", False),
        ("Close-up of the gripper", "Two tactile pads on each finger.", False),
    ],
)
def test_closing_ends_the_talk_only_as_the_head_of_the_title(
    tmp_path: Path, title: str, body: str, takeaways: bool
) -> None:
    assert _ends_without_takeaways(tmp_path, (title, body)) is not takeaways


def test_a_claim_after_the_agenda_that_names_no_part_recaps_the_talk(tmp_path: Path) -> None:
    # The model, reading the slide alone right after the plans, may take it for more of the agenda.
    recap = ("Rebates drive insulin prices", "- 60% of the rise\n- A ban cuts what patients pay by 40%")
    assert not _ends_without_takeaways(tmp_path, recap)
    # a topic after the plans is no recap, and the talk still lacks its takeaways
    robustness = ("Robustness", "- Results hold with 2014 data\n- Alternative rebate measures")
    assert _ends_without_takeaways(tmp_path, robustness)


@pytest.mark.parametrize(
    ("title", "body", "takeaways"),
    [
        # a title that names nothing over lines that each state a claim: the talk's claims, said again
        ("Three points", "- Robots that ask fail half as often\n- Owners keep robots that ask", True),
        ("Where we stand", "- Touch senses slip before a drop\n- Asking at the right time earns trust", True),
        # plans, a line that is no claim, one line alone: no recap
        ("Three points", "- We will teach robots to ask\n- Owners will keep robots that ask", False),
        ("Three points", "- Robots that ask fail half as often\n- Soft objects", False),
        ("Three points", "- Robots that ask fail half as often", False),
    ],
)
def test_claims_under_a_title_that_names_nothing_after_the_agenda_recap_the_talk(
    tmp_path: Path, title: str, body: str, takeaways: bool
) -> None:
    assert _ends_without_takeaways(tmp_path, (title, body)) is not takeaways


def _ends_without_takeaways(tmp_path: Path, last: tuple[str, str]) -> bool:
    """Whether TL106 fires on the strong talk without its takeaways, lessons and collaborators, which then ends on its
    research agenda, ``last`` and "Questions?"."""
    units = [u for u in STRONG_UNITS if u[0] not in ("Takeaways", "What I learned", "Who I want to work with")]
    assert units[-1][0].startswith("Research agenda")
    return bool(by_code(lint_units(tmp_path, [*units, last, ("Questions?", "")]), "TL106"))
