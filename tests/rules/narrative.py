"""Talks for the narrative rules' tests: outlines to lint and a strong PowerPoint deck."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, codes, lint, write
from tests.rules.decks import outline

NARRATIVE = {f"TL1{n:02}" for n in range(1, 12)}


def lint_units(tmp_path: Path, units: list[tuple[str, str]], **settings: object):  # type: ignore[no-untyped-def]
    return lint(write(tmp_path, "talk.md", outline(*units)), **settings)


def replace(units: list[tuple[str, str]], index: int, unit: tuple[str, str]) -> list[tuple[str, str]]:
    return [*units[:index], unit, *units[index + 1 :]]


def without_vision(units: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept = [u for u in units if not u[0].startswith(("My vision", "Research agenda"))]
    return [(t, b.replace("next, my vision", "thank you")) for t, b in kept]


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


def assert_fires_when_the_part_is_missing(tmp_path: Path, code: str, title: str) -> None:
    """The strong talk without the slide titled ``title``: one talk-level finding; with it, none."""
    from tests.helpers import by_code
    from tests.rules.decks import STRONG_UNITS

    units = [u for u in STRONG_UNITS if u[0] != title]
    [finding] = by_code(lint_units(tmp_path, units, profile="faculty"), code)
    assert finding.slide is None
    assert not by_code(lint_units(tmp_path, STRONG_UNITS, profile="faculty"), code)


def assert_only_where_the_profile_asks(tmp_path: Path, code: str, title: str) -> None:
    """A rule off by default: on with the faculty profile or extend-select, off when ignored."""
    from tests.helpers import by_code
    from tests.rules.decks import STRONG_UNITS

    units = [u for u in STRONG_UNITS if u[0] != title]
    assert not by_code(lint_units(tmp_path, units), code)
    assert not by_code(lint_units(tmp_path, units, profile="conference"), code)
    assert by_code(lint_units(tmp_path, units, extend_select=[code]), code)
    assert not by_code(lint_units(tmp_path, units, profile="faculty", ignore=[code]), code)
    assert not by_code(lint_units(tmp_path, units, profile="faculty", ignore=["TL1"]), code)
