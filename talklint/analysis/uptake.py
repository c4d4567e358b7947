"""Others taking the work up, said in so many words: adopters counted ("two companies ship our planner"), a
change told ("Cryptographers now use these bounds"), a licence, a public counted in thousands, a citation where
policy is made, a standard or a default made of the work, a fleet it is installed on.

``uptake`` reads a slide's words (title, text and notes as one line) and answers yes or no; the role features
(``role_features``) turn the answer into a feature the role model weighs, and the story into impact.
"""

from __future__ import annotations

import re


def uptake(said: str) -> bool:
    """Others took the work up, counted or told as a change ("two companies ship our planner")."""
    # Each way of saying it is searched only where the slide has a word it needs: most slides name no adopter
    # at all, and the search of one pattern made of all of them cost a quarter of a millisecond a slide.
    # Words as letters only, so that the public that ends a sentence ("… to 1.2M users.") is found.
    words = set(_LETTERS.findall(said.lower()))
    return any(not words.isdisjoint(needed) and pattern.search(said) for needed, pattern in _UPTAKE)


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


# Others' research that uses the work, counted: "Over 300 papers use our benchmark".
_WORKS = frozenset({"papers", "studies"})


# Who takes a work up in the passive ("used by 40 labs"): the adopters, but not users or people, who may be the
# participants of the speaker's own study ("used by 12 users").
_TAKERS = _ADOPTERS - {"users", "people", "customers"}


# The public a release reaches, counted: "shipped to 1.2M users", "rolled out to 40,000 patients".
_PUBLICS = frozenset({"users", "people", "customers", "patients", "devices", "students", "drivers", "homes"})
# Who else a deployed service reaches, counted: "120,000 drivers", "2M households".
_PEOPLE_SERVED = frozenset({"households", "families", "teachers", "clinicians", "riders", "residents", "members"})
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


