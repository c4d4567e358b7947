"""The evidence a reader uses to tell what part of the story a slide tells, as named features.

A reader decides a slide's role from its title, its words and notes, where it
stands in the talk, the section it sits in, the slides around it and what
is on it (equations, tables, numbers, pictures). Each of these becomes a
feature with a stable name; the role model (``role_model``) weighs them, and
``role_evidence`` says them in words, for the speaker.

Nothing here knows a file format: sections, titles, builds and backup slides
come from the document model, words from the one spaCy pass of the analysis.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from talklint.analysis import statements
from talklint.analysis.matching import Matches, in_compound, part_label
from talklint.analysis.nlp import Token
from talklint.analysis.talk_parts import (
    is_divider,
    part_starts,
    recurring_titles,
    section_dividers,
    section_titles,
    tables_of_contents,
)
from talklint.analysis.uptake import names_of_the_work, uptake, uptake_in_title, uptake_of_the_named
from talklint.analysis.verbs import states_claim
from talklint.model import Slide

Features = dict[str, float]

# Words that mark what a slide does in the argument, beyond the role vocabulary: who speaks
# ("we", "our"), proposing, reporting results, reviewing prior work, stating a problem,
# looking ahead, summing up. General English, lemmatised.
CUES: dict[str, frozenset[str]] = {
    "we": frozenset({"we", "our", "us", "i", "my", "me", "ours"}),
    "propose": frozenset(
        {"propose", "introduce", "present", "design", "develop", "build", "implement", "approach", "method",
         "idea", "solution", "framework", "algorithm", "model", "system", "contribution", "novel", "new",
         "architecture", "pipeline", "technique"}
    ),
    "result": frozenset(
        {"result", "evaluate", "evaluation", "experiment", "experimental", "performance", "accuracy", "error",
         "baseline", "compare", "comparison", "outperform", "improve", "improvement", "speedup", "faster",
         "benchmark", "dataset", "score", "precision", "recall", "measure", "test", "validation", "simulation",
         "finding", "observe", "significant", "table", "figure", "plot", "gain", "ablation"}
    ),
    "prior": frozenset(
        {"prior", "previous", "existing", "related", "literature", "known", "standard", "traditional",
         "classical", "typically", "define", "definition", "call", "consist", "overview", "background", "basic",
         "concept", "introduction", "review", "survey", "history"}
    ),
    "problem": frozenset(
        {"problem", "challenge", "why", "need", "limitation", "cost", "fail", "failure", "difficult", "hard",
         "issue", "gap", "bottleneck", "motivation", "goal", "aim", "important", "matter"}
    ),
    "future": frozenset({"future", "next", "plan", "ongoing", "extend", "extension", "open", "direction", "outlook"}),
    "summary": frozenset({"summary", "conclusion", "conclude", "takeaway", "contribution", "recap", "overall"}),
}  # fmt: skip
# The question a thesis or a research programme sets out to answer: "How can we adapt detection to aerial
# images?", "Can I predict ... ?" (a "why" or "what is" question asks about the topic, not what the work does).
_RESEARCH_QUESTION = re.compile(
    r"(?<!\w)(?:how\s+(?:can|could|might|do|should)|can|could)\s+(?:we|i)\s+[^?.!]{15,}\?", re.IGNORECASE
)
ASKING_WORDS = 40  # a slide that asks the question holds little else; a talk script narrates around it


def _asks_a_research_question(text: SlideText) -> bool:
    """The slide asks the question the research answers: in its title, or as about all it says."""
    body = [t for t in text.body if not t.is_space]
    return any(
        _RESEARCH_QUESTION.search(" ".join(t.text for t in tokens))
        for tokens in (text.title, body if len(body) <= ASKING_WORDS else ())
    )


# Words after which "why" opens a reason told, not a question asked: "explains why", "that is why".
_TELLING = frozenset({"explain", "show", "understand", "see", "know", "tell", "learn", "that", "be", "reason"})
_CITATION = re.compile(r"et al\b|\[\d+(?:\s*[,–-]\s*\d+)*\]|\(\w[\w .&-]*,? (?:19|20)\d\d[a-z]?\)")
# Relative position in the main talk: where each bin ends.
_POSITION_BINS = (0.0, 0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95, 0.999)
_WORD_BINS = (0, 8, 25, 50, 90)


@dataclass(frozen=True)
class SlideText:
    """What the analysis read of one slide: its tokens and what the vocabulary found there."""

    title: tuple[Token, ...]
    body: tuple[Token, ...]  # paragraphs and bullets
    notes: tuple[Token, ...]
    matches: Matches
    metrics: dict[str, float]


def talk_features(slides: Sequence[Slide], texts: Sequence[SlideText], sections: dict[str, Matches]) -> list[Features]:
    """One feature set per slide (shown slides, in order); ``sections`` are the matches of section names."""
    main = [i for i, slide in enumerate(slides) if not slide.backup]
    rank = {index: position for position, index in enumerate(main)}
    parts = _parts(slides, texts, sections)
    own = [
        _own_features(slide, text, parts[i], rank.get(i), len(main), slides[i - 1] if i else None)
        for i, (slide, text) in enumerate(zip(slides, texts, strict=True))
    ]
    for index in recurring_titles(slides):
        own[index]["recurring-title"] = 1.0
    names = _names_of_the_work(slides)
    for index in _taken_up_by_its_name(slides, own, names):
        own[index]["uptake"] = own[index]["title-uptake"] = 1.0
    for index in _text_takes_up_its_name(slides, own, names):
        own[index]["uptake"] = 1.0
    contents = tables_of_contents(slides, section_titles(slides))
    for index in contents:
        if "backup" not in own[index]:
            own[index]["lists-sections"] = 1.0
    # The parts an outline lists by its title name the dividers too, where too few of them are titles to come
    # for the slide to count as a table of contents ("Outline: 1. Learning the workload, 2. Tuning safely …").
    outlines = [i for i, text in enumerate(texts) if "outline" in text.matches.title]
    for index in section_dividers(slides, [*contents, *outlines]):
        own[index]["section-divider"] = 1.0
    return [_with_neighbours(own, i) for i in range(len(own))]


def _names_of_the_work(slides: Sequence[Slide]) -> frozenset[str]:
    return names_of_the_work(text for s in slides if not s.backup for text in (s.title, s.body_text, s.notes))


def _taken_up_by_its_name(slides: Sequence[Slide], own: list[Features], names: frozenset[str]) -> list[int]:
    """Slides whose title tells others took up "the" thing the talk calls its own ("Phoenix adopted the index",
    where the talk built "the index" or said "our index")."""
    candidates = [i for i, s in enumerate(slides) if "the " in s.title.lower() and "title-uptake" not in own[i]]
    return [i for i in candidates if uptake_in_title(slides[i].title, names)] if names else []


def _text_takes_up_its_name(slides: Sequence[Slide], own: list[Features], names: frozenset[str]) -> list[int]:
    """Slides whose text tells the same ("12 teams now use the store", where the talk built "a feature store")."""
    if not names:
        return []
    return [
        i
        for i, slide in enumerate(slides)
        if "uptake" not in own[i]
        and "backup" not in own[i]
        and any(uptake_of_the_named(line, names) for line in slide.body_text.splitlines())
    ]


def _parts(slides: Sequence[Slide], texts: Sequence[SlideText], sections: dict[str, Matches]) -> list[Matches | None]:
    """The part of the talk each slide sits in: its section, or else the last divider slide before it.

    Decks without sections (PowerPoint, most Markdown) still show them: a
    slide that holds only a title ("Experiments") opens a part of the talk.
    """
    return [
        None
        if start is None
        else sections.get(slides[start].section)
        if slides[start].section
        else texts[start].matches
        for start in part_starts(slides)
    ]


def _own_features(
    slide: Slide,
    text: SlideText,
    part: Matches | None,
    rank: int | None,
    main_count: int,
    before: Slide | None,
) -> Features:
    if rank is None:
        return {"bias": 1.0, "backup": 1.0}
    features: Features = {"bias": 1.0}
    features.update(_position(rank, main_count))
    trend = statements.world_trend(slide.title)
    said = " ".join(f"{slide.title}\n{slide.body_text} {slide.notes}".split())
    no_goal = statements.span_sets_no_goal(f"{slide.title}\n{slide.body_text}\n{slide.notes}")
    features.update(
        _vocabulary(
            _without_the_span_of_a_trend(
                _without_an_optimisations_objective(text.matches, text.metrics, slide.body_text), trend, no_goal
            ),
            part,
            _third(rank, main_count),
            ending=main_count - 1 - rank < ENDING_SLIDES,
        )
    )
    features.update(_content(slide, text.metrics))
    features.update(_cues(text))
    if before is not None and slide.title and slide.title == before.title:
        features["same-title"] = 1.0
    if any(line.rstrip().endswith("?") for line in slide.body_text.splitlines()):
        features["body-asks"] = 1.0
    features.update((name, 1.0) for name, says in _BODY_STATEMENTS.items() if says(slide.body_text))
    features.update((name, 1.0) for name, says in _TITLE_STATEMENTS.items() if says(slide.title))
    if trend:
        features["world-trend"] = 1.0
    claim = reports(slide.title)
    # (under a title that states a claim, a line that opens on a verb's form is the claim's support: "Smoke from
    # Canada sent New York's air quality to the worst in the world" under "Wildfire smoke travels further than the
    # fire")
    if not slide.images and not claim and statements.states_aims(_lines(slide)):
        features["states-aims"] = 1.0
    for name, states in _STATEMENTS.items():
        if states(said):
            features[name] = 1.0
    if claim:
        features["claim-title"] = 1.0
    elif _numbers_an_item(slide.title):
        features["numbered-title"] = 1.0  # "TPC-H #19", "Paper 1 · SCF": a numbered item, over its numbers a result
    if uptake_in_title(slide.title):
        features["uptake"] = features["title-uptake"] = 1.0
    return features


def _numbers_an_item(title: str) -> bool:
    """The title holds a number that names an item ("TPC-H #19", "Paper 1 · SCF", "Study 2: …", "L1 transfer"), not
    only counts of what the work used ("Recording 2,000 neurons while mice time intervals", "12 cities, 40 trips"),
    which say how a study was done as often as what it found."""
    return any(character.isdigit() for character in _COUNTS.sub("", title))


# A count of things or a share: a number of its own (not part of a name, "L1", nor numbered, "#19") before a word in
# lower case or a percent sign.
_COUNTS = re.compile(r"(?<![\w#.,-])\d[\d,.]*(?=\s*%|\s+[a-z])")


# A title that asks why of a choice, alone or after its label: "Why GIT", "Choice of Transports: Why Tapdance?",
# "Why not use grid software?" (not a question of the world, with its verb: "Why do grasps slip?", nor why the
# problem matters: "Why this matters beyond philosophy", "Why care?", "Why now?").
_ASKS_WHY = re.compile(
    r"^\W*(?:[^:]{0,40}:\s*)?why\b(?!\s+(?:do|does|did|is|are|was|were|should|can|could|would|will|have|has|had"
    r"|must|might|may|don['’]t|doesn['’]t|isn['’]t|aren['’]t|now)\b)(?![^:]*\b(?:matters?|care|bother)\b)",
    re.IGNORECASE,
)
# A title that asks what the work changed or made possible ("What this changes", "What it enabled", "What changed"):
# the slide's text answers (not "What shipped" or "What others built on it", which tell the uptake themselves).
_ASKS_WHAT = re.compile(
    r"^\W*what\s+(?:(?:this|it|that)\s+|(?:the|our|my)\s+\w+\s+)?(?:changes?|changed|enables?|enabled)\W*$",
    re.IGNORECASE,
)
# A measure of how well the method does, named in the title: "Model performance", "Accuracy of the parser".
_HOW_WELL = re.compile(r"\b(?:performance|accuracy|speed-?ups?)\b", re.IGNORECASE)
# Parts of the story said in the slide's text alone, and in its title alone: feature name → its test.
_BODY_STATEMENTS: dict[str, Callable[[str], object]] = {
    "plan-steps": statements.lays_out_a_plan,
    "dated-steps": statements.dates_its_steps,
    "plans-ahead": statements.plans_ahead,
    "poses-puzzle": statements.poses_a_puzzle,
}
_TITLE_STATEMENTS: dict[str, Callable[[str], object]] = {
    "title-horizon": statements.sets_a_horizon,
    "shortfall": statements.shortfall,
    "handles-trouble": statements.handles_a_trouble,
    "asks-why": _ASKS_WHY.search,
    "asks-what": _ASKS_WHAT.search,
    "how-well": _HOW_WELL.search,
    "measured-title": statements.reports_a_measure,
    "asks-whether": statements.asks_the_world,
}
# Titles that ask, or name a part by a question word, rather than state what was found: "What we did", "Aim 2: Does
# the score change what clinicians do?", "How it works" (not "When meetings moved online, renters spoke more").
_ASKS_OR_NAMES = re.compile(r"^\W*(?:[^:]{0,30}:\s*)?(?:what|how|why)\b|\?\s*$", re.IGNORECASE)


def reports(title: str) -> bool:
    """The title states a claim, as a finding is told: not a question, nor a heading that opens on one."""
    return states_claim(title) and not _ASKS_OR_NAMES.search(title)


# Statements the role model does not weigh: they state their part by their own test (``roles``), and too few
# labelled slides say them to learn a weight from (weighed, "world-trend" cost two cross-validated verdicts).
UNWEIGHED = frozenset(
    {"world-trend", "asks-whether", "poses-puzzle", "harm-counted", "share-of-people", "measured-title"}
    | {"body-names-problem", "title-uptake", "claim-title", "numbered-title", "section-divider", "body-asks"}
    | {"handles-trouble", "asks-why", "asks-what", "how-well", "plans-ahead"}
)


def _lines(slide: Slide) -> list[str]:
    """The slide's paragraphs and bullets, each a line of its own."""
    return [block.text for block in slide.text_blocks if block.text.strip()]


