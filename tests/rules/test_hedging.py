from __future__ import annotations

from pathlib import Path

from talklint.findings import Finding
from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp, outline


def hedges(tmp_path: Path, deck: str) -> list[Finding]:
    """The hedging findings of a Markdown deck."""
    return by_code(lint(write(tmp_path, "deck.md", deck)), "TL305")


def test_hedges_in_title_and_body(tmp_path: Path) -> None:
    text = marp("# Talk", "# We think it kind of works\n\n- maybe faster", "# It works\n\n- twice as fast")
    findings = hedges(tmp_path, text)
    assert [f.message for f in findings] == [
        "slide 2 hedges: 'We think'",
        "slide 2 hedges: 'kind of'",
        "slide 2 hedges: 'maybe'",
    ]
    assert findings[0].rule == "hedging"


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Perhaps it helps"}])
    assert [f.slide for f in by_code(lint(path), "TL305")] == [2]


def test_conditions_and_quoted_words_are_not_hedges(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Kernels\n\n- The matrix might not be positive semi-definite\n- For the gradient, we may use SHINE",
        "# Modals in English\n\n- Speakers use 'might' and “maybe” to soften requests",
        "# Our method\n\n- This might help every robot",
        "# Conclusion\n\n- Architecture should guide how we treat machines that might feel",  # what they may do
        "# Results\n\n- A fix that might work for every robot",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message) for f in findings] == [
        (4, "slide 4 hedges: 'This might'"),
        (6, "slide 6 hedges: 'that might'"),
    ]


def test_modal_words_mentioned_without_quotes_are_not_hedges(tmp_path: Path) -> None:
    """A talk about modals mentions them in italics, which a slide's text loses: a modal that no verb follows, or
    one followed by an "-s" verb, is the word itself."""
    text = marp(
        "# Talk",
        "# Children say must years before they mean it\n\n- By age 3, children use might, must and maybe",
        "# The question\n\n- How do children learn that might signals uncertainty?",
        "# Our reading\n\n- We show that might help children, and maybe faster",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message) for f in findings] == [
        (4, "slide 4 hedges: 'that might'"),
        (4, "slide 4 hedges: 'maybe'"),
    ]


def test_someone_elses_quoted_words_are_not_the_speakers_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# What owners said\n\n- P3: 'maybe I would trust it if it asked'\n- “Perhaps it knows,” said P7",
        "# Our reading\n\n- It's maybe the robot's fault, not the owner's",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message) for f in findings] == [(3, "slide 3 hedges: 'maybe'")]


def test_a_block_quotation_is_not_the_speakers_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# What owners said\n\n> Maybe I would trust it if it asked first.\n\nOwners trust robots that ask.",
        "# Our reading\n\nMaybe the owners are right.",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message) for f in findings] == [(3, "slide 3 hedges: 'Maybe'")]


def test_a_kind_of_thing_is_not_a_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Lags\n\n- What kind of lag interval do we want to find?\n- This sort of data is rare",
        "# Our method\n\n- It is sort of slow on large logs",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message) for f in findings] == [(3, "slide 3 hedges: 'sort of'")]


def test_an_intuition_the_talk_takes_as_its_data_is_not_a_hedge(tmp_path: Path) -> None:
    deck = marp(
        "# Talk",
        "# The non-identity problem\n\nSo depletion wrongs no one, yet it seems wrong.",
        "# Our idea\n\nIt seems our predictor works.",
    )
    findings = hedges(tmp_path, deck)
    assert [(f.slide, f.message.split("'")[1]) for f in findings] == [(3, "It seems")]


def test_an_aside_in_parentheses_is_not_a_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk", "# Power\n\n- Condor tracks the nodes and their (maybe special) abilities", "# Maybe it helps"
    )
    assert [f.slide for f in hedges(tmp_path, text)] == [3]


def test_plain_claims_pass(tmp_path: Path) -> None:
    text = marp("# Talk", "# It works\n\n- twice as fast", "# Robots ask for help\n\n- 7 in 10 failures caught")
    assert not hedges(tmp_path, text)


def test_an_outline_plans_rather_than_hedges(tmp_path: Path) -> None:
    units = [("Theoretical background", "Maybe show the diagram of informal control; we think it helps")]
    assert not by_code(lint(write(tmp_path, "talk.md", outline(*units))), "TL305")
    deck = marp("# Talk", "# Theoretical background\n\nWe think it helps")
    assert hedges(tmp_path, deck)


def test_a_question_a_comparison_a_named_view_or_what_comes_to_mind_is_not_a_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# Why functions?\n\n- Maybe there's a better way to do this?\n- What do we think happens next?",
        "# Small models\n\n- Small models are more useful than we think",
        "# How we think surveillance should be done\n\n- Sample the source before the sink",
        "# Results\n\n- We think it generalises. Maybe. Is it faster?",
        "# Tests miss bugs\n\n- Tests cover the cases we think of; attackers find the others",
    )
    findings = hedges(tmp_path, text)
    assert [(f.slide, f.message.split("'")[1]) for f in findings] == [(5, "We think"), (5, "Maybe")]


def test_a_flood_of_hedges_counts_the_slides_not_the_hedges(tmp_path: Path) -> None:
    """Seven hedges on four slides: the talk-level finding says four slides, as the slides it lists."""
    deck = marp(
        "# Talk",
        "# Cold starts\n\nThey might add 2 seconds; we think this is kind of a big deal.",
        "# Our idea\n\nPerhaps we could pre-warm; it seems a predictor somewhat works.",
        "# Results\n\nHopefully this generalizes.",
        "# Cost\n\nMaybe 3% more memory.",
    )
    [flood] = hedges(tmp_path, deck)
    assert len(flood.members) > 4
    assert flood.message.startswith("4 slides hedge their claims (slides 2-5)")


def test_the_speakers_convictions_named_as_such_are_not_a_hedge(tmp_path: Path) -> None:
    text = marp(
        "# Talk",
        "# What I believe\n\n- Research belongs inside every product decision",
        "# Why we believe in open data\n\n- Shared data finds errors faster",
        "# Results\n\n- We believe the effect holds in other markets",
    )
    assert [(f.slide, f.message.split("'")[1]) for f in hedges(tmp_path, text)] == [(4, "We believe")]
