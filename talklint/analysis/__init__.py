"""Language analysis and per-slide metrics, computed once per talk and shared by all rules.

Rules read ``context.analysis``; the first read runs spaCy over every text
block of the talk in one ``nlp.pipe`` pass. Nothing here is imported by the
light commands (``--version``, ``rules``, ``explain``, ``init``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from talklint import budget
from talklint.addresses import without_urls
from talklint.analysis import lexicon, uptake
from talklint.analysis.acronyms import AcronymUse, find_acronyms
from talklint.analysis.language import (
    foreign_passage,
    grade,
    is_rare,
    language_words,
    prose,
    sentence_lengths,
    talk_english_share,
    zipf,
)
from talklint.analysis.matching import KICKER_WORDS, Matches, kicker_roles, match
from talklint.analysis.nlp import BLANK, Token, model_name, pipeline, reads_whole, tokenize, tokenize_with_offsets
from talklint.analysis.role_features import Features, SlideText, talk_features
from talklint.analysis.role_model import RoleModel, load_model
from talklint.analysis.roles import SlideRoles, declared_roles, talk_roles
from talklint.analysis.story import STORY_MIN_SLIDES, TECHNICAL_PROBABILITY, Story, build_story
from talklint.analysis.vocabulary import Tokens, Vocabulary, load_vocabulary
from talklint.metrics import (
    ACRONYMS,
    DETAIL,
    METRICS,
    RARE_WORD_SHARE,
    READABILITY_GRADE,
    formulas_by_line,
    is_code_like,
    is_reference,
)
from talklint.model import Bullet, Paragraph, Slide, Talk, is_quotation, quotes_someone, without_formulas

READABLE_WORDS = 30  # readability formulas mean nothing on shorter text
# Nor on a list of short items ("Artifact parameters", "Citation network"): a grade from their long words
# alone says they are technical terms (jargon-density's matter), not that sentences are hard to follow.
PROSE_SENTENCE_WORDS = 10  # words a sentence holds on average, for text to be read as prose
ENGLISH_SHARE = 0.5  # below this, most function words of the talk are another language's
_LIST_ITEM = re.compile(r"\s*(?:[-*•+]|\d{1,2}[.)])\s+")  # a line of a list in the notes: "- …", "2. …"
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")  # Greek letters, in a word: notation set as text


@dataclass(frozen=True)
class Word:
    text: str
    lemma: str
    is_name: bool


@dataclass(frozen=True)
class SlideAnalysis:
    number: int
    content_words: tuple[Word, ...]  # words that carry meaning: no stop words, numbers or punctuation
    rare_words: tuple[str, ...]  # rare in everyday English, not names, not acronyms, not defined here
    acronym_uses: tuple[AcronymUse, ...]  # in the slide's prose, in order
    grade: float | None  # Flesch-Kincaid grade of the slide's prose, when it has 30 words or more
    notes_grade: float | None
    metrics: dict[str, float]
    # Part-of-speech tags of the title's tokens; empty without a trained pipeline.
    title_tags: tuple[str, ...] = ()
    # How likely a reader finds the slide technical: "dominated by equations, code, dense method or
    # result detail that only specialists follow" (the role model's technical head).
    technical_probability: float = 0.0

    @property
    def detail(self) -> float:
        return self.metrics[DETAIL]

    @property
    def technical(self) -> bool:
        return self.technical_probability >= TECHNICAL_PROBABILITY


@dataclass(frozen=True)
class TalkAnalysis:
    model: str
    english_share: float
    slides: dict[int, SlideAnalysis]
    roles: dict[int, SlideRoles] = field(default_factory=dict)
    # The story of an English talk, shared by every story rule, the outline and the report; None otherwise, and
    # for a talk that is mostly pictures of text (``Talk.unread``).
    story: Story | None = None

    @property
    def judged_story(self) -> Story | None:
        """The story the story rules judge: an English talk's, with enough slides to tell one."""
        story = self.story
        return story if story is not None and len(story.slides) >= STORY_MIN_SLIDES else None

    def role(self, slide: Slide) -> SlideRoles:
        return self.roles[slide.number]

    @property
    def is_english(self) -> bool:
        return self.english_share >= ENGLISH_SHARE

    def slide(self, slide: Slide) -> SlideAnalysis:
        return self.slides[slide.number]