# Parts of the story said in so many words, wherever on the slide: feature name → its test.
_STATEMENTS = {
    "uptake": uptake,
    "time-lost": statements.time_lost,
    "harm-rate": statements.harm_rate,
    "harm-counted": statements.harm_counted,
    "scarcity": statements.scarcity,
    "share-of-people": statements.share_of_people,
    "research-programme": statements.research_programme,
    "sees-it-going": statements.sees_it_going,
    "pictures-the-future": statements.pictures_the_future,
}


def _position(rank: int, count: int) -> Features:
    relative = rank / max(count - 1, 1)
    features = {f"position:{_bin(relative, _POSITION_BINS)}": 1.0}
    if rank < 4:
        features[f"first:{rank}"] = 1.0
    if count - 1 - rank < 4:
        features[f"last:{count - 1 - rank}"] = 1.0
    return features


# The last slides of the main talk, where a label-only phrase ("Next:") names its part however short the talk.
ENDING_SLIDES = 3


def _third(rank: int, count: int) -> str:
    """Opening, middle or end of the main talk: a title word means different things in each."""
    relative = rank / max(count - 1, 1)
    return "opening" if relative < 0.25 else "end" if relative > 0.75 else "middle"


# The vision's words that also name what an optimisation or an experiment is after.
_GOAL_WORDS = frozenset({"goal", "goals", "objective", "objectives", "aim", "aims", "purpose"})


