"""How the ways of telling uptake are searched: only where a slide has the words a way needs, one of each kind
where a way needs two; what the ways find stays the same."""

from __future__ import annotations

import re

import pytest

from talklint.analysis import uptake
from talklint.analysis.uptake.words import searched_where


def _words(said: str) -> set[str]:
    return set(re.findall(r"[a-z]+", said.lower()))


def test_a_way_that_needs_two_words_is_searched_only_where_the_slide_has_one_of_each() -> None:
    way = searched_where({"with", "using"}, r"\b(?:with|using)\s+(?:our|my)\s+\w+", and_one_of=frozenset({"our", "my"}))
    found = {said: way.said_in(said, _words(said)) for said in ("cut delays with our scheduler", "with them", "ours")}
    assert found == {"cut delays with our scheduler": True, "with them": False, "ours": False}


def test_a_way_is_not_searched_without_a_word_of_the_second_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    way = searched_where({"with"}, r".", and_one_of=frozenset({"our"}))
    searched: list[str] = []

    class Recording:
        def search(self, said: str) -> None:
            searched.append(said)

    monkeypatch.setattr(type(way), "compiled", lambda self: Recording())
    way.said_in("Accuracy rose with the new method", _words("Accuracy rose with the new method"))
    way.said_in("with our method", _words("with our method"))
    assert searched == ["with our method"]


# Uptake told the ways that need two words, as their comments give them: each still found.
TOLD = [
    "Bogotá's TransMilenio cut headways by 20% with our scheduler",
    "Two hospitals replaced their sink drains after our survey",
    "Ahmedabad painted 15,000 roofs with our guidance",
    "The Dutch railways (NS) replaced their crew scheduler with ours",
    "Four regional hospitals switched their sepsis alerts to ours",
    "Three seed companies now breed for the traits we identified",
    "Landlords in Glasgow signed up to our code of practice",
    "The Kenyan Ministry of Education used these estimates to plan its program",
    "Instagram added a 'You're all caught up' marker based on this line of research",
    "Bosch now uses our simulator to test its driver-assistance stack",
    "Tesla, Rivian and Lucid license our battery-aging model",
    "Two cities now fund right-to-counsel programs using our estimates",
    # a name whose ending is seldom a plural's
    "Airbus adopted our compiler in 2024",
    "Novartis now screens patients with our assay",
]


@pytest.mark.parametrize("said", TOLD)
def test_uptake_told_the_ways_that_need_two_words_is_found(said: str) -> None:
    assert uptake.uptake(said)


@pytest.mark.parametrize(
    "said",
    [
        "Accuracy rose with our method",
        "We switched our pipeline to PyTorch",
        "Alice and Bob use our protocol",
        # a study's people, capitalised as a sentence opens, are no adopter's name
        "Participants now rate their pain with our app",
        "Users adopted our app in the pilot",
    ],
)
def test_what_is_no_uptake_stays_unfound(said: str) -> None:
    assert not uptake.uptake(said)


@pytest.mark.parametrize(
    ("title", "told"),
    [
        ("Others use the model", True),  # the title's "the model" is the talk's
        ("Many others use our code", True),
        ("Others use the same trick", False),  # a trick others share, not the talk's work
        ("Related work: others use the model of Smith", False),  # not the title's own words
        ("We and others use the model", False),
    ],
)
def test_others_uncounted_take_the_work_up_as_a_title_says_it(title: str, told: bool) -> None:
    assert uptake.uptake_in_title(title) is told
