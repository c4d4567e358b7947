"""Per-slide metrics, the detail score, and the talk's language."""

from __future__ import annotations

from pathlib import Path

from talklint.analysis import analyse, detail_score
from talklint.analysis.acronyms import find_acronyms
from talklint.analysis.language import english_share
from talklint.metrics import formulas_to_follow
from talklint.model import without_formulas
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


def test_formulas_typed_with_mathematical_operators_are_inline_math(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Talk\n\n---\n\n# Types\n\n- Intersection: A ⊓ B\n- Every x ∈ S is safe\n"
        "- With $y$ too: c ⊗ d\n\n---\n\n# Scale\n\n- ∼15,000 trees, ≈ 3× faster\n- Paris ⋅ 2024 ∙ talk\n",
    )
    analysis = analyse(talk)
    types, scale = analysis.slides[2], analysis.slides[3]
    assert types.metrics["inline-math"] == 4  # one per bullet holding an operator, and the $y$
    # "about", a separator and a bullet are words of prose, not formulas
    assert scale.metrics["inline-math"] == 0


def test_symbols_typed_with_unicode_indices_are_inline_math_but_molecules_and_units_are_not(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Talk\n\n---\n\n# Subdomain\n\n- Ωₘ is resized as a function of Δt\n"
        "- Points leave it between tⁿ and tⁿ⁺¹\n\n---\n\n# Air\n\n- CO₂ in a 50 m² classroom\n- Delta Airlines\n",
    )
    analysis = analyse(talk)
    typed, prose = analysis.slides[2], analysis.slides[3]
    assert typed.metrics["inline-math"] == 2  # one per bullet that types a symbol
    assert prose.metrics["inline-math"] == 0


def test_formulas_to_follow_leave_out_arrows_numbers_and_names_set_as_math(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Talk\n\n---\n\n# Notation\n\n- Let $x \\in \\mathbb{R}^n$ be the state\n"
        "- $u$ the control, $f(x, u)$ the dynamics\n\n---\n\n# Context\n\n- Symbolic $\\rightarrow$ reasoning\n"
        "- $10^{6}$ users drink H$_2$O $\\approx$ daily\n",
    )
    notation, context = talk.slides[1], talk.slides[2]
    assert formulas_to_follow(notation) == 3
    assert formulas_to_follow(context) == 0


def test_a_molecule_set_as_math_keeps_its_counts_in_the_prose(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.tex",
        "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}{Talk}x\\end{frame}\n"
        "\\begin{frame}{The problem: catalysts are unselective}\n\\begin{itemize}\n"
        "\\item TiO$_2$ turns CO$_2$ into CO, CH$_4$ and H$_2$\n\\item Only $x_1 + x_2$ is known\n"
        "\\end{itemize}\n\\end{frame}\n\\end{document}\n",
    )
    molecules, formula = talk.slides[1].text_blocks
    assert without_formulas(molecules) == "TiO2 turns CO2 into CO, CH4 and H2"  # not "CH", an acronym
    assert without_formulas(formula) == "Only   is known"


def test_a_letter_set_as_math_before_a_word_stays_as_its_letter(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.tex",
        "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}{Talk}x\\end{frame}\n"
        "\\begin{frame}{Methods}\n\\begin{itemize}\n\\item Singlets at $\\omega$B97X-D and $\\Lambda$CDM\n"
        "\\item A $k$NN baseline on $x$ alone\n\\end{itemize}\n\\end{frame}\n\\end{document}\n",
    )
    names, alone = talk.slides[1].text_blocks
    assert without_formulas(names) == "Singlets at ωB97X-D and ΛCDM"
    assert without_formulas(alone) == "A kNN baseline on   alone"  # a formula that stands alone is still left out


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
    # a molecule with its counts is a name; letters no element has make a field's acronym
    assert [u.acronym for u in find_acronyms("CH4, CH3OH and NH3 at N3LO with BDF1")] == ["N3LO", "BDF1"]


def test_a_web_address_without_its_scheme_is_a_name_not_words_of_the_sentence() -> None:
    from talklint.addresses import without_urls

    text = "Integration with curricula.academicdashboards.org, slides at bit.ly/au_talk and Node.js"
    assert without_urls(text).replace(",", " ").split() == ["Integration", "with", "slides", "at", "and", "Node.js"]


def test_e_mail_addresses_are_names_and_a_word_longer_than_any_address_is_none() -> None:
    from talklint.addresses import ADDRESS_CHARS, without_urls

    assert without_urls("Write to a.speaker@uni.edu (or x@lab.org) today").split() == [
        "Write",
        "to",
        "(or",
        ")",
        "today",
    ]
    # A run of dotted words longer than any address is left as it is: searching it start by start would take time
    # that grows as its square.
    long = "a." * ADDRESS_CHARS + "x@lab.org"
    assert without_urls(f"See {long} here").split() == ["See", long, "here"]


def test_titles_and_bodies_read_as_spans_of_the_prose_are_the_words_they_are_alone(tmp_path: Path) -> None:
    """Titles and bodies are cut from the prose's tokens where they read the same; where the prose
    reads them otherwise (a URL in the title, math or code left out of the body, a title whose last
    word takes the period the prose adds), they are tokenized alone. Either way, the same words."""
    from talklint.analysis import body_prose, read_slides
    from talklint.analysis.nlp import BLANK, pipeline, tokenize

    slides = [
        "# Robots that ask\n\nJane Doe",
        "# Results\n\n- We halve the error, e.g. on 100 homes.\n- It's faster (2x) than asking always",
        "# Why?\n\nRobots fail silently.",
        "# See https://example.org/robots\n\nThe demo is online.",
        "# Trained in the U.S\n\nOn 3 datasets.",
        "# The loss\n\nWe minimise $L = x^2$ over the data.\n\n```python\nfit(model)\n```",
        "# \n\nUntitled text.",
    ]
    talk = parse(tmp_path, "deck.md", "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n")
    reading = read_slides(talk, BLANK)
    alone = tokenize(pipeline(BLANK), [t for s in reading.slides for t in (s.title, body_prose(s))], sentences=False)
    for index, text in enumerate(reading.texts):
        # Every field but the sentence start, which a tokenizer alone does not set.
        assert [t[:7] for t in text.title] == [t[:7] for t in alone[2 * index]]
        assert [t[:7] for t in text.body] == [t[:7] for t in alone[2 * index + 1]]
    assert [t.text for t in reading.texts[1].title] == ["Results"]
    assert [t.text for t in reading.texts[4].title][-2:] == ["the", "U.S"]


def test_a_one_letter_formula_is_taken_out_where_it_stands_not_out_of_the_words(tmp_path: Path) -> None:
    from talklint.analysis import visible_prose
    from talklint.model import block_words

    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Talk\n\n---\n\n# Spaces\n\n"
        "The probabilistic sampling applies to the style space $s$ and the content space $c$, separately.\n",
    )
    slide = talk.slides[1]
    assert " ".join(visible_prose(slide).split()) == (
        "Spaces. The probabilistic sampling applies to the style space and the content space , separately."
    )
    assert block_words(slide.text_blocks[0]) == 15  # each formula is one word
    assert not analyse(talk).slide(slide).rare_words


def test_what_every_analysis_reads_is_loaded_before_workers_are_forked() -> None:
    from talklint.analysis import load_shared
    from talklint.analysis.role_model import load_model
    from talklint.analysis.vocabulary import _vocabulary

    _vocabulary.cache_clear()
    load_model.cache_clear()
    load_shared(None)
    assert _vocabulary.cache_info().currsize == 1
    assert load_model.cache_info().currsize == 1
