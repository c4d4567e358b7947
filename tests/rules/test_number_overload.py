from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


def table(rows: int, columns: int) -> str:
    header = "| " + " | ".join(f"c{n}" for n in range(columns)) + " |\n|" + "---|" * columns
    body = "\n".join("| " + " | ".join(str(r * columns + c) for c in range(columns)) + " |" for r in range(rows))
    return f"{header}\n{body}"


def test_big_table_and_many_numbers(tmp_path: Path) -> None:
    numbers = ", ".join(f"{n}.5%" for n in range(14))
    text = marp("# Talk", f"# Table\n\n{table(5, 5)}", f"# Numbers\n\n{numbers}", f"# Small\n\n{table(3, 3)}")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL206")
    assert [(f.slide, f.message) for f in findings] == [
        (2, "slide 2 shows a table of 30 cells (limit 20)"),
        (3, "slide 3 shows 14 numbers (limit 12)"),
    ]


def test_dense_table_in_backup_is_not_flagged(tmp_path: Path) -> None:
    text = marp("# Talk", "# Appendix", f"# Full results\n\n{table(8, 6)}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL206")


def test_pptx_table(tmp_path: Path) -> None:
    rows = [[str(r * 6 + c) for c in range(6)] for r in range(5)]
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results", "table": rows}])
    assert [f.slide for f in by_code(lint(path), "TL206")] == [2]


def test_empty_cells_of_a_table_that_lays_out_a_diagram_are_not_read(tmp_path: Path) -> None:
    grid = [["", "Classical", "Quantum", ""], ["Precise", "", "Gleason", ""], ["Finite", "", "Core", ""]]
    rows = [*grid, ["", "iff", "", "Consistent state"], ["→", "", "iff", "⇔"], ["", "", "", "iff"]]  # 24 cells, 11 full
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "The map", "table": rows}])
    assert not by_code(lint(path), "TL206")
    # Check marks are a comparison's data, not drawing.
    marks = [["", "Join", "Range", "Update"], *([f"System {n}", "✓", "✗", "✓"] for n in range(5))]  # 24 cells
    path = build_pptx(
        tmp_path / "marks.pptx", [{"title": "Talk", "layout": 0}, {"title": "Prior work", "table": marks}]
    )
    assert [f.message for f in by_code(lint(path), "TL206")] == ["slide 2 shows a table of 23 cells (limit 20)"]


def test_a_reference_list_is_not_an_argument_to_trim(tmp_path: Path) -> None:
    references = "\n".join(
        f"- [{n}] A. Author and B. Writer, Paper {n}, Proc. VLDB {2000 + n}, pp. {10 * n}-{10 * n + 9}"
        for n in range(1, 9)
    )
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# References\n\n{references}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL206")
    # Under any title, a citation's years, pages and volumes are not quantities the audience reads.
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# Our runs\n\n{references}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL206")


def test_list_numbers_and_years_are_not_quantities(tmp_path: Path) -> None:
    plans = "\n".join(f"{n}. Study {n}: homes since {2010 + n}" for n in range(1, 8))
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# Plans\n\n{plans}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL206")
    rates = "\n".join(f"{n}. A home: {60 + n}% of failures, {n * 3} minutes" for n in range(1, 8))
    text = marp("# Talk", "# Robots fail silently\n\nOwners stop trusting them.", f"# Rates\n\n{rates}")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL206")
    assert finding.message == "slide 3 shows 14 numbers (limit 12)"


def test_the_exponents_and_indices_of_formulas_are_not_numbers_to_read(tmp_path: Path) -> None:
    display = "$$\n\\mu_F^2 \\frac{d f}{d \\mu_F^2}(\\mu_F^2) = P(a_s(\\mu_R^2), \\mu_F^2) \\otimes f(\\mu_{F,0}^2)\n$$"
    inline = "The operator $E(\\mu_F^2 \\leftarrow \\mu_{F,0}^2)$ maps $f(\\mu_{F,0}^2)$ to $f(\\mu_F^2)$"
    inline += " at $n_f = 3, 4, 5$."
    text = marp("# Talk", f"# Evolution\n\n{display}\n\n{inline}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL206")
    numbers = ", ".join(f"{n}.5%" for n in range(14))
    assert by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Evolution\n\n{display}\n\n{numbers}"))), "TL206")
