"""TL105 missing-impact: no slide says what changed because of the work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import (
    assert_fires_when_the_part_is_missing,
    lint_units,
    replace,
)


def test_fires_when_the_slide_is_missing(tmp_path: Path) -> None:
    assert_fires_when_the_part_is_missing(tmp_path, "TL105", "Impact: a manufacturer ships it")


def test_a_conference_talk_is_not_asked_for_impact(tmp_path: Path) -> None:
    """New work shown at a conference has no uptake yet: the conference profile does not ask for it."""
    units = [u for u in STRONG_UNITS if u[0] != "Impact: a manufacturer ships it"]
    assert by_code(lint_units(tmp_path, units), "TL105")
    assert not by_code(lint_units(tmp_path, units, profile="conference"), "TL105")


def test_impact_phrasing_what_this_enables(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 4, ("What this enables", "Two labs now build on our estimator."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize(
    "uptake",
    [
        ("Phoenix adopted the index for its 2025 cooling-centre plan", "Eight new centres."),  # told in the title
        ("What happened next", "- Twelve cities now use the index\n- Eight new centres"),  # told in the text
    ],
)
@pytest.mark.parametrize(
    ("method", "impact"),
    [
        (("Building the index", "Inputs: renters, building age, tree canopy."), True),  # the talk built the index
        (("A heat-risk index", "Our index weighs renters and tree canopy."), True),  # the talk's own index
        (("Heat-risk indices", "Cities weigh renters and tree canopy."), False),  # an index the talk never owns
        (("How we score heat risk", "I developed a heat-risk index for cities."), True),  # the speaker builds it
        (("How we score heat risk", "I study the heat-risk index that cities use."), False),  # studied, not built
    ],
)
def test_others_taking_up_the_thing_the_talk_calls_its_own_is_impact(
    tmp_path: Path, method: tuple[str, str], impact: bool, uptake: tuple[str, str]
) -> None:
    units = replace(STRONG_UNITS, 2, method)
    units = replace(units, 4, uptake)
    assert (not by_code(lint_units(tmp_path, units), "TL105")) is impact


@pytest.mark.parametrize(
    ("body", "impact"),
    [
        # "this work" and "this paper" are the speaker's, as "our work" is
        ("The Hunger Safety Net Programme cited this work when it moved its payments to phones in 2023.", True),
        ("This work builds on the Hunger Safety Net Programme's payment records.", False),  # the work's own sources
        # a payer paying for the speaker's work takes it up, as a buyer does
        ("Since 2025, Pennsylvania Medicaid pays for our program.", True),
        ("Our program pays for itself within a year.", False),
    ],
)
def test_uptake_of_this_work_or_paid_for_by_others_is_impact(tmp_path: Path, body: str, impact: bool) -> None:
    units = replace(STRONG_UNITS, 4, ("What happened next", body))
    assert (not by_code(lint_units(tmp_path, units), "TL105")) is impact


def test_impact_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Method"}, {"title": "Results"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL105")
    slides.append({"title": "Deployed in 3 hospitals", "bullets": ["used by 1,400 clinicians"]})
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL105")


@pytest.mark.parametrize(
    "title",
    [
        "In use today",
        "Used in practice",
        "Our estimator in the wild",
        "Who is using it",
        "Who uses it today",
        "From paper to product",
    ],
)
def test_the_work_out_in_the_world_in_the_speakers_words_is_impact(tmp_path: Path, title: str) -> None:
    units = replace(STRONG_UNITS, 4, (title, "Three hospitals run it every day."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize(
    "title",
    [
        "Beyond academia",
        "Influence on policy",
        "From paper to policy",
        "Research to practice",
        "From bench to bedside",
        "Impact on policy",
        "Impact on clinical practice",
        "Impact of our tool on clinical practice",
        "Impact of Girls Who Code",  # the speaker's outreach programme, named
    ],
)
def test_the_work_out_of_the_university_or_in_policy_is_impact(tmp_path: Path, title: str) -> None:
    units = replace(STRONG_UNITS, 4, (title, "Two examples from 2024."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize("title", ["Spin-out", "Our spinout", "Spin-off"])
def test_a_company_made_to_take_the_work_out_is_impact(tmp_path: Path, title: str) -> None:
    units = replace(STRONG_UNITS, 4, (title, "SaltCell, founded in 2025 with two students."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


def test_a_technologys_adoption_in_general_is_no_impact_of_the_work(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 4, ("WebAssembly adoption", "Every major browser runs WebAssembly."))
    assert by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("The planner is used by the robot at every step", "It replans in 2 seconds."),  # a part of the system
        ("Code and data", "The code is MIT licensed and on GitHub."),  # the terms it is shared under
        ("Impact on latency", "Touch adds 40 ms per grasp."),  # a measure the method moves: a result
        ("Impact of minimum wages on employment", "Employment falls 0.3% per 10% increase."),  # an effect estimated
        ("Impacts of the redesign on abandonment", "Abandonment fell from 33% to 27%."),
        # the users of a technology in general, in a relative clause: the world the work lives in
        ("Students who use AI tutors score higher on homework", "But not on exams."),
        # the impact the work may yet have: nobody took it up yet
        ("Potential impact", "This could help millions of older adults live at home."),
        ("Broader impacts", "Home robots could let older adults live at home longer."),
    ],
)
def test_a_part_of_the_system_a_licence_to_share_or_an_effect_measured_is_no_impact(
    tmp_path: Path, title: str, body: str
) -> None:
    units = replace(STRONG_UNITS, 4, (title, body))
    assert by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize(
    "body",
    [
        "The new algorithm was adopted into the default tracking sequence of the experiment.",
        "Best paper award, RSS 2024.",
        "Licensed to two robot makers in 2023.",
        "2,000 downloads per month on PyPI.",
        # who took it up, counted, in the present tense
        "Two companies ship our planner.",
        "Three startups and the Linux kernel ship our scheduler.",  # counted adopters and who else, joined
        "Adopted in two open-source model releases.",  # software others release, counted
        "2,000 users download it every month.",
        "Three hospitals now use our triage model.",
        "The open-source release is used by more than 40 labs.",  # counted with "more than"
        "Developers fixed 64 of the 71 races we reported.",  # the defects it found, fixed by others
        "Two nonprofits are building plants on our process.",  # building on it, as it happens
        "Both fire departments now train with our robot every month.",  # counted adopters who now work with it
        "Farmers in 200 villages plant by our forecasts.",  # adopters in places counted, working by it
        "Our method won the 2024 Kaggle protein challenge.",  # a competition won
        "Three states cited the working paper in 2024 housing bills.",  # documents of policy, counted: no article
        "Two other product teams adopted the cache in Q3.",  # others counted took up "the" thing
        # a blind battery of uptake: recommended where policy is made, merged into a named project, adopters
        # counted who switched to it, replication by others counted
        "The WHO recommends our screening protocol since 2023.",
        "WHO guidelines now recommend our protocol.",
        "Our fix was merged into the Linux kernel.",
        "Three hospitals switched to our protocol.",
        "Replicated by five independent labs.",
        # a regulation called a standard, and a body's rule put on the work
        "Cal/OSHA cited the paper in its 2024 indoor heat standard.",
        "California's heat rule used these estimates.",
        # a course of others by its code, and companies counted that were founded on the work (a blind battery)
        "The technique is taught in Stanford's CS231n since 2023.",
        "Five startups were founded on the library.",
        # the work named by what the speaker made of it, policy it informed or changed, a payer at places counted,
        # and guidelines it is part of (a blind battery of policy uptake)
        "Medicare now reimburses the remote monitoring program we designed.",
        "Our findings informed the UK's 2022 national food strategy.",
        "This thesis led to a change in Dutch tax law.",
        "Our work led to new FDA rules on implant labels.",
        "The state of Ohio funds our tutoring model in 120 schools.",
        "Our screening tool is part of WHO guidelines since 2023.",
        "ERCOT runs our forecasts in its control room.",  # an organisation's own operations
        "Hospitals adopted our checklist.",  # bodies uncounted, with an act of taking up
        "Our ranking model now serves 300 million searches a day at Bing.",  # a load in millions, in production
        "Shipped to all Pixel phones in the March update.",  # to every device of a named line
        "The state legislature cited the trial when it passed the 2024 Teacher Retention Act.",  # the talk's trial
        "The national school-meal program adopted our menus.",  # a public program, in American spelling too
        "Companies bought our sensors.",
        # others counted who ran it, in the past (a change told, since they are others); others uncounted now using
        # it; a team's onboarding that now holds it
        "Three other product teams ran the diary protocol on their own flows.",
        "Other teams now use our method.",
        "The method is now part of the research team's onboarding.",
        # a blind battery of impact: a memory institution that acted on the work, the basis of a named
        # organisation's product, prescribed to thousands, used in the making of named models, cited in a hearing
        # after another participle, licences bought by adopters counted
        "The Museum of London rehung its Roman gallery around our reading of the inscriptions.",
        "Our corpus is the basis of the Oxford English Dictionary's new entries for Nigerian English.",
        "Since 2024, the app has been prescribed to 18,000 patients by NHS GPs.",
        "Our benchmark is used in the evaluations of GPT-5 and Gemini.",
        "Featured in the New York Times and cited in a Senate hearing.",
        "Four school districts in Texas bought licences for the tutor.",
    ],
)
def test_words_that_say_others_took_the_work_up_are_impact_wherever_they_stand(tmp_path: Path, body: str) -> None:
    units = replace(STRONG_UNITS, 4, ("Where it went", body))
    assert not by_code(lint_units(tmp_path, units), "TL105")


@pytest.mark.parametrize(
    "body",
    [
        "We adopt it as the base interface between the building blocks.",
        "Our pruned network can be deployed on small devices.",
        "12 users used the prototype for two weeks.",  # a user study
        "The survey was used by more than 40 users.",  # a study's participants, counted
        "Both hospitals now struggle with our backlog.",  # what they suffer, not what they took up
        "We won the challenge of scaling to 40 homes.",  # a difficulty overcome, no competition
        "Farmers in 200 villages plant maize.",  # no work of the speaker's
        "Many people use spreadsheets to plan their week.",  # the world the work lives in
        "We cited the study in the report to the funder.",  # the speaker citing, not a policy maker
        "We and two other labs adopted the protocol.",  # the speaker took it up with others
        "Three other groups use the same dataset.",
        "Reviewers recommended our paper for the award track.",  # a paper's review, no policy
        "We recommend our method for small datasets.",
        "Two teams migrated to the cloud.",
        "Replicated by the authors on a second dataset.",
        "Smith cited our paper in the standard textbook.",  # "standard" as an adjective: a scholar's citation
        "I taught the method in CS101 last year.",  # the speaker's own course
        "We founded the lab on two principles.",
        "Our value estimates shape the policy during training.",  # a learned policy, not a public one
        "Our results led to a new scaling law.",  # a law of nature
        "These findings guided the design of the second study.",
        "NSF funds our project.",  # funding the research, no places counted
        "The model we designed has two layers.",
        "Gurobi runs our cuts in its branch-and-bound search.",  # inside a method, not its operations
        "Hospitals use our checklist to triage.",  # a use the design may intend
        "Our pipeline handles 20,000 queries per second on a test cluster.",  # a benchmark's throughput
        "Our draft was shipped to all reviewers in May.",  # a paper's readers, not a product's
        "The Supreme Court cited the Coleman Report in 1954.",  # a work by its name, not the talk's
        "Participating hospitals adopted our checklist for the trial.",  # a study's own
    ],
)
def test_the_speakers_own_choice_or_what_a_method_can_do_is_no_impact(tmp_path: Path, body: str) -> None:
    units = replace(STRONG_UNITS, 4, ("Where it went", body))
    assert by_code(lint_units(tmp_path, units), "TL105")
