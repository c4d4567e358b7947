"""The narrative vocabulary (``vocabulary``) matched against a slide's words.

Phrases match on lemmas and on lower-case forms, so "envisioned" matches
"envision"; an excluded phrase is blanked out before matching and remembered
as a near miss, and a role's head words count only where they head the title
("Research goals", not "Campus grid goals"). The matches are evidence for the
role model (``role_features``), not verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from talklint.analysis.language import english_function_words
from talklint.analysis.nlp import Token
from talklint.analysis.verbs import DETERMINERS
from talklint.analysis.vocabulary import Phrase, Tokens, Vocabulary, forms


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


def _written_alone(phrases: set[Phrase]) -> Phrase:
    """The phrase a title is wholly made of (its lemmas and its forms may both be listed: the longest)."""
    return max(phrases, key=_longest_first)


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
    maturation", "Study 2: Design", "Case study: why customers quit". What the slide does is in the words after it.
    A title that only numbers a part ("Aim 1", "Aims 2 and 3") is all label: it says nothing of what the part does
    (past its end, the index given, no words are left)."""
    end = label_end(title)
    if not end:
        return len(title) if _only_numbers_a_part(title) else 0
    return end if _names_a_part(title[:end]) else 0


def _only_numbers_a_part(title: Tokens) -> bool:
    """A word, then numbers: "Aim 1", "Study II", "Aims 2 and 3" (not a numbered result, "Result 1")."""
    words = [token for token in title if not token.is_space]
    if len(words) < 2 or not words[0].is_alpha or _numbers_a_role(words[0]):
        return False
    numbers = words[1:]
    return all(t.text.isdigit() or t.text in _ROMAN or t.lower in _NUMBER_JOINS for t in numbers) and any(
        t.text.isdigit() or t.text in _ROMAN for t in numbers
    )


# What joins the numbers of parts named together: "Aims 2 and 3", "Studies 1 & 2", "Aims 1, 2".
_NUMBER_JOINS = frozenset({"and", "&", ",", "-", "–"})


def _names_a_part(label: Tokens) -> bool:
    """A label that numbers a part of the talk ("Aim 1", "Study 2") or names one ("Case study", "Project").

    A numbered result or lesson ("Result 1: employment does not fall", "Lesson 2: …") names what the slide
    is, as "Results:" does: the label stays.
    """
    label = _without_list_number(label)
    words = tuple(token.lower for token in label if not token.is_space)
    if any(_numbers_a_role(token) for token in label):
        return False
    return any(token.text.isdigit() or token.text in _ROMAN for token in label) or words in _PART_NAMES


def _without_list_number(label: Tokens) -> Tokens:
    """The label without the number an outline's item opens with ("3. Background", "3) Background"): that number
    counts the items, it names no part ("Aim 3" does)."""
    words = [token for token in label if not token.is_space]
    if len(words) > 2 and words[0].text.isdigit() and words[1].text in (".", ")"):
        return tuple(words[2:])
    return label


# Words that name the slide's part of the story even when numbered: the first result, the second lesson, a theorem,
# a qualitative study's theme.
_NUMBERED_ROLES = frozenset({"result", "finding", "lesson", "takeaway", "theorem", "theme"})


def _numbers_a_role(token: Token) -> bool:
    """A word like "Result" or "Finding", by its lemma or its own form (a lemmatiser reads "Finding" as "find")."""
    return token.lemma.lower() in _NUMBERED_ROLES or token.lower in _NUMBERED_ROLES


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
    slides), and the vision in the speaker's words ("My goal" over the sentence that says it). A longer line, or
    one that only contains such a word ("Motivation comes from users"), names none."""
    lemmas, surface = forms(line)
    whole = {_without_end_marks(lemmas), _without_end_marks(surface)} - {()}
    if not whole or max(map(len, whole)) > KICKER_WORDS:
        return frozenset()
    if whole & _EXPLAINING:
        return frozenset()
    kicked = _KICKED_ROLES | (_SPEAKERS_VISION if any(w[0] in _OWNERS for w in whole) else frozenset())
    named = kicked & vocabulary.title.keys()
    return frozenset(role for role in named if any(w in vocabulary.title[role] for w in whole))


# The speaker's own vision named as a label, in the first person ("My goal" over the sentence that says it; an
# "Objective:" over a loss is an optimisation's).
_OWNERS = frozenset({"my", "our"})
_SPEAKERS_VISION = frozenset({"vision"})


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
        if all(w in stop or w in qualifiers or _NUMBERING.fullmatch(w) for w in before) and (
            after is None or (after in stop and after not in DETERMINERS) or after.isdigit() or not after.isalnum()
        ):
            return True
    return False


# A number, or the number a slide or an item is given ("4. Vision", "2) Goals", "(iii) Aims"): no word of the title.
_NUMBERING = re.compile(r"\(?(?:\d+|[ivx]{1,4})?[.)]?")

# What separates the parts of a title, each with a head of its own ("Motivation, context, and goals").
_PART_MARKS = frozenset({":", "—", "–", ",", ";", "&", "/", "(", ")", "|", "+", "and", "or"})


def match(vocabulary: Vocabulary, title_doc: Tokens, *body_docs: Tokens, listed: bool = False) -> Matches:
    """The roles the vocabulary finds in a title and in body texts (the body, the notes); ``listed``: the slide's
    body is a list of two points or more."""
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
    # ... over a list: "Today" over one sentence ("I work toward robots people trust") is no outline
    alone = next((role for role, phrases in vocabulary.alone.items() if bare & phrases), None) if listed else None
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
        if alone:
            hits = [_written_alone(bare & vocabulary.alone[role])] if role == alone else []
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
