"""The narrative vocabulary (``rules/vocab/narrative.yaml``) matched against a slide's words.

Each role lists phrases that mark it in a title and in the body or notes,
phrases that state it wherever they stand ("adopted into the default
pipeline" states impact), phrases that mark it only as a title's label
("Next: …"), and phrases that look like it but are not ("computer vision"). Phrases match
on lemmas and on lower-case forms, so "envisioned" matches "envision" (a
phrase written "=perspectives" matches that form only); an excluded phrase
is blanked out before matching and remembered as a near miss. The matches
are evidence for the role model (``role_features``), not verdicts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from talklint.analysis import nlp as nlp_module
from talklint.analysis.language import english_function_words
from talklint.analysis.nlp import Token, tokenize
from talklint.analysis.verbs import DETERMINERS
from talklint.resources import user_cache_folder, vocabulary, write_atomically

LOG = logging.getLogger(__name__)

Phrase = tuple[str, ...]
EXACT = "="  # a phrase that starts with it matches only the form written: "=perspectives"
Tokens = tuple[Token, ...]


@dataclass(frozen=True)
class Vocabulary:
    # Each role's phrases, with how often each is listed: "results" and "result" are one lemma, listed twice.
    title: dict[str, Counter[Phrase]]
    body: dict[str, Counter[Phrase]]
    exclude: dict[str, tuple[Phrase, ...]]
    # Phrases that state the role's part of the story wherever they stand (title, body or notes).
    said: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    # Phrases blanked out like ``exclude`` but not worth naming as near misses ("I will show").
    ignore: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    # Phrases that name the role only as a title's label, before its colon ("Next: a comparative study"), or
    # as the whole title ("Synthesis"): anywhere else in a title they name something else ("Next-generation
    # sequencing", "Synthesis of NiMo alloys").
    label: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    # Title words that name the role only where they head the title or a part of it ("Research goals", not
    # "Campus grid goals"), and the words that may stand before them (``_heads_title``).
    heads: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    qualifiers: frozenset[str] = frozenset()
    # Role → excluded phrase → the longer title phrases that open with it and still count ("impact of" is
    # excluded, "impact of our" listed).
    kept: dict[str, dict[Phrase, tuple[Phrase, ...]]] = field(default_factory=dict)
    # Roles whose title phrases name a system's part when "of" or "in" and one of ``systems`` follow them.
    about_systems: frozenset[str] = frozenset()
    systems: frozenset[str] = frozenset()
    # Role → patterns of a title in which the role's title phrases name something else ("Impact of noise on
    # accuracy": a result).
    patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # First token of every phrase → the longest phrase starting with it.
    starts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Matches:
    """What the vocabulary finds on one slide, role by role."""

    # The title phrases of each role found in the title (longest first).
    title: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Roles named by the label before a title's colon ("Impact: three hospitals use it").
    label: frozenset[str] = frozenset()
    # How many body phrases of each role the body and notes hold, and the first of them.
    body: dict[str, int] = field(default_factory=dict)
    body_phrase: dict[str, str] = field(default_factory=dict)
    # Role → the first phrase found that states its part wherever it stands ("adopted into").
    said: dict[str, str] = field(default_factory=dict)
    # Role → phrases that looked like it but are excluded, e.g. vision: "computer vision".
    near_misses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Roles named by a label-only phrase ("Next: a comparative study"): the role model counts them at the end
    # of the talk, where "Next:" announces plans, not the next step of a method.
    label_only: frozenset[str] = frozenset()
    # The slide's first line when it is a label that names the slide's part ("Motivation" over a claim), and
    # the title names none; its roles are in ``label`` (see ``kicker_roles``).
    kicker: str = ""


def load_vocabulary(nlp: Any) -> Vocabulary:
    return _vocabulary(id(nlp), nlp)


@lru_cache(maxsize=4)
def _vocabulary(key: int, nlp: Any) -> Vocabulary:
    narrative = vocabulary("narrative")
    data = narrative["roles"]
    written = sorted(
        {
            str(item).removeprefix(EXACT)
            for spec in data.values()
            for key, items in spec.items()
            if key != "exclude-patterns"
            for item in items or ()
        }
    )
    read = _read_phrases(nlp, written)

    def phrases(items: Iterable[object]) -> tuple[Phrase, ...]:
        # "=perspectives" matches that form only (its lower-case words); any other phrase, its lemmas.
        found = (read[text.removeprefix(EXACT)][text.startswith(EXACT)] for text in map(str, items))
        return tuple(phrase for phrase in found if phrase)

    title = {role: Counter(phrases(spec.get("title", []))) for role, spec in data.items()}
    body = {role: Counter(phrases(spec.get("body", []))) for role, spec in data.items()}
    exclude = {role: phrases(spec.get("exclude", [])) for role, spec in data.items()}
    ignore = {role: phrases(spec.get("ignore", [])) for role, spec in data.items()}
    said = {role: frozenset(phrases(spec["said"])) for role, spec in data.items() if spec.get("said")}
    label = {role: frozenset(phrases(spec["label"])) for role, spec in data.items() if spec.get("label")}
    heads = {role: frozenset(phrases(spec["heads"])) for role, spec in data.items() if spec.get("heads")}
    qualifiers = frozenset(str(word).lower() for word in narrative.get("head-qualifiers", ()))
    kept = {role: _longer_listed(exclude[role], title[role]) for role in data}
    return Vocabulary(
        title=title,
        body=body,
        exclude=exclude,
        said=said,
        ignore=ignore,
        label=label,
        heads=heads,
        qualifiers=qualifiers,
        kept={role: longer for role, longer in kept.items() if longer},
        about_systems=frozenset(map(str, narrative.get("about-systems", ()))),
        systems=frozenset(str(word).lower() for word in narrative.get("system-nouns", ())),
        patterns={
            role: tuple(re.compile(str(pattern), re.IGNORECASE) for pattern in spec["exclude-patterns"])
            for role, spec in data.items()
            if spec.get("exclude-patterns")
        },
        starts=_starts(title, body, said, label),
    )


def _longer_listed(excluded: Iterable[Phrase], listed: Iterable[Phrase]) -> dict[Phrase, tuple[Phrase, ...]]:
    """Each excluded phrase's longer listed phrases that open with it."""
    found = {
        phrase: tuple(longer for longer in listed if len(longer) > len(phrase) and longer[: len(phrase)] == phrase)
        for phrase in excluded
    }
    return {phrase: longer for phrase, longer in found.items() if longer}


