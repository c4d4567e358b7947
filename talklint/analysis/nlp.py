"""The spaCy pipeline: a trained one when installed, else blank English with light lemmas.

spaCy takes about a second to import, so nothing here is imported until a
rule asks for language analysis. No model is ever downloaded: the default is
``spacy.blank("en")`` with a sentencizer, and lemmas from suffix rules (the
lookup tables of ``spacy-lookups-data`` are a 98 MB wheel for one language).
"""

from __future__ import annotations

import gc
import importlib.util
import logging
import re
import sys
import textwrap
import types
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from talklint.analysis import verbs
from talklint.errors import ConfigError
from talklint.limits import MAX_TALK_CHARS, MAX_TOKEN_CHARS
from talklint.resources import installed_pipeline_distributions

LOG = logging.getLogger(__name__)
AUTO_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
BLANK = "blank"


def model_name(requested: str | None) -> str:
    """The pipeline to use: the requested one, an installed English one, or blank."""
    if requested:
        return requested
    return installed_english_pipeline() or BLANK


@lru_cache(maxsize=1)
def installed_english_pipeline() -> str | None:
    """The first installed trained English pipeline, preferring the small ones."""
    preferred = [name for name in AUTO_MODELS if importlib.util.find_spec(name) is not None]
    if preferred:
        return preferred[0]
    names = {entry.split("-")[0].lower() for entry in installed_pipeline_distributions()}
    others = sorted(n for n in names if importlib.util.find_spec(n) is not None)
    return others[0] if others else None


# "Problem(s)" is the word "Problem" and an optional plural, not one token "problem(s": an infix that splits
# what is left of it once ")" is split off.
OPTIONAL_PLURAL = r"(?<=[A-Za-z]{2})\((?=s$)"


@lru_cache(maxsize=4)
def pipeline(name: str) -> Any:
    """Load a pipeline once per process."""
    nlp = _load(name)
    nlp.max_length = MAX_TALK_CHARS + 1  # texts are cut to the talk's limit before they reach it
    # spaCy's modules, vocabulary and tables are hundreds of thousands of objects that live as long
    # as the process. Frozen, the garbage collector no longer walks them at every full collection
    # (5% of a 120-file run), and workers forked from this process do not copy their pages.
    gc.freeze()
    return nlp


def _load(name: str) -> Any:
    spacy = _import_spacy()
    if name == BLANK:
        nlp = _blank_english()
        nlp.add_pipe("sentencizer")
        _read_only_what_is_used(nlp.vocab)
        return nlp
    try:
        # Only tokens, tags and lemmas are needed: the parser and NER cost time.
        nlp = spacy.load(name, exclude=["parser", "ner", "textcat"])
    except OSError as error:
        raise ConfigError(
            f"spaCy model '{name}' is not installed ({error}); remove nlp-model to use the default"
        ) from None
    nlp.tokenizer.infix_finditer = with_optional_plural(nlp.tokenizer.infix_finditer)
    return nlp


def _blank_english() -> Any:
    """``spacy.blank("en")`` whose tokenizer splits an optional plural off its word, built so from the
    start (setting a tokenizer's infixes afterwards costs 40 ms), without the special cases no slide needs."""
    from spacy.lang.en import English
    from spacy.lang.tokenizer_exceptions import emoticons

    exceptions = {
        text: tokens
        for text, tokens in English.Defaults.tokenizer_exceptions.items()
        if text not in emoticons and (not text.isalpha() or text.lower() in _WORDS_SPLIT_ON_PURPOSE)
    }
    settings = {"infixes": [*English.Defaults.infixes, OPTIONAL_PLURAL], "tokenizer_exceptions": exceptions}
    defaults = type("Defaults", (English.Defaults,), settings)
    return type("TalkEnglish", (English,), {"Defaults": defaults})()  # still the language "en"


# The tokenizer's special cases leave out emoticons (":-)", "<3") and contractions written without their
# apostrophe ("dont", "Id", and "wed" split as "we'd"), which no slide needs: a third of English's 1,347
# cases, and of the time spaCy takes to build its tokenizer. These letters-only cases do mean two words.
_WORDS_SPLIT_ON_PURPOSE = frozenset({"cannot", "gonna", "gotta"})


