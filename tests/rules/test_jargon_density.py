from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

JARGON = "Epistemic and aleatoric uncertainties are disentangled via amortised variational marginalisation."
PLAIN = "Our robot knows when it is unsure, and it asks a person for help before it drops the cup."


def test_names_the_rare_words(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Calibration\n\n{JARGON}", f"# Plain\n\n{PLAIN}")
    [finding] = by_code(lint(write(tmp_path, "deck.md", text)), "TL204")
    assert finding.slide == 2
    assert "'aleatoric'" in finding.message
    assert "'amortised'" in finding.message
    # 'Epistemic' opens a sentence and is never written in lower case: without tags it may be a name.
    assert "replace 'aleatoric', 'disentangled', 'amortised' and 2 more with everyday words" in finding.fix


def test_defined_words_names_and_short_slides_pass(tmp_path: Path) -> None:
    defined = "Aleatoric noise is a kind of noise that stays however much data we collect. We model it per sensor."
    names = "Titsias and Hensman and Salimbeni showed in London that this works for Kalashnikova data too."
    text = marp("# Talk", f"# Defined\n\n{defined}", f"# Names\n\n{names}", "# Short\n\nHeteroscedastic aleatoric.")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL204")


def test_greek_letters_set_as_text_are_notation_not_jargon(tmp_path: Path) -> None:
    notation = "Pick arm πk with weight θk, then πm with weight θm."
    text = marp("# Talk", f"# Two-layer decision\n\n{notation}", f"# Plain\n\n{PLAIN}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL204")


def test_a_grammar_set_as_text_is_notation_not_jargon(tmp_path: Path) -> None:
    grammar = "\n\n".join(
        ["instr ::= nop", "| block resulttype instr end", "| br labelidx", "| call funcidx", "| call_indirect typeidx"]
    )
    text = marp("# Talk", f"# Structured control flow\n\n{grammar}", f"# Plain\n\n{PLAIN}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL204")


def test_two_forms_of_one_word_are_one_rare_word(tmp_path: Path) -> None:
    # Three rare words in 12 content words are over the limit; 'unrolled' and 'unroll' are one word.
    forms = "Our networks unroll the solver; the unrolled layers learn each step from data and voxels."
    text = marp("# Talk", f"# Networks\n\n{forms}", f"# Plain\n\n{PLAIN}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL204")
    other = forms.replace("unroll the", "subsample the")
    [finding] = by_code(lint(write(tmp_path, "other.md", marp("# Talk", f"# Networks\n\n{other}"))), "TL204")
    assert "'subsample', 'unrolled'" in finding.message


def test_two_rare_words_on_a_short_slide_are_no_wall_of_jargon(tmp_path: Path) -> None:
    # 2 rare words in 10 content words: 20%, over the limit, but only two
    two = "Our planner calls clingo and clingcon for every grasp, and the robot waits a few seconds for each answer."
    text = marp("# Talk", f"# Solvers\n\n{two}", f"# Plain\n\n{PLAIN}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL204")
    assert by_code(lint(tmp_path / "deck.md", rules={"jargon-density": {"min-rare": 2}}), "TL204")


def test_non_english_talk_is_skipped(tmp_path: Path) -> None:
    french = (
        "Les modules presque rigides sont une classe de modules sur une algèbre de dimension finie avec des propriétés"
    )
    slides = ["# Exposé"] + [f"# Partie {n}\n\n{french} et des exemples dans le cas {n}." for n in range(6)]
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    assert not by_code(result, "TL204")
    assert by_code(result, "TL002")


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Model", "bullets": [JARGON]}])
    assert [f.slide for f in by_code(lint(path), "TL204")] == [2]


def test_the_words_a_title_named_are_the_talks_own_terms(tmp_path: Path) -> None:
    method = "We update the advected subdomain by substepping the heat equation at each laser substep."
    named = marp(
        "# Talk", "# Substepping an advected subdomain\n\nThe method of this thesis.", f"# How it works\n\n{method}"
    )
    assert not by_code(lint(write(tmp_path, "named.md", named)), "TL204")
    unnamed = marp("# Talk", "# The method of this thesis\n\nIt is fast.", f"# How it works\n\n{method}")
    [finding] = by_code(lint(write(tmp_path, "unnamed.md", unnamed)), "TL204")
    assert "'advected'" in finding.message


def test_another_form_of_a_title_word_is_the_talks_own_term(tmp_path: Path) -> None:
    # "musicologists" in a talk titled "Computational musicology": its subject, not jargon.
    body = "How musicologists annotate the microtiming and swing of old recordings of jazz solos by hand."
    own = marp("# Computational musicology", f"# Background\n\n{body}")
    assert not by_code(lint(write(tmp_path, "own.md", own)), "TL204")
    other = marp("# Swing in jazz", f"# Background\n\n{body}")
    [finding] = by_code(lint(write(tmp_path, "other.md", other)), "TL204")
    assert "'musicologists'" in finding.message