def _read_phrases(nlp: Any, written: list[str]) -> dict[str, tuple[Phrase, Phrase]]:
    """Each phrase's lemmas and lower-case forms, as the pipeline reads them.

    Tokenizing the vocabulary's 850 phrases is a twentieth of a cold run, and
    its answer only changes with the pipeline or with how talklint reads
    words: the user cache folder keeps it for the next run. Phrases missing
    from it (the vocabulary grew) are tokenized in one pass, without
    sentence boundaries, and the file is written again.
    """
    path = _phrases_file(nlp)
    read = _load_phrases(path) if path else {}
    missing = [text for text in written if text not in read]
    if missing:
        read.update(zip(missing, map(forms, tokenize(nlp, missing, sentences=False)), strict=True))
        if path:
            _save_phrases(path, {text: read[text] for text in written})
    return read


PHRASES_FORMAT = 1  # bump when what the file stores changes


def _phrases_file(nlp: Any) -> Path | None:
    """Where the phrases read by this pipeline and this version of talklint's reading are kept."""
    folder = user_cache_folder()
    if folder is None:
        return None
    import spacy

    meta = getattr(nlp, "meta", {}) or {}
    version = getattr(spacy, "__version__", "")
    digest = hashlib.sha256(f"{PHRASES_FORMAT} {version} {meta.get('name')} {meta.get('version')}".encode())
    for source in (nlp_module.__file__, __file__):  # the tokenizer's settings and the lemma rules; forms()
        digest.update(Path(str(source)).read_bytes())
    return folder / "vocabulary" / f"phrases-{digest.hexdigest()[:16]}.json"


