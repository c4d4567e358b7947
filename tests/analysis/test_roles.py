"""Narrative roles: the evidence on small decks, the speaker's role directives, and the languages set aside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from talklint.analysis import analyse, statements
from talklint.analysis.roles import SlideRoles
from talklint.parsers import parse_talk
from tests.helpers import build_pptx, by_code, codes, lint, write
from tests.rules.decks import STRONG_UNITS, marp, outline

NARRATIVE = {f"TL1{n:02}" for n in range(1, 12)}


def roles_of(path: Path) -> dict[str, str]:
    """Slide title → role."""
    talk = parse_talk(path)
    analysis = analyse(talk)
    return {s.title: analysis.role(s).role for s in talk.slides}


def roles_of_slide(path: Path, title: str) -> SlideRoles:
    """The roles of the slide titled ``title``."""
    talk = parse_talk(path)
    return analyse(talk).role(next(s for s in talk.slides if s.title == title))


def without_vision(units: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = [u for u in units if not u[0].startswith(("My vision", "Research agenda"))]
    return [(t, b.replace("next, my vision", "thank you")) for t, b in kept]


# --- evidence on small decks ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Thesis statement", "vision"),
        ("Research questions", "vision"),
        ("The present dissertation", "vision"),
        ("My thesis", "vision"),
        ("What I want to build", "vision"),
        ("My work sits at the intersection of robotics and HCI", "vision"),
        ("Research interests", "vision"),
        ("Overarching question", "vision"),
        ("Guiding questions", "vision"),
        ("Where I'm taking this", "vision"),
        ("TOC", "outline"),
        ("Recap", "conclusion"),
        ("Review", "conclusion"),
        ("Coda", "conclusion"),
        ("Epilogue: what the letters tell us", "conclusion"),
        ("Taken together", "conclusion"),
        ("What I learned", "lessons"),
        ("Future directions", "agenda"),
        ("Outlook", "agenda"),
        ("Idea: predict failure from the policy's own uncertainty", "approach"),  # a failure it prevents
        ("Empirical strategy", "approach"),  # how the study finds its answer, not its results
        ("Finding 2: filings, not judgments, drive moves", "results"),  # a numbered finding
        ("Finding: the photo step is where people give up", "results"),  # the label wins over "give up"
        ("Plan for today", "outline"),  # the talk's plan, not the problem of "today"
        ("Adoption", "impact"),  # a label that names the uptake, wherever it stands
        ("Shipping it", "impact"),  # the work shipped, told as its last step
        ("What others have done with this work", "impact"),
        ("Teaching", "collaboration"),  # the speaker's teaching, as the readers count it
    ],
)
def test_a_title_that_names_a_part_of_the_story_gives_the_role(tmp_path: Path, title: str, role: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:6], (title, "Three points about robots in homes."), STRONG_UNITS[-1]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == role


@pytest.mark.parametrize("title", ["The coda of the Fifth Symphony", "Finale as a form", "An epilogue nobody read"])
def test_a_coda_or_an_epilogue_studied_is_no_ending_of_the_talk(tmp_path: Path, title: str) -> None:
    """ "Coda" alone, or as a label, ends the talk as its takeaways; a coda the talk studies is its subject."""
    units = [*without_vision(STRONG_UNITS)[:3], (title, "Three points about the music."), *STRONG_UNITS[3:]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] != "conclusion"


def test_a_numbered_theme_of_a_qualitative_study_is_what_it_found(tmp_path: Path) -> None:
    """A numbered theme ("Theme 1: …") after the fieldwork names a finding of the thematic analysis, as "Finding 1:
    …" does, where the model, weighing the method slides around it, took it for the approach."""
    units = [
        ("Delivery apps pay for the ride, not the wait", "Couriers spend 40% of their shift unpaid."),
        ("Method: 14 months of fieldwork", "62 interviews; 300 hours of observation; thematic analysis."),
        ("Theme 1: couriers keep their own ledgers", "41 of 62 kept paper or spreadsheet logs."),
        ("Design: an app that logs waiting", "Co-designed with the couriers' union."),
        ("Deployment", "The app records unpaid waiting from phone sensors."),
        ("Takeaways", "Invisible labour becomes negotiable once it is counted."),
        ("Thank you", ""),
    ]
    roles = roles_of(write(tmp_path, "talk.md", outline(*units)))
    assert roles["Theme 1: couriers keep their own ledgers"] == "results"


@pytest.mark.parametrize(("title", "role"), [("Main result", "results"), ("Key findings", "results")])
def test_a_title_that_names_the_results_and_the_conclusion_before_the_ending_reports_the_results(
    tmp_path: Path, title: str, role: str
) -> None:
    # "Main result" over a theorem in the middle of a theory talk, after its key idea (the same words end a talk as
    # its summary); the model alone weighs the math and the idea before it as the method
    body = "Theorem: an $O(1)$-approximation for fair $k$-means runs in time $O(nkd)$."
    idea = ("Key idea: coresets preserve fairness", "Compress $n$ points to $k$ weighted points per color.")
    units = [*without_vision(STRONG_UNITS)[:3], idea, (title, body), *without_vision(STRONG_UNITS)[3:]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == role


@pytest.mark.parametrize(
    "title",
    [
        "Microsoft Teams now ships our captions to all users",  # a product's name
        "Community detection in citation graphs",  # a method's name
        "Human-robot collaboration in assembly",  # the subject of the work
        "Partner selection in alliances",
    ],
)
def test_a_word_for_colleagues_inside_a_name_or_a_topic_names_no_collaboration(tmp_path: Path, title: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, "Two studies, 300 participants."), STRONG_UNITS[-1]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] != "collaboration"


@pytest.mark.parametrize("title", ["My team", "Collaborators", "Our community"])
def test_a_word_for_colleagues_that_heads_the_title_names_the_collaboration(tmp_path: Path, title: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:6], (title, "Three points about robots in homes."), STRONG_UNITS[-1]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == "collaboration"


def test_the_speakers_programme_in_a_title_with_a_word_of_need_is_the_vision(tmp_path: Path) -> None:
    title = "My research asks how cities can cool the people who need it most"
    units = [STRONG_UNITS[0], (title, "Three studies in Baltimore."), *without_vision(STRONG_UNITS)[1:]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == "vision"


def test_where_the_speaker_is_going_is_the_vision_as_the_talk_opens_and_the_agenda_as_it_ends(tmp_path: Path) -> None:
    title = "Where I'm going"
    plans = "Years 1-2: robots that ask in 100 homes. Years 3-5: one model for every home."
    early = write(
        tmp_path,
        "early.md",
        outline(STRONG_UNITS[0], (title, "Robots that know what they do not know."), *without_vision(STRONG_UNITS)[1:]),
    )
    late = write(tmp_path, "late.md", outline(*without_vision(STRONG_UNITS)[:6], (title, plans), STRONG_UNITS[-1]))
    assert roles_of(early)[title] == "vision"
    assert roles_of(late)[title] == "agenda"


@pytest.mark.parametrize(
    ("title", "result"),
    [
        ("Blind readers answered 2.4× more questions correctly", True),  # a measured comparison
        ("Online: +4.1% bookings, +11% for small-town hosts", True),  # signed changes
        ("Sealing: +6.1 percentage points of employment", True),  # ... in points of a share
        ("Sealing: +6.1 pp in employment", True),
        ("Offline: recall@10 up 18%", True),  # a change told as a headline
        ("Latency down 40% on mobile", True),
        ("Goal: latency down 40%", False),
        ("Speed-up of 3x on 8 GPUs with up to 40% memory", False),  # "up to" bounds a setting
        ("Cells keep 95% of their output after 3,000 hours", True),  # a share kept
        ("Errors fell from 12% to 3%", True),
        ("Zero-shot recognition reaches 45% WER on unseen languages", True),  # a level of a measure reached
        ("The model achieves 92% top-1 accuracy", True),
        ("Vaccination reached 70% in 2021", False),  # the world's level, no measure of a method
        ("A closure lowers turnout by 1.9 points", True),  # a change by points
        ("Exports of steel-using products fell 8%", True),  # a change by its verb, without "by"
        ("Turnout rose 3 points in treated towns", True),
        ("Goal: raise test scores by 10 points", False),
        ("Goal: reach 90% accuracy", False),
        ("Goal: cut energy use by 30%", False),  # a target, not a measure
        ("Training on 10% of the data", False),  # a setting
        ("We will halve the error by 2027", False),  # a plan
        ("The index predicts visits better than temperature alone", True),  # a comparison told in words
        ("Our parser is more accurate than the rule-based one", True),
        ("Used by more than 40 labs", False),  # a quantity, not a comparison
        ("We can do better than this", False),  # a wish
        ("91% of wetland symbols found across 12 counties", True),  # the share of what was sought, got
        ("80% of warehouse picking is still done by hand", False),  # the world's state
        ("The robot adapts to ice in 3 minutes", True),  # how fast the work does it, timed
        ("Lattices in 2 minutes", False),  # the field's basics, told briefly
        ("Decoding reaches 62 words a minute", True),  # a rate the work reaches
        ("Five children a day drown in the US", False),  # the world's rate: no measure of the work
        ("Indoor peaks predicted within 1.2 degrees", True),  # how close the estimates came
        ("Robots localised to within 3 cm", True),
        ("Delivered within 3 days", False),  # a time, not an estimate's error
        ("Within 5 years, every city has a heat plan", False),
        # a share told as a count of a count, of the method named by a word of it
        ("Planning with the learned model folds 9 in 10 towels", True),
        # a level moved from and to, told by its verb, under a word of the problem ("cost")
        ("Cost per 1M tokens fell from $4.10 to $0.38", True),
        ("Latency dropped from 120 ms to 40 ms", True),
        ("We moved the lab from Paris to Berlin", False),
        # a change by a share said in words
        ("A $35 cap cut rationing by half", True),
        ("Our cache reduces misses by a third", True),
        ("Goal: cut emissions by half", False),
        ("Readers caught 4 out of 5 planted errors", True),
        ("DOTE matches the optimum on 4 of 5 WANs", True),
        ("Study 2 of 3: the field trial", False),
        # a measure multiplied or halved, told by its verb
        ("Playback of healthy-reef sound doubled fish settlement", True),
        ("The new schedule halved waiting times", True),
        ("Goal: double fish settlement", False),
        ("Method: the learned model folds 9 in 10 towels", False),  # the label names the part
        ("Part 1 of 3: the learned model", False),
        # a change by a quantity in its unit, and a speed of learning counted in sessions or epochs
        ("Silencing the pause shifts the mouse's taps by 80 ms", True),
        ("Pruning shrinks the model by 4 GB", True),
        ("Goal: cut latency by 40 ms", False),
        ("Sorted by 3 reviewers", False),
        ("A new tempo is learned in 3 sessions, not 10", True),
        ("Training in 3 stages", False),
        # ... or by any verb, the time it took the work to do its job; not a setting of the study
        ("Cracks up to 0.8 mm seal in 28 days", True),
        ("Data collected in 30 days", False),
        # a multiple a measure moved by, told by its verb
        ("Falls drop 8x on unseen terrain", True),
        ("Throughput rose tenfold", True),
        ("Falls drop on ice", False),
        # a measure as a multiple of what was expected of it; not a size compared
        ("Melt is 3x what plume theory predicts", True),
        ("Melt is three times the predicted rate", True),
        ("The robot is 3x the size of a cat", False),
        # how many kept using it, counted, as a field study reports it
        ("8 weeks in 20 homes: 18 kept using it", True),
        ("14 of 20 homes still use the display after 8 weeks", True),
        ("In 2019, 3 labs still use punch cards", False),
        # a multiplier said in words, and a share lost
        ("Rewarded paths are replayed three times more often", True),
        ("Sleep-deprived mice make twice as many errors", True),
        ("Rats lost 70% of their preference for the rewarded arm", True),
        ("Three times a day, the robot restocks shelves", False),
        ("Farmers lost their land", False),
        # the share kept, told after it
        ("Cycled 10,000 times with 92% capacity kept", True),
        ("Only 10% of the data kept for training", False),  # a setting
        ("Our model forecasts floods 5 days ahead with 82% skill", True),  # a level of a measure, with its share
        ("Training with 10% of the data", False),
        # a score of fit given its value
        ("The index predicts bleaching with R² = 0.71", True),
        ("Our classifier achieves an AUC of 0.91 on held-out wards", True),
        ("We report AUC and the Brier score", False),  # the scores named, no value
        ("Sampling at 0.5 s intervals", False),
        # a correlation or a significance the study reports; not a threshold set
        ("Trajectory speed predicts timing (r = 0.81)", True),
        ("Reward predicts replay: ρ = .62, p < .001", True),
        ("Tests at α = 0.05 with 20 mice", False),
        # two measures set side by side
        ("71% adult-like answers vs 34% in the control group", True),
        ("Inference in 1 second vs 2 hours", True),
        ("Iron catalyst per kg of drug: $0.40 (vs $120 for palladium)", True),  # the other measure in brackets
        ("Heat deaths in 2019 vs 2023", False),  # years, not measures
        ("Heat deaths in 2019 (vs 2023)", False),
        ("Verified builds as fast as GCC -O2", True),  # as good as another
        ("Verified builds: 1.08x vs GCC -O2", True),  # a multiplier against a named baseline
        ("Runs: 4x vs 8x GPUs", False),  # settings side by side
        ("Models as well as data", False),
        # a threshold a rule of the method acts on, not a change measured
        ("Roll back if p99 latency rises by more than 5%", False),
        ("Latency rose by 5% under load", True),
        ("Study 1 vs study 2", False),
    ],
)
def test_a_title_that_reports_a_measure_is_a_result_past_the_opening(tmp_path: Path, title: str, result: bool) -> None:
    body = "Two lines about the study behind it."
    units = [*without_vision(STRONG_UNITS)[:3], (title, body), *without_vision(STRONG_UNITS)[3:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert (roles.role == "results" and "a title that reports a measured result" in roles.evidence) is result


@pytest.mark.parametrize(
    ("title", "body", "role"),
    [
        # the talk's subject is a trouble word ("failure", "accidents"): past the opening, a measure reported under it
        # is a result, what others did with the work its impact, and a method that predicts it no problem stated
        ("Asking only when it matters cuts accidents by 80%", "One accident in 210 hours, from one in 40.", "results"),
        ("Toyota adopted our failure predictor for its home robot", "Running on 14 robots since 2025.", "impact"),
    ],
)
def test_a_trouble_word_that_is_the_talks_subject_leaves_a_result_or_an_impact_its_role(
    tmp_path: Path, title: str, body: str, role: str
) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[5:]]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == role


@pytest.mark.parametrize(
    "title", ["Failure prediction works before contact", "Fall detection on a smartwatch", "Fault detectors"]
)
def test_a_trouble_word_that_names_what_a_method_predicts_states_no_problem(tmp_path: Path, title: str) -> None:
    units = [STRONG_UNITS[0], (title, "A network reads the wrist camera."), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


@pytest.mark.parametrize(
    ("title", "body", "role"),
    [
        ("What happened next", "Our narration ships in Vega-Lite 5.8, on by default for every user.", "impact"),
        ("It runs for every search", "Launched to all traffic in March; it was adopted by the maps team.", "impact"),
        ("Results: what happened next", "Our narration ships in Vega-Lite 5.8, on by default.", "results"),  # named
        # a word for a group heads a claim that others took the work up: the adopters, not the speaker's colleagues
        ("Three other teams now gate their launches with it", "Ads and maps adopted the gate in 2024.", "impact"),
        ("Collaborators: three other teams", "Ads and maps adopted the gate in 2024.", "collaboration"),  # a label
    ],
)
def test_a_slide_that_tells_what_others_did_with_the_work_is_its_impact(
    tmp_path: Path, title: str, body: str, role: str
) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[5:]]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == role


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("2.2 billion people live with a vision impairment", "94% of charts online have no text alternative."),
        ("Guests left without booking", "Hosts in small towns got almost no views."),
        ("Thirty states raised their minimum wage", "1 in 5 teenagers who work earn within a dollar of it."),
        ("Athletes come back from knee surgery too soon", "One in four re-injures the same knee within two years."),
        ("Today: farmers guess when to plant", "Planting too early loses a third of the crop."),  # not the outline
        # what need not have happened or been done
        ("One in three antibiotics prescribed is unnecessary", "Each one breeds resistance."),
        ("Most ICU deaths from sepsis are preventable", "Treatment starts hours too late."),
        # households counted each year that face a hardship
        ("Every year, 2.7 million American households face eviction", "Photo: furniture on the curb."),
        ("Each year 40,000 families face foreclosure in Ohio", "Most of them had missed one payment."),
        # people with all but nothing of what they need; a share of things in general that is wrong (a blind battery)
        ("Courts decide bail in under two minutes", "Judges have almost no information about the defendant."),
        ("Can we trust what chatbots tell patients?", "One in five answers to medication questions is wrong."),
        # what nothing can do yet
        ("Folding is the chore people most want robots to do", "Yet no robot folds reliably in a real home."),
        # what no one has done yet, the gap a scholar's talk opens on
        ("Historians have read emigration as loss", "Yet the 40,000 surviving letters have never been read together."),
    ],
)
def test_an_opening_slide_that_states_the_problem_in_so_many_words_is_the_motivation(
    tmp_path: Path, title: str, body: str
) -> None:
    units = [(title, body), *without_vision(STRONG_UNITS)[1:]]
    deck = marp("# Robots that ask\n\nAna Ruiz", *(f"# {t}\n\n{b}" for t, b in units))
    roles = roles_of_slide(write(tmp_path, "talk.md", deck), title)
    assert roles.role == "motivation"


def _deck_with_a_list(listed: list[str], titles: list[str]) -> str:
    """A Marp deck: a title slide, a problem, a slide 'Part by part' listing ``listed``, then a slide per title
    (a title that names no part of the talk: the list alone tells what the slide is)."""
    slides = [
        "# Trust, not information\n\nNadia Rahman",
        "# Measles came back\n\nOutbreaks start where few are vaccinated.",
    ]
    slides.append("# Part by part\n\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(listed, 1)))
    slides += [f"# {title}\n\nTwo sentences on {title.lower()}." for title in titles]
    return marp(*slides, "# Thank you")


def test_a_list_of_the_titles_to_come_is_the_talks_outline(tmp_path: Path) -> None:
    titles = ["Why facts alone fail", "Study 1: who parents believe", "Study 2: a field experiment"]
    titles += ["From studies to practice", "What I learned", "What I'd do at your lab"]
    path = write(tmp_path, "talk.md", _deck_with_a_list([titles[0], titles[3], titles[5]], titles))
    roles = roles_of_slide(path, "Part by part")
    assert roles.role == "outline" and roles.evidence[0] == "lists the talk's sections"
    assert not [f for f in lint(path).findings if f.rule == "topic-title" and f.slide == 3]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Dissertation aims", "vision"),  # the work's aims, which the parts follow: the thesis's goals
        ("Specific aims", "vision"),
        ("Today's goals", "outline"),  # the talk's goals for today: its plan
        ("Part by part", "outline"),
    ],
)
def test_aims_listed_before_the_parts_that_take_them_are_the_vision(tmp_path: Path, title: str, role: str) -> None:
    """A slide that lists the talk's parts is its outline, whatever its title, unless the title names the work's aims:
    a defense's "Specific aims" lists the aims its parts then take one by one, and readers take it as the vision."""
    deck = marp(
        "# Air pollution and child asthma\n\nGrace Wanjiru",
        "# Children breathe the dirtiest air\n\n- PM2.5 at 4x the WHO guideline\n- Asthma keeps them from school",
        f"# {title}\n\n- Aim 1: measure exposure\n- Aim 2: link exposure to asthma\n- Aim 3: test cookstoves",
        "# Aim 1",
        "# Sensors in 48 homes\n\n- Calibrated against a reference monitor",
        "# Cooking drives exposure\n\n- Kerosene homes: 112 vs 41 µg/m³",
        "# Aim 2",
        "# Visits rise with exposure\n\n- OR 1.07 per 10 µg/m³",
        "# Aim 3",
        "# Cookstoves halve exposure\n\n- Indoor PM2.5 fell by 52%",
        "# Conclusions\n\n- Cooking fuel drives exposure",
        "# Thank you",
    )
    assert roles_of_slide(write(tmp_path, "talk.md", deck), title).role == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("- Why robots drop things\n- Sensing slip\n- Three homes\n- What comes next", "outline"),
        ("Robots break one thing in three they pick up.", "motivation"),  # one sentence: no list of the parts
    ],
)
def test_today_as_the_whole_title_over_a_list_is_the_outline(tmp_path: Path, body: str, role: str) -> None:
    assert roles_of_slide(write(tmp_path, "deck.md", _today_deck("Today", body)), "Today").role == role


@pytest.mark.parametrize(
    ("title", "body", "outlines"),
    [
        ("Three projects", "- Sensing slip\n- Three homes\n- What comes next", True),
        ("Two stories", "- A robot that drops eggs\n- A robot that asks for help", True),
        ("Three projects", "Robots break one thing in three they pick up.", False),  # one sentence: no parts listed
        ("Three trials", "- Sensing slip\n- Three homes", False),  # trials are what the work ran, not the talk's parts
    ],
)
def test_the_count_of_the_talks_parts_as_the_whole_title_over_them_is_the_outline(
    tmp_path: Path, title: str, body: str, outlines: bool
) -> None:
    role = roles_of_slide(write(tmp_path, "deck.md", _today_deck(title, body)), title).role
    assert (role == "outline") is outlines


@pytest.mark.parametrize(
    ("lines", "outlines"),
    [
        ("Sensing slip\nThree homes\nWhat comes next", True),  # short lines, a list without bullet marks
        ("Robots break one thing in three they pick up.", False),  # a sentence: no parts listed
    ],
)
def test_the_count_of_the_parts_over_lines_of_a_text_box_is_the_outline(
    tmp_path: Path, lines: str, outlines: bool
) -> None:
    """A .pptx text box lists points as paragraphs, with no bullet marks: "Three projects" over three short lines is
    the talk's outline there too."""
    deck = build_pptx(
        tmp_path / "talk.pptx",
        [
            {"title": "Robots that feel", "layout": 0},
            {"title": "Robots drop one thing in five", "bullets": ["Owners return them within a year"]},
            {"title": "Three projects", "layout": 5, "textboxes": [(lines, 2)]},
            {"title": "Sensing slip", "picture": True},
            {"title": "Three homes", "bullets": ["40 days, 2,000 grasps"]},
            {"title": "Takeaways", "bullets": ["Touch matters"]},
            {"title": "Thank you", "layout": 5},
        ],
    )
    assert (roles_of_slide(deck, "Three projects").role == "outline") is outlines


def _today_deck(title: str, body: str) -> str:
    slides = ["# Robots that feel\n\nAna Ruiz", f"# {title}\n\n{body}", "# Sensing slip\n\n![](slip.png)"]
    slides += ["# Three homes\n\n- 40 days", "# Takeaways\n\n- Touch matters", "# Thank you"]
    return marp(*slides)


def test_a_list_of_the_next_few_slides_is_a_parts_overview_not_the_outline(tmp_path: Path) -> None:
    titles = ["Continuous word vector model", "Word vector coefficients model", "Word vector regularization"]
    titles += [f"Experiment {n} on the second dataset" for n in range(1, 10)]
    path = write(tmp_path, "talk.md", _deck_with_a_list(titles[:3], titles))
    assert "lists the talk's sections" not in roles_of_slide(path, "Part by part").evidence


def _deck_with_parts(listed: list[str], parts: list[str]) -> str:
    """A Marp deck: a title, a problem, an outline listing ``listed``, then each part's slide alone and one slide
    under it."""
    slides = [
        "# Trust, not information\n\nNadia Rahman",
        "# Measles came back\n\nOutbreaks start where few are vaccinated.",
    ]
    slides.append("# Outline\n\n" + "\n".join(f"- {item}" for item in listed))
    for part in parts:
        slides += [f"# {part}", f"# What {part.lower()} showed\n\nParents trusted nurses more than leaflets."]
    return marp(*slides, "# Takeaways\n\n- Trust travels through people", "# Questions?")


@pytest.mark.parametrize(
    ("listed", "part"),
    [
        (["Background", "Two field studies", "Where next"], "Two field studies"),  # a part the outline lists
        (["Why facts alone fail", "Studies"], "Part 2: field experiments"),  # a numbered part
        (["Why facts alone fail", "Studies"], "3. Results"),
    ],
)
def test_a_slide_that_shows_only_the_name_of_a_part_is_a_divider(tmp_path: Path, listed: list[str], part: str) -> None:
    """Readers count a slide with only a section's name as no part of the story ("other"), whatever the name says."""
    parts = [name for name in listed if name != part] + [part] if len(listed) > 2 else [part]
    path = write(tmp_path, "talk.md", _deck_with_parts(listed, parts))
    roles = roles_of_slide(path, part)
    assert roles.role == "other" and roles.evidence[0] == "shows only the name of a part of the talk"


@pytest.mark.parametrize("part", ["Two field studies", "Two field studies in clinics"])
def test_a_title_alone_that_opens_a_part_the_outline_lists_is_a_divider(tmp_path: Path, part: str) -> None:
    """An outline titled so, whose parts are mostly not titles to come (too few for a table of contents), still
    names the dividers that show one of its parts, by the part's name or its first words."""
    listed = ["Why facts alone fail", "Two field studies in clinics", "What we learned about trust"]
    path = write(tmp_path, "talk.md", _deck_with_parts(listed, [part]))
    assert roles_of_slide(path, part).role == "other"


def test_a_section_heading_alone_in_pandoc_is_a_divider_and_the_closing_stays_the_closing(tmp_path: Path) -> None:
    body = ["% Trust, not information", "## Measles came back\n\nOutbreaks start where few are vaccinated."]
    body += ["# Field studies", "## Parents trust nurses\n\nTrust rose 30% when nurses spoke first."]
    body += ["# Questions?"]
    roles = roles_of(write(tmp_path, "talk.md", "\n\n".join(body) + "\n"))
    assert roles["Field studies"] == "other" and roles["Questions?"] == "closing"


@pytest.mark.parametrize(
    ("listed", "part", "notes"),
    [
        # named by no section and no outline: a slide whose pictures the format does not give
        (["Why facts alone fail", "Studies"], "Results", ""),
        # the same divider as above, but its notes say more than a name
        (
            ["Background", "Two field studies", "Where next"],
            "Two field studies",
            "<!-- " + "Here I walk through both studies and what each one found. " * 3 + "-->",
        ),
    ],
)
def test_a_title_alone_that_names_no_listed_part_or_says_more_in_its_notes_is_no_divider(
    tmp_path: Path, listed: list[str], part: str, notes: str
) -> None:
    parts = [name for name in listed if name != part] + [part] if len(listed) > 2 else [part]
    deck = _deck_with_parts(listed, parts)
    path = write(tmp_path, "talk.md", deck.replace(f"# {part}\n", f"# {part}\n\n{notes}\n", 1))
    assert roles_of_slide(path, part).role != "other"


@pytest.mark.parametrize("label", ["Adoption", "Beyond our lab", "In use"])
def test_a_label_that_names_the_uptake_names_it_in_the_middle_of_the_talk(tmp_path: Path, label: str) -> None:
    slides = [
        "# Compilers that explain their mistakes\n\nWei Zhang",
        "# Developers lose hours to cryptic compiler errors\n\n- Most messages point at the symptom",
        "# My vision\n\n- Compilers should teach: every error a short lesson",
        "# Our approach: find the cause, not the symptom\n\n- Ranked causes from type constraints",
        "# Developers fixed errors 2x faster\n\n- Study with 60 developers",
        f"# {label}\n\n- The compiler team asked us for it",
        "# Next\n\n- Year 1: borrow-checker errors\n- Years 2-3: explanations that adapt",
        "# Takeaways\n\n- Errors can explain their causes",
        "# Thank you",
    ]
    assert roles_of_slide(write(tmp_path, "deck.md", marp(*slides)), label).role == "impact"


def test_a_measure_in_the_opening_title_is_not_taken_for_a_result(tmp_path: Path) -> None:
    title = "Rents are 40% higher than in 2015"  # as the talk opens, the problem's number
    units = [(title, "Half of renters spend a third of their income on rent."), *without_vision(STRONG_UNITS)[1:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert roles.role != "results" and "a title that reports a measured result" not in roles.evidence


def test_teaching_names_the_speakers_teaching_only_where_it_heads_the_title(tmp_path: Path) -> None:
    units = [*without_vision(STRONG_UNITS)[:3], ("Teaching robots to grasp", "Demonstrations, then practice.")]
    units += [("Teaching", "A course on robot learning."), *without_vision(STRONG_UNITS)[3:]]
    roles = roles_of(write(tmp_path, "talk.md", outline(*units)))
    assert roles["Teaching"] == "collaboration" and roles["Teaching robots to grasp"] != "collaboration"


def test_the_outline_shows_the_evidence_for_a_role(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    units = [*without_vision(STRONG_UNITS)[:2], ("Thesis statement", "Robots should know when to ask.")]
    path = write(tmp_path, "talk.md", outline(*units, *without_vision(STRONG_UNITS)[2:]))
    code, out, _ = cli("outline", str(path))
    assert code == 0
    row = out.splitlines().index(next(line for line in out.splitlines() if line.endswith("Thesis statement")))
    assert "vision" in out.splitlines()[row]
    assert "← title 'Thesis statement'" in out.splitlines()[row + 1]
    document = json.loads(cli("outline", str(path), "--format", "json")[1])
    slide = next(s for s in document["slides"] if s["title"] == "Thesis statement")
    assert slide["role"] == "vision" and slide["declared"] is False
    assert slide["evidence"][0].startswith("title 'Thesis statement'")
    assert "vision" in slide["states"]
    assert set(slide["roles"]) <= {r for r in slide["roles"] if r != "other"}


def test_a_quoted_plan_is_someone_elses_not_the_speakers_agenda(tmp_path: Path) -> None:
    # A student's testimonial in a block quote ("I plan to study computer science") states no research agenda.
    slides = [
        "# Data science for everyone",
        *(f"# {title}\n\n- {body}" for title, body in STRONG_UNITS[:5]),
        "# Girls learn data science in our club\n\n- 135 graduates\n\n> I plan to study computer science "
        "and I will take data science electives.",
        "# Takeaways\n\n- Clubs reach students that courses miss",
    ]
    path = write(tmp_path, "talk.md", marp(*slides))
    roles = roles_of_slide(path, "Girls learn data science in our club")
    assert "agenda" not in roles.mentions
    assert roles.role != "agenda"


def test_the_title_page_names_the_talk_not_a_part_of_it(tmp_path: Path) -> None:
    # A title page that holds only the talk's title ("How Gut Bacteria Train the Immune System") looks like a
    # divider; its words ("system") are no section the slides after it sit in.
    from talklint.analysis import read_slides
    from talklint.analysis.nlp import BLANK

    deck = "---\nmarp: true\n---\n\n# How Gut Bacteria Train the Immune System\n\n---\n\n" + "\n\n---\n\n".join(
        f"# {title}\n\n{body}" for title, body in STRONG_UNITS[:3]
    )
    reading = read_slides(parse_talk(write(tmp_path, "talk.md", deck)), BLANK)
    assert not [name for features in reading.features[1:] for name in features if name.startswith("section:")]


def test_a_title_that_names_the_role_is_the_first_evidence(tmp_path: Path) -> None:
    # The reader's strongest reason comes first, before where the slide stands or what else it says.
    units = [*STRONG_UNITS[:-1], ("Lessons learned", "Ship behind a flag; roll out by 1% a day."), STRONG_UNITS[-1]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Lessons learned")
    assert roles.role == "lessons"
    assert roles.evidence[0] == "title 'Lessons learned'"


def test_the_evidence_for_teaching_plans_names_no_method(tmp_path: Path) -> None:
    """Words of making ("built", "design") weigh for teaching and collaboration as they do for the method: the
    evidence says what they are, not that the slide proposes a method."""
    teaching = ("Teaching", "- Intro ethics built around cases from medicine\n- Supervising senior theses")
    units = [*STRONG_UNITS[:-2], teaching, *STRONG_UNITS[-2:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Teaching")
    assert roles.role == "collaboration"
    assert "words that propose or build something" in roles.evidence
    assert not [words for words in roles.evidence if "method" in words]


@pytest.mark.parametrize(
    ("title", "body", "role"),
    [
        ("Thanks to our partners", "Toyota Research, the NSF, and 40 families who hosted robots.", "acknowledgments"),
        ("Many thanks to the whole collaboration!", "Forty people in six labs.", "acknowledgments"),
        ("Thanks for listening", "ana@uni.edu", "closing"),
        ("Thanks!", "Slides: ana.dev/talks", "closing"),
    ],
)
def test_thanks_that_name_who_is_thanked_are_the_acknowledgments(
    tmp_path: Path, title: str, body: str, role: str
) -> None:
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*STRONG_UNITS, (title, body))), title)
    assert roles.role == role


@pytest.mark.parametrize(
    ("title", "agenda"),
    [
        ("Where the lab goes", True),
        ("Upcoming", True),
        ("What comes after", True),
        ("Milestones", True),
        ("Lab plan, years 1-5", True),
        # near misses: what is coming in the world, an achievement, a history
        ("Upcoming elections in Kenya", False),
        ("A milestone for the field", False),
        ("Milestones in the history of flight", False),
    ],
)
def test_titles_that_name_the_labs_plan_name_the_agenda(tmp_path: Path, title: str, agenda: bool) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Research agenda"]
    units = [*units[:-2], (title, "- Soft grippers for fruit\n- Tactile skins"), *units[-2:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert (roles.role == "agenda" or "agenda" in roles.mentions) is agenda


@pytest.mark.parametrize(
    ("title", "body", "is_outline"),
    [
        (
            "In this talk",
            "- Why silent failures matter\n- How robots can predict them\n- What happened in 40 homes",
            True,
        ),
        ("A plan for every home", "- Robots should ask before they fail", False),
    ],
)
def test_the_talks_plan_as_it_opens_is_the_outline_and_a_plan_proposed_is_not(
    tmp_path: Path, title: str, body: str, is_outline: bool
) -> None:
    path = write(tmp_path, "talk.md", outline((title, body), *STRONG_UNITS))
    assert (roles_of_slide(path, title).role == "outline") is is_outline
    assert bool(by_code(lint(path), "TL110")) is is_outline


@pytest.mark.parametrize(
    ("title", "body", "vision"),
    [
        ("My agenda in one sentence", "Make the economics of care work visible in national accounts.", True),
        ("The goal of my lab", "Robots that learn a new kitchen in an afternoon.", True),
        # the aim of a game or of one trial, not of the research
        ("The goal of the game", "Players must reach the exit in under 60 seconds.", False),
        ("The objective of each trial", "Grasp the cup without spilling.", False),
    ],
)
def test_the_speakers_agenda_said_as_the_talk_opens_is_no_outline_and_a_games_goal_no_vision(
    tmp_path: Path, title: str, body: str, vision: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], (title, body), *units[1:]))
    roles = roles_of_slide(path, title)
    assert roles.role != "outline"
    assert (not by_code(lint(path), "TL101")) is vision


def test_every_feature_the_model_weighs_is_named_in_words(tmp_path: Path) -> None:
    from talklint.analysis import read_slides
    from talklint.analysis.nlp import BLANK
    from talklint.analysis.role_evidence import describe
    from talklint.analysis.role_model import load_model

    talk = parse_talk(write(tmp_path, "talk.md", outline(*STRONG_UNITS[:3])))
    slide, text = talk.slides[1], read_slides(talk, BLANK).texts[1]
    weighed = {name for name in load_model().weights if ":" not in name} - {"bias", "backup"}
    assert weighed, "the model weighs no feature of its own"
    assert {name: describe(name, slide, text) for name in weighed if describe(name, slide, text) == name} == {}


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("What changed for the robots", "What changed"),  # not the lemmas 'what chang'
        ("Thank you! Questions?", "Questions?"),  # not 'question ?'
        # (words of trouble, as the talk opens: where they name its problem)
        ("Robots cannot see glass", "cannot"),  # not the tokens 'can not'
        ("Warnings don't work", "don't work"),  # not the contraction's half 'n't work'
    ],
)
def test_the_evidence_quotes_the_words_of_the_title(tmp_path: Path, title: str, shown: str) -> None:
    units = [*STRONG_UNITS[:3], (title, "Two robots.")]
    if shown in ("cannot", "don't work"):
        units = [STRONG_UNITS[0], (title, "Two robots."), *STRONG_UNITS[1:3]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    slide = next(s for s in talk.slides if s.title == title)
    evidence = analyse(talk).role(slide).evidence
    assert f"title '{title}' ('{shown}')" in evidence


def test_the_same_word_is_the_outline_in_the_opening_and_the_agenda_at_the_end(tmp_path: Path) -> None:
    units = [("Roadmap", "Problem, idea, results."), *without_vision(STRONG_UNITS)[:-1]]
    units += [("Roadmap ahead", "Years 1-2: a study in 100 homes."), STRONG_UNITS[-1]]
    roles = roles_of(write(tmp_path, "talk.md", outline(*units)))
    assert (roles["Roadmap"], roles["Roadmap ahead"]) == ("outline", "agenda")


@pytest.mark.parametrize(
    "title",
    [
        "What comes next",
        "Where this goes next",
        "The next five years",
        "Upcoming work",
        "Plans",
        "Looking forward",
        "What I'd build here",
        "My 5-year plan",  # a plan counted in years, not the talk's plan
        "Open directions",
        "What's ahead",
        "Going forward",
        "Where next?",
        "Beyond this thesis",  # what comes after the thesis, not the thesis's vision
        "Open challenges",
    ],
)
def test_where_the_work_goes_next_in_the_speakers_words_is_the_agenda(tmp_path: Path, title: str) -> None:
    talk_units = without_vision(STRONG_UNITS)
    plans = (title, "- Explain uncertainty to users\n- Transfer across robots")
    path = write(tmp_path, "talk.md", outline(*talk_units[:-1], plans, talk_units[-1]))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == title)
    assert "agenda" in analyse(talk).role(slide).mentions
    assert not by_code(lint(path), "TL101")  # a talk with an agenda is not without a vision


@pytest.mark.parametrize("title", ["My research agenda", "My agenda: robots as a household's memory", "My research"])
def test_the_speakers_research_agenda_named_as_the_talk_opens_states_the_vision(tmp_path: Path, title: str) -> None:
    units = without_vision(STRONG_UNITS)
    units = [units[0], (title, "Robots that learn a new home in a day."), *units[1:]]
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == title)
    assert "vision" in analyse(talk).role(slide).mentions
    assert analyse(talk).role(slide).role != "outline"  # the research's agenda, not the talk's
    assert not by_code(lint(path), "TL102")


