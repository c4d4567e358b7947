from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp, words


def test_warning_over_43_error_over_80(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Dense\n\n{words(50)}", f"# Denser\n\n{words(90)}", f"# Fine\n\n{words(40)}")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL201")
    assert [(f.slide, f.severity.value) for f in findings] == [(2, "warning"), (3, "error")]
    assert findings[0].message == "slide 2 shows 50 words of text (limit 43)"
    assert "Slide 2 'Dense' shows 50 words of text (limit 43): keep one claim in the title" in findings[0].fix


def test_a_configured_severity_is_final(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Denser\n\n{words(92)}"))
    [finding] = by_code(lint(path, rules={"text-wall": {"severity": "info"}}), "TL201")
    assert finding.severity.value == "info"
    write(tmp_path, "talklint.toml", '[rules.text-wall]\nseverity = "warning"\n')
    code, out, _ = cli("check", str(path), "--select", "TL201", "--no-color", "--no-cache")
    assert code == 1 and "(warning)" in out and "(error)" not in out


def test_labels_references_code_and_formulas_are_not_text(tmp_path: Path) -> None:
    labels = "\n\n".join(f"Box {n} input" for n in range(20))  # a diagram's 60 words of labels
    references = "\n".join(f"- A. Smith, B. Jones. Paper number {n} on robots. In Proc. ICRA, 2019." for n in range(5))
    formulas = " ".join(["$x_i^2 + y_i^2 = z$"] * 20) + " hold."
    cited = "Robots fail in homes (Smith et al., 2019; Jones and Lee, 2020; Wu, 2021) and often [12] " * 3
    sql = "\n\n".join(["SELECT name, age FROM people WHERE age BETWEEN 17 AND 22"] * 6)
    # A query set as text, one clause a line: most lines hold no keyword, but names in snake_case.
    clauses = "\n\n".join(f"{n}. AND p_size{n} BETWEEN 1 AND {n} OR l_quantity <= {n} + 10" for n in range(1, 9))
    slides = [f"# Diagram\n\n{labels}", f"# References\n\n{references}", f"# Math\n\n{formulas}"]
    slides += [f"# Cited\n\n{cited}", f"# Query\n\n{sql}", f"# Clauses\n\n{clauses}"]
    # A table of measurements: numbers, units and statistics are looked up, not read.
    rows = "\n".join(f"| Test case {n} | {n},766 µs (σ=0.79) | 1,000 µs (σ=0.28) | 42 |" for n in range(8))
    slides.append(f"# Measurements\n\n| Test | WASM | Native | Slowdown |\n|---|---|---|---|\n{rows}")
    path = write(tmp_path, "deck.md", marp("# Talk", *slides, f"# Wall\n\n{words(60)}"))
    assert [f.slide for f in by_code(lint(path), "TL201")] == [9]


def test_a_table_set_as_text_rows_is_read_as_cells_not_as_running_text(tmp_path: Path) -> None:
    """A PDF export prints a table as lines of text, a name and its numbers: numbers outnumber the words. Running
    text that quotes numbers ("3 studies, 120 people") is still read."""
    names = ["BreastCancer", "CarEvaluation", "CreditApproval", "GermanCredit", "Ionosphere", "Mushroom", "Nursery"]
    rows = "\n\n".join(f"{name} {n + 5} {n * 131 + 62} {n * 9_007 + 792:,}" for n, name in enumerate(names * 2))
    table = f"# Datasets\n\nDataset #Attributes #Objects #Examples\n\n{rows}"
    prose = " ".join(["We ran 3 studies with 120 people over 6 weeks and saw fewer errors."] * 5)
    path = write(tmp_path, "deck.md", marp("# Talk", table, f"# Studies\n\n{prose}"))
    assert [f.slide for f in by_code(lint(path), "TL201")] == [3]


def test_a_reference_whose_year_is_in_parentheses_is_not_read_as_text(tmp_path: Path) -> None:
    own = (
        "- T. Ophoff, S. Puttemans, V. Kalogirou, J.-P. Robin, and T. Goedemé. “Vehicle and Vessel Detection on "
        "Satellite Imagery: A Comparative Study on Single-Shot Detectors”. In: Remote Sensing 12.7 (2020)."
    )
    points = "- We developed a sliding window technique\n- Pretrained weights from similar data help"
    path = write(
        tmp_path, "deck.md", marp("# Talk", f"# Contributions\n\nHow can we adapt detection?\n\n{points}\n{own}")
    )
    assert not by_code(lint(path), "TL201")


def test_footnotes_that_cite_works_by_their_authors_full_names_are_not_read_as_text(tmp_path: Path) -> None:
    """Footnotes at a slide's foot, as a Beamer export prints them: numbered, the authors' full names, a quoted
    title and "In:", or a year that ends the line; one footnote may run into the next."""
    footnotes = [
        "1 Niall M Fraser. “Ordinal preference representations”. In: Theory and Decision (1994)",
        "2Xudong Liu and Miroslaw Truszczynski. “Preference Trees: A Language for Representing and Reasoning",
        "34 Kenneth J Arrow, Amartya Sen, and Kotaro Suzumura. Handbook of Social Choice and Welfare. Vol. 1. 2010",
        "42 Gadi Pinkas. Propositional non-monotonic reasoning and inconsistency in symmetric neural networks. 1991",
        "Theory and Practice of Logic Programming (2006) 37 Meghyn Bienvenu, Christian Fritz, and Sheila A "
        "McIlraith. “Specifying and computing preferred plans”. In:",
        "Nic Wilson. “Extending CP-Nets with Stronger Conditional Preference Statements”. AAAI-04. 2004",
    ]
    points = "- Preference trees represent what people prefer\n- Forests learn them from data"
    body = "\n\n".join(footnotes)
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Preference learning\n\n{points}\n\n{body}"))
    assert not by_code(lint(path), "TL201")
    # numbered steps and a sentence that names a place are text
    steps = "\n\n".join(
        f"{n} Students in Ohio. Scores rose in 2019 after the district gave every class a tutor" for n in range(1, 5)
    )
    assert by_code(lint(write(tmp_path, "steps.md", marp("# Talk", f"# Tutoring\n\n{steps}"))), "TL201")


def test_dense_short_bullets_are_a_wall(tmp_path: Path) -> None:
    bullets = "\n".join(f"- robots fail in homes {n}" for n in range(12))
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Many\n\n{bullets}"))), "TL201")
    assert "60 words of text" in finding.message


def test_notes_code_and_backup_do_not_count(tmp_path: Path) -> None:
    code = "```\n" + "\n".join(["x = 1"] * 30) + "\n```"
    text = marp(
        "# Talk",
        f"# Short\n\nOne claim.\n\n<!-- {words(200)} -->",
        f"# Code\n\n{code}",
        "# Backup",
        f"# Derivation\n\n{words(120)}",
    )
    path = write(tmp_path, "deck.md", text)
    assert not by_code(lint(path), "TL201")
    assert [f.slide for f in by_code(lint(path, lint_backup=True), "TL201")] == [5]


def test_options_and_outlines(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Dense\n\n{words(50)}"))
    assert by_code(lint(path), "TL201")
    assert not by_code(lint(path, rules={"text-wall": {"max-words": 50}}), "TL201")
    outline = write(tmp_path, "talk.md", f"# Talk\n\n## Plan\n\n{words(100)}\n")
    assert not by_code(lint(outline), "TL201")


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Wall", "bullets": [words(50)]}]
    )
    [finding] = by_code(lint(path), "TL201")
    assert finding.slide == 2


def test_chinese_and_japanese_text_is_counted_in_words_not_in_runs_between_commas(tmp_path: Path) -> None:
    # Written without spaces: characters count as translators reckon them (Japanese 2.5 a word, Chinese 1.5).
    japanese = "従来のランダム生成手法では論理的な矛盾が頻発してしまいます。" * 4  # 116 characters, 4 runs
    chinese = "我们的方法将错误减半。" * 6  # 60 characters: 40 words
    text = marp("# Talk", f"# 背景\n\n{japanese}", f"# 结果\n\n{chinese}", f"# 结论\n\n{chinese}{chinese[:12]}")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL201")
    assert [f.message for f in findings] == [
        "slide 2 shows 47 words of text (limit 43)",
        "slide 4 shows 48 words of text (limit 43)",
    ]
