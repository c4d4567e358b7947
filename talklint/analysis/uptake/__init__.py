"""Others taking the work up, said in so many words: adopters counted ("two companies ship our planner"), a
change told ("Cryptographers now use these bounds"), a licence, a public counted in thousands, a citation where
policy is made, a standard or a default made of the work, a fleet it is installed on.

``uptake`` reads a slide's words (title, text and notes as one line) and answers yes or no; the role features
(``role_features``) turn the answer into a feature the role model weighs, and the story into impact.

The ways of saying it are kept by kind: ``adopters`` (who took the work up, counted), ``named`` (who took it up, by
name or by what they are), ``companies`` (who licensed, sells, ships or was spun out of it), ``scholarship``
(teachers, others' research, the stage and the gallery, prizes won), ``software`` (code taken into others'
projects), ``policy`` (where policy is made), ``products`` (releases and the publics they reach) and ``acts`` (the
general way), all built from the words of ``words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from talklint.analysis.language import english_function_words
from talklint.analysis.uptake import acts, adopters, companies, named, policy, products, scholarship, software
from talklint.analysis.uptake.words import Way
from talklint.compiled_patterns import compile_kept


def uptake(said: str) -> bool:
    """Others took the work up, counted or told as a change ("two companies ship our planner")."""
    # Each way of saying it is searched only where the slide has a word it needs: most slides name no adopter
    # at all, and the search of one pattern made of all of them cost a quarter of a millisecond a slide.
    # Words as letters only, so that the public that ends a sentence ("… to 1.2M users.") is found.
    said = _MADE_BY_US.sub(r"our \1", _THIS_WORK.sub(r"our \1", said))
    words = set(_LETTERS.findall(said.lower()))
    return any(way.said_in(said, words) for way in _ways())


# "This work" and "this paper" are the speaker's, as "our work" is: "The programme cited this work in 2023".
_THIS_WORK = re.compile(r"\bthis\s+(work|paper|research|thesis|dissertation)\b", re.IGNORECASE)
# ... and so is what the speaker says they made: "Medicare reimburses the monitoring program we designed".
_MADE_BY_US = re.compile(
    r"\bthe\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that\s+|which\s+)?(?:we|I)\s+"
    r"(?:designed|built|developed|created|wrote|proposed|made)\b",
    re.IGNORECASE,
)


# A title's object pronoun has no sentence before it to stand for: it is the talk's work ("The district adopted it",
# "Three hospitals now run them"; not a title's subject, "It runs in 40 hospitals", which the ways read as it is).
_THE_WORK_IN_A_TITLE = re.compile(r"(?<=[a-z] )(?:it|them)\b(?!['’])")


def uptake_in_title(title: str, names_of_the_work: frozenset[str] = frozenset()) -> bool:
    """Others took the work up, said in the slide's title alone, where "it" is the talk's work ("The district
    adopted it", "The Water Development Board now runs our model"), and so is "the" thing the talk calls its own
    elsewhere (``names_of_the_work``: "Phoenix adopted the index", where the talk built "the index")."""
    title = _THE_WORK_IN_A_TITLE.sub("our work", title)
    if names_of_the_work and "the " in title.lower():
        title = _the_named(names_of_the_work).sub("our ", title)
    return uptake(title)


def uptake_of_the_named(text: str, names_of_the_work: frozenset[str]) -> bool:
    """Others took up "the" thing the talk calls its own, said in a slide's text ("12 teams now use the store",
    where the talk built "a feature store"): read as "our store". False where the text names none of it."""
    if not names_of_the_work or "the " not in text.lower():
        return False
    ours = _the_named(names_of_the_work).sub("our ", text)
    return ours != text and uptake(ours)


def names_of_the_work(texts: Iterable[str]) -> frozenset[str]:
    """The words a talk calls its own work by: what follows "our" or "my" ("our heat-risk index": "index"), and
    what a title says the speaker builds ("Building the index", "Designing a triage score"); not the speaker's
    people or means ("our team", "my lab"), nor a word that qualifies ("our new", "our proposed")."""
    names: set[str] = set()
    for text in texts:
        for found in _OWN_PHRASE.finditer(text):
            # Without a parse, where the name ends is a guess ("our index weighs …"): its first three words are kept.
            for word in found.group(1).lower().split()[:_NAME_WORDS]:
                if word in english_function_words():
                    break
                if word.isalpha() and word not in _NOT_THE_WORK and not word.endswith(("ed", "ing", "ly")):
                    names.add(word)
                    if word.endswith("s") and not word.endswith("ss"):
                        names.add(word[:-1])  # "I design … programs": "the program" is one of them
    return frozenset(names)


# "our heat-risk index for cities", "Building the index", "I design and test nurse-led programs": the words after
# the owner or the verb of making, up to a mark.
_OWN_PHRASE = re.compile(
    r"(?:\b(?:our|my)\s+|^\W*(?:building|designing|developing|introducing|creating)\s+(?:the|a|an|our|my)\s+"
    r"|\b(?:i|we)\s+(?:design|build|develop|create|built|designed|developed|created)"
    r"(?:\s+and\s+(?:test|evaluate|deploy|tested|evaluated|deployed))?\s+(?:(?:the|a|an|new)\s+)?)"
    r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_WORDS = 3  # "our new heat-risk index", "our index weighs …"
# The speaker's people, means and talk, not the work others take up.
_NOT_THE_WORK = frozenset(
    {"team", "lab", "group", "students", "collaborators", "colleagues", "advisor", "advisors", "funding", "budget",
     "talk", "goal", "goals", "vision", "research", "work", "thesis", "time", "own", "first", "next", "future",
     "results", "result", "findings", "data", "question", "questions", "plan", "plans", "career", "life", "new",
     "best", "main", "key", "other", "current", "final", "only", "whole", "early", "last"}
)  # fmt: skip


@cache
def _the_named(names: frozenset[str]) -> re.Pattern[str]:
    """ "the", or "the" and one word more, before one of the names: to be read as "our"."""
    return re.compile(rf"\bthe\s+(?=(?:[\w-]+\s+)?(?:{'|'.join(sorted(map(re.escape, names)))})\b)", re.IGNORECASE)


def compile_all() -> None:
    """Compile every way of saying it now, not at its first use: before worker processes are forked, so that
    they share the patterns instead of each compiling them."""
    for way in _ways():
        way.compiled()


@cache
def _ways() -> tuple[Way, ...]:
    """The ways, their patterns compiled once per machine and kept (``compiled_patterns``); where they cannot be
    kept, each is compiled at its first use."""
    kept = compile_kept("uptake", [way.pattern for way in _UPTAKE], re.IGNORECASE)
    if kept is None:
        return _UPTAKE
    return tuple(replace(way, ready=pattern) for way, pattern in zip(_UPTAKE, kept, strict=True))


_UPTAKE = (
    *adopters.WAYS,
    *named.WAYS,
    *companies.WAYS,
    *scholarship.WAYS,
    *software.WAYS,
    *policy.WAYS,
    *products.WAYS,
    *acts.WAYS,
)
_LETTERS = re.compile(r"[a-z]+")
