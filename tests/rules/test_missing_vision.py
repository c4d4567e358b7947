"""TL101 missing-vision: no slide states a vision, a long-term goal or an agenda."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import STRONG_UNITS, outline
from tests.rules.narrative import lint_units, without_vision


def test_missing_vision_fires_and_names_near_misses(tmp_path: Path) -> None:
    units = [
        *without_vision(STRONG_UNITS),
        ("Computer vision results", "Our computer vision model and vision transformers."),
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL101")
    assert finding.severity.value == "error"
    assert "computer vision" in finding.message
    assert "Add a vision slide within the first 6 slides" in finding.fix  # five content slides after the title


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Where I am going next", "Robots in every home."),
        ("The next decade", "Robots in every home."),
        ("What comes next", "We envisioned robots that ask for help."),
        ("Long-term goals", "Robots in every home."),
        ("Future directions", "Robots in every home."),
        # a thesis proposal's and a job talk's plan
        ("Proposed work", "- A benchmark of 50 homes\n- Robots that ask for help"),
        ("My proposed direction", "- A benchmark of 50 homes\n- Robots that ask for help"),
        ("What I would do here", "- Build a home-robot lab with the HCI group\n- Run a 50-home study"),
        ("What my group will do", "- Build a home-robot lab with the HCI group\n- Run a 50-home study"),
        ("Next projects", "- A benchmark of 50 homes"),
        # the claim the whole talk makes, a thesis statement in other words
        ("Main claim", "Robots that model their own uncertainty fail less."),
        ("What I believe", "Robots should know what they do not know."),
        ("Central hypothesis", "Robots that model their own uncertainty fail less."),
        ("This talk in one sentence", "Robots that model their own uncertainty fail less."),
        # a humanist's agenda: the projects and the book to come
        ("Future projects", "- Price protests in Naples and Madrid"),
        ("My next book", "- Price protests in Naples and Madrid, 1760-1820"),
        ("The second book", "- Price protests in Naples and Madrid, 1760-1820"),
        ("Beyond this project", "- Price protests in Naples and Madrid"),
        # a plan laid out in time horizons, whatever its title
        ("My first 18 months with you", "- Months 0-6: audit the robots in homes\n- Months 6-12: ship the estimator"),
        ("How I would spend the grant", "- Short term: a study in 20 homes\n- Long term: one model for all robots"),
        ("Onboarding", "- First month: meet the teams\n- First quarter: a research roadmap with product leads"),
        ("How I'd work here", "- Meet the teams\n- A research roadmap with product leads"),
        ("The book and beyond", "Years 1-3: archives in Naples; years 4-6: Madrid and a comparative book"),  # one line
        ("What I am building toward", "Robots every family can trust."),
        ("What success looks like", "Every home robot asks before it fails, and owners trust them again."),
        ("The bigger picture", "Machines that reason about their own uncertainty."),
        # the end the speaker works toward, said in a sentence under a plain title
        ("This talk", "I work toward robots people can trust without watching them."),
        ("This talk", "I want every home robot to ask before it breaks something."),
        ("This talk", "The long-term aim of my lab: robots that ask first."),
        ("This talk", "The goal of my research is robots that ask before they act."),
        ("Today", "I work toward robots people can trust without watching them."),  # one sentence: no outline
        ("Today", "- I work toward robots people can trust without watching them."),
        ("What's left to do", "- Robots that learn from failure\n- A 50-home study"),
        ("Why this matters to me", "Long-term vision\n\nRobots every family can trust."),  # a block's heading
        # a new hire's plan for the team
        ("What I'd bring to your team", "- Robots that ask for help\n- A 50-home study"),
        (
            "How I would start",
            "- In my first 90 days: audit the robots in homes\n- Within a year: ship the estimator\n"
            "- Longer term: one model for all robots",
        ),
        # a goal word that heads the title or a part of it, whatever qualifies it
        ("Long-term research goals", "Robots that adapt to any object."),
        ("Context: goals and objectives", "Robots that adapt to any object."),
        ("The two aims of my research", "Robots that ask; robots that adapt."),
        ("My lab's mission", "Robots that adapt to any object."),
        ("Where this goes next", "Touch for every robot."),  # where the work goes: its agenda
        ("Next steps for the lab", "Tactile models, then hospital robots."),
        ("Future work on the planner", "Years 1-2: learn from touch."),
        ("Vision in code", "Every robot ships our grasp library."),
        ("What I study: how people decide when costs are hidden", "Diary studies, interviews and A/B tests."),
        # what the work is for, in the speaker's words; the project the talk is part of; a humanist's book under way
        ("What drives me", "Robots that give older adults their independence back."),
        ("The larger project", "A history of how strangers came to trust each other with money."),
        ("The book I am writing", "Written Trust: letters and credit in Mediterranean trade."),
        ("Where my work is going", "From merchants' letters to the paperwork of modern microfinance."),
        ("The big bet", "Touch, not sight, is what makes manipulation general."),  # the claim a programme stakes
        ("Moonshot: a robot in every home", "One that can tidy, cook and care."),
        ("Research themes", "Learning from touch; safe contact; robots in homes."),
        ("Guiding principle", "Robots should feel what they touch."),
        # an industry job talk's plan for the role and the team
        ("What I'd build at Acme", "A ranking system that improves from its own traffic."),
        ("Where I see search going", "Answers, not links, for every query."),
        ("My plan for the team", "One shared evaluation platform for every model."),
        ("How I'd approach this role", "Measure first, then ship an experiment every week."),
        # a blind battery's phrasings in a plain slide's text: the question that drives the lab, the future the
        # speaker sees, the goal set for years to come; the stake on the long run as the title's label
        ("A word before we start", "The question that drives my lab: how do children learn words they never heard?"),
        ("A word before we start", "I see a future where batteries are recycled like glass bottles."),
        ("A word before we start", "My goal for the next 10 years is to make dark-matter maps routine."),
        ("The long game: courts that explain every decision in plain language", "Three studies."),
        # the question the speaker wants answered, as the title names it
        ("What I want to find out", "If dark matter is a light field, can a quantum sensor hear it?"),
    ],
)
def test_phrasings_a_keyword_list_would_miss(tmp_path: Path, title: str, body: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[4:]]
    assert not by_code(lint_units(tmp_path, units), "TL101")


@pytest.mark.parametrize(
    "said",
    [
        # a second blind battery, told as the talk opens: the world wanted by a year, the through-line of the work,
        # the one aim it serves, a world imagined, the want on the long run, the goal beyond the work, where it leads
        "What I want to exist in 2040: a vaccine for every emerging virus within 100 days of its discovery.",
        "The through-line of my work: machines that explain themselves to the people they affect.",
        "Everything I do serves one aim: making proofs that computers check as easy to write as papers.",
        "Imagine every classroom teacher with a tutor for each child that never tires.",
        "Long term, I want to turn materials discovery from trial and error into design.",
        "If my research succeeds, no farmer will need to guess when to irrigate.",
        "The larger goal is a map of every protein interaction in the human cell.",
        "Where this leads: robots that learn a new kitchen in an afternoon.",
        # a later blind battery: the thread through all of the work, where the speaker wants to take it
        "The thread through all my work: making cities cool enough to live in.",
        "Where I want to take this: earthquake early warning on every phone.",
        # a probe talk's: what the speaker builds, and what it does for people
        "I build interfaces that leave people in control of their time.",
        # round eighty-six's blind battery: the change wanted, the goal that ties the work together, what the lab
        # should be known for, a future where every one of a kind has it, the speaker's ambition, a decade out
        "The change I want to see: no child leaves primary school unable to read.",
        "The goal that ties my projects together is fair and fast courts.",
        "What I'd like my lab to be known for: tools that let historians read every archive.",
        "Someday every pacemaker should adjust itself to the patient's day.",
        "My ambition is to put a weather station in every village in Africa.",
        "Looking ten years out: quantum computers that chemists use like spreadsheets.",
        # round eighty-eight's: the bet on the long run, the question behind the lab, the goal as a line's label,
        # the speaker's dream, the research driven by a question
        "My long-term bet: every cell in the body mapped by 2040.",
        "The big question behind my lab: why do some forests recover from fire and others never do?",
        "The goal: language technology for every one of the world's 7,000 languages.",
        "I dream of classrooms where every child gets feedback the moment they need it.",
        "My research is driven by one question: what makes a city liveable?",
        # the world if the speaker succeeds, what the research is for, the programme's aim, a question for decades
        "If I succeed, any farmer will know what to plant with a phone photo of their soil.",
        "What my research is for: cities that stay cool without air conditioning.",
        "My program's aim: to make every bridge in the country monitor its own health.",
        "The question that will keep me busy for the next twenty years: how do memories survive sleep?",
        # what the speaker is after, the lab to be built, the work seen whole, one goal, a hope for everyone
        "What I'm after: a physics of living tissue as precise as that of crystals.",
        "The mission of the lab I will build: safe water for the next billion people.",
        "I see my work as building the instruments that will let us hear the early universe.",
        "Everything I do points to one goal: software that can't be hacked.",
        "By 2040, I hope every coastal city will know its flood risk street by street.",
    ],
)
def test_the_vision_said_in_a_sentence_as_the_talk_opens(tmp_path: Path, said: str) -> None:
    units = without_vision(STRONG_UNITS)
    assert not by_code(lint_units(tmp_path, [units[0], ("A word before we start", said), *units[1:]]), "TL101")


@pytest.mark.parametrize(
    "said",
    [
        "Our mission statement for the survey was drafted by the committee.",  # one study's mission
        "Imagine a matrix A with n rows.",  # a thought experiment of the method
        "In this talk I want to show you three experiments.",  # the talk's plan
        "To see where I want to take this, look at the second panel.",  # a pointer, not a label
        "I make sure that the tests pass before every run.",  # a habit, not things built
        "I built prototypes that work in the lab.",  # a step told in the past
        "Someday the dataset will be released.",  # a release, not a future for everyone
        "We are working toward a deadline in March.",  # a date, not an end
        "Ultimately, the gradient vanishes.",  # the long run of a method, not of the work
        "The goal of this slide is to show the setup.",  # the slide's aim
        "My north star for this talk is clarity.",  # the talk's aim
        "If I succeed in the next slides, you will understand the proof.",  # the talk's, again
        "The question on this slide is how the solver converges.",
        "The long game of chess is won in the endgame.",
        "The Long Game: Building a Tech Career One Step at a Time",  # a talk's subtitle, not the speaker's aim
        "What I'm after on this slide is the proof of lemma 2.",
    ],
)
def test_near_misses_as_the_talk_opens_do_not_state_the_vision(tmp_path: Path, said: str) -> None:
    units = without_vision(STRONG_UNITS)
    assert by_code(lint_units(tmp_path, [units[0], ("A word before we start", said), *units[1:]]), "TL101")


def test_what_the_speaker_builds_and_for_whom_as_the_talk_opens_states_the_vision(tmp_path: Path) -> None:
    said = ("What I do", "I build measures of housing costs from public records, so that renters can see a fair rent.")
    units = without_vision(STRONG_UNITS)
    assert not by_code(lint_units(tmp_path, [units[0], said, *units[1:]]), "TL101")


def test_a_future_pictured_under_the_title_imagine_states_the_vision_as_the_talk_opens(tmp_path: Path) -> None:
    imagine = ("Imagine", "A robot that folds your laundry the first day you bring it home.")
    units = without_vision(STRONG_UNITS)
    assert not by_code(lint_units(tmp_path, [units[0], imagine, *units[1:]]), "TL101")
    # in the middle of the talk, a thought experiment about the method is no vision
    thought = ("Imagine", "A matrix that stores every pair of frames.")
    assert by_code(lint_units(tmp_path, [*units[:4], thought, *units[4:]]), "TL101")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Computer vision", "We use computer vision."),
        ("Vision transformers", "A vision transformer backbone."),
        ("Future tense", "The model predicts the future tense of verbs."),
        ("How the estimator runs", "- Step 1: read the sensors\n- Step 2: predict the failure"),  # a method's steps
        ("My path here", "- 2011: a degree in physics\n- 2016: a PhD in robotics"),  # a past timeline
        ("My path here", "- 3 years in industry\n- 5 years of a PhD in robotics"),  # years spent, not a plan
        ("Our fix", "We worked towards a fix by retraining the policy."),  # a step taken, not an end
        ("Main claim of Smith et al.", "They claim uncertainty is free."),  # another's claim
        ("What I believe about baselines", "They are weak."),  # a belief about a detail
        ("Future projections", "Sea level rises 40 cm by the end of the century."),  # a forecast, not a project
        ("My path here", "2011: a degree in physics; 2016: a PhD in robotics"),  # a past timeline on one line
        # a goal word that another noun qualifies, or that qualifies one: a system's, not the research's
        ("Campus grid goals", "Share idle machines between departments."),
        ("Active vision", "The camera moves to see the hidden side."),
        ("The aim point of the gripper", "We place it at the centroid."),
        # the story's words about a detail: an error seen, a proof approached, a moonshot's data
        ("Where I see the error", "The gripper slips at 30 degrees."),
        ("How I'd approach the proof", "Induction on the number of objects."),
        ("Moonshot landing data", "We test on lunar regolith simulant."),
        ("Grasp success: 94% against 71% for vision alone", "Touch halves the failures."),
        ("Where the gripper goes next", "The policy outputs a 6-DoF pose."),  # a robot's next move, not the work's
        # a part of a system or a study, named by "of" or "in" and the system
        ("Next steps of the algorithm", "Update the weights, then resample."),
        ("Roadmap of the pipeline", "Detect, track, grasp."),
        ("What comes next in the pipeline", "The grasp goes to the controller."),
        # the aim of one part of the talk, and a motion planner's roadmap
        ("The aim of this section", "Derive the update rule."),
        ("Roadmap generation for drones", "Probabilistic roadmaps in 3D."),
        # words that state a vision only where a vision is told, as the talk opens or ends, not in its middle
        ("Training details", "Ultimately, the loss converges after 20 epochs."),
        ("Training details", "We argue that the baseline is too weak."),
        # the talk's own goal, an experiment's, a chapter's
        ("A word before we start", "My goal for the next 20 minutes is to convince you that maps matter."),
        ("A word before we start", "The goal of this experiment is to measure the drift."),
        ("A word before we start", "Our aim in Chapter 2: estimate the elasticity."),
        ("A word before we start", "I built a prototype so that we could test the gripper."),  # a step, told past
    ],
)
def test_near_misses_do_not_count(tmp_path: Path, title: str, body: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[4:]]
    assert by_code(lint_units(tmp_path, units), "TL101")


def test_missing_vision_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Why robots fail"}, {"title": "Method"}, {"title": "Summary"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL101")
    slides.insert(2, {"title": "My vision", "bullets": ["robots that ask"]})
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL101")


def test_profiles_change_narrative_severity(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units))
    assert by_code(lint(path), "TL101")[0].severity.value == "error"
    assert by_code(lint(path, profile="ml-engineer"), "TL101")[0].severity.value == "info"
    assert not by_code(lint(path, profile="conference"), "TL101")
    no_impact = write(tmp_path, "b.md", outline(*[u for u in STRONG_UNITS if not u[0].startswith("Impact")]))
    assert by_code(lint(no_impact, profile="product-research"), "TL105")[0].severity.value == "error"


@pytest.mark.parametrize(
    ("line", "agenda"),
    [
        ("Next: touch for soft objects, then hospital robots", True),  # what comes next, as the line's label
        ("Up next: a 50-home study", True),
        ("Next, robots that ask fail half as often", False),  # a step told in order, no label
        ("Next-generation grippers feel slip", False),
    ],
)
def test_a_line_labelled_next_as_the_talk_ends_is_its_agenda(tmp_path: Path, line: str, agenda: bool) -> None:
    """Readers count a conclusion that ends on "Next: …" as the talk's agenda (their `agenda` list), so the talk does
    not lack where the work goes."""
    units = [u for u in without_vision(STRONG_UNITS) if u[0] != "Takeaways"]
    units += [("Conclusion", f"- Robots that ask fail half as often\n- {line}"), ("Questions?", "")]
    assert bool(by_code(lint_units(tmp_path, units), "TL101")) is not agenda
