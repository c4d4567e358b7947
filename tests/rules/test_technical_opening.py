from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

NOTATION = "# Notation\n\n$$a = b$$\n\n$$c = d$$\n\n$$e = f$$"


def test_technical_slide_before_motivation(tmp_path: Path) -> None:
    text = marp("# Talk", NOTATION, "# Why robots fail\n\nThey do not know.")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL210")
    assert finding.slide == 2
    assert finding.message == (
        "slide 2 'Notation' is technical (3 equations) and comes before any slide"
        " that says what problem the work solves"
    )
    assert "put a slide before slide 2" in finding.fix


def test_motivation_first_passes(tmp_path: Path) -> None:
    text = marp("# Talk", "# The problem: robots fail silently\n\nIn homes.", NOTATION)
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL210")


def test_pptx(tmp_path: Path) -> None:
    rows = [[str(r * 6 + c) for c in range(6)] for r in range(5)]
    path = build_pptx(
        tmp_path / "deck.pptx",
        [{"title": "Talk", "layout": 0}, {"title": "Numbers", "table": rows}, {"title": "Why it matters"}],
    )
    assert [f.slide for f in by_code(lint(path), "TL210")] == [2]


def test_one_equation_is_counted_in_the_singular(tmp_path: Path) -> None:
    notation = (
        "# Notation\n\nLet $X \\in \\mathbb{R}^{n \\times d}$ be the input and $Q = X W_Q$, $K = X W_K$, $V = X W_V$."
        "\n\n$$A = \\mathrm{softmax}(Q K^\\top / \\sqrt{d}) V$$"
    )
    text = marp("# Talk", notation, "# Why robots fail\n\nThey do not know.")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL210")
    assert "is technical (1 equation, 4 formulas in its text) and comes before" in finding.message


def test_an_opening_of_code_is_technical_wherever_it_stands(tmp_path: Path) -> None:
    code = (
        "# Our planner\n\n```python\ndef plan(scene):\n    grasps = sample(scene, 1000)\n    return best(grasps)\n```"
    )
    text = marp("# Talk", code, "# Grasp models\n\nA network scores grasps.", "# Why robots fail\n\nThey do not know.")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL210")
    assert finding.message.startswith("slide 2 'Our planner' is technical (3 lines of code)")
    explained = code.replace("# Our planner\n\n", "# Our planner\n\n" + "Robots drop cups because grasps fail. " * 3)
    text = marp(
        "# Talk", explained, "# Grasp models\n\nA network scores grasps.", "# Why robots fail\n\nThey do not know."
    )
    assert not by_code(lint(write(tmp_path, "deck2.md", text)), "TL210")


def test_a_table_of_twenty_numbers_or_more_opening_the_talk_is_technical(tmp_path: Path) -> None:
    header = "| model | BLEU | chrF | TER | COMET |\n|---|---|---|---|---|\n"
    rows = "".join(f"| m{r} | {30 + r}.1 | {50 + r}.2 | {40 - r}.3 | 0.{70 + r} |\n" for r in range(5))
    text = marp("# Talk", f"# Scores\n\n{header}{rows}", "# Why it matters\n\nTranslation fails for 3 billion people.")
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL210")] == [2]


def test_an_opening_of_three_formulas_to_follow_is_technical(tmp_path: Path) -> None:
    notation = "# Notation\n\n- Let $x \\in \\mathbb{R}^n$ be the state\n- $u$ the control\n- $f(x, u) = Ax + Bu$"
    text = marp(
        "# Talk", notation, "# Grasp models\n\nA network scores grasps.", "# Why robots fail\n\nThey do not know."
    )
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL210")
    assert finding.message.startswith("slide 2 'Notation' is technical (3 formulas in its text)")


def test_a_slide_labelled_the_problem_states_it_whatever_detail_follows(tmp_path: Path) -> None:
    detail = "- Let $x \\in \\mathbb{R}^n$ be the state\n- $u$ the control\n- $f(x, u) = Ax + Bu$"
    later = ["# Our controller\n\nA network scores grasps.", "# Why robots fail\n\nThey do not know."]
    labelled = marp("# Talk", f"# The problem: controllers diverge\n\n{detail}", *later)
    assert not by_code(lint(write(tmp_path, "labelled.md", labelled)), "TL210")
    # the same detail under a title that names no problem is the technical opening
    unlabelled = marp("# Talk", f"# Controllers and their dynamics\n\n{detail}", *later)
    assert [f.slide for f in by_code(lint(write(tmp_path, "unlabelled.md", unlabelled)), "TL210")] == [2]


