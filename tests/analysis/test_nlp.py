"""The language pipeline: blank English by default, a trained one when installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from talklint.analysis.nlp import BLANK, lemma, model_name, pipeline, tokenize, with_optional_plural
from talklint.errors import ConfigError


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("envisioned", "envision"),
        ("envisions", "envision"),
        ("visions", "vision"),
        ("studies", "study"),
        ("planning", "plan"),
        ("goals", "goal"),
        ("was", "be"),
        ("analysis", "analysis"),
        ("goes", "go"),
        ("crashes", "crash"),
        ("watches", "watch"),
        # a listed verb's silent "e" given back: "wasted" is "waste", as "wastes" is
        ("wasted", "waste"),
        ("proposing", "propose"),
        ("wanted", "want"),  # no "wante" is listed
        ("agreed", "agree"),
    ],
)
def test_light_lemmas(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_blank_pipeline_tokens_sentences_and_lemmas() -> None:
    (tokens,) = tokenize(pipeline(BLANK), ["We envisioned robots. They ask for help."])
    assert [t.lemma for t in tokens][:3] == ["we", "envision", "robot"]
    assert [t.text for t in tokens if t.is_sent_start] == ["We", "They"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We can't go", ["We", "ca", "n't", "go"]),  # contractions with their apostrophe split as in English
        ("Robots cannot ask", ["Robots", "can", "not", "ask"]),
        ("Look up the id on Wed", ["Look", "up", "the", "id", "on", "Wed"]),  # not "i d", not "We d"
        ("Its run at 8p.m. ends", ["Its", "run", "at", "8", "p.m.", "ends"]),
    ],
)
def test_the_tokenizer_keeps_the_special_cases_slides_need(text: str, words: list[str]) -> None:
    [doc] = tokenize(pipeline(BLANK), [text])
    assert [t.text for t in doc] == words


def installed_model() -> str | None:
    import spacy.util

    names = [n for n in spacy.util.get_installed_models() if n.startswith("en_core_web")]
    return sorted(names)[0] if names else None


SPLIT = ["The", "Problem", "(", "s", ")", "of", "f(x", ")", "and", "g(s", ")"]


def test_an_optional_plural_is_split_off_the_word() -> None:
    [doc] = tokenize(pipeline(BLANK), ["The Problem(s) of f(x) and g(s)"])
    assert [t.text for t in doc] == SPLIT
    assert doc[1].lemma == "problem"


@pytest.mark.parametrize(
    ("text", "hyphen_lemmas"),
    [
        ("Light-matter interaction", ["-"]),  # a hyphen between two words joins them
        ("Corpus - Conclusion", ["–"]),  # with a space beside it, a hyphen is a dash
        ("- Challenges: - builds take an hour", ["–", "–"]),  # a list item's marker
    ],
)
def test_a_hyphen_with_a_space_beside_it_is_read_as_a_dash(text: str, hyphen_lemmas: list[str]) -> None:
    [doc] = tokenize(pipeline(BLANK), [text])
    assert [t.lemma for t in doc if t.text == "-"] == hyphen_lemmas


def test_a_trained_pipelines_tokenizer_splits_an_optional_plural_too() -> None:
    import spacy

    nlp = spacy.blank("en")  # a tokenizer built without the optional plural, as a trained pipeline's is
    assert "Problem(s" in [t.text for t in nlp("The Problem(s) of f(x) and g(s)")]
    nlp.tokenizer.infix_finditer = with_optional_plural(nlp.tokenizer.infix_finditer)
    assert [t.text for t in nlp("The Problem(s) of f(x) and g(s)")] == SPLIT


def test_default_model_is_an_installed_trained_one_or_blank() -> None:
    assert model_name(None) == (installed_model() or BLANK)
    assert model_name("en_core_web_md") == "en_core_web_md"


def test_missing_configured_model_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="spaCy model 'en_no_such_model' is not installed"):
        pipeline("en_no_such_model")


def test_trained_pipeline_when_installed() -> None:
    name = installed_model()
    if name is None:
        pytest.skip("no trained spaCy pipeline installed (none can be downloaded here)")
    (tokens,) = tokenize(pipeline(name), ["The robots asked for help."])
    assert tokens[2].lemma == "ask"
    assert tokens[2].pos == "VERB"


def test_other_installed_english_pipeline_is_found_by_its_dist_info(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from talklint.analysis.nlp import installed_english_pipeline
    from talklint.resources import installed_distributions, installed_pipeline_distributions

    (tmp_path / "en_core_web_fake").mkdir()
    (tmp_path / "en_core_web_fake" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "en_core_web_fake-3.8.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    for cached in (installed_english_pipeline, installed_distributions):
        cached.cache_clear()
    try:
        assert "en_core_web_fake-3.8.0.dist-info" in installed_pipeline_distributions()
        assert installed_english_pipeline() == (installed_model() or "en_core_web_fake")
    finally:
        for cached in (installed_english_pipeline, installed_distributions):
            cached.cache_clear()


def test_spacy_loads_without_its_command_line() -> None:
    """typer, weasel and requests are spaCy's command line; the pipeline works without them, and spacy.cli still can."""
    script = (
        "import sys\n"
        "from talklint.analysis.nlp import BLANK, pipeline\n"
        "tokens = [t.text for t in pipeline(BLANK)('Robots fail. Why?')]\n"
        "print(tokens, sorted(m for m in ('typer', 'weasel', 'requests') if m in sys.modules))\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.info), callable(spacy.info))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == ["['Robots', 'fail', '.', 'Why', '?'] []", "True True"]
