from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_code, lint, write
from tests.rules.decks import marp


@pytest.mark.parametrize(
    "math",
    [
        "$$a = b$$\n\n$$c = d$$",
        "\\[ a = b \\]\n\n\\[ c = d \\]",
        "\\begin{equation}\na = b\n\\end{equation}\n\n$$c=d$$",
    ],
)
def test_more_than_one_display_equation(tmp_path: Path, math: str) -> None:
    text = marp("# Talk", f"# Math\n\n{math}", "# One\n\n$$e = mc^2$$")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL203")
    assert finding.slide == 2
    assert finding.message == "slide 2 shows 2 display equations (limit 1)"


def test_talk_level_math_share(tmp_path: Path) -> None:
    slides = ["# Talk"] + [f"# S{n}\n\nWe use $x_{n}$ here." for n in range(3)] + [f"# T{n}\n\ntext" for n in range(5)]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL203")
    assert finding.slide is None
    assert finding.message == "3 of 8 content slides carry math (38%, limit 20%)"
    assert finding.fix.startswith(
        "Of the 3 slides that carry math (slides 2, 3, 4), keep it on at most 1; on the others,"
    )
    fewer = ["# Talk", "# S\n\nWe use $x$ here.", *[f"# T{n}\n\ntext" for n in range(7)]]
    assert not by_code(lint(write(tmp_path, "ok.md", marp(*fewer))), "TL203")


def test_the_math_share_leaves_out_the_slides_that_frame_the_talk(tmp_path: Path) -> None:
    math = [f"# Step {n}\n\nWe use $x_{n}$ here." for n in range(3)]
    text = [f"# Point {n}\n\nA sentence about the point." for n in range(7)]
    framed = marp("# A talk about points", "# Outline\n\n- Points\n- Steps", *math, *text, "# Thank you!")
    [finding] = by_code(lint(write(tmp_path, "deck.md", framed)), "TL203")
    assert finding.message == "3 of 10 content slides carry math (30%, limit 20%)"
    tight = lint(tmp_path / "deck.md", rules={"equation-overload": {"max-math-share": 0.05}})
    [finding] = by_code(tight, "TL203")
    assert finding.fix.startswith("On slides 3, 4, 5, replace the math with a picture")


def test_two_slides_of_math_in_a_short_talk_are_no_talk_level_finding(tmp_path: Path) -> None:
    math = [f"# Step {n}\n\nWe use $x_{n}$ here." for n in range(2)]
    text = [f"# Point {n}\n\nA sentence about the point." for n in range(7)]
    path = write(tmp_path, "deck.md", marp("# A talk about points", *math, *text))  # 2 of 9: 22%
    assert not by_code(lint(path), "TL203")
    assert by_code(lint(path, rules={"equation-overload": {"min-math-slides": 2}}), "TL203")


@pytest.mark.parametrize(
    ("formula", "math"),
    [
        ("e^+e^-", False),  # a particle pair, named as physicists write it
        ("H_2O", False),
        ("10^{18}", False),  # a number
        ("\\sim 10^{-8}", False),  # a value, given as approximate
        ("\\times", False),  # the "×" of "10× larger"
        ("\\mu", False),  # the micro of "µm"
        ("1.1^\\circ", False),  # an angle: a number with its unit
        ("4\\,\\mathrm{K}", False),  # a temperature, its unit set upright
        ("x^\\circ", True),  # an angle that is a variable
        ("\\theta = 30^\\circ", True),  # a relation
        ("o_1 \\succeq o_2", True),
        ("T", True),  # a variable is math to follow
        ("2^n", True),
        ("\\epsilon \\sim 10^{-8}", True),
        # an arrow or a sign set as math between words: "MAPE 18.2% $\\to$ 12.0%"
        ("\\to", False),
        ("\\rightarrow", False),
        ("\\checkmark", False),
        ("\\rho", True),  # a variable, however it is written
        ("x \\to y", True),
    ],
)
def test_numbers_units_and_names_typeset_as_math_carry_no_math(tmp_path: Path, formula: str, math: bool) -> None:
    slides = (
        ["# Talk"]
        + [f"# S{n}\n\nWe measure ${formula}$ here." for n in range(3)]
        + [f"# T{n}\n\ntext" for n in range(5)]
    )
    assert bool(by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL203")) is math