def _without_an_optimisations_objective(matches: Matches, metrics: dict[str, float], body: str) -> Matches:
    """The matches, but a goal set as display math ("Variational objective", "Objective:" over a loss to
    maximise), or over a text that opens on what to minimise ("Objective" over "Minimise the expected loss"), is an
    optimisation's objective, not the research's aim: the vision is not written as an equation."""
    found = matches.title.get("vision", ())
    if not found or any(phrase.lower() not in _GOAL_WORDS for phrase in found):
        return matches
    if not metrics.get("display-math") and not _OPTIMISES.match(body):
        return matches
    title = {role: phrases for role, phrases in matches.title.items() if role != "vision"}
    return replace(matches, title=title, label=matches.label - {"vision"})


# A text that opens on what an optimisation does: "Minimise the expected loss", "maximize reward", "argmin …".
_OPTIMISES = re.compile(r"^\W*(?:minimi[sz]e|maximi[sz]e|arg\s?min|arg\s?max)\b", re.IGNORECASE)

# The vision's spans of time ("in a decade", "in ten years"), which also date a change already past.
_SPAN = re.compile(r"\b(?:decade|year)s?\b")


def _without_the_span_of_a_trend(matches: Matches, trend: bool, no_goal: bool) -> Matches:
    """The matches, but where the title tells a trend of the world (``statements.world_trend``), a span that dates
    it ("Rents rose 40% in a decade") sets no goal: it is no vision, whatever "in a decade, every home …" would be.
    Where every span the slide says sets no goal (``no_goal``: it dates a change already past, "In ten years, the
    dataset has grown tenfold", or forecasts the world, "Ten years from now, half of all cars will be electric"),
    the same holds of the body's span."""
    found = matches.title.get("vision", ())
    spans_only = bool(found) and all(_SPAN.search(phrase) for phrase in found)
    if no_goal:
        return _without_spans(matches, title=spans_only, body=bool(_SPAN.search(matches.body_phrase.get("vision", ""))))
    if not trend or not spans_only:
        return matches
    return _without_spans(matches, title=True, body=False)


