"""A slide title names a topic instead of stating the point.

What it flags:
    A content slide title with no verb ("Results", "Experimental setup"),
    in the assertion-evidence style that research on technical talks
    recommends. Verbs are found with a trained spaCy pipeline's tags when
    one is installed, and with the verb list in ``rules/vocab/verbs.yaml``
    otherwise. The title slide and structural slides (outline, questions,
    thanks, references, backup) are not checked, nor are talks that are
    mostly not English. Info by default.

Why it matters:
    "Results" tells the audience what kind of slide this is; "Our method
    halves the error" tells them what to take away, even if they look away.

Flagged example:
    # Results

Better example:
    # Our method halves the error on every benchmark

Options:
    None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from talklint.findings import Problem, Severity
from talklint.resources import vocabulary
from talklint.rule import Context, NoOptions, Rule, Scope

_STRUCTURAL = re.compile(
    r"^\W*(outline|agenda|overview|contents|table of contents|roadmap|road map|questions?|q\s*&\s*a|"
    r"thanks?|thank you|acknowledge?ments?|references|bibliography|backup|appendix|the end|discussion|"
    r"summary|conclusions?|takeaways?)\W*$",
    re.IGNORECASE,
)


_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "has",
        "have",
        "had",
        "does",
        "do",
        "did",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "can't",
        "won't",
        "doesn't",
        "don't",
        "isn't",
        "aren't",
    ]
)
_SUBJECTS = frozenset(["i", "we", "you", "they", "it", "he", "she", "this", "that", "which", "who"])
_MODIFIERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "my",
        "your",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "and",
        "or",
        "by",
        "from",
        "these",
        "those",
        "some",
        "new",
    ]
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful", "less", "able", "ible")


@dataclass(frozen=True)
class _Lexicon:
    base: frozenset[str]  # verbs as listed: "halve", "fail"
    inflected: frozenset[str]  # "halves", "halved", "failed", and the irregular forms


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = vocabulary("verbs")
    base = frozenset(str(v).lower() for v in data["verbs"])
    third = {
        (v[:-1] + "ies")
        if v.endswith("y") and v[-2:-1] not in "aeiou"
        else (v + "es")
        if v.endswith(("s", "sh", "ch", "x", "z", "o"))
        else v + "s"
        for v in base
    }
    past = {
        (v + "d") if v.endswith("e") else (v[:-1] + "ied") if v.endswith("y") and v[-2:-1] not in "aeiou" else v + "ed"
        for v in base
    }
    past |= {v + v[-1] + "ed" for v in base if len(v) > 2 and v[-1] not in "aeiouwxy"}
    irregular = {str(v).lower() for v in data["irregular"]}
    return _Lexicon(base, frozenset(third) | frozenset(past) | irregular)


def has_verb(title: str, tags: Sequence[str] = ()) -> bool:
    """Whether a title is a sentence: a trained pipeline's part-of-speech tags, else the verb lexicon.

    Without tags, many words are nouns and verbs alike ("results", "model"):
    a listed verb counts only where a verb can stand — after a subject, not
    as the first word, and not after an article or an adjective.
    """
    if tags:
        return any(tag in ("VERB", "AUX") for tag in tags)
    words = re.findall(r"[a-z']+", title.lower())
    verbs = lexicon()
    for position, word in enumerate(words):
        if word in _AUXILIARIES:
            return True
        if position == 0:
            continue
        before = words[position - 1]
        after_subject = (
            before in _SUBJECTS or (before.endswith("s") and not before.endswith("ss")) or before in _AUXILIARIES
        )
        modified = before in _MODIFIERS or before.endswith(_ADJECTIVE_ENDINGS)
        if word in verbs.inflected and not modified:
            return True
        if word in verbs.base and after_subject and before not in _MODIFIERS:
            return True
    return False


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return
    for slide in context.slides[1:]:
        title = slide.title.strip()
        if not title or _STRUCTURAL.match(title) or title.endswith("?"):
            continue
        if has_verb(title, analysis.slide(slide).title_tags):
            continue
        yield Problem(
            message=f"the title of {slide.label} '{title}' names a topic, not the point",
            fix=(
                f"Retitle {slide.label} with the sentence you want remembered, "
                f"e.g. '{title}: <what it shows>' → 'Our method <verb> <result>'"
            ),
            slide=slide,
        )


RULE = Rule(
    code="TL303",
    name="topic-title",
    category="structure",
    severity=Severity.INFO,
    scope=Scope.SLIDE,
    doc=__doc__ or "",
    options=NoOptions(),
    flood="{count} of {total} titles name a topic instead of stating the point",
    check=check,
)