def test_plans_named_as_the_talk_opens_are_its_outline(tmp_path: Path) -> None:
    units = [("Plans", "Problem, idea, results."), *without_vision(STRONG_UNITS)]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))["Plans"] == "outline"


@pytest.mark.parametrize(
    ("title", "agenda"), [("Next: a comparative study", True), ("Next-generation sequencing", False)]
)
def test_next_as_a_titles_label_names_the_agenda(tmp_path: Path, title: str, agenda: bool) -> None:
    units = [*without_vision(STRONG_UNITS)[:-1], (title, "Ghana and the UK; a book on care."), STRONG_UNITS[-1]]
    assert ("agenda" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is agenda


@pytest.mark.parametrize(
    ("title", "position", "conclusion"),
    [
        ("Synthesis", -1, True),  # as the talk ends, its takeaways
        ("Synthesis: finance and migration intersect", -1, True),
        ("Synthesis", 3, False),  # in the middle of a chemistry talk, how the catalyst is made
        ("Synthesis of NiMo alloys", -1, False),
    ],
)
def test_synthesis_names_the_takeaways_as_a_label_or_alone_as_the_talk_ends(
    tmp_path: Path, title: str, position: int, conclusion: bool
) -> None:
    units = [*STRONG_UNITS[:-1]]
    units.insert(position if position > 0 else len(units), (title, "Electrodeposition on nickel foam, then annealing."))
    path = write(tmp_path, "talk.md", outline(*units, ("Thank you", "Questions?")))
    assert ("conclusion" in roles_of_slide(path, title).mentions) is conclusion
    assert bool(by_code(lint(path), "TL106")) is not conclusion


def test_next_as_a_label_in_the_last_slides_of_a_short_talk_names_the_agenda(tmp_path: Path) -> None:
    # Seven of nine slides in is not yet the talk's last quarter, but it is among its last three slides.
    title = "Next: modal verbs in 12 languages"
    units = [
        ("Children misread 'might' until age 7", "Four-year-olds open one box and stop."),
        ("My research program", "I study how children learn words for possibility."),
        ("Study 1: what parents say", "Parents rarely say 'might'."),
        ("Study 2: a hiding game", "Four-year-olds treat 'might' like 'is'."),
        ("A learner that counts contexts", "It learns 'might' late, as children do."),
        (title, "2026-2027: Croatian and Hindi corpora. 2028-2030: a cross-linguistic model."),
        ("Three things to remember", "Parents rarely say it; children need contrast; models must count contexts."),
        ("Thank you", "Questions?"),
    ]
    assert "agenda" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


@pytest.mark.parametrize(
    "title",
    [
        "Highlights",
        "So what?",
        "Key findings",
        "Putting it all together",
        "So, what did we learn?",
        "So what did we learn?",
        "The punchline",
        "Today I showed",
        "Remember",
        "The gist",
        "Looking back",
        "The story so far",
        "What we have seen",
        "The message",
        "The short answer",
    ],
)
@pytest.mark.parametrize("at_the_end", [True, False])
def test_the_talks_highlights_as_it_ends_are_its_takeaways(tmp_path: Path, title: str, at_the_end: bool) -> None:
    # Alone as a title at the end, the talk's best points; in its middle, a part's results or a question.
    units = [*STRONG_UNITS[:-1]]
    units.insert(len(units) if at_the_end else 3, (title, "Robots can predict their own failures; asking halves them."))
    path = write(tmp_path, "talk.md", outline(*units, ("Thank you", "Questions?")))
    assert ("conclusion" in roles_of_slide(path, title).mentions) is at_the_end
    if at_the_end:
        assert not by_code(lint(path), "TL106")


@pytest.mark.parametrize(
    "title", ["Where this leaves us", "Key insights", "Where we landed", "What I hope you'll remember"]
)
def test_where_the_work_leaves_the_audience_as_the_talk_ends_is_its_takeaways(tmp_path: Path, title: str) -> None:
    units = [*STRONG_UNITS[:-1], (title, "Robots can predict their own failures; asking halves them.")]
    path = write(tmp_path, "talk.md", outline(*units, ("Thank you", "Questions?")))
    assert "conclusion" in roles_of_slide(path, title).mentions
    assert not by_code(lint(path), "TL106")


def test_a_multi_year_title_is_the_agenda_as_the_talk_ends_and_the_vision_as_it_opens(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    plans = ("Next five years", "Years 1-2: robots that explain failures\nYears 3-5: shared control")
    path = write(tmp_path, "talk.md", outline(*units[:-1], plans, units[-1]))
    assert roles_of(path)["Next five years"] == "agenda"
    opening = ("Looking forward", "Robots that know when to ask, in every home.")
    assert roles_of(write(tmp_path, "open.md", outline(units[0], opening, *units[1:])))["Looking forward"] == "vision"


def test_funding_laid_out_in_horizons_is_the_agenda_and_a_list_of_funders_the_thanks(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    plans = ("Funding and proposals", "- Years 1-3: NSF CAREER on grain boundaries\n- Years 2-5: a DOE consortium")
    path = write(tmp_path, "talk.md", outline(*units[:-1], plans, units[-1]))
    assert roles_of(path)["Funding and proposals"] == "agenda"
    funders = ("Funding", "NSF, DOE and the Toyota Research Institute.")
    assert roles_of(write(tmp_path, "thanks.md", outline(*units, funders)))["Funding"] == "acknowledgments"
    # under a title that names no part of the talk
    toward = ("Toward a robot chef in every home", "- Years 1-3: tasting sensors\n- Years 3-6: full recipes")
    path = write(tmp_path, "toward.md", outline(*units[:-1], toward, units[-1]))
    assert roles_of(path)[toward[0]] == "agenda"
    # late in the talk, steps dated by the calendar lay out the plan too
    network = ("A global reef listening network", "- 2026–2028: 200 hydrophones\n- 2028–2030: alerts\n- 2031: data")
    path = write(tmp_path, "network.md", outline(*units[:-1], network, units[-1]))
    assert roles_of(path)[network[0]] == "agenda"


def test_a_claim_after_the_agenda_that_ends_the_talk_is_its_recap(tmp_path: Path) -> None:
    units = [
        ("Robots fail in real homes", "Seven in ten home robots are returned within a year."),
        ("My goal: robots that learn a chore from one demonstration", "In every home, within a decade."),
        ("Learning from play", "- A person plays with objects for 10 hours\n- We learn how objects move"),
        ("Folding succeeds 82% of the time", "- Behaviour cloning: 31%\n- Ours: 79%"),
        ("Next five years", "- Years 1-2: tactile sensing\n- Years 3-5: one model for many objects"),
    ]
    recap = ("Play data teaches robots household skills", "- 10 hours of play, no labels\n- 4 garments in 5")
    path = write(tmp_path, "talk.md", outline(*units, recap, ("Questions?", "")))
    assert roles_of(path)[recap[0]] == "conclusion"
    assert not by_code(lint(path), "TL106")
    # before the agenda, the same slide is a result, and the talk still lacks its takeaways
    path = write(tmp_path, "early.md", outline(*units[:-1], recap, units[-1], ("Questions?", "")))
    assert roles_of(path)[recap[0]] != "conclusion"
    assert by_code(lint(path), "TL106")


def test_steps_dated_by_year_are_the_agenda_as_the_talk_ends_and_a_timeline_as_it_opens(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    plans = ("Coming up", "- 2027–2029: a trial in 100 schools\n- 2029–2031: teachers and tutors together")
    path = write(tmp_path, "talk.md", outline(*units[:-1], plans, units[-1]))
    assert "agenda" in roles_of_slide(path, "Coming up").mentions
    decades = ("Coming up", "- 2026--2028: phase curves of 12 planets\n- 2030s: clouds on rocky planets")
    path = write(tmp_path, "decades.md", outline(*units[:-1], decades, units[-1]))
    assert "agenda" in roles_of_slide(path, "Coming up").mentions
    history = ("Coming up", "- 1643: Torricelli's tube stands\n- 1648: the Puy-de-Dôme climb")
    path = write(tmp_path, "history.md", outline(units[0], history, *units[1:]))
    assert "agenda" not in roles_of_slide(path, "Coming up").mentions


def test_a_table_of_results_by_horizon_is_no_plan_in_horizons(tmp_path: Path) -> None:
    # A table's row names the horizon ("3 months") and the next cell, on the line below, its error: no "months 41".
    units = without_vision(STRONG_UNITS)
    rows = "| horizon | MAE | baseline |\n|---|---|---|\n| 3 months | 41 | 118 |\n| 12 months | 96 | 305 |"
    table = ("Forecast error", rows)
    slides = [f"## {title}\n\n{body}" for title, body in units]
    path = write(tmp_path, "talk.md", marp(*slides[:3], "## {}\n\n{}".format(*table), *slides[3:]))
    assert "agenda" not in roles_of_slide(path, "Forecast error").mentions
    plan = "## Coming up\n\n- Months 0-6: audit the fleet\n- Months 6-12: ship the estimator"
    path = write(tmp_path, "plan.md", marp(*slides[:-1], plan, slides[-1]))
    assert "agenda" in roles_of_slide(path, "Coming up").mentions


@pytest.mark.parametrize("title", ["Future", "Future: audits for LLM-based screeners"])
def test_future_alone_or_as_a_label_as_the_talk_ends_is_the_agenda(tmp_path: Path, title: str) -> None:
    units = without_vision(STRONG_UNITS)
    plans = (title, "Years 1-3: audits for language-model screeners. Years 3-6: a public audit lab.")
    path = write(tmp_path, "talk.md", outline(*units[:-1], plans, units[-1]))
    assert roles_of(path)[title] == "agenda"
    middle = ("Future frames: what the model predicts", "The next 8 frames of the video, from the last 4.")
    assert roles_of(write(tmp_path, "mid.md", outline(*units[:3], middle, *units[3:])))[middle[0]] != "agenda"


def test_the_book_as_the_talk_ends_is_the_agenda_and_in_its_middle_the_subject(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    book = ("The book", "Owed to Strangers, manuscript due 2027. Next: what we owe to future animals.")
    assert roles_of(write(tmp_path, "talk.md", outline(*units[:-1], book, units[-1])))["The book"] == "agenda"
    middle = ("The book", "Written in 1851, it sold four copies in its first year.")
    assert roles_of(write(tmp_path, "mid.md", outline(*units[:3], middle, *units[3:])))["The book"] != "agenda"


def test_an_open_problem_as_the_talk_opens_is_its_problem_and_as_it_ends_the_work_still_to_do(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    opening = ("The open problem", "Which memories does the sleeping brain keep, and how does it choose?")
    path = write(tmp_path, "open.md", outline(units[0], opening, *units[1:]))
    stated = roles_of_slide(path, "The open problem")
    assert (stated.role, "agenda" in stated.mentions) == ("motivation", False)
    ending = ("Open problems", "Which memories does sleep keep in people with memory loss?")
    path = write(tmp_path, "end.md", outline(*units[:-1], ending, units[-1]))
    assert roles_of_slide(path, "Open problems").role == "agenda"


@pytest.mark.parametrize(
    ("title", "thesis"),
    [
        ("Thesis", True),  # the talk's claim, under a title that is the word alone
        ("Argument", True),
        ("Thesis: software that accuses must be confronted", True),
        ("Thesis conclusions", False),
        ("Organization of the thesis", False),
    ],
)
def test_a_thesis_named_by_a_label_as_the_talk_opens_states_the_vision(
    tmp_path: Path, title: str, thesis: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    claim = (title, "Algorithmic outputs offered for their truth are testimonial.")
    stated = roles_of_slide(write(tmp_path, "talk.md", outline(units[0], claim, *units[1:])), title)
    assert (stated.role == "vision") is thesis


def test_beyond_the_lab_as_the_talk_opens_is_no_impact(tmp_path: Path) -> None:
    opening = ("Beyond the lab", "Grasping works in labs and fails in kitchens: 1 in 3 grasps drops the cup.")
    path = write(tmp_path, "talk.md", outline(STRONG_UNITS[0], opening, *STRONG_UNITS[1:]))
    assert "impact" not in roles_of_slide(path, "Beyond the lab").mentions


def test_next_as_a_label_in_the_middle_of_the_talk_is_a_step_of_the_method(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    middle = ("Next: the training loop", "We sample a batch of grasps and update the weights.")
    path = write(tmp_path, "talk.md", outline(*units[:3], middle, *units[3:]))
    assert "agenda" not in roles_of_slide(path, middle[0]).mentions
    assert by_code(lint(path), "TL101")  # a method step is no plan: the talk still has no vision or agenda


@pytest.mark.parametrize("title", ["What I'll cover", "Talk structure", "Talk overview", "Talk roadmap"])
def test_the_talks_plan_in_the_speakers_words_is_its_outline_and_names_no_problem(tmp_path: Path, title: str) -> None:
    opening = [
        (title, "Problem, method, results, future."),
        ("Related work", "Smith 2019; Lee 2020."),
        ("Notation", "Let x be a grasp."),
        ("Our method", "An ensemble of grasp models."),
    ]
    path = write(tmp_path, "talk.md", outline(*opening, *without_vision(STRONG_UNITS)[2:]))
    assert roles_of(path)[title] == "outline"
    assert by_code(lint(path), "TL104")  # the plan names a problem; the talk does not state one


def test_the_talks_roadmap_named_as_the_talks_is_its_outline_after_the_opening_slides_too(tmp_path: Path) -> None:
    # "Roadmap" alone after three opening slides is left to where it stands; "Talk roadmap" says whose it is.
    units = [
        *STRONG_UNITS[:3],
        ("Talk roadmap", "Training in context. Family safety nets. What's next."),
        *STRONG_UNITS[3:],
    ]
    path = write(tmp_path, "talk.md", outline(*units))
    assert roles_of(path)["Talk roadmap"] == "outline"


@pytest.mark.parametrize(("title", "outline_word"), [("Overview of the talk", True), ("Overview of the system", False)])
def test_an_overview_of_a_system_is_the_methods_not_the_talks_outline(
    tmp_path: Path, title: str, outline_word: bool
) -> None:
    units = [(title, "Perception, planning and control."), *without_vision(STRONG_UNITS)]
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == title)
    assert ("outline" in analyse(talk).role(slide).mentions) is outline_word


@pytest.mark.parametrize("title", ["Today's menu", "Today's plan", "Menu"])
def test_the_plan_of_the_talk_named_as_it_opens_is_its_outline_not_a_problem(tmp_path: Path, title: str) -> None:
    units = [(title, "Entree: modelling. Main: deep models. Dessert: contributions."), *without_vision(STRONG_UNITS)]
    path = write(tmp_path, "talk.md", outline(*units))
    assert roles_of(path)[title] == "outline"
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == title)
    assert "motivation" not in analyse(talk).role(slide).mentions


@pytest.mark.parametrize(
    ("said", "problem"),
    [
        ("40% of field sensors die within two years when their batteries run out, and scientists lose the data.", True),
        ("Hospitals waste a third of their scans on repeats.", True),
        ("The die area is 4 mm2 per core, on a 7 nm process.", False),  # a chip's die
        ("Why do robots stop working in homes?", True),
        ("Collective efficacy explains why crime is concentrated in a few streets.", False),  # a reason told
        ("A nurse in a rural clinic waits three days for a lab result.", True),  # people kept waiting
        # those who trade on a platform, leaving
        ("Half of new sellers leave in their first month.", True),
        # a share lost by a year to come
        ("Half of the world's languages will have no speakers by 2100.", True),
        ("Half of all species will be gone by 2100.", True),
        ("Half of the weights will have no gradient after pruning.", False),
        ("Half of our samples will be lost in transit.", False),
        # "need" alone is a requirement; "we need" and another problem word state one
        ("Flush+Reload: needs shared memory pages. Prime+Probe: fills a cache set.", False),
        ("We need a way to find attackers on shared hosts.", True),
        ("Flush+Reload needs shared pages, a limitation on clouds.", True),
        ("Rural clinics wait 3x longer than city hospitals for a diagnosis.", True),
        ("A wait-free queue lets every core proceed.", False),  # a kind of algorithm
        ("Engineers wait 40 minutes a day for builds.", True),  # minutes lost again and again
        ("Wait 10 minutes before measuring the gel.", False),  # a protocol's step
        ("Rural clinics wait weeks for lab results.", True),  # a span uncounted, in the plural
        ("We wait for the model to converge.", False),
        # what nobody knows yet, said in a sentence
        ("Microplastics are in every placenta tested. We do not know what they do there.", True),
        ("Nobody knows where the pipes leak until the street floods.", True),
        ("Folding laundry takes people 6 hours a week.", True),  # time lost to a chore
        ("Nurses spend 3 hours a shift on paperwork.", True),
        ("Couriers spend 40% of their shift unpaid, waiting for orders.", True),  # a share of working time lost
        ("Nurses lose a third of their day to paperwork.", True),
        ("Our solver spends 40% of its time in the factorisation.", False),  # the method's own time
        ("We spent half of the time on setup.", False),
        ("The planner replans in 2 seconds per step.", False),  # a method's speed
        ("We ran the robots for 6 hours a day in 30 homes.", False),  # a study's schedule
        ("Leaks cost cities $40 billion a year.", True),
        ("Fair allocation rules cost only 2% in efficiency.", False),  # a price found small: a result
        ("Small models run on a laptop, at low cost.", False),
        ("Every 40 seconds, someone in the US has a stroke.", True),  # the stakes as a rate
        ("Every 11 seconds, an older adult is hurt in a fall.", True),
        ("We sample the sensor every 10 seconds.", False),  # a method's rate
        ("Every 30 minutes a nurse checks a patient.", False),  # a routine, no harm
        ("Every second, 2,000 lines of code are pushed with a bug in them.", True),  # things gone wrong, by the second
        ("Every second, the robot replans 2,000 trajectories.", False),  # nothing goes wrong
        ("We log every 10 seconds 2,000 errors of the model.", False),  # the speaker's own log
        ("Kitchen burns send 30,000 people to the ER each year.", True),  # harm counted a year
        ("Falls kill 36,000 older Americans each year.", True),
        ("We recruited 30 people each week for the study.", False),  # a study's schedule, no harm
        ("In 2018, a bridge in Genoa collapsed: 43 people died.", True),  # lives lost, counted once
        ("12 workers were injured when the crane fell.", True),
        ("Over 20,000 deaths among cane cutters in two decades.", True),  # the toll, as a count of deaths
        ("0 deaths in either arm of the trial.", False),
        ("We killed 3 processes to free memory.", False),
        ("The registry adds 10,000 patients a year.", False),
        ("Radiologists are overwhelmed: one per 100,000 people in rural areas.", True),  # too few hands
        ("Only 4% of charts on the web have alt text.", True),  # a share too small, as the talk opens
        ("Fewer than half of patients get follow-up care.", True),
        ("Only 2 parameters are tuned, once.", False),  # a count, not a share
        ("85% of human proteins have no pocket a drug can bind.", True),  # the share that goes without
        ("Most of the world's languages lack a speech recogniser.", True),
        ("40% of the weights have no gradient.", False),  # the study's own
        ("Most of our samples have no label.", False),
        ("3,000 languages have no working speech recogniser.", True),  # those without, counted in thousands
        ("2 billion people lack safe drinking water.", True),
        ("40,000 images have no label.", False),  # a dataset's own
        ("Millions of pages of parish registers sit unread in archives.", True),  # left undone, counted
        ("Most wells go untested.", True),
        ("Most of our samples remain untested.", False),  # the study's own
        ("10,000 images remain unused in the benchmark.", False),  # a dataset's
        ("Genealogists transcribe them by hand, a page an hour.", True),  # people of a trade, by hand, today
        ("Two annotators labelled them by hand.", False),  # a study's step, told past
        ("12 patients have no follow-up data.", False),  # a study's few
        ("38% of searches end with no booking.", True),
        ("Guests leave without booking; hosts in small towns get almost no views.", True),  # who goes without
        ("We left without the last batch of data.", False),  # the speaker, not people in general
        ("We started without knowing whether the method would work.", False),  # the speaker's own start
        ("The process goes without a lock on the fast path.", False),  # one thing, not things in general
        ("Picking is still done by hand in most warehouses.", True),  # a chore people still do
        ("Most radiology reports are still written manually.", True),
        ("Most bridges in the US are inspected by eye, once every two years.", True),  # most, by eye
        ("Ambulances in rural Kenya take over an hour to reach a patient.", True),  # help slow to come
        ("Our models take 3 hours to train.", False),  # a method's cost
        ("Half of the water pumped in Lagos leaks before it reaches a tap.", True),  # the share lost
        ("Half of our samples were lost in shipping.", False),  # the study's own
        ("Pacific Northwest hatcheries lost up to 80% of their larvae.", True),  # the share lost, verb first
        ("We lost 80% of our samples in shipping.", False),
        ("Gig workers earn less than minimum wage.", True),  # pay below the floor
        # a share of what the whole world spends, taken by things in general; not the work's own cost
        ("Datacenters burn 2% of the world's electricity.", True),
        ("Cement emits 8% of global CO2.", True),
        ("Our model uses 2% of the energy of the baseline.", False),
        ("We use 2% of the world's electricity for training.", False),
        # people in general who soon give up what was made for them; not a study's, nor the speaker's
        ("Lane-keeping assist ships in most new cars. Drivers switch it off within a month.", True),
        ("Half of users uninstall the app after a week.", True),
        ("Hearing aids are bought, then left in a drawer: owners stop wearing them within a year.", True),
        ("'Symbolic' is used as a catchall term but is poorly defined.", True),  # a gap in what the field knows
        ("Your neighbour in the cloud can steal your keys in ten minutes.", True),  # what an attacker can do
        ("Participants stopped wearing the watch after the study.", False),
        ("Participants switched it off after the session.", False),
        ("We switch it off after 3 epochs.", False),
        # ... or who skip a share of it; not a study's participants, told past
        ("Blind users skip 9 in 10 charts.", True),
        ("Travelers scroll past 90% of what we show them.", True),
        # almost none of things in general, and plenty set against few; not the study's own
        ("Atmospheres are measured for a few dozen hot giants, almost none of the small rocky planets.", True),
        ("Almost none of our labels changed.", False),
        ("We have found 5,600 planets but know the air of fewer than 100.", True),
        ("Thousands of languages are spoken, but only 40 have a speech recogniser.", True),
        ("We labelled 10,000 images but only 3 were ambiguous.", False),  # a dataset's own
        ("Patients miss a third of their doses.", True),
        ("In our diary study, 14 participants skipped 92% of the charts.", False),
        ("We annotated 500 images by hand.", False),  # a method's step
        ("Images were labelled manually by two annotators.", False),
        # what may soon be lost for good
        ("Half of the world's languages mark evidence; most are endangered.", True),
    ],
)
def test_words_of_loss_state_the_problem(tmp_path: Path, said: str, problem: bool) -> None:
    units = [*STRONG_UNITS[:1], ("Opening hook", said), *STRONG_UNITS[2:]]
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("motivation" in roles_of_slide(path, "Opening hook").mentions) is problem


@pytest.mark.parametrize(
    ("said", "plans"),
    [
        ("The first year-long field test of robots that ask.", False),  # a span's length
        ("A course for first-year students on robots that ask.", False),  # a cohort
        ("In the first year, robots that ask in 100 homes.", True),  # the plan's first year
    ],
)
def test_the_first_year_is_a_plan_only_as_a_step_of_it(tmp_path: Path, said: str, plans: bool) -> None:
    units = [*without_vision(STRONG_UNITS)[:5], ("Contributions", said), STRONG_UNITS[-1]]
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("agenda" in roles_of_slide(path, "Contributions").mentions) is plans


def test_lives_lost_state_the_problem_only_as_the_talk_opens(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    said = "In the control arm, 12 patients died."  # a trial's adverse events, told later
    late = write(tmp_path, "late.md", outline(*units[:-1], ("Safety", said), units[-1]))
    assert "motivation" not in roles_of_slide(late, "Safety").mentions
    early = write(tmp_path, "early.md", outline(("Safety", "In 2021, 246 people died in the blackout."), *units[1:]))
    assert "motivation" in roles_of_slide(early, "Safety").mentions


def test_a_share_too_small_states_the_problem_only_as_the_talk_opens(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    said = "Only 2% of the errors remain after calibration."
    late = write(tmp_path, "late.md", outline(*units[:-1], ("Calibration", said), units[-1]))
    assert "motivation" not in roles_of_slide(late, "Calibration").mentions
    early = write(tmp_path, "early.md", outline(("Calibration", "Only 4% of robots ask for help."), *units[1:]))
    assert "motivation" in roles_of_slide(early, "Calibration").mentions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Background", "The Hessian is too large to store; we keep a low-rank sketch."),  # a step, in the text
        ("Setup", "The robot does not know where the cup is, so it searches."),
    ],
)
def test_a_shortfall_in_a_slides_text_is_a_step_of_the_method(tmp_path: Path, title: str, body: str) -> None:
    units = [(title, body), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


@pytest.mark.parametrize(
    "title",
    [
        "Mode collapse in GANs",
        "Obstacle avoidance with control barrier functions",
        "The Bell inequality",
        "Late fusion of modalities",
        "Hard negative mining",
        "Dark matter halos",
        "Symmetry breaking in the Higgs sector",
        "Miss rate vs false positives",
        "Threat model",  # the attacker a security paper assumes
    ],
)
def test_a_technical_term_that_sounds_like_trouble_names_no_problem(tmp_path: Path, title: str) -> None:
    units = [(title, "A quadratic program at 1 kHz."), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


def test_a_shortfall_in_a_later_title_is_a_step_of_the_method(tmp_path: Path) -> None:
    title = "The Hessian is too large to store"
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:-2], (title, "A low-rank sketch keeps 1% of it."), *units[-2:]))
    assert "motivation" not in roles_of_slide(path, title).mentions


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Half of coaching app users quit in the first week", "Exit interviews: it felt like talking to a wall."),
        ("Every new task takes a robot 1,000 demonstrations", "Nobody can teleoperate a robot that long."),
        # what goes to waste or is left out
        ("Most written feedback is never read", "Teachers spend five hours a week writing comments."),
        ("Rural patients are overlooked by screening programs", "Clinics are two hours away."),
        ("People switch off robots they do not trust", "4 in 10 owners stopped using their robot within a month."),
        ("Creators on platforms earn almost nothing", "The top 1% of creators get 80% of the exposure."),
        # what is lost from sight, and people leaving told in the text
        ("Sellers leave when their listings vanish from search", "40% of new sellers get no sale in a month."),
        ("Small farms are disappearing", "Half of them closed since 1990."),
        # what nobody knows yet: the gap the work fills
        ("We know little about what eviction does to children", "Studies follow adults for a year at most."),
        ("Sleep in the ICU", "Little is known about how noise wakes patients."),
        # lives lost or hurt
        ("Heat kills more Americans than any other weather event", "Over 2,300 heat deaths in 2023."),
        ("Falls are deadly for older adults", "Most happen at home."),
        ("Heat is the deadliest weather hazard", "Most victims are older adults living alone."),
        ("Hurricanes", "Heat kills more Americans each year than hurricanes and floods combined."),
        # a share of the world's emissions
        ("Ammonia feeds half the world, and emits 1.8% of global CO2", "It uses 2% of the world's energy."),
        # a trouble that grows or looms, and what no method yet does
        ("Loneliness is on the rise among older adults", "One in three lives alone."),
        ("Wildfires are getting worse", "Burned area doubled since 2000."),
        ("Flooding threatens coastal cities", "Sea levels rise 3 mm a year."),
        ("No existing method handles occlusion", "Detectors miss hidden objects."),
        ("Half of all cases are undiagnosed", "It takes years to see a specialist."),
        # what cannot grow with the need, what people miss
        ("Annotating by hand does not scale", "Experts annotate 50 recordings a year; archives hold 2 million."),
        ("Doctors miss half of early cancers", "Screening finds 48% of stage I tumours."),
        # too few hands for the work, and why the moment has come
        ("Hospitals are understaffed", "One radiologist for every 100,000 people."),
        ("Scans pile up overnight", "Patients hear in the morning."),
        ("The opportunity", "Cheap sensors could watch every field."),
        ("Riders abandon 1 in 4 bookings at the pickup map", "Exit interviews: I could not tell which car."),
        ("What we don't know", "Eviction research studies adults, not their children."),  # the gap the work fills
        # what does not do its job
        ("Warnings don't work", "87% are clicked through in under 2 seconds."),
        # ... or does not understand those it serves; people who reject most of it (a blind battery)
        ("Phones listen, but they do not understand accents", "Word error rates double for Indian English."),
        ("Translators reject most machine suggestions", "Fixing them takes longer than writing from scratch."),
        # what falls short of the need, said in the title: too poor for its job, not known, wrong
        ("Satellite images are too coarse to count trees", "Forests are mapped once a decade."),
        ("Charging takes too long", "A fast charge still takes 30 minutes, and it wears the cell out."),
        # more coming than people can handle
        ("Microscopes produce more images than biologists can annotate", "One experiment: 10 TB, 2 million cells."),
        # ... or what moves faster than anyone foresaw
        ("Glaciers are melting faster than models predict", "Sea-level forecasts for 2100 differ by a metre."),
        # what takes long, the title's whole claim (a blind battery)
        ("MRI scans take 45 minutes", "Children must lie still for the whole scan, so many are sedated."),
        ("Cracks go unseen between inspections", "Inspectors rope down every two years."),
        ("Cities do not know where their lead pipes are", "9 million homes drink through lead pipes."),
        ("Chat assistants are confidently wrong", "A fluent answer reads as a correct one."),
        # what is easy to harm, and people who act without knowing what they must (a blind battery)
        ("Software supply chains are easy to poison", "One malicious package reached 8 million installs unnoticed."),
        ("Farmers in Ethiopia plant blind", "They decide when to plant without knowing when the rains will come."),
        ("Query optimizers guess, and they guess wrong", "Cardinality errors of 1000x are common on real workloads."),
        # what is weak, scarce, worn away or false; people shut out or held back; what is unequal or declining
        ("Software supply chains are fragile", "One maintainer, millions of dependents."),
        ("Translators are scarce for rare languages", "Refugees rely on family members."),
        ("Deepfakes erode trust in video evidence", "Courts now question every clip."),
        ("Low-income students are priced out of STEM", "Lab fees and unpaid internships add up."),
        # people unseen or left out by those who should serve them
        ("Family caregivers are invisible to health apps", "Apps are built for the patient."),
        ("Renters go unheard at council meetings", "61% of comments come from homeowners."),
        ("Rural patients are left out of clinical trials", "Trial sites cluster in cities."),
        ("Self-driving cars struggle in snow", "Lane markings vanish under snow."),
        ("Medical images are labelled inconsistently", "Two radiologists agree on 70% of cases."),
        ("Antibiotics are losing the race", "Resistant infections rose 20% in five years."),
        ("The grid was not built for solar", "Rooftop panels overload neighborhood transformers."),
        ("Open-source maintainers are burning out", "Most projects have one unpaid maintainer."),
        ("Automated essay scores are biased", "Non-native writers score 0.4 points lower for the same content."),
        ("Patients forget what the doctor said", "Half of medical advice is forgotten within an hour."),
        # what is paid for and left idle, in the title or in the text
        ("Half of all GPU hours sit idle", "Jobs wait in queues while reserved machines do nothing."),
        # lives lost, said of the crashes or falls that take them
        ("Poor visibility", "1 in 4 fatal crashes in the EU happen in poor visibility."),
        # a question scholars have not settled, the puzzle a humanities talk opens on
        ("Rome fed a million people for 400 years", "No pre-modern city came close. Yet historians still argue how."),
        ("The origins of the Iliad remain contested", "Oral or written: two centuries of argument."),
        ("A cold start adds up to 2 seconds", "Developers keep functions warm, paying for idle machines."),
        # what works badly today, and what a tool leaves out altogether
        ("Surgical training in virtual reality", "Without touch, the skills transfer poorly to the real task."),
        ("VR lets you touch nothing", "Users reach for objects and grab air."),
        ("1 in 3 sessions ends in regret", "34% said the time was not well spent."),
        # what is broken in the tools people rely on, what breaks unnoticed or opens a system to attack
        ("Compilers have bugs", "Fuzzers found 325 of them in GCC and LLVM."),
        ("Optimisers in browsers", "A wrong rewrite silently changes what a program computes."),
        ("Untrusted code in every browser", "A miscompile there is a security hole."),
        # what people could not do, and what a theory leaves unexplained
        ("Charts in the news", "During the pandemic, blind readers could not follow the case curves."),
        ("The Standard Model", "Seventeen particles, three forces. It does not explain dark matter."),
        ("Children know 10,000 words by age six", "No current theory explains learning from so little input."),
        # a question the field has left open, a theory that says nothing
        ("Benign overfitting", "Known for linear regression. It remains open for networks."),
        ("Classical theory says they should not", "Uniform convergence bounds become vacuous."),
        # people held back by fear, in the title or in the text
        ("Operators are afraid to change anything", "Half of the engineers we surveyed delay config changes."),
        ("Config changes", "Engineers are reluctant to touch a setting nobody understands."),
        # what is done for nothing
        ("Graphs change", "Road networks close lanes every minute. Recomputing from scratch is wasteful."),
        # people who get a thing wrong
        ("Scientists hedge", "Readers misjudge hedged claims, even when the evidence is the same."),
        # what people complain of
        ("Noise complaints block one in five new wind farms", "Planning rules cap noise at 40 dB at the nearest home."),
        # lives at stake, and too little of what is needed
        ("Seconds of warning save lives", "Seismic networks are too sparse in most of the world."),
    ],
)
def test_people_walking_away_unable_or_left_out_state_the_problem(tmp_path: Path, title: str, body: str) -> None:
    units = [(title, body), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        # a thing blind where it must see; not a method's name nor a study's design
        ("Self-driving cars are blind in fog", True),
        # what has not got better for years; not a method's quantity that stays put
        ("Smallholder yields have not grown in 30 years", True),
        ("The training loss has not moved since step 300", False),
        ("Language models are blind to context", True),
        ("Blind source separation", False),
        ("A double-blind study of 40 patients", False),
        # what is easy to harm; not what is easy to use
        ("Voice assistants are easy to fool", True),
        ("The method is easy to implement", False),
        # people left out; not what a learner had not met, the method's test
        ("Rural patients never see a specialist", True),
        ("Our robot cuts 14 vegetables it never saw", False),
        ("It grasps objects never seen in training", False),
        # how things in the world change, what time they cost, how widespread they are, with no word of trouble
        ("Rural hospitals are closing", True),
        ("Kids are spending less time outdoors", True),
        ("Insurance claims sit for months", True),
        ("Commuters spend an hour a day in traffic", True),
        ("Context: coral reefs are bleaching every year", True),
        ("Rents rose 40% in a decade", True),  # a change measured over a span of years is the world's
        ("Wildfire smoke now reaches cities a thousand miles away", True),  # a state of the world that is new
        ("The model now converges in ten steps", False),  # the work's own
        ("Errors fall by 40%", False),  # a change measured, no span: the work's result
        ("Our cities are getting hotter", True),  # the world everyone shares, said as "our"
        ("Our models are getting slower", False),  # the speaker's own
        ("The ocean is getting louder", True),  # ... or named with its article, as one
        ("The controller is getting slower", False),
        # harm at its worst, or unannounced; not the same things named without it
        ("Ships burn the dirtiest fuel on Earth", True),
        ("Landslides bury villages without warning", True),
        ("Cleaner fuels for ships", False),
        ("An early-warning system for landslides", False),
        # people in general, and how often or how long something befalls them, whatever their verb
        ("People are interrupted every three minutes", True),
        ("Caregivers sleep five hours a night", True),
        ("Students rewrite their essays weekly", True),
        ("Students with disabilities", False),
        # ... or the people named by a word that qualifies them
        ("Knowledge workers are interrupted every few minutes", True),
        ("Older adults fall every year", True),
        ("Knowledge graphs are updated every hour", False),
        # a trend told with a result's words, dated by a year
        ("Energy use of data centers doubled since 2015", True),
        ("Most spreadsheets contain errors", True),
        # what takes long, the title's whole claim; not the speaker's own, a study's, nor seconds a step takes
        ("MRI scans take 45 minutes", True),
        ("New drugs take 12 years to reach patients", True),
        ("Our model takes 3 hours to train", False),
        ("The survey took 2 years", False),
        ("Each step takes 2 seconds", False),
        # said of things, the same words tell how a system runs
        ("Checkpoints are written every hour", False),
        ("Caches are flushed every minute", False),
        # how things work, the work's own parts, a measured change, praise, a definition, a topic asked, an order,
        # the speaker's claim: no problem stated
        ("Photons carry momentum", False),
        ("Plants convert light into sugar", False),
        ("The controller runs at 1 kHz", False),
        ("Each node stores a local copy", False),
        ("Errors fall by 40% with the new loss", False),
        ("Setup only takes minutes every day", False),
        ("Graphs are a way of showing more relations", False),
        ("What is making cloud computing faster", False),
        ("Keep the human in the loop every day", False),
        ("We are halving the planning time", False),
    ],
)
def test_what_a_title_on_the_first_slides_says_of_the_world_states_the_problem(
    tmp_path: Path, title: str, problem: bool
) -> None:
    units = [(title, "Three things to know."), *without_vision(STRONG_UNITS)[1:]]
    assert ("motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is problem


def test_a_span_that_dates_a_trend_of_the_world_is_no_vision(tmp_path: Path) -> None:
    trend = ("Rents rose 40% in a decade", "Young families were pushed to the suburbs.")
    path = write(tmp_path, "talk.md", outline(trend, *without_vision(STRONG_UNITS)[1:]))
    assert "vision" not in roles_of_slide(path, trend[0]).mentions
    goal = ("In a decade, every family can afford a home", "Zoning that lets cities grow.")
    path = write(tmp_path, "goal.md", outline(without_vision(STRONG_UNITS)[0], goal, *without_vision(STRONG_UNITS)[1:]))
    assert "vision" in roles_of_slide(path, goal[0]).mentions


@pytest.mark.parametrize(
    ("said", "vision"),
    [
        # a span that dates a change already past sets no goal, in the body as in the title
        ("In ten years, the dataset has grown tenfold.", False),
        ("Within a decade, solar costs fell 90%.", False),
        # ... a span ahead, or a goal said with it, does
        ("In ten years, I hope every clinic will be able to sequence a tumour in an afternoon.", True),
        ("In a decade, every home should make its own power.", True),
        # ... but not a forecast of a quantity of the world that no one sets as a goal
        ("In the next decade, sensors will cost less than a cent.", False),
        ("Ten years from now, half of all cars will be electric.", False),
        ("Over the next decade, my group will map half of the enzymes in the human gut.", True),
    ],
)
def test_a_span_of_years_is_the_vision_only_where_it_looks_ahead(tmp_path: Path, said: str, vision: bool) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(1, ("A word before we start", said))
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("vision" in roles_of_slide(path, "A word before we start").mentions) is vision


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("References", "acknowledgments"),
        ("Reference list", "acknowledgments"),
        ("Tutorial & references", "acknowledgments"),
        # "reference" in a claim is no list of references
        ("Our stream catalogue is the reference list in the Rubin Observatory science plan", "impact"),
        ("Credits", "acknowledgments"),
        ("Funding", "acknowledgments"),
        # nor is the credit lenders give, which the slide's words tell (others use the work)
        ("Lenders deny credit to families with thin files", "impact"),
        ("Credit without banks", "impact"),  # credit as money lent, heading the title
        ("Credit: NASA", "acknowledgments"),
    ],
)
def test_references_name_the_slide_only_where_they_head_its_title(tmp_path: Path, title: str, role: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, "Used by 9 survey teams to choose their fields.")]
    units += without_vision(STRONG_UNITS)[4:]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == role


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        # a question to answer yes or no, asked of things in general as the talk opens
        ("Do minimum wages trap workers in bad jobs?", True),
        ("Is gene XYZ involved in process ABC?", True),
        ("Question: do reminders change behaviour?", True),
        # asked of the audience, of one thing the talk names, or a short check of a result
        ("Do you know how a compiler works?", False),
        ("Is the kernel positive definite?", False),
        ("Does it work?", False),
        # ... or to answer by a quantity, not the speaker's own
        ("How long until a deck of cards is shuffled?", True),
        ("How many languages will survive this century?", True),
        ("How many parameters does our model have?", False),
    ],
)
def test_a_yes_or_no_question_about_the_world_on_the_first_slides_states_the_problem(
    tmp_path: Path, title: str, problem: bool
) -> None:
    units = [(title, "Parsing, optimisation, code generation."), *without_vision(STRONG_UNITS)[1:]]
    assert ("motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is problem


def beamer_frame(title: str, body: str) -> str:
    return f"\\begin{{frame}}{{{title}}}\n{body}\n\\end{{frame}}\n"


def test_a_section_speaks_for_the_slides_under_it_that_name_no_part_of_their_own(tmp_path: Path) -> None:
    # Beamer's section runs on to the next one: under "My research agenda", "Teaching and mentoring" and
    # "Conclusion" are what their titles say, not the vision; an untitled part of the agenda is the agenda.
    source = (
        "\\documentclass{beamer}\n\\title{Robots that ask for help}\n\\begin{document}\n\\frame{\\titlepage}\n"
        + beamer_frame("Home robots fail once an hour", "70\\% of failures go unnoticed.")
        + beamer_frame("Calibrated uncertainty", "Prediction sets with a guaranteed error rate.")
        + beamer_frame("Asking halves failures", "Two questions per hour.")
        + beamer_frame("People trust robots that ask", "Trust rose in a 30-home study.")
        + beamer_frame("Questions cost seconds", "Each question takes four seconds to answer.")
        + beamer_frame("Asking works across tasks", "Cooking, cleaning and tidying.")
        + "\\section{My research agenda}\n"
        + beamer_frame("Robots that explain themselves", "Robots that explain their uncertainty to anyone.")
        + beamer_frame("Teaching and mentoring", "A new course on uncertainty; six undergraduates mentored.")
        + beamer_frame("Conclusion", "Robots can know when they do not know.")
        + "\\end{document}\n"
    )
    path = write(tmp_path, "talk.tex", source)
    assert "vision" in roles_of_slide(path, "Robots that explain themselves").mentions
    assert "vision" not in roles_of_slide(path, "Teaching and mentoring").mentions


def test_the_slides_of_a_late_concluding_section_sum_the_talk_up(tmp_path: Path) -> None:
    # Under "In sum", as the talk ends, the views the talk weighed are its summing up; under "Contributions" in
    # the middle of the talk, the slides present the work.
    source = (
        "\\documentclass{beamer}\n\\title{Why prisons grew}\n\\begin{document}\n\\frame{\\titlepage}\n"
        + beamer_frame("Why did incarceration rise fivefold?", "The puzzle of the punitive turn.")
        + beamer_frame("An influential view", "Politicians exploited fear of crime.")
        + "\\section{Contributions}\n"
        + beamer_frame("A new survey of penal attitudes", "We coded 4,000 polls from 1950 to 2000.")
        + beamer_frame("Public opinion followed violence", "Punitiveness rose two years after homicides.")
        + beamer_frame("Politicians followed opinion", "Bills came after polls moved.")
        + beamer_frame("A natural experiment", "Cities that gained police cut violence.")
        + beamer_frame("Prisons grew where welfare was weak", "States that spent less on welfare jailed more.")
        + "\\section{In sum}\n"
        + beamer_frame("The influential view", "Elites led; the public followed.")
        + beamer_frame("The developing view", "Violence led; the public and elites followed.")
        + beamer_frame("Thank you", "Questions?")
        + "\\end{document}\n"
    )
    path = write(tmp_path, "talk.tex", source)
    assert roles_of_slide(path, "The influential view").role == "conclusion"
    assert roles_of_slide(path, "The developing view").role == "conclusion"
    assert roles_of_slide(path, "Public opinion followed violence").role != "conclusion"


def test_a_trend_in_the_world_later_in_the_talk_states_a_finding(tmp_path: Path) -> None:
    title = "Rural hospitals are closing"
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:-2], (title, "136 closed in the last decade."), *units[-2:]))
    assert "motivation" not in roles_of_slide(path, title).mentions


