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
    assert finding.message == "3 of 9 content slides carry math (33%, limit 20%)"
    assert finding.fix.startswith("Keep math on at most 1 slide: replace the rest")
    fewer = ["# Talk", "# S\n\nWe use $x$ here.", *[f"# T{n}\n\ntext" for n in range(7)]]
    assert not by_code(lint(write(tmp_path, "ok.md", marp(*fewer))), "TL203")
