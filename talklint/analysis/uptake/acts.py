"""Others acting on the work, said the general way: one who takes work up (an organisation by its name, a public
body, adopters counted) as the subject, an act of taking it up, and the speaker's work as what it acts on
("Transport for London approved our timetable model", "Five cities bought our sensors", "The Dutch railways
replaced their crew scheduler with ours", "Bogotá's TransMilenio cut headways by 20% with our scheduler").

The ways of ``adopters``, ``policy`` and ``products`` say it in their own words; these catch the phrasings no list
of them holds, kept apart from a study (its participants, its protocol), a scholar's use ("Smith extended our
proof") and a method's parts ("The planner uses our map").
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    ADOPTERS_ACTS,
    COUNT,
    MAKERS,
    NAMED_ADOPTER,
    PUBLIC_BODIES,
    PUT_TO_USE,
    SOME,
    TAKERS,
    Way,
    any_of,
    searched_where,
)

# An organisation named in two words or more, joined as names are ("Transport for London", "Siemens Mobility",
# "The European Commission"), or by its letters ("NOAA"); its letters may follow it ("The Dutch railways (NS)").
# (Each word a name's, not a pronoun or an adverb: a slide's title and text are read as one line, "Bridges We
# deployed …", "Bridges Successfully deployed …".)
_NAME = r"(?-i:(?!(?:We|I|They|It|This|That|These|Those|Our|My|Then|Here|There)\b)(?![A-Z][a-z]*ly\b)[A-Z][\w’'&.-]*)"
_ORGANISATION = rf"(?-i:\b(?:The\s+)?{_NAME}(?:\s+(?:for|of|de|and|&)\s+{_NAME}|\s+{_NAME}){{1,3}}|\b[A-Z]{{2,6}}\b)"
# A body named by what it is, however it is qualified: "The Belgian regulator", "the state transit board" (not the
# speaker's own: "our city partner").
_BODY = (
    rf"\b(?:the|a|an|one)\s+(?!our\b|my\b)(?:[\w-]+\s+){{0,3}}?(?:{PUBLIC_BODIES}|{any_of(MAKERS)}|railways?)\b"
    r"(?:\s+\((?-i:[A-Z]{2,6})\))?"
)
# Adopters counted: "Five cities", "14 transit agencies", "Two other hospitals" (not "12 participants": a study's).
_COUNTED = (
    rf"\b(?:{COUNT}|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+)?"
    rf"(?:{any_of(TAKERS | {'states', 'counties', 'ministries', 'utilities', 'insurers', 'operators', 'districts'})})"
)
# An organisation's own service, product or report, by its name: "Bogotá's TransMilenio", "Caltrain's schedule",
# "NOAA's California Current ecosystem status report" (not a scholar's work or a method: "Smith's model", "Google's
# proof").
_ITS_OWN = (
    rf"{NAMED_ADOPTER}['’]s\s+(?:[\w-]+\s+){{0,4}}?(?!(?:models?|methods?|approach(?:es)?|algorithms?|proofs?|papers?"
    r"|work|theorems?|lemmas?|analys[ie]s|loss|architectures?|baselines?|networks?|estimators?|implementations?"
    r"|experiments?|stud(?:y|ies)|results|frameworks?|formulations?|definitions?|derivations?|books?|textbooks?"
    r"|theses|thesis|surveys?|reviews?|chapters?)\b)[\w-]+(?:\s+since\s+\d{4})?"
)

# Acts of taking work up that neither a method's part nor a scholar does to it.
_ADOPTS = (
    r"approved|endorsed|recommend(?:s|ed)|certified|accredited|mandate[sd]|require[sd]|adopt(?:s|ed)|buys|bought"
    r"|purchased|procured|ordered|licen[sc](?:es|ed)|install(?:s|ed)|deploy(?:s|ed)|integrat(?:es|ed)"
    r"|embed(?:s|ded)|commissioned|standardi[sz]ed\s+on|(?:switched|migrated)\s+to|rolled\s+out|scaled\s+up"
    r"|expanded"
)
# ... and those an organisation does with it, but a scholar or a method's part may too ("Smith extended our proof",
# "The Kalman Filter uses our model", "BERT uses our tokens"): said only of a body, adopters counted, or an
# organisation's own service; an organisation by its name only where the use is its own ("… in production").
_USES = (
    r"uses|used|runs|ran|relies\s+on|relied\s+on|builds\s+on|built\s+on|follows|followed|chose|selected|includes"
    r"|included|features|featured|operates|operated|cites|cited"
)
# The speaker's work, not a study's parts or the speaker's people and asks ("approved our protocol", "funded our
# team", "approved our request"), nor the work as a comparison ("… our model as a baseline").
_WORK = (
    r"(?:our|my)\s+(?![^.;]{0,30}?\b(?:study|studies|protocol|trial|participants?|survey|request|proposal"
    r"|application|grant|team|lab|group|students?|hypothes[ie]s|experiments?|consent|budget|invitation|visit)\b)"
    r"(?![^.;]{0,40}?\b(?:as\s+(?:a|the)\s+baseline|for\s+comparison)\b)[\w-]+"
)
# Those who take work up, told from a method's parts by what they are: a body, adopters counted, a service's name.
_TAKERS = rf"(?:{_BODY}|{_COUNTED}|{_ITS_OWN})"
# ... and by name: an organisation's, or one word ("Mozilla"), which may be a method's ("Adam") or a scholar's.
_NAMED = rf"(?:{_ORGANISATION}|{NAMED_ADOPTER})"
_LATELY = r"(?:\s+(?:has|have|now|also|then|later|since))?\s+"
# What those who run places and services did with it: "rerouted six bus lines", "cut headways", "closed the beach".
_DID = r"[a-z]+(?:ed|s)|cut|set|shut|made|built|kept|took"

WAYS: tuple[Way, ...] = (
    # A body, adopters counted or an organisation's own service that took the work up: "The Belgian regulator
    # approved our preparation", "Five cities bought our sensors", "Caltrain's schedule since 2024 follows our
    # recommendation"; an organisation by its name, with an act no method or scholar does ("Transport for London
    # approved our timetable model", "Mozilla adopted our checker"; not "Smith cited our paper") or a use that is
    # its own ("Siemens Mobility runs our delay predictor in production", "Mozilla runs our checker in CI").
    searched_where(
        {"our", "my"},
        rf"{_TAKERS}{_LATELY}(?-i:(?:{_ADOPTS}|{_USES}))\s+{_WORK}"
        rf"|{_NAMED}{_LATELY}(?-i:(?:{_ADOPTS}))\s+{_WORK}"
        rf"|{_NAMED}{_LATELY}(?-i:(?:runs|uses|deploys|ran|used|deployed))\s+{_WORK}[^.;]{{0,40}}?"
        r"\bin\s+(?:production|(?-i:CI)|continuous\s+integration)\b",
    ),
    # ... or that gave up its own for it: "The Dutch railways (NS) replaced their crew scheduler with ours".
    searched_where(
        {"ours", "mine"},
        rf"(?:{_TAKERS}|{_NAMED}){_LATELY}(?-i:replaced)\s+(?:its|their)\s+[^.;]{{0,40}}?\bwith\s+(?:ours|mine)\b",
    ),
    # ... or that did its own work with the speaker's: "Bogotá's TransMilenio cut headways by 20% with our
    # scheduler", "The county closed two beaches on our forecast", "Seattle rerouted six bus lines on our forecast of
    # flooding" (not "Accuracy rose with our method", "Deep Learning Methods improved with our data": no one's act;
    # a name only with what the speaker's work gives to act on, and an act of those who run places).
    searched_where(
        {"with", "using", "on"},
        rf"{_TAKERS}{_LATELY}(?-i:{_DID})\s+[^.;]{{0,60}}?\b(?:with|using|on)\s+{_WORK}"
        rf"|{_NAMED}{_LATELY}(?-i:{ADOPTERS_ACTS}|rerouted|delayed|postponed|evacuated|reopened|restricted"
        r"|suspended|cancell?ed|warned|issued|timed|scheduled)\s+[^.;]{0,60}?\b(?:with|using|on)\s+(?:our|my)\s+"
        rf"(?:[\w-]+\s+)?{PUT_TO_USE}\b",
    ),
)