@pytest.mark.parametrize(
    "title",
    [
        "Handling missing data",
        "Imputing missing values",
        "Vanishing gradients",
        "Programmed cell death",
        "A biased coin",  # "biased" states the problem only as a claim ("Essay scores are biased")
        "The bias term",
        "Wrong-way driving detection",  # "wrong" states the problem only as a claim ("Query optimizers guess wrong")
    ],
)
def test_data_a_method_does_without_states_no_problem(tmp_path: Path, title: str) -> None:
    units = [(title, "We impute them with a Gaussian process."), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


@pytest.mark.parametrize(
    "body",
    [
        "Our models have almost no overhead.",
        "20% of our predictions are wrong.",
        "No gradient flows through the mask.",
        "Our samples have never been frozen.",
    ],
)
def test_the_studys_own_errors_and_a_method_without_overhead_state_no_problem(tmp_path: Path, body: str) -> None:
    units = [("Our parser", body), *without_vision(STRONG_UNITS)[1:]]
    assert "motivation" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Our parser").mentions


@pytest.mark.parametrize(
    ("title", "problem"),
    [("Robots drop glasses", True), ("Errors drop by 40% with the new loss", False)],  # a change reported
)
def test_things_let_fall_state_the_problem_and_a_quantity_that_drops_does_not(
    tmp_path: Path, title: str, problem: bool
) -> None:
    units = [(title, "Depth cameras see through glass."), *without_vision(STRONG_UNITS)[1:]]
    assert ("motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is problem


@pytest.mark.parametrize(
    ("title", "problem"),
    [("Language models hallucinate citations", True), ("Hallucination detection", False)],  # a task of the work
)
def test_what_a_model_makes_up_states_the_problem_and_the_task_named_by_it_does_not(
    tmp_path: Path, title: str, problem: bool
) -> None:
    units = [(title, "One in four references in generated reviews does not exist."), *without_vision(STRONG_UNITS)[1:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert (roles.role == "motivation") is problem


@pytest.mark.parametrize(
    ("title", "problem"),
    [("Builds are slow", True), ("Boosting slow waves with sound", False), ("Slow-wave sleep clears amyloid", False)],
)
def test_slowness_named_as_the_thing_studied_states_no_problem(tmp_path: Path, title: str, problem: bool) -> None:
    units = [(title, "Quiet clicks timed to the peaks."), *without_vision(STRONG_UNITS)[1:]]
    assert ("motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is problem


def test_what_fails_today_still_states_the_problem(tmp_path: Path) -> None:
    units = [("Today's robots fail in homes", "Seven in ten failures go unnoticed."), *STRONG_UNITS[1:]]
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title.startswith("Today"))
    assert "motivation" in analyse(talk).role(slide).mentions


def test_future_work_named_in_a_slides_words_states_the_agenda(tmp_path: Path) -> None:
    """A contributions slide that ends on the research it sets up states the agenda; one that does not, not."""
    talk_units = without_vision(STRONG_UNITS)
    for number, (body, states) in enumerate(
        (
            ("Control of the built environment matters. Sets up future research: institutional responsiveness.", True),
            ("Control of the built environment matters. Future steps: more cities, more decades.", True),
            ("Control of the built environment matters. It integrates three theories of place.", False),
            # work the speaker is about to start, not the talk's own narration
            ("Control of the built environment matters. We're about to develop a survey of 40 cities.", True),
            ("Control of the built environment matters. We will extend it to rural towns.", True),
            ("Control of the built environment matters. We will see why in the next slide.", False),
            ("Control of the built environment matters. We are about to see three examples.", False),
        )
    ):
        units = [*talk_units[:-1], ("Contributions", body), talk_units[-1]]
        path = write(tmp_path, f"talk{number}.md", outline(*units))
        talk = parse_talk(path)
        slide = next(s for s in talk.slides if s.title == "Contributions")
        assert ("agenda" in analyse(talk).role(slide).mentions) is states
        assert bool(by_code(lint(path), "TL101")) is not states


@pytest.mark.parametrize(
    ("position", "said", "states"),
    [
        (1, "I conduct theory-driven research on the ways communities respond to crime.", True),
        (1, "My research asks why some neighbourhoods recover from crime and others do not.", True),
        (-2, "I conduct theory-driven research on the ways communities respond to crime.", False),  # late: an aside
        (1, "We conducted interviews with 40 residents of two neighbourhoods.", False),  # a step of one study
        (1, "I study how losing a home reshapes families' lives over decades.", True),
        (1, "I studied how residents respond in two neighbourhoods.", False),  # a step told in the past
        (1, "My lab will map how resistance moves through microbial communities.", True),  # the lab's programme
        (1, "My lab will be hiring two postdocs next year.", False),
        # what the speaker studies, told by what it is or does, and what the research shows how to do
        (1, "I study the work that algorithms do not count.", True),
        (1, "My research shows how platform workers make invisible labour visible.", True),
        (1, "In this talk I study the case of one neighbourhood.", False),  # the talk's own scope
        (1, "My research shows that trust falls after a shooting.", False),  # a finding
        # who the speaker studies, and what the research does for whose sake
        (1, "I study who is exposed to crime, and why.", True),
        (1, "My research links police records to housing data, so that cities can act early.", True),
        (1, "In this talk I study what happened in one city.", False),
        # what the speaker's research makes, and what it lets people do
        (1, "My research builds tools that let residents report unsafe blocks.", True),
        (1, "My lab develops maps which help cities place patrols.", True),
        (1, "My work builds on methods that let cities share records.", False),  # what the work stands on
    ],
)
def test_the_research_programme_the_speaker_states_as_the_talk_opens_is_the_vision(
    tmp_path: Path, position: int, said: str, states: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    slide = ("Collective efficacy", f"Neighbours who trust each other step in. {said}")
    units.insert(position if position > 0 else len(units) + position, slide)
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    found = next(s for s in talk.slides if s.title == "Collective efficacy")
    assert ("vision" in analyse(talk).role(found).mentions) is states


@pytest.mark.parametrize(
    ("position", "question", "states"),
    [
        (1, "How can we adapt detection algorithms to aerial images?", True),  # the thesis, asked as the talk opens
        (1, "What is a campus grid?", False),  # a question about the topic, not what the work sets out to do
        (-2, "How can we adapt detection algorithms to aerial images?", False),  # late: a question about a result
        (  # a script that narrates around a question is not a slide that asks it
            1,
            "How can we express preferences over complex objects like cars? Let us look at two cars. On the left "
            "a gray minivan, on the right a blue sedan. We may say that we prefer one to the other, that we like "
            "both equally, or that we cannot decide, until we know more about them.",
            False,
        ),
    ],
)
def test_the_research_question_asked_as_the_talk_opens_states_the_vision(
    tmp_path: Path, position: int, question: str, states: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(position if position > 0 else len(units) + position, ("The question", question))
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == "The question")
    assert ("vision" in analyse(talk).role(slide).mentions) is states
    assert bool(by_code(lint(path), "TL101")) is not states


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Computer vision", "We use computer vision."),
        ("Vision transformers", "A vision transformer backbone."),
        ("Future tense", "The model predicts the future tense of verbs."),
        ("The objective function", "We minimise a training objective."),
        ("Today's goals", "Show how the filter works, then how we tested it."),  # the talk's plan: an outline
        ("What is not in this thesis", "Hardware, and the cost model."),
        ("Approach in this dissertation", "Photon recoil may be neglected."),  # a part of the thesis
        ("Mission planning", "The rover plans a route to the crater."),  # a rover's mission
        ("The vision pipeline", "Three cameras feed the detector."),
        ("Objective: minimize the reconstruction error", "An L2 loss on the k-space samples."),  # an optimisation's
        ("Experimental goals", "Test three hypotheses about grasp failure."),  # an experiment's aims
        ("Our aim in this experiment", "Measure the latency of each grasp."),
        ("The big picture of the architecture", "Encoder, decoder, loss."),  # the whole of a system
    ],
)
def test_near_misses_state_no_vision_and_are_named(tmp_path: Path, title: str, body: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[4:]]
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == title)
    assert not {"vision", "agenda"} & analyse(talk).role(slide).mentions
    assert by_code(lint(path), "TL101")


@pytest.mark.parametrize(
    ("title", "problem"),
    [
        ("The cost function", False),
        ("A learned cost map", False),
        ("The bottleneck layer", False),  # a part of a network
        ("Band gap engineering", False),  # a quantity of physics
        ("Gap junctions", False),  # a structure of cells
        ("Costs of manual picking", True),
    ],
)
def test_terms_of_the_trade_named_cost_gap_or_bottleneck_state_no_problem(
    tmp_path: Path, title: str, problem: bool
) -> None:
    body = "J sums the squared errors and a smoothness term." if not problem else "A picker costs $40,000 a year."
    units = [(title, body), *STRONG_UNITS[1:]]
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("motivation" in roles_of_slide(path, title).mentions) is problem


@pytest.mark.parametrize(
    ("title", "motivation"),
    [
        ("Linear inverse problems", False),  # a class of problems, as mathematics names it
        ("The optimization problem", False),
        ("Problem setup", False),  # the problem stated formally: the method's first step
        ("The problem: homes lose robots to silent failures", True),
    ],
)
def test_a_class_of_problems_named_by_mathematics_is_no_problem_statement(
    tmp_path: Path, title: str, motivation: bool
) -> None:
    units = [*STRONG_UNITS[:3], (title, "We recover the signal x from y = Ax + n."), *STRONG_UNITS[3:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    slide = next(s for s in talk.slides if s.title == title)
    roles = analyse(talk).role(slide)
    assert (roles.role == "motivation") is motivation
    assert ("motivation" in roles.mentions) is motivation  # "problem" in the look-alike is no cue word either
    assert bool(roles.near_misses.get("motivation")) is not motivation


@pytest.mark.parametrize(
    ("title", "quoted"),
    [("Vision-language models", "vision-language"), ("Goal: maximize the expected reward", "goal: maximize")],
)
def test_a_near_miss_is_quoted_as_written(tmp_path: Path, title: str, quoted: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, "They caption the photos.")]
    path = write(tmp_path, "talk.md", outline(*units, *without_vision(STRONG_UNITS)[4:]))
    [finding] = by_code(lint(path), "TL101")
    assert f"says '{quoted}': not a vision" in finding.message


@pytest.mark.parametrize(
    "said",
    [
        "My objective is robots that never fail in silence.",
        "Our aim is robots people trust.",
        "Robots that know what they do not know, in every home, within a decade.",
        "My research focuses on robots that know when to ask.",
        "Research objective: robots that know when to ask, in every home.",
        "Overall goal: homes whose robots ask before they fail.",
        "Robots in every home that ask before they fail: this is what my research works toward.",
    ],
)
def test_the_speaker_naming_their_objective_states_the_vision(tmp_path: Path, said: str) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(1, ("Augmented objects", said))
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == "Augmented objects")
    assert "vision" in analyse(talk).role(slide).mentions
    assert not by_code(lint(path), "TL101")


@pytest.mark.parametrize(
    ("said", "vision"),
    [
        ("Robots drop 1 in 10 new items. I want robots that handle anything, by touch.", True),
        ("Robots drop 1 in 10 new items. Imagine a robot that can pick up anything in your home.", True),
        ("Robots drop 1 in 10 new items. This talk: one step toward robots that feel.", True),
        ("Robots drop 1 in 10 new items. Where I'm headed: robots that learn any object by touch.", True),
        # what drives the speaker, where the work is heading, each as a line's label
        ("Robots drop 1 in 10 new items. What drives me: robots in every home that never drop a thing.", True),
        ("Robots drop 1 in 10 new items. Where this is heading: cheap hands that feel, in every home.", True),
        ("To see where this is going, look at the loss on the next slide.", False),
        # a method's aim, a matrix to picture, the proof's next step
        ("We want the controller to be stable and the error to vanish.", False),
        ("Imagine the matrix that stores all pairwise distances.", False),
        ("A first step toward the proof is Lemma 2.", False),
        ("I want to show you three results.", False),
        # a probe's mission, the talk's agenda
        ("The mission is to map the ice shell of Europa.", False),
        ("Agenda: background, two studies, conclusions.", False),
        ("I built a prototype that lets users see their data.", False),  # a step told in the past
        ("Imagine every pixel with its own weight.", False),  # a method's parts, not people or places
        ("I want to understand the method first.", False),  # no question to find out
        ("The dream team: three postdocs and a technician.", False),
        ("Our north star metric is daily active users.", False),  # a product team's metric
        ("Towards the end of the study, participants grew tired.", False),  # a time, not where the work goes
    ],
)
def test_the_future_pictured_as_the_talk_opens_previews_the_vision(tmp_path: Path, said: str, vision: bool) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(1, ("Augmented objects", said))
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("vision" in roles_of_slide(path, "Augmented objects").mentions) is vision


@pytest.mark.parametrize(
    "title",
    [
        "The big question",
        "A simple question",
        "One question",
        "My lab's question",
        # questions or an end that the slide is about: "question(s)" and "the end" close a talk only as its head
        "Calibration is measured on the wrong questions",
        "Question answering over tables",
        "Two questions about grasp quality",
        "Questions the benchmark cannot answer",
        "The end effector",
        "The end of Moore's law",
    ],
)
def test_the_question_the_work_asks_is_no_closing(tmp_path: Path, title: str) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(1, (title, "Can a home robot tell when it is about to fail?"))
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert roles.role != "closing"
    assert "closing" not in roles.mentions


@pytest.mark.parametrize("title", ["Any questions?", "Questions welcome", "Questions & discussion", "The End"])
def test_questions_or_the_end_heading_the_last_title_close_the_talk(tmp_path: Path, title: str) -> None:
    units = [*STRONG_UNITS, (title, "")]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "closing"


def test_the_question_the_speakers_lab_asks_is_the_vision(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(1, ("My lab's question", "How do gut microbes calibrate the immune response?"))
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))["My lab's question"] == "vision"


def test_a_numbered_aim_names_no_problem(tmp_path: Path) -> None:
    # "Aim 1:" numbers a part of the talk; "aim" is a word of a problem or a goal only where it is not a label.
    units = [
        *STRONG_UNITS[:3],
        ("Aim 1: three Clostridia species restore maturation", "Germ-free mice."),
        *STRONG_UNITS[3:],
    ]
    path = write(tmp_path, "talk.md", outline(*units))
    assert "motivation" not in roles_of_slide(path, "Aim 1: three Clostridia species restore maturation").mentions


def test_question_the_verb_is_no_closing(tmp_path: Path) -> None:
    title = "People distrust recommendations they cannot question"
    units = [(title, "62% ignored a recommendation they could not see the reason for."), *STRONG_UNITS[1:]]
    assert not roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).has("closing")


def test_the_talk_saying_what_it_will_do_states_no_agenda(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(len(units) - 1, ("Scope", "In this talk, I will focus on homes with one robot."))
    path = write(tmp_path, "talk.md", outline(*units))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == "Scope")
    assert "agenda" not in analyse(talk).role(slide).mentions
    [finding] = by_code(lint(path), "TL101")
    assert "i will" not in finding.message.lower()  # the talk's own plan is not a near miss worth naming
    units[-2] = ("Scope", "Next year I will build robots that explain themselves.")
    assert "agenda" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Scope").mentions


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Corpus - Conclusion", True),  # a dash between a part's name and its role joins nothing
        ("Light-matter interaction", False),  # a word inside a hyphenated compound names the compound
    ],
)
def test_a_title_word_counts_unless_a_hyphen_joins_it_to_another(tmp_path: Path, title: str, named: bool) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(4, (title, "Atoms scatter light in a small corpus."))
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    slide = next(s for s in talk.slides if s.title == title)
    evidence = " ".join(analyse(talk).role(slide).evidence)
    assert (f"title '{title}'" in evidence) is named


