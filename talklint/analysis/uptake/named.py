"""Who took the work up, by name or by what they are: an organisation that adopted or keeps it ("Apache Spark
adopted our shuffle algorithm", "now maintained by the Apache Software Foundation"), one that put it to its own use
("Togo used our maps to target cash transfers", "Since 2024, Médecins Sans Frontières triages cholera patients with
our score"), one that is bringing it to places counted ("UNICEF is scaling our tutoring program to 1,200 schools"),
uses it ("Used by Météo-France to time heat-health warnings"), changed its ways after it ("After our audit, Amazon
dropped the hiring model"), issues it ("now in the ECMWF extended-range bulletin") or chose it ("Adopted as the
reference method by the International Energy Agency"), and the people of a named organisation. Adopters counted are
``adopters``'s; companies that license, sell or ship it are ``companies``'s.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    ADOPTERS,
    ADOPTERS_ACTS,
    ANY_NAME,
    ASSESSED,
    HABITUALLY,
    MAKERS,
    NAMED_ADOPTER,
    ORGANISATION,
    OURS,
    PARTS_OF_A_TALK,
    PEOPLE_IN_OR,
    POLICY_MAKERS,
    PUBLIC_BODIES,
    PUT_TO_USE,
    SOME,
    Way,
    any_of,
    searched_where,
)

# Institutions of culture and learning that stage, show or keep others' work.
_INSTITUTIONS = r"museum|library|archive|theatre|theater|orchestra|opera|gallery|festival|publisher|broadcaster"

# Who takes part in a study: its participants, not adopters ("Participants now rate their pain with our app").
_STUDY_PEOPLE = frozenset(
    {"participants", "volunteers", "subjects", "users", "patients", "students", "testers", "children", "people",
     "respondents"}
)  # fmt: skip
_IN_A_STUDY = any_of(_STUDY_PEOPLE)
# ... and adopters counted: neither is one organisation's name ("Nurses tested our app in its pilot ward").
_PARTICIPANTS = any_of(ADOPTERS | _STUDY_PEOPLE)

# A group of people named, told by what it is: "the ATLAS collaboration", "the DESI team", "the Gaia mission".
_GROUP = r"(?-i:(?:collaboration|consortium|team|survey|mission|project|programme|program|group|lab|observatory))"

# Organisations named in a list: "Tesla, Rivian and Lucid", "Bosch and Siemens".
_NAMES_LISTED = rf"{ANY_NAME}(?:,\s+{ANY_NAME}){{0,4}},?\s+(?-i:and)\s+{ANY_NAME}"

# What a body brings to places, named by what it is ("the app", "the program"), and the places it reaches.
_WORK_NAMED = r"(?:app|tool|program|programme|model|method|test|score|curriculum|intervention|screener|checklist|maps?)"
_PLACES_SERVED = (
    r"(?:schools|hospitals|clinics|centres|centers|districts|states|counties|countries|cities|villages|regions"
    r"|provinces|facilities|sites|communities|prisons|pharmacies|farms|towns|municipalities)"
)
# Public bodies told by what they are, unmistakable in lower case ("the regional transport authority").
_BODIES_BY_WHAT_THEY_ARE = (
    r"authority|agency|ministry|department|city|county|council|municipality|regulator|government|commission"
    r"|administration|bureau|ngo|school\s+district|health\s+service|police|fire\s+service"
)
# A part of a talk or a paper, by its name ("Algorithm 2", "Section 3"), or the work's own model or method: never an
# adopter.
_NO_ADOPTER = rf"(?:{PARTS_OF_A_TALK}|(?-i:Model|Method))"

# What a thing does by itself, with the work as its means, said of a method's part or of a measure as often as of
# an organisation ("Inference now runs faster with our kernel", "Accuracy now improves with our loss"), and the
# help a person gives the speaker's study ("Alice now helps with our experiments").
_HAPPENS = (
    r"improves|converges|runs|scales|drops|falls|rises|works|fits|grows|increases|decreases|degrades|fails|succeeds"
    r"|holds|stays|remains|becomes|takes|costs|looks|seems|trains|learns|generali[sz]es|performs|agrees"
    r"|disagrees|differs|varies|matches|beats|outperforms|helps|assists|joins|participates|supports|contributes"
)

WAYS: tuple[Way, ...] = (
    # A named organisation doing its own work with the speaker's, told by "now": "Wikipedia now flags disputed
    # citations with our classifier" (not "Inference now runs faster with our kernel", nor an assessment, "Google
    # now compares its parser with ours").
    searched_where(
        {"now"},
        rf"{NAMED_ADOPTER}\s+now\s+(?!(?:{_HAPPENS}|{ASSESSED})\b)[a-z]{{3,}}s\s+[^.;]{{0,60}}?\b(?:with|using)\s+"
        r"(?:our|my)\s+(?!(?:help|permission|consent|team|lab|group|experiments?|study|studies|trial|survey)\b)[\w-]+",
    ),
    # A named organisation, or a body by what it is, acting where the work points: "Phoenix now plants trees where our
    # map says", "The county sends inspectors wherever our model flags a building" (not the speaker's own steps: "We
    # sample where our model is unsure" names no one else).
    searched_where(
        {"where", "wherever"},
        rf"(?:{NAMED_ADOPTER}|\b(?:the|a)\s+(?:{_BODIES_BY_WHAT_THEY_ARE}))\s+(?:now\s+)?[a-z]{{3,}}s\s+[^.;]{{0,60}}?"
        r"\bwhere(?:ver)?\s+(?:our|my)\s+[\w-]+\s+(?:says|shows|predicts|recommends|flags|points|suggests|indicates"
        r"|puts|places|finds|ranks)\b",
    ),
    # A funder that paid to take the work further: "The Gates Foundation funded a scale-up of our program to 300
    # villages" (not funding for the speaker's research, "NSF funded our study").
    searched_where(
        {"funded", "financed", "funds", "finances"},
        r"\b(?:funded|financed|funds|finances)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:scale-?up"
        r"|expansion|roll-?out|national\s+roll-?out|replication)\s+of\s+(?:our|my|the|this)\b",
    ),
    # An organisation's own team that rebuilt its work around the speaker's: "Airbnb's pricing team rebuilt their
    # model around our causal estimates" (not "Google's team compared their parser with ours").
    searched_where(
        {"team", "teams", "group", "division", "unit", "engineers"},
        rf"{NAMED_ADOPTER}['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:team|teams|group|division|unit|engineers)\s+"
        r"(?:has\s+|have\s+|now\s+)?(?:rebuilt|rewrote|redesigned|rebased|moved|switched|migrated|built|based|grounded"
        r"|centred|centered|reorganised|reorganized)\s+[^.;]{0,60}?\b(?:around|on|onto|to)\s+(?:our|my)\b",
    ),
    # Uncounted, "now" tells the change: "Cryptographers now use these bounds", "An avionics supplier now uses
    # our optimiser", "The design team now uses our checklist", "The Ghana Fisheries Commission now uses our
    # acoustic index", "Operators now run our fall predictor", "Bosch now uses our simulator" ("we now use",
    # "our planner now uses" are the speaker's own steps; "-or" names people only as listed: "The sensors now
    # run our firmware" are parts).
    searched_where(
        {"now"},
        r"(?:(?<!\bour )(?<!\bmy )\b(?:[a-z]+(?:ers?|ists?|ians?)|others|team|company|lab|group|hospital|clinic|"
        rf"{PEOPLE_IN_OR}|{POLICY_MAKERS}|council|authority|board|district|municipality|city|bank|firm)"
        # or by name: "Bosch now uses our simulator to test its driver-assistance stack"
        rf"|{NAMED_ADOPTER})\s+now\s+"
        r"(?:uses?|runs?|rel(?:y|ies) on|depends? on|builds? on)\s+(?:it|them|our|my|these)\b"
        # or a named adopter's product, or an institution's: "Signal's contact discovery now checks our proofs",
        # "Google's compiler now includes our pass", "The company's archive now uses our method" (not "Alice's model
        # now beats our baseline")
        rf"|(?:{NAMED_ADOPTER}|\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{any_of(MAKERS)}|{_INSTITUTIONS}))['’]s\s+"
        r"(?:[\w-]+\s+){0,3}?now\s+"
        r"(?:uses|runs|relies on|depends on|builds on|checks|verifies|includes|ships|calls)\s+(?:it|them|our|my)\b"
        # or a named project, survey or database of others: "The GEBCO Seabed 2030 project now includes our grid"
        rf"|{NAMED_ADOPTER}(?:\s+(?!our\b|my\b)[\w-]+){{0,3}}?\s+(?:project|program(?:me)?|initiative|consortium|survey"
        r"|database|atlas|registry|network|mission|archive)\s+now\s+"
        r"(?:uses|includes|incorporates|runs|relies on|builds on)\s+(?:our|my)\b",
        and_one_of=OURS | {"it", "them", "these"},
    ),
    # ... or told in the progressive: "JWST is now testing our predictions", "Industry is building on it" (not the
    # speaker's "We are now testing our model", nor a part of the work in a title's capitals, "The Model Is Using
    # Our Features": a name needs "now" or "already").
    searched_where(
        {"using", "testing", "running", "adopting", "building"},
        rf"(?:{NAMED_ADOPTER}\s+(?:is|are)\s+(?:now|already)|\b(?:industry|companies|start-?ups|practitioners|others)"
        r"\s+(?:is|are)(?:\s+now|\s+already)?)\s+(?:using|testing|running|adopting|building\s+on)\s+"
        r"(?:it|them|our|my|these)\b",
    ),
    # A public body, or one by name, that scaled the work up: "Malawi's Ministry of Health scaled it up", "The county
    # scaled up our program", "The health ministry is scaling it up" (not the speaker's "We scaled it up to 40
    # villages").
    searched_where(
        {"scaled", "scaling", "expanded", "rolled"},
        rf"(?:(?<!\bour )(?<!\bmy )\b(?:{PUBLIC_BODIES})|{NAMED_ADOPTER})\s+(?:has\s+|have\s+|is\s+|are\s+)?"
        r"(?:now\s+)?(?:scaled|scaling)\s+"
        r"(?:(?:it|them|this)\s+up|up\s+(?:our|my|the|this)\b)"
        # ... told in the passive, with the places it reached: "Our reading intervention was scaled to 1,100 schools
        # by the Ministry of Education" (not "We scaled the study to 40 schools")
        r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:scaled|expanded|rolled\s+out)\s+(?:up\s+)?to\s+"
        rf"(?:over\s+|more\s+than\s+)?(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+)?[a-z]+s\s+by\s+(?:the\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{PUBLIC_BODIES}|{NAMED_ADOPTER})",
    ),
    # A named organisation that does its own work on everyone it serves with the work: "Kaiser Permanente screens
    # every admitted patient with it" (not a method's "Adam updates every weight with our schedule").
    searched_where(
        {"every", "each", "all"},
        rf"{NAMED_ADOPTER}\s+(?:now\s+)?[a-z]+s\s+(?:every|each|all)\s+(?:[\w-]+\s+)?(?:patients?|students?|children"
        r"|child|users?|customers?|applicants?|passengers?|drivers?|visitors?|employees?|members?|residents?|claims?"
        r"|loans?|calls?|orders?|admissions?)\b[^.;]{0,30}?\b(?:with|using)\s+(?:it|them|our|my)\b",
    ),
    # An organisation or a product, by its name, that took the work into its own: "Apache Spark adopted our shuffle
    # algorithm", "LLVM merged our pass", "Netflix credits our encoder with …", "Chrome turned our prefetcher on for
    # all users"; one that uses or runs it, named in two or three words, where the use is its own and at scale:
    # "Microsoft Teams uses our echo canceller on every call" (not a method's "The Kalman Filter uses our model for
    # every step" or "The Gaussian Process uses our kernel",
    # an acronym's "The LSTM uses our embeddings", a person's "Smith adopted our planner as a baseline", nor a
    # title's capitals, "Policy Network Uses Our Reward": the verb is in lower case).
    searched_where(
        {"adopted", "integrated", "merged", "deploys", "deployed", "licenses", "licensed", "bundles", "credits"}
        | {"turned", "uses", "runs", "relies", "builds", "includes"}
        | {"adopt", "integrate", "deploy", "license", "bundle", "ship", "use", "run"},
        # (a group named and told by what it is: "The ATLAS collaboration adopted our tagger", "The DESI team …")
        rf"(?!(?-i:The|A|An)\s){NAMED_ADOPTER}(?:\s+{_GROUP})?\s+(?-i:(?:now\s+|has\s+|have\s+)?(?:adopted|integrated|merged|deploys|deployed"
        r"|licenses|licensed|bundles|credits))\s+(?:our|my)\b(?!\s+(?:[\w-]+\s+){1,2}?(?:for|as)\s+"
        r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:comparison|baseline|benchmark|experiment|evaluation|study)\b)"
        rf"|{NAMED_ADOPTER}\s+(?-i:turned)\s+(?:our|my)\s+(?:[\w-]+\s+){{1,2}}?on\b"
        # several named, in the plural: "Tesla, Rivian and Lucid license our battery-aging model"
        # (those who use or run it, only with "now": "Alice and Bob use our protocol" are its parties)
        rf"|{_NAMES_LISTED}\s+(?-i:(?:now\s+|have\s+)?(?:adopt|adopted|integrate|integrated|merged|deploy|deployed"
        r"|license|licensed|bundle|ship)|now\s+(?:use|run))\s+(?:our|my)\b(?!\s+(?:[\w-]+\s+){1,2}?(?:for|as)\s+"
        r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:comparison|baseline|benchmark|experiment|evaluation|study)\b)"
        rf"|{ORGANISATION}\s+(?-i:(?:now\s+)?(?:uses|runs|relies\s+on|builds\s+on|includes))\s+(?:our|my)\s+"
        r"[^.;]{0,40}?\b(?:(?:on|in|for|across)\s+(?:its|their|millions|production)\b|(?:on|in|for|across|to)\s+"
        r"(?:every|all|each)\s+(?:[\w-]+\s+)?(?:calls?|users?|customers?|devices?|phones?|products?|cars?|vehicles?"
        r"|homes?|patients?|stores?|markets?|regions?|countries|country|employees?|members?|subscribers?|servers?"
        r"|meetings?|searches|queries|orders?|accounts?|sites?)\b)",
        and_one_of=OURS,
    ),
    # Taken over by a named body that now keeps it: "The library is now maintained by the Apache Software Foundation"
    # (not "maintained by our lab", nor by its authors).
    searched_where(
        {"maintained", "stewarded", "governed", "curated"},
        # (a body by "the" or by a name of two words or more: "maintained by Smith" may be a student's)
        r"\b(?:is|are|was|were|been)\s+(?:now\s+)?(?:maintained|stewarded|governed|curated)\s+by\s+"
        rf"(?:the\s+{NAMED_ADOPTER}|{ORGANISATION})",
    ),
    # A named adopter and what it put the work to ("Togo used our maps to target cash transfers"; not the speaker's
    # "We used our maps to target the survey" nor a study's "Participants used our tool to …"), and a public body
    # taking the method up for its own work ("The World Bank adopted the method for its poverty mapping").
    searched_where(
        {"used", "uses", "adopted"},
        rf"{NAMED_ADOPTER}\s+(?:now\s+)?(?:used|uses|adopted)\s+(?:our|my)\s+(?:[\w-]+\s+)?{PUT_TO_USE}\s+(?:to|for)\s+"
        # (not a method's step: "The Kalman Filter uses our model for every step"; nor a scholar's comparison: "Smith
        # used our planner for the comparison")
        r"(?!every\b|each\b|(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:comparisons?|baselines?|evaluations?"
        r"|experiments?|ablations?|benchmarks?)\b)[a-z]+"
        # ... whatever the work is, put to the adopter's own use: "Toyota Research Institute adopted our grasp
        # planner for its home robot" (not "Smith used our planner for the comparison")
        rf"|{NAMED_ADOPTER}\s+(?:has\s+|have\s+|now\s+)?(?:used|uses|adopted)\s+(?:our|my)\s+(?:[\w-]+\s+){{0,2}}?"
        r"[\w-]+\s+(?:for|in|across)\s+(?:its|their)\b"
        rf"|\b(?:{PUBLIC_BODIES})\s+(?:has\s+|have\s+)?adopted\s+(?:the|our|this|my)\s+(?:[\w-]+\s+)?"
        r"(?:method|model|approach|tool|maps?|index|framework|protocol|checklist)\s+(?:for|in)\s+(?:its|their)\b",
    ),
    # ... or what a named adopter did or does with the work: "Milan closed 60 school streets using our design guide",
    # "The Reef Foundation selects tolerant parents with our assay", "The city's Tree Plan targets 120 blocks ranked
    # by our heat-mortality map" (acts of those who run places and services; not "Performance improved using our
    # model" nor "Error decreased …").
    searched_where(
        {"using", "following", "based", "informed", "with", "ranked", "chosen", "selected", "flagged", "identified"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:{ADOPTERS_ACTS})\s+[^.;]{{0,60}}?\b"
        r"(?:using|with|following|based\s+on|informed\s+by|(?:ranked|chosen|selected|flagged|identified)\s+by)\s+"
        rf"(?:our|my)\s+(?:[\w-]+\s+)?{PUT_TO_USE}\b",
        and_one_of=OURS,
    ),
    # A named adopter, or a public body, that deployed the work in places counted: "Pennsylvania DOT flew our system
    # on 60 bridges", "The school district installed our filters in all 180 schools" (not the speaker's "We deployed our
    # system on 3 robots", nor "Successfully deployed our app in 2 clinics", nor "… for 10 days" of a study).
    searched_where(
        {"deployed", "deploys", "installed", "installs", "flew", "flies", "operated", "operates", "rolled"},
        rf"(?:{NAMED_ADOPTER}|\b(?-i:The|the)\s+(?:[\w-]+\s+)?(?:{PUBLIC_BODIES}))\s+(?:has\s+|have\s+|now\s+)?"
        r"(?:deployed|deploys|installed|installs|flew|flies|operated|operates|rolled\s+out)\s+(?:our|my)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:on|in|at|across|to)\s+(?:\d[\d,]*\+?|{SOME}|all|every)\s+"
        r"(?:[\w-]+\s+)?(?!(?:days?|weeks?|months?|years?|hours?|minutes?|sessions?|trials?|tasks?|runs?)\b)[a-z]+",
    ),
    # A named adopter that now does its own work with the speaker's artefact: "Cranelift now verifies every new
    # rewrite with our tool", or adopters in the plural: "Five Oregon hatcheries now time their seawater intake
    # with our forecasts" (not "Accuracy now improves with our method": a result, with no object of its own; nor a
    # study's "Participants now rate their pain with our app").
    searched_where(
        {"now"},
        rf"(?:{NAMED_ADOPTER}\s+now\s+[a-z]+s|\b(?!(?:{_IN_A_STUDY})\b)[a-z-]+(?<![siu])s\s+now\s+[a-z]+)"
        r"\s+(?:every|each|all|the|its|their)\s+[^.;]{0,40}?\b(?:with|using)\s+"
        rf"(?:our|my)\s+(?:[\w-]+\s+)?(?:{PUT_TO_USE}|tools?|library|checker|verifier|solver|software|system)\b",
    ),
    # ... or has done so since a year: "Since 2024, Médecins Sans Frontières triages cholera patients with our score"
    # (not the speaker's "Since 2020, we have trained models with our data", nor a comparison: "Since 2021, Smith has
    # compared methods with our benchmark").
    searched_where(
        {"since"},
        rf"\bsince\s+(?:19|20)\d\d,?\s+{ANY_NAME}\s+(?:has\s+|have\s+)?"
        rf"(?!{ASSESSED}\b)(?-i:[a-z]{{3,}}(?:s|ed))\s+"
        r"(?![a-z]+(?:ly|er)\b)[^.;]{0,60}?\b(?:with|using|on)\s+(?:our|my)\b",
    ),
    # The one a named organisation uses, made of the work: "Our simulator is the one Airbus engineers use to certify
    # cabin airflow", "Our index is the measure the IMF uses" (not "… faster than the one Airbus uses").
    searched_where(
        {"uses", "use", "relies", "rely", "runs", "run", "trusts", "trust"},
        r"\b(?:our|my|it|this)\s+(?:[\w-]+\s+){0,2}?(?:is|are|became|has\s+become|remains)\s+(?:now\s+)?the\s+"
        # (an organisation by "the", its letters or its people; "the one Alice uses" may be a protocol's party)
        r"(?:one|tool|model|method|measure|index|standard|system|software|test)\s+(?:that\s+)?"
        rf"(?:the\s+{ANY_NAME}|{ANY_NAME}\s+(?-i:[a-z]+(?:ers|ors|ists|ians))|(?-i:[A-Z]{{2,6}}))\s+(?:now\s+)?"
        r"(?:uses?|relies\s+on|rely\s+on|runs?|trusts?)\b",
    ),
    # Part of what a named organisation runs, or its basis: "Our equity screen is part of the London Borough of
    # Hackney's school streets programme", "Our model is part of the EU's surveillance toolkit", "Our corpus is the
    # basis of the Oxford English Dictionary's new entries" (not "part of our lab's pipeline").
    searched_where(
        {"part", "basis"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|became|has\s+become)\s+(?:now\s+)?(?:part|the\s+basis)\s+of\s+"
        r"(?:the\s+)?(?-i:[A-Z])[^.;]{0,50}?['’]s\s+(?:[\w-]+\s+){0,4}?(?:program(?:me)?|plan|strategy|toolkit|guidance"
        r"|system|pipeline|platform|reports?|curriculum|protocol|service|app|entries|editions?|exhibitions?|galleries"
        r"|rankings?|ratings?|forecasts?)\b",
    ),
    # Tried by a named organisation in its own plant or service: "Climeworks tested our sorbent in its Orca pilot
    # unit", "Siemens trialled our controller in two of its factories" (not a scholar's "Smith tested our method in
    # their paper", nor the speaker's "We tested our sorbent in our pilot unit").
    searched_where(
        {"tested", "trialled", "trialed", "piloted", "evaluated", "validated"},
        # (a name in "-s" is one organisation's where the sentence says "its": "Climeworks … in its pilot unit")
        rf"(?:{NAMED_ADOPTER}|\b(?!(?:{_PARTICIPANTS})\b)(?-i:[A-Z][a-z]+s\b)(?=[^.;]*\bits\b))\s+(?:has\s+|have\s+)?"
        r"(?:tested|trialled|trialed|piloted|evaluated|validated)\s+(?:our|my)\s+"
        r"(?:[\w-]+\s+){0,3}?in\s+(?:(?:two|three|\d+|all|several)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:pilot|plants?|units?|fleets?|factor(?:y|ies)|production|lines?|facilit(?:y|ies)|hospitals?|clinics?|stores?"
        r"|data\s*cent(?:er|re)s?|networks?|sites?|warehouses?|mines?|farms?)\b",
    ),
    # A body or an organisation by its name that is bringing the work to places counted: "UNICEF is scaling our
    # tutoring program to 1,200 schools in Zambia", "Nigeria's TB programme is rolling the app out to 600 primary
    # health centres" (not the speaker's "We are rolling it out to 40 clinics", nor the world's news: "The
    # government is rolling out 5G to 300 cities").
    searched_where(
        {"scaling", "rolling", "expanding", "extending", "bringing"},
        rf"(?:{NAMED_ADOPTER}|\bthe\s+(?:[\w-]+\s+){{0,3}}?(?:{PUBLIC_BODIES}|program(?:me)?|ministry|service))"
        r"(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?:program(?:me)?|ministry|service|agency|department|system))?"
        r"\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:scaling|rolling|expanding|extending|bringing)\s+"
        r"(?:(?:up|out)\s+)?(?:it|them|(?:our|my|this)\s+(?:[\w-]+\s+){0,3}?|the\s+(?:[\w-]+\s+)?"
        rf"{_WORK_NAMED}\s+)(?:(?:up|out)\s+)?(?:to|across|into)\s+(?:all\s+|every\s+)?"
        rf"(?:over\s+|more\s+than\s+|nearly\s+)?(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+){{0,3}}?{_PLACES_SERVED}\b",
    ),
    # Used by an organisation named, told of the work without its name: a line that opens on "Used by"
    # ("Used by Météo-France to time heat-health warnings"), or after what else was done with the work ("Our
    # questionnaire is translated into 14 languages and used by Doctors Without Borders"); not "used by the authors",
    # nor a part of the talk ("Used by Algorithm 2").
    searched_where(
        {"used", "adopted", "deployed", "licensed", "picked", "taken"},
        rf"(?:(?-i:\b(?:Used|Adopted|Deployed|Licensed|Picked\s+up|Taken\s+up)\s+(?:{HABITUALLY}\s+)?by)|\b(?:our|my)\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:is|are|was|were|has\s+been|have\s+been)\s+[^.;]{0,60}?\band\s+(?:now\s+)?(?:used|adopted|deployed|licensed"
        r"|picked\s+up|taken\s+up)\s+by)"
        rf"\s+(?:(?:the\s+)?(?!{_NO_ADOPTER}\b){ANY_NAME}(?![^.;]{{0,25}}?\bet\s+al\b)"
        # ... or a public body told by what it is: "Used by the regional transport authority in a pilot on 3 bridges"
        # (not "used by the board", a circuit's, nor "used by the office")
        rf"|the\s+(?:[\w-]+\s+){{0,3}}?(?:{_BODIES_BY_WHAT_THEY_ARE})\b)",
    ),
    # An organisation or a body that changed its ways after the work: "After our audit, Amazon dropped the hiring
    # model", "Following our report, the city council banned the chemical" (not the speaker's "After our study, we
    # dropped the outliers").
    searched_where(
        {"after", "following", "response"},
        r"\b(?:after|following|in\s+response\s+to)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:audit|report|study|findings?"
        r"|analysis|investigation|paper|work|evidence|results?|testimony|disclosure|review|research|trial|warning"
        r"|campaign|article)s?,?\s+"
        rf"(?:{NAMED_ADOPTER}|the\s+(?:[\w-]+\s+){{0,2}}?(?:{PUBLIC_BODIES}|{any_of(MAKERS)}))\s+(?:[\w-]+\s+)?"
        r"(?:dropped|withdrew|banned|changed|revised|updated|recalled|removed|stopped|ended|fixed|patched|adopted"
        r"|paused|suspended|replaced|redesigned|retired|reversed|abandoned|scrapped|rewrote|amended|overhauled"
        r"|lifted|restricted|rewrote|relabel+ed|pulled)\b",
    ),
    # Now a part of what a named organisation issues to those it serves: "My forecasts are now in the ECMWF
    # extended-range bulletin", "Our exercises are now part of the NHS Couch to 5K app" (not the field's record, "Our
    # results are now in the NeurIPS proceedings", nor a store: "Our data are now in the NASA archive").
    searched_where(
        {"now"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+now\s+(?:in|part\s+of|included\s+in)\s+(?:the\s+)?"
        rf"(?!{_NO_ADOPTER}\b){ANY_NAME}(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?(?:bulletins?|forecasts?|outlooks?"
        r"|advisor(?:y|ies)|guidelines?|guidance|handbooks?|manuals?|curricul(?:um|a)|textbooks?|apps?|toolkits?"
        r"|standards?|services?|products?|dashboards?|warnings?|alerts?|protocols?|formular(?:y|ies))\b",
    ),
    # The work that moved others to change: "Our bias audit led three banks to change their lending models", "My
    # report prompted the city to ban the chemical" (not a study's people: "Our results led two reviewers to change
    # their scores").
    searched_where(
        {"led", "prompted", "pushed", "convinced", "persuaded", "spurred", "moved"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:led|prompted|pushed|convinced|persuaded|spurred|moved)\s+"
        rf"(?:(?:\d[\d,]*|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+)?(?!(?:participants|subjects|reviewers|annotators"
        r"|students|raters|users|people|authors)\b)[a-z]+s"
        rf"|{NAMED_ADOPTER}|the\s+(?:[\w-]+\s+){{0,2}}?(?:{PUBLIC_BODIES}|{any_of(MAKERS)}))\s+to\s+"
        r"(?:change|adopt|drop|revise|update|stop|ban|withdraw|rewrite|redesign|replace|retire|fix|patch|remove"
        r"|introduce|launch|fund|require|mandate|pass|amend|reform|recall|pull)\b",
    ),
    # Chosen by an organisation as the one it uses: "Adopted as the reference method by the International Energy
    # Agency" (not a comparison, "Used as a baseline by Smith et al.").
    searched_where(
        {"adopted", "chosen", "selected", "recommended", "endorsed", "designated", "used"},
        r"\b(?:adopted|chosen|selected|recommended|endorsed|designated|used)\s+as\s+(?:the|a|an|its|their)\s+"
        r"(?!(?:[\w-]+\s+){0,2}?(?:baselines?|benchmarks?|comparisons?|examples?|starting\s+point)\b)"
        rf"(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?(?:{ORGANISATION}|{NAMED_ADOPTER}"
        rf"|(?:[\w-]+\s+){{0,2}}?(?:{PUBLIC_BODIES}))(?![^.;]{{0,20}}?\bet\s+al\b)",
    ),
    # Taken up by a whole field: "Our pipeline is used by the community", "The exoplanet community now relies on our
    # retrievals" (not a tool of others', "BLAST is used by the community": the work must be the speaker's).
    searched_where(
        {"community"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:widely\s+|broadly\s+)?"
        r"(?:used|adopted|relied\s+on)\s+(?:by|across|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?community\b"
        r"|\bthe\s+(?:[\w-]+\s+){0,2}?community\s+(?:now\s+|has\s+|widely\s+)?(?:uses|adopted|relies\s+on)\s+"
        r"(?:our|my)\b",
        and_one_of=OURS,
    ),
)