def _any_of(words: frozenset[str]) -> str:
    """The words as alternatives of a pattern, in a fixed order: "banks|clinics|…"."""
    return "|".join(sorted(words))


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
# Public bodies that put research to use, the policy makers among them: "The city adopted our model".
_PUBLIC_BODIES = rf"{_POLICY_MAKERS}|department|city|county|regulator|ngo"
# The plans a policy maker writes ("the city's 2024 heat plan"), and what of the speaker's work it puts to use.
_POLICY_PLANS = r"(?:plans?|strateg(?:y|ies)|polic(?:y|ies)|programm?es?|budget|code)"
_PUT_TO_USE = (
    r"(?:estimates?|results|findings|method|model|tool|analysis|framework|forecasts?|guidelines|recommendations"
    r"|index|indices|maps?|scores?|rubric|checklist|protocol|dataset|data|guides?|handbooks?|toolkits?)"
)
# An adopter named as a sentence's subject ("Togo", "Milan", "The World Bank"): capitalised words, not a pronoun,
# a determiner alone, nor a study's "Participants", "Training" or "Evaluation".
_NAMED_ADOPTER = (
    r"(?-i:\b(?!(?:We|I|They|It|This|That|These|Those|Our|My|Then|Here|There|Each|Every|Both|All)\b)"
    r"(?![A-Z][a-z]*(?:ing|tion|ment|s)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)
# What those who run places and services do with a work they take up.
_ADOPTERS_ACTS = (
    r"closed|opened|built|rebuilt|redesigned|planned|placed|targeted|allocated|selected|chose|prioriti[sz]ed"
    r"|deployed|installed|retrofitted|screened|inspected|funded|zoned|rezoned|routed|relocated|redrew|mapped"
)
# Everyone a release was built for, reached all at once: "Rolled out to all EU markets", "launched to all new
# sellers" (not "released to 12 participants").
_EVERYONE_REACHED = (
    r"users|customers|clients|stores|markets|regions|teams|countries|clinics|hospitals|schools|students|patients"
    r"|sellers|merchants|buyers|drivers|riders|members|subscribers|hosts|creators|employees"
)
# A count of people or things: "2,000", "1.2M", "thousands of".
_COUNT = r"(?:\d[\d,.]*\s*[km+]?|thousands of|millions of)"
# A count in the thousands or more: "200,000", "3M", "thousands of" (a study's "20 robots" or "30 users" is not).
_THOUSANDS = r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*[kKmM]\b|thousands of|millions of)"
# Some, counted in words: "two labs", "dozens of groups", "several teams".
_SOME = r"hundreds of|dozens of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|many|several"
_THOUSANDS_SAID = rf"(?:{_THOUSANDS}|\d+\s+(?:thousand|million))"  # "50 thousand" too, where a public is counted
_UPTAKE = (
    # Counted adopters: "two companies ship our planner", "2,000 users download it every month", "Over 300
    # papers use our benchmark", "Three other teams reuse our pipeline".
    _uptake(
        _ADOPTERS | _WORKS,
        rf"\b(?:{_COUNT}|hundreds of|dozens of|two|three|four|five|six|seven|"
        r"eight|nine|ten|twelve|twenty|fifty|a hundred|a thousand|half a million|a million|a billion|many|several)"
        r"\s+(?:[\w-]+\s+)?"
        rf"(?:{_any_of(_ADOPTERS | _WORKS)})\s+(?:\([^()]{{1,60}}\)\s+)?"  # "two other teams (ads, search) use it"
        # where they are, by name: "two hospitals in Munich use our reconstruction"
        r"(?:(?:in|at|across|from)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+)?"
        r"(?:now\s+)?(?:use|reuse|run|download|ship|deploy|rely on|depend on|build on|have adopted|adopted|"
        r"are using)\s+"
        r"(?:it|them|our|my|this|these)\b",
    ),
    # Uncounted, "now" tells the change: "Cryptographers now use these bounds", "An avionics supplier now uses
    # our optimiser", "The design team now uses our checklist", "The Ghana Fisheries Commission now uses our
    # acoustic index" ("we now use", "our planner now uses" are the speaker's own steps).
    _uptake(
        {"now"},
        r"(?<!\bour )(?<!\bmy )\b(?:[a-z]+(?:ers?|ists?|ians?)|others|team|company|lab|group|hospital|clinic|"
        rf"{_POLICY_MAKERS}|council|authority|board|district|municipality|city|bank|firm)\s+now\s+"
        r"(?:uses?|runs?|rel(?:y|ies) on|depends? on|builds? on)\s+(?:it|them|our|my|these)\b",
    ),
    # A company took a licence: "A US start-up licensed the enzyme", "Two firms have licensed our patent", "The
    # partner licensed the catalyst".
    _uptake(
        {"licensed"},
        r"\b(?:start-?ups?|compan(?:y|ies)|firms?|manufacturers?|spin-?offs?|industry|partners?|vendors?|makers?)"
        r"\s+(?:has\s+|have\s+)?"
        r"licensed\s+(?:the|our|my|it|this|these)\b",
    ),
    # Released to a counted public: "shipped to 1.2M users", "rolled out to 40,000 patients".
    _uptake(
        _PUBLICS,
        rf"\b(?:shipped|rolled out|released|deployed)\s+to\s+{_COUNT}\s*(?:{_any_of(_PUBLICS)})\b",
    ),
    # Teachers took it up: "Two chapters are assigned in graduate seminars", "used in courses at 12 universities",
    # "Now taught in introductory courses at five universities", "on the syllabus at Princeton", "required reading
    # in …" (not the speaker's own: "I taught in two courses", "in our classes").
    _uptake(
        _CLASSES | {"syllabus", "syllabi", "required", "taught"},
        rf"\b(?:assigned|used|adopted)\s+in\s+(?:(?!our\b|my\b)[\w-]+\s+){{0,3}}?(?:{_any_of(_CLASSES)})\b"
        rf"|\b(?:is|are|now|been)\s+taught\s+in\s+(?:[\w-]+\s+){{0,3}}?(?:{_any_of(_CLASSES)})\b"
        # "Our tutorial is taught in 20 universities" (the places counted)
        rf"|\b(?:is|are|now|been)\s+taught\s+(?:in|at)\s+(?:\d+|{_SOME})\s+(?:[\w-]+\s+)?"
        r"(?:universities|colleges|schools|countries)\b"
        r"|\bon\s+(?:the\s+)?syllab(?:us|i)\s+(?:at|of|in)\b|\brequired\s+reading\s+(?:at|in|for)\b",
    ),
    # Taken up by others, counted: "Used in two shared tasks", "used by 40 labs", "in use at 12 hospitals" (not
    # by "12 users", who may be a study's participants, nor in "our two labs").
    _uptake(
        _TAKERS | {"shared", "competitions", "challenges"},
        r"\b(?:used|in use|followed|adopted)\s+(?:(?:internally|widely|daily|routinely)\s+)?(?:in|by|at)\s+"
        rf"(?:\d[\d,]*\+?|{_SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:{_any_of(_TAKERS)}|shared tasks|competitions|challenges)\b",
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
        rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{_any_of(_MAKERS)})\s+(?:now\s+)?"
        r"(?:ships|sells|deploys|runs|uses|licenses|has adopted|adopted)\s+(?:it|them|our|my|this|these)\b"
        # "now" tells the change, whatever it sells: "A spin-off now sells the helmet to hospitals"
        rf"|\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:{_any_of(_MAKERS)})\s+now\s+"
        r"(?:ships|sells|markets|licenses)\s+(?:the|a|an)\b",
    ),
    # Others built their own from the work: "9 groups have built helmets from our files", "Two labs made their
    # own sensors with our design" (not "we built helmets from our files").
    _uptake(
        _TAKERS,
        r"\b(?:\d[\d,]*\+?|dozens of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|many|"
        rf"several)\s+(?:other\s+)?(?:{_any_of(_TAKERS)})\s+(?:have\s+|has\s+)?(?:built|made|"
        r"created|developed|replicated|reproduced)\s+[^.;]{0,50}?\b(?:from|with|using|on)\s+(?:our|my)\b",
    ),
    # Serving everyone it was built for: "Serving 100% of search traffic since June", "serves all users" (not a
    # share of a test: "serving 5% of traffic in an A/B test").
    _uptake(
        {"serving", "serves", "serve"},
        r"\bserv(?:es|ing|e)\s+(?:100\s?%|all)\s+of\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:traffic|users|queries|requests|customers|searches|patients|students)\b"
        # every one of those it was built for, counted: "Now serving all 40 services"
        r"|\bserv(?:es|ing|e)\s+all\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:services|teams|products|apps|applications"
        r"|stores|regions|markets|countries|hospitals|clinics|schools|departments)\b",
    ),
    # Others moving their own work onto the speaker's: "Two other orgs moved their models onto the platform",
    # "Five teams migrated to our pipeline" (not "Three teams moved to the cloud platform", someone else's).
    _uptake(
        {"moved", "migrated", "switched", "ported", "onboarded"},
        rf"\b(?:\d[\d,]*|{_SOME})\s+(?:other\s+(?P<others>)|(?!other\b))(?:teams|orgs|organi[sz]ations|groups"
        r"|companies|labs|services|products|departments|projects)\s+(?:have\s+)?"
        r"(?:moved|migrated|switched|ported|onboarded)\s+(?:[^.;]{0,40}?\s)?(?:onto|to)\s+"
        r"(?:our|my|(?(others)(?:the|this)|(?!)))\s+(?:[\w-]+\s+)?"
        r"(?:platform|system|service|tool|library|framework|stack|pipeline|infrastructure)\b",
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
    # program", "The city adopted our model", "The city's 2024 heat plan uses our exposure index" (not "we used
    # the ministry's data", "our department used the results of the survey", "the model uses our index").
    _uptake(
        {"used", "uses", "adopted", "adopts", "includes", "now"},
        rf"(?<!\bour )(?<!\bmy )\b(?:{_PUBLIC_BODIES}|state(?=['’]s))"
        rf"(?:['’]s\s+(?:[\w-]+\s+){{0,3}}?{_POLICY_PLANS})?\s+(?:of\s+[\w-]+\s+)?"
        r"(?:now\s+)?(?:used|uses|adopted|adopts|includes|relied\s+on|relies\s+on)\s+(?:our|these|my)\s+"
        rf"(?:[\w-]+\s+)?{_PUT_TO_USE}\b"
        # what they now do with it: "Two cities now fund right-to-counsel programs using our estimates"
        rf"|(?<!\bour )(?<!\bmy )\b(?:{_PUBLIC_BODIES}|cities|counties|states"
        r"|governments|agencies|ministries|departments|regulators|ngos)\s+now\s+[a-z]+\s+[^.;]{0,60}?"
        rf"\b(?:using|based\s+on|informed\s+by)\s+(?:our|these|my)\s+(?:[\w-]+\s+)?{_PUT_TO_USE}\b",
    ),
    # A named adopter and what it put the work to ("Togo used our maps to target cash transfers"; not the speaker's
    # "We used our maps to target the survey" nor a study's "Participants used our tool to …"), and a public body
    # taking the method up for its own work ("The World Bank adopted the method for its poverty mapping").
    _uptake(
        {"used", "uses", "adopted"},
        rf"{_NAMED_ADOPTER}\s+(?:now\s+)?(?:used|uses|adopted)\s+(?:our|my)\s+(?:[\w-]+\s+)?{_PUT_TO_USE}\s+(?:to|for)\s+[a-z]+"
        rf"|\b(?:{_PUBLIC_BODIES})\s+(?:has\s+|have\s+)?adopted\s+(?:the|our|this|my)\s+(?:[\w-]+\s+)?"
        r"(?:method|model|approach|tool|maps?|index|framework|protocol|checklist)\s+(?:for|in)\s+(?:its|their)\b",
    ),
    # ... or what a named adopter did with the work: "Milan closed 60 school streets using our design guide" (acts
    # of those who run places and services; not "Performance improved using our model" nor "Error decreased …").
    _uptake(
        {"using", "following", "based", "informed"},
        rf"{_NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:{_ADOPTERS_ACTS})\s+[^.;]{{0,60}}?\b"
        r"(?:using|following|based\s+on|informed\s+by)\s+(?:our|my)\s+"
        rf"(?:[\w-]+\s+)?{_PUT_TO_USE}\b",
    ),
    # Others' use of the speaker's artefact, ongoing since a year: "Cooling centres placed using our risk maps since
    # 2023" (not the speaker's own "We have trained models using our dataset since 2019").
    _uptake(
        {"since"},
        r"(?<!\bwe )(?<!\bwe have )(?<!\bwe've )(?<!\bi )(?<!\bi have )(?<!\bi've )\b"
        # how the speaker's own study gathered its data ("Errors measured using our method since 2020")
        r"(?!(?:measur|train|test|collect|record|comput|estimat|evaluat|observ|monitor|track|sampl|simulat)ed\b)"
        r"[a-z]+ed\s+"
        rf"(?:using|with|based\s+on|informed\s+by)\s+(?:our|my)\s+(?:[\w-]+\s+)?{_PUT_TO_USE}\s+since\s+(?:19|20)\d\d\b",
    ),
    # Cited where policy is made: "The Legislative Analyst's Office cited an earlier draft in its 2023 report",
    # "Our estimates were cited in the Senate hearing" (not a paper's citations, nor "as cited in Smith (2020)").
    _uptake(
        {"cited", "cites"},
        r"\bcit(?:ed|es)\s+(?:our|my|this|an\s+earlier|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:work|paper|draft|study|findings|results|estimates?|analysis|model|data)\s+in\s+"
        rf"(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_POLICY_DOCUMENTS})\b"
        r"|\b(?:(?:our|my|these|the)\s+(?:[\w-]+\s+)?(?:work|paper|draft|study|findings|results|estimates?|analysis)"
        r"|(?-i:(?:Work|Paper|Draft|Study|Findings|Results|Estimates?|Analysis)))\s+"
        # "Findings were presented to the OpenSSF and cited in the 2024 CISA report"
        r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:[^.;]{0,50}?\band\s+)?cited\s+(?:in|by)\s+"
        r"(?:the\s+|a\s+|an\s+)?"
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
    # Built into a product others make, named: "Integrated into Photoshop as Generative Fill", "now built into
    # Android" (not "we integrated it into ROS": the speaker's own step, nor "integrated into our pipeline").
    _uptake(
        {"integrated", "built", "incorporated", "shipped"},
        # the participle after "is", "now" or the like, or opening a line (capitalised: the lines are joined)
        # ("Built in Python" names the tool it was made with)
        r"(?:\b(?:is|was|are|were|been|now)\s+|\b(?-i:(?=[A-Z])))"
        r"(?:(?i:integrated|built|incorporated)\s+into|(?i:shipped)\s+(?:in|with))\s+(?-i:[A-Z][\w-]*[a-z])\b",
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
    # Downloads or installs counted in thousands, however the sentence goes: "(open source, 9,000 downloads)",
    # "2,000+ pip installs a month", "4.1k GitHub stars" (a study has participants, not downloads; "10,000
    # stars" alone may be the sky's).
    _uptake(
        {"downloads", "installs", "stars"},
        rf"\b{_THOUSANDS_SAID}\+?\s+(?:(?:monthly|weekly|pip|npm|conda|package|app)\s+)?(?:downloads|installs)\b"
        rf"|\b{_THOUSANDS_SAID}\+?\s+github\s+stars\b",
    ),
    # Used by everyone in a public others make: "Upstreamed into LLVM 17, used by every clang user" (not "used by
    # every step of the pipeline").
    _uptake(
        {"every", "all"},
        r"\bused\s+by\s+(?:every|all)\s+(?:[\w-]+\s+)?(?:users?|developers?|programmers?|customers?|clinicians?"
        r"|teachers?|students?|engineers?)\b",
    ),
    # Released in the product, in a quarter or to everyone: "Guaranteed rent shipped in Q2 2025", "shipped to
    # all users", "shipped in production" (not "we shipped a prototype to 12 participants", nor a year alone:
    # "the first iPhone shipped in 2007" is history).
    _uptake(
        {"shipped", "rolled"},
        r"\b(?:shipped|rolled\s+out)\s+(?:in\s+Q[1-4]\b|(?:in|to)\s+production\b"
        rf"|to\s+(?:all|every)\s+(?:[\w-]+\s+)?(?:{_EVERYONE_REACHED})\b)",
    ),
    # Launched or released to everyone it was built for: "Launched to all users in Q3 2025", "released to every
    # clinic" (not "released to 12 participants", nor "the dataset was released in 2024").
    _uptake(
        {"launched", "released"},
        rf"\b(?:launched|released)\s+to\s+(?:all|every)\s+(?:[\w-]+\s+)?(?:{_EVERYONE_REACHED})\b",
    ),
    # Put in place by those who make policy or run services: "Our recommendations were implemented by the city
    # council", "The guidelines were adopted by the state legislature" (not "the filter was implemented by the
    # authors").
    _uptake(
        {"implemented", "enacted", "adopted"},
        r"\b(?:our|my|these|the)\s+(?:[\w-]+\s+)?(?:recommendations|guidelines|proposals?|policy|policies|"
        r"findings|model|tool|index|estimates|protocol|checklist)\s+(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:implemented|enacted|adopted)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
        rf"(?:{_PUBLIC_BODIES}|council|legislature|state|hospitals?|clinics?|schools?|districts?|ministry)\b",
    ),
    # Cleared by a regulator for others to use: "The FDA cleared the device in 2024", "approved by the EMA"
    # (not "approved by the IRB", which lets a study run).
    _uptake(
        {"fda", "ema"},
        r"\b(?:FDA|EMA)\s+(?:has\s+)?(?:cleared|approved)\b|\b(?:cleared|approved|clearance|approval)\s+"
        r"(?:by|from)\s+(?:the\s+)?(?:FDA|EMA)\b|\bFDA\s+(?:clearance|approval)\b",
    ),
    # In a release of a project others maintain: "Merged into PyTorch 2.1", "Included in scikit-learn since
    # version 1.2" (not "merged into a single model", "included in the appendix").
    _uptake(
        {"merged", "upstreamed", "included", "since"},
        r"\b(?:merged|upstreamed)\s+into\s+(?:the\s+)?(?-i:[A-Z])[\w.+-]*\s+(?:v\d+|version\s+\d+|\d+\.\d+)"
        r"|\b(?:included|shipped|merged)\s+in(?:to)?\s+(?!the\b|our\b|my\b)[\w.+-]+\s+(?:since|from|as\s+of)\s+"
        r"(?:version|release|v)\s*\d",
    ),
    # Put in front of a public counted in thousands: "Deployed on Spliddit.org: 40,000 users divided rent", "live
    # in 3 states for 120,000 drivers" (a study's "deployed to 30 participants" is no public; a domain's dot is
    # no sentence's end).
    _uptake(
        {"deployed", "launched", "released", "live"},
        r"\b(?:deployed|launched|released|live)\s+(?:on|at|in|to|for|as)\s+(?:[^.;]|\.(?=\S)){0,40}?"
        rf"{_THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{_any_of(_PUBLICS | _FLEETS | _PEOPLE_SERVED)})\b",
    ),
    # Made a standard or a default by others: "Adopted as a standard by the IETF", "now the default benchmark
    # for grasping", "installed on every Ubuntu machine" (not "we adopted it as our default").
    _uptake(
        {"standard", "default", "every"},
        r"(?<!\bwe )\badopted\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:standard|default|norm|reference)\b"
        r"|\bnow\s+(?:the|a)\s+(?:de facto\s+)?(?:default|standard)\s+(?!in\b)[\w-]+"
        r"|\b(?:installed|shipped|included)\s+(?:on|in|with)\s+every\s+(?!one\b)[\w-]+"
        # the speaker's work became what everyone uses: "Our dataset became the standard benchmark for table QA",
        # "my estimator is the default in scikit-learn" (not "SGD became the standard optimizer", the field's
        # history, "our model is a standard transformer", nor "the default for our experiments")
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:became|has\s+become|is\s+now)\s+(?:the|a)\s+"
        r"(?:de facto\s+)?(?:standard|default|reference)\b"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?is\s+the\s+(?:de facto\s+)?(?:standard|default)\s+(?:in|for)\s+"
        r"(?!our\b|my\b)[\w-]+",
    ),
    # Running in every device of a product line: "The model runs in every Pixel phone" (not "the loop runs on
    # every node", a method's step, nor "on every robot in our study").
    _uptake(
        {"every"},
        r"\b(?:runs?|ships?|is\s+installed|comes)\s+(?:in|on|with)\s+every\s+(?:[\w-]+\s+){0,2}?"
        r"(?:phones?|devices?|cars?|vehicles?|robots?|laptops?|browsers?|tractors?|printers?|cameras?|watches)\b"
        r"(?!\s+(?:in|of)\s+(?:our|the|this|my)\s+(?:[\w-]+\s+)?(?:study|experiments?|lab|pilot|trial)\b)",
    ),
    # A business founded or a product sold on the work: "Two startups were founded on this work", "Our test is sold
    # in 12 countries", "Our library powers search at Spotify" (not "electricity powers homes in Texas", "the drug
    # is sold in 40 countries").
    _uptake(
        {"founded", "sold", "marketed", "available", "powers", "powering", "commercialized", "commercialised"},
        r"\b(?:start-?ups?|compan(?:y|ies)|spin-?offs?|businesses|firms?)\s+(?:were\s+|was\s+|have\s+been\s+|"
        r"has\s+been\s+)?(?:founded|built|launched|started)\s+(?:on|around|from)\s+(?:this|our|my)\b"
        rf"|\b(?:our|my|it|this)\b[^.;]{{0,40}}?\b(?:sold|marketed|available)\s+in\s+(?:\d+|{_SOME})\s+countries\b"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?powers\s+(?:[\w-]+\s+){0,3}?(?:at|for|in)\s+"
        r"(?-i:[A-Z])"
        # "Powering recommendations for 50M users", a product's users counted (not "coal powering homes for 2M
        # people": people or homes are anyone's)
        rf"|\bpowering\s+(?:[\w-]+\s+){{0,3}}?for\s+{_THOUSANDS_SAID}\s+"
        r"(?:users|customers|subscribers|members|riders|drivers|listeners|viewers|players)\b"
        r"|\b(?:commercialized|commercialised)\s+by\b",
    ),
    # A policy written from it: "It informed the 2023 WHO guideline on malaria", "Our findings informed the EU AI
    # Act's transparency rules" (not "informed by WHO guidelines", nor "prior work shaped the policy debate").
    _uptake(
        {"informed", "shaped"},
        r"\b(?:it|our|my|this|these|they)\s+(?:[\w-]+\s+){0,3}?(?:informed|shaped)\s+(?!by\b)(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?"
        r"(?:guidelines?|guidance|policy|policies|regulations?|legislation|law|standards?|bill|rules|act|"
        r"directives?)\b",
    ),
    # Used by a public in thousands, built on by others: "Over a million people have used the app", "replicated
    # by three other groups" (not "30 people used the app in the study").
    _uptake(
        {"used", "downloaded", "installed", "replicated", "reproduced", "extended", "other"},
        rf"\b(?:{_THOUSANDS_SAID}|a\s+million|millions\s+of|thousands\s+of)\s+(?:people|users|patients|students|customers|"
        r"drivers|readers)\s+(?:have\s+)?(?:used|downloaded|installed)\s+(?:it|the|our|my|this)\b"
        rf"|\b(?:replicated|reproduced|extended|adopted)\s+(?:independently\s+)?by\s+(?:\d+|{_SOME})\s+other\s+"
        r"(?:groups|labs|teams|researchers)\b(?!\s+of\b)",
    ),
    # Installed on a fleet counted in thousands: "on 200,000 robots since 2025", "runs on 3M phones", "runs on 2
    # million Roomba vacuums" (a study's "we ran it on 20 robots" counts no fleet).
    _uptake(
        _FLEETS,
        rf"\b(?:is|are|runs?|now)\s+on\s+{_THOUSANDS_SAID}\s*(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_any_of(_FLEETS)})\b",
    ),
    # Built into others' products, counted: "The estimator ships in two commercial robots", "now ships with 3
    # phones" (the present tense: "we shipped it to 12 participants" is a study).
    _uptake(
        _FLEETS | {"products"},
        rf"\bships?\s+(?:in|with)\s+(?:{_COUNT}|{_SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:products|{_any_of(_FLEETS)})\b",
    ),
)
