"""The narrative rules together: a strong talk passes them all, in every format; a non-English talk gets none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import codes
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import NARRATIVE, STRONG_DECK, deck_codes, lint_units


def test_strong_talk_has_no_narrative_findings(tmp_path: Path) -> None:
    assert not NARRATIVE & set(codes(lint_units(tmp_path, STRONG_UNITS)))


def test_non_english_talk_gets_no_narrative_findings(tmp_path: Path) -> None:
    french = "Les modules presque rigides sont une classe de modules sur une algèbre avec des propriétés"
    units = [(f"Partie {n}", f"{french} et des exemples dans le cas {n}.") for n in range(6)]
    result = lint_units(tmp_path, units)
    assert "TL002" in codes(result)
    assert not NARRATIVE & set(codes(result))


def test_a_deck_too_short_to_tell_a_story_gets_no_story_verdicts(tmp_path: Path) -> None:
    """A title slide alone, or a title and one slide, is a stub: no vision or takeaways to miss. From three
    slides on, the story is judged."""
    slides: list[dict[str, object]] = [
        {"title": "Ar/Ar dating of Antarctic volcanoes", "layout": 0},
        {"title": "Methods", "bullets": ["Step heating of 40 samples"]},
        {"title": "Results", "bullets": ["Ages from 0.2 to 18 Ma"]},
    ]
    assert not NARRATIVE & deck_codes(tmp_path, "one.pptx", slides[:1])
    assert not NARRATIVE & deck_codes(tmp_path, "two.pptx", slides[:2])
    assert {"TL101", "TL104"} <= deck_codes(tmp_path, "three.pptx", slides)


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