def with_optional_plural(infixes: Any) -> Any:
    """A trained pipeline's infixes, and the optional plural."""
    plural = re.compile(OPTIONAL_PLURAL)

    def finditer(text: str) -> Any:
        match = plural.search(text)
        return infixes(text) if match is None else sorted([*infixes(text), match], key=lambda m: m.start())

    return finditer


def _read_only_what_is_used(vocab: Any) -> None:
    """Compute, for each new word, only the attributes ``Token`` and the sentencizer read.

    spaCy computes twenty attributes of every word it has not met before
    (its shape, whether it looks like a number, a URL or an e-mail, …), in
    Python; on real talks most words are new to the blank pipeline, and the
    unused ones are a tenth of tokenizing.
    """
    from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LOWER, NORM

    used = {LOWER, NORM, IS_ALPHA, IS_LOWER, IS_SPACE, IS_PUNCT}  # IS_PUNCT: the sentencizer's
    vocab.lex_attr_getters = {key: get for key, get in vocab.lex_attr_getters.items() if key in used}


def _import_spacy() -> Any:
    """spaCy without its command line, which talklint never uses: a fifth of a cold run's spaCy time.

    ``import spacy`` imports ``spacy.cli`` only to offer ``spacy.info``; the command line
    brings typer, weasel, requests and more. A stand-in serves that one import, and is
    removed afterwards, so ``spacy.cli`` (and ``spacy.info``) still import for real if asked.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType("spacy.cli")
    stand_in.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = None  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": stand_in, "spacy.cli.info": info})
    try:
        import spacy
    finally:
        for name in ("spacy.cli", "spacy.cli.info"):
            if sys.modules.get(name) in (stand_in, info):
                del sys.modules[name]
    if getattr(spacy, "cli", None) is stand_in:
        del spacy.cli  # type: ignore[attr-defined]
    spacy.info = _real_info  # type: ignore[attr-defined]
    return spacy


def _real_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


class Token(NamedTuple):
    """One token of a spaCy Doc, read out once.

    Iterating a Doc builds a new Python Token object for every word every
    time, and the analysis reads each text many times; plain tuples are read
    once and then cost nothing.
    """

    text: str
    lower: str
    lemma: str  # suffix rules on the lower-case form without a lemmatizer; else the lemma, or the lower-case form
    pos: str  # "" without a trained tagger
    is_alpha: bool
    is_lower: bool
    is_space: bool
    is_sent_start: bool


def tokenize(nlp: Any, texts: Iterable[str], sentences: bool = True) -> list[tuple[Token, ...]]:
    """Run the pipeline once over ``texts``: one tuple of tokens per text.

    The blank pipeline has no lemmatizer; its lemmas come from ``lemma``,
    added here rather than by a pipeline component, which would read and
    write every token once more. Without ``sentences``, the blank pipeline
    only tokenizes (a title's or a bullet's words need no sentence boundaries).
    """
    return [tokens for tokens, _ in tokenize_with_offsets(nlp, texts, sentences)]


def tokenize_with_offsets(
    nlp: Any, texts: Iterable[str], sentences: bool = True
) -> list[tuple[tuple[Token, ...], tuple[int, ...]]]:
    """``tokenize``, with where each token starts in its text (so that a part of a text is a span of it)."""
    light = not nlp.has_pipe("lemmatizer")
    texts = [_splittable(text) for text in texts]
    docs = nlp.pipe(texts) if sentences or not light else nlp.tokenizer.pipe(texts)
    if not light:
        return [(tuple(_trained_token(t) for t in doc), tuple(t.idx for t in doc)) for doc in docs]
    words: dict[int, tuple[Token, Token]] = {}
    return [_light_tokens(doc, words) for doc in docs]


def _light_tokens(doc: Any, words: dict[int, tuple[Token, Token]]) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    """A Doc's tokens read in bulk: without a tagger or lemmatizer every field but the sentence start is
    the word's own, so each distinct word is read once, through its lexeme, and its two tokens (inside
    a sentence, opening one) are shared by all its uses."""
    from spacy.attrs import IDX, ORTH, SENT_START

    vocab = doc.vocab
    tokens = []
    offsets = []
    rows = doc.to_array([ORTH, SENT_START, IDX])
    for orth, start, offset in rows.tolist():
        pair = words.get(orth)
        if pair is None:
            lexeme = vocab[orth]
            lower = lexeme.lower_
            word = (lexeme.orth_, lower, lemma(lower), "", lexeme.is_alpha, lexeme.is_lower, lexeme.is_space)
            pair = words[orth] = (Token(*word, False), Token(*word, True))
        tokens.append(pair[start == 1])
        offsets.append(offset)
    for index in (rows[:, 0] == vocab.strings["-"]).nonzero()[0].tolist():
        if _spaced(tokens, offsets, index):
            tokens[index] = _DASH[tokens[index].is_sent_start]
    return tuple(tokens), tuple(offsets)


# A hyphen with a space on either side is a dash ("Corpus - Conclusion", "- a list item"); its lemma says so,
# and only a hyphen between two words joins them into one ("light-matter").
_DASH = (Token("-", "-", "–", "", False, False, False, False), Token("-", "-", "–", "", False, False, False, True))


def _spaced(tokens: list[Token], offsets: list[int], index: int) -> bool:
    before = index == 0 or offsets[index - 1] + len(tokens[index - 1].text) < offsets[index]
    return before or index + 1 == len(tokens) or offsets[index + 1] > offsets[index] + 1


def _trained_token(t: Any) -> Token:
    if t.text == "-" and (t.i == 0 or t.doc[t.i - 1].whitespace_ or t.whitespace_ or t.i + 1 == len(t.doc)):
        return _DASH[bool(t.is_sent_start)]
    return Token(
        t.text, t.lower_, t.lemma_ or t.lower_, t.pos_, t.is_alpha, t.is_lower, t.is_space, bool(t.is_sent_start)
    )


_UNBROKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def reads_whole(text: str) -> bool:
    """The tokenizer reads ``text`` as it is: not cut to the talk's limit, no run split (``_splittable``)."""
    return len(text) <= MAX_TALK_CHARS and not _UNBROKEN.search(text)