def test_perspectives_name_future_work_but_a_perspective_is_a_viewpoint(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(len(units) - 1, ("A historical perspective on robots", "Robots in factories since 1961."))
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    slide = next(s for s in talk.slides if s.title.startswith("A historical perspective"))
    assert not analyse(talk).role(slide).has("agenda")
    units[-2] = ("Perspectives", "Robots that explain themselves; robots that teach each other.")
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Perspectives").has("agenda")


def test_slides_that_divide_the_talk_are_not_its_content(tmp_path: Path) -> None:
    # Readers count content slides for the opening's 20% and the technical share: a title alone that names a
    # part or asks its question divides the talk; a title alone that states a claim is a slide of it.
    deck = marp(
        "# Robots that ask for help",
        "# Robots fail silently\n\n- 7 in 10 failures go unnoticed",
        "# Part II: Exploring safely",
        "# Why do robots stay silent?",
        "# Impact: a manufacturer ships it",
        "# Results\n\n- Failures fell from 70% to 31%",
        "# Questions?",
    )
    talk = parse_talk(write(tmp_path, "deck.md", deck))
    story = analyse(talk).story
    assert story is not None
    assert [story.slides[i].title for i in story.content] == [
        "Robots fail silently",
        "Impact: a manufacturer ships it",
        "Results",
    ]


def test_a_numbered_aim_is_a_part_of_the_thesis_not_its_vision(tmp_path: Path) -> None:
    # "Aim 1:" numbers the part of the thesis a results slide belongs to; the aims listed together are the vision.
    units = [
        *STRONG_UNITS[:2],
        ("Specific aims", "Aim 1: find the microbes. Aim 2: restore them. Aim 3: test the signature."),
        ("Aim 1: Three species drive neutrophil maturation", "Germ-free mice lack mature neutrophils."),
        ("Aim 2: Restoring the species halves sepsis deaths", "Mortality fell from 40% to 20% in mice."),
        STRONG_UNITS[-1],
    ]
    roles = roles_of(write(tmp_path, "talk.md", outline(*units)))
    assert roles["Specific aims"] == "vision"
    assert roles["Aim 1: Three species drive neutrophil maturation"] != "vision"
    assert roles["Aim 2: Restoring the species halves sepsis deaths"] != "vision"


def test_a_title_that_only_numbers_an_aim_divides_the_talk_and_states_no_vision(tmp_path: Path) -> None:
    # "Aim 1" alone names a part of the thesis and says nothing of it; "Specific aims" above still names the aims.
    units = without_vision(STRONG_UNITS)
    deck = marp(
        "# Robots that ask for help",
        f"# {units[0][0]}\n\n{units[0][1]}",
        "# Aim 1",
        f"# {units[1][0]}\n\n{units[1][1]}",
        "# Aims 2 and 3",
        *(f"# {title}\n\n{body}" for title, body in units[2:]),
    )
    path = write(tmp_path, "talk.md", deck)
    for title in ("Aim 1", "Aims 2 and 3"):
        assert "vision" not in roles_of_slide(path, title).mentions
    assert "TL101" in codes(lint(path))


def test_a_numbered_result_is_a_result_whatever_its_words_say(tmp_path: Path) -> None:
    # "Result 1:" names what the slide is, as "Results:" does; "employment does not fall" is no problem stated.
    units = [
        *STRONG_UNITS[:3],
        ("Result 1: employment does not fall", "Estimates near zero in all three specifications."),
        ("Lesson 2: ask the nurses first", "They knew which alarms were ignored."),
        *STRONG_UNITS[3:],
    ]
    roles = roles_of(write(tmp_path, "talk.md", outline(*units)))
    assert roles["Result 1: employment does not fall"] == "results"
    assert roles["Lesson 2: ask the nurses first"] == "lessons"


@pytest.mark.parametrize("title", ["The trouble with existing tools", "Background & motivation"])
def test_what_fails_in_what_exists_named_as_the_talk_opens_is_the_problem(tmp_path: Path, title: str) -> None:
    # The title names both prior work and a problem: as the talk opens, that is the gap the work fills, even
    # after two slides of background.
    units = [
        ("Censorship in 2017", "Sixty countries filter the web, according to Freedom House."),
        ("How circumvention works", "A proxy outside the country relays traffic."),
        (title, "Proxies are blocked within days; VPNs are slow."),
        *STRONG_UNITS[2:],
    ]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == "motivation"


@pytest.mark.parametrize("title", ["Cancellations fell 18% in the A/B test", "p99 fell from 210 ms to 38 ms"])
def test_a_quantity_that_fell_is_a_result_not_the_problem(tmp_path: Path, title: str) -> None:
    units = [*STRONG_UNITS[:3], (title, "2.1M requests over 6 weeks."), *STRONG_UNITS[3:]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == "results"


@pytest.mark.parametrize(
    ("title", "role", "named"),
    [
        ("Key findings", "results", True),
        ("Findings", "results", True),
        ("Finding the time lag between events", "results", False),  # finding something is a task
        ("Existing mitigation", "background", True),
        ("Previous measurements: angular analysis", "background", True),
        ("Domain decomposition: Basics", "background", True),
        ("Substepping: SotA", "background", True),
        ("A brief history of censorship", "background", True),
        ("Predicting motion from 2 seconds of history", "background", False),  # a history that is data
        ("Patient history as a predictor", "background", False),
        ("The Hubble tension: two rulers disagree by 5σ", "motivation", True),  # evidence that cannot agree
        ("The cosmic lithium mystery", "motivation", True),
        ("Surface tension drives the flow", "motivation", False),  # a force
        ("S8 = 0.76 ± 0.02", "results", True),  # a value measured with its uncertainty
        ("Every pass records why it fired", "motivation", False),  # a reason kept, not a question asked
        ("Attention explains why the model works", "motivation", False),
        ("Why compilers stay silent", "motivation", True),
        ("Preliminaries", "background", True),  # what the audience needs first
        ("Preliminary data: the Nurses' Rhythm Study", "background", False),  # the speaker's first results
        ("Preliminary data: the Nurses' Rhythm Study", "results", True),
        ("Field trial: stops fell by 70%", "results", True),
        ("A randomized trial in 40 classrooms", "results", True),
        ("Deaths fell by a third", "results", True),
        ("A solution exists", "background", False),  # "exists" is no prior work
        ("Basic idea", "background", False),  # the speaker's own idea
        ("Choosing the prior", "background", False),  # a Bayesian prior
        ("Experimental setup", "results", True),
        ("Main theorem", "results", True),
        ("Experimental physics at CERN", "results", False),  # a field, not a test of the work
        ("Data sets", "results", True),
        ("Data collection timeline", "results", False),  # work done on data: the method's
        ("Intro to Python for Data Science", "results", False),  # a field named by its data
        ("A data race took down checkout for four hours", "results", False),  # a thing named by its data
        ("Part 2: keeping neural data private", "results", False),  # data kept private
        ("Polyurethane coatings crack under repeated droplet impact", "impact", False),  # a body striking another
        ("Impact resistance of the coating", "impact", False),
        ("Impact of our coatings", "impact", True),
        # the impact the work may yet have names no uptake: the slide's words decide ("Broader impact: used by …")
        ("Broader impact", "impact", False),
        ("Potential impact", "impact", False),
        ("Prior self-healing systems", "approach", False),  # others' systems, however qualified
        ("Classical models of light scattering", "approach", False),
        ("Self-healing systems", "approach", True),
        ("Outlines within 30 m of field surveys", "outline", False),  # drawn outlines
        ("Outline of the talk", "outline", True),
        ("Overarching aim", "vision", True),
        ("Our aim in this section", "vision", False),  # the talk's own plan for a part
        ("About me", "background", True),  # who the speaker is: context, not the vision
        ("Who am I?", "background", True),
        ("Idea: share the cache", "approach", True),
        ("Ideas", "approach", False),  # what the speaker may do next
        ("p99 fell from 210 ms to 38 ms", "motivation", False),  # a quantity's change, reported
        ("A learner that counts contexts explains the delay", "results", True),  # a finding that accounts for it
        ("Failure modes", "results", True),  # where the evaluation found the method fails
        ("Failure modes", "motivation", False),
        ("Grasp success on 120 unseen household objects", "results", True),  # how often the method did its job
        ("Grasp success on 120 unseen household objects", "motivation", False),  # the objects a method is tested on
        ("Cracks go unseen between inspections", "motivation", True),  # trouble that grows where nobody looks
        ("Success rate by task", "results", True),
        # checks that the estimate holds, as an empirical study reports them
        ("Robustness", "results", True),
        ("Robustness checks", "results", True),
        ("Sensitivity analysis", "results", True),
        ("Placebo tests", "results", True),
        ("Robust hybrid learning", "results", False),  # a method that is robust
        ("Keys to success", "results", False),
        ("Explaining model predictions", "results", False),  # a topic
        ("Synthèse", "conclusion", True),  # a French talk's summary (its language rules are skipped, not its roles)
        ("Contents", "outline", True),
        ("Organization of the Thesis", "outline", True),  # a defense's plan of its thesis
        ("Thesis structure", "outline", True),
        ("Thesis statement", "outline", False),
        ("Table of contents", "outline", True),
        ("Content discriminator", "outline", False),  # what a model preserves, not the talk's contents
        ("Plan", "outline", True),
        ("Personalization in trip planning", "outline", False),  # planning is the subject
        ("Changing how cities plan", "outline", False),  # others plan: the word heads no title
        ("Today's plan", "outline", True),
        ("The question that drives my work", "vision", True),
        ("The question of my work", "vision", True),  # the question the research as a whole asks
        ("What drives my research", "vision", True),
        ("What others did with this", "impact", True),
        ("Why here", "collaboration", True),
        ("Teaching and mentoring", "collaboration", True),
        ("Mentoring", "collaboration", True),
        ("Mentoring cut first-year exits by a quarter", "collaboration", False),  # a talk about mentoring
        ("Study 1: a mentoring program in 120 schools", "collaboration", False),
        ("Why here", "motivation", False),  # why the speaker fits the place, not why the problem matters
        ("Why robots fail here", "motivation", True),
        ("Publications", "acknowledgments", True),  # the speaker's list of papers, like references
        ("Interaction (own publications)", "acknowledgments", False),  # a part of the talk and its papers
        ("My thesis in one slide", "conclusion", True),  # the whole talk said in one slide
        ("Weak lensing in one slide", "conclusion", False),  # a primer on the field
        ("Weak lensing in one slide", "background", True),
        ("Lattices in two minutes", "background", True),
        ("What we know", "background", True),  # what the field knows already
        ("What we don't know", "background", False),  # the gap
        ("Empirical strategy", "approach", True),  # how an empirical study finds its answer
        ("Identification strategy", "approach", True),
        ("Study design", "approach", True),
        ("My process", "approach", True),
        ("Case study: why customers abandoned onboarding", "motivation", True),  # the label names a part
        ("Case study: why customers abandoned onboarding", "results", False),
        ("Case studies in three hospitals", "results", True),  # not a label: the studies themselves
        ("What I'd do differently", "agenda", False),  # looking back: a lesson, not a plan
        ("What I'd do differently", "lessons", True),
        ("Open directions", "agenda", True),
        ("The robot plans in 2 seconds per step", "agenda", False),  # what a system plans
        ("The robot plans in 2 seconds per step", "outline", False),
        ("Plans", "agenda", True),
        ("Gradient direction convergence", "agenda", False),  # a direction in mathematics
        ("Directions of the magnetic field", "agenda", False),
        ("The long game", "vision", True),
        ("The years ahead", "agenda", True),  # the time ahead, named as the talk ends
        ("What I did", "approach", True),  # what the speaker did, told in the past
        ("Empirical specification", "approach", True),  # the equation a study estimates
        ("Estimating equation", "approach", True),
        ("How we did it", "approach", True),
        ("Confirmed in mice", "results", True),  # a finding found again, and where
        ("What I found", "results", True),  # what the speaker found, named as the part
        ("What we heard", "results", True),  # what a qualitative study heard
        ("Data", "results", False),  # an empirical talk's data, the material of its method
        ("Data: 10 million national exams", "results", False),
        ("Data and methods", "results", False),
        ("Synthetic data", "results", True),  # data the evaluation made, as readers take it
        ("What participants told us", "results", True),
        ("What we hear in a symphony", "results", False),  # hearing, the topic of a talk on music
        ("Beyond this thesis", "vision", False),
        ("Final words", "conclusion", True),
        ("Concluding", "conclusion", True),
        ("Key learnings", "lessons", True),  # industry's word for lessons
        ("What went wrong", "lessons", True),  # the speaker's failures, looked back on
        ("What went wrong", "motivation", False),
        ("Why it works: in situ X-ray diffraction", "motivation", False),  # how the method works, explained
        ("Machine learning for science", "lessons", False),
        ("Learning rate schedule", "lessons", False),
        ("What I'd work on here", "agenda", True),
        ("What I want to work on with you", "agenda", True),
        ("What I'd like to work on next", "agenda", True),
        ("If I join", "agenda", True),  # what the candidate would do once hired
        ("If I join the team", "agenda", True),
        ("What I want to know", "agenda", False),
        ("Where is this going?", "agenda", True),  # where the work goes, asked
        ("Where is the robot going?", "agenda", False),
        ("Next questions", "agenda", True),  # the questions the speaker takes on next
        ("Question: do reminders change behaviour?", "closing", False),  # the talk's question, not the audience's
        ("The bigger question", "closing", False),  # the work's question, qualified
        ("A harder question", "closing", False),
        ("Questions?", "closing", True),
        ("Any questions?", "closing", True),
        ("Main result", "conclusion", False),  # the result shown in the middle of a talk, as often as a summary
        ("Summary of the main results", "conclusion", True),
        ("Where we're headed today", "outline", True),  # where the talk goes, not the research
        ("Where we're headed today", "vision", False),
        ("Where we're headed today", "agenda", False),
        ("Where we're headed", "vision", True),
    ],
)
def test_a_title_names_its_part_of_the_story_and_a_near_miss_does_not(
    tmp_path: Path, title: str, role: str, named: bool
) -> None:
    from talklint.analysis import read_slides
    from talklint.analysis.nlp import BLANK

    talk = parse_talk(write(tmp_path, "talk.md", outline(*STRONG_UNITS[:3], (title, "Events arrive late."))))
    reading = read_slides(talk, BLANK)
    features = reading.features[[s.title for s in reading.slides].index(title)]
    assert (f"title:{role}" in features) is named


def _kicked_deck(tmp_path: Path, title: str, first_line: str) -> Path:
    """A conference deck whose fourth slide has ``title`` and ``first_line`` above two bullets."""
    slides = [
        {"title": "Pruning style-transfer networks", "layout": 0},
        {"title": "Contents", "bullets": ["Introduction", "Methods", "Experiments"]},
        {"title": "Introduction", "picture": True},  # the section's title comes back over the next slide
        {"title": title, "bullets": [first_line, "Style-transfer models use 2 GB of memory", "Phones have 1 GB"]},
        {"title": "Channel pruning", "bullets": ["Methods", "We drop correlated channels"]},
        {"title": "Quality assessment", "bullets": ["Experiments", "Users prefer ours in 61% of pairs"]},
        {"title": "Conclusion", "bullets": ["Half the memory, the same quality"]},
        {"title": "Thank you"},
    ]
    return build_pptx(tmp_path / "deck.pptx", slides)


def test_a_label_over_the_slides_text_names_its_part_when_the_title_names_none(tmp_path: Path) -> None:
    # A template's kicker, or a section name repeated at the top of each of its slides.
    talk = parse_talk(_kicked_deck(tmp_path, "Introduction", "Motivation"))
    analysis = analyse(talk)
    assert [analysis.role(s).role for s in talk.slides[3:6]] == ["motivation", "approach", "results"]
    assert analysis.role(talk.slides[3]).evidence[0] == "first line 'Motivation'"


@pytest.mark.parametrize(
    ("title", "first_line", "motivation"),
    [
        # a sentence that holds the word, not a label (over "models use 2 GB of memory; phones have 1 GB", among the
        # first content slides, it may state the problem: the motivation by what it says)
        ("Introduction", "Motivation comes from phones", None),
        ("Introduction", "Intuition", False),  # the heading of an explanation, which any part gives
        ("Related work", "Motivation", False),  # the title names the part: it wins
    ],
)
def test_a_first_line_that_is_no_label_or_under_a_naming_title_names_nothing(
    tmp_path: Path, title: str, first_line: str, motivation: bool | None
) -> None:
    talk = parse_talk(_kicked_deck(tmp_path, title, first_line))
    roles = analyse(talk).role(talk.slides[3])
    assert not any(evidence.startswith("first line") for evidence in roles.evidence)
    if motivation is not None:
        assert (roles.role == "motivation") is motivation


@pytest.mark.parametrize(
    ("label", "vision"),
    [
        ("**My goal**", True),  # the speaker's own vision, named as a label over the sentence that says it
        ("**Our vision**", True),
        ("**Objective**", False),  # an optimisation's, as often as the research's
    ],
)
def test_an_untitled_slide_labelled_with_the_speakers_vision_states_it(
    tmp_path: Path, label: str, vision: bool
) -> None:
    slides = [
        "# Safer roads with cheap sensors",
        "## Every year, 40,000 people die on US roads\n\nMost crashes happen at intersections without signals.",
        f"{label}\n\nEvery intersection watched by a $50 sensor that warns drivers before a crash.",
        "## Near misses predict crashes\n\n![](plot.png)",
        "## Summary\n\nCheap sensors can see crashes coming.",
        "# Thank you",
    ]
    talk = parse_talk(write(tmp_path, "deck.md", marp(*slides)))
    assert ("vision" in analyse(talk).role(talk.slides[2]).mentions) is vision


@pytest.mark.parametrize(("opening", "moved"), [("![bg](flood.jpg)", True), ("Floods hit 1.8 billion people.", False)])
def test_a_picture_that_opens_the_talk_before_its_title_slide_is_no_title_slide(
    tmp_path: Path, opening: str, moved: bool
) -> None:
    """A photo shown in silence before the title slide opens the talk as a slide of its own; the title slide after
    it is the title slide, and its title the talk's (an untitled slide of words stays the model's to weigh)."""
    slides = [
        opening,
        "# Forecasting Floods from Space\n\nResearch scientist interview · Sari Wulandari",
        "## Floods hit 1.8 billion people, and warnings come too late\n\n- Gauges cover 10% of rivers",
        "## My goal: a flood warning 5 days ahead for every river\n\n![](map.png)",
        "## Radar sees water through clouds\n\n![](sar.png)",
        "## Takeaways\n\n- Radar from space fills the gauge gap",
        "# Thank you",
    ]
    talk = parse_talk(write(tmp_path, "deck.md", marp(*slides)))
    analysis = analyse(talk)
    assert (analysis.role(talk.slides[1]).role == "title") is moved
    assert (analysis.role(talk.slides[0]).role == "other") is moved
    assert talk.title == "Forecasting Floods from Space"


def test_an_outlines_first_line_under_a_heading_is_what_to_say_not_a_label(tmp_path: Path) -> None:
    units = [*STRONG_UNITS[:2], ("Where we stand", "Motivation\n\nThe field uses two benchmarks."), *STRONG_UNITS[2:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    slide = next(s for s in talk.slides if s.title == "Where we stand")
    assert not any(e.startswith("first line") for e in analyse(talk).role(slide).evidence)


def test_contributions_named_as_the_talk_opens_preview_it_and_are_not_its_conclusion(tmp_path: Path) -> None:
    middle = [(f"Step {n}: the estimator at work", f"The robot measures {n} signals.") for n in range(1, 13)]
    preview = ("Our contributions", "An estimator of confidence; a study in homes; an open dataset.")
    units = [STRONG_UNITS[0], preview, *STRONG_UNITS[1:4], *middle, *STRONG_UNITS[4:-1]]
    units.append(("Our contributions", "Robots can predict their own failures; asking builds trust."))
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    analysis = analyse(talk)
    first, last = (s for s in talk.slides if s.title == "Our contributions")
    assert analysis.role(first).role != "conclusion"
    assert analysis.role(last).role == "conclusion"


def test_a_role_named_by_a_label_is_certain_and_one_leaned_on_by_its_neighbours_is_not(tmp_path: Path) -> None:
    units = [*STRONG_UNITS[:3], ("Scholarly data", "A picture of papers."), *STRONG_UNITS[3:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    analysis = analyse(talk)
    labelled = next(s for s in talk.slides if s.title.startswith("Results:"))
    assert analysis.role(labelled).confidence == 1.0
    other = next(s for s in talk.slides if s.title == "Scholarly data")
    assert analysis.role(other).confidence < 1.0


def test_a_question_title_over_several_slides_names_their_part_not_their_role(tmp_path: Path) -> None:
    question = "Why did public opinion change?"
    answers = [
        (question, f"Survey wave {n}: support for harsher sentences rose from {30 + n}% to {50 + n}% in our data.")
        for n in range(1, 4)
    ]
    units = [*STRONG_UNITS[:3], *answers, ("The idea: a second look", "We compare waves."), *answers, *STRONG_UNITS[3:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    analysis = analyse(talk)
    roles = [analysis.role(s).role for s in talk.slides if s.title == question]
    assert len(roles) == 6 and "motivation" not in roles
    units = [*STRONG_UNITS[:3], answers[0], *STRONG_UNITS[3:]]
    assert roles_of(write(tmp_path, "once.md", outline(*units)))[question] == "motivation"


def test_results_titled_with_the_failures_they_cut_are_results(tmp_path: Path) -> None:
    roles = roles_of(write(tmp_path, "talk.md", outline(*STRONG_UNITS)))
    assert roles["Results: half the failures"] == "results"
    assert roles["Robots fail silently in homes"] == "motivation"


# --- the speaker's role directives ------------------------------------------------


def test_a_markdown_role_directive_is_respected_by_rules_outline_and_report(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    slides = ["# Robots that ask", *(f"# Part {n}\n\nRobots fail in homes, step {n}." for n in range(1, 6))]
    flawed = write(tmp_path, "flawed.md", marp(*slides))
    assert by_code(lint(flawed), "TL101")
    slides[2] += "\n\n<!-- talklint: role=vision -->"
    declared = write(tmp_path, "declared.md", marp(*slides))
    assert not by_code(lint(declared), "TL101")
    talk = parse_talk(declared)
    role = analyse(talk).role(talk.slides[2])
    assert (role.role, role.declared, role.confidence) == ("vision", True, 1.0)
    _, out, _ = cli("outline", str(declared))
    assert "declared by 'talklint: role=vision'" in out
    document = json.loads(cli("outline", str(declared), "--format", "json")[1])
    assert (document["slides"][2]["role"], document["slides"][2]["declared"]) == ("vision", True)
    report = tmp_path / "report.html"
    assert cli("report", str(declared), "-o", str(report))[0] in (0, 1)
    assert "Vision: slide 3" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("position", "role", "code"),
    [(1, "motivation", "TL104"), (4, "conclusion", "TL106"), (4, "impact", "TL105")],
)
def test_a_declared_role_counts_as_stated_whatever_the_slides_words(
    tmp_path: Path, position: int, role: str, code: str
) -> None:
    """A story rule that asks what a slide states takes the speaker's declaration as the answer."""
    slides = [
        "# Robots that ask",
        "# A lovely afternoon\n\nPicture a kitchen robot at noon, holding a cup.",
        "# Kitchens\n\nKitchens have counters and cupboards.",
        "# Our method\n\nWe train a model on 100 homes.",
        "# Afterwards\n\nThe robot puts the cup down.",
        "# Questions?",
    ]
    assert by_code(lint(write(tmp_path, "plain.md", marp(*slides))), code)
    slides[position] += f"\n\n<!-- talklint: role={role} -->"
    assert not by_code(lint(write(tmp_path, "declared.md", marp(*slides))), code)


def test_a_beamer_role_directive_declares_the_frame(tmp_path: Path) -> None:
    frames = "\n".join(
        f"\\begin{{frame}}{{Part {n}}}\n{'% talklint: role=vision' if n == 2 else ''}\n"
        f"Robots fail in homes, step {n}.\n\\end{{frame}}"
        for n in range(1, 6)
    )
    source = (
        f"\\documentclass{{beamer}}\n\\title{{Robots}}\n\\begin{{document}}\n\\maketitle\n{frames}\n\\end{{document}}\n"
    )
    path = write(tmp_path, "talk.tex", source)
    assert roles_of(path)["Part 2"] == "vision"
    assert not by_code(lint(path), "TL101")


def test_a_pptx_role_directive_in_the_notes_declares_the_slide(tmp_path: Path) -> None:
    slides: list[dict[str, object]] = [{"title": "Robots that ask", "layout": 0}]
    slides += [{"title": f"Part {n}", "bullets": [f"Robots fail in homes, step {n}"]} for n in range(1, 6)]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL101")
    slides[2]["notes"] = "Say this slow.\ntalklint: role=vision"
    path = build_pptx(tmp_path / "b.pptx", slides)
    assert roles_of(path)["Part 2"] == "vision"
    assert not by_code(lint(path), "TL101")


def test_a_declared_role_the_decoder_never_gives_is_kept(tmp_path: Path) -> None:
    slides = ["# Robots that ask", "# Demo\n\n<!-- talklint: role=other -->", "# Why robots fail\n\nThey fail."]
    assert roles_of(write(tmp_path, "deck.md", marp(*slides)))["Demo"] == "other"


def test_an_unknown_role_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    slides = ["# Robots that ask", "# Where next\n\n<!-- talklint: role=visoin -->", "# Why\n\nThey fail."]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL003")
    assert finding.message == "'talklint: role=visoin' names unknown role 'visoin'"
    assert "did you mean 'vision'?" in finding.fix
    assert finding.slide == 2


# --- languages set aside -----------------------------------------------------------

SENTENCES = {
    "fr": "Les robots ne savent pas quand ils vont échouer et ils ne demandent pas d'aide dans la maison",
    "it": "I robot non sanno quando stanno per sbagliare e non chiedono aiuto nelle case delle persone",
    "es": "Los robots no saben cuándo van a fallar y no piden ayuda en las casas de las personas",
    "de": "Die Roboter wissen nicht, wann sie scheitern, und sie bitten in den Wohnungen nicht um Hilfe",
    "zh": "机器人不知道自己什么时候会失败，也不会在家里向人求助。我们的方法预测失败。",
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_talk_not_in_english_gets_tl002_and_no_story(tmp_path: Path, language: str) -> None:
    units = [(f"{n}. {SENTENCES[language][:12]}", f"{SENTENCES[language]} {n}.") for n in range(1, 7)]
    path = write(tmp_path, "talk.md", outline(*units))
    result = lint(path)
    assert "TL002" in codes(result)
    assert not (NARRATIVE | {"TL209", "TL210"}) & set(codes(result))
    assert analyse(parse_talk(path)).story is None


@pytest.mark.parametrize("language", ["de", "fr", "zh"])
def test_the_slides_decide_the_language_not_the_speakers_notes(tmp_path: Path, language: str) -> None:
    # English slides over notes in the speaker's own language are an English talk, and the other way round.
    english = [(title, f"{body}\n\n<!-- {SENTENCES[language]} -->") for title, body in STRONG_UNITS]
    path = write(tmp_path, "talk.md", marp(*(f"# {title}\n\n{body}" for title, body in english)))
    assert "TL002" not in codes(lint(path))
    foreign = [
        f"# {SENTENCES[language][:12]}\n\n{SENTENCES[language]} {n}.\n\n<!-- {STRONG_UNITS[n][1]} -->" for n in range(6)
    ]
    assert "TL002" in codes(lint(write(tmp_path, "foreign.md", marp(*foreign))))


def test_a_problem_told_in_the_notes_of_a_picture_opening_is_stated(tmp_path: Path) -> None:
    notes = "Most broken phones could work again with a ten-euro part. People don't repair because they can't."
    rest = [
        "# My vision\n\nIn ten years, repair is as normal as charging.",
        "# Study 1: 18,000 repairs logged\n\nVolunteers logged each repair in 40 cafés.",
        "# Batteries and screens are half of all faults\n\nThe rest are cables and buttons.",
        *(f"# {title}\n\n{body}" for title, body in STRONG_UNITS[4:]),
    ]
    path = write(tmp_path, "talk.md", marp("# Designing for repair", f"![](landfill.jpg)\n\n<!-- {notes} -->", *rest))
    assert "TL104" not in codes(lint(path))
    unsaid = write(tmp_path, "unsaid.md", marp("# Designing for repair", "![](landfill.jpg)", *rest))
    assert "TL104" in codes(lint(unsaid))


def test_a_picture_deck_is_judged_by_the_language_of_its_notes(tmp_path: Path) -> None:
    slides = [f"# {n}\n\n![](figure{n}.png)\n\n<!-- {SENTENCES['fr']} {n}. -->" for n in range(1, 7)]
    assert "TL002" in codes(lint(write(tmp_path, "talk.md", marp(*slides))))


@pytest.mark.parametrize("language", ["fr", "it", "de", "zh"])
def test_a_beamer_talk_not_in_english_gets_tl002(tmp_path: Path, language: str) -> None:
    frames = "\n".join(
        f"\\begin{{frame}}{{Teil {n}}}\n\\begin{{itemize}}\\item {SENTENCES[language]}\n\\end{{itemize}}\n"
        "\\begin{tikzpicture}\\draw (0,0) -- (1,1) node {robot};\\end{tikzpicture}\n\\end{frame}"
        for n in range(1, 7)
    )
    path = write(tmp_path, "talk.tex", f"\\documentclass{{beamer}}\n\\begin{{document}}\n{frames}\n\\end{{document}}\n")
    result = lint(path)
    assert "TL002" in codes(result)
    assert not NARRATIVE & set(codes(result))


def test_a_short_chinese_deck_is_set_aside(tmp_path: Path) -> None:
    # Written without spaces, each clause and its commas is one token: its characters are the evidence.
    slides = [
        "# 医疗中的机器学习",
        "# 研究动机\n\n医院每年因为诊断太晚而损失数百万美元，医生没有工具来确定病人的优先顺序。",
        "# 我们的方法\n\n我们提出一个模型，从临床记录中学习，并提前一周预测每个病人的风险。",
        "# 结果\n\n该模型在三家医院将错误减少了一半，医生每天都在使用它。",
    ]
    path = write(tmp_path, "deck.md", marp(*slides))
    assert "TL002" in codes(lint(path))
    assert analyse(parse_talk(path)).story is None


def test_an_english_talk_with_a_chinese_title_page_and_quotation_is_judged(tmp_path: Path) -> None:
    # Chinese words stand for Chinese function words by their share: a title page and one quotation in
    # Chinese do not outweigh the English of the rest.
    slides = [
        "# 会问问题的机器人 Robots that ask\n\n国立成功大学 电机工程学系 计算机视觉与深度学习实验室",
        "# 用户说\n\n“机器人应该在不确定的时候问问题，而不是默默地失败。我们家里的机器人经常这样。”",
        *(f"# {title}\n\n{body}" for title, body in STRONG_UNITS),
    ]
    path = write(tmp_path, "deck.md", marp(*slides))
    assert "TL002" not in codes(lint(path))
    assert analyse(parse_talk(path)).story is not None


def test_a_short_english_talk_is_judged(tmp_path: Path) -> None:
    slides = ["# Robots that ask", "# Why robots fail\n\nThey fail silently.", "# Takeaways\n\nAsk for help."]
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    assert "TL002" not in codes(result)
    assert NARRATIVE & set(codes(result))


def test_a_roadmap_shown_again_at_each_section_is_the_outline(tmp_path: Path) -> None:
    roadmap = ("Roadmap", "Problem, idea, results.")
    units = [roadmap, *without_vision(STRONG_UNITS)[:3], roadmap, *without_vision(STRONG_UNITS)[3:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    analysis = analyse(talk)
    assert [analysis.role(s).role for s in talk.slides if s.title == "Roadmap"] == ["outline", "outline"]


def test_a_roadmap_that_lists_the_talks_sections_is_the_outline_wherever_it_stands(tmp_path: Path) -> None:
    # An economics job talk shows its "Roadmap" after the motivation and the contribution, a third of the way in.
    parts = ["Data", "Strategy", "Findings", "Welfare"]
    frames = [
        "\\title{Minimum wages}\\begin{frame}\\titlepage\\end{frame}",
        "\\begin{frame}{Motivation}Thirty states raised the minimum wage; workers cross borders.\\end{frame}",
        "\\begin{frame}{This paper}I estimate how commuting responds to wage gaps.\\end{frame}",
        "\\begin{frame}{Contribution}The first estimate from border pairs.\\end{frame}",
        "\\begin{frame}{Roadmap}\\begin{enumerate}"
        + "".join(f"\\item {part}" for part in parts)
        + "\\end{enumerate}\\end{frame}",
        *(f"\\section{{{part}}}\\begin{{frame}}{{{part} one}}Text about {part}.\\end{{frame}}" for part in parts),
        "\\begin{frame}{Thank you}\\end{frame}",
    ]
    tex = "\\documentclass{beamer}\\begin{document}\n" + "\n".join(frames) + "\n\\end{document}\n"
    assert roles_of(write(tmp_path, "talk.tex", tex))["Roadmap"] == "outline"


def test_a_list_of_the_talks_sections_with_what_each_holds_is_the_outline(tmp_path: Path) -> None:
    # "Today": the sections by name, each followed by what it holds, or by name alone.
    parts = ["Smoke exposure in children", "What protects them", "Where this goes next"]
    today = "\n".join(
        [
            "1. Smoke exposure in children: the cohort",
            "2. Who is hit hardest",
            "3. What protects them: air filters",
            "4. Where this goes next",
        ]
    )
    slides = [
        "## Smoke fills the valleys each autumn\n\nA third of the state breathes smoke for weeks.",
        "## No one knows what smoke does to lungs\n\nNo cohort has followed children through smoke seasons.",
        "## My research program\n\nThe health cost of a warming world, measured in children.",
        f"## Today\n\n{today}",
        *(
            f"# {part}\n\n## {part}, one\n\nText about {part.lower()}.\n\n## {part}, two\n\nMore about it."
            for part in parts
        ),
        "## Thank you",
    ]
    text = "---\ntitle: Smoke and children\nformat: revealjs\n---\n\n" + "\n\n".join(slides) + "\n"
    assert roles_of(write(tmp_path, "talk.qmd", text))["Today"] == "outline"


@pytest.mark.parametrize(
    ("title", "body", "impact"),
    [
        ("Three labs now use our peptide library", "Ordered in 2025.", True),
        ("What the bounds give", "Cryptographers now use these bounds to size hash functions.", True),
        ("What the bounds give", "We now use these bounds to size the walk.", False),  # the speaker, not others
        ("What the bounds give", "Cryptographers use hash functions of many sizes.", False),  # no change told
        # a named adopter's product, and what it now does with the work; not a rival's model beating it
        ("Verifiers", "Signal's contact discovery now checks our proofs on 40 million phones.", True),
        ("Baselines", "Alice's model now beats our baseline on two tasks.", False),
        # a named project that now does its own work with the speaker's tool; not a result that improves with it
        ("Upstream", "Cranelift now verifies every new rewrite with our tool.", True),
        ("Ablation", "Accuracy now improves with our method.", False),
        # part of what a named organisation runs; not part of the speaker's own pipeline
        ("Policy", "Our equity screen is part of the London Borough of Hackney's school streets programme.", True),
        ("Method", "Our filter is part of our lab's tracking pipeline.", False),
        # the bugs the work found, fixed by those who maintain the code; not the speaker's own fixes
        ("Upstream", "V8 and SpiderMonkey fixed all six bugs within a month.", True),
        ("Six bugs fixed upstream", "Within a month of our reports.", True),
        ("Testing", "We fixed 3 bugs in our own code.", False),
        # a named body's framework or plan put on the work; not a scholar's framework
        ("Consent", "The African Union's 2024 framework on gene drives adopted our recommendation.", True),
        ("Notation", "Smith's framework uses our notation.", False),
        # a named project that took the work into its own; adopters counted, and what they build on it
        ("Used beyond our lab", "Mozilla Common Voice imported our Yoruba and Hausa recordings.", True),
        ("Data", "We imported our data from the survey.", False),
        ("Used beyond our lab", "Three Nigerian start-ups build voice services on our models.", True),
        ("Compute", "Two students build models on our cluster.", False),
        # a named company or institution that put the work before its public, or keeps using it
        ("On stage", "The Paris Opera Ballet staged our reconstruction in 2024.", True),
        ("On stage", "The company's archive now uses our method for two more ballets.", True),
        ("Method", "We staged our reconstruction with students.", False),
        ("Papers", "Nature published our paper in 2024.", False),  # a venue, not an adopter
        # a rule that cites the work; a release of a project others maintain; a named adopter's own use; the
        # speaker's company
        ("Exposure", "The EPA cited our exposure estimates in its 2024 rule.", True),
        ("Real-world use", "Our code is part of ROS 2 since the Humble release.", True),
        ("Method", "Our filter is part of our pipeline since May.", False),
        ("Grasping", "Toyota Research Institute adopted our grasp planner for its home robot.", True),
        ("Baselines", "Smith used our planner for the comparison.", False),
        ("Translation", "We founded a start-up, FoldBot, which sells the robot to hotels.", True),
        # a named project, survey or database of others that now includes the work; not the speaker's own project
        ("The map", "The GEBCO Seabed 2030 project now includes our grid in its global map.", True),
        ("Software", "Our project now includes our new module.", False),
        # a court that cites the framework the work built; not a scholar's citation
        ("Courts", "The New Jersey Supreme Court cited our framework in State v. Pickett (2021).", True),
        ("Courts", "Smith cited our framework in his review.", False),
        # a named company's product built on the work, start-ups counted that license it
        ("From the lab to industry", "AWS's Ocelot chip builds on our cat-qubit architecture.", True),
        ("From the lab to industry", "Two start-ups license our stabilisation scheme.", True),
        ("Software", "We license our code under the MIT licence.", False),
        ("What shipped", "The ask-first flow, in March.", True),
        ("The ask-first flow", "Shipped to 1.2M users in March.", True),
        ("The ask-first flow", "Rolled out to 40,000 patients.", True),  # a public the counted adopters lack
        ("The ask-first flow", "Shipped to 1.2M users.", True),  # the public ends the sentence
        ("The ask-first flow", "The design team now uses our trust checklist in every review.", True),
        ("The ask-first flow", "We shipped the prototype to the lab in March.", False),  # no public counted
        ("The enzyme", "A US start-up licensed the enzyme in 2025.", True),
        ("The enzyme", "We licensed the strain from a culture collection.", False),  # the speaker's own step
        ("Scale-up", "Our industrial partner licensed the catalyst in 2024.", True),
        ("Scale-up", "Our partner supplied the licensed software.", False),
        ("Scale-up", "Carbios licensed the design for its demonstration plant.", True),  # an adopter by name
        # a company makes or sells the work, or puts its plan on it; not a foundry's service, nor a library's step
        ("Industry", "Alice & Bob builds our design.", True),
        ("Industry", "The Paris start-up's 2025 roadmap uses our layout for its first logical qubit.", True),
        ("Industry", "A Swiss firm manufactures our sensor.", True),
        ("The chip", "TSMC fabricated our chip for the tapeout.", False),
        ("The prototype", "A vendor manufactured our prototype for the study.", False),
        ("The runtime", "PyTorch builds our graph lazily.", False),
        # a platform made the work its default; not the speaker's own product decision
        ("Friendlier reverts", "Wikimedia made the friendly message the default.", True),
        ("Dark mode", "We made dark mode the default.", False),
        ("The panel data", "Nielsen licensed the data to us for this study.", False),  # a licence to the speaker
        # a named project that ships the work, or made it its default; not a system's own step
        ("Qiskit ships our mapper", "Used on every job submitted to the cloud.", True),
        ("Upstream", "Our noise-aware pass has been Qiskit's default layout stage since version 0.45.", True),
        ("Kernels", "CUDA ships our kernels to the GPU in one batch.", False),
        # what a named body now does with the work; not a study's participants
        ("Restoration", "The Great Barrier Reef Foundation selects tolerant parents with our assay.", True),
        ("Study", "Participants selected items with our interface.", False),
        # the work in a manual or guidance of others; not an agreement with guidelines, nor a format
        ("Restoration", "Our rapid heat-stress test is in the 2024 manual of the Coral Restoration Consortium.", True),
        ("Parents", "Our findings are in the Western Cape's guidance for early-childhood centres.", True),
        ("Safety", "Our results are in line with the WHO guidelines.", False),
        ("Data", "Our data is in the standard format.", False),
        # a public body that acted and named the work as its reason
        ("Filters", "The Air Resources Board funded filters for 1,400 classrooms, citing our trial.", True),
        ("Filters", "We extended the trial to 40 schools, citing our pilot.", False),
        # others using the work now, in the progressive; the part of a named project that does it; a body by its
        # letters that acted, citing the work
        ("JWST is now testing our predictions", "Cycle 3 program 4512 observes TRAPPIST-1e.", True),
        ("Industry is building on it", "A spin-out of our lab is building a pilot plant.", True),
        ("Training", "We are now testing our model on new data.", False),
        ("The Model Is Using Our Features", "Attention over the parts.", False),
        ("Used in the field", "Our catalogue is the flare model in NASA's Planetary Spectrum Generator.", True),
        ("Comparison", "Our model is the best model in Smith's comparison.", False),
        ("Policy", "HUD extended SAFMRs to 41 more metros in 2023, citing this evidence.", True),
        ("Debate", "Smith argued the opposite, citing our paper.", False),
        # a ministry that scaled the work up, a national strategy that now holds it, a public body's reader that
        # includes some of it, adopters in places counted; not the speaker's scaling, a toolkit called standard, a
        # scholar's textbook, nor a study's sites
        ("Malawi's Ministry of Health scaled it up", "Nine thousand health workers trained.", True),
        ("Scale", "We scaled it up to 40 villages.", False),
        ("The health ministry is scaling it up", "Rapid-response visits in 4 provinces.", True),
        # newsrooms counted in words, a port by its place; not a study's participants, nor a computer's port
        ("Afterwards", "Fourteen newsrooms now check claims with our tool.", True),
        ("Afterwards", "Fourteen newsrooms took part in our study.", False),
        # a body qualified by a possessive; not the speaker's participants so qualified
        ("After the book", "The Madrid cleaners' association used our findings in talks with the platform.", True),
        ("After the book", "The Madrid cleaners' association took part in our interviews.", False),
        ("Afterwards", "The port of Rotterdam schedules its cranes with our optimiser.", True),
        ("Afterwards", "The port of the server runs our daemon.", False),
        ("Scale", "We are scaling it up to 40 villages.", False),
        ("Policy", "Pulse oximeters are now in the national community health strategy, 2023–2028.", True),
        ("Tools", "Transformers are now in the standard toolkit.", False),
        ("Tools", "Transformers are now in the standard online toolkit.", False),  # "on" is no word of "online"
        ("Others", "Two other teams used the same protocol.", False),
        ("Others", "Other labs now use transformers.", False),
        ("Trial", "The drug was prescribed to 40 patients in the trial.", False),  # a trial's few
        ("Evaluation", "Our model is used for the evaluation of Method A.", False),  # a part of the talk
        ("Press", "Featured in the New York Times.", False),  # coverage, not uptake
        ("Equipment", "Three labs bought the same microscope.", False),
        ("In schools", "The Ministry of Education's 2024 Quechua reader includes 20 of our stories.", True),
        ("Figures", "Smith's textbook includes our figure.", False),
        ("In schools", "Schools in three communities use our stories in their Quechua classes.", True),
        ("Study", "Participants in three villages used our app.", False),
        # the argument cited where law is written; a body named with "for"; a protocol made another's standard
        ("For law", "The EU AI Liability Directive cites this argument in its recitals.", True),
        ("Debate", "Smith cites this argument in his review.", False),
        ("In practice", "The Swiss Federal Office for the Environment uses our maps to choose meadows.", True),
        ("In practice", "Our field protocol is the standard of the European Pollinator Monitoring Scheme.", True),
        ("Trial", "Our control arm is the standard of care.", False),
        # shown in a named body's report, standing under a named programme, rolled out everywhere, spun out, used as
        # a routine, done to everyone an organisation serves, changing what others must do; and their near misses
        ("The sepsis score", "Featured in the WHO's 2024 World Malaria Report.", True),
        ("The sepsis score", "Our estimates appear in the IPCC Sixth Assessment Report.", True),
        ("The sepsis score", "Our results appear in the appendix.", False),
        ("The sepsis score", "The score underpins the CDC's sepsis surveillance.", True),
        ("The proof", "This lemma underpins the proof.", False),
        ("The sepsis score", "The NHS rolled it out nationally in 2025.", True),
        ("The sepsis score", "We rolled it out to 20 wards.", False),
        ("The sepsis score", "Spun out as a company, Arbor Health, which raised $12M.", True),
        ("The sepsis score", "Used daily by 300 clinicians at Mass General.", True),
        ("The sepsis score", "Used daily by 12 participants for two weeks.", False),
        ("The sepsis score", "Kaiser Permanente screens every admitted patient with it.", True),
        # a trade's people now doing all their work with it, their place unnamed; not a study's
        ("The ranking model", "The medicinal chemists now rank every new series with it.", True),
        ("The ranking model", "The radiologists in our study read every scan with our tool.", False),
        # a group named and told by what it is, groups of science counted, a whole field; not others' tool
        ("The tagger", "The ATLAS collaboration adopted our tagger in 2024.", True),
        ("The tagger", "Used by three collaborations and two observatories.", True),
        ("The tagger", "Used in three national archives and two museums.", True),
        ("The tagger", "Our pipeline is used by the community.", True),
        ("The tagger", "BLAST is used by the community.", False),
        # who use it, said in the passive; not a study's people, nor the method's parts
        ("The tagger", "Our mismatch model is used by land managers.", True),
        ("The tagger", "Our app is used by participants.", False),
        ("The tagger", "Our embedding is used by later layers.", False),
        ("The tagger", "Our app is used by our clinicians.", False),
        ("Training", "Adam updates every weight with our schedule.", False),
        ("Dosing", "Our findings changed the dosing guidelines of the American Academy of Pediatrics.", True),
        ("Training", "Our method changed the loss function.", False),
        # an organisation or a product by its name that took the work into its own, and code taken into others'
        # projects; not a method, an acronym's model, a person's baseline, nor a title's capitals
        ("The scheduler", "Apache Spark adopted our shuffle algorithm in version 3.2.", True),
        ("The scheduler", "Microsoft Teams uses our echo canceller on every call.", True),
        ("The scheduler", "Netflix credits our encoder with a 20% bandwidth saving.", True),
        ("The scheduler", "Chrome turned our prefetcher on for all users in 2024.", True),
        ("The scheduler", "Merged into LLVM 17; on by default since LLVM 18.", True),
        ("The scheduler", "Our compression library is a dependency of 4,000 GitHub projects.", True),
        # the work run in others' build or test pipeline, not the speaker's own
        ("The checker", "Our checker now runs in the library's continuous integration.", True),
        ("The checker", "Our linter runs in the CI of 40 projects.", True),
        ("The checker", "Our tests run in the lab's CI.", False),
        ("The scheduler", "The algorithm now routes 30% of Lyft's rides.", True),
        ("The scheduler", "Three Fortune 500 companies license the scheduler.", True),
        ("The scheduler", "Our protocol became RFC 9420.", True),
        ("The scheduler", "Taught in the systems course at 15 universities.", True),
        ("Filtering", "The Kalman Filter uses our model for every step.", False),
        ("Filtering", "The LSTM uses our embeddings.", False),
        ("Baselines", "Smith adopted our planner as a baseline.", False),
        ("Policy Network Uses Our Reward", "Shaped by the value estimate.", False),
        ("The scheduler", "Spark's shuffle writes every block to disk.", False),
        ("Launch", "Launched to all users in Q3 2025.", True),  # released to everyone it was built for
        ("Launch", "Shipped to 100% of traffic in March 2025.", True),
        ("Launch", "Ramped to 5% of traffic for the A/B test.", False),
        ("Study", "The app was released to 12 participants.", False),
        ("Outcome", "Our recommendations were implemented by the city council.", True),
        # a public body that changed what it does because of the work, not a change that followed something else
        ("Policy", "The Ministry of Gender, Children and Social Welfare added a top-up after our results.", True),
        ("Policy", "The county extended the program based on our evaluation.", True),
        ("The ruling", "In its 2024 order, the Kentucky Supreme Court cited our override analysis.", True),
        ("Reception", "Smith cited our paper in his review.", False),  # a scholar's citation
        ("The law", "The Commission cited our repair logs in the impact assessment for the directive.", True),
        ("Cooling rules", "The 2024 ordinance cites our sensor study.", True),  # the text a body wrote
        ("Policy change", "WHO's 2025 screening guideline cites our cost data.", True),
        ("Policy", "SEWA Bank adopted experience-based targeting for its loans, following our results.", True),
        ("Field work", "Treatment villages adopted the seeds after our visits.", False),  # a study's arm
        ("Recognition", "Test-of-time award at SIGMOD for the original paper.", True),
        ("Schools", "Delhi's Directorate of Education bought purifiers for 1,000 classrooms based on our study.", True),
        ("In the field", "A grid-storage operator runs our model on 40,000 cells.", True),  # one adopter, by its trade
        ("Teleoperation", "A human operator uses our interface to steer the robot.", False),  # a study's participant
        ("Industry", "Adopted in Apple's iOS 18 keyboard.", True),  # a product others make, named
        ("History", "Adopted in 2019, the GDPR changed how consent is asked.", False),
        ("Standards", "Our protocol became part of the IETF QUIC standard.", True),
        ("Follow-up work", "20 follow-up papers extend our benchmark.", True),  # others' research, counted
        ("Method", "We extend our method to 3D scenes.", False),
        ("Policy relevance", "The Civic Information Consortium cited our estimate when it funded 30 newsrooms.", True),
        ("Policy relevance", "Testimony to the Senate Commerce Committee, 2024", True),  # heard where policy is made
        ("Local news", "Testimony before Congress shows officials misread risk.", False),  # others' testimony
        ("Outreach", "1,400 teachers have taken our free online course.", True),  # a public counted, the course ours
        ("The survey", "2,000 teachers took the survey in May.", False),  # a study's sample
        ("Beyond the thesis", "1,200 researchers and family historians used it in 2025.", True),  # two publics
        ("The law", "The city's rules adopted our audit protocol as the recommended method.", True),  # its rules
        ("The camera", "Our bycatch camera is fitted on 1,200 boats in the Pacific tuna fleet.", True),  # a fleet
        ("The camera", "The sensor is mounted on 12 vessels in our study.", False),
        ("Sources", "Cited in the order they appear in our paper.", False),
        ("Policy", "Enrolment rose after the reform of the programme.", False),
        ("Design", "We changed the design after our pilot.", False),
        ("Method", "The filter was implemented by the authors in C++.", False),
        ("Outcome", "The FDA cleared the device in 2024.", True),  # a regulator cleared it for others to use
        ("Ethics", "The study was approved by the IRB.", False),
        ("Outcome", "Over 300 papers use our benchmark.", True),  # others' research, counted
        ("Prior work", "Many papers use the same benchmark.", False),
        ("The book", "Two chapters are assigned in graduate seminars at Princeton.", True),  # teachers took it up
        ("The toolkit", "On the syllabus at three universities.", True),
        ("The toolkit", "We used it in our classes last spring.", False),  # the speaker's own teaching
        ("The toolkit", "Variables assigned in the loop are kept.", False),
        ("Rolled out to every product", "Fourteen teams by March.", True),  # released to all it was built for
        ("The caching layer", "Open source since May: 3,000 GitHub stars.", True),
        ("A vacuum maker ships it", "The announce-first mode, since 2025.", True),  # one adopter, by its trade
        ("Announce-first mode", "The mode is on 200,000 robots since 2025.", True),  # a fleet counted in thousands
        ("In the field", "Our estimator runs on 2 million Roomba vacuums since 2025.", True),  # said in words, named
        ("Real-world use", "The estimator ships in two commercial robots.", True),  # built into others' products
        ("The prototype", "We shipped the prototype in two robots to 12 participants.", False),  # a study
        ("Announce-first mode", "We ran it on 20 robots for six weeks.", False),  # a study's robots
        ("Fair rent", "Deployed on Spliddit.org: 40,000 users divided rent and credit.", True),  # a public counted
        ("Fair rent", "We deployed the app to 30 participants for two weeks.", False),  # a study's participants
        ("In the hands of clinicians", "Since 2025, in three hospitals.", True),
        ("Flight software", "An avionics supplier now uses our optimiser.", True),  # one adopter, told as a change
        ("Flight software", "Our optimiser now uses these bounds to size loops.", False),  # the speaker's own
        ("The reconstruction challenge", "Our network took first place in the radiologist evaluation.", True),
        ("The reconstruction challenge", "Why was a challenge needed in the first place?", False),  # an idiom
        ("Control in the hands of the user", "A stop button on every robot.", False),  # a design, not uptake
        ("Deployment on the robot", "We compile the model for the arm's CPU.", False),  # a step of the method
        ("A deployment study", "Thirty homes for six weeks.", False),  # a way to study the work
        ("Study 2: a field deployment with 112 people", "Our plugin for six weeks.", False),  # HCI's name for one
        ("Others use the corpus", "It ships with the treebank.", True),
        ("The corpus", "Used in two shared tasks on uncertainty detection.", True),  # taken up by others, counted
        ("The corpus", "In use at 12 hospitals since 2024.", True),
        ("The prototype", "It was used by 12 users for a week.", False),  # a study's participants
        ("The corpus", "Used in our two labs for annotation.", False),  # the speaker's own
        ("The catalogue", "Used in 60 papers by other groups.", True),  # others' research built on it
        ("The catalogue", "Used in two of our papers by other means.", False),
        ("The distillation pipeline", "Two other teams (ads, recommendations) now use our pipeline.", True),
        ("The feature store", "The ads team retired its own pipeline.", True),  # gave up its own for it
        ("Fog in the field", "Bosch now uses our simulator to test its driver-assistance stack.", True),  # by name
        ("Fog in the field", "Section 3 now uses our notation for the simulator.", False),
        ("The feature store", "Our team retired its own cluster.", False),
        ("It is live", "Since June 2025.", True),
        ("The ranker", "Serving 100% of search traffic since June 2025.", True),
        ("The ranker", "Serving 5% of search traffic in an A/B test.", False),
        ("The compiler", "Used in production by two wallet providers since 2023.", True),
        ("The compiler", "Used in our production pipeline.", False),
        # others' use of the speaker's artefact since a year; not the speaker's own data gathering
        ("Cooling centres", "Cooling centres placed using our risk maps since 2023.", True),
        ("Our sensors", "We have trained models using our dataset since 2019.", False),
        ("Our sensors", "Errors measured using our method since 2020.", False),
        # every service or team it was built for, and others moving onto it
        ("Launch", "Now serving all 40 services.", True),
        ("Launch", "Two other orgs moved their models onto the platform.", True),
        ("Launch", "Three teams moved to the cloud platform.", False),  # someone else's platform
        ("Launch", "The load balancer serves all requests.", False),
        # adopters counted with their place, a named adopter's purpose, a policy maker taking the method up
        ("In the clinic", "Since 2024, two hospitals in Munich use our reconstruction for knee scans.", True),
        ("In the clinic", "Two hospitals in Munich use MRI for knee scans.", False),  # no work of the speaker's
        ("Governments use the maps", "Togo used our maps to target cash transfers to 138,000 people.", True),
        ("Governments use the maps", "We used our maps to target the survey.", False),
        # ... what a computer scientist or a mathematician hands over, put to a named adopter's use
        ("Beyond mathematics", "Epidemiologists at the CDC used our bound to size contact-tracing samples.", True),
        ("At scale", "Google used our algorithm to schedule batch jobs.", True),
        ("At scale", "We used our solver to find the optimum.", False),
        ("Baselines", "Smith used our method for the comparison.", False),  # a scholar's comparison
        ("Governments use the maps", "The World Bank adopted the method for its poverty mapping.", True),
        ("Governments use the maps", "The World Bank used the standard method to count the poor.", False),
        ("Policy relevance", "Findings were presented to the OpenSSF and cited in the 2024 CISA report.", True),
        ("Policy relevance", "Findings were presented at the 2024 CISA workshop.", False),
        # what a named adopter did with the work, and a release to everyone it was built for
        ("School streets", "Milan closed 60 school streets using our design guide.", True),
        ("Pilot plant", "The DOE funded a $12M pilot plant based on our process.", True),  # what engineers hand over
        ("Pilot plant", "We built a pilot plant based on our process.", False),  # the speaker's own plant
        ("School streets", "Performance improved based on our model.", False),  # a result, no adopter
        ("School streets", "Error decreased using our method.", False),
        # a named adopter or a public body that deployed the work in places counted; not the speaker's own
        ("Bridges", "Pennsylvania DOT flew our system on 60 bridges in 2025.", True),
        ("Bridges", "The city installed our sensors at 40 intersections.", True),
        ("Clean air", "The school district installed our filters in all 180 schools.", True),
        ("Offshore", "Operators now run our fall predictor on all 12 robots of the fleet.", True),  # people in "-or"
        ("Offshore", "The sensors now run our firmware.", False),  # parts of a system
        ("Fertilizer", "The Ghana Ministry of Food and Agriculture now times its subsidy using our estimates.", True),
        ("Bridges", "We deployed our system on 60 bridges in 2025.", False),
        ("Bridges", "Successfully deployed our app in 2 clinics.", False),
        ("Outcome", "Both changes launched to all new sellers in 2024.", True),
        ("A live demo", "The ranker answers your queries.", False),
        # cited where policy is made ("cited" alone, a paper's citations, is not uptake)
        ("Policy implications", "The Legislative Analyst's Office cited an earlier draft in its 2023 report.", True),
        ("Policy implications", "Our estimates were cited in the Senate Finance Committee hearing.", True),
        ("Policy implications", "The study was cited by the Supreme Court in 2024.", True),
        ("Policy implications", "Our paper was cited by 40 later papers.", False),
        ("Deworming", "The Kenyan Ministry of Education used these estimates to plan its 2024 program.", True),
        ("Deworming", "We used the ministry's school records for the estimates.", False),
        ("Deworming", "Our department used the results of the survey.", False),
        ("Cooling Phoenix", "The city's 2024 heat plan uses our exposure index.", True),  # a policy maker's plan
        ("Cooling Phoenix", "The state's climate strategy includes our heat index.", True),
        ("Cooling Phoenix", "The model uses our exposure index as input.", False),  # the speaker's own method
        ("Cooling Phoenix", "The state machine uses our heat index.", False),
        # in production, and in releases others maintain
        ("Launch", "Now serving 100% of search traffic.", True),
        ("Launch", "The server is serving 30 requests per second.", False),
        ("Launch", "Powering recommendations for 50M users.", True),
        ("Launch", "Coal powering homes for 2M people.", False),
        ("Launch", "Used internally by 200 engineers.", True),
        ("Launch", "Used internally by the planner in 3 steps.", False),
        ("Launch", "Rolled out to all EU markets.", True),
        ("Launch", "Rolled out to all participants in our study.", False),
        ("Upstream", "Merged into PyTorch 2.1.", True),
        ("Upstream", "Classes were merged into Other 3 times.", False),
        ("Upstream", "Included in scikit-learn since version 1.2.", True),
        ("Upstream", "Included in the appendix since version 2.", False),
        ("Calm batching", "Android now ships a batching mode based on our study.", True),  # a product built on it
        ("Calm batching", "We shipped a prototype based on our study to 12 participants.", False),
        # ... a product made the default on it, or told the other way round, or on the talk's finding by its number
        ("What the team did", "Made smart pricing the default for new listings, based on our study.", True),
        ("What the team did", "Based on our findings, the product team launched host protection.", True),
        ("What the team did", "Launched host protection in 2024, based on Finding 1.", True),
        ("What the team did", "Based on our findings, we launched a second study.", False),  # the speaker's own
        ("Our detector in the field", "Now screening 2 million patients a year in 40 clinics.", True),
        ("Our detector in the field", "We are now testing it in 2 clinics.", False),  # a study's sites
        ("Policy implications", "Our work was cited by researchers who study wages.", False),
        ("Policy implications", "As cited in Smith (2020), wages rose in the report year.", False),
        # a sentence of its own under the work it cites, and what policy makers now do with the estimates
        ("From paper to policy", "Cited in the 2023 HUD report on eviction prevention.", True),
        ("Eviction rates", "The rate, as cited in the 2023 HUD report, is 3%.", False),
        ("Eviction rates", "Cited in 40 papers since 2021.", False),
        ("Right to counsel", "Two cities now fund right-to-counsel programs using our estimates.", True),
        ("Right to counsel", "We now compute the rents using our estimates.", False),
        # written into the rules of a field, and part of what others run in places counted
        ("Sepsis score", "Included in the 2024 state sepsis guidelines.", True),
        ("Checklist", "Our checklist was incorporated into the WHO surgical standard.", True),
        ("Privacy law", "Consent is included in the 2018 regulations.", False),  # the world the work lives in
        ("Sepsis score", "Our score is now part of the Epic sepsis module at 14 hospitals.", True),
        ("Sepsis score", "It is now part of our pipeline at 12 hospitals.", False),
        ("Sepsis score", "The data are now integrated with records at 20 hospitals.", False),  # a study's sites
        # others built their own from the work; a spin-off now sells it
        ("Open hardware", "9 groups have built helmets from our files.", True),
        ("Open hardware", "We built helmets from our files.", False),
        ("The helmet", "A spin-off now sells the helmet to hospitals.", True),
        ("The helmet", "Our spin-out now sells the helmet to hospitals.", True),
        ("The market", "A company sells the drug in Europe.", False),  # the world the work lives in
        # a public counted in thousands or by the month, a standard or a default made of it, others following it
        ("The tool", "Our tool has 10,000 monthly users.", True),
        ("The study", "The study had 30 users.", False),  # a study's participants
        ("The package", "Downloaded 50,000 times from PyPI.", True),
        ("The package", "We ran it 5000 times.", False),
        ("Standards", "Adopted as a standard by the IETF.", True),
        ("Our pipeline", "We adopted it as a standard step.", False),
        ("The dataset", "Now the default benchmark for grasping.", True),
        ("The protocol", "Our protocol is followed by 30 clinics in Kenya.", True),
        ("The software", "Installed on every Ubuntu machine since 22.04.", True),
        ("The app", "Half a million people use it every week.", True),
        ("Adult learners hear tone but do not use it", "Eye-tracking with 48 learners.", False),  # denied
        # downloads or installs counted in thousands, however the sentence goes
        ("Why it matters", "Our sampler is in the ColorSample library (open source, 2,000 downloads).", True),
        ("The package", "2,000+ pip installs a month.", True),
        ("The dataset", "12,000 images and 300 downloads.", False),  # a dataset's size; downloads in hundreds
        ("The survey", "We observed 10,000 stars with the new camera.", False),  # the sky's stars
        # released in the product: in a quarter, in production, to everyone
        ("What happened", "Guaranteed rent shipped in Q2 2025; churn fell from 38% to 26%.", True),
        ("The ranker", "Shipped to all Android users in March.", True),
        ("A short history", "The first iPhone shipped in 2007.", False),  # history, not the speaker's work
        # the organisation made it its own
        ("What happened", "The annual summary is now a company-wide template.", True),
        ("The outage", "A company-wide outage cost us two days.", False),
        # taken into the project everyone builds on, used by everyone who uses that
        ("Contributions", "Upstreamed into LLVM 17.", True),
        ("The compiler pass", "It is used by every clang user since 2024.", True),
        ("Upstream tracking in Run 1", "The VeloTT detector finds tracks early.", False),  # a detector's part
        ("The cache", "It is used by every step of the pipeline.", False),
        # the work made a standard, built into a product line, a business, a policy, a course; used by a public
        ("Where it went", "Our dataset became the standard benchmark for table QA.", True),
        ("Where it went", "My estimator is the default in scikit-learn since version 1.2.", True),
        ("A short history", "SGD became the standard optimizer in deep learning.", False),  # the field's history
        ("Our method", "This loss is the default for our experiments.", False),
        ("Our method", "Our model is a standard transformer in form.", False),
        ("Where it went", "The model runs in every Pixel phone.", True),
        ("Our method", "The controller runs on every robot in our study.", False),  # a study's robots
        ("Where it went", "Two startups were founded on this work.", True),
        ("Where it went", "Our library powers search at Spotify.", True),
        ("Where it went", "Our test is FDA-cleared and sold in 12 countries.", True),
        ("Background", "Electricity powers homes in Texas.", False),
        ("Background", "The drug is sold in 40 countries.", False),  # the world the work lives in
        ("Where it went", "It informed the 2023 WHO guideline on malaria treatment.", True),
        ("Background", "Our design was informed by WHO guidelines.", False),
        ("Related work", "Prior work shaped the policy debate in the 1990s.", False),
        ("Where it went", "Now taught in introductory courses at five universities.", True),
        ("Teaching", "I taught in two courses at Stanford.", False),  # the speaker's own teaching
        ("Where it went", "Our tutorial is taught in 20 universities.", True),
        ("Where it went", "Our findings informed the EU AI Act's transparency rules.", True),
        # built into a product others make, named (not the speaker's own step, nor the tool it is made with)
        ("Product", "Integrated into Photoshop as Generative Fill.", True),
        ("Where it went", "It is now built into Android.", True),
        ("Implementation", "We integrated it into ROS.", False),
        ("Implementation", "Built in Python, with a web front end.", False),
        ("Where it went", "Over a million people have used the app.", True),
        ("The study", "30 people used the app in our study.", False),
        ("Where it went", "The method was replicated by three other groups.", True),
        ("The study", "Results were replicated by two other groups of participants.", False),
        ("Where it went", "The Ghana Fisheries Commission now uses our acoustic index.", True),  # told as a change
        ("Background", "The commission now uses satellite data.", False),
        # where the work is put to use, named in the title; "Adoption" alone or as a label as the talk ends
        ("Where it is used", "Hospitals in three states.", True),
        ("Translation to practice", "Hospitals in three states run the score.", True),
        ("Adoption", "Hospitals in three states.", True),
        ("Beyond the lab", "Hospitals in three states run the score.", True),
        # said the general way: a body, adopters counted, an organisation or its own service as the subject, an act
        # of taking the work up, and the speaker's work as its object (not a study's, a method's or a scholar's)
        ("The scheduler", "Transport for London approved our timetable model for all night buses.", True),
        ("The scheduler", "Five cities bought our sensors after the pilot.", True),
        ("The scheduler", "The Dutch railways (NS) replaced their crew scheduler with ours in 2024.", True),
        ("The scheduler", "Bogotá's TransMilenio cut headways by 20% with our scheduler.", True),
        ("The scheduler", "Siemens Mobility runs our delay predictor in production.", True),
        ("The scheduler", "Caltrain's schedule since 2024 follows our recommendation.", True),
        ("The scheduler", "The Belgian regulator approved our preparation as a model for others.", True),
        ("The scheduler", "Seattle rerouted six bus lines on our forecast of flooding.", True),
        ("The scheduler", "Five cities have buses.", False),
        ("Ethics", "The ethics board approved our study protocol in 2023.", False),
        ("Compute", "The committee approved our request for more compute.", False),
        ("Related work", "Smith extended our proof to infinite graphs.", False),
        ("Related work", "Smith's model uses our loss.", False),
        ("Method", "The Kalman Filter uses our model for every step.", False),
        ("Method", "BERT uses our tokenizer.", False),
        ("Results", "Deep Learning Methods improved with our data.", False),
        ("Results", "Error decreased with our model.", False),
        ("Testing", "We run our predictor in CI before every release.", False),
        # a product others make, its public, what everyone must use, a body's rollout and proposal, a routine use
        ("The scheduler", "Our dashboard ships in Khanmigo, used by 600,000 students.", True),
        ("The scheduler", "Our app is on the phones of 200,000 commuters in Lagos.", True),
        ("The scheduler", "Our open timetable format is now required for all agencies in California.", True),
        ("The scheduler", "The Texas Education Agency funded a statewide rollout to 180 districts.", True),
        ("The scheduler", "The calculus is the basis of the proposal to the C++ committee.", True),
        ("The scheduler", "Used daily by dispatchers at 14 transit agencies.", True),
        ("Packaging", "Our robot ships with Python bindings.", False),
        ("Background", "Citymapper, used by 50 million riders, routes by walking time.", False),
        ("Background", "Malware is on the phones of 2 million users.", False),
        ("Background", "Consent is now required for all participants.", False),
        ("Background", "The government launched a nationwide rollout of 5G in 2020.", False),
        ("Background", "The DCT is the basis of the JPEG standard.", False),
        # ... and whatever the act, by those who take work up; not what helps a study along or is no uptake
        ("The score", "Three health boards now screen every newborn with our test.", True),
        ("The score", "Shelter Cymru trains its caseworkers with our eviction guide.", True),
        ("The score", "The Welsh Government wrote our index into its homelessness strategy.", True),
        ("The score", "Crisis, the national charity, distributes our toolkit to 300 local groups.", True),
        ("The score", "Citizens Advice referred 12,000 tenants through our app last year.", True),
        # the work between the verb and its particle, and a public programme as the body
        ("The score", "Maharashtra's health department rolled our protocol out to 1,400 villages in 2025.", True),
        ("The score", "Three districts scaled our pilot up in 2024.", True),
        ("The score", "The national NCD programme adopted our training modules.", True),
        ("Scale-up", "We rolled our protocol out to 40 villages.", False),
        ("Training", "The model scaled our data up by 10x.", False),
        ("Hiring", "The university scaled our team up.", False),
        ("Funding", "The national programme funded our study.", False),
        # a public reached in thousands, the devices of every place of a kind, a quantity others set by the work,
        # others' textbooks
        ("The alerts", "Our flood alerts reached 2.3 million phones in Bangladesh during the 2024 monsoon.", True),
        ("The tutor", "Our reading tutor is on the tablets of every primary school in Rwanda.", True),
        ("The estimates", "Our estimates now set the minimum wage in two Mexican states.", True),
        ("The method", "Our method is in the textbook that every chemistry undergraduate at MIT uses.", True),
        ("Pilot", "Our flood alerts reached 23 volunteers in the pilot study.", False),
        ("Scale", "Our model reached 2 million parameters.", False),
        ("Study", "Our app is on the phones of every participant in the study.", False),
        ("Book", "Our method is in the textbook we wrote.", False),
        ("Sample", "Our estimates set the baseline across 40 countries in our sample.", False),
        # a test's participants in thousands are no public the work reached; a launch to them is
        ("Project 3", "Experiment with 12,000 users: no change in retention; we stopped it.", False),
        ("Project 3", "An A/B test with 40,000 users showed a 3% lift.", False),
        ("Project 3", "Launched with 300,000 users in 2024.", True),
        # the basis of a plan of a name that ends as a plural does, part of a named body's guide, a public budget that
        # pays for it, a licence told in the passive, clinicians in thousands
        ("The trees", "Our open dataset of street trees is the basis of Paris's canopy plan.", True),
        ("The screen", "Our screening questionnaire is part of the WHO's mhGAP guide.", True),
        ("The meals", "The Kenyan government's 2025 budget funds our school-feeding programme nationwide.", True),
        ("The sensor", "Our soil sensor was licensed by John Deere in 2024.", True),
        ("The calculator", "Thousands of clinicians consult our dosing calculator daily.", True),
        ("Validation", "Our questionnaire was validated against the WHO's guide.", False),
        ("Thesis", "Our analysis is part of Smith's thesis.", False),
        ("Funding", "The state's budget funds our study.", False),
        ("Code", "Our model was licensed by MIT under an open licence.", False),
        ("Pilot", "Three clinicians consulted our app in the pilot.", False),
        ("The score", "Our rent calculator is embedded in the gov.uk benefits checker.", True),
        ("The score", "The council rejected our proposal for a rent register.", False),
        ("The score", "Three housing associations took part in our interviews.", False),
        ("The score", "The hospital collected samples for our analysis.", False),
        ("The score", "The Gates Foundation supports our work in Malawi.", False),
        ("The score", "The Big Data Revolution changes our lives.", False),
        ("The score", "The Power of Open Source Python and open source were my great loves.", False),
        ("The score", "Our data is included in the Appendix.", False),
        ("The score", "Our model is used in the next section.", False),
        ("The score", "The LSTM ran our inputs through two layers.", False),
        # others switching their own to it, the work made the way things are done
        ("The score", "Four regional hospitals switched their sepsis alerts to ours in 2024.", True),
        ("The score", "Our alert is part of standard care at 12 NHS trusts.", True),
        ("The score", "Our score is taught to every new ICU nurse at Johns Hopkins.", True),
        ("The score", "The state of Victoria made our checklist mandatory in 2025.", True),
        ("The score", "We switched our robots to ROS 2.", False),
        ("The score", "Our control arm is standard care at all 12 sites.", False),
        ("The score", "Our method is taught to the model.", False),
        ("The score", "Our pipeline is now the clinical long-read workflow at two NHS genomic hubs.", True),
        ("The score", "Our score became the standard triage tool in 40 emergency departments.", True),
        ("The score", "Our model is now the reference model for all 12 sites of the trial.", False),
        ("The score", "Our method is now the best model on the benchmark.", False),
        # shipped in a product's release
        ("The score", "Night mode shipped in v5.2; two-week retention rose from 48% to 67%.", True),
        ("The score", "The robot shipped with a gripper and two cameras.", False),
        # released to everyone the product serves
        ("The score", "Mood-continuity ordering went to 100% of Discover Weekly users in March.", True),
        ("The score", "The feature rolled out to all listeners in the Netherlands.", True),
        ("The score", "Our A/B test went to 5% of users.", False),
        ("The score", "The reminders rolled out to all patients in the trial.", False),
        # at work now in sites counted; deciding where a named body acts; acting on the strength of the work
        ("The score", "Our signal-timing algorithm now runs at 600 intersections in Pittsburgh.", True),
        ("The score", "Our signal-timing algorithm now runs in 2 ms per intersection.", False),
        ("The score", "Our planner now runs on 12 robots in our lab.", False),
        ("The score", "Our crash-risk maps guide where New York City puts its speed cameras.", True),
        ("The score", "Our maps guide where the robot goes next.", False),
        ("The score", "The World Bank funded a $40M bus line in Dakar on the strength of our study.", True),
        ("The score", "We extended the trial on the strength of our pilot.", False),
        ("The score", "Our dataset of 1.2 billion trips became the standard benchmark for demand forecasting.", True),
        ("The score", "Our results show that SGD became the standard optimizer.", False),
        # brought to each of a public, or to thousands again and again; taught in every place; a body's change since
        ("The score", "Khan Academy now gives our hint sequences to every student who gets a fraction wrong.", True),
        ("The score", "We now give our quiz to every student.", False),
        ("The score", "Our early-warning score flags dropout risk for 250,000 students in Colombia every term.", True),
        ("The score", "Our model predicts churn for 300,000 customers each month in the dataset.", False),
        ("The score", "Our curriculum is taught in every middle school in Rwanda.", True),
        ("The score", "Our curriculum is taught in every session of the study.", False),
        ("The score", "Since our study, the state pays for a tutor for every third grader below grade level.", True),
        ("The score", "Since our study, the error has fallen.", False),
        ("The score", "The city's Tree Plan targets 120 blocks ranked by our heat-mortality map.", True),
        ("The score", "Performance improved on 120 blocks ranked by our map.", False),
        # people by trade at a named organisation; everyone a named place serves; bodies counted that rolled it out;
        # a body's own list; millions done for a service; shown in the records of millions
        ("The score", "Nurses at Kaiser Permanente use our fall-risk score on every admission.", True),
        ("The score", "Nurses in our study use our app.", False),
        ("The score", "Since 2023, every newborn in Ontario is screened with our assay.", True),
        ("The score", "Every image in ImageNet is labelled with our tool.", False),
        ("The score", "Our discharge checklist cut readmissions at 30 VA hospitals that rolled it out.", True),
        ("The score", "We ran it in 30 hospitals that use Epic.", False),
        ("The score", "The WHO listed our test on its Essential Diagnostics List.", True),
        ("The score", "Smith included our method in their comparison.", False),
        ("The score", "Our triage chatbot answered 1.2 million patient questions for the NHS 111 service.", True),
        ("The score", "Our model processed 3 million images for ImageNet training.", False),
        ("The score", "Our predictions appear in the electronic record of 2.5 million patients at Mass General.", True),
        ("The score", "Our model's predictions appear in Figure 3.", False),
        ("The score", "Chile's water directorate (DGA) has issued flood warnings with our model since 2025.", True),
        ("The score", "The state of the art made our checklist obsolete.", False),
        # thousands of things a named place acted on with the work; not the data of a computation
        ("The score", "Ahmedabad painted 15,000 roofs with our guidance.", True),
        ("The score", "Kenya vaccinated 2 million children using our maps.", True),
        ("The score", "Adam updated 10,000 weights with our schedule.", False),
        ("The score", "Training processed 10,000 images with our model.", False),
        # a body by its whole name, the rights bought, all of its own switched, made official, grown on thousands of
        # hectares; not a body's help with a study
        ("The soil test", "The Kenyan Ministry of Agriculture chose our test for its national soil survey.", True),
        ("The soil test", "Syngenta bought the rights to our drought screen.", True),
        ("The soil test", "One Acre Fund switched all of its Kenyan field officers to our soil test.", True),
        ("The soil test", "The FAO's 2024 soil health guidelines include our test.", True),
        ("The soil test", "Our field guide is now official training material for extension officers.", True),
        (
            "The soil test",
            "Our maize variety was released by the national seed board and is grown on 40,000 hectares.",
            True,
        ),
        ("The soil test", "The Rwanda Agriculture Board provided plots for our trials.", False),
        ("The soil test", "Syngenta's drought screen outperforms ours on sorghum.", False),
        ("The soil test", "Farmers in our trial used the test for two seasons.", False),
        # a named body's release fed, a government's programme based on it, the work made binding by others, signed
        # up to, or what the speaker found taken up by bodies counted
        ("The soil test", "Our data now feeds the ONS quarterly housing release.", True),
        ("The soil test", "Our soil map is the basis of Ethiopia's 2025 fertiliser subsidy.", True),
        ("The soil test", "The state of Victoria made our protocol mandatory in 2025.", True),
        ("The soil test", "Landlords in Glasgow signed up to our code of practice: 1,400 so far.", True),
        ("The soil test", "Three seed companies now breed for the traits we identified.", True),
        ("The soil test", "Our encoder feeds the LSTM hidden state.", False),
        ("The soil test", "Our lemma is the basis of Smith's proof.", False),
        ("The soil test", "We have made our checks mandatory.", False),
        ("The soil test", "Participants signed up for our study.", False),
        ("The soil test", "Three hospitals in our trial used the dose we identified.", False),
        # a company by its trade's last word, bodies in a place, operators by what they run, an organisation's own
        # service acting, the work made part of another's, a spin-out, homes counted, a field's standard
        ("The forecast", "Octopus Energy prices its smart tariff with our demand forecast.", True),
        ("The forecast", "Two utilities in Texas now schedule their batteries with our optimiser.", True),
        ("The forecast", "Every distribution operator in Denmark reports flexibility with our template.", True),
        ("The forecast", "California's grid operator cut curtailment by 12% after adopting our scheduler.", True),
        ("The forecast", "ENTSO-E made our probabilistic forecast part of its adequacy assessment.", True),
        ("The forecast", "A start-up, Gridwise, was spun out to sell the optimiser.", True),
        ("The forecast", "Our heat-pump controller is in 25,000 homes through a partnership with Bosch.", True),
        ("The forecast", "Our forecasts run inside the control room of three European grid operators.", True),
        (
            "The forecast",
            "Our dataset is the standard benchmark for load forecasting at the IEEE PES competitions.",
            True,
        ),
        ("The forecast", "The Veterans Health Administration's data were used to train our model.", False),
        ("The forecast", "Two utilities in Texas took part in our interviews.", False),
        ("The forecast", "Octopus Energy shared anonymised meter data with our team.", False),
        ("The forecast", "Our model is the reference model for this section.", False),
        ("The forecast", "Our code runs inside the loop of two models.", False),
        # the work doing its job in others' service where they are, bodies named by the places they are in, a part
        # of a defense cited by a body, a public counted in millions, a body's programme based on the work
        ("Lights Out", "Our forecast drives Lights Out alerts in Chicago, Houston and 40 other cities.", True),
        ("The forecast", "Our model now guides burn permits for the Oregon Department of Forestry.", True),
        ("The forecast", "Hospitals in Washington now staff their emergency rooms on our smoke forecast.", True),
        ("The forecast", "PG&E schedules its power shutoffs with help from our smoke maps.", True),
        ("Policy", "The Congressional Budget Office cited Chapter 2 in its 2025 report on minimum wages.", True),
        ("Launched", "The regret model now ranks the home feed for 200M users.", True),
        ("Launched", "The AirNow app shows our hourly forecast to 4 million users every fire season.", True),
        ("The forecast", "Study 2's exposure model became the basis of the state's clean-air shelter programme.", True),
        ("The forecast", "Our loss now drives learning in all layers.", False),
        ("The forecast", "Our model sets the threshold for all hospitals in the study.", False),
        ("The forecast", "Participating hospitals in Ohio used our app.", False),
        ("The forecast", "Hospitals in Washington see more visits than our model predicts.", False),
        ("The forecast", "As shown in Chapter 2, the estimates are robust.", False),
        ("The forecast", "Our index now scales to 10M users.", False),
        ("The forecast", "This now runs 2x faster for 2 million users in simulation.", False),
        # a body in a place of a few words, a report's name between "its" and "report"
        ("The stock model", "Seafood retailers in the UK label their tuna with our traceability codes.", True),
        ("The stock model", "Port authorities in West Africa inspect 3,000 vessels a year with our risk score.", True),
        ("The stock model", "The FAO cited Study 1 in its 2025 State of World Fisheries report.", True),
        ("The stock model", "Smith cited our paper in the related work section of his report.", False),
        ("The stock model", "Seafood retailers in the UK sell more farmed salmon than our model predicted.", False),
        # a scholar's quantity by name is no organisation's own service
        ("Fatigue life", "Murakami's parameter, fitted to our 200 specimens, predicts life within 2x.", False),
        # software and energy: code others keep, products it is built into, machines it runs on, a body's report
        ("Two years on", "Our scheduler now runs on every Kubernetes cluster at Shopify.", True),
        ("Two years on", "The Linux kernel merged our patch in 6.2.", True),
        ("Two years on", "Since 6.2 it ships in every Ubuntu release.", True),
        ("Two years on", "Our battery-health model is built into 2 million Tesla Powerwalls.", True),
        ("Two years on", "Over 12,000 projects on GitHub depend on our library.", True),
        ("Two years on", "The IEA cites our grid model in its World Energy Outlook.", True),
        ("Two years on", "Our fuzzer found 240 bugs in Chrome, all fixed by Google's security team.", True),
        ("Two years on", "Our heat-pump sizing tool is used by 900 installers across Europe.", True),
        ("Two years on", "The Python Software Foundation funded a team to maintain our type checker.", True),
        ("Two years on", "We merged our patches into the main branch.", False),
        ("Two years on", "We ran our scheduler on every node of our test cluster.", False),
        ("Two years on", "Our model runs on every phone in the study.", False),
        ("Two years on", "The tool is used by 12 testers in our lab study.", False),
        ("Two years on", "Smith et al. cite our paper in their NeurIPS paper.", False),
        ("Two years on", "The model is built into 30 lines of code.", False),
        ("Two years on", "We found 3 bugs in our code, fixed by our team.", False),
        ("Two years on", "NSF funded my lab to extend our simulator.", False),
        ("Two years on", "Climeworks tested our sorbent in its Orca pilot unit for 1,000 cycles.", True),
        ("Two years on", "Toyota trialled our controller in two of its factories.", True),
        ("Two years on", "We tested our sorbent in our pilot unit.", False),
        ("Two years on", "Nurses tested our app in its pilot ward.", False),
        ("Two years on", "Five Oregon hatcheries now time their seawater intake with our forecasts.", True),
        ("Two years on", "Participants now rate their pain with our app.", False),
        ("Two years on", "The Rust compiler team merged our explanation pass in version 1.79.", True),
        ("Two years on", "The team merged our branches before the deadline.", False),
        ("Two years on", "Alzheimer's disease Sleep replay consolidates memories in my grandmother.", False),
        # others' dissertations and studies built on it, a licence taken, vendors acting on the work's report
        ("Two years on", "The glossed corpus has been used in three other dissertations.", True),
        ("Two years on", "The scale was cited in 12 other studies.", True),
        ("Two years on", "We used the corpus in two other studies.", False),
        ("Two years on", "It was used in two other papers of ours.", False),
        ("Two years on", "F5DEE is licensed to a battery start-up that is scaling it up.", True),
        ("Two years on", "The survey data is licensed to us by Nielsen.", False),
        ("Two years on", "Intel credited us in a security advisory.", True),
        ("Two years on", "Apple patched iOS 17.2 after our disclosure.", True),
        ("Two years on", "Google paid a $15,000 bug bounty.", True),
        ("Two years on", "Assigned three CVEs.", True),
        ("Two years on", "Canvas added a grade-last option after our study.", True),
        ("Two years on", "We patched the kernel after our attack to test the defense.", False),
        ("Two years on", "Participants were added after our first study.", False),
        ("Two years on", "Spectre (CVE-2017-5753) was patched in 2018.", False),
        # a regulator's designation, others' benchmark measured against the work
        ("Two years on", "The FDA granted the system Breakthrough Device designation in 2025.", True),
        ("Two years on", "Our open decoder is the baseline of the 2026 Brain-to-Text benchmark.", True),
        ("Two years on", "Our method is the baseline for our experiments.", False),
        ("Two years on", "ResNet-50 is the baseline of the ImageNet benchmark.", False),
        # a blind battery across fields: others' research, a public reached through those who serve it, a body
        # acting on the evidence, a guideline, the standard of care in places counted, the stage, a design copied,
        # a product's own part replaced or its default
        ("Two years on", "Our proof technique was used to settle two open conjectures by other groups.", True),
        ("Two years on", "Extension agents in Malawi teach our planting calendar to 20,000 farmers.", True),
        ("Two years on", "The IUCN reclassified the species as endangered based on our survey.", True),
        ("Two years on", "Our score is now part of the NICE guideline for sepsis in children.", True),
        ("Two years on", "Four orchestras have performed the reconstructed score since 2023.", True),
        ("Two years on", "Our interferometer design was copied by the LIGO India team.", True),
        ("Two years on", "The protocol became the standard of care in 14 NICUs across Canada.", True),
        ("Two years on", "Duolingo replaced its placement test with our adaptive version.", True),
        ("Two years on", "Our typeface is the default on Kindle devices sold in India.", True),
        ("Two years on", "Our method was compared with methods used by other groups.", False),
        ("Two years on", "We teach our method to 200 students.", False),
        ("Two years on", "We classified the species as endangered based on our survey.", False),
        ("Two years on", "Parameters were updated based on our pilot study.", False),
        ("Two years on", "This step is part of the standard pipeline.", False),
        ("Two years on", "It is part of the training protocol for our study.", False),
        ("Two years on", "Cisplatin became the standard of care in 1978.", False),
        ("Two years on", "Four orchestras performed Beethoven's Ninth.", False),
        ("Two years on", "We replaced our baseline with the new model.", False),
        ("Two years on", "Our setting is the default for all experiments.", False),
        ("Two years on", "The LIGO team designed an interferometer that inspired ours.", False),
        # shipped or rolled out to a public counted in millions, not to a study's few
        ("Two years on", "The arrows shipped to 80 million users in 2024.", True),
        ("Two years on", "Rolled out to 2 million drivers.", True),
        ("Two years on", "We shipped the prototype to 12 users.", False),
        # a second blind battery: others' works made from it, a named body changing its own after the research, the
        # benchmark the field reports on, sold by a named body, the standard textbook; a named body's data as the input
        ("Two years on", "A BBC documentary was built on our archive of oral histories.", True),
        ("Two years on", "Three state legislatures introduced bills modeled on our proposal.", True),
        ("Two years on", "The ILO's 2025 report on platform work is built on our survey of 12,000 drivers.", True),
        ("Two years on", "The Smithsonian rehung its textile gallery following our provenance research.", True),
        ("Two years on", "Our dataset is the benchmark every major speech lab now reports on.", True),
        ("Two years on", "Our vaccine cold-chain sensor is now sold by UNICEF's supply division.", True),
        ("Two years on", "The method is now taught in the standard epidemiology textbook.", True),
        ("Two years on", "We built our archive on the BBC's oral histories.", False),
        ("Two years on", "Our policy is based on our values.", False),
        ("Two years on", "Our kit is sold by us at cost.", False),
        ("Two years on", "Our dataset is the benchmark for our experiments.", False),
        ("Two years on", "We changed our protocol after our pilot study.", False),
        ("Two years on", "The World Bank's poverty maps were our training data.", False),
        ("Two years on", "NASA's satellite images were our input.", False),
        # a fleet counted at companies counted
        ("Two years on", "Our asking policy now runs on 300 robots at two logistics companies.", True),
        ("Two years on", "It runs on 300 robots in our lab.", False),
        # others who have since written what the work found into their own rules
        ("Two years on", "Two of the three hospitals have since made protected naps part of their night policy.", True),
        ("Two years on", "We have since made the code part of our pipeline.", False),
        # a third blind battery: people of a named organisation at work with it, others' papers reusing it,
        # companies listed, a public reached, a practice changed, a company founded on it (citations counted stay
        # the paper's, as above)
        ("Two years on", "Wikipedia editors now flag disputed claims with our tool.", True),
        ("Two years on", "Interpol investigators trace stolen artefacts with our image-matching system.", True),
        ("Two years on", "Our simulator is the one Airbus engineers use to certify cabin airflow.", True),
        ("Two years on", "Since 2024, Médecins Sans Frontières triages cholera patients with our score.", True),
        ("Two years on", "Over 900 papers have reused our annotated corpus.", True),
        ("Two years on", "The paper has been cited 3,100 times.", False),
        ("Two years on", "Tesla, Rivian and Lucid license our battery-aging model.", True),
        ("Two years on", "Our curriculum reached 45,000 students in Kenya last year.", True),
        ("Two years on", "Our forecasts now go out every morning to 2 million farmers by SMS.", True),
        ("Two years on", "The finding changed how obstetricians in Norway time the induction of labour.", True),
        ("Two years on", "Two startups were founded on the method.", True),
        ("Two years on", "Our simulator runs 40 times faster than the one Airbus uses.", False),
        ("Two years on", "We compared our score to the one Médecins Sans Frontières uses.", False),
        ("Two years on", "Pilot nurses rated the app with our scale.", False),
        ("Two years on", "Google engineers compared their parser with ours and with our baseline.", False),
        ("Two years on", "Since 2021, Smith has compared methods with our benchmark.", False),
        ("Two years on", "Alice and Bob use our protocol to agree on a key.", False),
        ("Two years on", "Our model is the one Alice uses in the example.", False),
        ("Two years on", "Our survey reached 12,000 students.", False),
        ("Two years on", "This changed how we think about memory.", False),
        ("Two years on", "Our loss changes how the network learns.", False),
        ("Two years on", "The company was founded on the idea that data should be free.", False),
        # a fourth blind battery: a body that keeps it, teams that ask for it, a standard, a rollout by a body,
        # replications by labs counted
        ("Two years on", "The library is now maintained by the Apache Software Foundation.", True),
        ("Two years on", "The dataset has been requested by 600 research teams.", True),
        ("Two years on", "Our compression format became an IETF standard, RFC 9659.", True),
        ("Two years on", "Our reading intervention was scaled to 1,100 schools by the Ministry of Education.", True),
        ("Two years on", "Ten labs have replicated the effect, including two adversarial collaborations.", True),
        ("Two years on", "The library is maintained by our lab.", False),
        ("Two years on", "The code is maintained by Smith.", False),
        ("Two years on", "We scaled the study to 40 schools.", False),
        ("Two years on", "Our protocol became a standard step in our lab.", False),
        ("Two years on", "We replicated the effect in two labs.", False),
        # part of the protocol of places counted; not a study's own protocol
        ("Two years on", "The score is now part of the triage protocol at all 14 hospitals of our system.", True),
        ("Two years on", "The score is part of the protocol at 4 hospitals of the trial.", False),
        # used for a purpose in a named product; a cross-reference of the talk is no product
        ("Two years on", "Our bounds are now used to set burn-in in the Stan programming language.", True),
        ("Two years on", "Our lemma is used to bound the error in Lemma 4.", False),
        ("Two years on", "Our estimator is used in Algorithm 2.", False),
        # a few people of a trade, counted, are a study's participants; in thousands, or others, they take it up
        ("Two years on", "Three nurses labelled the scans with our tool.", False),
        ("Two years on", "Twelve developers fixed bugs with our tool in the lab study.", False),
        ("Two years on", "Two engineers helped us with our sensor.", False),
        ("Two years on", "2,000 teachers now assess reading with our app.", True),
        # round seventy-eight's blind battery: a body bringing it to places counted, "Used by" a name, a change after
        # the work, a share of places, where everyone of a named place meets it, in a named body's bulletin
        ("Two years on", "UNICEF is scaling our tutoring program to 1,200 schools in Zambia.", True),
        ("Two years on", "Nigeria's TB programme is rolling the app out to 600 primary health centres.", True),
        ("Two years on", "Used by Météo-France to time heat-health warnings.", True),
        # ... or a public body told by what it is, not a part of the system
        ("Field deployment", "Used by the regional transport authority in a pilot on 3 bridges.", True),
        ("Signal routing", "Used by the board to route signals between the sensors.", False),
        (
            "Two years on",
            "Our questionnaire is translated into 14 languages and used by Doctors Without Borders.",
            True,
        ),
        ("Two years on", "After our audit, Amazon dropped the hiring model.", True),
        ("Two years on", "Three airlines plan their crew rosters with our solver.", True),
        ("Two years on", "Today 40% of US dairy farms feed with the ration we designed.", True),
        ("Two years on", "Our triage rules are printed on the back of every ambulance clipboard in Queensland.", True),
        ("Two years on", "My forecasts are now in the ECMWF extended-range bulletin.", True),
        ("Two years on", "We are rolling it out to 40 clinics in the pilot.", False),
        ("Two years on", "The government is rolling out 5G to 300 cities.", False),
        ("Two years on", "Used by the authors to tune hyperparameters.", False),
        ("Two years on", "Used by Smith et al. to fit the data.", False),
        ("Two years on", "After our study, we dropped the outliers.", False),
        ("Two years on", "Two labs compare their results with our model.", False),
        ("Two years on", "Half of the farms fed with our ration gained weight.", False),
        ("Two years on", "40% of hospitals lack the staff our method needs.", False),
        ("Two years on", "Our labels are attached to every image in ImageNet.", False),
        ("Two years on", "Our results are now in the NeurIPS proceedings.", False),
        # round eighty's blind battery: bodies counted that now do their work with it, a product it was built into,
        # others moved to change, chosen by an organisation, a spin-out, shipped in a named product, people of a
        # trade in a named place, an award won, taught at universities counted
        ("Two years on", "Two national weather services now issue our heat alerts.", True),
        ("Two years on", "Duolingo added our spaced-repetition scheduler to its app in 2024.", True),
        ("Two years on", "Our bias audit led three banks to change their lending models.", True),
        ("Two years on", "Adopted as the reference method by the International Energy Agency.", True),
        ("Two years on", "Spun out as Verdant Robotics, now with 60 employees.", True),
        ("Two years on", "Our compiler pass ships in every copy of GCC since version 13.", True),
        ("Two years on", "Judges in Cook County now see our risk score before bail hearings.", True),
        ("Two years on", "Won the 2024 XPRIZE for ocean mapping.", True),
        ("Two years on", "Taught in 40 universities' graduate courses.", True),
        ("Two years on", "Three reviewers now recommend our paper.", False),
        ("Two years on", "Two baselines now beat our model.", False),
        ("Two years on", "Smith added our proof to his book.", False),
        ("Two years on", "Our results led two reviewers to change their scores.", False),
        ("Two years on", "Used as a baseline by Smith et al.", False),
        ("Two years on", "Our model ships with a config file.", False),
        ("Two years on", "Nurses at Kaiser now rate our app.", False),
        ("Two years on", "The prize went to a rival team.", False),
        # bodies counted that changed their ways because of the work; not those that took part in it
        ("Two years on", "Two hospitals replaced their sink drains after our survey.", True),
        ("Two years on", "Two hospitals joined after our survey.", False),
        # round eighty-two's blind battery: a named maker's every vehicle, made mandatory or the official basis, the
        # default of a named library, a public counted in millions said in words, contributors in thousands; a modal
        # tells what may yet be
        ("Two years on", "Since 2023, every new Volvo truck runs our fatigue detector.", True),
        ("Two years on", "Our checklist is mandatory in all Dutch operating rooms since 2022.", True),
        ("Two years on", "Our flood maps are the official basis for insurance premiums in Bangladesh.", True),
        ("Two years on", "Our method is the default optimizer in scikit-learn.", True),
        ("Two years on", "Our curriculum reached 1.5 million children through the national TV channel.", True),
        ("Two years on", "More than 1,000 developers contribute to our open-source library.", True),
        ("Two years on", "Every robot in our lab runs our planner.", False),
        ("Two years on", "Our consent form is mandatory for all participants.", False),
        ("Two years on", "Our model is the default choice in this paper.", False),
        ("Two years on", "Our method is the default choice in practice.", False),
        ("Two years on", "Three developers contribute to our library.", False),
        ("Two years on", "We hope five pharmaceutical companies will try our assay.", False),
        # round eighty-four's blind battery: written into guidelines, made part of a national programme, labs counted
        # that asked for it, land planted with it, people of a trade in places counted, courses counted, others who
        # replicated it; a named company trying it in its own products, an agreement that takes it to one
        ("Two years on", "Our checklist was folded into the WHO surgical safety guidelines.", True),
        ("Two years on", "The protocol became part of the national newborn screening programme in Chile.", True),
        ("Two years on", "Over 200 labs have requested the plasmid from Addgene.", True),
        ("Two years on", "Farmers in Kenya's Rift Valley have planted the variety on 12,000 hectares.", True),
        ("Two years on", "Lawyers in 30 public defender offices use the tool to prepare bail hearings.", True),
        ("Two years on", "Taught in 25 courses, from MIT to the University of Cape Town.", True),
        ("Two years on", "Two follow-up trials by other groups replicated the effect in adults.", True),
        ("Two years on", "Panasonic is testing the electrolyte in its pouch cells.", True),
        ("Industry pilot", "CATL is testing our electrolyte in a 1 MWh pilot since 2025.", True),  # a pilot of its own
        ("Industry pilot", "Smith is testing our method in a paper.", False),  # a scholar's
        ("Two years on", "Joint development agreement with a battery maker since 2025.", True),
        ("Two years on", "The heel-prick test is part of the national newborn screening programme.", False),
        ("Two years on", "Our model is part of the national research programme.", False),
        ("Two years on", "Three users requested the export button.", False),
        ("Two years on", "We have planted the variety on 12,000 hectares.", False),
        ("Two years on", "Engineers in two firms use the same dataset.", False),
        ("Two years on", "I taught in two courses.", False),
        ("Two years on", "We replicated the results of other groups.", False),
        ("Two years on", "Participants are testing the app in their homes.", False),
        ("Two years on", "We signed a data-use agreement with the hospital.", False),
        # round eighty-five's probe talks: the work at work now in others' places counted, adopters named and
        # others counted, a product changed on the strength of a line of research, a public shown it in millions
        ("Two years on", "Our detector design now runs in four axion experiments.", True),
        ("Two years on", "HAYSTAC, CAPP and two others adopted the photon counter.", True),
        ("Two years on", "Instagram added a stopping marker based on this line of research.", True),
        ("Two years on", "Shown to hundreds of millions of users daily.", True),
        ("Two years on", "Our code now runs in two minutes.", False),
        ("Two years on", "Our pipeline now runs in three of our labs.", False),
        ("Two years on", "Smith and two others adopted the same protocol.", False),
        ("Two years on", "The prototype was shown to 12 users.", False),
        ("Two years on", "We added a regulariser based on this line of research.", False),
        # round eighty-six's blind battery: certified by a regulator, bodies counted that now do it as the speaker
        # described it, preinstalled on a fleet in millions, public bodies of a kind doing their work with it, asked
        # in a named survey, every car of a named line, makers in countries counted selling what they build on it
        ("Two years on", "The Federal Aviation Administration certified the collision-avoidance logic in 2025.", True),
        ("Two years on", "More than 60 hospitals worldwide now perform the operation as we described it.", True),
        ("Two years on", "Our reading app is preinstalled on 2 million school tablets in Indonesia.", True),
        ("Two years on", "The Dutch water boards schedule dike inspections with our risk model.", True),
        ("Two years on", "Our survey items are now asked in the European Social Survey every two years.", True),
        ("Two years on", "Every Tesla built since 2022 carries our battery-management firmware.", True),
        ("Two years on", "Startups in five countries sell kits built on our open design.", True),
        ("Two years on", "The agency approved the trial.", False),
        ("Two years on", "Regulators disagree with our estimates.", False),
        ("Two years on", "Our results are now included in the Supplementary Material.", False),
        ("Two years on", "Every GPU runs our kernel.", False),
        ("Two years on", "Every Monday, our team runs our tests.", False),
        # round eighty-eight's blind battery: every watch of a named line, a named organisation doing its work with
        # it now, others in thousands doing theirs with it, a funder paying for its scale-up, a company's team
        # rebuilding around it, the basis of a standard
        ("Two years on", "Our fall-detection model ships on every Apple Watch Series 9.", True),
        ("Two years on", "Wikipedia now flags disputed citations with our classifier.", True),
        ("Two years on", "Over 12,000 classrooms teach fractions with our number-line game.", True),
        ("Two years on", "The Gates Foundation funded a scale-up of our program to 300 villages.", True),
        ("Two years on", "Airbnb's pricing team rebuilt their model around our causal estimates.", True),
        ("Two years on", "Our framework became the basis of the ISO 26262 update.", True),
        ("Two years on", "Inference now runs faster with our kernel.", False),
        ("Two years on", "Alice now helps with our experiments.", False),
        ("Two years on", "NSF funded our study.", False),
        ("Two years on", "Google's team compared their parser with ours.", False),
        ("Two years on", "2,000 students played with our game.", False),
        ("Two years on", "10,000 images come with our labels.", False),
        ("Two years on", "Our lemma is the basis of Theorem 2.", False),
        # a probe urban-climate talk: a city acting where the work points
        ("Two years on", "Phoenix now plants trees where our map says.", True),
        ("Two years on", "The county sends inspectors wherever our model flags a building.", True),
        ("Two years on", "We sample where our model is unsure.", False),
        # round one hundred's probe talks: the work between the verb and its particle as a release reaches a public
        # in thousands, takers two words after their count, school districts and nonprofits as adopters
        ("Two years on", "Houston ISD rolled the helper out to 3,200 tutors in 2025.", True),
        ("Two years on", "The code is open and used by two other tutoring nonprofits.", True),
        ("Two years on", "Three districts adopted our helper.", True),
        ("Two years on", "The study rolled the helper out to 12 tutors.", False),
        ("Two years on", "We surveyed two nonprofits about tutoring.", False),
        ("Two years on", "Flooding hit 40 districts in 2024.", False),
        # this session's blind battery: a fleet in millions running the work, taken up by a company and running in its
        # production, every phone of a line since a version, a trade at places counted working by it
        ("Two years on", "Millions of phones run our compression code.", True),
        ("Two years on", "12,000 robots use our estimator.", True),
        ("Two years on", "Our method was picked up by Meta and runs in production on Instagram.", True),
        ("Two years on", "Our parser has been in production at Uber since 2024.", True),
        ("Two years on", "Every Android phone since version 14 runs our compression code.", True),
        ("Two years on", "Farmers in 600 villages in Kenya now plant by our rainfall forecasts.", True),
        ("Two years on", "Nurses in Ohio now triage with our score.", True),
        ("Two years on", "20 robots use our planner.", False),
        ("Two years on", "1,200 images use our labels.", False),
        ("Two years on", "The question was picked up by the reviewers.", False),
        ("Two years on", "We ran it in production mode.", False),
        ("Two years on", "Nurses in 12 wards rated our app.", False),
        ("Two years on", "1,800 couriers used it in 2025.", True),  # a public in thousands, by their trade
        ("Two years on", "18 couriers used it in the pilot.", False),
        ("Two years on", "Google Flood Hub runs our forecasts in 80 countries.", True),  # named, at places counted
        ("Two years on", "Adam runs our model in 3 experiments.", False),
        # how often others use it, between the verb and who uses it; not a study's people, nor the authors
        ("Two years on", "Used daily by the Pittsburgh food bank since 2024.", True),
        ("Two years on", "Used every week by 30 food banks.", True),
        ("Two years on", "Our forecast is used every day by 1,200 dispatchers.", True),
        ("Two years on", "Used daily by participants in the pilot.", False),
        ("Two years on", "Used every day by the authors to check the logs.", False),
        # every one sold of a product named runs it; a challenge's benchmark is the work (not "the challenge of …")
        ("Two years on", "Our model runs on every Roomba sold since 2025.", True),
        ("Two years on", "The loop runs on every Node built by the compiler.", False),
        ("Two years on", "Our dataset is the benchmark of the RSS 2026 manipulation challenge.", True),
        ("Two years on", "Our dataset is a benchmark for the challenge of grasping glass.", False),
    ],
)
def test_others_using_the_work_state_its_impact(tmp_path: Path, title: str, body: str, impact: bool) -> None:
    units = [*without_vision(STRONG_UNITS)[:3], (title, body), *without_vision(STRONG_UNITS)[5:]]
    assert ("impact" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is impact


def test_a_title_alone_that_states_the_vision_opens_no_part_for_the_slides_after_it(tmp_path: Path) -> None:
    slides = [
        "# Teaching robots to fold laundry",
        "# Folding takes people 6 hours a week\n\n- Robots cannot fold a shirt",
        "# My goal: household robots that handle any deformable object",
        "# Part 1: Perceiving cloth\n\n![](cloth.png)",
        "# Our model finds the corners 3x more accurately\n\n![](corners.png)",
        "# Takeaways\n\n- Corners are enough to fold most garments",
        "# Thank you",
    ]
    talk = parse_talk(write(tmp_path, "deck.md", marp(*slides)))
    analysis = analyse(talk)
    assert [s.number for s in talk.slides if analysis.role(s).has("vision")] == [3]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Looking forward", "I want the cloud to run any program on demand, as fast as a local call."),
        ("The question", "How fast does a walk forget its start? My goal: a theory of mixing for every group."),
        ("What I set out to do", "Cut the cost per token by 10x without making any product slower."),
        ("Where this is heading", "Robots that learn from every question they ask, in every home."),
        ("Where this goes", "A home robot that learns any chore from one demonstration by its owner."),
        # a blind battery: a line that opens on where the work goes, what success would be, if the speaker succeeds
        ("Towards robots that ask before they fail", "Three studies, one question: when should a robot ask?"),
        ("If I succeed", "Every home robot will ask before it breaks something."),
        ("A word before we start", "Success, for me, would be robots that people never have to babysit."),
        ("My bet", "Robots will learn more from asking than from watching."),
        ("Thesis: robots should ask", "They learn more from asking than from watching."),
        ("My research in one sentence", "Robots that know when to ask for help."),
        ("The big question", "Can a robot know what it does not know?"),
        ("My question", "What in the input tells a child which verbs are exceptions, and when?"),
        ("The question I work on", "How does a warming climate change the persistence of heat waves?"),
        ("The questions we study", "Why do some cities cool faster than others at night?"),
        # round eighty's blind battery: the long line of the work, the goal over all, the programme, the dream, a
        # want to find out, everyone pictured with what the work gives them
        ("A word before we start", "The long arc of my work: machines that understand the world as children do."),
        ("A word before we start", "Overarching goal: make privacy something users never have to think about."),
        ("A word before we start", "My program of research asks how institutions earn trust, and how they lose it."),
        ("A word before we start", "The dream: a battery made from sea water and rust."),
        ("A word before we start", "Beyond this thesis, I want to understand how memories are rewritten in sleep."),
        ("A word before we start", "Imagine every farmer with an agronomist in their pocket."),
        # round eighty-two's: the future or the world pictured, the big goal, the first step of a bigger project
        ("A word before we start", "A future in which every city knows its trees by name."),
        ("A word before we start", "I want to live in a world where software cannot crash planes."),
        ("Why it matters to me", "I want a world where no one dies of a preventable infection."),
        ("A word before we start", "The big goal is a vaccine for every strain of flu."),
        ("A word before we start", "This is the first step of a bigger project: a map of every protein interaction."),
        # this session's blind battery: the mission of the research, the one end all of it serves
        ("A word before we start", "The mission of my research: safe drinking water from air, anywhere on Earth."),
        ("A word before we start", "Everything I do is aimed at one thing: hearing aids that work in a restaurant."),
        ("This talk", "Part of a larger effort: giving every farmer a soil test they can afford."),
        ("A world where robots ask for help", "And people answer in seconds."),
        ("A future where every robot asks for help", "And people answer in seconds."),
        ("Where I want the field to be in 2035", "Robots that know their limits."),
        ("Long-term, I want every robot to ask", "Trust follows."),
        ("Ultimately", "Robots that ask will be trusted in every home."),
        ("The classroom of the future", "Every student gets a tutor that knows what they do not know."),
        ("About me", "I am building toward clinical tools that catch sepsis hours before a nurse would."),
        # the thing the speaker builds, named after a question that pictures it
        ("What if a robot could pick anything?", "That is the robot I am building: one that learns from one look."),
        ("About me", "My mission is to make privacy the default in every messaging app."),
        ("About me", "My agenda over the next five years: turn satellite images into crop insurance."),
        ("About me", "I build sensing that lets coastal food producers see the ocean change."),
        ("About me", "I design technology that older adults keep using."),
        # the thing the speaker wants, named in the title, and where it should be
        ("The robot I want in every ward", "A lifting assistant a nurse trusts with a patient on the first day."),
        ("The tools I want for every clinic", "A scanner a nurse can carry and read without training."),
    ],
)
def test_the_speakers_own_words_as_the_talk_opens_state_the_vision(tmp_path: Path, title: str, body: str) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], (title, body), *units[1:]))
    assert "vision" in roles_of_slide(path, title).mentions


@pytest.mark.parametrize(
    ("title", "body", "states"),
    [
        # where the work goes beyond the talk's own plan, said in the middle of a talk
        ("Looking further ahead", "Robots that learn any object by touch.", True),
        ("Why this matters long term", "Robots that share our homes must be safe to hand things to.", True),
        ("In the long run", "Every robot hand should feel slip before it drops anything.", True),
        ("Where the field should go", "From vision-only grasping to touch-first manipulation.", True),
        ("Where the field is heading", "From vision-only grasping to touch-first manipulation.", True),
        # where the work leads, beyond the talk, and the speaker's ambition
        ("Where this leads", "Home robots as common as dishwashers.", True),
        ("Where this could go", "Robots that handle any object they meet.", True),
        ("Beyond this talk", "Home robots that never drop a glass.", True),
        ("The long-term picture", "Robots that care for older adults.", True),
        ("My ambition", "Robots anyone can teach in a minute.", True),
        # the speaker's work as a whole, labelled, not a conference talk's method
        ("My work: search that reads intent, not keywords", "Three years of search at a retailer.", True),
        ("Our work: a dual encoder", "Two towers, trained on clicks.", False),
        ("Where the robot is heading", "The planner predicts its path.", False),
        ("Ambitious baselines", "We compare against five planners.", False),
        ("My question for you", "Which robot would you trust?", False),  # put to the audience
        # the same words naming the method's memory, a result, a limit or a place
        ("Long-term memory in transformers", "Attention over 64k tokens.", False),
        ("In the long run, the estimator is unbiased", "The bias vanishes as n grows.", False),
        ("Further ahead of the robot", "The lidar sees 30 m further ahead.", False),
        ("Long-term results", "Success stays at 90% after 1,000 grasps.", False),
        # "Ultimately" as a label or alone, not as the first word of a result; the questions of the thesis, not
        # of one study
        ("Ultimately: robots that ask for help", "Trusted in every home.", True),
        ("Ultimately, the loss converges", "After 20 epochs.", False),
        ("Research questions of this thesis", "Can robots learn when to ask?", True),
        ("Research questions of the user study", "RQ1: speed. RQ2: trust.", False),
        # an institution's own aim, not the speaker's
        ("The mission of the agency", "NOAA issues forecasts for 3,000 counties.", False),
        ("The goals of the health ministry", "Halve waiting times by 2030.", False),
        ("The mission of our lab", "Robots that know what they do not know.", True),
    ],
)
def test_where_the_work_goes_in_the_long_run_states_the_vision_or_agenda(
    tmp_path: Path, title: str, body: str, states: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:4], (title, body), *units[4:]))
    assert bool(roles_of_slide(path, title).mentions & {"vision", "agenda"}) is states


@pytest.mark.parametrize(
    ("title", "vision"),
    [
        ("A ten-year goal", True),  # a horizon in years before the goal leaves it heading the title
        ("My 20-year vision", True),
        ("What I'm after", True),  # the idiom of what the speaker is after
        ("What I am after", True),
        ("Goal image", False),  # "goal" a noun's modifier, not its head
        ("A ten-year study", False),
    ],
)
def test_the_goal_with_its_horizon_or_what_the_speaker_is_after_states_the_vision(
    tmp_path: Path, title: str, vision: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    body = "Every city in the Global South with a heat-health warning system by 2035."
    path = write(tmp_path, "talk.md", outline(units[0], (title, body), *units[1:]))
    assert (roles_of(path)[title] == "vision") is vision


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("In ten years, I want every fertiliser plant to run on self-made catalysts", "vision"),
        ("Ten years from now, every home robot will ask for help", "vision"),
    ],
)
def test_a_decade_named_in_a_title_states_the_vision(tmp_path: Path, title: str, role: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:6], (title, "Three points about robots in homes."), STRONG_UNITS[-1]]
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))[title] == role


@pytest.mark.parametrize(
    "title",
    [
        "What I hope you remember",
        "What you should remember",
        "What this means",
        "The short version",
        "What I showed today",
        "What we now know",
    ],
)
def test_what_the_audience_should_remember_is_the_takeaways(tmp_path: Path, title: str) -> None:
    ending = [
        (title, "Robots can predict their own failures; asking at the right time builds trust."),
        ("The next five years", "Years 1-2: a study in 100 homes. Years 3-5: one model for every robot."),
        ("Thank you", "Questions?"),
    ]
    path = write(tmp_path, "talk.md", outline(*without_vision(STRONG_UNITS)[:6], *ending))
    assert not by_code(lint(path), "TL106")


@pytest.mark.parametrize(
    ("title", "body"), [("Review of the literature", "Smith 2019; Lee 2020."), ("Peer review", "Two rounds.")]
)
def test_a_review_that_is_the_work_not_the_talk_is_no_takeaway(tmp_path: Path, title: str, body: str) -> None:
    ending = [(title, body), ("Thank you", "Questions?")]
    path = write(tmp_path, "talk.md", outline(*without_vision(STRONG_UNITS)[:6], *ending))
    assert "conclusion" not in roles_of_slide(path, title).mentions
    assert by_code(lint(path), "TL106")


def test_the_evidence_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Sets of words iterate in a different order in each process: the evidence must not follow it."""
    import os
    import subprocess
    import sys

    path = write(tmp_path, "talk.md", outline(("Goals and objectives", "Robots that ask."), *STRONG_UNITS[2:5]))
    show = (
        "import sys; from pathlib import Path; from talklint.parsers import parse_talk; "
        "from talklint.analysis import analyse; talk = parse_talk(Path(sys.argv[1])); "
        "print(analyse(talk).role(talk.slides[1]).evidence[0])"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", show, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(seen) == 1, seen


@pytest.mark.parametrize(
    ("lines", "aims"),
    [
        (
            [
                "Improve methods for processing microbiome data.",
                "Predict severe infections from gut microbiome composition.",
                "Contribute to democratizing data science.",
            ],
            True,
        ),
        (["Disentangle style from content in language models, thereby learning interpretable representations"], True),
        (["Draw logical consequences from assumptions."], False),  # one short line: a definition
        (["Thank you all for coming to this talk today."], False),
        (["Train the ensemble on 10,000 grasps", "Predict failures from its spread"], False),  # a step, counted
        (["Design science is a methodology that builds artefacts"], False),  # a subject, not an order
    ],
)
def test_lines_that_each_open_on_a_goal_state_the_aims(lines: list[str], aims: bool) -> None:
    assert statements.states_aims(lines) is aims


def test_an_overview_that_lists_the_works_aims_as_the_talk_opens_is_its_vision(tmp_path: Path) -> None:
    aims = "1. Improve methods for processing microbiome data\n2. Predict severe infections from the gut microbiome"
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], ("Overview", aims), *units[1:]))
    talk = parse_talk(path)
    slide = next(s for s in talk.slides if s.title == "Overview")
    roles = analyse(talk).role(slide)
    assert roles.role == "vision" and roles.evidence[0] == "states the work's aims"
    assert not by_code(lint(path), "TL102")
    plan = "1. The problem\n2. Our method\n3. Results"  # the talk's parts: its outline
    plain = write(tmp_path, "plain.md", outline(units[0], ("Overview", plan), *units[1:]))
    assert roles_of(plain)["Overview"] == "outline"


def test_a_line_under_a_claim_is_its_support_not_an_aim(tmp_path: Path) -> None:
    """ "Smoke from Canada sent …" opens on a verb's form, but under a title that states a claim it supports the
    claim: no aim of the work, and no vision."""
    title = "Wildfire smoke travels further than the fire"
    line = "Smoke from Canada sent New York's air quality to the worst in the world."
    units = without_vision(STRONG_UNITS)
    roles = roles_of_slide(write(tmp_path, "talk.md", outline((title, line), *units[1:])), title)
    assert "vision" not in roles.mentions and roles.role != "vision"


def test_an_overview_that_says_the_vision_in_sentences_as_the_talk_opens_is_its_vision(tmp_path: Path) -> None:
    said = (
        "Long-term vision: soft exosuits that every stroke survivor can wear at home, tuned by the suit itself.\n"
        "This talk: control that adapts to each walker in minutes."
    )
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], ("Overview", said), *units[1:]))
    assert roles_of(path)["Overview"] == "vision"
    assert not by_code(lint(path), "TL102")
    # an outline that lists the vision among the talk's parts is still the outline
    parts = "1. The problem\n2. My vision\n3. Results"
    listed = write(tmp_path, "listed.md", outline(units[0], ("Overview", parts), *units[1:]))
    assert roles_of(listed)["Overview"] == "outline"


def test_the_work_named_in_the_title_makes_orders_its_steps_not_its_aims(tmp_path: Path) -> None:
    steps = "- Train the ensemble on the grasps we collected\n- Predict failures from the spread of its votes"
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], ("Our method", steps), *units[1:]))
    assert "vision" not in roles_of_slide(path, "Our method").mentions


def test_what_goes_wrong_today_is_the_problem_not_a_lesson(tmp_path: Path) -> None:
    units = [("What goes wrong in homes", "Robots drop glasses and nobody notices."), *STRONG_UNITS[1:]]
    path = write(tmp_path, "talk.md", outline(*units))
    assert "lessons" not in roles_of_slide(path, "What goes wrong in homes").mentions


@pytest.mark.parametrize(
    ("title", "agenda"),
    [
        ("Aim 1 (years 1-3): map the receptors", True),  # a step of the plan, in time
        ("Years 3-5: field trials with breeders", True),
        ("Next 18 months", True),  # the months ahead, heading the title
        ("Next two weeks", True),  # a lab meeting's horizon
        ("The next three years at the institute", True),
        ("Long-term goal", False),  # the vision's words, no step of a plan
        ("My first 100 days", True),  # the speaker's first months in the role
    ],
)
def test_a_title_that_sets_a_horizon_in_years_is_a_step_of_the_agenda(tmp_path: Path, title: str, agenda: bool) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:2], (title, "Wheat that resists new fungi."), *units[2:]))
    roles = roles_of_slide(path, title)
    assert ("agenda" in roles.mentions) is agenda
    # an aim with a horizon is a step of the plan, not the vision; the vision's own words stay the vision
    assert (roles.role == "vision") is not agenda


def test_another_s_first_days_are_no_step_of_the_agenda(tmp_path: Path) -> None:
    title = "Following hosts through their first 90 days"  # a study's window, not the speaker's first days
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:2], (title, "Diaries from 32 new hosts."), *units[2:]))
    assert "agenda" not in roles_of_slide(path, title).mentions


def test_a_forecast_over_the_years_ahead_is_no_step_of_the_agenda(tmp_path: Path) -> None:
    title = "Wheat yields over the next 30 years"
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units[:2], (title, "Yields fall 6% per degree of warming."), *units[2:]))
    assert "agenda" not in roles_of_slide(path, title).mentions


@pytest.mark.parametrize("title", ["Research overview", "Overview of my work"])
def test_a_research_overview_is_the_programme_at_a_glance_not_the_talks_outline(tmp_path: Path, title: str) -> None:
    overview = (title, "Long-term vision: every city trusts its sensors. This talk: calibration.")
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], overview, *units[1:]))
    assert roles_of(path)[title] == "vision"
    assert not by_code(lint(path), "TL102")


@pytest.mark.parametrize("title", ["Research agenda", "A ten-year agenda"])
def test_a_research_agenda_early_in_the_talk_is_the_speakers_programme_not_the_talks_outline(
    tmp_path: Path, title: str
) -> None:
    agenda = (title, "My research asks how social protection shapes the health of children over their lives.")
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], agenda, *units[1:]))
    assert roles_of(path)[title] != "outline"
    assert not by_code(lint(path), "TL102") and not by_code(lint(path), "TL110")


@pytest.mark.parametrize(
    ("title", "body", "vision"),
    [
        (
            "Variational objective",
            "$$ \\mathrm{ELBO} = \\mathbb{E}_q[\\log p(y \\mid f)] - \\mathrm{KL}(q \\| p) $$",
            False,
        ),
        ("Objective:", "$$ \\max_\\theta \\sum_i \\log p_\\theta(x_i) $$", False),
        ("Objective", "Minimise the expected loss over the training distribution.", False),  # an optimisation's, told
        ("Objective", "Make every home robot ask for help before it fails.", True),  # the research's aim, in words
    ],
)
def test_a_goal_set_as_an_equation_is_an_optimisations_objective_not_the_vision(
    tmp_path: Path, title: str, body: str, vision: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", marp(*(f"# {t}\n\n{b}" for t, b in [*units[:2], (title, body), *units[2:]])))
    roles = roles_of_slide(path, title)
    assert (roles.role == "vision") is vision
    assert ("vision" in roles.mentions) is vision


@pytest.mark.parametrize(
    ("title", "part", "states"),
    [
        # a part of the story named where its word heads the title
        ("Startup: Acme Robotics", "impact", True),
        ("Licensed to two companies", "impact", True),
        ("Out in the wild", "impact", True),
        ("Perspectives", "agenda", True),
        ("Contributions", "conclusion", True),
        ("Methodological contributions", "conclusion", True),
        ("Reflections", "lessons", True),
        ("What this changes: museums now show the letters", "impact", True),
        ("Real-world adoption of our planner", "impact", True),
        # the same words naming something else: the speaker's choice, a quantity's parts, a field's review, physics
        ("We adopt a Gaussian prior", "impact", False),
        ("Startup time of the controller", "impact", False),
        ("Licensed spectrum access", "impact", False),
        ("Shipped packets per second", "impact", False),
        ("In the wild evaluation", "impact", False),
        ("Two perspectives on uncertainty", "agenda", False),
        ("Contact forces during grasping", "closing", False),
        ("Review of grasp planners", "conclusion", False),
        ("Conclusion of the proof", "conclusion", False),  # the last step of an argument, not the talk's
        ("Reflection coefficients", "lessons", False),
        ("What this changes in the gradient", "impact", False),
        ("Real-world adoption of IPv6", "impact", False),  # a technology's adoption, not the work's
        ("Deployed in 40 hospitals", "impact", True),
        ("Every third deploy is rolled back", "impact", False),  # a release of code, the trouble a talk opens on
        ("Deploying on the edge", "impact", False),  # a step of the method
    ],
)
def test_a_story_word_names_its_part_only_as_the_head_of_the_title(
    tmp_path: Path, title: str, part: str, states: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(len(units) - 2, (title, "Glass reflects 8% of light at normal incidence."))
    assert (part in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is states


@pytest.mark.parametrize(
    ("body", "impact"),
    [
        ("- Three museums now show the letters\n- The archive adopted our catalogue", True),
        ("- Nationality was negotiated at a desk, not decreed\n- Historians should read consular archives", False),
    ],
)
def test_a_title_that_asks_what_changed_is_answered_by_its_text(tmp_path: Path, body: str, impact: bool) -> None:
    """ "What this changes" over what others did with the work is its impact; over the argument's consequences it
    names no part of the story, and the talk still lacks its impact."""
    units = [unit for unit in without_vision(STRONG_UNITS) if not unit[0].startswith("Impact")]
    units.insert(len(units) - 4, ("What this changes", body))
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("impact" in roles_of_slide(path, "What this changes").mentions) is impact
    assert bool(by_code(lint(path), "TL105")) is not impact


def test_a_quantitys_contributions_are_no_conclusion(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(3, ("Feature contributions (SHAP)", "Depth dominates the grasp score."))
    assert roles_of(write(tmp_path, "talk.md", outline(*units)))["Feature contributions (SHAP)"] != "conclusion"


@pytest.mark.parametrize(
    ("title", "impact"),
    [
        ("The district adopted it", True),
        ("Three hospitals now run them", True),
        ("Two companies license it", True),
        ("Why hospitals never adopted it", False),
        ("Regulators banned it", False),
        ("Others use the model", True),  # others, uncounted, as the title says it of the talk's work
        ("Should the district adopt it?", False),
        ("How we built it", False),
    ],
)
def test_a_titles_it_is_the_talks_work(tmp_path: Path, title: str, impact: bool) -> None:
    """A title has no sentence before it: "it" there is the work, and others taking it up are its impact."""
    units = [*without_vision(STRONG_UNITS)[:3], (title, "Pilots ran in the spring of 2025."), *STRONG_UNITS[5:]]
    assert ("impact" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is impact


def test_a_title_that_tells_others_run_the_model_is_impact_not_the_method(tmp_path: Path) -> None:
    """ "The Water Board now runs our model": the method's word is what others took up, not the slide's part."""
    title = "The Water Board now runs our model"
    units = [*without_vision(STRONG_UNITS)[:3], (title, "Warnings went out 5 hours earlier."), *STRONG_UNITS[5:]]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "impact"
    units[3] = ("Our model", "Warnings went out 5 hours earlier.")
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Our model").role != "impact"
    units[3] = ("Others use the model", "Part of the survey's pipeline; three other groups run it.")
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), "Others use the model").role == "impact"


PANDOC_OPENING = """% Code you can hear
% A. Speaker

# About me

- Five years as a software engineer on a screen-reader team

# Screen readers read code one line at a time

- A sighted developer scans a 200-line file in seconds
- A blind developer hears it token by token

# {third}

- In our diary study, 18 blind developers spent 52% of their time navigating, not editing
- Most gave up on code review tools entirely

# Prior work

- Audio cues for indentation (Stefik 2011)
- Tree-based navigation (Baker 2015)

# Our approach

- Spatial audio places each nesting level at a different angle

# Study 1

- Finding the caller of a function: 3.4 min → 1.2 min

# Takeaways

- Skimming matters more than reading faster

# Questions?
"""


def test_a_first_content_slide_that_states_the_problem_is_the_motivation_not_background(tmp_path: Path) -> None:
    """Among the first three content slides, a slide that states the problem is the motivation a reader hears,
    where the model, weighing its place, took it for background; a title that names the background keeps it."""
    third = "Blind developers spend twice as long finding their way in code"
    roles = roles_of(write(tmp_path, "talk.md", PANDOC_OPENING.format(third=third)))
    assert roles[third] == "motivation"
    assert roles["Prior work"] == "background"
    named = roles_of(write(tmp_path, "talk.md", PANDOC_OPENING.format(third="Background")))
    assert named["Background"] == "background"


VISION_IN_CONTEXT = """% Cooler cities
% A. Speaker

# Heat kills more people than floods

- Heat waves killed 60,000 people in Europe in 2022
- The poorest neighbourhoods are the hottest

# {second}

- {said}

# Urban heat islands

- Asphalt and roofs store heat (Oke 1982)
- Trees cool streets by shading and evaporation

# Our sensor network

- 400 sensors on bus stops

# Streets with trees are 4 degrees cooler

- Measured over two summers

# Takeaways

- Shade where people wait

# Questions?
"""


@pytest.mark.parametrize(
    ("second", "said", "vision"),
    [
        ("Cities and heat", "I study how cities can cool the people who need it most.", True),
        ("Where I come in", "I study how cities can cool the people who need it most.", True),
        ("Cities and heat", "Cities hold more than half of the world's people.", False),
        ("Related work", "I study how cities can cool the people who need it most.", False),  # the title names it
    ],
)
def test_a_slide_that_states_the_vision_in_the_context_is_the_vision(
    tmp_path: Path, second: str, said: str, vision: bool
) -> None:
    """A slide that states where the speaker's work goes, which the model took for the background or the problem
    around it, is the vision; a title that names its part keeps it."""
    roles = roles_of(write(tmp_path, "talk.md", VISION_IN_CONTEXT.format(second=second, said=said)))
    assert (roles[second] == "vision") is vision


@pytest.mark.parametrize(
    ("title", "vision"),
    [
        ("My goal is a warning system that hears an eruption coming", True),  # a system named in the vision
        ("A warning system that hears an eruption coming", False),  # the system itself: the approach
    ],
)
def test_an_opening_slide_that_states_the_vision_and_names_a_system_is_the_vision(
    tmp_path: Path, title: str, vision: bool
) -> None:
    """The model weighs a system named in the title as the approach; as the talk opens, a slide that states where
    the speaker's work goes is the vision all the same."""
    deck = marp(
        "# Listening to volcanoes\n\nElena Vasquez",
        "# Eruptions give little warning\n\n- Most ash warnings come after the eruption starts",
        f"# {title}\n\n- Hours ahead, not minutes after\n- For every volcano, not just the monitored ones",
        "# Infrasound travels thousands of kilometers\n\n- Eruptions make it before ash reaches the surface",
        "# Arrays on three continents\n\n- 12 stations, 47 eruptions",
        "# A tone precedes eruptions by 3 hours\n\n- Seen before 39 of 47 eruptions",
        "# Detected automatically\n\n- 18 of 20 eruptions warned",
        "# Takeaways\n\n- A tone precedes eruptions by hours",
        "# Thank you",
    )
    assert (roles_of(write(tmp_path, "talk.md", deck))[title] == "vision") is vision


JOB_MARKET_TALK = r"""\documentclass{beamer}
\begin{document}
\begin{frame}{Do minimum wages push teens out of school?}\end{frame}
\begin{frame}{Thirty states raised their minimum wage since 2014}
\begin{itemize}\item Teen workers are the most exposed: 40\% earn within \$1 of the minimum\end{itemize}
\end{frame}
\begin{frame}{Data}
\begin{itemize}\item Enrollment records for 11 million students, 2010--2022\end{itemize}
\end{frame}
\begin{frame}{Empirical strategy}
\begin{itemize}\item Stacked event study around 138 minimum wage increases\end{itemize}
\end{frame}
\begin{frame}{TITLE}
\begin{itemize}
\item LINE
\item Concentrated among 16- and 17-year-olds
\end{itemize}
\end{frame}
\begin{frame}{Robustness}
\begin{itemize}\item Synthetic control: $-1.8$ pp\end{itemize}
\end{frame}
\begin{frame}{Conclusion}
\begin{itemize}\item Minimum wages do not pull the average teen out of school\end{itemize}
\end{frame}
\begin{frame}{Thank you}\end{frame}
\end{document}
"""


@pytest.mark.parametrize(
    ("title", "line", "role"),
    [
        ("Low-income teens leave school", "$-2.1$ pp for teens eligible for free lunch (s.e. 0.7)", "results"),
        # a topic over numbers that count no measure (a signed change in points counts one, as "-2.1 pp" would)
        ("Low-income teens", "2,100 teens eligible for free lunch (s.e. 0.7)", "approach"),
        ("Low-income teens leave school", "Most of them are eligible for free lunch", "approach"),  # no numbers
        ("What we did", "$-2.1$ pp for teens eligible for free lunch (s.e. 0.7)", "approach"),  # a part named
        # a measure counted in the text speaks for itself, under a topic ("Time": "Users were 11% faster")
        ("Low-income teens", "Enrollment fell 2.1 points for teens eligible for free lunch", "results"),
        ("Low-income teens", "Teens eligible for free lunch were three times more likely to leave", "results"),
        ("Low-income teens", "Teens eligible for free lunch leave school earlier than others", "approach"),  # words
        ("What we did", "Enrollment fell 2.1 points for teens eligible for free lunch", "approach"),  # a part named
        # a count in the title says what the study used, not an item numbered ("Survey 2") over its numbers
        ("Surveying 2,100 teens in 40 schools", "2,100 teens eligible for free lunch (s.e. 0.7)", "approach"),
        ("Survey 2: teens in 40 schools", "2,100 teens eligible for free lunch (s.e. 0.7)", "results"),
    ],
)
def test_a_claim_over_numbers_past_the_opening_reports_a_result(
    tmp_path: Path, title: str, line: str, role: str
) -> None:
    """A title that states a claim over numbers, past the opening, reports what the work found, even where the
    model, which learnt results mostly from figures, took it for the approach; so does a line that counts a measure,
    whatever the title (a comparison in words alone may be the hypothesis)."""
    talk = JOB_MARKET_TALK.replace("TITLE", title).replace("LINE", line)
    assert roles_of(write(tmp_path, "talk.tex", talk))[title] == role


EVICTION_TALK = """---
title: "Who Gets Evicted, and What Happens Next"
subtitle: "Job talk — Sociology"
author: "Tomás Herrera"
format:
  revealjs:
    incremental: true
---

## 3.6 million eviction filings a year

- One in four renter households in Cleveland faced a filing since 2015
- Children of evicted families change schools twice as often

::: {.notes}
Open with Ms. Johnson's story: she was evicted for $120 in late fees.
:::

## My research agenda

I study how housing insecurity shapes children's lives, with court records linked to school and health data.

## Data: every eviction case in Ohio, 2000–2022

- 1.1 million court records
- Linked to school enrollment for 840,000 children

## Filings, not judgments, drive moves

. . .

- Most families who moved had a filing dismissed
- LINE

## Schools feel it too

![](figs/school_changes.png){width=80%}

## The city changed its rules

- Cleveland's 2023 right-to-counsel law cites this work
- Filings fell 18% in the first year

## Next: the health costs of eviction

- **2027–2029:** link filings to Medicaid claims (with the Cleveland Clinic)
- **2029–2032:** a randomized evaluation of legal aid, with the city

## Conclusion

- A filing is a shock, whatever the judge decides
- Policy that stops filings helps children most

## Thank you {.center}
"""


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("A filing alone raises the odds of a school change by 40%", "results"),  # a line that reports a measure
        ("A filing alone doubled the odds of a school change", "results"),
        ("A filing alone changes which school a child attends", "approach"),
    ],
)
def test_a_claim_over_a_measure_reported_in_words_past_the_opening_reports_a_result(
    tmp_path: Path, line: str, role: str
) -> None:
    """A result told in words, a line reporting what the work measured under a claim, where no table of numbers says
    so: the model, which learnt results mostly from figures, took it for the approach."""
    talk = write(tmp_path, "talk.qmd", EVICTION_TALK.replace("LINE", line))
    assert roles_of(talk)["Filings, not judgments, drive moves"] == role


