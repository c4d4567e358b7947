"""Parts of a talk's story said in so many words, found by their phrasing rather than by a word list: others
taking the work up, time people lose, harm told as a rate, a share too small, the speaker's research programme, a
plan laid out in time horizons.

Each test reads a slide's words (title, text and notes as one line) and answers yes or no; the role
features (``role_features``) turn the answers into features the role model weighs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from talklint.analysis.verbs import AUXILIARIES, PRESENTING, lexicon


def lays_out_a_plan(body: str) -> bool:
    """Two lines or more that open on a time horizon: "Months 0-6: …", "Years 3-4: …", "Short term: …"."""
    return len(_PLAN_STEP.findall(body)) >= 2


def uptake(said: str) -> bool:
    """Others took the work up, counted or told as a change ("two companies ship our planner")."""
    # Each way of saying it is searched only where the slide has a word it needs: most slides name no adopter
    # at all, and the search of one pattern made of all of them cost a quarter of a millisecond a slide.
    # Words as letters only, so that the public that ends a sentence ("… to 1.2M users.") is found.
    words = set(_LETTERS.findall(said.lower()))
    return any(not words.isdisjoint(needed) and pattern.search(said) for needed, pattern in _UPTAKE)


def time_lost(said: str) -> bool:
    """People kept waiting or losing time to a chore ("waits three days for a lab result", "takes people 6 hours
    a week")."""
    return ("wait" in said.lower() and bool(_WAITING.search(said))) or bool(_TIME_LOST.search(said))


def harm_rate(said: str) -> bool:
    """How often harm strikes someone, the stakes as a rate ("Every 40 seconds, someone in the US has a stroke";
    not a method's "we sample every 10 seconds"), or as a count a year ("Kitchen burns send 30,000 people to
    the ER each year"; not a study's "we recruited 30 people each week")."""
    # The cheap tests first: most slides tell no rate at all.
    lower = said.lower()
    if "every" in lower and _EVERY_FEW.search(said) and _SOMEONE.search(said) and _HARM.search(said):
        return True
    if not any(period in lower for period in ("year", "day", "week", "month", "annually")):
        return False
    return bool(_PER_PERIOD.search(said) and _PEOPLE_COUNTED.search(said) and _HARM.search(said))


def scarcity(said: str) -> bool:
    """A share that is too small, told as a count ("Only 4% of charts have alt text", "Just 1 in 10 farms tests its
    soil", "Fewer than half of patients get follow-up care"): as the talk opens, the problem in numbers."""
    return bool(_TOO_FEW.search(said))


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
# Verbs that open a line without setting a goal: what presents (as a title's orders do), thanks or points.
_NOT_AIMING = PRESENTING | {"thank", "let", "say", "look", "go", "come", "ask", "take", "get"}


def _opens_on_a_goal(words: Sequence[str]) -> bool:
    """A verb from the lexicon, as an order (not a subject's: "Design science is a methodology")."""
    first, second = words[0], words[1]
    verb = first in lexicon().base or first in _GOAL_VERBS
    return verb and first not in _NOT_AIMING and second not in AUXILIARIES


# Verbs that open aims but stay out of the lexicon, whose participles are as often adjectives ("Well-established
# methods", "automated services") and would make a topic title a claim.
_GOAL_VERBS = frozenset({"establish", "automate"})


def sets_a_horizon(title: str) -> bool:
    """The title sets the work a horizon in years: "Aim 1 (years 1-3): map the receptors", "Years 3-5: field
    trials", "Long term: immunity by design" (not a span of the past, "Data from 2010-2020", nor the vision's
    "Long-term goal")."""
    return bool(_TITLE_HORIZON.search(title))


_TITLE_HORIZON = re.compile(
    # a span of years given as a step's label or in parentheses: "Years 3-5: …", "Aim 1 (years 1-3)"
    r"\(\s*years?\s*\d+(?:\s*[-–—]\s*\d+|\+)?\s*\)|\byears?\s*\d+(?:\s*[-–—]\s*\d+|\+)?\s*:"
    r"|\b(?:short|medium|mid|long|near)(?:er)?[\s-]+term\s*:"
    r"|\bfirst\s+(?:\d+|thirty|sixty|ninety|hundred|six|three)\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)


def research_programme(said: str) -> bool:
    """The speaker states their research programme in the first person ("I conduct research on …", "I study how
    losing a home reshapes families' lives")."""
    lower = said.lower()
    return ("research" in lower or "i study" in lower) and bool(_PROGRAMME.search(said))


# The speaker stating their research programme in the first person: "I conduct theory-driven research on the ways
# communities respond to crime", "My research asks why …", "I study how families …" (not "we conducted
# interviews", a step of one study, nor "I studied how the model fails", a step told in the past).
_PROGRAMME = re.compile(
    r"\bI\s+(?:conduct|do|pursue|lead)\s+(?:[\w-]+\s+){0,3}?research\s+(?:on|in|into|about|that|which)\b"
    r"|\bI\s+study\s+(?:how|why|whether|when)\b"
    r"|\bmy\s+research\s+(?:examines|asks|investigates|explores|studies|seeks|aims|centers on|centres on)\b",
    re.IGNORECASE,
)


# Time people lose to a chore, every day or week: "Folding takes people 6 hours a week", "Nurses spend 3 hours a
# shift on paperwork" (not a method's speed, "plans in 2 seconds per step", nor a study's "ran it 6 hours a day").
_TIME_LOST = re.compile(
    r"\b(?:takes?|took|spends?|spent|loses?|lost|wastes?|wasted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hours?|days?|minutes)\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|year|shift|visit|patient)\b",
    re.IGNORECASE,
)
# A share said to be too small: "only 4% of", "just 1 in 10", "fewer than half of".
_TOO_FEW = re.compile(
    r"\b(?:only|just|fewer than|less than)\s+(?:\d+(?:\.\d+)?\s?%\s+of|\d+\s+(?:in|out of)\s+\d+|one\s+in\s+\w+"
    r"|half\s+of|a\s+(?:third|quarter|fifth|tenth)\s+of)\b",
    re.IGNORECASE,
)
# The stakes as a rate: "every 40 seconds", "every few minutes", with someone it happens to.
_EVERY_FEW = re.compile(
    r"\bevery\s+(?:\d+(?:\.\d+)?|few|two|three|five|ten|fifteen|thirty)\s+(?:seconds|minutes|hours)\b", re.IGNORECASE
)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|an?\s+(?:[\w-]+\s+){0,2}?(?:person|child|patient|woman|man|worker|driver|pedestrian"
    r"|teenager|mother|baby|adult|infant|student|american))\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:dies|die|died|killed|kills?|injured|injur(?:y|ies)|deaths?|hurt|stroke|heart attack|falls|fell|diagnosed"
    r"|hospitali[sz]ed|overdoses?|suicide|attacked|assaulted|infected|crash(?:es|ed)?|goes missing|loses|burns|burned"
    r"|drown(?:s|ed)?|to\s+the\s+ER|emergency\s+(?:room|department)s?)\b",
    re.IGNORECASE,
)
# A count of people, or of the harm done to them: "30,000 people", "1.3 million deaths", "thousands of children".
_PEOPLE_COUNTED = re.compile(
    r"\b(?:\d[\d,.]*\s*(?:k|m|million|thousand|billion)?|thousands\s+of|millions\s+of|hundreds\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:people|persons|patients|children|kids|adults|americans|workers|drivers|pedestrians"
    r"|women|men|infants|babies|teenagers|students|residents|deaths|injuries|lives)\b",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\b(?:each|every|a|per)\s+(?:year|day|week|month)\b|\bannually\b", re.IGNORECASE)
# People kept waiting, a problem in so many words: "waits three days for a lab result", "wait 3x longer",
# "waiting lists" (not a wait-free algorithm, nor "wait for the next slide").
_WAITING = re.compile(
    r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:up to\s+|over\s+|more than\s+)?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many)\s+(?:hours|days|weeks|months|years|day|week|month|year)\b"
    r"|\bwait(?:s|ed|ing)?\s+(?:\S+\s+)?longer\b|\bwait(?:ing)?\s+(?:lists?|times?)\b",
    re.IGNORECASE,
)
# A plan laid out in time horizons, one per line: "Months 0-6: audit …", "Years 3-4: …", "Y1:", "Short term:"
# (the steps of a method, "Step 1:", and the years of a past timeline, "2011 NTNU", are not horizons).
_PLAN_STEP = re.compile(
    r"^[\W\d]{0,4}?(?:(?:in|within|by|over|during)\s+(?:the\s+|my\s+|our\s+)?)?"
    r"(?:(?:months?|years?|y|quarters?|q|semesters?)\s*\d+(?:\s*[-–—]\s*\d+)?|"
    r"(?:short|medium|mid|long|near)(?:er)?[\s-]+term|(?:first|next)\s+\w+\s+(?:days|weeks|months|years)|"
    r"(?:this|next)\s+(?:year|semester|quarter))\b"
    # "Within a year: …", "In 3 years, …", "1 year: …" (a count of years alone opens a step only before a colon)
    r"|^[\W\d]{0,4}?(?:(?:in|within|by)\s+(?:a|one|two|three|five|\d+)\s+years?\b"
    r"|(?:one|two|three|five|\d+)\s+years?(?=\s*:))",
    re.IGNORECASE | re.MULTILINE,
)
# Others taking the work up, counted: "two companies ship our planner", "2,000 users download it every month",
# "40 labs run it". The present tense (or "adopted") keeps a user study out ("12 users used the prototype"),
# and the speaker's work as the object the world around it ("many people use spreadsheets").
_ADOPTERS = frozenset(
    [
        "users", "people", "labs", "laboratories", "companies", "teams", "hospitals", "clinics", "groups",
        "researchers", "developers", "schools", "universities", "cities", "countries", "governments", "agencies",
        "organisations", "organizations", "startups", "firms", "banks", "customers", "projects", "products",
        "packages", "libraries", "institutions", "engineers", "scientists", "doctors", "nurses", "farmers",
        "teachers", "businesses",
    ]
)  # fmt: skip


# Who takes a work up in the passive ("used by 40 labs"): the adopters, but not users or people, who may be the
# participants of the speaker's own study ("used by 12 users").
_TAKERS = _ADOPTERS - {"users", "people", "customers"}


# The public a release reaches, counted: "shipped to 1.2M users", "rolled out to 40,000 patients".
_PUBLICS = frozenset({"users", "people", "customers", "patients", "devices", "students", "drivers", "homes"})
# One adopter named by its trade ("A vacuum maker ships it"), and the fleets a product is installed on.
_MAKERS = frozenset(
    {"company", "maker", "manufacturer", "vendor", "start-up", "startup", "spin-off", "spinoff", "firm", "bank",
     "hospital", "insurer",
     "retailer", "carrier", "utility", "agency", "ministry", "government", "city", "school district"}
)  # fmt: skip
_FLEETS = frozenset(
    {"robots", "devices", "phones", "machines", "cars", "vehicles", "servers", "homes", "vacuums", "drones",
     "cameras", "laptops", "computers", "tablets", "watches", "headsets", "routers"}
)  # fmt: skip
# Where teachers take the work up: "assigned in graduate seminars", "on the syllabus at ten universities".
_CLASSES = frozenset({"courses", "seminars", "classes", "classrooms", "curricula"})
_LETTERS = re.compile(r"[a-z]+")


def _uptake(needed: frozenset[str] | set[str], pattern: str) -> tuple[frozenset[str], re.Pattern[str]]:
    return frozenset(needed), re.compile(pattern, re.IGNORECASE)


# Where policy is written, and who writes it: a citation there is the work taken up.
_POLICY_DOCUMENTS = (
    r"reports?|testimony|guidance|guidelines|rulings?|briefs?|regulations?|rulemaking|hearings?|bills?|laws?|"
    r"legislation|opinions?|white\s+papers?|budget"
)
_POLICY_MAKERS = (
    r"court|congress|senate|parliament|ministry|agency|commission|legislature|government|office|"
    r"central\s+bank|federal\s+reserve|world\s+bank|imf|oecd"
)
# A count of people or things: "2,000", "1.2M", "thousands of".
_COUNT = r"(?:\d[\d,.]*\s*[km+]?|thousands of|millions of)"
# A count in the thousands or more: "200,000", "3M", "thousands of" (a study's "20 robots" or "30 users" is not).
_THOUSANDS = r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*[kKmM]\b|thousands of|millions of)"
# Some, counted in words: "two labs", "dozens of groups", "several teams".
_SOME = r"hundreds of|dozens of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|many|several"
_THOUSANDS_SAID = rf"(?:{_THOUSANDS}|\d+\s+(?:thousand|million))"  # "50 thousand" too, where a public is counted
_UPTAKE = (
    # Counted adopters: "two companies ship our planner", "2,000 users download it every month".
    _uptake(
        _ADOPTERS,
        rf"\b(?:{_COUNT}|hundreds of|dozens of|two|three|four|five|six|seven|"
        r"eight|nine|ten|twelve|twenty|fifty|a hundred|a thousand|half a million|a million|a billion|many|several)"
        r"\s+(?:[\w-]+\s+)?"
        rf"(?:{'|'.join(sorted(_ADOPTERS))})\s+(?:\([^()]{{1,60}}\)\s+)?"  # "two other teams (ads, search) use it"
        r"(?:now\s+)?(?:use|run|download|ship|deploy|rely on|depend on|build on|have adopted|adopted|are using)\s+"
        r"(?:it|them|our|my|this|these)\b",
    ),
    # Uncounted, "now" tells the change: "Cryptographers now use these bounds", "An avionics supplier now uses
    # our optimiser", "The design team now uses our checklist" ("we now use", "our planner now uses" are the
    # speaker's own steps).
    _uptake(
        {"now"},
        r"(?<!\bour )(?<!\bmy )\b(?:[a-z]+(?:ers?|ists?|ians?)|others|team|company|lab|group|hospital|clinic|agency|"
        r"city|bank|firm)\s+now\s+(?:uses?|runs?|rel(?:y|ies) on|depends? on|builds? on)\s+(?:it|them|our|my|these)\b",
    ),
    # A company took a licence: "A US start-up licensed the enzyme", "Two firms have licensed our patent".
    _uptake(
        {"licensed"},
        r"\b(?:start-?ups?|compan(?:y|ies)|firms?|manufacturers?|spin-?offs?|industry)\s+(?:has\s+|have\s+)?"
        r"licensed\s+(?:the|our|my|it|this|these)\b",
    ),
    # Released to a counted public: "shipped to 1.2M users", "rolled out to 40,000 patients".
    _uptake(
        _PUBLICS,
        rf"\b(?:shipped|rolled out|released|deployed)\s+to\s+{_COUNT}\s*(?:{'|'.join(sorted(_PUBLICS))})\b",
    ),
    # Teachers took it up: "Two chapters are assigned in graduate seminars", "used in courses at 12 universities",
    # "on the syllabus at Princeton", "required reading in …" (not the speaker's own: "I taught", "in our classes").
    _uptake(
        _CLASSES | {"syllabus", "syllabi", "required"},
        rf"\b(?:assigned|used|adopted)\s+in\s+(?:(?!our\b|my\b)[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(_CLASSES))})\b"
        r"|\bon\s+(?:the\s+)?syllab(?:us|i)\s+(?:at|of|in)\b|\brequired\s+reading\s+(?:at|in|for)\b",
    ),
    # Taken up by others, counted: "Used in two shared tasks", "used by 40 labs", "in use at 12 hospitals" (not
    # by "12 users", who may be a study's participants, nor in "our two labs").
    _uptake(
        _TAKERS | {"shared", "competitions", "challenges"},
        rf"\b(?:used|in use|followed|adopted)\s+(?:in|by|at)\s+(?:\d[\d,]*\+?|{_SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:{'|'.join(sorted(_TAKERS))}|shared tasks|competitions|challenges)\b",
    ),
    # Others' research built on it, counted: "Used in 60 papers by other groups", "cited in 40 studies from other
    # labs" (not "used in two of our papers": the speaker's own).
    _uptake(
        {"other"},
        rf"\b(?:used|cited|adopted|analy[sz]ed)\s+in\s+(?:{_COUNT}|{_SOME})\s+(?:[\w-]+\s+)?"
        r"(?:papers|studies|publications|projects|analyses)\s+(?:by|from)\s+other\s+"
        r"(?:groups|labs|teams|researchers|authors|scientists)\b",
    ),
    # At work now in places counted: "Now screening 2 million patients a year in 40 clinics", "now running in
    # 12 hospitals" (not "we are now testing it in 2 clinics": a study's sites).
    _uptake(
        _TAKERS
        & {
            "hospitals",
            "clinics",
            "schools",
            "universities",
            "cities",
            "countries",
            "banks",
            "firms",
            "companies",
            "labs",
            "institutions",
        },
        r"(?<!\bwe are )(?<!\bwe're )\bnow\s+[a-z]+ing\s+(?:[^.;]{0,40}?\s)?(?:in|at|across)\s+"
        r"(?:\d{2,}[\d,]*|\d[\d,]*\+|dozens of|hundreds of|twelve|twenty|fifty)\s+(?:[\w-]+\s+)?"
        r"(?:hospitals|clinics|schools|universities|cities|countries|banks|firms|companies|labs|institutions)\b",
    ),
    # One adopter, named by what it is, in the present: "A vacuum maker ships it", "A regional bank runs our model".
    _uptake(
        {max(maker.replace("-", " ").split(), key=len) for maker in _MAKERS},
        rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(_MAKERS))})\s+(?:now\s+)?"
        r"(?:ships|sells|deploys|runs|uses|licenses|has adopted|adopted)\s+(?:it|them|our|my|this|these)\b"
        # "now" tells the change, whatever it sells: "A spin-off now sells the helmet to hospitals"
        rf"|\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(_MAKERS))})\s+now\s+"
        r"(?:ships|sells|markets|licenses)\s+(?:the|a|an)\b",
    ),
    # Others built their own from the work: "9 groups have built helmets from our files", "Two labs made their
    # own sensors with our design" (not "we built helmets from our files").
    _uptake(
        _TAKERS,
        r"\b(?:\d[\d,]*\+?|dozens of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|many|"
        rf"several)\s+(?:other\s+)?(?:{'|'.join(sorted(_TAKERS))})\s+(?:have\s+|has\s+)?(?:built|made|"
        r"created|developed|replicated|reproduced)\s+[^.;]{0,50}?\b(?:from|with|using|on)\s+(?:our|my)\b",
    ),
    # Serving everyone it was built for: "Serving 100% of search traffic since June", "serves all users" (not a
    # share of a test: "serving 5% of traffic in an A/B test").
    _uptake(
        {"serving", "serves", "serve"},
        r"\bserv(?:es|ing|e)\s+(?:100\s?%|all)\s+of\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:traffic|users|queries|requests|customers|searches|patients|students)\b",
    ),
    # A product or a service built on the work: "Android now ships a batching mode based on our study", "The
    # clinic launched a triage line informed by our findings" (not "we built a prototype based on our study").
    _uptake(
        {"ships", "shipped", "launched", "released", "introduced", "rolled"},
        r"(?<!\bwe )\b(?:now\s+)?(?:ships|shipped|launched|released|introduced|rolled\s+out)\s+[^.;]{0,60}?"
        r"\b(?:based\s+on|built\s+on|inspired\s+by|informed\s+by)\s+(?:our|my)\s+(?:[\w-]+\s+)?"
        r"(?:study|studies|work|paper|research|findings|design|method|results)\b",
    ),
    # Put to use where policy is made: "The Kenyan Ministry of Education used these estimates to plan its
    # program", "The city adopted our model" (not "we used the ministry's data", "our department used the
    # results of the survey").
    _uptake(
        {"used", "uses", "adopted", "adopts", "now"},
        rf"(?<!\bour )(?<!\bmy )\b(?:{_POLICY_MAKERS}|department|city|county|regulator|ngo)\s+(?:of\s+[\w-]+\s+)?"
        r"(?:now\s+)?(?:used|uses|adopted|adopts|relied\s+on|relies\s+on)\s+(?:our|these|my)\s+(?:[\w-]+\s+)?"
        r"(?:estimates?|results|findings|method|model|tool|analysis|framework|forecasts?|guidelines|recommendations)\b"
        # what they now do with it: "Two cities now fund right-to-counsel programs using our estimates"
        rf"|(?<!\bour )(?<!\bmy )\b(?:{_POLICY_MAKERS}|department|city|county|regulator|ngo|cities|counties|states"
        r"|governments|agencies|ministries|departments|regulators|ngos)\s+now\s+[a-z]+\s+[^.;]{0,60}?"
        r"\b(?:using|based\s+on|informed\s+by)\s+(?:our|these|my)\s+(?:[\w-]+\s+)?"
        r"(?:estimates?|results|findings|method|model|tool|analysis|framework|forecasts?|guidelines|recommendations)\b",
    ),
    # Cited where policy is made: "The Legislative Analyst's Office cited an earlier draft in its 2023 report",
    # "Our estimates were cited in the Senate hearing" (not a paper's citations, nor "as cited in Smith (2020)").
    _uptake(
        {"cited", "cites"},
        r"\bcit(?:ed|es)\s+(?:our|my|this|an\s+earlier|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:work|paper|draft|study|findings|results|estimates?|analysis|model|data)\s+in\s+"
        rf"(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_POLICY_DOCUMENTS})\b"
        r"|\b(?:our|my|these|the)\s+(?:[\w-]+\s+)?(?:work|paper|draft|study|findings|results|estimates?|analysis)\s+"
        r"(?:was|were|has\s+been|have\s+been|is|are)\s+cited\s+(?:in|by)\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_POLICY_DOCUMENTS}|{_POLICY_MAKERS})\b"
        # a sentence of its own, its subject the work it sits under: "Cited in the 2023 HUD report" (a capital, so
        # that the "as cited in the report" of a background slide is not)
        r"|(?-i:\bCited)\s+(?:in|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
        rf"(?:{_POLICY_DOCUMENTS}|{_POLICY_MAKERS})\b",
    ),
    # Written into the rules of a field: "Included in the 2024 state sepsis guidelines", "Our checklist was
    # incorporated into the WHO surgical standard" (a sentence of its own, or the speaker's work as its subject;
    # not "privacy is included in the 2018 regulations", the world the work lives in).
    _uptake(
        {"included", "incorporated", "adopted", "written"},
        r"(?:(?-i:\b(?:Included|Incorporated|Adopted|Written))|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:included|incorporated|adopted|written))"
        r"\s+in(?:to)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:guidelines|guidance|regulations?|law|legislation|standards?|policy|policies|protocols?|curricul(?:a|um)"
        r"|textbooks?)\b",
    ),
    # Part of what others run, in places counted: "Our score is now part of the Epic sepsis module at 14 hospitals"
    # (not "it is now part of our pipeline").
    _uptake(
        {"part", "built", "integrated"},
        r"\bnow\s+(?:part\s+of|built\s+into|integrated\s+into)\s+(?!our\b|my\b)[^.;]{0,60}?"
        r"\b(?:at|in|across|by)\s+(?:\d{2,}[\d,]*|\d[\d,]*\+|dozens of|hundreds of|twelve|twenty|fifty)\s+"
        r"(?:[\w-]+\s+)?(?:hospitals|clinics|schools|universities|cities|countries|banks|firms|companies|labs"
        r"|institutions|teams|states)\b",
    ),
    # A public counted in thousands, or by the month: "Our tool has 10,000 monthly users", "reached 2M users",
    # "Downloaded 50,000 times" (not a study's "the study had 30 users").
    _uptake(
        {"users", "customers", "downloads", "installs", "subscribers", "times", "downloaded", "installed"},
        r"\b(?:has|have|had|reached|reaches|serves|serving|with)\s+(?:over\s+|more than\s+|about\s+)?"
        rf"{_THOUSANDS_SAID}"
        r"\s+(?:monthly\s+|daily\s+|weekly\s+|active\s+|registered\s+)*(?:users|customers|downloads|installs|subscribers)\b"
        r"|\b(?:has|have|had)\s+(?:\d[\d,.]*\s*[kKmM]?\s+)(?:monthly|daily|weekly)\s+(?:active\s+)?users\b"
        r"|\b(?:downloaded|installed)\s+(?:over\s+|more than\s+|about\s+)?"
        rf"{_THOUSANDS_SAID}"
        r"\s+times\b",
    ),
    # Made a standard or a default by others: "Adopted as a standard by the IETF", "now the default benchmark
    # for grasping", "installed on every Ubuntu machine" (not "we adopted it as our default").
    _uptake(
        {"standard", "default", "every"},
        r"(?<!\bwe )\badopted\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:standard|default|norm|reference)\b"
        r"|\bnow\s+(?:the|a)\s+(?:de facto\s+)?(?:default|standard)\s+(?!in\b)[\w-]+"
        r"|\b(?:installed|shipped|included)\s+(?:on|in|with)\s+every\s+(?!one\b)[\w-]+",
    ),
    # Installed on a fleet counted in thousands: "on 200,000 robots since 2025", "runs on 3M phones", "runs on 2
    # million Roomba vacuums" (a study's "we ran it on 20 robots" counts no fleet).
    _uptake(
        _FLEETS,
        rf"\b(?:is|are|runs?|now)\s+on\s+{_THOUSANDS_SAID}\s*(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{'|'.join(sorted(_FLEETS))})\b",
    ),
    # Built into others' products, counted: "The estimator ships in two commercial robots", "now ships with 3
    # phones" (the present tense: "we shipped it to 12 participants" is a study).
    _uptake(
        _FLEETS | {"products"},
        rf"\bships?\s+(?:in|with)\s+(?:{_COUNT}|{_SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:products|{'|'.join(sorted(_FLEETS))})\b",
    ),
)
