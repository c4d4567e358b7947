"""The problem, said in so many words: time people lose to waiting or a chore, harm told as a rate or counted,
a share too small or one that goes without, what falls short of the need. As the talk opens, each is the problem
the talk sets out to solve. How the world changes, a question of the world and a puzzle are in ``world``.
"""

from __future__ import annotations

import re

from talklint.analysis.statements.search import found
from talklint.analysis.statements.world import PEOPLE


def time_lost(said: str) -> bool:
    """People kept waiting or losing time to a chore ("waits three days for a lab result", "takes people 6 hours
    a week"), help that takes hours to come ("Ambulances in rural Kenya take over an hour to reach a patient"), or
    a chore still done by hand or by eye ("Picking is still done by hand", "Most bridges are inspected by eye",
    "Genealogists transcribe them by hand"; not a method's "we labelled the images by hand")."""
    return found(
        said,
        (("wait",), _WAITING),
        ((), _TIME_LOST),
        (("take", "takes", "took"), _SLOW_TO_REACH),
        (("hand", "manual", "manually", "eye", "visually"), _STILL_BY_HAND),
    )


def harm_rate(said: str) -> bool:
    """How often harm strikes someone, the stakes as a rate ("Every 40 seconds, someone in the US has a stroke";
    not a method's "we sample every 10 seconds"), things that go wrong counted by the second or the day ("Every
    second, 2,000 lines of code are pushed with a bug in them", "Every day, 300 websites are breached"), or as a
    count a year ("Kitchen burns send 30,000 people to
    the ER each year"; not a study's "we recruited 30 people each week")."""
    # The cheap tests first: most slides tell no rate at all.
    lower = said.lower()
    if "every" in lower and _EVERY_FEW.search(said) and _SOMEONE.search(said) and _HARM.search(said):
        return True
    if "every" in lower and _TROUBLE_RATE.search(said):
        return True
    if not any(period in lower for period in ("year", "day", "week", "month", "annually")):
        return False
    return bool(_PER_PERIOD.search(said) and _PEOPLE_COUNTED.search(said) and _HARM.search(said))


def harm_counted(said: str) -> bool:
    """Lives lost or people hurt, counted once ("In 2018, a bridge in Genoa collapsed: 43 people died"; a count a
    year is ``harm_rate``), or the toll told as a count of deaths ("Over 20,000 deaths in the last two decades",
    "1,200 road fatalities since 2015"; not "0 deaths" or "one death"). As the talk opens it is the stakes; later it
    may be a trial's adverse events."""
    return found(said, (_HARMS_COUNTED, _HARMED), (("deaths", "fatalities"), _TOLL))


def scarcity(said: str) -> bool:
    """A share that is too small, told as a count ("Only 4% of charts have alt text", "Just 1 in 10 farms tests its
    soil", "Fewer than half of patients get follow-up care"), or the share that goes without ("85% of human
    proteins have no pocket a drug can bind", "Most of the world's languages lack a speech recogniser", "38% of
    searches end with no booking"; not "40% of the weights have no gradient", a study's own), or counted in thousands
    and more ("3,000 languages have no speech recogniser"; not "40,000 images have no label"), what is left undone
    ("Millions of pages of parish registers sit unread", "Most wells go untested"), or things and people
    in general who go without ("Guests leave without booking", "Hosts in small towns get almost no views"; not
    "we left without") or act without knowing what they must ("They decide when to plant without knowing when the
    rains will come"), the share lost or wasted ("Half of the water pumped in Lagos leaks before it reaches a tap"),
    pay below the floor ("Gig workers earn less than minimum wage"), a share of what the whole world spends
    ("Datacenters burn 2% of the world's electricity"), people who soon give up what was made for them ("Drivers
    switch it off within a month", "Owners stop wearing them within a year") or skip most of it ("Blind users skip 9
    in 10 charts"), almost none that have it ("almost none of the small rocky planets"; "Judges have almost no
    information"), plenty set against few ("Thousands of languages are spoken, but only 40 have a speech
    recogniser"), the share of things in general that is wrong or fails ("One in five answers to medication
    questions is wrong", "A third of bridges fail inspection"), what nothing can do yet ("Yet no robot folds
    reliably in a real home"), or what no one has yet done ("The 40,000 surviving letters have never been read
    together"): as the talk opens, the problem in numbers or in so many words."""
    return found(
        said,
        (("only", "just", "fewer", "less"), _TOO_FEW),
        (("no", "lack", "without"), _GOES_WITHOUT),
        (("no", "lack"), _MANY_WITHOUT),
        (_UNDONE, _LEFT_UNDONE),
        (("no", "without"), _GO_WITHOUT),
        (("leak", "lost", "lose", "wast", "thrown", "throw", "threw", "spoil", "rot", "unused", "reach"), _SHARE_LOST),
        (("gone", "extinct", "vanish", "disappear", "die out"), _SHARE_LOST),
        (("wage", "line"), _BELOW_THE_FLOOR),
        (("world", "global", "national", "nation", "country", "all"), _SHARE_CONSUMED),
        (("off", "abandon", "quit", "uninstall", "stop", "give up", "disable", "delete"), _ABANDONED),
        (
            ("skip", "miss", "ignore", "forget", "drop", "reject", "distrust", "override", "scroll", "overlook"),
            _ABANDONED,
        ),
        (("none", "hardly"), _ALMOST_NONE),
        (("but",), _PLENTY_BUT_FEW),
        (_GONE_WRONG, _SHARE_GONE_WRONG),
        (("no ",), _NONE_CAN),
        (("never",), _NEVER_DONE),
    )