def _load_phrases(path: Path) -> dict[str, tuple[Phrase, Phrase]]:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return {text: (tuple(lemmas), tuple(lowers)) for text, (lemmas, lowers) in stored.items()}
    except (OSError, ValueError, TypeError):
        return {}  # none yet, or torn: read them again


def _save_phrases(path: Path, read: dict[str, tuple[Phrase, Phrase]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(
            path, json.dumps({text: [list(lemmas), list(lowers)] for text, (lemmas, lowers) in read.items()})
        )
    except OSError as error:
        LOG.debug("phrases not kept at %s (%s)", path, error)


def _starts(*tables: Mapping[str, Collection[Phrase]]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for table in tables:
        for phrases in table.values():
            for phrase in phrases:
                starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
    return starts


def forms(tokens: Tokens) -> tuple[Phrase, Phrase]:
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
        hyphenated = "-" in tokens
        for start, token in enumerate(tokens):
            longest = starts.get(token) if token is not None else None
            if longest is None:
                continue
            for size in range(1, min(longest, len(tokens) - start) + 1):
                if size == 1 and hyphenated and in_compound(tokens, start):
                    continue
                gram = tuple(tokens[start : start + size])
                if None in gram:
                    break
                found.add(cast(Phrase, gram))
    return frozenset(found)


def in_compound(words: Sequence[str | None], index: int) -> bool:
    """The word is part of a hyphenated compound ("light-matter", "cost-effective"): it names the compound,
    not itself. ``words`` are lemmas or lower-case forms; a hyphen with a space beside it is a dash (its
    lemma '–': "Corpus - Conclusion", "- Challenges"), and joins nothing."""
    if index >= 2 and words[index - 1] == "-" and (words[index - 2] or "").isalpha():
        return True
    return index + 2 < len(words) and words[index + 1] == "-" and (words[index + 2] or "").isalpha()


def _mask(
    tokens: Phrase, phrases: tuple[Phrase, ...], kept: Mapping[Phrase, tuple[Phrase, ...]]
) -> tuple[list[str | None], list[str]]:
    """Blank out excluded phrases, except where a longer listed phrase that opens with one stands ("impact of
    our work" is listed, "impact of" excluded); return the masked tokens and what was excluded."""
    masked: list[str | None] = list(tokens)
    excluded: list[str] = []
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == phrase and not any(
                tuple(tokens[start : start + len(longer)]) == longer for longer in kept.get(phrase, ())
            ):
                excluded.append(_written(phrase))
                masked[start : start + size] = [None] * size
    return masked, excluded


def _written(phrase: Phrase) -> str:
    """A phrase as a finding quotes it: "vision-language", "goal: maximize", "today's goal", not the tokens
    "vision - language", "goal : maximize", "today 's goal"."""
    return " ".join(phrase).replace(" - ", "-").replace(" :", ":").replace(" 's", "'s").replace(" ’s", "’s")


@dataclass(frozen=True)
class _Text:
    """A slide part as aligned token runs: (lemmas, surface forms) per document."""

    pairs: tuple[tuple[Phrase, Phrase], ...]

    @classmethod
    def of(cls, *docs: Tokens) -> _Text:
        return cls(tuple(forms(doc) for doc in docs))

    def words(self) -> set[str]:
        return {word for pair in self.pairs for forms_ in pair for word in forms_}

    def grams(
        self,
        excluded: tuple[Phrase, ...],
        misses: list[str],
        starts: dict[str, int],
        first: int | None = None,
        kept: Mapping[Phrase, tuple[Phrase, ...]] | None = None,
    ) -> frozenset[Phrase]:
        """N-grams of lemmas and surface forms, with excluded phrases blanked in both; with ``first``, only
        those of the first words (a title's label), blanked as the whole title is ("Objective: minimize …")."""
        if not excluded:
            return _grams([forms_[:first] for pair in self.pairs for forms_ in pair], starts)
        runs: list[Sequence[str | None]] = []
        for lemmas, surface in self.pairs:
            blank: set[int] = set()
            for tokens in (lemmas, surface):
                masked, found = _mask(tokens, excluded, kept or {})
                blank |= {i for i, token in enumerate(masked) if token is None}
                misses.extend(found)
            runs += [[None if i in blank else t for i, t in enumerate(tokens)][:first] for tokens in (lemmas, surface)]
        return _grams(runs, starts)


def _without_end_marks(words: Phrase) -> Phrase:
    """A title's words without the marks that end it ("So what?" is "so what")."""
    end = len(words)
    while end and not any(ch.isalnum() for ch in words[end - 1]):
        end -= 1
    return words[:end]


def _longest_first(phrase: Phrase) -> tuple[int, Phrase]:
    return -len(phrase), phrase


def label_end(doc: Tokens) -> int:
    """Index of the colon or dash that ends a title's label ("Impact: ..."), or 0."""
    for index, token in enumerate(doc[:6]):
        if token.text in (":", "—", "–") and index > 0:
            return index
    return 0


def part_label(title: Tokens) -> int:
    """Where a label that numbers or names a part of the talk ends, or 0: "Aim 1: Three species drive
    maturation", "Study 2: Design", "Case study: why customers quit". What the slide does is in the words after it."""
    end = label_end(title)
    return end if end and _names_a_part(title[:end]) else 0


def _names_a_part(label: Tokens) -> bool:
    """A label that numbers a part of the talk ("Aim 1", "Study 2") or names one ("Case study", "Project").

    A numbered result or lesson ("Result 1: employment does not fall", "Lesson 2: …") names what the slide
    is, as "Results:" does: the label stays.
    """
    words = tuple(token.lower for token in label if not token.is_space)
    if any(token.lemma.lower() in _NUMBERED_ROLES for token in label):
        return False
    return any(token.text.isdigit() or token.text in _ROMAN for token in label) or words in _PART_NAMES


# Words that name the slide's part of the story even when numbered: the first result, the second lesson.
_NUMBERED_ROLES = frozenset({"result", "finding", "lesson", "takeaway"})


# A portfolio's or a thesis's parts, named by a label before the colon: "Case study: why customers abandoned …".
_PART_NAMES = frozenset({("case", "study"), ("project",), ("part",), ("chapter",), ("example",)})


_ROMAN = frozenset({"II", "III", "IV", "VI"})  # not "I": "What I learned – …"


# A label over a slide's text is a word or a short phrase ("Motivation", "Key results:", "What I've learned").
KICKER_WORDS = 4
# The parts a deck's label names: not the vision ("Objective:" over a loss is an optimisation's objective, and a
# vision takes a sentence), nor the title slide's.
_KICKED_ROLES = frozenset(
    {"outline", "motivation", "background", "approach", "results", "impact", "lessons", "agenda", "collaboration",
     "conclusion", "acknowledgments", "closing"}
)  # fmt: skip


def kicker_roles(vocabulary: Vocabulary, line: Tokens) -> frozenset[str]:
    """The roles a slide's first line names when it is a label and nothing else: "Motivation", "Methods",
    "Key results:" above a slide's claim (a deck template's kicker, or a section name repeated on each of its
    slides). A longer line, or one that only contains such a word ("Motivation comes from users"), names none."""
    lemmas, surface = forms(line)
    whole = {_without_end_marks(lemmas), _without_end_marks(surface)} - {()}
    if not whole or max(map(len, whole)) > KICKER_WORDS:
        return frozenset()
    if whole & _EXPLAINING:
        return frozenset()
    return frozenset(
        role for role in _KICKED_ROLES & vocabulary.title.keys() if any(w in vocabulary.title[role] for w in whole)
    )


# Headings of an explanation, which any part of a talk gives ("Intuition" over a result: why it converges).
_EXPLAINING = frozenset({("intuition",), ("insight",), ("key", "insight")})


def _heading_only(
    grams: frozenset[Phrase], heads: frozenset[Phrase], title: _Text, qualifiers: frozenset[str]
) -> frozenset[Phrase]:
    """The title's grams without the role's heads that stand in the title as another noun's modifier or
    head: "Goals" and "Research goals: …" keep "goals", "Campus grid goals" and "The aim point" do not."""
    found = grams & heads
    if not found:
        return grams
    kept = {head for head in found if any(_heads_title(pair, head, qualifiers) for pair in title.pairs)}
    return grams - (found - kept)


def _of_a_system(title: _Text, systems: frozenset[str]) -> list[tuple[int, str]]:
    """Where a title names a part of a system: the index of each "of" or "in" that a determiner and a system
    noun follow, one more word between them at most ("of the pipeline", "in the sensor market"; not "Vision in
    code"), with the words it says."""
    found: list[tuple[int, str]] = []
    for lemmas, surface in title.pairs:
        for index, word in enumerate(surface):
            if word not in ("of", "in") or index + 1 >= len(surface) or surface[index + 1] not in DETERMINERS:
                continue
            rest = list(lemmas[index + 2 : index + 4])
            for size in range(1, len(rest) + 1):
                if rest[size - 1] in systems and all(w.isalpha() for w in rest[:size]):
                    found.append((index, " ".join(surface[index : index + size + 2])))
                    break
    return found


def _naming_parts(hits: frozenset[Phrase], title: _Text, parts: list[tuple[int, str]]) -> dict[Phrase, str]:
    """The hits that stand right before one of ``parts``, each with the words it says there: "next step of the
    algorithm" in "Next steps of the algorithm"."""
    places = dict(parts)
    named: dict[Phrase, str] = {}
    for hit in sorted(hits, key=_longest_first):
        for lemmas, surface in title.pairs:
            for tokens in (lemmas, surface):
                for start in range(len(tokens) - len(hit) + 1):
                    after = start + len(hit)
                    if tuple(tokens[start:after]) == hit and after in places:
                        named.setdefault(hit, f"{_written(surface[start:after])} {places[after]}")
    return named


def _heads_title(pair: tuple[Phrase, Phrase], head: Phrase, qualifiers: frozenset[str]) -> bool:
    """Whether ``head`` (lemmas or lower-case forms) heads the title or a part of it somewhere: nothing
    before it in its part but function words, numbers and ``qualifiers`` ("Long-term research goals", "Context:
    goals and objectives"), and after it the end, a mark or a function word ("Vision in code", "Aim 1"), not
    a noun it modifies ("Goal image", "Aim point") nor a determiner that opens a clause about it ("Questions
    the benchmark cannot answer")."""
    lemmas, surface = pair
    stop = english_function_words()
    size = len(head)
    for index in range(len(surface) - size + 1):
        if head not in (lemmas[index : index + size], surface[index : index + size]):
            continue
        start = index
        while start > 0 and surface[start - 1] not in _PART_MARKS:
            start -= 1
        before = surface[start:index]
        after = surface[index + size] if index + size < len(surface) else None
        if all(w in stop or w in qualifiers or w.isdigit() for w in before) and (
            after is None or (after in stop and after not in DETERMINERS) or after.isdigit() or not after.isalnum()
        ):
            return True
    return False


# What separates the parts of a title, each with a head of its own ("Motivation, context, and goals").
_PART_MARKS = frozenset({":", "—", "–", ",", ";", "&", "/", "(", ")", "|", "+", "and", "or"})


def match(vocabulary: Vocabulary, title_doc: Tokens, *body_docs: Tokens) -> Matches:
    """The roles the vocabulary finds in a title and in body texts (the body, the notes)."""
    near_misses: dict[str, tuple[str, ...]] = {}
    starts = vocabulary.starts
    end = label_end(title_doc)
    if part := part_label(title_doc):
        title_doc, end = title_doc[part + 1 :], 0
    title, body = _Text.of(title_doc), _Text.of(*body_docs)
    # The label's words, counted without spaces as the title's forms are: its grams are the title's first ones.
    label = sum(1 for token in title_doc[:end] if not token.is_space) if end else None
    plain = (
        title.grams((), [], starts),
        body.grams((), [], starts),
        title.grams((), [], starts, label) if label else None,
    )
    words = title.words() | body.words()
    # A title that is a label phrase and nothing else ("Next", "Synthesis") is its own label.
    bare = {_without_end_marks(forms_) for pair in title.pairs for forms_ in pair} if not end else set()
    in_title: dict[str, tuple[str, ...]] = {}
    in_label: set[str] = set()
    label_only: set[str] = set()
    in_body: dict[str, int] = {}
    body_phrase: dict[str, str] = {}
    said: dict[str, str] = {}
    system_parts = _of_a_system(title, vocabulary.systems) if vocabulary.about_systems else []
    for role, title_table in vocabulary.title.items():
        # Only an excluded phrase whose every word is on the slide can blank anything out.
        excluded = tuple(p for p in vocabulary.exclude.get(role, ()) if words.issuperset(p))
        ignored = tuple(p for p in vocabulary.ignore.get(role, ()) if words.issuperset(p))
        title_grams, body_grams, label_grams = plain
        if excluded or ignored:
            misses: list[str] = []
            kept = vocabulary.kept.get(role, {})
            title_grams = title.grams(excluded + ignored, misses, starts, kept=kept)
            body_grams = body.grams(excluded + ignored, misses, starts)
            label_grams = title.grams(excluded + ignored, [], starts, label, kept) if label else None
            silent = {_written(p) for p in ignored}
            if named := tuple(m for m in dict.fromkeys(misses) if m not in silent):
                near_misses[role] = named
        if heads := vocabulary.heads.get(role):
            title_grams = _heading_only(title_grams, heads, title, vocabulary.qualifiers)
            if label_grams:
                label_grams = _heading_only(label_grams, heads, title, vocabulary.qualifiers)
        if (patterns := vocabulary.patterns.get(role)) and title_grams & title_table.keys():
            title_text = " ".join(token.text for token in title_doc)
            if other := next((m for m in (p.search(title_text) for p in patterns) if m), None):
                title_grams -= title_table.keys()
                label_grams = label_grams - title_table.keys() if label_grams else label_grams
                near_misses[role] = (*near_misses.get(role, ()), other.group(0).lower())
        parts = system_parts if role in vocabulary.about_systems else []
        if parts and (of_parts := _naming_parts(title_grams & title_table.keys(), title, parts)):
            title_grams -= of_parts.keys()
            near_misses[role] = (*near_misses.get(role, ()), next(iter(of_parts.values())))
        # Longest first, then in alphabetical order: a set's order changes from run to run.
        hits = sorted(title_grams & title_table.keys(), key=_longest_first)
        if hits:
            in_title[role] = tuple(" ".join(h) for h in hits)
        if label_grams and label_grams & title_table.keys():
            in_label.add(role)
        elif (label_grams or bare) & vocabulary.label.get(role, set()):
            label_only.add(role)
        body_table = vocabulary.body[role]
        found = sorted(body_grams & body_table.keys(), key=_longest_first)
        if found:
            in_body[role] = sum(body_table[p] for p in found)
            body_phrase[role] = " ".join(found[0])
        said_table = vocabulary.said.get(role)
        if said_table and (
            stating := sorted((title_grams & said_table) | (body_grams & said_table), key=_longest_first)
        ):
            said[role] = _written(stating[0])
    return Matches(in_title, frozenset(in_label), in_body, body_phrase, said, near_misses, frozenset(label_only))