def _without_spans(matches: Matches, title: bool, body: bool) -> Matches:
    """The matches without the vision's spans of years: in the title (``title``), in what the slide says, and in
    the body where a span is its only vision phrase (``body``)."""
    title_matches = {role: phrases for role, phrases in matches.title.items() if role != "vision" or not title}
    said = {role: phrase for role, phrase in matches.said.items() if role != "vision" or not _SPAN.search(phrase)}
    # (a span counts twice in the body, "next decade" inside "in the next decade": it is alone where nothing else
    # the slide says states the vision)
    alone = body and (matches.body.get("vision") == 1 or "vision" not in said)
    in_body = {role: count for role, count in matches.body.items() if role != "vision" or not alone}
    return replace(matches, title=title_matches, said=said, body=in_body)


# The parts a label names wherever it stands: the thesis is stated as the talk opens as often as it is recalled, and
# a finding is one wherever the talk reports it ("Finding 2: filings, not judgments, drive moves"); the uptake
# ("Adoption", "Beyond the lab: …") past the opening, where "Beyond the lab" is the problem of methods that fail
# outside it.
_LABELLED_ANYWHERE = frozenset({"vision", "results"})
_LABELLED_PAST_THE_OPENING = frozenset({"impact"})


def _vocabulary(matches: Matches, section: Matches | None, third: str, ending: bool) -> Features:
    features: Features = {}
    for role in matches.title:
        features[f"title:{role}"] = 1.0
        features[f"title-in-{third}:{role}"] = 1.0
    for role in matches.label:
        features[f"label:{role}"] = 1.0
    # "Next: a comparative study", "Synthesis" as the talk ends (its last quarter, or its last slides in a short
    # talk) name their part as a title would; a label of the thesis ("Thesis") names it wherever it stands
    at_the_end = third == "end" or ending
    for role in matches.label_only:
        if at_the_end or role in _LABELLED_ANYWHERE or (role in _LABELLED_PAST_THE_OPENING and third != "opening"):
            features[f"label:{role}"] = 1.0
            features[f"title:{role}"] = 1.0
            features[f"title-in-{'end' if at_the_end else third}:{role}"] = 1.0
    for role, count in matches.body.items():
        features[f"body:{role}"] = min(count, 3) / 3
    for role in matches.said:
        features[f"said:{role}"] = 1.0
    if section is not None:
        for role in section.title:
            features[f"section:{role}"] = 1.0
    return features


