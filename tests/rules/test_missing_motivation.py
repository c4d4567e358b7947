"""TL104 missing-motivation: the talk does not open with the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


def test_opening_with_related_work(tmp_path: Path) -> None:
    units = [
        ("Related work", "Smith 2019, Jones 2020."),
        ("Notation", "Let x be"),
        ("Our kernel", "Tiles."),
        *STRONG_UNITS[3:],
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL104")
    assert (
        "the talk opens with background (slide 2 'Related work'), background (slide 3 'Notation'), approach"
        in finding.message
    )
    assert "Open with the problem: before slide 2" in finding.fix


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        # under a title that names the speaker's own method, a word of trouble tells the method
        ("My framework", True),
        ("Our approach: two speeds", True),
        # under a title that names no part, the same words state the problem
        ("Crime responds at two speeds", False),
    ],
)
def test_a_word_of_trouble_under_the_speakers_method_states_no_problem(tmp_path: Path, title: str, fires: bool) -> None:
    units = [
        ("Related work", "Smith 2019, Jones 2020."),
        ("Notation", "Let x be"),
        (title, "Fighting crime fast and slow."),
    ]
    assert bool(by_code(lint_units(tmp_path, [*units, *STRONG_UNITS[3:]]), "TL104")) is fires


def test_motivation_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Related work"}, {"title": "Notation"}, {"title": "Method"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL104")


def test_a_talk_that_opens_with_its_problem_passes(tmp_path: Path) -> None:
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL104")


@pytest.mark.parametrize(
    "opening",
    [
        ("Preferences are ubiquitous", "Every recommender, vote and purchase encodes them."),
        ("The dilemma of quantum computing?", "Physics is continuous; computers are discrete."),
        ("The trouble with existing tools", "Each one sees a single device."),
        ("Part-scale simulation: impossible", "A single layer takes a week on a cluster."),
        ("Homes are messy", "Grasping works in labs, not in kitchens."),
        ("Annotation is tedious", "A student labels 40 images an hour."),
        ("Why should you care?", "30 million home robots are sold a year."),
        ("Opening", "Stakes: 30 million home robots are sold a year, most end up in a drawer."),
        ("A robot in my kitchen", "It dropped every third cup. My grandmother gave up on it."),  # a story hook
        ("Grasp planners take seconds", "Warehouses pick 1,000 items an hour."),  # too slow, told without a number
        ("Training takes weeks", "Each new robot needs its own model."),
        # the mystery a science talk opens with: evidence that does not agree
        ("The Hubble tension: two rulers disagree by 5σ", "Supernovae give 73, the early universe 67."),
        ("The cosmic lithium mystery", "Old stars hold a third of the lithium the Big Bang made."),
        # trust lost, things going wrong, products sent back, a market that stalls
        ("Robots return to the shop", "1 in 3 home robots is sent back within 90 days."),
        ("Owners stop trusting robots after one surprise", "One broken cup and the robot is switched off."),
        ("What goes wrong at home", "Robots knock over cups and jam on cables."),
        ("A $4B market stalls", "Home-robot sales are flat since 2021."),
        ("Status quo", "Robots grasp blindly and owners clean up after them."),
        ("What keeps me up at night", "Robots drop one object in ten."),
        # what people rely on has fallen behind, under a plain heading of a talk's plan
        ("Opening", "Insurance maps are decades old and miss where water actually goes."),
        ("Flood maps are stale", "Cities plan with them anyway."),
        # how things are in the world, in a sentence with no word of trouble
        ("Rural hospitals are closing", "136 closed in the last decade."),
        # how many people it befalls, and a change that goes on
        ("Patients skip doses", "A quarter of patients skip doses to save money."),
        ("One in four diabetics rations insulin", "Rationing leads to emergency visits."),
        ("A record follows you for life", "One in three American adults has a criminal record."),
        ("Drug prices keep rising", "List prices of insulin tripled between 2002 and 2013."),
        # a trouble word's "-ed" form, whose verb ends in a silent "e"
        ("Solar power is wasted every afternoon", "California curtailed 2.4 TWh of solar in 2023."),
    ],
)
def test_a_title_that_states_the_stakes_opens_with_the_problem(tmp_path: Path, opening: tuple[str, str]) -> None:
    units = [opening, ("Notation", "Let x be"), ("Our kernel", "Tiles."), *STRONG_UNITS[3:]]
    assert not by_code(lint_units(tmp_path, units), "TL104")


@pytest.mark.parametrize(
    ("stakes", "fires"),
    [
        ("- Policy debate: a $15 federal minimum wage\n- Low-wage workers in routine jobs are most exposed", False),
        ("- Older drivers are at risk at night", False),
        ("- We use county data from 2000 to 2019", True),
    ],
)
def test_who_is_exposed_or_the_debate_the_work_informs_states_the_stakes(
    tmp_path: Path, stakes: str, fires: bool
) -> None:
    question = ("Research question", f"- Do higher minimum wages push firms to automate routine jobs?\n{stakes}")
    units = [question, ("Notation", "Let x be"), ("Our kernel", "Tiles."), *STRONG_UNITS[3:]]
    assert bool(by_code(lint_units(tmp_path, units), "TL104")) is fires


@pytest.mark.parametrize(
    ("question", "fires"),
    [
        ("- Most trade ran on credit, not coin\n- But how did strangers come to trust a letter?", False),
        ("- Most trade ran on credit, not coin\n- Yet why did merchants lend to people they never met?", False),
        ("In 1380s Florence, most trade ran on credit. But how did strangers come to trust a letter?", False),
        # what the past did, asked: the historian's question
        ("- News reached London 40 days late\n- What did instant news do to how Britain ruled India?", False),
        ("- News reached London 40 days late\n- How did we build the archive?", True),  # the speaker's own step
        # ... who did it, or what happened
        ("- Stamped by four consulates in six weeks\n- Who decided which state he belonged to?", False),
        ("- Villages emptied in 1948\n- What happened to the land they left?", False),
        ("- Stamped by four consulates in six weeks\n- What changed when we scanned them?", True),  # the speaker's
        # the audience addressed, or a short question about a step, is no puzzle the talk takes on
        ("- Most trade ran on credit, not coin\n- But do you know what a letter said?", True),
        ("- Most trade ran on credit, not coin\n- But does it scale?", True),
    ],
)
def test_a_question_opened_by_but_poses_the_puzzle_the_talk_takes_on(
    tmp_path: Path, question: str, fires: bool
) -> None:
    units = [("A merchant's promise", question), ("Notation", "Let x be"), ("Our kernel", "Tiles.")]
    assert bool(by_code(lint_units(tmp_path, [*units, *STRONG_UNITS[3:]]), "TL104")) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        # who or what a method or a system leaves out is the problem a fairness talk opens with
        ("- Loans and school districts are clustered\n- Standard k-means ignores who ends up together", False),
        ("- Rural patients are overlooked by triage models", False),
        ("- Loans are priced unfairly for renters", False),
        # the method's own leaving out is an approximation, not a problem
        ("- We ignore the boundary terms\n- Recoil may be neglected", True),
    ],
)
def test_who_a_system_leaves_out_states_the_problem(tmp_path: Path, body: str, fires: bool) -> None:
    units = [("Clustering decides who gets what", body), ("Notation", "Let x be"), ("Our kernel", "Tiles.")]
    assert bool(by_code(lint_units(tmp_path, [*units, *STRONG_UNITS[3:]]), "TL104")) is fires


def test_a_share_of_a_studys_sample_or_of_things_states_no_problem(tmp_path: Path) -> None:
    for opening in [("Data", "40% of the patients are women."), ("Sparsity", "40% of the parameters are zero.")]:
        units = [opening, ("Notation", "Let x be"), ("Our kernel", "Tiles."), *STRONG_UNITS[3:]]
        assert by_code(lint_units(tmp_path, units), "TL104"), opening


def test_what_takes_only_minutes_or_a_number_of_seconds_states_no_problem(tmp_path: Path) -> None:
    units = [("Setup only takes minutes", "Plug in the camera."), ("Our planner takes 50 ms", "On a laptop.")]
    units += [("Notation", "Let x be"), *STRONG_UNITS[3:]]
    assert by_code(lint_units(tmp_path, units), "TL104")


def test_a_sentence_about_the_works_own_parts_states_no_problem(tmp_path: Path) -> None:
    units = [("The controller runs at 1 kHz", "A PID loop on the joint torques."), ("Notation", "Let x be")]
    units += [("Our kernel", "Tiles."), *STRONG_UNITS[3:]]
    assert by_code(lint_units(tmp_path, units), "TL104")


def test_a_body_that_calls_its_subject_pervasive_states_no_problem(tmp_path: Path) -> None:
    units = [
        ("What is DNS?", "DNS is everywhere: every connection starts with a pervasive lookup."),
        ("Notation", "Let x be"),
        ("Our kernel", "Tiles."),
        *STRONG_UNITS[3:],
    ]
    assert by_code(lint_units(tmp_path, units), "TL104")


@pytest.mark.parametrize(
    ("opening", "fires"),
    [
        # the word inside a hyphenated compound names the compound: physics "matter", a cheap part
        (("Light-matter interaction in a broader context", "Atoms scatter light."), True),
        (("Cost-effective sensors", "Each board has a radio."), True),
        # the same words on their own state the stakes
        (("Why light scattering matters", "Atoms scatter light."), False),
        (("The cost of sensing", "Each board has a radio."), False),
        # a list item's hyphen joins nothing: "- Challenges" still names the problem
        (("Kernel crashes", "- Challenges:\n- builds take an hour"), False),
    ],
)
def test_a_word_inside_a_hyphenated_compound_states_no_problem(
    tmp_path: Path, opening: tuple[str, str], fires: bool
) -> None:
    units = [opening, ("Notation", "Let x be"), ("Our kernel", "Tiles."), *STRONG_UNITS[3:]]
    assert bool(by_code(lint_units(tmp_path, units), "TL104")) is fires


XARINGAN = """---
title: "Causal inference when treatments spill over"
output: xaringan::moon_reader
---

