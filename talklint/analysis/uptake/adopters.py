"""Who took the work up, counted: adopters and their places counted ("two companies ship our planner", "Clinics in
40 districts run our triage app"), a public in thousands ("Over a million people have used the app"), others who
built on it or replicated it, a change in how others work, a share of the places that work with it ("40% of US dairy
farms feed with the ration we designed"). Adopters by name or by what they are ("Togo used our maps
to target cash transfers", "A vacuum maker ships it") are ``named``'s; teachers and others' research are
``scholarship``'s; code taken into others' projects is ``software``'s.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    ADOPTERS,
    AT_LEAST,
    COUNT,
    HABITUALLY,
    OURS,
    PEOPLE_IN_OR,
    PEOPLE_SERVED,
    PUBLIC_BODIES,
    PUBLICS,
    PUT_TO_USE,
    SOME,
    TAKERS,
    THOUSANDS_SAID,
    WORKS,
    Way,
    any_of,
    searched_where,
)

# The words of a public that used or took the work, or of others' research built on it.
_TAKEN_OR_BUILT_ON = frozenset(
    {"used", "downloaded", "installed", "taken", "completed", "enrolled", "replicated", "reproduced", "extended",
     "other"}
)  # fmt: skip
# A public counted in thousands that used or took the work: people, those it serves, or people by their trade.
_PUBLIC_IN_THOUSANDS = any_of(
    PUBLICS
    | PEOPLE_SERVED
    | {"readers", "nurses", "doctors", "researchers", "scientists", "historians", "developers", "engineers", "parents",
       "citizens"}
)  # fmt: skip

# Adopters that serve a place: "Schools in three communities …", "Clinics in 40 districts …".
_SERVING_PLACES = ADOPTERS & {"schools", "clinics", "hospitals", "teachers", "farmers", "doctors", "nurses", "banks"}
# ... makers there: "Startups in five countries sell kits built on our open design".
_MAKING_IN_PLACES = frozenset({"startups", "start-ups", "companies", "firms", "manufacturers", "makers", "workshops"})
# ... and those who work in one, by their trade: "Lawyers in 30 public defender offices …".
_WHO_WORK_IN_PLACES = frozenset(
    {"lawyers", "attorneys", "judges", "clerks", "caseworkers", "officers", "pharmacists", "clinicians", "midwives",
     "inspectors", "dispatchers", "librarians", "counsellors", "counselors", "planners", "engineers", "technicians"}
)  # fmt: skip

_CLINICIANS = frozenset(
    {"clinicians", "physicians", "pharmacists", "radiologists", "pathologists", "surgeons", "dentists", "midwives",
     "paramedics", "therapists", "doctors", "nurses"}
)  # fmt: skip

WAYS: tuple[Way, ...] = (
    # Others, uncounted, as a title says it of the talk's work: "Others use the model", "Others now build on it" (at
    # the start of what the slide says, where "the model" is the talk's; not "Others use the same trick", nor a line
    # of a slide's text, "… others use the model of Smith")
    searched_where(
        {"others"},
        r"^\W*(?:many\s+|several\s+)?others\s+(?:now\s+|also\s+|already\s+)?"
        r"(?:use|run|reuse|adopted|build\s+on|rely\s+on|extend|extended)\s+(?:it|them|our|my|this|these|the(?!\s+same))\b",
    ),
    # Counted adopters: "two companies ship our planner", "2,000 users download it every month", "Over 300
    # papers use our benchmark", "Three other teams reuse our pipeline".
    searched_where(
        ADOPTERS | WORKS,
        rf"\b(?:{COUNT}|hundreds of|dozens of|two|three|four|five|six|seven|"
        r"eight|nine|ten|twelve|twenty|fifty|a hundred|a thousand|half a million|a million|a billion|many|several)"
        r"\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:{any_of(ADOPTERS | WORKS)})\s+(?:\([^()]{{1,60}}\)\s+)?"  # "two other teams (ads, search) use it"
        # where they are, by name: "two hospitals in Munich use our reconstruction"
        r"(?:(?:in|at|across|from)\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?\s+)?"
        # and who else, joined to them: "Three startups and the Linux kernel ship our scheduler"
        r"(?:and\s+(?:[\w-]+\s+){1,4}?)?"
        r"(?:now\s+)?(?:(?:use|reuse|run|download|ship|deploy|rely on|depend on|build on|extend|have adopted|adopted|"
        r"have reused|reused|have built on|have extended|extended|"
        r"are using|license|have licensed|have switched to|switched to|have migrated to|migrated to|"
        # bought it, or the licences for it: "Four school districts in Texas bought licences for the tutor"
        r"bought|purchased|(?:bought|purchased|buy)\s+licen[cs]es\s+for)\s+"
        # what they build on it: "Three Nigerian start-ups build voice services on our models", "Two nonprofits are
        # building plants on our process"
        r"|build\s+(?:[\w-]+\s+){1,3}?on\s+|are\s+building\s+(?:[\w-]+\s+){0,3}?on\s+)"
        # the work licensed, named again: "Three Fortune 500 companies license the scheduler"
        r"(?:it|them|our|my|this|these|(?<=license\s)the|(?<=licensed\s)the|(?<=licen[cs]es\sfor\s)the)\b",
    ),
    # Counted adopters who now work with it, whatever the work they do: "Both fire departments now train with our
    # robot every month", "Three districts now plan with our model" (in the present, with "now": a change told, not a
    # study's "Two teams worked with our prototype").
    searched_where(
        ADOPTERS | {"departments"},
        rf"\b(?:{COUNT}|{SOME}|both|all)\s+(?:[\w-]+\s+)?(?:{any_of(ADOPTERS | {'departments'})})\s+now\s+"
        r"(?!(?:have|had|is|are|was|were|need|needs|lack|lacks|face|faces|struggle|wait)\b)[a-z]+\s+"
        r"(?:[\w-]+\s+)?(?:with|on|from)\s+(?:our|my)\b",
    ),
    # Clinicians in hundreds and more who work with it: "Thousands of clinicians consult our dosing calculator daily"
    # (not a pilot's few: "Three clinicians consulted our app").
    searched_where(
        _CLINICIANS,
        rf"\b(?:{AT_LEAST}{THOUSANDS_SAID}|hundreds\s+of)\s+(?:[\w-]+\s+)?(?:{any_of(_CLINICIANS)})\s+(?:now\s+)?"
        r"(?:use|run|rely\s+on|consult|follow|trust|check|prescribe\s+with)\s+(?:our|my|it|them)\b",
    ),
    # Adopters in places counted: "Schools in three communities use our stories in their classes", "Clinics in 40
    # districts run our triage app", "Lawyers in 30 public defender offices use the tool to prepare bail hearings",
    # "Startups in five countries sell kits built on our open design" (in the present: not the speaker's own study
    # sites, "Participants in three villages used our app").
    searched_where(
        _SERVING_PLACES | _WHO_WORK_IN_PLACES | _MAKING_IN_PLACES,
        rf"\b(?:{any_of(_SERVING_PLACES | _WHO_WORK_IN_PLACES | _MAKING_IN_PLACES)})\s+(?:in|at|across)\s+"
        rf"(?:{COUNT}|{SOME}|all)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:communities|countries|states|cities|districts|regions|provinces|villages|counties"
        r"|hospitals|schools|offices|courts|agencies|firms|departments|wards|prisons)\s+(?:now\s+)?(?:use|run|teach"
        # ... or work, plan and plant by it: "Farmers in 200 villages plant by our forecasts"
        rf"|read|rely\s+on|build\s+on|plant\s+by|plan\s+(?:by|with)|work\s+with|decide\s+with|act\s+on)\s+(?:our|my|it|them|the\s+(?!same\b)(?:[\w-]+\s+)?(?:{PUT_TO_USE}|apps?))\b"
        # ... makers that sell what they build on it
        rf"|\b(?:{any_of(_MAKING_IN_PLACES)})\s+(?:in|across)\s+(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?"
        r"(?:countries|states|cities|regions|provinces|counties)\s+(?:now\s+)?(?:sell|make|build|ship|manufacture"
        r"|market)\s+(?:(?:our|my)\b|(?:[\w-]+\s+){1,3}?(?:built\s+on|based\s+on|made\s+(?:from|with))\s+(?:our|my)\b)",
    ),
    # Used as a routine by others: "Used daily by 300 clinicians at Mass General", "used routinely in 12 clinics" (not
    # a study's "used daily by 12 participants for two weeks").
    searched_where(
        {"daily", "weekly", "nightly", "monthly", "routinely", "widely", "internally", "regularly", "every", "each"},
        # (those who use it may be named before the places counted: "used daily by dispatchers at 14 agencies")
        rf"\b(?:used|run|consulted)\s+{HABITUALLY}\s+(?:by\s+[a-z]+s\s+(?:at|in|across)"
        r"|by|at|in)\s+(?:\d[\d,]*\+?|"
        rf"{SOME})\s+(?:[\w-]+\s+)?[a-z]+s\b(?!\s+(?:for|over)\s+(?:\d+|a|one|two|three|four|six)\s+"
        r"(?:days?|weeks?|months?))",
    ),
    # Those who serve a public hand the work on to it, counted in thousands: "Extension agents in Malawi teach our
    # planting calendar to 20,000 farmers", "Pharmacists give our leaflet to 50,000 patients a year" (not the
    # speaker's "We teach our method to 200 students").
    searched_where(
        {"teach", "teaches", "give", "gives", "hand", "hands"}
        | {"send", "sends", "deliver", "delivers", "offer", "offers"},
        r"(?<!\bwe\s)(?<!\bi\s)\b(?:teach|teaches|give|gives|hand|hands|send|sends|deliver|delivers|offer|offers)\s+"
        r"(?:our|my)\s+(?:[\w-]+\s+){1,3}?to\s+(?:over\s+|more\s+than\s+|nearly\s+)?"
        rf"{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?[a-z]+s\b",
    ),
    # Taken up by others, counted: "Used in two shared tasks", "used by more than 40 labs", "in use at 12
    # hospitals" (not by "12 users", who may be a study's participants, nor in "our two labs").
    searched_where(
        TAKERS | {"shared", "competitions", "challenges"},
        rf"\b(?:used|in use|followed|adopted)\s+(?:{HABITUALLY}\s+)?(?:in|by|at)\s+"
        rf"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:\d[\d,]*\+?|{SOME})\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{any_of(TAKERS)}|shared tasks|competitions|challenges)\b"
        # ... or asked for and taken: "has been requested by 600 research teams", "downloaded by 40 labs", "Over
        # 200 labs have requested the plasmid" (not by users, who may ask for a feature: "Three users requested the
        # export button")
        r"|\b(?:requested|downloaded|accessed|licensed|reused|integrated)\s+by\s+"
        rf"(?:over\s+|more\s+than\s+)?(?:\d[\d,]*\+?|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+)?(?:{any_of(TAKERS)})\b"
        rf"|\b(?:\d[\d,]*\+?|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+)?(?:{any_of(TAKERS)})\s+(?:have\s+|has\s+)?"
        r"(?:requested|ordered)\s+(?:the|our|my|it|them|this|these)\b",
    ),
    # At work now in places counted: "Now screening 2 million patients a year in 40 clinics", "now running in
    # 12 hospitals" (not "we are now testing it in 2 clinics": a study's sites).
    searched_where(
        TAKERS
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
    # The work at work now in others' places counted: "Our detector design now runs in four axion experiments",
    # "Our scheduler now runs at 12 observatories" (not a time, "Our code now runs in two minutes", nor the
    # speaker's own places, "… in three of our labs").
    searched_where(
        {"now"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?now\s+(?:runs|operates|works|flies|is\s+(?:used|running|installed"
        rf"|operating))\s+(?:in|at|on|aboard)\s+(?:\d[\d,]*|{SOME})\s+(?!of\b)(?:[\w-]+\s+){{0,2}}?(?:experiments"
        r"|observatories|telescopes|facilities|detectors|satellites|missions|hospitals|clinics|plants|factories|labs"
        r"|laboratories|companies|banks|cities|countries|schools|universities)\b",
    ),
    # ... or other adopters counted, who took up "the" thing: "Two other product teams adopted the cache in Q3",
    # "Three other teams ran the diary protocol on their own flows" (the speaker's, since the adopters are other than
    # the speaker's own, so a past use is a change told, not a study's; not "… use the same protocol", nor "We and two
    # other labs adopted the protocol", which the speaker took up with them).
    searched_where(
        {"other"},
        rf"(?<!\band )\b(?:{COUNT}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|many|several)\s+other\s+"
        rf"(?:[\w-]+\s+)?(?:{any_of(ADOPTERS | WORKS)})\s+(?:now\s+|also\s+)?(?:use|used|reuse|reused|run|ran|ship"
        r"|shipped|deploy|deployed|adopted|have\s+adopted|license|licensed|rely\s+on|build\s+on|built\s+on"
        r"|are\s+using|applied)\s+(?:the\s+(?!same\b)|our\b|my\b|it\b|them\b)"
        # ... and others uncounted, where the change is told by "now": "Other teams now use our method" (not the
        # field's "Other labs now use transformers")
        rf"|\bother\s+(?:[\w-]+\s+)?(?:{any_of(ADOPTERS)})\s+now\s+(?:use|reuse|run|ship|deploy|rely\s+on"
        r"|build\s+on|follow|apply)\s+(?:our|my|it|them)\b",
    ),
    # ... or by others named before them, and others counted: "HAYSTAC, CAPP and two others adopted the photon
    # counter" (not "Smith and two others adopted the same protocol").
    searched_where(
        {"others"},
        rf"\band\s+(?:\d+|{SOME})\s+others\s+(?:have\s+)?(?:adopted|use|run|deploy|deployed|license|licensed"
        r"|build\s+on|rely\s+on)\s+(?:the\s+(?!same\b)|our\b|my\b|it\b|them\b)",
    ),
    # Others built their own from the work: "9 groups have built helmets from our files", "Two labs made their
    # own sensors with our design" (not "we built helmets from our files").
    searched_where(
        TAKERS,
        r"\b(?:\d[\d,]*\+?|dozens of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|many|"
        rf"several)\s+(?:other\s+)?(?:{any_of(TAKERS)})\s+(?:have\s+|has\s+)?(?:built|made|"
        r"created|developed|replicated|reproduced)\s+[^.;]{0,50}?\b(?:from|with|using|on)\s+(?:our|my)\b"
        # ... or replicated what the speaker found: "Ten labs have replicated the effect", "Other groups replicated
        # our findings", "Two follow-up trials by other groups replicated the effect in adults" (not the speaker's
        # "we", nor "We replicated the results of other groups")
        rf"|(?:\b(?:\d[\d,]*\+?|{SOME})\s+(?:other\s+|independent\s+)?|\b(?:other|independent)\s+"
        rf"|\bby\s+(?:(?:\d+|{SOME})\s+)?(?:other|independent)\s+)(?:labs|groups|teams|laboratories)\s+"
        r"(?:have\s+|has\s+)?(?:independently\s+)?(?:replicated|reproduced)\s+(?:the\s+(?:effect|finding|findings"
        r"|result|results)|our|my|it|this|these)\b"
        # ... told in the passive, those who replicated it counted: "Replicated by five independent labs" (not "by
        # our lab", nor "replicated by the authors", nor a study's "by two other groups of participants")
        rf"|\b(?:replicated|reproduced)\s+(?:independently\s+)?by\s+(?:\d+|{SOME}|two|three|four|five|six|seven"
        r"|eight|nine|ten|twelve|twenty)\s+(?:other\s+|independent\s+)?(?:labs|groups|teams|laboratories)\b"
        r"(?!\s+of\b)",
    ),
    # Others' use of the speaker's artefact, ongoing since a year: "Cooling centres placed using our risk maps since
    # 2023" (not the speaker's own "We have trained models using our dataset since 2019").
    searched_where(
        {"since"},
        r"(?<!\bwe )(?<!\bwe have )(?<!\bwe've )(?<!\bi )(?<!\bi have )(?<!\bi've )\b"
        # how the speaker's own study gathered its data ("Errors measured using our method since 2020")
        r"(?!(?:measur|train|test|collect|record|comput|estimat|evaluat|observ|monitor|track|sampl|simulat)ed\b)"
        r"[a-z]+ed\s+"
        rf"(?:using|with|based\s+on|informed\s+by)\s+(?:our|my)\s+(?:[\w-]+\s+)?{PUT_TO_USE}\s+since\s+(?:19|20)\d\d\b",
    ),
    # Used by a public in thousands, built on by others: "Over a million people have used the app", "1,400 teachers
    # have taken our free online course", "replicated by three other groups" (not "30 people used the app in the
    # study", nor "2,000 teachers took the survey": a course or a tool taken is the speaker's own).
    searched_where(
        _TAKEN_OR_BUILT_ON,
        rf"\b(?:{THOUSANDS_SAID}|a\s+million|millions\s+of|thousands\s+of)\s+(?:{_PUBLIC_IN_THOUSANDS})\s+"
        # two publics joined: "1,200 researchers and family historians used it in 2025"
        rf"(?:and\s+(?:[\w-]+\s+)?(?:{_PUBLIC_IN_THOUSANDS})\s+)?"
        r"(?:have\s+)?(?:(?:used|downloaded|installed)\s+(?:it|the|our|my|this)|(?:taken|completed|enrolled\s+in)"
        r"\s+(?:our|my))\b"
        rf"|\b(?:replicated|reproduced|extended|adopted)\s+(?:independently\s+)?by\s+(?:\d+|{SOME})\s+other\s+"
        r"(?:groups|labs|teams|researchers)\b(?!\s+of\b)",
    ),
    # Told as a change in how others work: "The finding changed how obstetricians in Norway time the induction of
    # labour", "Our study changed the way banks price flood risk" (not "This changed how we think about it", nor
    # "Our loss changes how the network learns": those who changed are people at work or bodies).
    searched_where(
        {"changed", "transformed", "reshaped", "changes", "transforms", "reshapes"},
        r"\b(?:our|my|the|this|these|that|it)\s+(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+)?(?:changed|transformed|reshaped"
        r"|changes|transforms|reshapes)\s+(?:how|the\s+way)\s+(?:(?:the\s+)?[\w-]+\s+)?(?!(?:we|i|you)\b)"
        rf"(?:{_PUBLIC_IN_THOUSANDS}|{PEOPLE_IN_OR}|{any_of(ADOPTERS)}|{PUBLIC_BODIES}|[a-z]+(?:ians|ists)"
        r"|obstetricians|midwives|judges|lawyers|courts|regulators|insurers|journalists|editors|publishers)\b",
    ),
    # Used by hundreds of people of a trade: "Our heat-pump sizing tool is used by 900 installers across Europe",
    # "used by 1,200 pharmacists" (in the present; a study's "used by 12 testers" counts too few).
    searched_where(
        {"used"},
        rf"\b(?:is|are)\s+(?:now\s+)?used\s+(?:{HABITUALLY}\s+)?by\s+(?:over\s+|more\s+than\s+)?"
        r"(?:\d{3,}|\d{1,3}(?:,\d{3})+|hundreds\s+of|thousands\s+of)\s+(?:[\w-]+\s+)?[a-z]+(?:ers|ors|ists|ians)\b",
    ),
    # A share of the places or the people of a trade that work with it: "Today 40% of US dairy farms feed with the
    # ration we designed", "A third of Dutch hospitals use our score" (not those of a study, "40% of the hospitals
    # in our sample use our score", "Half of the farms fed with our ration gained weight", nor what they lack: "40%
    # of hospitals lack the staff our method needs").
    searched_where(
        {"of"},
        r"(?:\b\d+(?:\.\d+)?\s*%|\b(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|\bhalf)\s+of\s+(?!the\b)"
        r"(?:(?-i:[A-Z][\w.]*)\s+)?(?:[\w-]+\s+){0,2}?(?:farms|hospitals|clinics|schools|districts|utilities"
        r"|cities|counties|companies|firms|banks|labs|states|countries|pharmacies|stores|farmers|teachers|doctors"
        r"|nurses|physicians|clinicians)\s+(?!(?:in|of)\s+(?:our|the|this)\s+(?:study|sample|trial|survey|pilot)\b)"
        r"(?:now\s+)?(?:(?:use|run|follow|have\s+adopted|adopted|rely\s+on)\s+|[a-z]+\s+(?:[\w-]+\s+){0,2}?"
        r"(?:with|using)\s+)(?:(?:our|my)\s+(?!(?:study|sample|trial|survey|pilot|team)\b)[\w-]+"
        r"|the\s+(?:[\w-]+\s+){1,2}?(?:that\s+)?(?:we|I)\s+(?:designed|built|developed|created|made|wrote"
        r"|invented|proposed)\b)",
        and_one_of=OURS | {"we", "i"},
    ),
    # Bodies counted, of any kind, that now do their work with it: "Two national weather services now issue our heat
    # alerts", "More than 60 hospitals worldwide now perform the operation as we described it" (not a study's people,
    # "Three reviewers now recommend our paper", nor a comparison: "Two baselines now beat our model").
    searched_where(
        {"now"},
        rf"\b(?:\d[\d,]*|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+){{0,2}}?(?!(?:participants|subjects|annotators|volunteers"
        r"|students|patients|users|people|reviewers|judges|raters|baselines|models|methods|systems|papers|authors)\b)"
        r"[a-z]+s\s+(?:(?:worldwide|nationwide|globally|today)\s+)?now\s+"
        r"(?!(?:beat|outperform|match|exceed|trail|rival|compare|rate|review|test|cite|evaluate)\w*\b)"
        r"[a-z]{3,}\s+(?:(?:our|my)\s+(?!(?:study|trial|team|lab|group|paper|work\s+as)\b)[\w-]+"
        r"|the\s+(?:[\w-]+\s+){1,3}?(?:as|that|which)\s+(?:we|I)\s+(?:described|designed|developed|proposed|invented"
        r"|introduced)\b)",
    ),
    # Others counted in thousands that do their work with it: "Over 12,000 classrooms teach fractions with our
    # number-line game" (in the present: not a study's "2,000 students played with our game", nor what a dataset
    # holds, "10,000 images come with our labels").
    searched_where(
        {"with", "using"},
        rf"\b(?:over\s+|more\s+than\s+|nearly\s+)?{THOUSANDS_SAID}\s+(?:[\w-]+\s+)?"
        r"(?!(?:images|samples|examples|records|rows|items|documents|sentences|words|tokens|pairs|frames|clips|files"
        r"|participants|subjects|trials|runs|steps|epochs|iterations|queries|points)\b)[a-z]+s\s+(?:now\s+)?"
        r"(?!(?:come|came|have|had|are|were|look|seem|stay|remain|agree|disagree|compare|differ|vary)\b)"
        r"(?:[a-z]{3,}(?<!ed))\s+[^.;]{0,40}?\b(?:with|using)\s+(?:our|my)\s+[\w-]+",
        and_one_of=OURS,
    ),
    # Others in hundreds and more who build the work with the speaker: "More than 1,000 developers contribute to our
    # open-source library" (not the team's own few: "Three developers contribute to our library").
    searched_where(
        {"contribute", "contributed"},
        r"\b(?:over\s+|more\s+than\s+|nearly\s+)?(?:\d{3,}|\d{1,3}(?:,\d{3})+|hundreds\s+of|thousands\s+of)\s+"
        r"(?:[\w-]+\s+)?(?:developers|contributors|volunteers|people|researchers|engineers|users)\s+(?:now\s+|have\s+)?"
        r"(?:contribute|contributed)\s+to\s+(?:our|my)\b",
    ),
)
