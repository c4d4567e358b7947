"""The world the talk sets out to change, said as it is: how things change or how widespread they are ("Rural
hospitals are closing"), a question of the world to answer yes or no ("Do minimum wages trap workers in bad
jobs?") and a puzzle the talk takes on ("But how did strangers come to trust a letter?"). As the talk opens, each
is the problem it takes on; later, a trend told so states a finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from talklint.analysis.verbs import has_verb, lexicon, plural


def world_trend(title: str) -> bool:
    """A title that tells, of things in general, how they change, what time they cost or how widespread they
    are, in a sentence with no word of trouble: "Rural hospitals are closing", "Glaciers retreat faster each
    decade", "Insurance claims sit for months", "Most rivers carry microplastics". As the talk opens a reader
    takes it as the problem; later in a talk it states a finding. Its subject is things in general, a plural or
    a mass noun with no article, as one states how the world is ("The controller runs at 1 kHz" tells of the
    work's own part). A general sentence of how things work ("Photons carry momentum", "Plants convert light
    into sugar") is background, and so is one that praises ("Setup only takes minutes"), defines ("Graphs are
    a …"), asks, orders, or tells of the speaker ("We halve the error") or a measured change ("Errors fall by
    40%")."""
    said, words = _after_label(title)
    if len(words) < WORLD_CLAIM_WORDS or said.endswith("?"):
        return False
    head = _people_named(words)
    people = head is not None
    if not _TREND_OR_EXTENT.search(said) and not (people and _TIME_SPENT.search(said)):
        return False
    # A number measures a change (the work's: "Errors fall by 40%"); a year only dates one ("doubled since 2015"),
    # and a span of years makes the change the world's history ("Rents rose 40% in a decade").
    measured = any(c.isdigit() for c in _YEAR.sub("", said)) and not _SPAN_OF_YEARS.search(said)
    if _DEFINES.search(said) or _PRAISES.search(said) or measured:
        return False
    first = words[0].strip("\"'“”‘(")
    # "Our cities are getting hotter", "The ocean is getting louder": the world everyone shares, not one thing the
    # talk names
    shared = len(words) > 1 and (
        (first == "our" and words[1] in _SHARED_WORLD) or (first == "the" and words[1] in _THE_SHARED_WORLD)
    )
    if (first in _NOT_IN_GENERAL and not shared) or (first in lexicon().base and not plural(first)):
        return False
    # What people in general do comes right after them, in a verb no list needs to hold ("Caregivers sleep …").
    return has_verb(said) or (head is not None and _opens_a_predicate(words[head + 1 :]))


def _after_label(title: str) -> tuple[str, list[str]]:
    """What a title says after its label ("Context: coral reefs are bleaching"), and its words in lower case."""
    said = title.split(":", 1)[1].strip() if ":" in title else title.strip()
    return said, said.lower().replace("’", "'").split()


def _people_named(words: Sequence[str]) -> int | None:
    """Where the subject names people in general: its first word ("Caregivers sleep …"), or its second after a
    word that qualifies them ("Knowledge workers are interrupted …", "Older adults fall …")."""
    if words[0] in PEOPLE:
        return 0
    return 1 if words[0].isalpha() and words[1] in PEOPLE else None


def _opens_a_predicate(rest: Sequence[str]) -> bool:
    return bool(rest) and rest[0].isalpha() and rest[0] not in _NOT_A_VERB


def asks_the_world(title: str) -> bool:
    """A title that asks of the world a question to answer yes or no, or by a quantity: "Do minimum wages trap
    workers in bad jobs?", "Question: is gene XYZ involved in process ABC?", "How long until a deck of cards is
    shuffled?". As the talk opens it is the problem the talk takes on. Not the speaker's own "Can we …?" or "How
    many layers do we need?" (the research question, ``role_features``), the audience's "Do you know …?", a short
    check of a result ("Does it work?") or a question about one thing the talk names ("Is the kernel positive
    definite?")."""
    said, words = _after_label(title)
    if not said.endswith("?") or len(words) < FEWEST_WORDS_ASKED:
        return False
    if _ASKS_HOW_MUCH.match(said):
        return not _ADDRESSED.search(said)
    # asked of things in general ("Do minimum wages …"), not of one thing the talk names ("Is the kernel …")
    return bool(_ASKS_WHETHER.match(said)) and words[1] not in _NOT_IN_GENERAL


FEWEST_WORDS_ASKED = 4  # "Does it work?" checks a result; "Do wages trap workers?" asks of the world
_ASKS_WHETHER = re.compile(
    r"^\W*(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|must)\s+(?!you\b)\w",
    re.IGNORECASE,
)


# ... or by a quantity: "How long until …?", "How many languages will survive this century?"
_ASKS_HOW_MUCH = re.compile(r"^\W*how\s+(?:long|many|much|often|fast|far|big|old)\b", re.IGNORECASE)


def poses_a_puzzle(body: str) -> bool:
    """A line or a sentence of the slide that turns what it told into a question, opened by "But" or "Yet": "But
    how did strangers come to trust a letter?", "Yet why do so few farmers plant the new seed?", or a line that
    asks what the past did, the historian's question ("What did instant news do to how Britain ruled India?", "Who
    decided which state he belonged to?", "What happened to the land after 1948?"). As
    the talk opens it is the puzzle the talk takes on. Not the speaker's own "But can we …?" (the research
    question), nor a question put to the audience ("But do you know …?") or a short one about a step ("But does it
    scale?")."""
    asked = (match[1] or match[2] for match in _PUZZLE.finditer(body))
    return any(
        len(question.split()) >= FEWEST_WORDS_IN_A_PUZZLE and not _ADDRESSED.search(question) for question in asked
    )


FEWEST_WORDS_IN_A_PUZZLE = 5
_PUZZLE = re.compile(
    r"(?:^|(?<=[.!]\s))\W*(?:(?:but|yet)\s*,?\s+((?:how|why|what|who|when|where|which|do|does|did|is|are|was|were|can"
    r"|could)\b[^?\n]*\?)|((?:(?:what|why|how)\s+did|(?:who|what)\s+(?:did|[a-z]{2,}ed))\b[^?\n]*\?))",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESSED = re.compile(r"\b(?:we|i|you|us|our|my|your)\b", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The fewest words of a sentence about the world: "Hospitals are closing".
WORLD_CLAIM_WORDS = 3
# Openings of a subject that is not things in general: the speaker, the talk or its work, one thing named by its
# article ("The controller", "Each node"), and a topic asked as a question ("What is cloud computing"); "Why
# hospitals are closing" still tells the trend.
_NOT_IN_GENERAL = frozenset(
    {"we", "we're", "we've", "our", "i", "i'm", "i've", "my", "us", "this", "these", "here", "here's", "today"}
    | {"the", "a", "an", "each", "every", "that", "those", "its", "their", "his", "her", "your", "one", "both"}
    | {"let's", "let", "how", "what", "what's", "when", "where", "which", "who", "in", "for", "from", "on", "to"}
)
# The world everyone shares, said as "our": "Our cities are getting hotter", "Our oceans are warming" ("Our models
# are getting slower" is the speaker's own).
_SHARED_WORLD = frozenset(
    {"cities", "towns", "oceans", "seas", "rivers", "lakes", "forests", "soils", "planet", "climate", "streets",
     "schools", "hospitals", "children", "kids", "elders", "communities", "neighbourhoods", "neighborhoods",
     "democracies", "economies", "farms", "coasts"}
)  # fmt: skip
# ... named with its article, as one: "The ocean", "The climate", "The internet".
_THE_SHARED_WORLD = frozenset(
    {"ocean", "oceans", "sea", "seas", "planet", "climate", "atmosphere", "arctic", "world", "earth", "internet", "web"}
)
# A span of years that dates a change: "in a decade", "over the past ten years", "since 2015".
_SPAN_OF_YEARS = re.compile(
    r"\b(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?(?:a|one|two|three|four|five|ten|twenty|\d+)\s+(?:years?|decades?)\b"
    r"|\bsince\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# What a trend, a burden of time or an extent is told with: a change under way ("are closing", "fall", "shifted
# later"), a comparison ("take longer"), a span that recurs or drags ("every summer", "all day", "for months",
# "an hour a day"), and how many ("Most rivers", "hundreds of applications").
_TREND_OR_EXTENT = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?!being\b)\w+ing\b"
    # a state of the world that is new: "Wildfire smoke now reaches cities a thousand miles away"
    r"|\bnow\s+(?!that\b|is\b|has\b|was\b)[a-z]{3,}s\b"
    r"|\b(?:falls?|fell|rises?|rose|grows?|grew|shrinks?|shrank|shifts?|shifted|disappear\w*|vanish\w*|retreat\w*"
    r"|quits?|doubled|tripled|dwindl\w*|worsen\w*)\b"
    # a change that goes on: "Drug prices keep rising", "Waiting lists continue to grow"
    r"|\b(?:keeps?|kept|continues?|continued)\s+(?:to\s+[a-z]+|[a-z]+ing)\b"
    r"|\b(?:less|fewer|longer|later|faster|slower|worse|harder)\b"
    r"|\b(?:every|each)\s+(?:day|night|week|month|year|summer|winter|season|decade)\b|\ball\s+(?:day|night|year)\b"
    r"|\bfor\s+(?:hours|days|weeks|months|years|decades)\b|\ban?\s+\w+\s+a\s+(?:day|week|month|year)\b"
    r"|^\W*(?:most|many|few|half)\b|\b(?:hundreds|thousands|millions|billions)\s+of\b",
    re.IGNORECASE,
)
# People in general, and how often or how long something befalls them: "People are interrupted every three
# minutes", "Patients wait weeks for a diagnosis", "Teachers grade essays every weekend". Said of things, the
# same words tell how a system runs ("Checkpoints are written every hour", "Robots replan every cycle").
PEOPLE = frozenset(
    {"people", "persons", "patients", "nurses", "doctors", "clinicians", "physicians", "caregivers", "students",
     "learners", "teachers", "drivers", "commuters", "travellers", "travelers", "pilots", "farmers", "workers",
     "employees", "parents", "children", "kids", "families", "households", "residents", "citizens", "voters",
     "users", "customers", "consumers", "shoppers", "engineers", "developers", "programmers", "researchers",
     "scientists", "women", "men", "adults", "teenagers", "seniors", "migrants", "refugees", "readers",
     # those who trade on a market or a platform ("Half of new sellers leave in their first month")
     "sellers", "buyers", "hosts", "guests", "creators", "merchants", "vendors", "freelancers", "subscribers"}
)  # fmt: skip
# Words after a subject that open a phrase about it, not its verb: "Students with disabilities …".
_NOT_A_VERB = frozenset({"and", "or", "of", "with", "in", "on", "for", "from", "at", "by", "who", "that", "like"})
_TIME_SPENT = re.compile(
    r"\b(?:every|each)\s+(?:\w+\s+)?(?:second|minute|hour|day|morning|evening|night|weekend|week|month|semester"
    r"|season|year|decade)s?\b|\bonce\s+an?\s+\w+|\b(?:daily|nightly|weekly|monthly|yearly)\b"
    r"|\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)
# A sentence that praises tells what the work achieves, not a problem: "Setup only takes minutes".
_PRAISES = re.compile(
    r"\b(?:only|just|merely|easy|easily|simple|simply|quickly|instantly|seamlessly|effortlessly|works?|succeeds?"
    r"|outperforms?|improves?)\b",
    re.IGNORECASE,
)
_DEFINES = re.compile(
    r"\b(?:is|are)\s+(?:a|an|called|defined)\b|\b(?:consists?|denotes?|refers?\s+to|stands?\s+for)\b", re.IGNORECASE
)