TEACHER_FEEDBACK_TALK = """---
title: "Feedback That Teachers Can Use"
author: "Dr. Ana Lima"
---

# Introduction

## Most feedback on teaching arrives too late to help

- Observations happen twice a year
- Novice teachers leave within five years at a rate of 44%

## Today

1. The problem with classroom feedback
2. TalkMoves: automated feedback from classroom audio
3. A randomized trial in 38 schools

# TalkMoves

## Transcribing and coding classroom discourse

- Audio from a lapel microphone, transcribed automatically
- A fine-tuned classifier labels each teacher turn with one of 8 talk moves

## TITLE

| | Cohen's kappa |
|---|---|
| Two expert coders | 0.72 |
| TalkMoves vs expert | 0.70 |

# Trial

## Teachers with feedback asked more open questions

- Open questions rose from 11% to 19% of teacher turns

## Summary

- Same-day feedback changes how teachers talk

## Thank you
"""


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("The classifier agrees with expert coders as often as coders agree with each other", "results"),
        ("Agreement with expert coders", "approach"),  # a topic over the table: the model decides
        # a numbered item over its table reports it, as the readers take a benchmark query's slide; its number is
        # no claim for the title rules
        ("Agreement on survey 2", "results"),
    ],
)
def test_a_claim_over_a_table_past_the_opening_reports_a_result(tmp_path: Path, title: str, role: str) -> None:
    """A claim over a small table (two numbers, fewer than a table of results usually holds) reports what the work
    found, where the model took it for the approach among the method's slides."""
    talk = write(tmp_path, "talk.md", TEACHER_FEEDBACK_TALK.replace("TITLE", title))
    assert roles_of(talk)[title] == role


