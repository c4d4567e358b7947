"""Products and the publics they reach: released to users counted in thousands, shipped in a quarter or to
everyone, built into others' products or fleets, merged into a release, made a standard or a default, a business
founded on the work.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    AT_LEAST,
    COUNT,
    EVERYONE_REACHED,
    FLEETS,
    MILLIONS,
    NAMED_ADOPTER,
    PEOPLE_SERVED,
    PUBLICS,
    SOME,
    THOUSANDS_SAID,
    Way,
    any_of,
    searched_where,
)

# Those a product reaches, besides its users: "200,000 commuters", "2 million riders".
_RIDERS = frozenset({"riders", "commuters", "listeners", "readers", "players", "learners", "viewers", "subscribers"})
_PUBLICS_REACHED = PUBLICS | _RIDERS | {"members"}
_REACHED = any_of(_PUBLICS_REACHED)
_ONE_REACHED = frozenset({"student", "user", "patient", "customer", "driver", "listener", "reader", "learner", "child"})

# The load a service carries, which reaching all of it takes the work up: "100% of search traffic", "all queries".
_LOAD = r"traffic|queries|requests|searches"

# What a product team does to its product: ship, launch or release a thing, or make one the default.
_PRODUCT_CHANGE = r"(?:ships|shipped|launched|released|introduced|rolled\s+out|made\s+[^.;]{0,40}?\bthe\s+default)"
# ... on the strength of the work: "based on our study", "informed by our findings", "based on Finding 1".
_ON_THE_WORK = (
    r"(?:based\s+on|built\s+on|inspired\s+by|informed\s+by)\s+(?:(?:our|my)\s+(?:[\w-]+\s+)?"
    r"(?:study|studies|work|paper|research|findings|design|method|results)\b|finding\s+\d+\b)"
)


WAYS: tuple[Way, ...] = (
    # Released to a counted public: "shipped to 1.2M users", "rolled out to 40,000 patients", or shown to one in
    # millions, "Shown to hundreds of millions of users daily" (not a study's "shown to 12 users"), or prescribed to
    # thousands, "prescribed to 18,000 patients by NHS GPs" (not a trial's "prescribed to 40 patients").
    searched_where(
        PUBLICS,
        rf"\b(?:shipped|rolled out|released|deployed)\s+to\s+{COUNT}\s*(?:{any_of(PUBLICS)})\b"
        rf"|\bprescribed\s+to\s+{AT_LEAST}{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{any_of(PUBLICS)})\b"
        rf"|\b(?:shown|served|displayed)\s+(?:daily\s+)?to\s+(?:(?:hundreds|tens)\s+of\s+)?{AT_LEAST}{MILLIONS}\s+"
        rf"(?:[\w-]+\s+)?(?:{any_of(PUBLICS)})\b",
    ),
    # The work brought to a public counted in millions by the service it runs in: "the AirNow app shows our hourly
    # forecast to 4 million users", "The regret model now ranks the home feed for 200M users" (not a capacity, "Our
    # index now scales to 10M users", nor a study's data, "Our model now predicts churn for 3 million customers in
    # the dataset").
    searched_where(
        # (what is shown in records ends on a public's word, already needed)
        _PUBLICS_REACHED | _ONE_REACHED | {"million", "millions"},
        r"\b(?:shows|serves|sends|delivers|brings|pushes|displays)\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?to\s+"
        rf"{AT_LEAST}{THOUSANDS_SAID}\s+(?:{_REACHED})\b"
        r"|\bnow\s+(?!(?:scales|supports|handles|simulates|models|predicts|has|is|was)\b)[a-z]+s\s+[^.;]{0,40}?\b"
        rf"(?:to|for)\s+{AT_LEAST}{MILLIONS}\s+(?:{_REACHED})\b"
        r"(?![^.;]{0,30}?\b(?:in|of|from)\s+(?:(?:the|our|this|a)\s+)?(?:dataset|data|simulations?|study|trace|logs?"
        r"|experiments?|benchmarks?)\b)"
        # ... to each of them, by the service that now runs it: "Khan Academy now gives our hint sequences to every
        # student who gets a fraction problem wrong" (not the speaker's "We now give our quiz to every student", nor
        # a study's "… to every student in the study")
        r"|(?<!\bwe )\bnow\s+(?:shows|serves|sends|delivers|brings|pushes|displays|gives|offers)\s+(?:our|my)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?to\s+(?:every|each|all)\s+(?:[\w-]+\s+)?(?:{_REACHED}|{any_of(_ONE_REACHED)})\b"
        r"(?![^.;]{0,30}?\b(?:in|of)\s+(?:the|our|this)\s+(?:study|trial|cohort|experiment|sample|pilot)\b)"
        # ... or thousands of them, again and again: "Our early-warning score flags dropout risk for 250,000 students
        # in Colombia every term" (not a study's data: "… for 300,000 customers in the dataset")
        rf"|\b(?:our|my)\s+(?:[\w-]+\s+){{0,3}}?(?:now\s+)?[a-z]+s\s+[^.;]{{0,40}}?\bfor\s+{AT_LEAST}{THOUSANDS_SAID}\s+"
        rf"(?:{_REACHED})\b[^.;]{{0,40}}?\b(?:every|each|a|per)\s+(?:day|night|week|month|term|semester|year)\b"
        r"(?![^.;]{0,30}?\b(?:in|of|from)\s+(?:(?:the|our|this|a)\s+)?(?:dataset|data|simulations?|study|trial)\b)"
        # ... or millions of things done for those who run a service: "Our triage chatbot answered 1.2 million patient
        # questions for the NHS 111 service last year", "… has graded 3 million essays for teachers" (not "answered
        # 1,200 test questions in the evaluation", nor the data of a computation, "processed 3 million images for
        # ImageNet training")
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+)?[a-z]+(?:ed|s)\s+"
        rf"{AT_LEAST}{MILLIONS}\s+(?!(?:[\w-]+\s+){{0,2}}?(?:images|tokens|samples|frames|examples|documents|sentences"
        r"|pixels|steps|iterations|parameters)\b)(?:[\w-]+\s+){0,2}?[a-z]+\s+for\s+(?:the\s+)?"
        r"(?:(?-i:[A-Z])|teachers|clinicians|doctors|nurses|schools|hospitals|clinics|cities|agencies|companies)"
        # ... or shown where they see it: "Our model's predictions appear in the electronic record of 2.5 million
        # patients at Mass General Brigham" (not "appear in Figure 3")
        r"|\b(?:our|my)\s+[^.;]{0,40}?\b(?:appear|appears|show\s+up|shows\s+up|are\s+shown|is\s+shown)\s+in\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:records?|charts?|apps?|dashboards?|feeds?|inbox(?:es)?)\s+of\s+"
        rf"{AT_LEAST}(?:{MILLIONS}|{THOUSANDS_SAID})\s+"
        rf"(?:{_REACHED})\b",
    ),
    # Serving everyone it was built for: "Serving 100% of search traffic since June", "serves all users" (not a
    # share of a test: "serving 5% of traffic in an A/B test").
    searched_where(
        {"serving", "serves", "serve"},
        r"\bserv(?:es|ing|e)\s+(?:100\s?%|all)\s+of\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?"
        rf"(?:{_LOAD}|users|customers|patients|students)\b"
        # every one of those it was built for, counted: "Now serving all 40 services"
        r"|\bserv(?:es|ing|e)\s+all\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?(?:services|teams|products|apps|applications"
        r"|stores|regions|markets|countries|hospitals|clinics|schools|departments)\b",
    ),
    # A product or a service built on the work: "Android now ships a batching mode based on our study", "The
    # clinic launched a triage line informed by our findings", "Made smart pricing the default, based on our study",
    # "Launched host protection, based on Finding 1" (the talk's own finding, by its number), or told the other way
    # round: "Based on our findings, the team launched host protection" (not "we built a prototype based on our
    # study", nor "Based on our findings, we launched a second study").
    searched_where(
        {"ships", "shipped", "launched", "released", "introduced", "rolled", "default"},
        rf"(?<!\bwe )\b(?:now\s+)?{_PRODUCT_CHANGE}\s+[^.;]{{0,60}}?\b{_ON_THE_WORK}"
        rf"|\b{_ON_THE_WORK},?\s+(?!we\b|i\b)(?:[\w-]+\s+){{1,4}}?(?:now\s+)?{_PRODUCT_CHANGE}\b",
    ),
    # Part of what others run, in places counted: "Our score is now part of the Epic sepsis module at 14 hospitals"
    # (not "it is now part of our pipeline").
    searched_where(
        {"part", "built", "integrated"},
        r"\bnow\s+(?:part\s+of|built\s+into|integrated\s+into)\s+(?!our\b|my\b)[^.;]{0,60}?"
        r"\b(?:at|in|across|by)\s+(?:\d{2,}[\d,]*|\d[\d,]*\+|dozens of|hundreds of|twelve|twenty|fifty)\s+"
        r"(?:[\w-]+\s+)?(?:hospitals|clinics|schools|universities|cities|countries|banks|firms|companies|labs"
        r"|institutions|teams|states)\b",
    ),
    # Adopted in a product others make, named, as a line of its own: "Adopted in Apple's iOS 18 keyboard", "Adopted
    # by Google Maps" (not "Adopted in 2019, the GDPR …", nor "adopted in our lab").
    searched_where(
        {"adopted"},
        r"(?-i:\bAdopted)\s+(?:in|by|at)\s+(?:the\s+)?(?-i:[A-Z])[\w&.-]*",
    ),
    # Built into a product others make, named: "Integrated into Photoshop as Generative Fill", "now built into
    # Android" (not "we integrated it into ROS": the speaker's own step, nor "integrated into our pipeline").
    searched_where(
        {"integrated", "built", "incorporated", "shipped"},
        # the participle after "is", "now" or the like, or opening a line (capitalised: the lines are joined)
        # ("Built in Python" names the tool it was made with)
        r"(?:\b(?:is|was|are|were|been|now)\s+|\b(?-i:(?=[A-Z])))"
        r"(?:(?i:integrated|built|incorporated)\s+into|(?i:shipped)\s+(?:in|with))\s+(?-i:[A-Z][\w-]*[a-z])\b",
    ),
    # A public counted in thousands, or by the month: "Our tool has 10,000 monthly users", "reached 2M users",
    # "Downloaded 50,000 times" (not a study's "the study had 30 users", nor "Experiment with 12,000 users": a test's
    # participants, in any number).
    searched_where(
        {"users", "customers", "downloads", "installs", "subscribers", "times", "downloaded", "installed"},
        r"\b(?:has|have|had|reached|reaches|serves|serving|(?<!\w)(?<!experiment\s)(?<!experiments\s)(?<!study\s)"
        r"(?<!studies\s)(?<!test\s)(?<!tests\s)(?<!trial\s)(?<!survey\s)(?<!pilot\s)(?<!evaluated\s)(?<!tested\s)"
        r"(?<!validated\s)with)\s+(?:over\s+|more than\s+|about\s+)?"
        rf"{THOUSANDS_SAID}"
        r"\s+(?:monthly\s+|daily\s+|weekly\s+|active\s+|registered\s+)*(?:users|customers|downloads|installs|subscribers)\b"
        r"|\b(?:has|have|had)\s+(?:\d[\d,.]*\s*[kKmM]?\s+)(?:monthly|daily|weekly)\s+(?:active\s+)?users\b"
        r"|\b(?:downloaded|installed)\s+(?:over\s+|more than\s+|about\s+)?"
        rf"{THOUSANDS_SAID}"
        r"\s+times\b",
    ),
    # The work brought to a public counted in thousands: "Our curriculum reached 45,000 students in Kenya last year",
    # "Our forecasts now go out every morning to 2 million farmers by SMS" (not a study's: "Our survey reached
    # 12,000 students", nor data: "We sent 2 million messages to our model").
    searched_where(
        {"reached", "reaches", "out", "sent"},
        r"\b(?:our|my|the|this|it)\s+(?!(?:[\w-]+\s+){0,2}?(?:survey|study|questionnaire|trial|experiment|sample"
        r"|recruitment|ads?|invitations?|emails?|posters?)\b)(?:[\w-]+\s+){0,2}?(?:now\s+)?(?:reached|reaches"
        r"|goes\s+out|go\s+out|went\s+out|(?:is|are|was|were)\s+sent)\s+(?:[^.;]{0,30}?\s)?(?:to\s+)?"
        rf"{AT_LEAST}{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{_REACHED}|{any_of(PEOPLE_SERVED)}|farmers|families|children"
        r"|parents|learners|workers|citizens|readers|listeners|viewers)\b",
    ),
    # Downloads or installs counted in thousands, however the sentence goes: "(open source, 9,000 downloads)",
    # "2,000+ pip installs a month", "4.1k GitHub stars" (a study has participants, not downloads; "10,000
    # stars" alone may be the sky's).
    searched_where(
        {"downloads", "installs", "stars"},
        rf"\b{THOUSANDS_SAID}\+?\s+(?:(?:monthly|weekly|pip|npm|conda|package|app)\s+)?(?:downloads|installs)\b"
        rf"|\b{THOUSANDS_SAID}\+?\s+github\s+stars\b",
    ),
    # Used by everyone in a public others make: "Upstreamed into LLVM 17, used by every clang user" (not "used by
    # every step of the pipeline").
    searched_where(
        {"every", "all"},
        r"\bused\s+by\s+(?:every|all)\s+(?:[\w-]+\s+)?(?:users?|developers?|programmers?|customers?|clinicians?"
        r"|teachers?|students?|engineers?)\b",
    ),
    # Released in the product, in a quarter, a version or to everyone: "Guaranteed rent shipped in Q2 2025", "Night
    # mode shipped in v5.2", "shipped to all users", "went to 100% of Discover Weekly users", "Shipped to 100% of
    # traffic", "shipped in production" (not "we shipped a prototype to 12 participants", "went to 5% of users",
    # "shipped with a gripper", a study's own, "rolled out to all patients in the trial", nor a year alone: "the first
    # iPhone shipped in 2007" is history).
    searched_where(
        {"shipped", "rolled", "went", "ramped"},
        r"\b(?:shipped|rolled\s+out)\s+(?:in\s+Q[1-4]\b|(?:in|to)\s+production\b"
        r"|(?:in|with)\s+(?:the\s+)?(?:v\d|version\s+\d|release\s+\d))"
        r"|\b(?:shipped|rolled\s+out|went|ramped(?:\s+up)?)\s+to\s+(?:all|every|100\s?%\s+of)\s+"
        rf"(?:(?:the|our|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{EVERYONE_REACHED}|listeners|readers|viewers|players"
        rf"|{_LOAD})\b"
        r"(?![^.;]{0,30}?\b(?:in|of)\s+(?:the|our|this)\s+(?:study|trial|cohort|experiment|sample|pilot)\b)",
    ),
    # Running where an organisation does its work, as a release does: "Our ranker runs in production on Instagram",
    # "has been in production at Uber since 2024", "went live in production" (not a process's "toxin production",
    # "in production mode", "results in Production" of a study of speech).
    searched_where(
        {"production"},
        r"\b(?:runs?|running|ran|is|are|was|were|been|went|goes|put)\s+(?:live\s+)?in(?:to)?\s+production\b"
        r"(?!\s+(?:mode|settings?|environments?\s+like|code|lines?|costs?|of|tasks?|trials?)\b)",
    ),
    # Launched or released to everyone it was built for: "Launched to all users in Q3 2025", "released to every
    # clinic" (not "released to 12 participants", nor "the dataset was released in 2024").
    searched_where(
        {"launched", "released"},
        rf"\b(?:launched|released)\s+to\s+(?:all|every)\s+(?:[\w-]+\s+)?(?:{EVERYONE_REACHED})\b",
    ),
    # In a release of a project others maintain: "Merged into PyTorch 2.1", "Included in scikit-learn since
    # version 1.2" (not "merged into a single model", "included in the appendix").
    searched_where(
        {"merged", "upstreamed", "included", "since"},
        r"\b(?:merged|upstreamed)\s+into\s+(?:the\s+)?(?-i:[A-Z])[\w.+-]*\s+(?:v\d+|version\s+\d+|\d+\.\d+)"
        r"|\b(?:included|shipped|merged)\s+in(?:to)?\s+(?!the\b|our\b|my\b)[\w.+-]+\s+(?:since|from|as\s+of)\s+"
        r"(?:version|release|v)\s*\d"
        # the work part of a project others maintain, since a release: "Our code is part of ROS 2 since the Humble
        # release" (not "part of our pipeline since May")
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?part\s+of\s+"
        r"(?!our\b|my\b|the\b)(?-i:[A-Z])[\w.+-]*(?:\s+\d[\w.]*)?\s+(?:since|from|as\s+of)\s+(?:the\s+)?"
        r"(?:version|release|v\s*\d|(?-i:[A-Z])[\w.-]*\s+release)",
    ),
    # Put in front of a public counted in thousands: "Deployed on Spliddit.org: 40,000 users divided rent", "live
    # in 3 states for 120,000 drivers", "The arrows shipped to 80 million users" (a study's "deployed to 30
    # participants" is no public; a domain's dot is no sentence's end).
    searched_where(
        {"deployed", "launched", "released", "live", "shipped", "rolled"},
        # (the work between the verb and its particle: "The district rolled the helper out to 3,200 tutors")
        r"\b(?:deployed|launched|released|live|shipped"
        r"|rolled\s+(?:(?:the|our|my|it|them|this)\b(?:\s+[\w-]+){0,2}?\s+)?out)"
        r"\s+(?:on|at|in|to|for|as)\s+(?:[^.;]|\.(?=\S)){0,40}?"
        rf"{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{any_of(PUBLICS | FLEETS | PEOPLE_SERVED)})\b",
    ),
    # The standard of care, the default or the norm, in places counted: "The protocol became the standard of care
    # in 14 NICUs across Canada" (not "Cisplatin became the standard of care in 1978", a history).
    searched_where(
        {"became", "become"},
        r"\b(?:became|has\s+become|have\s+become)\s+(?:the\s+)?(?:standard\s+of\s+care|standard|default|norm)\s+"
        rf"(?:in|at|across|for)\s+(?:{COUNT}|{SOME}|all|every)\s+(?:[\w-]+\s+)?"
        r"(?:hospitals|clinics|units|wards|NICUs|ICUs|schools|districts|states|countries|cities|counties|universities"
        r"|colleges|companies|firms|agencies|practices|centers|centres|labs|banks|farms|courts)\b",
    ),
    # The benchmark the field reports on: "Our dataset is the benchmark every major speech lab now reports on" (not
    # "Our dataset is the benchmark for our experiments").
    searched_where(
        {"benchmark", "testbed"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|became|has\s+become)\s+(?:now\s+)?the\s+(?:standard\s+|de\s+facto\s+)?"
        r"(?:benchmark|testbed)\s+(?:that\s+)?(?:every|all|most|many)\s+(?:[\w-]+\s+){0,2}?(?:labs?|groups?|teams?"
        r"|companies|papers|researchers|vendors)\b",
    ),
    # Made a standard or a default by others: "Adopted as a standard by the IETF", "now the default benchmark
    # for grasping", "installed on every Ubuntu machine", "Our protocol became part of the IETF QUIC standard" (not
    # "we adopted it as our default", nor "the standard became part of the law").
    searched_where(
        {"standard", "default", "every", "rfc", "iso", "ieee", "iec"},
        r"(?<!\bwe )\badopted\s+as\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:standard|default|norm|reference)\b"
        # ... or a standard by its number: "Our protocol became RFC 9420"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:became|has\s+become|is\s+now)\s+(?:an?\s+)?(?-i:RFC|ISO|IEEE|IEC)"
        r"\s*\d"
        # ... or by the body that sets it: "Our compression format became an IETF standard", "is now an ISO standard"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:became|has\s+become|is\s+now)\s+(?:an?|the)\s+"
        r"(?:(?-i:[A-Z]{2,6})|international|industry|official|national|open|web)\s+standard\b"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:became|has\s+become|is\s+now)\s+part\s+of\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?standards?\b"
        r"|\bnow\s+(?:the|a)\s+(?:de facto\s+)?(?:default|standard)\s+(?!in\b)[\w-]+"
        r"|\b(?:installed|shipped|included)\s+(?:on|in|with)\s+every\s+(?!one\b)[\w-]+"
        # the speaker's work became what everyone uses: "Our dataset became the standard benchmark for table QA",
        # "my estimator is the default in scikit-learn", "Our field protocol is the standard of the European Pollinator
        # Monitoring Scheme" (not "SGD became the standard optimizer", the field's history, "our model is a standard
        # transformer", "the default for our experiments", nor a trial's comparison, "Our control arm is the standard
        # of care")
        # (what the work holds may come between: "Our dataset of 1.2 billion trips became the standard benchmark")
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:(?:of|with|from)\s+(?:[\w.,-]+\s+){1,3}?)?"
        r"(?:became|has\s+become|is\s+now)\s+(?:the|a)\s+(?:de facto\s+)?(?:standard|default|reference)\b"
        # (not the speaker's own: "Our protocol became a standard step in our lab")
        r"(?![^.;]{0,30}?\b(?:in|of|for|at)\s+(?:our|my)\b)"
        # ... the standard of a field's benchmark or tool: "Our dataset is the standard benchmark for load forecasting"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?is\s+(?:now\s+)?the\s+(?:de facto\s+)?"
        r"(?:standard|default|reference)\s+(?:benchmark|dataset|test|tool|method|format|model|library)\s+"
        r"(?:for|in|of|at)\s+(?!our\b|my\b|this\b|these\b)"
        # ... or on a named product: "Our typeface is the default on Kindle devices" (not "the default for all
        # experiments", the speaker's settings)
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?is\s+the\s+(?:de facto\s+)?(?:standard|default)\s+"
        r"(?:in|for|of(?!\s+care\b)|on(?=\s+(?-i:[A-Z])))\s+(?!our\b|my\b|all\s+(?:[\w-]+\s+)?(?:experiments|runs"
        r"|datasets|tasks|settings|models|baselines)\b)[\w-]+"
        # ... a named project's default: "Our noise-aware pass has been Qiskit's default layout stage since 0.45"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:is|has\s+been|became|has\s+become)\s+(?:now\s+)?"
        rf"{NAMED_ADOPTER}['’]s\s+default\b"
        # a platform, by name, made the work its default: "Wikimedia made the friendly message the default" (not
        # the speaker's "We made dark mode the default")
        rf"|{NAMED_ADOPTER}\s+(?:has\s+|now\s+)?(?:made|makes)\s+(?:our|my|the|this|these|it)\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:the\s+|its\s+)?default\b",
    ),
    # The part of a named project that does the work: "Our catalogue is the flare model in NASA's Planetary Spectrum
    # Generator" (not a ranking, "Our model is the best model in Smith's comparison").
    searched_where(
        {"model", "engine", "backend", "solver", "parser", "method", "algorithm", "library", "module", "component"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|has\s+been|became|has\s+become)\s+(?:now\s+)?the\s+"
        r"(?:(?!(?:best|first|only|top|most|\w+est)\b)[\w-]+\s+){0,2}?"
        r"(?:model|engine|backend|solver|parser|method|algorithm|library|module|component)\s+(?:in|of|behind|inside)\s+"
        rf"{NAMED_ADOPTER}['’]s\b",
    ),
    # Running in every device of a product line: "The model runs in every Pixel phone", "ships on every Apple Watch
    # Series 9", or in every one sold of a product named ("Our model runs on every Roomba sold since 2025") (not "the
    # loop runs on every node", a method's step, nor "on every robot in our study").
    searched_where(
        {"every"},
        r"\b(?:runs?|ships?|is\s+installed|comes)\s+(?:in|on|with)\s+every\s+(?:(?:[\w-]+\s+){0,2}?"
        r"(?:phones?|devices?|cars?|vehicles?|robots?|laptops?|browsers?|tractors?|printers?|cameras?|watch(?:es)?"
        r"|tablets?|headsets?)\b|(?:new\s+)?(?-i:[A-Z][\w-]*)(?:\s+[\w-]+)?\s+(?:sold|shipped|made|built)\b(?!\s+by\b))"
        r"(?!\s+(?:in|of)\s+(?:our|the|this|my)\s+(?:[\w-]+\s+)?(?:study|experiments?|lab|pilot|trial)\b)",
    ),
    # A business founded or a product sold on the work: "Two startups were founded on this work", "We founded a
    # start-up", "Our test is sold in 12 countries", "Our library powers search at Spotify" (not "electricity powers
    # homes in Texas", "the drug is sold in 40 countries").
    searched_where(
        {"founded", "sold", "marketed", "available", "powers", "powering", "commercialized", "commercialised", "spun"},
        r"\b(?:start-?ups?|compan(?:y|ies)|spin-?offs?|businesses|firms?)\s+(?:were\s+|was\s+|have\s+been\s+|"
        r"has\s+been\s+)?(?:founded|built|launched|started)\s+(?:on|around|from)\s+(?:this|our|my"
        # the work told by what it is: "Two startups were founded on the method" (not "founded on the idea that …")
        r"|the\s+(?:[\w-]+\s+)?(?:method|technology|algorithm|approach|design|platform|tool|model|work|research"
        r"|findings|invention|patent|software|system|process|technique))\b"
        # the work spun out as a business: "Spun out as a company, Arbor Health, which raised $12M"
        r"|\bspun\s+(?:out|off)\s+(?:as|into)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:company|start-?up|business)\b"
        # "A start-up, Gridwise, was spun out to sell the optimiser"
        r"|\b(?:start-?up|company|spin-?off|spin-?out|business)\b[^.;]{0,40}?\b(?:was|were|has\s+been)\s+spun\s+"
        r"(?:out|off)\b"
        # the speaker's own company, made to bring the work to market: "We founded a start-up, FoldBot, which …"
        r"|\b(?:we|i)\s+(?:co-?)?founded\s+(?:a|the|our|my)\s+(?:[\w-]+\s+)?(?:start-?up|company|spin-?off|spin-?out)\b"
        rf"|\b(?:our|my|it|this)\b[^.;]{{0,40}}?\b(?:sold|marketed|available)\s+in\s+(?:\d+|{SOME})\s+countries\b"
        r"|\b(?:our|my|this)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?powers\s+(?:[\w-]+\s+){0,3}?(?:at|for|in)\s+"
        r"(?-i:[A-Z])"
        # "Powering recommendations for 50M users", a product's users counted (not "coal powering homes for 2M
        # people": people or homes are anyone's)
        rf"|\bpowering\s+(?:[\w-]+\s+){{0,3}}?for\s+{THOUSANDS_SAID}\s+"
        r"(?:users|customers|subscribers|members|riders|drivers|listeners|viewers|players)\b"
        r"|\b(?:commercialized|commercialised)\s+by\b",
    ),
    # What a named organisation runs stands on the work: "The score underpins the CDC's sepsis surveillance", "Our
    # library powers Spotify's search" (not "This lemma underpins the proof": no one's programme).
    searched_where(
        {"underpins", "underpin", "powers", "feeds"},
        r"\b(?:it|they|our|my|the|this|these)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?(?:underpins?|powers|feeds)\s+"
        rf"(?:the\s+)?{NAMED_ADOPTER}['’]s\s+[a-z]"
        # ... or a named body's release by its letters: "Our data now feeds the ONS quarterly housing release" (not
        # "Our encoder feeds the decoder": a part of the same system)
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?(?:underpins?|powers|feeds)\s+(?:the\s+)?(?-i:[A-Z]{2,6})\s+"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:releases?|reports?|statistics|estimates|forecasts?|index|survey|program(?:me)?|dashboard)\b",
    ),
    # Rolled out by a named organisation everywhere it works: "The NHS rolled it out nationally in 2025" (not the
    # speaker's "We rolled it out to 20 wards").
    searched_where(
        {"rolled"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?rolled\s+(?:(?:it|them)\s+out|out\s+(?:our|my|the|this)\s+[\w-]+)"
        r"\s+(?:nationally|nationwide|country-?wide|statewide|system-?wide|globally|everywhere|across|to\s+all|in\s+all"
        r"|in\s+every)\b",
    ),
    # Installed on a fleet counted in thousands: "on 200,000 robots since 2025", "runs on 3M phones", "runs on 2
    # million Roomba vacuums", "is fitted on 1,200 boats", "is preinstalled on 2 million school tablets", or the fleet
    # running it: "2 million phones run our codec", "Millions of cars now use our planner" (a study's "we ran it on
    # 20 robots" counts no fleet).
    searched_where(
        FLEETS,
        r"\b(?:is|are|runs?|now)\s+(?:(?:now\s+)?(?:installed|pre-?installed|fitted|mounted|deployed)\s+)?(?:on|in)\s+"
        rf"{THOUSANDS_SAID}\s*(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{any_of(FLEETS)})\b"
        rf"|(?:{THOUSANDS_SAID}|{MILLIONS})\s*(?:[\w-]+\s+){{0,2}}?(?:{any_of(FLEETS)})\s+(?:(?:now|today|already)\s+)?"
        r"(?:run|use|carry|include|ship\s+with|come\s+with)\s+(?:our|my)\b",
    ),
    # Built into a product others make, named, in the present: "Our dashboard ships in Khanmigo", "My parser ships with
    # Ubuntu 24.04" (not a package's parts: "Our robot ships with Python bindings", "Our code ships with Docker
    # images").
    searched_where(
        {"ships"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:now\s+)?ships\s+(?:in|with|inside)\s+(?-i:[A-Z][\w.+-]*)(?:\s+\d[\w.]*)?"
        r"(?=\s*(?:[,;.)]|$)|\s+(?:since|and|as|to|for|in|on)\b)",
    ),
    # The work in front of a public counted in thousands: "Our app, used by 2 million riders, …", "Our app is on the
    # phones of 200,000 commuters in Lagos" (not another's product: "Uber's app, used by 5 million drivers"; nor the
    # world's: "Malware is on the phones of 2 million users").
    searched_where(
        {"used", "phones", "devices", "computers", "laptops", "tablets", "screens", "desks", "watches"},
        rf"\b(?:our|my)\b[^.;]{{0,60}}?\bused\s+by\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?"
        rf"{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{any_of(PUBLICS | PEOPLE_SERVED | _RIDERS)})\b"
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|runs|sits)\s+(?:now\s+)?on\s+(?:the\s+)?"
        r"(?:phones|devices|computers|laptops|tablets|screens|desks|watches)\s+of\s+(?:(?:over\s+|more\s+than\s+"
        rf"|about\s+|nearly\s+)?{THOUSANDS_SAID}\b"
        # ... or of every place or worker of a kind: "Our reading tutor is on the tablets of every primary school in
        # Rwanda" (not "… of every participant in the study")
        r"|(?:every|all(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?(?:schools?|hospitals?|clinics?|classrooms?|pharmac(?:y|ies)"
        r"|police\s+officers?|officers?|nurses?|teachers?|doctors?|farmers?|drivers?|health\s+workers?)\b)",
    ),
    # Reached a public counted in thousands: "Our flood alerts reached 2.3 million phones in Bangladesh" (not "reached
    # 23 volunteers in the pilot", "reached 2 million parameters", nor a study's reach: "Our survey reached 12,000
    # students").
    searched_where(
        {"reached", "reaches", "reach"},
        r"\b(?:our|my)\s+(?!(?:[\w-]+\s+){0,2}?(?:survey|surveys|study|studies|questionnaires?|trials?|experiments?"
        r"|pilot|recruitment|sample|interviews?)\b)"
        r"(?:[\w-]+\s+){0,3}?(?:now\s+|have\s+|has\s+)?reach(?:ed|es)?\s+(?:over\s+|more\s+than\s+"
        rf"|about\s+|nearly\s+|some\s+)?{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?(?:{_REACHED}|phones|households|homes"
        r"|families|farmers|residents|citizens)\b",
    ),
    # Required of everyone now: "Our open timetable format is now required for all agencies in California" (not
    # "Consent is now required for all participants": no work of the speaker's).
    searched_where(
        {"required", "mandatory", "compulsory", "mandated"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+now\s+(?:required|mandatory|compulsory|mandated)\s+"
        r"(?:for|in|by|across|at)\s+(?:all|every|each)\b",
    ),
    # Built into others' products, counted: "The estimator ships in two commercial robots", "now ships with 3
    # phones" (the present tense: "we shipped it to 12 participants" is a study).
    searched_where(
        FLEETS | {"products"},
        rf"\bships?\s+(?:in|with)\s+(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:products|{any_of(FLEETS)})\b",
    ),
    # ... or built into a named product's fleet, counted in thousands: "built into 2 million Tesla Powerwalls",
    # "embedded in 40,000 John Deere tractors" (not "built into 30 lines of code").
    searched_where(
        {"built", "integrated", "embedded", "installed"},
        rf"\b(?:built|integrated|embedded|installed)\s+(?:in|into|on)\s+{AT_LEAST}(?:{THOUSANDS_SAID}|{MILLIONS})\s+"
        rf"(?:(?:(?-i:[A-Z])[\w-]*\s+){{1,2}}[\w-]+s|(?:[\w-]+\s+)?(?:{any_of(FLEETS)}))\b",
    ),
    # The work serving a load counted in millions, or at a named organisation: "Our ranking model now serves 300
    # million searches a day at Bing" (not a benchmark's throughput: "Our pipeline handles 20,000 queries per
    # second" on a test cluster).
    searched_where(
        {"serves", "served", "powers", "powered", "answers", "answered"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:now\s+)?(?:serves|served|powers|powered|answers|answered)\s+"
        rf"{AT_LEAST}(?:{MILLIONS}\s+(?:[\w-]+\s+)?(?:{_LOAD}|{_REACHED}|calls|messages|transactions|orders|rides|trips"
        r"|predictions|recommendations)|\d[\d,.]*\s*[kKmM]?\s+(?:[\w-]+\s+)?(?:"
        rf"{_LOAD}|{_REACHED})\s+(?:a|per|each)\s+(?:second|minute|hour|day|week|month)\s+(?:at|for|in)\s+{NAMED_ADOPTER})",
    ),
    # Shipped to all of a named line's devices or users: "Shipped to all Pixel phones in the March update",
    # "Shipped to every Gmail user in 2024" (not "shipped to all reviewers", a paper's).
    searched_where(
        {"shipped", "rolled", "released", "deployed"},
        r"\b(?:shipped|rolled\s+out|released|deployed)\s+to\s+(?:all|every)\s+(?:new\s+)?(?-i:[A-Z])[\w-]*\s+"
        r"(?:[\w-]+\s+)?(?:phones?|devices?|users?|cars?|vehicles?|laptops?|computers?|customers?|accounts?|apps?"
        r"|browsers?|watches?|tablets?|servers?|stores?)\b",
    ),
    # At work on all of a named organisation's machines or sites: "Our scheduler now runs on every Kubernetes
    # cluster at Shopify" (not "on every node of our test cluster", "on every phone in the study").
    searched_where(
        {"runs", "run", "running"},
        r"\b(?:runs?|running)\s+(?:on|in)\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}?(?:clusters?|servers?"
        r"|machines?|data\s*cent(?:er|re)s?|nodes?|stores?|sites?|plants?|phones?|devices?|cars?|robots?|warehouses?"
        rf"|branch(?:es)?|offices?|hospitals?|factor(?:y|ies))\s+(?:at|of|in|across)\s+{NAMED_ADOPTER}",
    ),
    # ... or on a fleet counted at companies or places counted: "Our asking policy now runs on 300 robots at two
    # logistics companies" (not "It runs on 300 robots in our lab").
    searched_where(
        {"runs", "run", "running"},
        rf"\b(?:now\s+)?(?:runs?|running)\s+on\s+{AT_LEAST}(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+)?(?:{any_of(FLEETS)})\s+"
        rf"(?:at|in|across)\s+(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+){{0,2}}?(?:companies|firms|hospitals|warehouses|factories"
        r"|plants|farms|stores|cities|countries|schools|airports|mines|ports|fleets|operators|utilities|sites)\b",
    ),
    # Run by every vehicle or device of a named maker's line: "Since 2023, every new Volvo truck runs our fatigue
    # detector", "Every Tesla built since 2022 carries our battery-management firmware", "Every Android phone since
    # version 14 runs our compression code" (not a fleet of the study:
    # "every robot in our lab runs our planner", nor a part by its letters, "Every GPU runs our kernel").
    searched_where(
        {"every"},
        r"\bevery\s+(?:new\s+)?(?:(?-i:[A-Z][\w-]*)\s+(?:[\w-]+\s+)?(?:truck|car|vehicle|phone|robot|bus|train"
        r"|aircraft|plane|drone|camera|device|satellite|turbine|ship|tractor|laptop|tablet|watch|router|vacuum)"
        r"|(?-i:[A-Z][a-z][\w-]*))\s+(?:(?:(?:built|sold|made|shipped)\s+)?since\s+(?:(?:19|20)\d\d|(?:[\w.-]+\s+)?\d[\w.]*)"
        r"\s+)?(?:now\s+)?"
        r"(?:runs|uses|ships\s+with|carries|comes\s+with|includes)\s+(?:our|my)\b",
    ),
)
