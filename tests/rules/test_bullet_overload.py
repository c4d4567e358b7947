from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


def test_too_many_and_too_deep(tmp_path: Path) -> None:
    many = "\n".join(f"- point {n}" for n in range(8))
    deep = "- a\n  - b\n    - c"
    text = marp("# Talk", f"# Many\n\n{many}", f"# Deep\n\n{deep}", "# Fine\n\n- a\n  - b\n- c")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL202")
    assert [(f.slide, f.message) for f in findings] == [
        (2, "slide 2 has 8 bullets (limit 6)"),
        (3, "slide 3 nests bullets 3 levels deep (limit 2)"),
    ]
    assert "Flatten slide 3 'Deep' to 2 levels" in findings[1].fix


def test_a_list_both_too_long_and_too_deep_is_one_finding(tmp_path: Path) -> None:
    both = "- a\n  - b\n    - c\n" + "\n".join(f"- point {n}" for n in range(7))
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Method\n\n{both}"))), "TL202")
    assert finding.message == "slide 2 has 10 bullets (limit 6) and nests bullets 3 levels deep (limit 2)"
    assert finding.fix.startswith("Cut slide 2 'Method' to the 6 bullets that carry the point and flatten it to 2")


def test_pptx_levels(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [{"title": "Talk", "layout": 0}, {"title": "Deep", "bullets": ["a", ("b", 1), ("c", 2)]}],
    )
    assert [f.slide for f in by_code(lint(path), "TL202")] == [2]


def test_six_bullets_two_levels_deep_pass(tmp_path: Path) -> None:
    bullets = "\n".join(f"- point {n}" for n in range(5)) + "\n  - a detail"
    assert not by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Enough\n\n{bullets}"))), "TL202")


def test_a_reference_list_is_not_an_argument_to_trim(tmp_path: Path) -> None:
    references = "\n".join(f"- [{n}] A. Author, Paper {n}, Proc. VLDB" for n in range(1, 10))
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# References\n\n{references}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL202")
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# Our steps\n\n{references}")
    assert by_code(lint(write(tmp_path, "deck.md", text)), "TL202")
