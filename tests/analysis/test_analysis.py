"""Per-slide metrics, the detail score, and the talk's language."""

from __future__ import annotations

from pathlib import Path

from talklint.analysis import analyse, detail_score
from talklint.analysis.language import english_share, find_acronyms
from tests.helpers import parse


def test_metrics_and_detail(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Talk\n\n![p](p.png)\n\n---\n\n# Math\n\n$$a=b$$\n\n$$c=d$$\n\n"
        "$$e=f$$\n\nWith $x$ and $y$ and the ELBO.\n",
    )
    analysis = analyse(talk)
    picture, math = analysis.slides[1], analysis.slides[2]
    assert picture.detail == 0
    assert not picture.technical
    assert math.metrics["display-math"] == 3
    assert math.metrics["inline-math"] == 2
    assert math.metrics["acronyms"] == 1
    assert math.detail >= 0.5
    # Whether a reader finds it technical is the role model's technical head, which weighs the equations.
    assert math.technical and math.technical_probability > picture.technical_probability


def test_detail_grows_with_each_kind_of_detail() -> None:
    empty = dict.fromkeys(
        ["words", "display-math", "inline-math", "numbers", "table-cells", "code-lines", "acronyms", "rare-word-share"],
        0.0,
    )
    assert detail_score(empty, None) == 0
    for name, value in [("display-math", 2), ("code-lines", 12), ("table-cells", 24), ("rare-word-share", 0.3)]:
        assert detail_score({**empty, name: value}, None) > 0.3
    everything = {**empty, "display-math": 3, "code-lines": 20, "numbers": 30, "words": 120}
    assert detail_score(everything, 20) == 1.0


def test_english_share() -> None:
    english = [
        "We",
        "show",
        "that",
        "the",
        "robot",
        "can",
        "ask",
        "for",
        "help",
        "when",
        "it",
        "is",
        "not",
        "sure",
        "what",
        "to",
        "do",
        "with",
        "the",
        "cup",
        "in",
        "the",
        "kitchen",
    ]
    french = [
        "Nous",
        "montrons",
        "que",
        "le",
        "robot",
        "peut",
        "demander",
        "de",
        "l'aide",
        "quand",
        "il",
        "ne",
        "sait",
        "pas",
        "quoi",
        "faire",
        "avec",
        "la",
        "tasse",
    ]
    assert english_share(english * 2) > 0.9
    assert english_share(french * 3) < 0.2
    assert english_share(["ロボット", "が", "助け", "を", "求める"] * 8) < 0.2
    assert english_share(["robots"]) == 1.0  # too little evidence to judge


def test_acronym_uses_and_definitions() -> None:
    uses = find_acronyms("We use reinforcement learning from human feedback (RLHF). RLHF helps. NOT really.")
    assert [(u.acronym, u.defined_here) for u in uses] == [("RLHF", True), ("RLHF", False)]
    assert uses[0].long_form == "reinforcement learning from human feedback"
    assert [u.acronym for u in find_acronyms("GPUs and LLMs, BGMS21 and section IV")] == ["GPU", "LLM"]