def test_plain_sentences_of_findings_are_no_detail_to_open_on(tmp_path: Path) -> None:
    slides = [
        {"title": "Why Drivers Ignore Lane-Keeping Alerts", "layout": 0},
        {"title": "Agenda", "bullets": ["Context", "Study design", "Findings", "Recommendations", "Q&A"]},
        {
            "title": "Context",
            "bullets": ["Lane-keeping assist ships in 80% of new cars", "Our team wanted to know why"],
        },
        {"title": "Study design", "bullets": ["Diary study, 30 drivers, 4 weeks", "In-car video of 1,200 alerts"]},
        {
            "title": "Findings",
            "bullets": [
                "Most alerts came on roads with worn markings",
                "Drivers felt scolded, not helped",
                "Switching it off was easy; switching it back on was buried in menus",
            ],
        },
        {"title": "Findings (cont.)", "bullets": ["Older drivers trusted the alert more"]},
        {"title": "Recommendations", "bullets": ["Suppress alerts where markings are worn", "A one-tap way back"]},
        {"title": "Q&A", "layout": 5},
    ]
    assert not by_code(lint(build_pptx(tmp_path / "deck.pptx", slides)), "TL210")


# Formulas typed as text, as a PowerPoint slide sets them, and plain lines in their place.
_TRAINING = ["Adam optimiser, β1 = 0.9, β2 = 0.999", "Target network update τ = 0.005", "Gradient clipping at 10"]
_PLAIN_TRAINING = ["Adam optimiser with its default settings", "A slowly updated target network", "Gradients clipped"]
_TYPED_NOTATION = ["Treatment W_i ∈ {0,1}, covariates X_i ∈ R^p", "Unconfoundedness: Y ⊥ W | X", "Overlap: η < e(x)"]
_COUNTS = ["More than N > 1000 households", "Six trials in six countries", "Outcomes: profits and assets"]
# Two equations that fill most of the slide, and one among lines of words.
_MELT = ["ṁ = ρ_w c_w γ_T (T_w − T_f) / (ρ_i L)", "γ_T: thermal transfer velocity", "T_f = λ1 S + λ2 + λ3 z_b"]
_MELT_IN_WORDS = ["Melt grows with the water's warmth: ṁ = k ΔT", "Warm water reaches the ice in summer",
                  "Plumes carry it up the ice front", "Fjords differ in how much reaches the ice"]  # fmt: skip
_ICE = (
    "Melting from Below",
    "Basal melt rate",
    "Greenland lost 270 billion tonnes of ice a year",
    "Half from glaciers",
)
_GRASPS = ("Tactile Grasping", "Training", "Grasps slip on soft objects", "Robots drop 1 in 3 fruits in our tests")
_LOANS = ("Microcredit", "Setup", "Loans help some owners, not others", "Why the average effect misleads")


@pytest.mark.parametrize(
    ("talk", "bullets", "fires"),
    [
        # equations typed as text: three of them are math to follow, as set in LaTeX
        (_GRASPS, _TRAINING, True),
        (_GRASPS, _PLAIN_TRAINING, False),
        # membership, independence and order between variables typed as text are too; a bound on a count is not
        (_LOANS, _TYPED_NOTATION, True),
        (_LOANS, _COUNTS, False),
        # two equations typed as text that fill half the slide's lines or more are math to follow; one among lines
        # of words is not
        (_ICE, _MELT, True),
        (_ICE, _MELT_IN_WORDS, False),
    ],
)
def test_an_opening_of_formulas_typed_as_text_is_technical(
    tmp_path: Path, talk: tuple[str, str, str, str], bullets: list[str], fires: bool
) -> None:
    """A PowerPoint slide types its formulas as text ("β1 = 0.9", "W_i ∈ {0,1}", "Y ⊥ W | X", "η < e(x)")."""
    title, heading, later, line = talk
    slides = [
        {"title": title, "layout": 0},
        {"title": heading, "bullets": bullets},
        {"title": later, "bullets": [line]},
    ]
    findings = by_code(lint(build_pptx(tmp_path / "deck.pptx", slides)), "TL210")
    assert [f.slide for f in findings] == ([2] if fires else [])


def test_an_opening_dives_into_detail_only_where_its_technical_slides_are_as_many_as_its_plain_ones(
    tmp_path: Path,
) -> None:
    """One technical slide third, after two plain ones, is a talk that has begun, not one that opens on detail;
    second, after one plain slide, it is."""
    plain = ["# Theory predictions\n\nWhat a collider needs from theory.", "# Our tools\n\nThree codes, one pipeline."]
    later = marp("# Talk", *plain, NOTATION, "# Why fits fail\n\nThey disagree.")
    assert not by_code(lint(write(tmp_path, "later.md", later)), "TL210")
    sooner = marp("# Talk", plain[0], NOTATION, "# Why fits fail\n\nThey disagree.")
    assert [f.slide for f in by_code(lint(write(tmp_path, "sooner.md", sooner)), "TL210")] == [3]
