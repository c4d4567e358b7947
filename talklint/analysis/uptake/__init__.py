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
from dataclasses import replace
from functools import cache

from talklint.analysis.uptake import acts, adopters, companies, named, policy, products, scholarship, software
from talklint.analysis.uptake.words import Way
from talklint.compiled_patterns import compile_kept


def uptake(said: str) -> bool:
    """Others took the work up, counted or told as a change ("two companies ship our planner")."""
    # Each way of saying it is searched only where the slide has a word it needs: most slides name no adopter
    # at all, and the search of one pattern made of all of them cost a quarter of a millisecond a slide.
    # Words as letters only, so that the public that ends a sentence ("… to 1.2M users.") is found.
    words = set(_LETTERS.findall(said.lower()))
    return any(way.said_in(said, words) for way in _ways())


# A title's object pronoun has no sentence before it to stand for: it is the talk's work ("The district adopted it",
# "Three hospitals now run them"; not a title's subject, "It runs in 40 hospitals", which the ways read as it is).
_THE_WORK_IN_A_TITLE = re.compile(r"(?<=[a-z] )(?:it|them)\b(?!['’])")


def uptake_in_title(title: str) -> bool:
    """Others took the work up, said in the slide's title alone, where "it" is the talk's work ("The district
    adopted it", "The Water Development Board now runs our model")."""
    return uptake(_THE_WORK_IN_A_TITLE.sub("our work", title))


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