def load_shared(requested_model: str | None = None) -> None:
    """Load what the analysis of any talk reads: the language pipeline, the narrative vocabulary, the
    role model, the word index, the hyphenation dictionary and the ways of saying uptake. Done before
    worker processes are forked, they share it instead of each loading it at its first talk."""
    nlp = pipeline(model_name(requested_model))
    load_vocabulary(nlp)
    load_model()
    lexicon.load()
    uptake.compile_all()


# The last talk's analysis is kept: `talklint report` lints a talk and then draws it,
# and both need the same analysis of the same talk.
@lru_cache(maxsize=1)
def analyse(talk: Talk, requested_model: str | None = None) -> TalkAnalysis:
    name = model_name(requested_model)
    reading = read_slides(talk, name)
    english = talk_english_share(
        [w for text in reading.prose for w in language_words(text)],
        [w for text in reading.notes for w in language_words(text)],
    )
    model = load_model()
    roles = talk_roles(model, reading.slides, reading.texts, reading.features, declared_roles(talk.directives))
    analysed: dict[int, SlideAnalysis] = {}
    for slide, features in zip(reading.slides, reading.features, strict=True):
        facts = reading.analysed[slide.number]
        probability = round(_technical_probability(model, features, facts.metrics, formulas_by_line(slide)), 3)
        analysed[slide.number] = dataclasses.replace(facts, technical_probability=probability)
    story = None
    if english >= ENGLISH_SHARE and not talk.unread:
        technical = {number: facts.technical_probability for number, facts in analysed.items()}
        story = build_story(reading.slides, roles, technical)
    return TalkAnalysis(name, english, analysed, roles, story)


def _technical_probability(
    model: RoleModel, features: Features, metrics: dict[str, float], formulas: Sequence[int]
) -> float:
    """How likely a reader finds the slide technical: the model's head, and at least even odds for a slide
    of equations, one whose text holds formulas to follow (``formulas``, by line: three or more, or two that
    fill half its lines, as "ṁ = ρ_w c_w γ_T (T_w − T_f) / (ρ_i L)" and "T_f = λ1 S + λ2" over one line of
    words), one that is mostly code, or a table of numbers.

    The head learnt that readers seldom find an opening slide technical, and it is right about most
    openings; an opening of code or equations is the exception technical-opening exists to catch.
    """
    probability = model.mention("technical", features)
    code = metrics["code-lines"]
    dominating_code = code >= CODE_LINES_THAT_DOMINATE and metrics["words"] <= 3 * code
    table_of_numbers = min(metrics["numbers"], metrics["table-cells"]) >= NUMBERS_THAT_DOMINATE
    total, lines_of_formulas = sum(formulas), sum(1 for count in formulas if count)
    notation = total >= FORMULAS_THAT_DOMINATE or (total >= 2 and 2 * lines_of_formulas >= len(formulas))
    if metrics["display-math"] >= 2 or dominating_code or table_of_numbers or notation:
        return max(probability, TECHNICAL_PROBABILITY)
    return probability


CODE_LINES_THAT_DOMINATE = 3
FORMULAS_THAT_DOMINATE = 3  # three formulas in the text ("Let $x \\in \\mathbb{R}^n$ …"): notation to follow
NUMBERS_THAT_DOMINATE = 20  # a table of twenty numbers or more is result detail, wherever it stands


@dataclass(frozen=True)
class Reading:
    """What one spaCy pass reads of a talk's shown slides: metrics, words, and the evidence of their roles."""

    slides: tuple[Slide, ...]
    analysed: dict[int, SlideAnalysis]
    texts: tuple[SlideText, ...]
    features: tuple[Features, ...]
    prose: tuple[tuple[Token, ...], ...]
    notes: tuple[tuple[Token, ...], ...]


