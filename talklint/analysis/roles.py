"""Narrative roles: what part of the talk's story each slide tells.

Each slide gets scores for the roles in ``rules/vocab/narrative.yaml``:
its title decides first (the longest matching phrase wins), then the body
and the notes, then its position (the first slide is the title slide,
slides after a backup divider are backup). Phrases match on lemmas, so
"envisioned" matches "envision"; ``exclude`` phrases ("computer vision")
are removed before matching and remembered as near misses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from talklint.analysis.nlp import Token, tokenize
from talklint.resources import vocabulary

ROLES = (
    "title", "outline", "motivation", "background", "approach", "results", "impact", "lessons", "vision",
    "agenda", "collaboration", "conclusion", "acknowledgments", "closing", "backup",
)  # fmt: skip
TITLE_WEIGHT = 1.0
BODY_WEIGHT = 0.3
BODY_CAP = 0.45
SECONDARY_MIN = 0.3
NEEDS_STRONG_EVIDENCE = frozenset(
    {"outline", "lessons", "vision", "agenda", "collaboration", "conclusion", "acknowledgments", "closing"}
)
BODY_ONLY_MIN = 0.6  # two body phrases, when the title says nothing, to decide the primary role

Phrase = tuple[str, ...]
Tokens = tuple[Token, ...]


@dataclass(frozen=True)
class Vocabulary:
    # Each role's phrases, with how often each is listed: "results" and "result" are one lemma, listed twice.
    title: dict[str, Counter[Phrase]]
    body: dict[str, Counter[Phrase]]
    exclude: dict[str, tuple[Phrase, ...]]
    # First token of every phrase → the longest phrase starting with it.
    starts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SlideRoles:
    role: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    # Phrases that looked like a role but were excluded, e.g. "computer vision".
    near_misses: tuple[str, ...] = ()

    def has(self, role: str, minimum: float = SECONDARY_MIN) -> bool:
        """This role is the slide's primary role, or a secondary one with enough evidence."""
        return self.role == role or self.scores.get(role, 0.0) >= minimum

    @property
    def ranked(self) -> list[tuple[str, float]]:
        return sorted(((r, round(min(s / 1.5, 1.0), 2)) for r, s in self.scores.items() if s > 0), key=lambda x: -x[1])


def load_vocabulary(nlp: Any) -> Vocabulary:
    return _vocabulary(id(nlp), nlp)


@lru_cache(maxsize=4)
def _vocabulary(key: int, nlp: Any) -> Vocabulary:
    data = vocabulary("narrative")["roles"]

    def phrases(items: Iterable[object]) -> tuple[Phrase, ...]:
        return tuple(p for p in (_forms(tokens)[0] for tokens in tokenize(nlp, map(str, items))) if p)

    title = {role: Counter(phrases(spec.get("title", []))) for role, spec in data.items()}
    body = {role: Counter(phrases(spec.get("body", []))) for role, spec in data.items()}
    exclude = {role: phrases(spec.get("exclude", [])) for role, spec in data.items()}
    return Vocabulary(title, body, exclude, _starts(title, body))


