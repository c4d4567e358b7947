"""A slide is dense with jargon.

What it flags:
    A slide of 8 content words or more on which 3 words or more, and more
    than 15% of the content words, are rare in everyday English (by wordfreq's frequency
    lists), not names, not acronyms, not defined on the slide ("X is
    ...", "X: ...", "X (...)"), and not named by the title of the slide or
    of an earlier one (the part or the method the talk is about: "Advected
    subdomain" names the method the slides under it explain), in that form or
    another ("musicologists" in a talk titled "Computational musicology"). The finding
    names the words. Talks that are mostly not English are skipped.

Why it matters:
    A job talk is judged by people outside your subfield. Every unexplained
    term is a place where part of the room stops following, and the
    committee remembers the talk as "too technical".

Flagged example:
    # Heteroscedastic aleatoric calibration

    - Epistemic posteriors via amortised variational marginalisation

Better example:
    # Our robot knows when it is unsure

    - It estimates how noisy each sensor reading is, and asks for help when the noise is high

Options:
    max-share (float, default 0.15): share of rare words allowed.
    min-words (int, default 8): slides with fewer content words are not checked.
    min-rare (int, default 3): fewer rare words on a slide are not flagged
    (two terms on a short slide are a share, not a wall of jargon).
    rarity (float, default 2.5): a word is rare below this Zipf frequency
    (2.5 is about once in three million words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from talklint.analysis.language import is_rare
from talklint.findings import Problem, Severity
from talklint.rule import Context, Rule
from talklint.wording import listing, share_over

_TITLE_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
STEM_LETTERS = 6
ENDING_LETTERS = 3


@dataclass(frozen=True)
class Options:
    max_share: float = 0.15
    min_words: int = 8
    min_rare: int = 3
    rarity: float = 2.5


def check(context: Context, options: Options) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return
    named: set[str] = set()  # words of the titles so far: the parts and methods the talk has named
    for slide in context.distinct_slides:
        named |= set(_TITLE_WORDS.findall(slide.title.lower()))
        facts = analysis.slide(slide)
        words = facts.content_words
        if len(words) < options.min_words:
            continue
        rare = [w for w in facts.rare_words if is_rare(w, options.rarity) and not _named(w.lower(), named)]
        share = len(rare) / len(words)
        if share <= options.max_share or len(rare) < options.min_rare:
            continue
        yield Problem(
            message=(
                f"{slide.subject} uses {len(rare)} rare technical words in {len(words)} "
                f"({share_over(share, options.max_share)}, limit {options.max_share:.0%}): {listing(rare)}"
            ),
            fix=(
                f"On {slide.named}, replace {listing(rare, 3)} with everyday words, "
                f"or define the one term the audience needs"
            ),
            slide=slide,
            weight=share,
        )


def _named(word: str, named: set[str]) -> bool:
    """The talk has named the word in a title, or a word of its stem: "musicologists" after "Computational
    musicology" is the talk's subject, which the audience was given, not jargon."""
    return word in named or any(_same_stem(word, other) for other in named)


def _same_stem(word: str, other: str) -> bool:
    """Two forms of one word: they differ only in an ending of up to 3 letters past a shared start of 6."""
    shared = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), min(len(word), len(other)))
    return shared >= max(STEM_LETTERS, min(len(word), len(other)) - ENDING_LETTERS)


RULE = Rule(
    code="TL204",
    name="jargon-density",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} of {total} slides are dense with rare technical words",
    check=check,
)
