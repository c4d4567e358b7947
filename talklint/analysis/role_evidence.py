"""The evidence for a slide's role in words, for the speaker: each feature of ``role_features`` as a reader would
say it ("title 'Thesis statement'", "in section 'Results'", "says who took the work up"), quoting the title's own
words for what it matched on their lemmas.
"""

from __future__ import annotations

from collections.abc import Sequence

from talklint.analysis.nlp import Token
from talklint.analysis.role_features import SlideText
from talklint.model import Slide

_DESCRIPTIONS = {
    "same-title": "repeats the title of the slide before",
    "recurring-title": "a title that comes back in the talk",
    "lists-sections": "lists the talk's sections",
    "equations": "shows equations",
    "inline-math": "has formulas in its text",
    "code": "shows code",
    "table": "shows a table",
    "numbers": "shows numbers",
    "pictures": "shows a picture",
    "no-title": "has no title",
    "question": "asks a question in its title",
    "divider": "holds only a title (a divider)",
    "section-divider": "shows only the name of a part of the talk",
    "build": "builds on the slide before",
    "notes": "has speaker notes",
    "citations": "cites prior work",
    "research-question": "asks the question the research answers",
    "research-programme": "states the speaker's research programme",
    "sees-it-going": "says where the speaker sees the field going",
    "pictures-the-future": "pictures the future the speaker works toward",
    "states-aims": "states the work's aims",
    "plan-steps": "a plan in time horizons",
    "dated-steps": "steps dated by year",
    "plans-ahead": "the speaker's plan for the years ahead",
    "title-horizon": "a title that sets a horizon in months or years",
    "uptake": "says who took the work up",
    "time-lost": "says who loses time, waiting or on a chore",
    "harm-rate": "says how often harm strikes someone",
    "harm-counted": "counts the people harm struck",
    "scarcity": "says how many go without, how much is lost or passed over, or what is left undone",
    "share-of-people": "says how many people something befalls",
    "shortfall": "a title that says what falls short of the need",
    "measured-title": "a title that reports a measured result",
    "body-names-problem": "words about a problem",
    "world-trend": "a title that tells a trend, a burden of time or an extent in the world",
    "asks-whether": "a title that asks the world whether something holds, or how much",
    "poses-puzzle": "a question the talk takes on, opened by 'But' or 'Yet'",
}


def describe(name: str, slide: Slide, text: SlideText) -> str:
    """A feature in words, for the speaker: "title 'Thesis statement'", "in section 'Results'"."""
    kind, _, value = name.partition(":")
    matches = text.matches
    if kind == "label" and matches.kicker and value not in matches.title:
        return f"first line '{matches.kicker}'"
    if kind in ("title", "label") or kind.startswith("title-in-"):
        phrases = matches.title.get(value, ())
        shown = _as_titled(slide.title, text.title, phrases[0]) if phrases else ""
        phrase = f" ('{shown}')" if shown and shown.lower() != slide.title.lower() else ""
        return f"title '{slide.title}'{phrase}"
    if kind == "body":
        return f"words '{matches.body_phrase.get(value, value)}'"
    if kind == "said":
        return f"words '{matches.said.get(value, value)}'"
    if kind == "section":
        return f"in section '{slide.section}'" if slide.section else "in the part its divider opens"
    if kind in ("before", "after"):
        role = value.split(":")[-1]
        return f"{'after' if kind == 'before' else 'before'} {'an' if role[0] in 'aeiou' else 'a'} {role} slide"
    if kind == "first":
        return "opens the talk" if value in ("0", "1") else "in the opening"
    if kind == "last":
        return "ends the talk" if value == "0" else "in the last slides"
    if kind == "position":
        return _PLACES[min(int(value) // 2, len(_PLACES) - 1)]
    if kind in ("title-cue", "body-cue"):
        return f"{'title words' if kind == 'title-cue' else 'words'} {_CUE_WORDS.get(value, value)}"
    if kind == "words":
        return "how much text it holds"
    return _DESCRIPTIONS.get(name, name)


def _as_titled(title: str, tokens: Sequence[Token], phrase: str) -> str:
    """The title's own words for a phrase it matched on their lemmas: 'What changed', not 'what chang';
    'Questions?', not 'question ?'."""
    words = phrase.split(" ")
    shown = [t for t in tokens if not t.is_space]
    lower = title.lower()
    for start in range(len(shown) - len(words) + 1):
        run = shown[start : start + len(words)]
        if [t.lemma.lower() for t in run] != words and [t.lower for t in run] != words:
            continue
        first = lower.find(run[0].text.lower())
        last = lower.find(run[-1].text.lower(), first) if first >= 0 else -1
        if last >= 0:
            while first > 0 and title[first - 1].isalpha():
                first -= 1  # a contraction's second half ("n't work") is shown with its word: "don't work"
            return title[first : last + len(run[-1].text)]
    return phrase


_PLACES = (
    "at the start of the talk",
    "early in the talk",
    "in the middle of the talk",
    "late in the talk",
    "at the end",
)
_CUE_WORDS = {
    "we": "in the first person",
    "propose": "that propose or build something",
    "result": "that report results",
    "prior": "about prior work",
    "problem": "about a problem",
    "future": "about what comes next",
    "summary": "that sum up",
}
