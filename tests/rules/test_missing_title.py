from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write

DECK = """
---
marp: true
---

# Title slide

---

- 3.2x faster than the baseline on all five benchmarks

---

![A full-bleed photo](photo.jpg)

Photo: a caption of a few words
"""


def test_flags_untitled_text_slide_not_title_or_picture_slides(tmp_path: Path) -> None:
    [finding] = by_code(lint(write(tmp_path, "deck.md", DECK)), "TL301")
    assert finding.slide == 2
    assert finding.line == 9
    assert "Give slide 2 a title" in finding.fix
    assert "3.2x faster than the baseline" in finding.fix


def test_passes_when_every_slide_has_a_title(tmp_path: Path) -> None:
    fixed = DECK.replace("- 3.2x", "# Our compiler is 3x faster\n\n- 3.2x")
    assert not by_code(lint(write(tmp_path, "deck.md", fixed)), "TL301")


def test_image_only_option_can_be_turned_off(tmp_path: Path) -> None:
    result = lint(write(tmp_path, "deck.md", DECK), rules={"missing-title": {"allow-image-only": False}})
    assert [f.slide for f in by_code(result, "TL301")] == [2, 3]


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Talk", "layout": 0},
            {"textboxes": [("Results without a title, in a box low on the slide, too long to be one", 3)]},
            {"title": "Fine"},
        ],
    )
    [finding] = by_code(lint(path), "TL301")
    assert finding.slide == 2
    assert finding.line is None


def test_the_fix_never_suggests_code_placeholders_or_debris(tmp_path: Path) -> None:
    slides = [
        "# Title slide",
        "[currentsection] is where we are\n\nmore",
        "typedef map<int, double> valmap;",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit\n\nmore",
        "<div>\nThe controlled-$NOT$ gate is a conditional gate on two qubits\n</div>\n\nmore",  # math in HTML
        "Show the diagram that explains informal control\n\nmore",  # a note to self
        "Jacobs and Jackson show that police reduce crime (2010)\n\nmore",  # a citation
        "Maybe collective efficacy works through the built environment?\n\nmore",  # a hedged question
        "Galileo Galilei (1564 - 1642) in Pisa\n\nmore",  # a caption: no verb
        "1 An LP-tree over the domain is a tree where\n\nmore",  # a list number, a sentence cut off
        "We built a pipeline with three steps:\n\nmore",  # a lead-in
        "Let the arms be a set of choices we can make\n\nmore",  # notation being set up
        "Should mitigate the communication problems\n\nmore",  # a sentence without its subject
        "I prefer minivans to sedans, ...\n\nmore",  # a list left open
        "How will I rate the cars? (Quantitative)\n\nmore",  # a question, whatever follows it
        "No scaling (larger images, multi-coil, 3D)\n\nmore",  # a comparison only in an aside
        "Cannot be explained classically\n\nmore",  # a sentence without its subject
        "Desc: GO:0001730 is involved in antiviral activity\n\nmore",  # an identifier
        "SCF analysis — who enters credit card debt and why\n\nmore",  # a question reported, not answered
        "How the robot decides when to ask for help\n\nmore",  # the same
        "Quantum mechanics predicts that S ≤ 2√2 ≈ 2.83\n\nmore",  # a formula typed with operators
        "Don’t try to receive if the other process is not sending\n\nmore",  # advice, not a claim
        "Too small: doesn’t reduce the chance of collision\n\nmore",  # no subject
    ]
    text = "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"
    fixes = [f.fix for f in by_code(lint(write(tmp_path, "deck.md", text), max_findings_per_rule=0), "TL301")]
    assert len(fixes) == 22
    for fix in fixes:
        assert "currentsection" not in fix and "typedef" not in fix and "Lorem" not in fix and "$" not in fix
        assert "Show the" not in fix and "2010" not in fix and "Maybe" not in fix
        assert "Galileo" not in fix and "LP-tree" not in fix and "three steps" not in fix and "arms" not in fix
        assert "mitigate" not in fix and "minivans" not in fix and "rate the cars" not in fix
        assert "scaling" not in fix and "classically" not in fix and "GO:" not in fix
        assert "credit card" not in fix and "robot decides" not in fix
        assert "√" not in fix and "receive" not in fix and "collision" not in fix
        assert fix.endswith("the one sentence the audience should remember")


def test_in_another_language_the_fix_quotes_no_sentence(tmp_path: Path) -> None:
    """Which sentence states a claim is read in English: a Spanish slide's affiliation line is no title."""
    spanish = "La herramienta analiza los artículos científicos de la universidad con los modelos de lenguaje"
    slides = [f"# Título\n\n{spanish}", *(f"# Parte {n}\n\n{spanish} en el caso {n}." for n in range(4))]
    slides.append(
        "Universidad de las Ciencias Informáticas - 18/7/2025\n\nDesarrollo de una herramienta para el análisis"
    )
    text = "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL301")
    assert finding.fix == "Give slide 6 a title that states its point: the one sentence the audience should remember"


def test_a_quotation_with_its_source_needs_no_title(tmp_path: Path) -> None:
    slides = ["# Title slide", "“Violence is the key to inequality.”\n\nBruce Western (2018)", "# Fine\n\ntext"]
    text = "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL301")


def test_the_closing_slide_and_thanks_need_no_title() -> None:
    """The title page shown again, or "Merci + questions" set as a picture's caption, closes the talk."""
    from types import SimpleNamespace

    from talklint.analysis.roles import SlideRoles
    from talklint.model import Paragraph, Slide
    from talklint.rules.missing_title import Options, check

    slides = (Slide(number=1, title="Robots that ask"), Slide(number=2, blocks=(Paragraph("Merci + questions"),)))

    def lint_role(role: str) -> list[str]:
        context = SimpleNamespace(
            talk=SimpleNamespace(content_slides=slides),
            analysis=SimpleNamespace(role=lambda slide: SlideRoles(role, 0.9), is_english=True),
        )
        return [problem.message for problem in check(context, Options())]  # type: ignore[arg-type]

    assert lint_role("closing") == [] and lint_role("acknowledgments") == []
    assert lint_role("results") == ["slide 2 has no title"]