def _splittable(text: str) -> str:
    """Text the tokenizer reads in linear time: a run without spaces costs it the square of its length,
    so runs longer than any word ("[[[[…", a pasted hash) are cut into pieces."""
    if len(text) > MAX_TALK_CHARS:
        text = text[:MAX_TALK_CHARS]
    return _UNBROKEN.sub(lambda m: " ".join(textwrap.wrap(m.group(0), MAX_TOKEN_CHARS)), text)


_IRREGULAR = {
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
    "has": "have", "had": "have", "does": "do", "did": "do", "done": "do",
    "goes": "go", "focuses": "focus", "went": "go", "gone": "go", "made": "make", "took": "take", "taken": "take",
    "saw": "see", "seen": "see", "knew": "know", "known": "know", "thought": "think",
    "found": "find", "gave": "give", "given": "give", "built": "build", "led": "lead",
    "learnt": "learn", "wrote": "write", "written": "write", "began": "begin", "begun": "begin",
    "children": "child", "people": "person", "data": "data", "analyses": "analysis",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "beat": "beat",
    "going": "go", "doing": "do", "being": "be", "having": "have", "making": "make", "taking": "take",
    "'m": "be", "'re": "be", "'ve": "have", "’m": "be", "’re": "be", "’ve": "have",
}  # fmt: skip


# "studies" and "studied" → "study", "crashes" → "crash" (not "crashe").
_SUFFIX_RULES = (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A light English lemma from suffix rules: 'envisioned' → 'envision'."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in _SUFFIX_RULES:
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("ing") and len(word) > 5:
        return _base_form(word[:-3])
    if word.endswith("ed") and len(word) > 4:
        return _base_form(word[:-2]) if not word.endswith("eed") else word[:-1]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _base_form(stem: str) -> str:
    """The verb an "-ed" or "-ing" ending was added to: "plann" → "plan", and a silent "e" given back where a
    listed verb has one ("wast" → "waste", "propos" → "propose"): without it, "wasted" matched no "waste"."""
    undoubled = _undouble(stem)
    if undoubled != stem:
        return undoubled
    return stem + "e" if stem + "e" in _silent_e_verbs() else stem


@lru_cache(maxsize=1)
def _silent_e_verbs() -> frozenset[str]:
    """The listed verbs (``rules/vocab/verbs.yaml``) that end in a silent "e" ("waste", "propose", not "agree")."""
    return frozenset(v for v in verbs.lexicon().base if v.endswith("e") and not v.endswith("ee"))


def _undouble(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem
