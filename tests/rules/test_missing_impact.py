"""TL105 missing-impact: no slide says what changed because of the work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units, replace


@pytest.mark.parametrize(
    ("code", "title"),
    [("TL105", "Impact: a manufacturer ships it")],
)
def test_missing_part(tmp_path: Path, code: str, title: str) -> None:
    units = [u for u in STRONG_UNITS if u[0] != title]
    [finding] = by_code(lint_units(tmp_path, units, profile="faculty"), code)
    assert finding.slide is None
    assert not by_code(lint_units(tmp_path, STRONG_UNITS, profile="faculty"), code)


def test_impact_phrasing_what_this_enables(tmp_path: Path) -> None:
    units = replace(STRONG_UNITS, 4, ("What this enables", "Two labs now build on our estimator."))
    assert not by_code(lint_units(tmp_path, units), "TL105")


def test_impact_pptx(tmp_path: Path) -> None:
    slides = [{"title": "Talk", "layout": 0}, {"title": "Method"}, {"title": "Results"}]
    assert by_code(lint(build_pptx(tmp_path / "a.pptx", slides)), "TL105")
    slides.append({"title": "Deployed in 3 hospitals", "bullets": ["used by 1,400 clinicians"]})
    assert not by_code(lint(build_pptx(tmp_path / "b.pptx", slides)), "TL105")
