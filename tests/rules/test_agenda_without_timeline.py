"""TL103 agenda-without-timeline: an agenda with no time horizons or no goals."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint
from tests.rules.decks import STRONG_UNITS
from tests.rules.narrative import lint_units, replace


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


def test_the_finding_points_at_the_plans_not_the_divider_before_them(tmp_path: Path) -> None:
    units = [
        *STRONG_UNITS[:6],
        ("Part 3: Future research", ""),
        ("Research agenda", "- More kernels\n- More hardware\n- More users"),
        *STRONG_UNITS[7:],
    ]
    [finding] = by_code(lint_units(tmp_path, units), "TL103")
    assert finding.message == "the agenda on slide 9 'Research agenda' gives no time horizon and no concrete goal"
    assert "lists 3 items" in finding.fix