def read_slides(talk: Talk, model: str) -> Reading:
    """Tokenize every text of the talk once (per slide its prose and notes, each section name); a
    slide's title and body are spans of its prose where they read the same, else tokenized alone.
    Only the prose is split into sentences: the readability grade and names inside a sentence need them."""
    nlp = pipeline(model)
    slides = tuple(s for s in talk.slides if not s.hidden)
    sections = sorted({s.section for s in slides if s.section})
    parts = [_prose_parts(s) for s in slides]
    texts = [_joined(part) for part in parts]
    prose_docs = tokenize_with_offsets(nlp, texts)
    # Notes and section names are read for their words, not their sentences: the tokenizer alone.
    words = tokenize(nlp, [*(s.notes for s in slides), *sections], sentences=False)
    budget.check()
    docs = [tokens for tokens, _ in prose_docs]
    notes = words[: len(slides)]
    # A trained tagger tags a title differently inside the prose: there, titles are tokenized alone.
    titles, bodies = _titles_and_bodies(nlp, slides, parts, texts, prose_docs, as_spans=model == BLANK)
    stop_words = nlp.Defaults.stop_words
    tagged = model != BLANK
    # A capitalised word that never appears in lower case anywhere in the talk is a name.
    lower_case = frozenset(t.text for doc in docs for t in doc if t.is_lower)
    analysed = {
        s.number: _analyse_slide(s, doc, prose_text, title, stop_words, tagged, lower_case)
        for s, doc, prose_text, title in zip(slides, docs, texts, titles, strict=True)
    }
    vocabulary = load_vocabulary(nlp)
    said = _in_own_words(nlp, slides, bodies)
    # A title that quotes someone ('"Dear mother, we are all well, thank God"') names no part of the talk.
    matches = [
        match(vocabulary, title[:0] if quotes_someone(slide.title) else title, own, note, listed=_lists(slide))
        for slide, title, own, note in zip(slides, titles, said, notes, strict=True)
    ]
    if not talk.is_outline:  # an outline's first line under a heading is what to say, not a label over a slide
        matches = _with_kickers(nlp, vocabulary, slides, matches)
    slide_texts = tuple(
        SlideText(title, body, note, found, analysed[s.number].metrics)
        for s, title, body, note, found in zip(slides, titles, bodies, notes, matches, strict=True)
    )
    section_matches = {name: match(vocabulary, doc) for name, doc in zip(sections, words[len(slides) :], strict=True)}
    budget.check()
    features = tuple(talk_features(slides, slide_texts, section_matches))
    return Reading(slides, analysed, slide_texts, features, tuple(docs), tuple(notes))


def _with_kickers(nlp: Any, vocabulary: Vocabulary, slides: Sequence[Slide], matches: list[Matches]) -> list[Matches]:
    """The matches, with the part a slide's first line names when the title names none: "Motivation" over
    "VST models use too much memory", "Experiments" over each result slide of its section. Only the few short
    first lines are tokenized."""
    candidates = [
        (index, line)
        for index, (slide, found) in enumerate(zip(slides, matches, strict=True))
        if not found.title and not found.label and (line := _first_line(slide))
    ]
    lines = tokenize(nlp, [line for _, line in candidates], sentences=False)
    kept = list(matches)
    for (index, line), tokens in zip(candidates, lines, strict=True):
        roles = kicker_roles(vocabulary, tokens)
        if _asks_under_its_label(slides[index]):
            # "Question" over "Does index insurance unlock credit?" is the work's question, not the audience's
            roles -= {"closing"}
        if roles:
            kept[index] = dataclasses.replace(kept[index], label=roles, kicker=line)
    return kept


def _asks_under_its_label(slide: Slide) -> bool:
    """The line after the slide's first one asks a question."""
    text = slide.text_blocks
    return len(text) > 1 and text[1].text.rstrip().endswith("?")


def _first_line(slide: Slide) -> str:
    """The slide's first paragraph or bullet when it is short enough to be a label and something (text, a
    picture, a table) follows it."""
    text = slide.text_blocks
    first = text[0].text.strip() if text and len(slide.blocks) > 1 else ""
    return first if first and len(first.split()) <= KICKER_WORDS else ""


def _titles_and_bodies(
    nlp: Any,
    slides: tuple[Slide, ...],
    parts: list[tuple[str, str]],
    texts: list[str],
    prose_docs: list[tuple[tuple[Token, ...], tuple[int, ...]]],
    as_spans: bool,
) -> tuple[list[tuple[Token, ...]], list[tuple[Token, ...]]]:
    """Each slide's title and body tokens: spans of its prose where they read the same, else tokenized
    alone (for their words, not their sentences: the tokenizer only)."""
    spans = [
        _title_and_body(slide, part, text, doc) if as_spans else None
        for slide, part, text, doc in zip(slides, parts, texts, prose_docs, strict=True)
    ]
    alone = [
        text
        for slide, span in zip(slides, spans, strict=True)
        if span is None
        for text in (slide.title, body_prose(slide))
    ]
    words = iter(tokenize(nlp, alone, sentences=False))
    pairs = [span or (next(words), next(words)) for span in spans]
    return [title for title, _ in pairs], [body for _, body in pairs]