def share_of_people(said: str) -> bool:
    """How many people something befalls, as a share ("One in four diabetics rations insulin", "A quarter of
    patients skip doses", "40% of tenants spend half their income on rent"): as the talk opens, the extent of the
    problem among people. Said of things, a share is a result or a setting ("40% of the parameters are zero")."""
    return bool(_SHARE_OF_PEOPLE.search(said))


def handles_a_trouble(title: str) -> bool:
    """Not the problem: a task the work does about a trouble, named as a short topic ("Slip detection", "Failure
    prediction", "Crash recovery", "Risk assessment"). The last word, the head, is the work's task; the trouble is
    only its object. So is a trouble counted as a rate, a measure the work reports ("Falls per kilometre", "Crashes
    per million miles"). Of a title that joins the work's parts, the last names the task ("GelSight fingertips + a
    slip predictor")."""
    words = title.split()
    if 2 <= len(words) <= 6 and _RATE.match(title):
        return True
    last = [w for w in _JOINED.split(title)[-1].split() if w.lower() not in _ARTICLES]
    whole = 2 <= len(words) <= 4 and words[-1].lower().rstrip(".:!") in _TASKS
    return whole or (2 <= len(last) <= 3 and last[-1].lower().rstrip(".:!") in _TASKS)


# Where a title joins the parts of the work: "Tactile fingertips + a slip predictor", "Sensors and a slip detector".
_JOINED = re.compile(r"\s+(?:\+|&|and|plus|with)\s+", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the", "our", "my"})


# A short title that counts something per unit: "Falls per kilometre", "Errors per 1,000 lines", "Crashes / 1M miles".
_RATE = re.compile(r"^\W*(?:[\w-]+\s+){0,2}[\w-]+\s+(?:per|/)\s+[\w,.]+", re.IGNORECASE)


# Tasks a method does about something: the head of a topic that names what the work does.
_TASKS = frozenset(
    {
        "detection",
        "detector",
        "prediction",
        "predictor",
        "forecasting",
        "estimation",
        "estimator",
        "recovery",
        "avoidance",
        "prevention",
        "mitigation",
        "handling",
        "diagnosis",
        "localisation",
        "localization",
        "classification",
        "segmentation",
        "repair",
        "correction",
        "compensation",
        "suppression",
        "monitoring",
        "tracking",
        "removal",
        "recognition",
        "resolution",
        "assessment",
    }
)


def shortfall(said: str) -> bool:
    """A title that says what falls short of the need, the problem in so many words: a thing too poor for its job
    ("Satellite images are too coarse to count trees", "too slow for a clinic", "Charging takes too long"), people
    who do not know what they must ("Cities do not know where their lead pipes are"), answers that are wrong
    ("Assistants are confidently wrong"), what has not got better for years ("Yields have not grown in 30 years"),
    what is easy to harm ("Software supply chains are easy to poison"; not "easy to implement"), what takes long,
    the whole title told as a span ("MRI scans take 45 minutes", "New drugs take 12 years to reach patients"), more
    coming than people can handle ("Microscopes produce more images than biologists can annotate"), what moves faster
    than anyone foresaw ("Glaciers are melting faster than models predict"). As
    the talk opens, and in the title: a slide's text, or a later title, tells a method's step the same way ("The
    Hessian is too large to store")."""
    return found(
        said,
        (("too ",), _TOO_POOR),
        (("know",), _NOT_KNOWING),
        (("wrong",), _WRONG),
        (("not", "n't"), _STALLED),
        (("easy",), _EASY_TO_HARM),
        (("take", "took", "last"), _TAKES_LONG),
        (("than",), _OUTPACES),
    )


# Time people lose to a chore, every day or week: "Folding takes people 6 hours a week", "Nurses spend 3 hours a
# shift on paperwork" (not a method's speed, "plans in 2 seconds per step", nor a study's "ran it 6 hours a day").
_TIME_LOST = re.compile(
    r"\b(?:takes?|took|spends?|spent|loses?|lost|wastes?|wasted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|days?|minutes)\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|year|shift|visit|patient)\b"
    # ... or a share of their working time, unpaid, waiting or on a chore: "Couriers spend 40% of their shift unpaid",
    # "Nurses lose a third of their day to paperwork" (the speaker's own method's time is no one's loss: "Our solver
    # spends 40% of its time in the factorisation")
    r"|(?:^|[.;:!?\n])(?:(?!\b(?:our|my|we|its)\b)[^.;:!?\n]){1,80}?\b(?:spends?|spent|loses?|lost|wastes?|wasted)\s+"
    r"(?:up\s+to\s+|over\s+|nearly\s+|about\s+|almost\s+)?(?:\d+(?:\.\d+)?\s?%|half|a\s+third|a\s+quarter|two\s+thirds)"
    r"\s+of\s+(?:their|her|his|the|a|every)\s+(?:working\s+|work\s+)?(?:time|shifts?|days?|workdays?|weeks?|hours)\b",
    re.IGNORECASE,
)
# Work that people still do by hand, the status quo a talk sets out to change: "Picking is still done by hand",
# "Most reports are still written manually" (a method's "we annotated 500 images by hand" says no "still").
_STILL_BY_HAND = re.compile(
    r"\b(?:still|mostly|largely|entirely|today|usually|typically)\s+(?:\w+\s+){0,2}?"
    r"(?:done|made|performed|checked|counted|sorted|picked|labell?ed|annotated|transcribed|entered|measured|graded|"
    r"reviewed|inspected|tested|coded|assembled|written|read|traced|segmented|scored|planned|scheduled|filled)"
    r"\s+(?:by\s+(?:hand|eye)|manually|visually)\b"
    # ... or most of them: "Most bridges in the US are inspected by eye"
    r"|\bmost\s+(?:[\w-]+\s+){1,5}?(?:is|are)\s+(?:still\s+)?(?:done|checked|counted|inspected|tested|measured|read"
    r"|graded|reviewed|scored|sorted|picked|labell?ed|entered|transcribed)\s+(?:by\s+(?:hand|eye)|manually|visually)\b"
    # ... or people of a trade who do it so today, in the present: "Genealogists and historians transcribe them by
    # hand, a page an hour" (not the speaker's "we", nor a study's past "Two annotators labelled them by hand")
    r"|\b(?!we\b|i\b)[a-z-]+(?:ers|ists|ians|ors|people|staff|clerks|nurses|doctors)\s+(?:still\s+|often\s+|usually\s+)?"
    r"(?:transcribe|count|check|label|sort|pick|enter|copy|read|inspect|measure|grade|review|score|type|fill|trace"
    r"|draw|code|match|catalogu?e|tag|annotate|search|compare|index|map|track|log|record|write|sift|scan|screen)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by\s+(?:hand|eye)|manually|visually)\b",
    re.IGNORECASE,
)
# Help or service that takes hours or more to come: "Ambulances take over an hour to reach a patient", "Claims take
# weeks to be paid" (not a method's "Our models take 3 hours to train").
_SLOW_TO_REACH = re.compile(
    r"\b[a-z-]+s\s+(?:[\w-]+\s+){0,3}?(?:take|takes|took)\s+(?:over\s+|more\s+than\s+|up\s+to\s+|about\s+)?"
    r"(?:an?|one|two|three|several|many|\d+)\s+(?:hours?|days?|weeks?|months?)\s+to\s+(?:reach|arrive|respond|answer"
    r"|get\s+to|be\s+(?:seen|treated|paid|answered|repaired|fixed|diagnosed)|see\s+a|receive)\b",
    re.IGNORECASE,
)
# A share said to be too small: "only 4% of", "just 1 in 10", "fewer than half of".
_TOO_FEW = re.compile(
    r"\b(?:only|just|fewer than|less than)\s+(?:\d+(?:\.\d+)?\s?%\s+of|\d+\s+(?:in|out of)\s+\d+|one\s+in\s+\w+"
    r"|half\s+of|a\s+(?:third|quarter|fifth|tenth)\s+of)\b",
    re.IGNORECASE,
)
# A share of things in general that goes without: "85% of human proteins have no pocket", "most languages lack"
# (not "of the weights", "of our samples": the study's own).
_GOES_WITHOUT = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?%\s+of|most(?:\s+of)?|(?:one|two|three|\d)\s+in\s+(?:\d+|three|four|five|six|ten)|half\s+of"
    r"|the\s+majority\s+of|(?:a|one|two)[\s-](?:quarter|third)s?\s+of|three[\s-]quarters\s+of)"
    r"\s+(?:all\s+|the\s+world['’]s\s+)?(?!the\b|our\b|these\b|its\b|their\b|my\b|this\b)(?:(?!of\b)[a-z-]+\s+){0,2}?"
    r"[a-z-]+s"
    r"\s+(?:(?:still|today|now|online|worldwide|globally|nationwide)\s+)?"
    # ... now or by a year to come: "Half of the world's languages will have no speakers by 2100"
    r"(?:(?:have|has|will\s+have)\s+no|lacks?|will\s+lack|end(?:s|ed)?\s+(?:with\s+no|without))\b",
    re.IGNORECASE,
)
# The items of a dataset, which a study counts: "40,000 images have no label", "10,000 samples remain unused".
_DATASET_ITEMS = (
    r"images|samples|examples|records|frames|tokens|pixels|points|nodes|edges|rows|entries|weights|parameters"
    r"|sentences|items|instances|utterances|clips|queries|labels|cells"
)
# A count in the thousands or more: "3,000", "2 billion", "millions of".
_THOUSANDS_OR_MORE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*(?:million|billion|[mb]\b)|millions\s+of|billions\s+of"
    r"|thousands\s+of|hundreds\s+of\s+millions\s+of)"
)
# ... or counted in thousands and more: "3,000 languages have no speech recogniser", "2 billion people lack safe
# water" (not a dataset's own: "40,000 images have no label").
_MANY_WITHOUT = re.compile(
    rf"\b{_THOUSANDS_OR_MORE}\s+(?:(?!of\b)[a-z-]+\s+){{0,2}}?"
    rf"(?!(?:{_DATASET_ITEMS}|documents|files|pages|videos|photos)\b)"
    r"(?:[a-z-]+s|people|children|women|men)\s+(?:(?:still|today|now|worldwide|globally)\s+)?"
    r"(?:(?:have|has|will\s+have)\s+no|lack|will\s+lack)\b",
    re.IGNORECASE,
)
# Things in general of which almost none have what they need: "almost none of the small rocky planets", "hardly any
# clinics" (not "almost none of our runs": the study's own).
_ALMOST_NONE = re.compile(
    r"\b(?:(?:almost|nearly|virtually|practically)\s+none\s+of\s+(?:the\s+)?|hardly\s+any\s+)"
    r"(?!our\b|my\b|these\b|its\b|their\b|this\b)(?:[a-z-]+\s+){0,2}?[a-z-]+s\b",
    re.IGNORECASE,
)
# Plenty set against few, in one sentence: "We have found 5,600 planets but know the air of fewer than 100",
# "Thousands of languages are spoken, but only 40 have a speech recogniser" (not a dataset's own: "We trained on
# 10,000 images but only 3 failed").
_PLENTY_BUT_FEW = re.compile(
    rf"\b{_THOUSANDS_OR_MORE}\s+(?!(?:[a-z-]+\s+)?(?:{_DATASET_ITEMS}|runs|trials|experiments|episodes|steps)\b)[^.;?!]{{0,80}}?\bbut\s+[^.;?!]{{0,40}}?\b(?:only|just|fewer\s+than|less\s+than)\s+"
    r"(?:\d|a\s+(?:few|handful)\b|one\b|two\b|three\b)",
    re.IGNORECASE,
)
# What is left undone: "unread", "untested", "undiagnosed".
_UNDONE = (
    "unread", "unseen", "unknown", "unused", "untested", "untreated", "undiagnosed", "unexamined", "unanalysed",
    "unanalyzed", "unstudied", "unreported", "uncounted", "unprocessed", "unsearched", "unindexed", "undocumented",
    "unrecorded", "uncatalogued", "uncataloged", "untranscribed", "undigitised", "undigitized", "uninspected",
    "unrepaired", "unanswered", "unchecked",
)  # fmt: skip
# What is left undone, counted or as most of it: "Millions of pages of parish registers sit unread in archives",
# "Most wells go untested" (not the speaker's own: "Most of our samples remain unlabelled").
_LEFT_UNDONE = re.compile(
    rf"\b(?:{_THOUSANDS_OR_MORE}|most(?:\s+of)?|half\s+of|\d+(?:\.\d+)?\s?%\s+of)\s+(?:all\s+|the\s+world['’]s\s+)?"
    r"(?!(?:of\s+)?(?:the|our|these|its|their|my|this)\b)(?:[\w-]+\s+){0,5}?"
    rf"(?!(?:{_DATASET_ITEMS})\b)[a-z-]+s\s+(?:still\s+)?"
    r"(?:sit|sits|lie|lies|remain|remains|go|goes|stay|stays)\s+(?:still\s+)?"
    rf"(?:{'|'.join(_UNDONE)})\b",
    re.IGNORECASE,
)
# Things or people in general (a plural) that go without, or get all but nothing: "Guests left without booking",
# "Millions go without clean water", "Hosts in small towns got almost no views" (a plural right before the verb
# keeps out the speaker's "we left without"; not "ss", "us", "is": "the process", "the campus", "the analysis").
_GO_WITHOUT = re.compile(
    r"\b[a-z-]+(?<![siu])s\s+(?:(?:still|often|usually|simply|mostly)\s+)?(?:leave|left|go|went)\s+without\b"
    # ... or act without knowing what they must: "They decide when to plant without knowing when the rains will
    # come", "Farmers plant without knowing whether it will rain" (not the speaker's "we")
    r"|\b(?:they|[a-z-]+(?<![siu])s)\s+(?:[a-z]+\s+){0,6}?without\s+knowing\s+(?:when|where|whether|which|how|what"
    r"|who|if)\b"
    r"|\b[a-z-]+(?<![siu])s\s+(?:(?:in|of|from|on)\s+(?:[a-z-]+\s+){1,3}?)?(?:get|got|receive|received)\s+"
    r"(?:almost|nearly|virtually)\s+no\b"
    # ... or people who have all but nothing of what they need: "Judges have almost no information about the
    # defendant" (people, named by what they do: not "Our models have almost no overhead")
    rf"|\b(?:{'|'.join(sorted(PEOPLE))}|judges|[a-z]+(?:er|or|ist|ian|ant|ent)s)\s+(?:still\s+|often\s+)?"
    r"(?:have|has|had)\s+(?:almost|nearly|virtually|practically)\s+no\b",
    re.IGNORECASE,
)
# What nothing in the world can do yet, as a sentence or a clause opens: "Yet no robot folds reliably in a real
# home", "No existing method works on real scans" (not "No gradient flows through the mask", a method's step).
_NONE_CAN = re.compile(
    r"(?:^|[.;:!?]\s+|\b(?:yet|but|and|still|today|so\s+far),?\s+)no\s+"
    r"(?:(?:existing|current|available|single|known|prior|commercial|deployed)\s+(?:[a-z-]+\s+)?[a-z-]+s?\s+"
    r"(?:can\s+(?:yet\s+)?|could\s+|yet\s+)?[a-z]{3,}"
    r"|[a-z-]+\s+(?:can\s+(?:yet\s+)?|could\s+|yet\s+)?[a-z]{3,}s?\b[^.;:]{0,40}?\b(?:reliably|yet|today|at\s+scale"
    r"|in\s+(?:a\s+)?real|in\s+the\s+(?:real\s+world|wild)|safely|robustly))\b",
    re.IGNORECASE,
)
# What no one has yet done with what the world holds, the gap a scholar's talk opens on: "Yet the 40,000 surviving
# letters have never been read together", "The effect has never been measured in adults" (not the speaker's own,
# "Our samples have never been frozen").
_NEVER_DONE = re.compile(
    r"(?<!\bour\s)(?<!\bmy\s)\b(?!(?:we|i|our|my)\b)[a-z-]+\s+(?:have|has)\s+never\s+(?:yet\s+)?been\s+"
    r"(?:systematically\s+|directly\s+|properly\s+)?(?:read|studied|examined|analy[sz]ed|counted|transcribed"
    r"|digiti[sz]ed|catalog(?:u)?ed|tested|mapped|measured|recorded|compared|collected|documented|surveyed|explained"
    r"|quantified|observed)\b",
    re.IGNORECASE,
)
# Words of things gone wrong, in a share of them: "is wrong", "fail inspection", "are misdiagnosed".
_GONE_WRONG = ("wrong", "incorrect", "inaccurate", "fail", "misread", "misdiagnos", "misclassif", "unsafe", "broken")
# The share of things in general that is wrong or fails: "One in five answers to medication questions is wrong", "A
# third of bridges fail inspection", "30% of scans are misread" (not the study's own: "20% of our predictions are
# wrong", "half of the runs failed").
_SHARE_GONE_WRONG = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?%\s+of|most(?:\s+of)?|(?:one|two|three|\d)\s+(?:in|out\s+of)\s+(?:\d+|three|four|five|six"
    r"|ten)|half\s+of|the\s+majority\s+of|(?:a|one|two)[\s-](?:quarter|third|fifth)s?\s+of|three[\s-]quarters\s+of)"
    r"\s+(?:all\s+)?(?!(?:of\s+)?(?:the|our|these|its|their|my|this|them)\b)(?:[\w-]+\s+){0,5}?"
    r"(?:(?:is|are|was|were)\s+(?:\w+ly\s+|still\s+|often\s+)?(?:wrong|incorrect|inaccurate|unsafe|broken|misread"
    r"|misdiagnosed|misclassified)|fail|fails)\b",
    re.IGNORECASE,
)
# A share lost or wasted: "Half of the water pumped in Lagos leaks", "a third of the food grown is thrown away" (not
# the study's own: "half of our samples were lost").
_SHARE = r"(?:half|a\s+(?:third|quarter|fifth|tenth)|\d+(?:\.\d+)?\s?%|most|two[\s-]thirds|three[\s-]quarters)"
_SHARE_LOST = re.compile(
    rf"\b{_SHARE}\s+of\s+"
    r"(?:all\s+)?(?!our\b|my\b|these\b|this\b)(?:[\w-]+\s+){1,6}?(?:leaks?|leaked|(?:is|are|gets?|will\s+be)\s+(?:lost"
    r"|wasted|thrown\s+away|gone|extinct)|goes\s+to\s+waste|spoils?|rots?|goes\s+unused|go\s+unused|never\s+reach(?:es)?"
    # ... or gone by a year to come: "Half of all species will be gone by 2100", "a third of glaciers will vanish"
    r"|will\s+(?:vanish|disappear|die\s+out)"
    r")\b"
    # ... or the verb first: "Hatcheries lost up to 80% of their larvae" (not "we lost 80% of our samples")
    r"|(?<!\bwe\s)(?<!\bi\s)\b(?:lost|lose|loses|wasted|waste|wastes|throw\s+away|threw\s+away|throws\s+away)\s+"
    rf"(?:up\s+to\s+|over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+)?{_SHARE}\s+of\s+(?:their|its|the)\b",
    re.IGNORECASE,
)
# A share of what the whole world or a country spends, taken by things in general: "Datacenters burn 2% of the
# world's electricity", "Cement emits 8% of global CO2", "Agriculture uses 70% of all freshwater" (not the work's
# own cost, "Our model uses 2% of the energy of the baseline": no one's whole).
_SHARE_CONSUMED = re.compile(
    r"(?<!\bour\s)(?<!\bmy\s)\b(?!(?:our|my|we|i)\b)[a-z][\w-]*\s+(?:(?!our\b|my\b|we\b)[\w-]+\s+){0,2}?"
    r"(?:burn|burns|burned|consume|consumes|consumed|use|uses|used|waste|wastes|wasted|emit|emits|emitted|draw|draws"
    r"|swallow|swallows|account\s+for|accounts\s+for|produce|produces|cause|causes)\s+"
    rf"(?:up\s+|about\s+|nearly\s+|over\s+|almost\s+|more\s+than\s+|roughly\s+|around\s+)?{_SHARE}\s+of\s+"
    r"(?:the\s+world['’]s|the\s+(?:world|global|national|nation['’]s|country['’]s)|global|all|worldwide)\s+"
    r"(?:[\w-]+\s+)?(?:electricity|energy|power|water|freshwater|emissions|carbon|co2|greenhouse\s+gas(?:es)?|food"
    r"|land|oil|fuel|waste|plastic|pollution)\b",
    re.IGNORECASE,
)
# People in general who soon give up what was made for them: "Drivers switch it off within a month", "Half of users
# uninstall the app after a week" (not a study's "Participants switched it off after the session", nor the speaker's
# "We switch it off after 3 epochs": people in general, in the present).
_ABANDONED = re.compile(
    rf"\b(?:{'|'.join(sorted(PEOPLE))}|drivers|owners|buyers|subscribers|members|players|viewers|listeners)\s+"
    r"(?:often\s+|quickly\s+|soon\s+|usually\s+|still\s+|just\s+)?"
    r"(?:(?:switch|turn)\s+(?:it|them|(?:the|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+off|abandon|quit|uninstall|disable"
    r"|delete|stop\s+using|stop\s+[a-z]{3,}ing\s+(?:it|them|their|the)|give\s+up\s+on)\b[^.;]{0,40}?\b(?:within|after|in)\s+(?:a|an|one|two|three|a\s+few|\d+"
    r"|the\s+first)\s+(?:days?|weeks?|months?|years?|minutes?|hours?|sessions?|uses?|rides?|trips?)\b"
    # ... or who skip, miss or reject a share of what was made for them: "Blind users skip 9 in 10 charts",
    # "Patients miss a third of their doses", "Translators reject most machine suggestions" (people named by what
    # they do, in the plural; not a study's "participants skipped 92%", told past)
    rf"|\b(?:{'|'.join(sorted(PEOPLE))}|[a-z]+(?:er|or|ist|ian|ant|ent)s)\s+"
    r"(?:often\s+|still\s+|routinely\s+|simply\s+)?(?:skip|miss|abandon|ignore|forget|drop|reject|distrust|override"
    # ... or scroll past it: "Travelers scroll past 90% of what we show them"
    r"|scroll\s+past|overlook)\s+(?:\d+\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|\d+(?:\.\d+)?\s?%\s+of|(?:a\s+)?(?:half|third|quarter)"
    r"\s+of|two[\s-]thirds\s+of|three[\s-]quarters\s+of|most|nearly\s+all|almost\s+all)\b",
    re.IGNORECASE,
)
# Pay below the floor: "earn less than minimum wage", "paid below the poverty line".
_BELOW_THE_FLOOR = re.compile(
    r"\b(?:earn|earns|earned|make|makes|paid|live|lives)\s+(?:less\s+than|below|under)\s+(?:the\s+|a\s+)?"
    r"(?:minimum|living|poverty)\s+(?:wage|line)\b",
    re.IGNORECASE,
)
# A share of people: "one in four diabetics", "a quarter of patients", "40% of all tenants" (not "40% of the
# patients", those of a study).
_SHARE_OF_PEOPLE = re.compile(
    r"\b(?:(?:one|two|three|\d)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|a\s+hundred)"
    r"|(?:a\s+(?:quarter|third|fifth|tenth)|half|two[\s-]thirds|three[\s-]quarters|\d+(?:\.\d+)?\s?%)\s+of)"
    r"\s+(?:all\s+)?(?!the\b)(?:[a-z-]+\s+)?"
    rf"(?:{'|'.join(sorted(PEOPLE))}|diabetics|smokers|infants|mothers|fathers|girls|boys|veterans|prisoners"
    r"|tenants|renters|borrowers|applicants|survivors|victims|newborns|elderly)\b",
    re.IGNORECASE,
)
# What takes long, the title's whole claim: "MRI scans take 45 minutes", "A kidney transplant takes five years to
# arrange" (not the speaker's own "Our model takes 3 hours", seconds a step takes, nor a study's "The survey took
# 2 years"; a later title tells a result the same way, and the caller reads titles as the talk opens).
_TAKES_LONG = re.compile(
    r"^\W*(?!(?:our|my|we|this|the\s+(?:study|survey|experiment|project|method|model|algorithm))\b)"
    r"(?:[\w'’-]+\s+){1,5}?(?:takes?|took|lasts?|lasted)\s+(?:over\s+|more\s+than\s+|up\s+to\s+|about\s+"
    r"|nearly\s+|almost\s+|on\s+average\s+)?(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|fifteen|twenty|several|many)\s+(?:minutes|hours?|days?|weeks?|months?|years?|decades?)"
    r"(?:\s+to\s+[\w\s'’-]{1,40})?\W*$",
    re.IGNORECASE,
)
# More coming than people can handle: "Microscopes produce more images than biologists can annotate", "Hospitals
# collect more data than doctors can read" (not a comparison of methods, "Ours finds more bugs than fuzzers do", nor
# the speaker's boast, "Our model is faster than you can blink").
_OUTPACES = re.compile(
    r"^(?!\W*(?:our|my|we|ours)\b)[^.;]*?\b(?:more|faster)\s+(?:[\w-]+\s+){0,3}?than\s+(?:[\w-]+\s+){0,3}?"
    r"(?:can|could)\s+(?:ever\s+|possibly\s+)?(?!be\b)[a-z]+"
    # ... or faster than anyone foresaw: "Glaciers are melting faster than models predict", "… sooner than expected"
    r"|^(?!\W*(?:our|my|we|ours)\b)[^.;]*?\b(?:faster|sooner|earlier|worse)\s+than\s+(?:(?:the\s+)?(?:models?|forecasts?"
    r"|projections?|theory|scientists|experts|anyone|we)\s+(?:predict|predicted|expect|expected|projected|thought)"
    r"|(?:predicted|expected|projected|forecast|anticipated))\b",
    re.IGNORECASE,
)
# A thing too poor for its job: "too coarse to count trees", "too slow for real time" (too few, too many, too
# late are the vocabulary's own words).
_TOO_POOR = re.compile(
    r"\btoo\s+(?!many\b|much\b|few\b|little\b|late\b|often\b)[a-z]+\s+(?:to|for)\s+[a-z]"
    # ... or as the title ends: "Charging takes too long", "Lidar is still too expensive"
    r"|\b(?:is|are|takes?|runs?|costs?|gets?|remains?|stays?)\s+(?:still\s+|far\s+|much\s+|way\s+)?too\s+"
    r"(?!many\b|much\b|few\b|little\b)[a-z]+\W*$",
    re.IGNORECASE,
)
# Things easy to do harm to: "Software supply chains are easy to poison", "Voice assistants are easy to fool" (not
# "The method is easy to implement").
_EASY_TO_HARM = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:still\s+|far\s+|too\s+|surprisingly\s+|dangerously\s+)?easy\s+to\s+"
    r"(?:poison|attack|hack|break|fool|steal|forge|fake|spoof|jam|crack|exploit|tamper\s+with|bypass|evade"
    r"|manipulate|game|cheat|defeat|trick|disrupt|counterfeit|sabotage|hijack|abuse|misuse|miss|overlook)\b",
    re.IGNORECASE,
)
# People who do not know what they must: "do not know where their lead pipes are", "doesn't know which".
_NOT_KNOWING = re.compile(
    r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:even\s+)?know\s+(?:where|whether|which|who|what|how|when|if)\b",
    re.IGNORECASE,
)
# What has not got better for years: "Smallholder yields have not grown in 30 years", "Wages haven't risen since
# 1990" (not "the loss has not changed after step 3").
_STALLED = re.compile(
    r"\b(?:have|has|had)(?:\s+not|n['’]t)\s+(?:grown|improved|risen|increased|budged|fallen|declined|moved)\s+"
    r"(?:in|for|since)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:\d+\s+(?:years|decades)|(?:19|20)\d\d|decades|years"
    r"|(?:a|two|three|several)\s+(?:decades?|generations?|centur(?:y|ies)))\b",
    re.IGNORECASE,
)
# Answers that are wrong: "are confidently wrong", "even when they are wrong", "gets it wrong", "they guess wrong".
_WRONG = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?:\w+ly\s+|often\s+|still\s+)?wrong\b|\bgets?\s+(?:it|this|them)\s+wrong\b"
    r"|\bguess(?:es|ed)?\s+(?:\w+ly\s+|often\s+)?wrong\b",
    re.IGNORECASE,
)
# The stakes as a rate: "every 40 seconds", "every few minutes", with someone it happens to.
_EVERY_FEW = re.compile(
    r"\bevery\s+(?:\d+(?:\.\d+)?|few|two|three|five|ten|fifteen|thirty)\s+(?:seconds|minutes|hours)\b", re.IGNORECASE
)
# Things gone wrong, counted in a span that recurs: "Every second, 2,000 lines of code are pushed with a bug in
# them" (not a method's "Every second, the robot replans 2,000 trajectories": nothing goes wrong).
_TROUBLE_RATE = re.compile(
    # (as a sentence opens: not the speaker's "We log every 10 seconds 2,000 errors of the model")
    r"(?:^|(?<=[.;:!?]\s)|(?-i:(?=Every\b)))"
    r"every\s+(?:(?:\d+|few|two|three|five|ten|fifteen|thirty)\s+)?(?:second|minute|hour|day)s?\b,?\s+"
    r"(?!we\b|i\b|our\b)(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?(?:\d[\d,.]*\s*(?:k|m|million|thousand"
    r"|billion)?)\s+[^.;]{0,60}?\b(?:bugs?|errors?|flaws?|defects?|faults?|failures?|breach(?:ed|es)?|hacked"
    r"|attacked|delayed|outages?|crash(?:es|ed)?|leak(?:s|ed)?|spills?|fires?|collisions?|frauds?|scams?|stolen"
    r"|lost|wasted|die|died|killed|injured)\b",
    re.IGNORECASE,
)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|an?\s+(?:[\w-]+\s+){0,2}?(?:person|child|patient|woman|man|worker|driver|pedestrian"
    r"|teenager|mother|baby|adult|infant|student|american))\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:dies|die|died|killed|kills?|injured|injur(?:y|ies)|deaths?|hurt|stroke|heart attack|falls|fell|diagnosed"
    r"|hospitali[sz]ed|overdoses?|suicide|attacked|assaulted|infected|crash(?:es|ed)?|goes missing|loses|burns|burned"
    r"|drown(?:s|ed)?|to\s+the\s+ER|emergency\s+(?:room|department)s?"
    # a hardship people face: "2.7 million households face eviction", "families face foreclosure"
    r"|fac(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?(?:eviction|foreclosure|homelessness|hunger|poverty|discrimination|violence"
    r"|abuse|debt|bankruptcy|deportation|unemployment|food\s+insecurity))\b",
    re.IGNORECASE,
)
# A count of people, or of the harm done to them: "30,000 people", "1.3 million deaths", "thousands of children".
_PEOPLE_COUNTED = re.compile(
    r"\b(?:\d[\d,.]*\s*(?:k|m|million|thousand|billion)?|thousands\s+of|millions\s+of|hundreds\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|persons|patients|children|kids|adults|americans|workers|drivers|pedestrians"
    r"|women|men|infants|babies|teenagers|students|residents|deaths|injuries|lives|households|families|tenants"
    r"|renters|homeowners)\b",
    re.IGNORECASE,
)
# People dead or hurt, counted once: "43 people died", "246 people were killed" (``harm_counted``). The words are
# also its cheap test: most slides hold none of them.
_HARMS_COUNTED = ("died", "killed", "lost their lives", "drowned", "injured")
_ANY_HARM_COUNTED = "|".join(r"\s+".join(harm.split()) for harm in _HARMS_COUNTED)
_HARMED = re.compile(
    rf"{_PEOPLE_COUNTED.pattern}\s+(?:have\s+|had\s+|were\s+)?(?:{_ANY_HARM_COUNTED})\b", re.IGNORECASE
)
_TOLL = re.compile(
    r"(?<![\w.,])(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?"
    r"(?!0\b)\d[\d,.]*\s*(?:k|million|thousand|billion)?\s+(?:[\w-]+\s+)?(?:deaths|fatalities)\b",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\b(?:each|every|a|per)\s+(?:year|day|week|month)\b|\bannually\b", re.IGNORECASE)
# People kept waiting, a problem in so many words: "waits three days for a lab result", "wait 3x longer",
# "waiting lists" (not a wait-free algorithm, nor "wait for the next slide").
_WAITING = re.compile(
    r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:up to\s+|over\s+|more than\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many)\s+(?:hours|days|weeks|months|years|day|week|month|year)\b"
    # minutes lost again and again ("Engineers wait 40 minutes a day for builds"; not a protocol's "wait 10
    # minutes before measuring")
    r"|\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:up to\s+|over\s+|more than\s+)?\d+\s+minutes\s+(?:a|per|each|every)\s+"
    r"(?:day|week|shift|visit|build|release)\b"
    r"|\bwait(?:s|ed|ing)?\s+(?:\S+\s+)?longer\b|\bwait(?:ing)?\s+(?:lists?|times?)\b"
    # spans uncounted, in the plural: "Rural clinics wait weeks for lab results"
    r"|\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:hours|days|weeks|months|years)\b",
    re.IGNORECASE,
)