def _content(slide: Slide, metrics: dict[str, float]) -> Features:
    features: Features = {f"words:{_bin(slide.words, _WORD_BINS)}": 1.0}
    present = {
        "equations": metrics.get("display-math", 0) > 0,
        "inline-math": metrics.get("inline-math", 0) >= 2,
        "code": metrics.get("code-lines", 0) > 0,
        "table": metrics.get("table-cells", 0) > 0,
        "numbers": metrics.get("numbers", 0) >= 3,
        "pictures": bool(slide.images),
        "no-title": not slide.title,
        "question": "?" in slide.title,
        "divider": is_divider(slide),
        "notes": bool(slide.notes.strip()),
        "build": slide.build,
    }
    features.update({name: 1.0 for name, on in present.items() if on})
    return features


def _cues(text: SlideText) -> Features:
    features: Features = {}
    # "Aim 1:" numbers a part of the talk: the aim is no problem named ("goal", "aim" are cues of one)
    part = part_label(text.title)
    title = _words(text.title[part + 1 :] if part else text.title)
    rest = _words((*text.body, *text.notes))
    # "explains why crime is concentrated": a clause that tells a reason, not a question the talk asks
    rest = [w for i, w in enumerate(rest) if not (w == "why" and i and rest[i - 1] in _TELLING)]
    for name, words in CUES.items():
        in_title = sum(1 for lemma in title if lemma in words)
        if in_title:
            features[f"title-cue:{name}"] = min(in_title, 3)
        in_rest = sum(1 for lemma in rest if lemma in words)
        if in_rest:
            # A density, so that long notes do not outweigh a short slide.
            features[f"body-cue:{name}"] = min(in_rest / max(len(rest) / 20, 1), 3)
    # "need" alone tells a requirement as often as a problem ("Flush+Reload: needs shared memory pages"): the text
    # states a problem by another of the cue words ("we need" is the vocabulary's own phrase)
    if any(lemma in CUES["problem"] and lemma != "need" for lemma in rest):
        features["body-names-problem"] = 1.0
    if _asks_a_research_question(text):
        features["research-question"] = 1.0
    citations = len(_CITATION.findall(" ".join(t.text for t in (*text.title, *text.body))))
    if citations:
        features["citations"] = min(citations, 3)
    return features


def _words(tokens: Sequence[Token]) -> list[str]:
    """The lemmas of the words, without the parts of hyphenated compounds ("light-matter" is no "matter")."""
    lemmas = [t.lemma for t in tokens]
    if "-" not in lemmas:
        return [t.lemma for t in tokens if t.is_alpha]
    return [t.lemma for i, t in enumerate(tokens) if t.is_alpha and not in_compound(lemmas, i)]


def _with_neighbours(own: list[Features], index: int) -> Features:
    """The titles around a slide are evidence too: a slide after a results slide is likely a result."""
    features = dict(own[index])
    for offset, name in ((-1, "before"), (1, "after")):
        other = index + offset
        if 0 <= other < len(own) and "backup" not in own[other]:
            for key in own[other]:
                if key.startswith("title:"):
                    features[f"{name}:{key}"] = 1.0
    return features


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return next((i for i, edge in enumerate(edges) if value <= edge), len(edges))