class: center, middle

# Causal inference when treatments spill over

---

# {second}

---

# My research program

I build causal methods for connected populations.

---

# Setting

Units on a network.

---

# Results

Bias falls from 38% to 3%.

---

# Thank you
"""


def test_the_title_page_shown_twice_is_no_content_slide(tmp_path: Path) -> None:
    """xaringan shows a title page from the front matter and the speaker's own: both are the title, and the
    problem on the next slide still opens the talk."""
    second = "Standard estimators understate the benefit\n\n- When treatments spill over, by up to 40%"
    path = tmp_path / "talk.Rmd"
    path.write_text(XARINGAN.format(second=second), encoding="utf-8")
    assert not by_code(lint(path), "TL104")
    path.write_text(XARINGAN.format(second="Estimators\n\n- Horvitz and Thompson, 1952"), encoding="utf-8")
    [finding] = by_code(lint(path), "TL104")
    assert "slide 2" not in finding.message  # the speaker's own title page is no slide of the opening


def test_work_kept_waiting_over_its_budget_is_the_problem(tmp_path: Path) -> None:
    """An ML-engineer onsite opens on a system kept waiting ("Checkout waits on the fraud model") and a number over
    its budget: the problem, though the title names a model. "Wait-free queues" names a kind of data structure."""
    body = (
        "- p99 latency was 80 ms; checkout's budget for it is 20 ms\n"
        "- Over budget, checkout skips the model and approves blind: 0.4% of payments"
    )
    rest = "## Fix 1: one feature store read\n\n- Precomputed joins\n\n## Fix 2: a small model\n\n- 1.1 ms on CPU"
    waiting = f"# Faster fraud checks\n\n## Checkout waits on the fraud model\n\n{body}\n\n{rest}\n"
    assert not by_code(lint(write(tmp_path, "waiting.md", waiting)), "TL104")
    queues = f"# Faster fraud checks\n\n## Wait-free queues\n\n- No thread ever blocks\n\n{rest}\n"
    assert by_code(lint(write(tmp_path, "queues.md", queues)), "TL104")


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("The narrator never agreed; the platform paid her nothing", True),
        ("Voices are cloned without consent and sold as audiobooks", True),
        ("Courts split on whether a voice is likeness", True),
        ("All 40 narrators gave written consent to the study", False),
    ],
)
def test_what_is_taken_without_consent_and_a_law_courts_split_on_state_the_problem(
    tmp_path: Path, line: str, stated: bool
) -> None:
    """A law talk opens on harm done without consent, or on courts that disagree: the problem, in so many words."""
    opening = f"## A cloned voice sold 40,000 audiobooks last year\n\n- {line}\n- Sales doubled in 2025"
    rest = "## My argument\n\n- Consent, not copyright\n\n## Three existing doctrines\n\n- Copyright, publicity, GDPR"
    talk = f"# Who Owns a Voice?\n\n{opening}\n\n{rest}\n"
    assert (not by_code(lint(write(tmp_path, "talk.md", talk)), "TL104")) is stated