def _starts(*tables: dict[str, Counter[Phrase]]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for table in tables:
        for phrases in table.values():
            for phrase in phrases:
                starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
    return starts


def _forms(tokens: Tokens) -> tuple[Phrase, Phrase]:
    """Lemmas and lower-case forms of the tokens, without spaces."""
    words = [t for t in tokens if not t.is_space]
    return tuple(t.lemma.lower() for t in words), tuple(t.lower for t in words)


def _grams(sequences: Iterable[Sequence[str | None]], starts: dict[str, int]) -> frozenset[Phrase]:
    """The runs of tokens that could be a vocabulary phrase, without blanked-out tokens.

    ``starts`` maps each token a phrase can begin with to the longest such
    phrase, so only those few runs are built.
    """
    found: set[Phrase] = set()
    for tokens in sequences:
        for start, token in enumerate(tokens):
            longest = starts.get(token) if token is not None else None
            if longest is None:
                continue
            for size in range(1, min(longest, len(tokens) - start) + 1):
                gram = tuple(tokens[start : start + size])
                if None in gram:
                    break
                found.add(cast(Phrase, gram))
    return frozenset(found)


def _mask(tokens: Phrase, phrases: tuple[Phrase, ...]) -> tuple[list[str | None], list[str]]:
    """Blank out excluded phrases; return the masked tokens and what was excluded."""
    masked: list[str | None] = list(tokens)
    excluded: list[str] = []
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == phrase:
                excluded.append(" ".join(phrase))
                masked[start : start + size] = [None] * size
    return masked, excluded


@dataclass(frozen=True)
class _Text:
    """A slide part as aligned token runs: (lemmas, surface forms) per document."""

    pairs: tuple[tuple[Phrase, Phrase], ...]

    @classmethod
    def of(cls, *docs: Tokens) -> _Text:
        return cls(tuple(_forms(doc) for doc in docs))

    def words(self) -> set[str]:
        return {word for pair in self.pairs for forms in pair for word in forms}

    def grams(self, excluded: tuple[Phrase, ...], misses: list[str], starts: dict[str, int]) -> frozenset[Phrase]:
        """N-grams of lemmas and surface forms, with excluded phrases blanked in both."""
        if not excluded:
            return _grams([forms for pair in self.pairs for forms in pair], starts)
        runs: list[Sequence[str | None]] = []
        for lemmas, surface in self.pairs:
            blank: set[int] = set()
            for tokens in (lemmas, surface):
                masked, found = _mask(tokens, excluded)
                blank |= {i for i, token in enumerate(masked) if token is None}
                misses.extend(found)
            runs += [[None if i in blank else t for i, t in enumerate(tokens)] for tokens in (lemmas, surface)]
        return _grams(runs, starts)


def _label_end(doc: Tokens) -> int:
    """Index of the colon or dash that ends a title's label ("Impact: ..."), or 0."""
    for index, token in enumerate(doc[:6]):
        if token.text in (":", "—", "–") and index > 0:
            return index
    return 0


def slide_roles(
    vocabulary: Vocabulary,
    title_doc: Tokens,
    body_doc: Tokens,
    notes_doc: Tokens,
    *,
    first: bool,
    backup: bool,
    numeric: bool = False,
) -> SlideRoles:
    if backup:
        return SlideRoles("backup", 1.0, {"backup": 1.5})
    scores: dict[str, float] = {}
    misses: list[str] = []
    starts = vocabulary.starts
    title, body = _Text.of(title_doc), _Text.of(body_doc, notes_doc)
    label = _Text.of(title_doc[: _label_end(title_doc)]) if _label_end(title_doc) else None
    plain = (
        title.grams((), [], starts),
        body.grams((), [], starts),
        label.grams((), [], starts) if label else frozenset(),
    )
    words = title.words() | body.words()
    for role, title_table in vocabulary.title.items():
        # Only an excluded phrase whose every word is on the slide can blank anything out.
        excluded = tuple(p for p in vocabulary.exclude.get(role, ()) if words.issuperset(p))
        grams = plain
        if excluded:
            label_grams = label.grams(excluded, [], starts) if label else frozenset()
            grams = (title.grams(excluded, misses, starts), body.grams(excluded, misses, starts), label_grams)
        title_grams, body_grams, label_grams = grams
        title_hits = title_grams & title_table.keys()
        title_phrases = [len(p) for p in title_hits for _ in range(title_table[p])]
        title_hit = max(title_phrases, default=0) + 0.5 * (len(title_phrases) - 1 if title_phrases else 0)
        # "Result: half the failures": the label before the colon names the part of the story.
        in_label = bool(label_grams & title_table.keys())
        body_table = vocabulary.body[role]
        body_hits = sum(body_table[p] for p in body_grams & body_table.keys())
        score = (TITLE_WEIGHT + 0.1 * title_hit + 0.6 * in_label if title_hit else 0.0) + min(
            BODY_CAP, BODY_WEIGHT * body_hits
        )
        if score:
            scores[role] = round(score, 2)
    if first:
        scores["title"] = max(scores.values(), default=0.0) + 0.5
    weak = {r: s for r, s in scores.items() if r not in NEEDS_STRONG_EVIDENCE}
    if not first and max(scores.values(), default=0.0) < BODY_ONLY_MIN and not weak:
        # No title evidence and little in the text: numbers make it evidence, else it is the work itself.
        # Parts of the story told once (vision, lessons, ...) need a title or two phrases to be a slide's role.
        fallback = "results" if numeric else "approach"
        scores[fallback] = max(scores.get(fallback, 0.0), BODY_ONLY_MIN)
    candidates = scores
    if not first and max(scores.values()) < BODY_ONLY_MIN:
        candidates = {r: s for r, s in scores.items() if r not in NEEDS_STRONG_EVIDENCE} or scores
    role = max(candidates, key=lambda r: (candidates[r], -ROLES.index(r)))
    return SlideRoles(role, round(min(scores[role] / 1.5, 1.0), 2), scores, tuple(dict.fromkeys(misses)))