def _title_and_body(
    slide: Slide, parts: tuple[str, str], prose_text: str, prose_doc: tuple[tuple[Token, ...], tuple[int, ...]]
) -> tuple[tuple[Token, ...], tuple[Token, ...]] | None:
    """The title's and the body's tokens as spans of the slide's prose, or None where the prose reads
    them otherwise: a URL or outer spaces in the title, math, code or references left out of the body,
    a prose the tokenizer reads cut or split (see ``nlp.reads_whole``), or a title whose last word takes
    the period the prose adds ("U.S" → "U.S.")."""
    title, rest = parts
    if title not in (slide.title, slide.title + ".") or rest != body_prose(slide) or not reads_whole(prose_text):
        return None
    tokens, offsets = prose_doc
    # The tokenizer reads each run between spaces alone: the title's runs end where the body's begin.
    split = next((i for i, offset in enumerate(offsets) if offset >= len(title)), len(tokens))
    head = tokens[:split]
    if title != slide.title:  # the period the prose added must be a token of its own, dropped
        if not head or head[-1].text != "." or offsets[split - 1] != len(title) - 1:
            return None
        head = head[:-1]
    return head, tokens[split:]


def _lists(slide: Slide) -> bool:
    """The slide's body is a list of two points or more: bullets, or short lines set as paragraphs, as a text box of
    a .pptx lists them without bullet marks ("Field boundaries from 3 m imagery" over "Crop stress before it is
    visible"); not sentences ("I work toward robots people trust.")."""
    return sum(1 for block in slide.blocks if isinstance(block, Bullet) or _a_point(block)) >= 2


def _a_point(block: object) -> bool:
    """A paragraph that reads as a list's point: one line of a few words that ends no sentence."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    return bool(text) and "\n" not in text and len(text.split()) <= POINT_WORDS and not text.endswith((".", "!", "?"))


POINT_WORDS = 12  # a list's point is a line of a few words; a longer paragraph is prose


def _in_own_words(nlp: Any, slides: Sequence[Slide], bodies: Sequence[Tokens]) -> list[Tokens]:
    """Each slide's body in the speaker's own words: a quotation's "I plan to study CS" is a student's plan, not
    the speaker's agenda. Only the few slides that quote someone are tokenized again."""
    quoting = [i for i, slide in enumerate(slides) if any(is_quotation(block) for block in slide.blocks)]
    own = list(bodies)
    texts = [_prose_parts(slides[i], quotations=False)[1] for i in quoting]
    for index, tokens in zip(quoting, tokenize(nlp, texts, sentences=False), strict=True):
        own[index] = tokens
    return own


def _prose_parts(slide: Slide, quotations: bool = True) -> tuple[str, str]:
    """The title and the rest of the prose the audience reads (see ``visible_prose``), with or without the
    quotations set apart on the slide."""
    lines = []
    for block in slide.blocks:
        if not quotations and is_quotation(block):
            continue
        if isinstance(block, (Paragraph, Bullet)):
            text = without_formulas(block)
            if not is_code_like(text) and not is_reference(text):
                lines.append(text)
    return without_urls(prose([slide.title])), without_urls(prose(lines))


def _joined(parts: tuple[str, str]) -> str:
    return " ".join(part for part in parts if part)


def body_prose(slide: Slide) -> str:
    """Paragraphs and bullets without the title."""
    return without_urls(prose([b.text for b in slide.text_blocks]))


def visible_prose(slide: Slide) -> str:
    """Title, paragraphs and bullets as sentences: the prose the audience reads.

    Code, math and tables are left out: they have their own rules, and a
    table's cells read as nonsense sentences to a readability formula. So are
    lines of code set as text (a query in a text box) and references.
    """
    return _joined(_prose_parts(slide))


def notes_prose(slide: Slide) -> str:
    """The speaker notes as sentences: each item of a list in them ends a sentence, as a slide's bullets do.

    Notes written as a list without full stops would otherwise read as one
    sentence of a hundred words.
    """
    lines = slide.notes.strip().splitlines()
    return "\n".join(prose([line]) if _LIST_ITEM.match(line) else line for line in lines)