@pytest.mark.parametrize(("ours", "role"), [("TalkMoves (ours)", "results"), ("TalkMoves vs expert", "approach")])
def test_a_table_that_sets_the_work_beside_another_reports_a_result(tmp_path: Path, ours: str, role: str) -> None:
    """Under a topic, a table with a row for the speaker's own work ("TalkMoves (ours)") compares what it measured;
    without one, the model decides (the same table, "TalkMoves vs expert", reads as the method)."""
    title = "Agreement with expert coders"
    talk = TEACHER_FEEDBACK_TALK.replace("TITLE", title).replace("TalkMoves vs expert", ours)
    assert roles_of(write(tmp_path, "talk.md", talk))[title] == role


def test_the_outline_says_when_a_slides_statement_settled_its_role(tmp_path: Path) -> None:
    """Where what a slide states settles its role against the model's guess, the evidence says so first."""
    title = "Low-income teens leave school"
    line = "$-2.1$ pp for teens eligible for free lunch (s.e. 0.7)"
    talk = JOB_MARKET_TALK.replace("TITLE", title).replace("LINE", line)
    roles = roles_of_slide(write(tmp_path, "talk.tex", talk), title)
    assert roles.role == "results"
    assert roles.evidence[0] == "reports measured results, past the opening"
    said = "I study how cities can cool the people who need it."
    talk = VISION_IN_CONTEXT.format(second="Cities and heat", said=said)
    assert roles_of_slide(write(tmp_path, "cities.md", talk), "Cities and heat").evidence[0] == (
        "states where the speaker's work goes"
    )


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # others' methods, named as the field's, are the background: not the approach their noun names
        ("Prior approaches and their limits", "background"),
        ("Existing methods", "background"),
        # a theorem is a result, numbered or not (the readers' definition: "theorems as results")
        ("Theorem 1: the algorithm is a 2-approximation", "results"),
    ],
)
def test_the_longer_phrase_of_a_title_says_its_part(tmp_path: Path, title: str, role: str) -> None:
    units = [*STRONG_UNITS[:3], (title, "Kalman filters need fixed sensors; deep models need dense probes.")]
    units += STRONG_UNITS[3:]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == role


