"""TL109 missing-collaboration: the talk never says who you want to work with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_code, codes
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units


@pytest.mark.parametrize(
    ("code", "title"),
    [("TL109", "Who I want to work with")],
)
def test_missing_part(tmp_path: Path, code: str, title: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] != title]
    [finding] = by_code(lint_units(tmp_path, units, profile="faculty"), code)
    assert finding.slide is None
    assert not by_code(lint_units(tmp_path, STRONG_UNITS, profile="faculty"), code)


@pytest.mark.parametrize(("code", "title"), [("TL109", "Who I want to work with")])
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