def _analyse_slide(
    slide: Slide,
    doc: tuple[Token, ...],
    slide_prose: str,
    title: tuple[Token, ...],
    stop_words: set[str],
    tagged: bool,
    lower_case: frozenset[str],
) -> SlideAnalysis:
    words = tuple(
        Word(t.text, t.lemma, _is_name(t, tagged, lower_case))
        for t in doc
        if t.is_alpha and len(t.text) > 1 and t.lower not in stop_words
    )
    acronym_uses = tuple(find_acronyms(slide_prose))
    defined = _defined_terms(slide_prose)
    # A slide in another language (a question to the audience in Norwegian) has no English words to grade.
    english = not foreign_passage(language_words(doc))
    # One entry per word, in its first form: "unrolled" and "unroll" are one term to explain.
    rare_by_lemma: dict[str, str] = {}
    for w in words if english else ():
        if not w.is_name and not w.text.isupper() and w.text.lower() not in defined and _rare(w):
            rare_by_lemma.setdefault(w.lemma.lower(), w.text.lower())
    rare = tuple(rare_by_lemma.values())
    metrics = {name: measure(slide) for name, measure in METRICS.items()}
    metrics[ACRONYMS] = float(len({use.acronym for use in acronym_uses}))
    metrics[RARE_WORD_SHARE] = round(len(rare) / len(words), 3) if words else 0.0
    slide_grade = _grade(slide_prose) if english else None
    if slide_grade is not None:
        metrics[READABILITY_GRADE] = slide_grade
    metrics[DETAIL] = detail_score(metrics, slide_grade)
    title_tags = tuple(t.pos for t in title) if tagged else ()
    notes_grade = _grade(notes_prose(slide))
    return SlideAnalysis(slide.number, words, rare, acronym_uses, slide_grade, notes_grade, metrics, title_tags)


def _rare(word: Word) -> bool:
    """Rare in every form: 'likelihoods' is as common as 'likelihood'. A word with a Greek letter ('πk',
    'θi') is notation set as text, not a term to put in everyday words."""
    return is_rare(word.text) and is_rare(word.lemma) and not _GREEK.search(word.text)


def _is_name(token: Token, tagged: bool, lower_case: frozenset[str]) -> bool:
    if tagged and token.pos:
        return token.pos == "PROPN"
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    # Without tags: capitalised inside a sentence, or never written in lower case in the talk.
    return not token.is_sent_start or token.lower not in lower_case


def _defined_terms(text: str) -> set[str]:
    """Words the slide itself explains: 'X is a ...', 'X means', 'X: ...', 'X (i.e. ...)'."""

    pattern = re.compile(
        r"\b([A-Za-z][\w-]+)\s*(?:\(|:|=|—|–| is an? | are | means | refers to | i\.e\.)", re.IGNORECASE
    )
    return {m.group(1).lower() for m in pattern.finditer(text)}


def _grade(text: str) -> float | None:
    """The reading grade of prose; None for text too short to grade, or a list of short items."""
    if sum(1 for word in text.split() if any(c.isalpha() for c in word)) < READABLE_WORDS:
        return None
    lengths = sentence_lengths(text)
    if sum(lengths) < PROSE_SENTENCE_WORDS * len(lengths):
        return None
    return round(grade(text), 1)


# How much each kind of detail weighs, and the amount that counts as "a lot".
_DETAIL_WEIGHTS = {
    "words": (0.3, 20, 80),
    "display-math": (0.6, 0, 2),
    "inline-math": (0.3, 0, 6),
    "numbers": (0.4, 0, 15),
    "table-cells": (0.4, 0, 24),
    "code-lines": (0.6, 0, 12),
    ACRONYMS: (0.3, 0, 6),
    RARE_WORD_SHARE: (0.5, 0.05, 0.3),
}


def detail_score(metrics: dict[str, float], slide_grade: float | None) -> float:
    """0 for a picture with a caption, 1 for a derivation: a weighted sum of the metrics."""
    total = 0.0
    for name, (weight, floor, full) in _DETAIL_WEIGHTS.items():
        total += weight * _scaled(metrics[name], floor, full)
    if slide_grade is not None:
        total += 0.3 * _scaled(slide_grade, 10, 18)
    return round(min(total, 1.0), 2)


def _scaled(value: float, floor: float, full: float) -> float:
    return max(0.0, min(1.0, (value - floor) / (full - floor)))


__all__ = ["SlideAnalysis", "TalkAnalysis", "analyse", "visible_prose", "zipf"]
