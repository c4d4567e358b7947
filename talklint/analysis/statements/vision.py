"""Where the speaker's work goes, said in so many words: the work's aims, the speaker's research programme, a
future pictured, where the speaker sees the field going.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from talklint.analysis.statements.search import found
from talklint.analysis.verbs import AUXILIARIES, PRESENTING, lexicon


def states_aims(items: Sequence[str]) -> bool:
    """The slide's lines are the work's aims, each a goal opening on its verb: "Improve methods for processing
    microbiome data", "Predict severe infections from the gut microbiome", or one long goal ("Disentangle the
    latent variables for style and content in language models, thereby …"). Not the steps of a method with
    their numbers ("Train on 10,000 grasps"), a thanks ("Thank you for coming") or one short definition
    ("Draw logical consequences from assumptions")."""
    if not 1 <= len(items) <= AIMS_AT_MOST:
        return False
    words = [_AIM_WORDS.findall(item.lower()) for item in items]
    if any(len(item) < AIM_WORDS_AT_LEAST or not _opens_on_a_goal(item) for item in words):
        return False
    if any(_NOT_A_GOAL.search(item) for item in items):
        return False
    return len(items) >= 2 or len(words[0]) >= ONE_AIM_WORDS


AIMS_AT_MOST = 5
AIM_WORDS_AT_LEAST = 4
ONE_AIM_WORDS = 10  # a single aim is a sentence, not a definition's few words
_AIM_WORDS = re.compile(r"[a-z']+")
# Numbers, formulas and code make a line a step of the method or a result, not an aim.
_NOT_A_GOAL = re.compile(r"\d|[\\{}=$]")
# Verbs that open a line without setting a goal: what presents (as a title's orders do), thanks or points, or
# invites the audience to picture a scene ("Imagine diving onto a reef at night").
_NOT_AIMING = PRESENTING | {"thank", "let", "say", "look", "go", "come", "ask", "take", "get"}
_NOT_AIMING |= {"imagine", "picture", "suppose", "consider", "think", "listen", "remember", "recall"}


def _opens_on_a_goal(words: Sequence[str]) -> bool:
    """A verb from the lexicon, as an order (not a subject's: "Design science is a methodology")."""
    first, second = words[0], words[1]
    verb = first in lexicon().base or first in _GOAL_VERBS
    return verb and first not in _NOT_AIMING and second not in AUXILIARIES


# Verbs that open aims but stay out of the lexicon, whose participles are as often adjectives ("Well-established
# methods", "automated services") and would make a topic title a claim.
_GOAL_VERBS = frozenset({"establish", "automate"})


def research_programme(said: str) -> bool:
    """The speaker states their research programme in the first person ("I conduct research on …", "I study how
    losing a home reshapes families' lives", "I study the work that algorithms do not count", "My research shows how
    platform workers make invisible labour visible", "I study who is exposed to heat", "My research links satellite
    temperatures to housing records, so that cities can cool …", "I build sensing that lets coastal food producers
    see the ocean change", "I build interfaces that leave people in control of their time", "My research builds
    tools that let blind people explore data on their own terms", "I build measures of housing costs …, so that
    renters and cities can see what a fair rent is"), or what the speaker's lab will do ("My lab will map how
    resistance moves through microbial communities")."""
    return found(said, (_PROGRAMME_WORDS, _PROGRAMME))


_PROGRAMME_WORDS: tuple[str, ...] = ("research", "i study", "i build", "i design", "i develop", "i create", "i make")
_PROGRAMME_WORDS += (" will ", "my work", "my lab", "my group")


def pictures_the_future(said: str) -> bool:
    """The future the speaker works toward, pictured as the talk opens: what they want ("I want robots that
    handle anything", "The robot I want in every ward"; not "I want to show you …"), a world to imagine ("Imagine
    a robot that can pick up anything", "Imagine every farmer with an agronomist in their pocket"), the work as a
    step toward it ("This talk: one step toward robots that feel", "Part of a larger effort: …") or what the speaker
    builds toward ("I am building toward clinical tools that catch sepsis early", "That is the robot I am building:
    one that learns …"), the speaker's mission ("My mission is to make privacy the default"), the speaker's agenda
    for years to come ("My agenda over the next five years: …")."""
    return found(
        said,
        (("want",), _WANTS),
        (("imagine",), _IMAGINE),
        (("step", "toward", "towards", "part of", "piece of"), _STEP_TOWARD),
        (("building",), _BUILDING),
        (("mission", "agenda"), _MISSION),
    )


# The speaker's own want ("I want robots that …"; "we want the controller to be stable" is a method's aim),
# a world to imagine that can or will be ("Imagine a world where …"; not "Imagine the matrix that stores …"), a
# step toward something other than the method's next result ("one step toward robots that feel"; not "a first
# step toward the proof").
_WANTS = re.compile(
    # what the speaker wants to find out ("I want to understand how memories are rewritten during sleep")
    r"\bi\s+want\s+to\s+(?:understand|discover|find\s+out)\s+(?:how|why|what|whether|when|which)\b"
    r"|\bi\s+want\s+(?!to\s+(?:show|talk|thank|start|tell|present|discuss|focus|begin|share|walk|give|go|take|"
    r"briefly|highlight|spend|end|close|conclude|mention|point|emphasi[sz]e|remind|ask|know|see|look)\b)"
    r"(?:[\w-]+\s+){1,4}?(?:that|who|which|to|where)\b"  # "I want a world where no one dies of …"
    # a title that names the thing the speaker wants, where it should be ("The robot I want in every ward", "The
    # clinic I want to build", "The tools I want for every clinic"; not "The results I want to show you", "The data I
    # want for training")
    r"|^\W*(?:the|a)\s+(?:[\w-]+\s+){1,3}?i\s+want(?:\s+to\s+(?:build|see|create|make))?(?:\s+(?:in|at|on)\b|\s+for\s+(?:every|each|all|everyone)\b|\W*$)",
    re.IGNORECASE,
)
_IMAGINE = re.compile(
    r"\bimagine\s+(?:a|an|every)\s+(?:[\w-]+\s+){0,8}?(?:where\b|(?:that|who)\s+(?:can|could|will|would|never|always)\b)"
    # ... or everyone, each with what the work gives them: "Imagine every farmer with an agronomist in their pocket"
    # (not "Imagine a matrix with n rows", "Imagine every pixel with its own weight": people and places)
    r"|\bimagine\s+(?:every|each)\s+(?:[\w-]+\s+)?(?:person|child|patient|student|farmer|doctor|nurse|teacher|family"
    r"|home|household|clinic|hospital|school|village|city|town|worker|driver|citizen|user|reader|kid|parent|classroom"
    r"|community|country)\s+with\s+(?:a|an|their|its|his|her|the)\b"
    # a slide titled "Imagine" pictures what it shows, in any tense: "Imagine: a robot that folds your laundry"
    r"|^\W*imagine\W+(?:a|an|every|your)\s+(?:[\w-]+\s+){0,4}?(?:where|that|who)\s+[a-z]",
    re.IGNORECASE,
)
_STEP_TOWARD = re.compile(
    r"\b(?:(?:a|one|the\s+first|first|next)\s+steps?|i\s+am\s+(?:building|working)|i['’]m\s+(?:building|working))"
    r"\s+towards?\s+(?!the\b|this\b|that\b|it\b|its\b)"
    # ... or a line that opens on where it goes: "Towards robots that ask before they fail" (not "Towards the end of
    # the study", a time)
    r"|(?:^|\n)\W*towards?\s+(?!(?:the|this|that|it|its|these|those)\b)(?:[\w-]+\s+){0,3}?[\w-]+s?\s+(?:that|who|which"
    r"|where|for|of|in)\b"
    # ... or of a larger project: "This is the first step of a bigger project: a map of every protein interaction"
    r"|\b(?:(?:a|one|the\s+first|first)\s+steps?|(?:a\s+)?part|(?:a|one)\s+piece)\s+(?:of|in)\s+(?:a|my|our)\s+"
    r"(?:bigger|larger|longer|broader|wider)\s+(?:project|program(?:me)?|effort|plan|agenda|goal)\b",
    re.IGNORECASE,
)
# What the speaker is building, named as a thing ("That is the robot I am building: one that …", "the tools I'm
# building"; not the talk's own making: "the case I am building in this talk").
_BUILDING = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){1,3}?(?:that\s+)?i\s*(?:am|['’]m)\s+building\b(?!\s+(?:in|on|here|today|now)\b)",
    re.IGNORECASE,
)
# The speaker's mission ("My mission is to …", "Our lab's mission: …"; not a space probe's "The mission is to map
# Europa"), and the speaker's agenda for years to come ("My agenda over the next five years: …"; not the talk's
# "Agenda: 1. Background …").
_MISSION = re.compile(
    r"\b(?:my|our)\s+(?:lab['’]s\s+|group['’]s\s+|research\s+)?mission\b"
    # (not the mission of one study or field trip: "Our mission statement for the survey was drafted …")
    r"(?!\s+(?:statement\s+)?(?:for|of)\s+(?:the|this|that|each)\s+(?:[\w-]+\s+)?(?:survey|study|project|trial"
    r"|experiment|expedition|trip|campaign|cruise|fieldwork)\b)(?!(?:\s+statement)?\s+(?:was|were)\b)"
    r"|\bmy\s+(?:research\s+)?agenda\s+(?:for|over)\s+the\s+(?:next|coming)\s+(?:[\w-]+\s+)?(?:years|decade)\b",
    re.IGNORECASE,
)


def sees_it_going(said: str) -> bool:
    """Where the speaker sees their field or product going, the vision in their own words, wherever they say it
    ("Where I see search going", "where we see robotics heading"; not "Where I see the error"), and the goal the
    speaker sets for years to come ("My goal for the next 10 years is …"; not "My goal for the next 20 minutes")."""
    return found(said, (("see",), _WHERE_I_SEE), (("goal", "aim", "ambition", "objective"), _GOAL_FOR_YEARS))


_GOAL_FOR_YEARS = re.compile(
    r"\bmy\s+(?:research\s+|lab['’]s\s+)?(?:goal|aim|ambition|objective)\s+(?:for|over)\s+the\s+(?:next|coming)\s+"
    r"(?:[\w-]+\s+)?(?:years|decades?)\b",
    re.IGNORECASE,
)
_WHERE_I_SEE = re.compile(r"\bwhere\s+(?:i|we)\s+see\s+(?:[\w-]+\s+){1,4}?(?:go|going|headed|heading)\b", re.IGNORECASE)


# The speaker stating their research programme in the first person: "I conduct theory-driven research on the ways
# communities respond to crime", "My research asks why …", "I study how families …" (not "we conducted
# interviews", a step of one study, nor "I studied how the model fails", a step told in the past).
_PROGRAMME = re.compile(
    r"\bI\s+(?:conduct|do|pursue|lead)\s+(?:[\w-]+\s+){0,3}?research\s+(?:on|in|into|about|that|which)\b"
    r"|(?<!talk,\s)(?<!talk\s)(?<!paper,\s)(?<!paper\s)\bI\s+study\s+(?:how|why|whether|when|who|what|where)\b"
    # ... or what the speaker studies, told by what it is or does: "I study the work that algorithms do not count",
    # "I study the politics of water in Andean cities" (not a talk's own, "In this talk I study the case of Lagos")
    r"|(?<!talk,\s)(?<!talk\s)(?<!paper,\s)(?<!paper\s)\bI\s+study\s+the\s+(?:[\w-]+\s+){1,2}?(?:that|which|of|behind)\s+"
    r"(?!(?:this|our|my)\b)"
    r"|\bmy\s+research\s+(?:examines|asks|investigates|explores|studies|seeks|aims|centers on|centres on"
    r"|shows\s+how|reveals\s+how)\b"
    # ... or what it does, and for whose sake: "My research links satellite temperatures to housing records, so that
    # cities can cool the blocks that need it most"
    r"|\bmy\s+(?:research|work|lab)\s+[a-z]+s\s+[^.;]{3,100}?,?\s+so\s+that\b"
    # what the speaker builds, and for whom: "I build sensing that lets coastal food producers see …", "I build
    # interfaces that leave people in control of their time" (not a step told in the past, "I built a prototype
    # that …", nor one thing made, "I make sure that …")
    r"|\bI\s+(?:build|design|develop|create|make)\s+(?:[\w-]+\s+){1,4}?(?:that|which)\s+(?:lets?|helps?|allows?"
    r"|enables?)\b"
    # ... as the speaker's research does: "My research builds tools that let blind people explore data" (not what
    # it builds on: "My work builds on methods that let …")
    r"|\bmy\s+(?:research|work|lab|group)\s+(?:builds|designs|develops|creates|makes)\s+(?!on\b|upon\b)"
    r"(?:[\w-]+\s+){1,4}?(?:that|which)\s+(?:lets?|helps?|allows?|enables?)\b"
    r"|\bI\s+(?:build|design|develop|create|make)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s\s+(?:that|which)\s+"
    r"(?!(?:i|we|you|was|were|had)\b)[a-z]{3,}\b"
    # ... or a kind of thing in the singular, and who uses it: "I design technology that older adults keep using",
    # "I build software that clinicians trust" (not "I make sure that …")
    r"|\bI\s+(?:build|design|develop|create|make)\s+(?:[\w-]+\s+){0,2}?(?:technology|software|hardware|infrastructure"
    r"|equipment|machinery|instrumentation|AI)\s+(?:that|which)\s+(?!(?:i|we|you|was|were|had)\b)[a-z]{3,}\b"
    # ... and for whose sake: "I build measures of housing costs from public records, so that renters can see …"
    r"|\bI\s+(?:build|design|develop|create|make)\s+[^.;]{3,80}?,?\s+so\s+that\b"
    # what the speaker's lab will do: "My lab will map how resistance moves through microbial communities" (not "My
    # lab will be hiring")
    r"|\bmy\s+(?:lab|group|research\s+group|research\s+program(?:me)?)\s+will\s+(?!be\b|have\b)[a-z]{3,}\b",
    re.IGNORECASE,
)


def span_sets_no_goal(said: str) -> bool:
    """Each span of years said ("In ten years", "within a decade") dates a change already past ("In ten years, the
    dataset has grown tenfold", "In a decade, solar costs fell 90%") or forecasts a quantity of the world that no
    one sets as a goal ("In the next decade, sensors will cost less than a cent", "Ten years from now, half of all
    cars will be electric"); not "In ten years, I hope every clinic will sequence a tumour", "In a decade, every
    home should make its own power", "Over the next decade, my group will map half of the enzymes"."""
    sentences = [s for s in _SENTENCE_END.split(said) if _SPAN_AHEAD_OR_PAST.search(s)]
    return bool(sentences) and all(_dates_the_past(s) or _forecasts_the_world(s) for s in sentences)


def _dates_the_past(sentence: str) -> bool:
    return bool(_TOLD_AS_PAST.search(sentence)) and not _TOLD_AS_AIM.search(sentence)


def _forecasts_the_world(sentence: str) -> bool:
    return bool(_FORECAST.search(sentence) and _QUANTITY.search(sentence)) and not _SOMEONES_GOAL.search(sentence)


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\n")
_SPAN_AHEAD_OR_PAST = re.compile(
    r"\b(?:in|within|over)\s+(?:the\s+(?:next|past|last|coming)\s+(?:(?:few|two|three|five|ten|fifteen|twenty"
    r"|\d+)\s+)?|(?:a|one|two|three|five|ten|fifteen|twenty|\d+)\s+)"
    r"(?:years?|decades?)\b|\b(?:a|ten|\d+)\s+(?:years?|decades?)\s+from\s+now\b",
    re.IGNORECASE,
)
# A change told as done: the perfect ("has grown", "have become") or a past tense of change ("fell", "doubled").
_TOLD_AS_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ght|un|ome)\b"
    r"|\b(?:rose|fell|grew|shrank|doubled|tripled|halved|dropped|declined|increased|decreased|went|became|came)\b",
    re.IGNORECASE,
)
# A forecast: what will be, and a quantity of it ("half of all cars", "less than a cent", "30%").
_FORECAST = re.compile(r"\bwill\b|'ll\b", re.IGNORECASE)
_QUANTITY = re.compile(
    r"\d|%|\b(?:half|a\s+third|a\s+quarter|most|twice|double|cents?|dollars?|million|billion)\b", re.IGNORECASE
)
# ... no one's goal: no one owns it, and no one says it ought to be ("my group will", "should").
_SOMEONES_GOAL = re.compile(
    r"\b(?:i|we|my|our|us|should|must|want|wants|hope|hopes|aim|aims|plan|plans|envision|imagine)\b", re.IGNORECASE
)
# ... and a sentence that sets a goal or looks ahead, whatever else it says ("will", "I hope", "should").
_TOLD_AS_AIM = re.compile(
    r"\b(?:will|would|should|could|shall|want|wants|hope|hopes|aim|aims|plan|plans|imagine|envision|expect|next)\b"
    r"|\bfrom\s+now\b|'ll\b",
    re.IGNORECASE,
)
