from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def deck(*slides: str) -> str:
    return "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"


def test_flags_a_repeat_far_from_the_first(tmp_path: Path) -> None:
    text = deck("# Talk", "# Results\n\nA", "# Method\n\nB", "# Results\n\nC")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL302")
    assert finding.slide == 4
    assert "repeats the title 'Results' of slide 2" in finding.message
    assert "Retitle slide 4" in finding.fix


def test_a_section_number_in_front_does_not_tell_titles_apart_but_a_number_in_the_name_does(tmp_path: Path) -> None:
    text = deck("# Talk", "# 3. Results\n\nA", "# Study 1\n\nB", "# Method\n\nC", "# Study 2\n\nD", "# 5 Results\n\nE")
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL302")] == [6]


def test_continuations_builds_and_roadmaps_pass(tmp_path: Path) -> None:
    text = deck(
        "# Talk",
        "# Roadmap\n\n- Problem\n- Method\n- Results",
        "# Results\n\nA",
        "# Results\n\nA and B",  # consecutive: a build
        "# Method\n\nM",
        "# Results (cont.)\n\nC",
        "# Roadmap\n\n- Problem\n- Method\n- Results",  # the same roadmap again
    )
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL302")


def test_consecutive_repeats_flagged_when_asked(tmp_path: Path) -> None:
    text = deck("# Talk", "# Results\n\nA", "# Results\n\nB")
    result = lint(write(tmp_path, "deck.md", text), rules={"duplicate-title": {"allow-consecutive": False}})
    assert [f.slide for f in by_code(result, "TL302")] == [3]


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Talk", "layout": 0},
            {"title": "Results", "bullets": ["a"]},
            {"title": "Other", "bullets": ["b"]},
            {"title": "results!", "bullets": ["c"]},
        ],
    )
    assert [f.slide for f in by_code(lint(path), "TL302")] == [4]


def test_section_title_pages_and_recurring_overviews_may_repeat(tmp_path: Path) -> None:
    slides = ["# Talk", "# Overview\n\n- Problem\n- Method", "# Method", "# Why\n\n- a", "# Overview\n\n- Results"]
    slides += ["# Method", "# Results\n\n- b"]
    text = "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL302")


def test_the_same_step_of_two_parts_told_alike_is_no_repeat(tmp_path: Path) -> None:
    frames = "\n".join(
        f"\\section{{{section}}}\n"
        + "".join(f"\\begin{{frame}}{{{t}}}\n{section}, step {n}: {t}\n\\end{{frame}}\n" for n, t in enumerate(titles))
        for section, titles in [
            ("Study 1", ["Predictions", "Method", "Discussion"]),
            ("Study 2", ["Predictions", "Data collection", "Method", "Data collection"]),
        ]
    )
    title = "\\begin{frame}\\titlepage\\end{frame}\n"
    tex = f"\\documentclass{{beamer}}\n\\begin{{document}}\n{title}{frames}\\end{{document}}\n"
    findings = by_code(lint(write(tmp_path, "talk.tex", tex)), "TL302")
    assert [f.message for f in findings] == ["slide 8 repeats the title 'Data collection' of slide 6"]


def test_a_run_under_one_title_goes_on_after_one_aside(tmp_path: Path) -> None:
    steps = [
        "# Grid traits\n\n- Trust",
        "# Grid traits\n\n- Jobs",
        "# Policies in detail\n\n- a",
        "# Grid traits\n\n- Data",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *steps))), "TL302")
    # one slide under the title, an aside, and the title again: a repeat, not a run
    single = ["# Grid traits\n\n- Trust", "# Policies in detail\n\n- a", "# Grid traits\n\n- Data"]
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *single))), "TL302")] == [4]


def test_a_missing_space_does_not_break_a_run_under_one_title(tmp_path: Path) -> None:
    steps = [
        "# Detection: Proposed Method\n\n- Day 1",
        "# Detection: ProposedMethod\n\n- Day 2",
        "# Detection: Proposed Method\n\n- Day 3",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *steps))), "TL302")


def test_an_untitled_picture_between_two_slides_of_one_title_does_not_interrupt_them(tmp_path: Path) -> None:
    steps = ["# Background\n\n- Two programs", "![Two curricula](curricula.png)", "# Background\n\n- Their structures"]
    assert not by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *steps))), "TL302")


def test_a_slide_may_bear_the_name_of_the_section_its_title_page_opened(tmp_path: Path) -> None:
    steps = [
        "# 2. Inverse problems",
        "# Linear inverse problems\n\n- y = Ax",
        "# Inverse problems\n\n- Recap: MRI is slow",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *steps))), "TL302")


def test_a_title_shown_again_after_the_overview_returns_in_another_part(tmp_path: Path) -> None:
    overview = "# Overview\n\n- Traits\n- Deployment"
    slides = [overview, "# Grid traits\n\n- Trust", "# Policies\n\n- a", overview, "# Rollout\n\n- b"]
    slides += ["# Grid traits\n\n- Trust at Nebraska"]
    assert not by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *slides))), "TL302")
    without_overview = [s for s in slides if s != overview]
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", deck("# Talk", *without_overview))), "TL302")] == [
        5
    ]