@pytest.mark.parametrize(
    ("said", "vision"),
    [
        ("This thesis shows that setups cost at most a constant factor.", True),
        ("This dissertation argues that courts learn from their reversals.", True),
        # the thesis as the place where a method is used is no thesis statement
        ("In this thesis we use the standard LP relaxation.", False),
    ],
)
def test_what_the_thesis_shows_states_it_wherever_it_stands(tmp_path: Path, said: str, vision: bool) -> None:
    units = without_vision(STRONG_UNITS)
    units.insert(4, ("Contributions", said))
    path = write(tmp_path, "talk.md", outline(*units))
    assert ("vision" in roles_of_slide(path, "Contributions").mentions) is vision


@pytest.mark.parametrize(
    ("title", "late_role"),
    [
        # a finding told with a word of trouble, past the first third: the model weighs where it stands
        ("Steel users lost 75,000 jobs", "results"),
        ("Notifications leaked payments to other family members", "results"),
        # a task of the work named by the trouble it is about: what the work does, not the problem
        ("Slip detection", "results"),
        ("Failure prediction", "results"),
        ("Tactile fingertips + a slip predictor", "results"),  # the last of the work's parts names the task
        # a trouble counted as a rate is a measure the work reports
        ("Falls per kilometre", "results"),
        ("Crashes per million miles", "results"),
        # a label or a question names the problem wherever it stands
        ("Problem: grasps slip on silk", "motivation"),
        ("Why do grasps slip?", "motivation"),
    ],
)
def test_a_finding_told_with_a_word_of_trouble_is_no_problem_past_the_first_third(
    tmp_path: Path, title: str, late_role: str
) -> None:
    results = [("Results: half the failures", "Silent failures fell from 70% to 31% across 40 homes.")] * 2
    body = "Measured in 40 homes over 6 months, against 12 homes without it."
    units = [*STRONG_UNITS[:4], *results, (title, body), *STRONG_UNITS[4:]]
    assert roles_of_slide(write(tmp_path, "late.md", outline(*units)), title).role == late_role
    early = [STRONG_UNITS[0], (title, body), *STRONG_UNITS[1:]]
    assert roles_of_slide(write(tmp_path, "early.md", outline(*early)), title).role == "motivation"


