"""The narrative rules TL101-TL111 on outlines, decks and PowerPoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, codes, lint, write
from tests.rules.decks import STRONG_UNITS, marp, outline

NARRATIVE = {f"TL1{n:02}" for n in range(1, 12)}


def lint_units(tmp_path: Path, units: list[tuple[str, str]], **settings: object):  # type: ignore[no-untyped-def]
    return lint(write(tmp_path, "talk.md", outline(*units)), **settings)


def replace(units: list[tuple[str, str]], index: int, unit: tuple[str, str]) -> list[tuple[str, str]]:
    return [*units[:index], unit, *units[index + 1 :]]


def test_strong_talk_has_no_narrative_findings(tmp_path: Path) -> None:
    assert not NARRATIVE & set(codes(lint_units(tmp_path, STRONG_UNITS)))


# --- TL101 missing-vision -------------------------------------------------


def without_vision(units: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = [u for u in units if not u[0].startswith(("My vision", "Research agenda"))]
    return [(t, b.replace("next, my vision", "thank you")) for t, b in kept]


def test_missing_vision_fires_and_names_near_misses(tmp_path: Path) -> None:
    units = [
        *without_vision(STRONG_UNITS),
        ("Computer vision results", "Our computer vision model and vision transformers."),
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL101")
    assert finding.severity.value == "error"
    assert "computer vision" in finding.message
    assert "Add a vision slide within the first 5 slides" in finding.fix


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Where I am going next", "Robots in every home."),
        ("The next decade", "Robots in every home."),
        ("What comes next", "We envisioned robots that ask for help."),
        ("Long-term goals", "Robots in every home."),
        ("Future directions", "Robots in every home."),
    ],
)
def test_phrasings_a_keyword_list_would_miss(tmp_path: Path, title: str, body: str) -> None:
    units = [*without_vision(STRONG_UNITS)[:4], (title, body), *without_vision(STRONG_UNITS)[4:]]
    assert not by_code(lint_units(tmp_path, units), "TL101")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Computer vision", "We use computer vision."),
        ("Vision transformers", "A vision transformer backbone."),
        ("Future tense", "The model predicts the future tense of verbs."),
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


# --- TL102 vision-not-previewed and TL111 vision-not-revisited --------------


def test_late_vision(tmp_path: Path) -> None:
    vision = STRONG_UNITS[1]
    late = [STRONG_UNITS[0], *STRONG_UNITS[2:7], vision, *STRONG_UNITS[7:]]
    [finding] = by_code(lint_units(tmp_path, late), "TL102")
    assert finding.slide == 8
    assert "after the opening (the first 5 of 10 slides)" in finding.message
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL102")


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


# --- TL103 agenda-without-timeline ----------------------------------------


def test_agenda_without_timeline_or_goals(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 6, ("Future work", "- More kernels\n- More hardware\n- More users\n- More data"))
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 8 'Future work' gives no time horizon and no concrete goal"
    assert finding.fix.startswith("Slide 8 'Future work' lists 4 items with no time horizon or concrete goal")


def test_agenda_with_horizon_but_no_goal(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 6, ("Next steps", "- In the short term, kernels\n- In the long term, compilers"))
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert "no concrete goal" in finding.message
    assert "time horizon" not in finding.message


def test_agenda_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Future work", "bullets": ["More kernels"]}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL103")
    slides[1] = {"title": "Future work", "bullets": ["Years 1-2: kernels; goal: 2x faster"]}
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL103")


# --- TL104 missing-motivation and TL110 outline-first -----------------------


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


def test_motivation_deck_with_title_slide(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Outline\n\n- a\n- b", "# Why it matters\n\nRobots fail.", "# Method", "# Takeaways")
    result = lint(write(tmp_path, "deck.md", deck))
    assert not by_code(result, "TL104")
    [finding] = by_code(result, "TL110")
    assert finding.slide == 2


def test_motivation_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Related work"}, {"title": "Notation"}, {"title": "Method"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL104")


# --- TL105 missing-impact, TL108 missing-lessons, TL109 missing-collaboration ----


@pytest.mark.parametrize(
    ("code", "title"),
    [("TL105", "Impact: a manufacturer ships it"), ("TL108", "What I learned"), ("TL109", "Who I want to work with")],
)
def test_missing_part(tmp_path: Path, code: str, title: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] != title]
    [finding] = by_code(lint_units(tmp_path, units, profile="faculty"), code)
    assert finding.slide is None
    assert not by_code(lint_units(tmp_path, STRONG_UNITS, profile="faculty"), code)


@pytest.mark.parametrize(("code", "title"), [("TL108", "What I learned"), ("TL109", "Who I want to work with")])
def test_lessons_and_collaboration_only_where_the_profile_asks(tmp_path: Path, code: str, title: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] != title]
    assert not by_code(lint_units(tmp_path, units), code)
    assert not by_code(lint_units(tmp_path, units, profile="conference"), code)
    assert by_code(lint_units(tmp_path, units, extend_select=[code]), code)
    assert not by_code(lint_units(tmp_path, units, profile="faculty", ignore=[code]), code)
    assert not by_code(lint_units(tmp_path, units, profile="faculty", ignore=["TL1"]), code)


def test_research_scientist_asks_for_collaborators_not_lessons(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] not in ("What I learned", "Who I want to work with")]
    found = set(codes(lint_units(tmp_path, units, profile="research-scientist")))
    assert "TL109" in found and "TL108" not in found


def test_impact_phrasing_what_this_enables(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 4, ("What this enables", "Two labs now build on our estimator."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


def test_impact_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Method"}, {"title": "Results"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL105")
    slides.append({"title": "Deployed in 3 hospitals", "bullets": ["used by 1,400 clinicians"]})
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL105")


# --- TL106 missing-takeaways --------------------------------------------------


def test_ends_on_questions(tmp_path: Path) -> None:
    units = [u for u in STRONG_UNITS if u[0] != "Takeaways"] + [("Questions?", "")]
    units = [(t, b) for t, b in units if t != "Who I want to work with"] + [("Thank you", "")]
    [finding] = by_code(lint_units(tmp_path, units), "TL106")
    assert "the talk ends on slide 10 'Thank you'" in finding.message  # the main talk ends at its last closing slide
    assert "put a 'Takeaways' slide before it with your 2-3 messages" in finding.fix


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


# --- TL107 arc-out-of-order -----------------------------------------------


def test_results_before_problem(tmp_path: Path) -> None:
    units = [("Results: 2x faster", "Table of numbers 1 2 3"), *STRONG_UNITS]
    [finding] = by_code(lint_units(tmp_path, units), "TL107")
    assert "results come first (slide 2" in finding.message


def test_agenda_inside_results(tmp_path: Path) -> None:
    more = [("Results: more", "Error fell by 20%."), ("Results: in the field", "Owners asked for it in 9 of 10 homes.")]
    units = [*STRONG_UNITS[:4], STRONG_UNITS[6], *more, *STRONG_UNITS[7:]]
    findings = by_code(lint_units(tmp_path, units), "TL107")
    assert [f.message for f in findings] == ["the agenda (slide 6 'Research agenda') sits in the middle of the results"]


# --- profiles and languages -------------------------------------------------


def test_profiles_change_narrative_severity(tmp_path: Path) -> None:
    units = without_vision(STRONG_UNITS)
    path = write(tmp_path, "talk.md", outline(*units))
    assert by_code(lint(path), "TL101")[0].severity.value == "error"
    assert by_code(lint(path, profile="ml-engineer"), "TL101")[0].severity.value == "info"
    assert not by_code(lint(path, profile="conference"), "TL101")
    no_impact = write(tmp_path, "b.md", outline(*[u for u in STRONG_UNITS if not u[0].startswith("Impact")]))
    assert by_code(lint(no_impact, profile="product-research"), "TL105")[0].severity.value == "error"


def test_non_english_talk_gets_no_narrative_findings(tmp_path: Path) -> None:
    french = "Les modules presque rigides sont une classe de modules sur une algèbre avec des propriétés"
    units = [(f"Partie {n}", f"{french} et des exemples dans le cas {n}.") for n in range(6)]
    result = lint_units(tmp_path, units)
    assert "TL002" in codes(result)
    assert not NARRATIVE & set(codes(result))


# --- the remaining rules on PowerPoint decks ---------------------------------

STRONG_DECK = [
    {"title": "Robots that ask for help", "layout": 0},
    {"title": "Why robots fail silently", "bullets": ["7 in 10 failures go unnoticed"]},
    {"title": "My vision: robots that know what they do not know"},
    {"title": "The idea: predict failure from uncertainty"},
    {"title": "Results: half the failures", "bullets": ["70% to 31%"]},
    {"title": "Impact: a manufacturer ships it"},
    {"title": "What I learned"},
    {"title": "Research agenda", "bullets": ["Years 1-2: explain uncertainty; goal: 100 homes"]},
    {"title": "Who I want to work with", "bullets": ["HCI colleagues"]},
    {"title": "Takeaways", "bullets": ["Robots can ask; next, my vision"]},
]


def deck_codes(tmp_path: Path, name: str, slides: list[dict[str, object]]) -> set[str]:
    return set(codes(lint(build_pptx(tmp_path / name, slides), profile="faculty")))


def test_strong_pptx_has_no_narrative_findings(tmp_path: Path) -> None:
    assert not NARRATIVE & deck_codes(tmp_path, "strong.pptx", STRONG_DECK)


@pytest.mark.parametrize(
    ("code", "change"),
    [
        ("TL102", lambda d: [d[0], d[1], *d[3:8], d[2], *d[8:]]),
        ("TL107", lambda d: [d[0], d[4], d[1], *d[2:4], *d[5:]]),
        ("TL108", lambda d: [s for s in d if s.get("title") != "What I learned"]),
        ("TL109", lambda d: [s for s in d if s.get("title") != "Who I want to work with"]),
        ("TL110", lambda d: [d[0], {"title": "Outline", "bullets": ["a", "b"]}, *d[1:]]),
        (
            "TL111",
            lambda d: [*d[:7], {"title": "More results: 3 minutes", "bullets": ["1 2 3"]}, d[8], {"title": "Summary"}],
        ),
    ],
)
def test_rule_fires_on_a_flawed_deck(tmp_path: Path, code: str, change) -> None:  # type: ignore[no-untyped-def]
    assert code in deck_codes(tmp_path, "flawed.pptx", change(STRONG_DECK))