@pytest.mark.parametrize("section", ["What I built", "What we made"])
def test_a_section_that_names_what_the_speaker_made_is_the_approach(tmp_path: Path, section: str) -> None:
    source = f"""---
title: "Keeping Recommenders Honest in Production"
author: "Dana Whitfield"
date: "Onsite interview, ML Platform team"
slide-level: 2
---

# Why this matters

## A stale model costs real money

- Our feed model at Larkspur was retrained weekly
- Between retrains, click-through fell 9% on average
- Nobody noticed for three weeks in March 2022: **$1.4M** in lost ad revenue

::: notes
Start with the money, then the people.
:::

## Drift is invisible until someone complains

- Input distributions shift daily (holidays, launches, outages)
- Offline metrics look fine while live metrics slide
- On-call engineers find out from the sales team

## Where I want to take this

Every model in production should *know* when it has stopped being right,
and say so before a customer does.

# {section}

## Shadow evaluation in three pieces

1. Log a sample of live traffic with delayed labels
2. Score the live model and a fresh candidate side by side
3. Alert when the gap exceeds a learned tolerance

## The tolerance is learned, not guessed

- Fit per-segment bands on 90 days of history
- Bands widen on known noisy days (Black Friday, launches)
- False pages fell from 14 a month to 2

## It runs on the platform we already had

![Architecture: Kafka → feature store → shadow scorer → alerting](arch.png)

# What happened

## Results on six months of traffic

| metric | before | after |
|---|---|---|
| time to detect drift | 19 days | 26 hours |
| false pages per month | 14 | 2 |

## Other teams took it up

- Search and Ads now gate every deploy on the shadow check
- 31 models across 4 orgs run it today
- Open-sourced as `shadowcheck`: 1,200 GitHub stars, used at two other companies

## What I learned

- The hard part was agreeing on what "worse" means, not the statistics
- Alerts nobody trusts are worse than no alerts

# Next

## The next two years

- **Q1–Q2:** extend shadow checks to ranking models with position bias
- **Q3–Q4:** automatic rollback when the gap persists past 48 hours
- **Year 2:** a drift budget per team, reported beside latency SLOs

## Takeaways

- Models fail silently; measure them live, not offline
- Learned tolerances keep alerts trustworthy
- Platform-level checks spread because they cost teams nothing

## Questions?

dana@example.com
"""
    path = write(tmp_path, "talk.md", source)
    # a slide that names no part of its own, after one whose title names the evaluation
    assert roles_of_slide(path, "It runs on the platform we already had").role == "approach"


def test_contributions_before_any_result_preview_the_work_and_after_them_recap_it(tmp_path: Path) -> None:
    """A slide titled with the work's contributions in the talk's first third, before any result, previews what
    the work does (the approach); the same title after the results recaps the talk (its conclusion)."""
    talk = "\n\n".join(
        [
            "# Robots that ask for help",
            "## Home robots fail silently\n\n- Seven in ten failures go unnoticed by their owners",
            "## Prior work\n\n- Failure detection from vision\n- Learning to ask from demonstrations",
            "## Our contributions\n\n- A planner that asks before it fails\n- A field study in 40 homes",
            "## The planner\n\n- It predicts failure from the grasp and the scene",
            "## Asking\n\n- It asks only when the predicted risk is high",
            "## Training\n\n- 12,000 grasps in simulation",
            "## Setup\n\n- 40 homes, two weeks each",
            "## Silent failures fell from 70% to 31%\n\n![](failures.png)",
            "## Owners trusted the robot more\n\n![](trust.png)",
            "## Contributions\n\n- A planner that asks\n- Fewer silent failures, more trust",
            "## Questions?",
        ]
    )
    roles = roles_of(write(tmp_path, "talk.md", talk))
    assert roles["Our contributions"] == "approach"
    assert roles["Contributions"] == "conclusion"
    # one contribution named in the singular is the work it presents, wherever it stands
    one = talk.replace("## Contributions\n\n", "## Contribution: a planner that asks\n\n")
    assert roles_of(write(tmp_path, "one.md", one))["Contribution: a planner that asks"] == "approach"


def test_the_future_the_speaker_pictures_as_the_talk_ends_states_the_vision(tmp_path: Path) -> None:
    """The speaker's "I want assistants that …" over the plan at the end is the vision, as it is at the start; in
    the middle of the talk, a picture may be an example of the method's ("Imagine a robot that can see the glass")."""
    units = without_vision(STRONG_UNITS)
    said = ("Where this goes", "I want assistants that are as honest about their limits as a good librarian.")
    path = write(tmp_path, "talk.md", outline(*units[:-1], said, units[-1]))
    assert roles_of_slide(path, said[0]).has("vision")


def test_pictures_after_the_thanks_go_on_with_the_thanks(tmp_path: Path) -> None:
    """After the summary and the thanks, the lab's photo and the family's are more thanks, up to the closing; a
    slide that says more is the talk going on."""
    talk = "\n\n".join(
        [
            "# Robots that ask for help",
            "## Home robots fail silently\n\n- Seven in ten failures go unnoticed by their owners",
            "## The planner\n\n- It predicts failure from the grasp and the scene",
            "## Silent failures fell from 70% to 31%\n\n![](failures.png)",
            "## Summary\n\n- Robots can predict their own failures\n- Asking builds trust",
            "## Acknowledgements\n\n- My advisor, my lab, NSF",
            "## The lab\n\n![](lab.jpg)",
            "## \n\n![](family.jpg)",
            "## Thank you",
        ]
    )
    roles = roles_of(write(tmp_path, "talk.md", talk))
    assert roles["The lab"] == roles[""] == "acknowledgments"
    extra = "## Results in 12 more homes\n\n- Failures fell again\n\n![](more.png)"
    more = talk.replace("## The lab\n\n![](lab.jpg)", extra)
    assert roles_of(write(tmp_path, "more.md", more))["Results in 12 more homes"] == "results"


def test_a_parts_page_that_credits_its_co_authors_is_a_divider(tmp_path: Path) -> None:
    """A numbered part's page over a line that credits its co-authors and a venue is the readers' divider, no part
    of the story; a line of argument under the same title is a slide of the talk."""
    talk = "\n\n".join(
        [
            "# Robots that ask for help",
            "## Home robots fail silently\n\n- Seven in ten failures go unnoticed by their owners",
            "## Part 2: Field studies\n\nJoint with Ana Ruiz and Ben Okafor (published at HRI 2025)",
            "## Forty homes, two weeks each\n\n- Owners logged every failure they noticed",
            "## Silent failures fell from 70% to 31%\n\n![](failures.png)",
            "## Takeaways\n\n- Robots can predict their own failures",
            "## Thank you",
        ]
    )
    assert roles_of(write(tmp_path, "talk.md", talk))["Part 2: Field studies"] == "other"
    listed = talk.replace("Joint with Ana Ruiz and Ben Okafor (published at HRI 2025)", "- Homes\n- Robots\n- Logs")
    assert roles_of(write(tmp_path, "listed.md", listed))["Part 2: Field studies"] != "other"


def test_questions_over_the_studys_own_questions_before_the_end_are_no_closing(tmp_path: Path) -> None:
    """A "Questions" slide that asks the study's questions in the middle of the talk is part of the work; the
    "Questions?" that ends the talk is its closing."""
    talk = "\n\n".join(
        [
            "# Pointing without a screen",
            "## Screens limit where people can point\n\n- Projected interfaces have no screen to point at",
            "## Questions\n\nDoes pointing still follow Fitts' law?\n\nIs it slower without a screen?",
            "## Apparatus\n\n![](setup.png)",
            "## Pointing is 12% slower without a screen\n\n![](times.png)",
            "## Fitts' law holds in both conditions\n\n![](fitts.png)",
            "## Takeaways\n\n- Pointing works without a screen",
            "## Questions?",
        ]
    )
    path = write(tmp_path, "talk.md", talk)
    talk_slides = parse_talk(path).slides
    roles = analyse(parse_talk(path))
    assert roles.role(talk_slides[2]).role != "closing"
    assert roles.role(talk_slides[-1]).role == "closing"


@pytest.mark.parametrize(
    ("title", "outline_named"),
    [
        ("Users want an overview first, then details", False),  # a finding that holds the word
        ("Overview", True),
    ],
)
def test_a_claim_that_holds_a_word_of_the_outline_is_no_outline(
    tmp_path: Path, title: str, outline_named: bool
) -> None:
    body = "Twelve of fourteen participants asked for it."
    units = [*STRONG_UNITS[:4], (title, body), *STRONG_UNITS[4:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert (roles.role == "outline") is outline_named


def test_a_why_title_in_the_talks_body_is_a_choice_argued_not_the_motivation(tmp_path: Path) -> None:
    """As the talk opens, "Why X?" states the problem; in its body it argues for a choice of the method ("Why GIT",
    "Choice of transports: why Tapdance?"), and what the slide says decides its part."""
    title, body = "Choice of transports: why Tapdance?", "It hides in ordinary TLS traffic and needs no client changes."
    method = [("Method: a tracker on the robot", "Two cameras and an IMU."), ("Setup", "Ten homes, two robots.")]
    middle = [*STRONG_UNITS[:3], *method, (title, body), *method, *STRONG_UNITS[3:]]
    assert roles_of_slide(write(tmp_path, "middle.md", outline(*middle)), title).role != "motivation"
    opening = [STRONG_UNITS[0], (title, body), *STRONG_UNITS[1:], *method]
    assert roles_of_slide(write(tmp_path, "opening.md", outline(*opening)), title).role == "motivation"


@pytest.mark.parametrize("title", ["Why this matters beyond robotics", "Why care?", "Why now?"])
def test_a_title_that_asks_why_the_problem_matters_is_the_motivation_past_the_opening(
    tmp_path: Path, title: str
) -> None:
    """A title "Why this matters" after the thesis asks why the problem matters, not why the method made a choice: the
    slide states the stakes wherever it stands."""
    body = "Courts already punish negligence without intent; hospitals decide whether to blame nurses for lapses."
    background = [("The control principle", "Blame needs control."), ("Three rival views", "Tracing, attribution.")]
    units = [STRONG_UNITS[0], *background, STRONG_UNITS[1], (title, body), *STRONG_UNITS[2:]]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "motivation"


def test_a_problem_stated_over_several_slides_is_the_motivation_on_each(tmp_path: Path) -> None:
    """A question over several slides is a part's question that each slide answers; a statement of the problem over
    several slides ("Part-scale simulation: impossible") states it on each."""
    title = "Part-scale simulation: impossible"
    bodies = ["A part holds 10^9 elements.", "One layer takes a week on 1,000 cores.", "A build has 2,000 layers."]
    background = ("Background: metal printing", "A laser melts powder layer by layer.")
    units = [STRONG_UNITS[0], background, *((title, body) for body in bodies), *STRONG_UNITS[1:]]
    talk = parse_talk(write(tmp_path, "talk.md", outline(*units)))
    analysis = analyse(talk)
    assert [analysis.role(s).role for s in talk.slides if s.title == title] == ["motivation"] * 3


def test_limitations_past_the_first_third_are_the_speakers_reflection(tmp_path: Path) -> None:
    """As the talk opens, the limits of what exists are the problem; past its first third, "Limitations" are the
    limits of the speaker's own work, looked back on."""
    title, body = "Limitations", "Only one hospital; only English notes; labels from one annotator."
    late = [*STRONG_UNITS[:5], (title, body), *STRONG_UNITS[5:]]
    assert roles_of_slide(write(tmp_path, "late.md", outline(*late)), title).role == "lessons"
    early = [STRONG_UNITS[0], ("Limitations of today's triage tools", body), *STRONG_UNITS[1:]]
    assert roles_of_slide(write(tmp_path, "early.md", outline(*early)), "Limitations of today's triage tools").role == (
        "motivation"
    )


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Model performance", "results"),  # how well the method does, named with the method
        ("Model performance on severe cases", "results"),
        ("Model architecture", "approach"),  # the method alone
    ],
)
def test_a_title_that_names_the_method_and_how_well_it_does_is_a_result(tmp_path: Path, title: str, role: str) -> None:
    slides = [
        "# Predicting sepsis from notes",
        "# Sepsis kills 11 million a year\n\nHalf of the deaths are preventable.",
        "# Method: a model of clinical notes\n\nA transformer reads each note.",
        "# Model training\n\nTrained on 40,000 notes.",
        f"# {title}\n\n![AUROC by hospital](auroc.png)",
        "# Model interpretation\n\n![](words.png)",
        "# Takeaways\n\n- Notes predict sepsis\n- Early",
        "# Thank you",
    ]
    assert roles_of_slide(write(tmp_path, "deck.md", marp(*slides)), title).role == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("A conjecture of Kaimanovich", "motivation"),  # what mathematics does not know yet, settled by the theorem
        ("Corollary: every tree lattice", "results"),  # what the theorem gives
    ],
)
def test_a_conjecture_is_the_problem_and_a_corollary_a_result_in_a_mathematics_talk(
    tmp_path: Path, title: str, role: str
) -> None:
    slides = [
        "# Random walks on groups",
        "# Where does a random walk go?\n\nOn an infinite group the walk escapes to infinity.",
        "# Setting\n\nLet $G$ be a finitely generated group and $\\mu$ a measure on $G$.",
        f"# {title}\n\nFor every group acting on a tree, the boundary is the space of ends.",
        "# Idea of the proof\n\n- Strip approximation\n- Entropy bound",
        "# Summary\n\n- Random walks see the geometry of a group at infinity",
        "# Thank you",
    ]
    assert roles_of_slide(write(tmp_path, "deck.md", marp(*slides)), title).role == role


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # the speaker's programme under a word of the outline is the vision; the talk's parts are its outline
        ("I study how to make power grids run on renewables without blackouts.", "vision"),
        ("Three parts: the model, the data, the results.", "outline"),
    ],
)
def test_an_overview_that_states_the_speakers_programme_is_the_vision(tmp_path: Path, body: str, role: str) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], ("Overview", body), *units[1:]))
    assert roles_of_slide(path, "Overview").role == role


def test_the_programme_told_with_a_word_of_the_method_as_the_talk_opens_is_the_vision(tmp_path: Path) -> None:
    title = "I design technology that older adults keep using"
    units = without_vision(STRONG_UNITS)
    body = "Interfaces that fit the routines people already have, built with them."
    path = write(tmp_path, "talk.md", outline(units[0], (title, body), *units[1:]))
    assert roles_of_slide(path, title).role == "vision"


def test_the_number_an_outline_item_opens_with_leaves_its_label_a_label(tmp_path: Path) -> None:
    """ "3. Background: fatigue in steel bridges" is labelled background; the 3 counts the items ("Aim 3" would
    number a part, whose label says nothing of what the slide does)."""
    units = without_vision(STRONG_UNITS)
    title = "3. Background: fatigue in steel bridges"
    path = write(
        tmp_path,
        "talk.md",
        outline(
            *units[:2],
            (title, "- Cracks grow under truck passages\n- Inspectors judge them by eye\n- Paris law"),
            *units[2:],
        ),
    )
    found = roles_of_slide(path, title)
    assert found.role == "background"
    assert found.certain


def test_a_plan_for_the_years_ahead_over_what_others_did_with_the_work_states_the_agenda(tmp_path: Path) -> None:
    """ "Why it matters: two national parks use it. In the next five years, I want to test …": the span is the
    plan's, ahead, not the uptake's."""
    title = "Why it matters"
    body = (
        "Acoustic enrichment is now part of the restoration toolkit of two national parks. In the next five years, "
        "I want to test whether sound can speed up the recovery of whole reefs."
    )
    units = [u for u in without_vision(STRONG_UNITS) if u[0] != "Who I want to work with"]
    found = roles_of_slide(write(tmp_path, "talk.md", outline(*units[:-1], (title, body), units[-1])), title)
    assert "agenda" in found.mentions


def test_a_scene_the_audience_is_invited_to_picture_states_no_aims(tmp_path: Path) -> None:
    title = "Opening"
    body = (
        "Imagine diving onto a reef at night. It is loud: shrimp snap, fish grunt, and the whole reef hums for hours."
    )
    units = without_vision(STRONG_UNITS)
    found = roles_of_slide(write(tmp_path, "talk.md", outline((title, body), *units)), title)
    assert "vision" not in found.mentions


ELECTROLYTE_DEFENSE = r"""\documentclass{beamer}
\title{Designing Solid Electrolytes for Safer Batteries}
\author{Wei Zhang}
\AtBeginSection[]{\begin{frame}\frametitle{Outline}\tableofcontents[currentsection]\end{frame}}
\begin{document}
\frame{\titlepage}
\begin{frame}\frametitle{Phone and car batteries still catch fire}
\begin{itemize}
\item Liquid electrolytes are flammable
\item A solid electrolyte would not burn, but today's conduct ions too slowly
\end{itemize}
\end{frame}
\begin{frame}\frametitle{Thesis statement}
Disorder on the anion lattice, not the cation, is what lets lithium move fast through a solid.
\end{frame}
\begin{frame}\frametitle{Contributions}
\begin{enumerate}
\item A descriptor of anion disorder computed from the crystal structure (Chapter 2)
\item Three new halide electrolytes found with it (Chapter 3)
\item A full cell that runs 1,000 cycles at room temperature (Chapter 4)
\end{enumerate}
\end{frame}
\section{A descriptor of anion disorder}
\begin{frame}\frametitle{Conductivity follows the anion's disorder}
\includegraphics[width=0.6\textwidth]{figs/descriptor.pdf}
\begin{itemize}
\item Across 214 known conductors, the descriptor ranks conductivity with Spearman $\rho = 0.81$
\end{itemize}
\end{frame}
\begin{frame}\frametitle{How the descriptor is computed}
\begin{equation}
D = \frac{1}{N}\sum_{i=1}^{N} \frac{\sigma_i}{\bar{d}_{i}}
\end{equation}
\end{frame}
\section{New halide electrolytes}
\begin{frame}\frametitle{Screening 12,000 structures}
\begin{itemize}
\item Synthesised the top 20; three conduct above 1 mS/cm
\end{itemize}
\end{frame}
\section{Conclusions and outlook}
\begin{frame}\frametitle{Conclusions}
\begin{itemize}
\item Anion disorder explains fast lithium conduction in solids
\item The descriptor found three new electrolytes in months, not years
\end{itemize}
\end{frame}
\begin{frame}[plain]
\centering\Huge Questions?
\end{frame}
\end{document}
"""


def test_contributions_after_a_thesis_statement_preview_the_work_and_a_score_in_latex_reports_a_result(
    tmp_path: Path,
) -> None:
    """After the thesis statement (the vision), a "Contributions" slide that lists the chapters previews the work,
    not more of the vision; a score of fit as a LaTeX source writes it ("Spearman $\\rho = 0.81$") is a result."""
    roles = roles_of(write(tmp_path, "defense.tex", ELECTROLYTE_DEFENSE))
    assert roles["Thesis statement"] == "vision"
    assert roles["Contributions"] == "approach"
    assert roles["Conductivity follows the anion's disorder"] == "results"


def test_an_outline_that_numbers_its_slides_names_no_parts_by_the_numbers(tmp_path: Path) -> None:
    """A talk's outline that numbers every slide ("3. The question", "10. Teaching") counts slides, not parts: a
    numbered slide over a line of its own is a slide of the talk, and the part a title names after its number
    ("4. Vision", "12. Questions") is the slide's, as it would be without it."""
    sections = [
        ("Title slide", "Who gets the cooling? Heat, trees and inequality in American cities."),
        ("Hook", "Heat kills more Americans than floods and hurricanes combined, and it does not kill evenly."),
        ("The question", "Why do poorer neighbourhoods have fewer trees, and what would it take to close the gap?"),
        ("Vision", "My research aims to make every city's cooling investments reach the blocks that need them."),
        ("Study 1", "- Formerly redlined blocks have 21% less canopy today"),
        ("Study 2", "- Request-based planting programs widened the gap by 3 points"),
        ("Research agenda", "- Years 1-2: extend the index to 20 cities\n- Years 3-5: a randomized rollout"),
        ("Teaching", "Courses in urban climate, GIS for planners, and a studio with city partners."),
        ("Conclusion", "- Trees follow money, and history\n- Targeting by need works"),
        ("Questions", ""),
    ]
    text = "# Who gets the cooling?\n\n" + "".join(f"## {n}. {t}\n\n{b}\n\n" for n, (t, b) in enumerate(sections, 1))
    roles = roles_of(write(tmp_path, "outline.md", text))
    assert roles["3. The question"] != "other" and roles["8. Teaching"] == "collaboration"
    assert roles["4. Vision"] == "vision" and roles["10. Questions"] == "closing"


def test_a_title_that_quotes_someone_names_no_part_of_the_talk(tmp_path: Path) -> None:
    """A letter quoted as the title ('"Dear mother, we are all well, thank God"') thanks no one: the slide is no
    thanks and no closing, whatever words of the frame it quotes."""
    title = '"Dear mother, we are all well, thank God"'
    units = [STRONG_UNITS[0], (title, "Bridget Nolan, Boston, 1852"), *STRONG_UNITS[1:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert not roles.mentions & {"acknowledgments", "closing"} and roles.role not in ("acknowledgments", "closing")


@pytest.mark.parametrize(
    ("title", "line", "result"),
    [
        ("Women wrote most of the letters", "61% of letters with money were written by women.", True),
        ("Two coders read every letter", "20% of the letters are held out for a third coder.", False),  # a setting
        # a share of what happened, and a count of those it befell, told as found
        ("Care is negotiated in group chats", "83% of task hand-offs happened in messaging apps.", True),
        ("Money talk is the hardest conversation", "12 of 24 diary families had a conflict over costs.", True),
        ("Two coders read every letter", "2 of 3 coders are held out for the audit.", False),
    ],
)
def test_a_share_found_under_a_claim_past_the_opening_is_a_result(
    tmp_path: Path, title: str, line: str, result: bool
) -> None:
    method = [(f"Step {n}: how the archive was read", f"We coded {n} kinds of content.") for n in (1, 2)]
    units = [*without_vision(STRONG_UNITS)[:2], *method, (title, line), *without_vision(STRONG_UNITS)[2:]]
    assert (roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "results") is result


def test_a_chart_under_a_claim_past_the_opening_is_a_result(tmp_path: Path) -> None:
    """A PowerPoint chart plots what the work measured: under a claim past the opening (a study's numbered insight)
    it reports a result, as a table of numbers does, even right after the method (where the model took it for more
    of the method)."""
    title = "Insight 2: The nearest sibling carries the invisible work"

    def add_chart(deck: Any) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE
        from pptx.util import Inches

        data = CategoryChartData()
        data.categories = ["Nearest", "Second", "Farthest"]
        data.add_series("Hours per week", (14.2, 5.1, 2.3))
        deck.slides[4].shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(8), Inches(4), data
        )

    slides: list[dict[str, object]] = [
        {"title": "Caring at a Distance", "layout": 0},
        {"title": "53 million Americans care for a family member", "bullets": ["1 in 4 live an hour away"]},
        {"title": "Research questions", "bullets": ["How do siblings split care at a distance?"]},
        {"title": "Methods", "bullets": ["Diary study: 24 families", "Log analysis: 18,000 calendar events"]},
        {"title": title, "layout": 5},
        {"title": "Summary", "bullets": ["Care happens in chats", "Invisible work falls on the nearest sibling"]},
        {"title": "Thank you", "layout": 5},
    ]
    path = build_pptx(tmp_path / "talk.pptx", slides, customise=add_chart)
    assert roles_of_slide(path, title).role == "results"


@pytest.mark.parametrize(
    ("title", "results"), [("The experiment", False), ("A natural experiment", False), ("Experiments", True)]
)
def test_one_experiment_named_as_the_design_names_no_results(tmp_path: Path, title: str, results: bool) -> None:
    """An economist's "The experiment" describes the study's design, as "A natural experiment" does; the
    experiments, plural, are a results section."""
    design = "- 212 villages, randomised at the village level\n- Treatment: free index insurance for two seasons"
    units = [STRONG_UNITS[0], (title, design), *without_vision(STRONG_UNITS)[1:]]
    assert ("results" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is results


@pytest.mark.parametrize(
    ("title", "results"),
    [
        ("Probabilistic error cancellation", False),
        ("Quantum error correction", False),
        ("Error by circuit depth", True),
    ],
)
def test_a_technique_named_by_the_errors_it_handles_names_no_results(tmp_path: Path, title: str, results: bool) -> None:
    """A title "Probabilistic error cancellation" names a method by its errors; "Error by circuit depth" reports
    them."""
    body = "- Write the ideal channel as a mix of noisy ones\n- Sample the mix and reweight each run"
    units = [STRONG_UNITS[0], (title, body), *without_vision(STRONG_UNITS)[1:]]
    assert ("results" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is results


@pytest.mark.parametrize(
    ("title", "impact"),
    [
        ("A rumour cuts first-dose uptake by 9 points", False),  # what people take up, measured
        ("Glucose uptake doubles in treated cells", False),
        ("Clinical uptake", True),  # the work taken up
    ],
)
def test_uptake_measured_of_people_or_cells_is_no_uptake_of_the_work(tmp_path: Path, title: str, impact: bool) -> None:
    units = [*STRONG_UNITS[:4], (title, "- The effect lasts 18 months\n- 40 districts, 18,000 children")]
    units += [unit for unit in STRONG_UNITS[4:] if not unit[0].startswith("Impact")]
    assert (roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "impact") is impact


@pytest.mark.parametrize(
    ("title", "named"),
    [("Identification", True), ("Identification: rumours travel along family networks", True),
     ("Speaker identification", False)],
)  # fmt: skip
def test_identification_named_alone_is_the_studys_method(tmp_path: Path, title: str, named: bool) -> None:
    """An economist's "Identification" is how the study tells cause from coincidence; a task named by it is not."""
    data = ("Data: twelve waves of a household panel", "18,000 children, 2015–2023.")
    body = "- We compare children in the same catchment whose families sit in different networks"
    units = [*STRONG_UNITS[:3], data, (title, body), *STRONG_UNITS[3:]]
    roles = roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title)
    assert (roles.role == "approach" and roles.evidence[0].startswith("title")) is named


@pytest.mark.parametrize(
    ("title", "results"),
    [
        ("The retrofit: a ventilated double roof", False),
        ("Throughput doubles", True),
        ("Results: the double helix", True),
    ],
)
def test_double_as_a_things_kind_names_no_results(tmp_path: Path, title: str, results: bool) -> None:
    """A measure doubled is a result; "a double roof" names the kind of roof."""
    units = [STRONG_UNITS[0], (title, "- Bamboo mat 30 cm under the tin"), *without_vision(STRONG_UNITS)[1:]]
    assert ("results" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is results


@pytest.mark.parametrize("title", ["From experiment to policy", "From findings to policy", "Evidence to practice"])
def test_the_work_carried_out_of_the_study_is_its_impact(tmp_path: Path, title: str) -> None:
    units = [*STRONG_UNITS[:4], (title, "- The ministry scaled the programme to 60,000 farmers in 2024")]
    units += [unit for unit in STRONG_UNITS[4:] if not unit[0].startswith("Impact")]
    assert roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).role == "impact"


def test_a_question_under_its_label_is_the_works_not_the_audiences(tmp_path: Path) -> None:
    """A block named "Question" over the question the paper asks, early in the talk, is no closing "Questions?"."""
    talk = r"""\documentclass{beamer}
\title{Who Insures the Farmers?}
\begin{document}
\maketitle
\begin{frame}{Droughts wipe out a year of income}
A drought year cuts household consumption by a third.
\end{frame}
\begin{frame}{This paper}
\begin{block}{Question}
Does index insurance unlock credit for smallholders?
\end{block}
\begin{block}{Answer}
Yes: insured farmers borrow 40\% more.
\end{block}
\end{frame}
\begin{frame}{Insured farmers borrow more}
Loan take-up rose from 29\% to 41\%.
\end{frame}
\begin{frame}{Conclusion}
Risk keeps farmers out of credit.
\end{frame}
\end{document}
"""
    roles = roles_of_slide(write(tmp_path, "talk.tex", talk), "This paper")
    assert "closing" not in roles.mentions and roles.role != "closing"


def test_what_we_show_people_is_no_summing_up_of_what_we_showed(tmp_path: Path) -> None:
    """'What we showed' sums the talk up; 'what we show them', in the present, names what a product shows."""
    title = "Travelers scroll past 90% of what we show them"
    units = [STRONG_UNITS[0], (title, "A search returns 400 hotels; people look at the first 12."), *STRONG_UNITS[1:]]
    assert "conclusion" not in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions


def test_a_powerpoint_section_header_with_its_subtitle_is_a_divider(tmp_path: Path) -> None:
    """A section header ("Chapter 1" over its subtitle, "Who lives in the pipes", which the layout sets as a bullet)
    is the readers' divider, and its title names its part as it should; two bullets are a slide of the talk."""
    slides: list[dict[str, object]] = [
        {"title": "Microbes in Drinking Water Pipes", "layout": 0},
        {"title": "Legionella cases rose ninefold", "bullets": ["Most outbreaks start in building plumbing"]},
        {"title": "Chapter 1", "layout": 2, "bullets": ["Who lives in the pipes"]},
        {"title": "Biofilms differ by pipe material", "bullets": ["Copper pipes hold 10x fewer Legionella than PVC"]},
        {"title": "Conclusions", "bullets": ["Pipe material shapes who lives in the water"]},
        {"title": "Questions?", "layout": 5},
    ]
    path = build_pptx(tmp_path / "defense.pptx", slides)
    assert roles_of(path)["Chapter 1"] == "other"
    assert not [f for f in lint(path).findings if f.rule == "topic-title" and f.slide == 3]
    listed = [*slides[:2], {**slides[2], "bullets": ["Homes", "Pipes"]}, *slides[3:]]
    assert roles_of(build_pptx(tmp_path / "listed.pptx", listed))["Chapter 1"] != "other"


@pytest.mark.parametrize(
    ("position", "title", "states"),
    [
        (1, "Robots in homes", True),  # as the talk opens, failures are the problem
        (-2, "Robots in homes", False),  # near the end they are what the work changed
        (-2, "The problem, again", True),  # a title that names the problem names it wherever it stands
    ],
)
def test_problem_words_state_the_problem_as_the_talk_opens_and_not_near_its_end(
    tmp_path: Path, position: int, title: str, states: bool
) -> None:
    units = without_vision(STRONG_UNITS)
    slide = (title, "Silent failures cost owners an hour a week.")
    units.insert(position if position > 0 else len(units) + position, slide)
    assert ("motivation" in roles_of_slide(write(tmp_path, "talk.md", outline(*units)), title).mentions) is states


def test_the_future_pictured_as_the_talk_ends_under_a_title_that_names_no_part_is_the_vision(tmp_path: Path) -> None:
    """ "Toward homes that look after themselves" over what every home should do: the future the speaker works
    toward, as the talk ends, is its vision, not one more result."""
    title = "Toward homes that look after themselves"
    body = "Every robot in a home should tell its owner when it is about to fail, long before anyone notices."
    units = without_vision(STRONG_UNITS)
    found = roles_of_slide(write(tmp_path, "talk.md", outline(*units[:-1], (title, body), units[-1])), title)
    assert found.role == "vision"


@pytest.mark.parametrize(
    "title", ["The results I want to show you", "The data I want for training", "The baseline I want to beat"]
)
def test_a_title_that_names_what_the_speaker_wants_to_show_or_use_states_no_vision(tmp_path: Path, title: str) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(units[0], (title, "Silent failures in 40 homes."), *units[1:]))
    assert "vision" not in roles_of_slide(path, title).mentions


@pytest.mark.parametrize(
    ("heading", "role"),
    [("Title", "title"), ("1. Title (0:00)", "title"), ("Slide 1: Title slide", "title"), ("Title of the paper", None)],
)
def test_an_outlines_unit_that_names_the_title_slide_is_the_title(
    tmp_path: Path, heading: str, role: str | None
) -> None:
    """A talk planned as an outline gives the title slide a unit of its own ("## Title", "## 1. Title (0:00)")
    under the document's heading; a unit about a title ("Title of the paper") is not one."""
    text = f"""# Job talk outline

## {heading}

- Robots that ask for help, Ana Ruiz

## Robots fail silently in homes

- Seven in ten failures go unnoticed, and owners stop trusting them.

## The idea: predict failure from uncertainty

- The robot learns how confident it should be.

## Takeaways

- Robots can predict their own failures.
"""
    path = write(tmp_path, "outline.md", text)
    found = roles_of_slide(path, heading)
    assert (found.role == "title") is (role == "title")
    if role:
        assert found.evidence[0] == "names the title slide"
        # the document's heading above it names the document, not a slide
        assert roles_of_slide(path, "Job talk outline").role == "other"
