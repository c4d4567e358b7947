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
    ANY_NAME,
    ASSESSED,
    AT_LEAST,
    BODY_NAME_TAIL,
    COUNT,
    HABITUALLY,
    MAKERS,
    NAMED_ADOPTER,
    OURS,
    PARTS_OF_A_TALK,
    PUBLIC_BODIES,
    PUT_TO_USE,
    SOME,
    TAKERS,
    THOUSANDS_SAID,
    Way,
    any_of,
    searched_where,
)

# An organisation named in two words or more, joined as names are ("Transport for London", "Siemens Mobility",
# "The European Commission"), or by its letters ("NOAA"); its letters may follow it ("The Dutch railways (NS)").
# (Each word a name's, not a pronoun or an adverb: a slide's title and text are read as one line, "Bridges We
# deployed …", "Bridges Successfully deployed …".)
_NAME = (
    r"(?-i:(?!(?:The|A|An|We|I|They|It|This|That|These|Those|Our|My|Then|Here|There)\b)(?![A-Z][a-z]*ly\b)"
    r"[A-Z][\w&-]*)"
)
# (letters joined by "&" too: "PG&E", "AT&T")
_ORGANISATION = (
    rf"(?-i:\b(?:The\s+)?{_NAME}(?:\s+(?:for|of|de|and|&)\s+{_NAME}|\s+{_NAME}){{1,3}}|\b[A-Z](?:&?[A-Z]){{1,5}}\b)"
)
# A body named by what it is, however it is qualified: "The Belgian regulator", "the state transit board" (not the
# speaker's own: "our city partner").
_BODY = (
    rf"\b(?:the|a|an|one)\s+(?!our\b|my\b)(?:[\w-]+\s+){{0,3}}?(?:{PUBLIC_BODIES}|{any_of(MAKERS)}|railways?)\b"
    # the rest of its name and its letters: "The Kenyan Ministry of Agriculture", "The Dutch railways (NS)"
    rf"{BODY_NAME_TAIL}(?:\s+\((?-i:[A-Z]{{2,6}})\))?"
)
# Adopters counted: "Five cities", "14 transit agencies", "Two other hospitals" (not "12 participants": a study's).
# People of a trade are adopters only in thousands or as others ("2,000 teachers", "two other engineers"): "Three
# nurses labelled the scans" are a study's participants.
_PEOPLE_COUNTED = frozenset(
    {"researchers", "developers", "engineers", "scientists", "doctors", "nurses", "farmers", "teachers"}
)
_BODIES_COUNTED = TAKERS - _PEOPLE_COUNTED | {
    "states", "counties", "ministries", "utilities", "insurers", "operators", "districts", "airlines", "railways",
    "carriers", "retailers", "ports", "airports", "councils", "boards",
    # those who publish and judge ("Fourteen newsrooms now check claims with our tool", "Three courts use it")
    "newsrooms", "newspapers", "publishers", "broadcasters", "courts", "pharmacies", "manufacturers", "factories",
}  # fmt: skip
_COUNTED = (
    rf"\b(?:(?:{COUNT}|{SOME})\s+(?:other\s+)?(?:[\w-]+\s+)?(?:{any_of(_BODIES_COUNTED)})"
    rf"|(?:{AT_LEAST}{THOUSANDS_SAID}|(?:{COUNT}|{SOME})\s+other)\s+(?:[\w-]+\s+)?(?:{any_of(_PEOPLE_COUNTED)}))\b"
)
# Bodies uncounted as a sentence or a clause opens: after a mark, or capitalised (a slide's words are read as one
# line, its title run into its text: "Where it went Hospitals adopted our checklist").
_BODIES_OPENING = (
    rf"(?:(?:^|(?<=[.;:!?,]\s))(?:{any_of(_BODIES_COUNTED)})"
    rf"|(?-i:\b(?:{'|'.join(sorted(w.capitalize() for w in _BODIES_COUNTED if w != 'ngos'))}|NGOs)))"
)
# (Its words are a name's, not the sentence's verb: "The VA's data were used …".)
_NO_VERB = r"(?!(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|might)\b)"
# An organisation's own service, product or report, by its name: "Bogotá's TransMilenio", "Caltrain's schedule",
# "NOAA's California Current ecosystem status report" (not a scholar's work or a method: "Smith's model", "Google's
# proof").
_ITS_OWN = (
    rf"{NAMED_ADOPTER}['’]s\s+(?:{_NO_VERB}[\w-]+\s+){{0,4}}?{_NO_VERB}"
    r"(?!(?:models?|methods?|approach(?:es)?|algorithms?|proofs?|papers?"
    r"|work|theorems?|lemmas?|analys[ie]s|loss|architectures?|baselines?|networks?|estimators?|implementations?"
    r"|experiments?|stud(?:y|ies)|results|frameworks?|formulations?|definitions?|derivations?|books?|textbooks?"
    r"|theses|thesis|surveys?|reviews?|chapters?"
    # a scholar's quantity or law by name: "Murakami's parameter", "Cohen's kappa", "Euler's formula"
    r"|parameters?|constants?|equations?|conjectures?|inequalit(?:y|ies)|criteri(?:on|a)|principles?|coefficients?"
    r"|formula[es]?|kappa|curves?|distributions?"
    # ... or a disease named after a physician: "Alzheimer's disease", "Tourette's syndrome"
    r"|diseases?|syndromes?|disorders?)\b)[\w-]+(?:\s+since\s+\d{4})?"
    # ... and its letters: "Chile's national water directorate (DGA)"
    r"(?:\s+\((?-i:[A-Z]{2,6})\))?"
)

# Acts of taking work up that neither a method's part nor a scholar does to it.
_ADOPTS = (
    r"approved|endorsed|recommend(?:s|ed)|certified|accredited|mandate[sd]|require[sd]|adopt(?:s|ed)|buys|bought"
    r"|purchased|procured|ordered|licen[sc](?:es|ed)|install(?:s|ed)|deploy(?:s|ed)|integrat(?:es|ed)"
    r"|embed(?:s|ded)|commissioned|standardi[sz]ed\s+on|(?:switched|migrated)\s+to|rolled\s+out|scaled\s+up"
    r"|expanded|pays\s+for|paid\s+for|reimburses|reimbursed"
)
# ... and those an organisation does with it, but a scholar or a method's part may too ("Smith extended our proof",
# "The Kalman Filter uses our model", "BERT uses our tokens"): said only of a body, adopters counted, or an
# organisation's own service; an organisation by its name only where the use is its own ("… in production").
_USES = (
    r"uses|used|runs|ran|relies\s+on|relied\s+on|builds\s+on|built\s+on|follows|followed|chose|selected|includes"
    r"|included|features|featured|operates|operated|cites|cited"
    # ... said of many (an organisation's guidelines, its offices): "The FAO's 2024 guidelines include our test"
    r"|use|include|run|follow|cite|feature|operate|rely\s+on|build\s+on"
)
# The speaker's work, not a study's parts or the speaker's people and asks ("approved our protocol", "funded our
# team", "approved our request"), nor the work as a comparison ("… our model as a baseline").
_WORK = (
    # (the words of the work's own name, not of what follows it: "our test for its national soil survey")
    r"(?:our|my)\s+(?!(?:[\w-]+\s+){0,2}?(?:study|studies|protocol|trial|participants?|survey|request|proposal"
    r"|application|grant|team|lab|group|students?|hypothes[ie]s|experiments?|consent|budget|invitation|visit"
    r"|staff|colleagues|collaborators|partners|members|postdocs|interns|patients|funding|nurses|doctors|clinicians"
    r"|teachers|engineers|researchers|annotators|volunteers|users|children|families"
    # the speaker's own people: "… asking my grandmother"
    r"|grand(?:mother|father|parents?|ma|pa)|mother|father|parents?|family|son|daughter|wife|husband|friends?"
    # the world everyone shares, not the speaker's work: "The Big Data Revolution changes our lives"
    r"|lives|world|society|understanding|views?|thinking|knowledge|ways?|field|community|planet|future|time|attention"
    r"|bodies|minds|brains|species|country|economy|environment|everyday)\b)"
    r"(?![^.;]{0,40}?\b(?:as\s+(?:a|the)\s+baseline|for\s+comparison)\b)[\w-]+"
)
# The rights to the work, bought or licensed: "Syngenta bought the rights to our drought screen".
_RIGHTS = r"(?:(?:the\s+)?(?:rights?|licen[cs]es?|patents?)\s+(?:to|for|on)\s+)?"
# Those who take work up, told from a method's parts by what they are: a body, adopters counted, a service's name.
_TAKERS = rf"(?:{_BODY}|{_COUNTED}|{_ITS_OWN})"
# ... and by name: an organisation's, or one word ("Mozilla"), which may be a method's ("Adam") or a scholar's.
_NAMED = rf"(?:{_ORGANISATION}|{NAMED_ADOPTER})"
_LATELY = r"(?:\s+(?:has|have|now|also|then|later|since))?\s+"
# What those who run places and services did with it: "rerouted six bus lines", "cut headways", "closed the beach".
# (in the plain form too, where they act on their own: "Three airlines plan their crew rosters with our solver"; not
# "… compare their results with our model")
_DID = rf"[a-z]+(?:ed|s)|cut|set|shut|made|built|kept|took|(?!{ASSESSED}\b)[a-z]{{3,}}(?=\s+(?:their|its)\s)"

# What makes bodies a study's own: "Participating hospitals", "the pilot schools", "control clinics".
_STUDY_OWN = r"(?:participating|partner|pilot|study|trial|control|treatment|comparison)"
# Units of time, which a count before them measures: a span, not bodies ("two years on").
_SPAN = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)"
# Bodies that take work up, besides those that make policy: "health boards", "housing associations", "the national
# charity", "the High Court" (singular or plural; a network or a society of a method's parts is not one).
_BODY_NOUNS = (
    # (the plurals of the public bodies in "-y": "cities", "counties")
    rf"(?:(?:{PUBLIC_BODIES}|citie|countie|municipalitie|authoritie"
    r"|railway|association|charit(?:y|ie)|trust|union|court|tribunal|parliament|ngo|nonprofit|non-profit|institute"
    r"|health\s+system|school|hospital|clinic|insurer|utilit(?:y|ie)|agenc(?:y|ie)"
    # operators by what they run ("every distribution operator", "three grid operators"; not "a human operator")
    r"|(?:grid|distribution|transmission|network|system|rail|railway|port|airport|water|telecom|mobile)\s+operator"
    r"|ministr(?:y|ie)|compan(?:y|ie)|firm|bank|retailer|publisher|broadcaster|museum|librar(?:y|ie)|archive"
    r"|newsroom|newspaper|pharmac(?:y|ie)|manufacturer|factor(?:y|ie))s?"
    # a state by its name ("The state of Victoria"), not the state of a thing ("the state of the art")
    r"|state(?=\s+of\s+(?-i:[A-Z])))"
)
# The last word of an organisation's name: "Siemens Mobility", "Google Research", "Citizens Advice".
_ORG_SUFFIX = (
    r"(?:Inc|Ltd|Corp|Corporation|Company|Group|Foundation|Trust|Council|Agency|Authority|Institute|University"
    r"|College|Society|Association|Bank|Health|Mobility|Research|Labs|Advice|Aid|International|Alliance|Partners"
    r"|Network|Service|Services|Commission|Department|Ministry|Office|Board|Bureau|Hospital|Clinic|Cymru|Fund"
    r"|Initiative|Programme|Program|Project|Coalition|Federation|Union|Cooperative|Consortium|Systems|Technologies"
    r"|Energy|Power|Water|Motors|Pharma|Pharmaceuticals|Airlines|Airways|Rail|Telecom|Media|Insurance|Capital"
    r"|Holdings|Industries|Electric|Robotics|Therapeutics|Solutions)\b"
)
# The last word of a method's name, which no organisation's ends on: "The Kalman Filter", "Graph Neural Networks".
_METHOD_PARTS = (
    r"(?-i:Filters?|Networks?|Models?|Methods?|Algorithms?|Transformers?|Regressions?|Process(?:es)?|Learning|Search"
    r"|Trees?|Forests?|Descent|Samplers?|Encoders?|Decoders?|Classifiers?|Estimators?|Optimi[sz]ers?|Layers?"
    r"|Machines?|Baselines?|Systems?|Frameworks?|Theor(?:y|ies)|Equations?|Functions?|Data|Datasets?)"
)
# Who takes work up, widely: a body however qualified ("The Welsh Government", "three health boards", "every council
# in Wales", "Crisis, the national charity,"), an organisation by its name, adopters counted, an organisation's own
# service. A slide's title is read before its first sentence ("Ablation Accuracy now improves …"), so a name of
# capitalised words counts with "The" before it, a joining word inside it or an organisation's last word, and never
# ends on a method's part.
_WHO = (
    # (the count is the body's, not a span's before it: "Two years on: regulators …")
    # (a possessive qualifies it too: "The Madrid cleaners' association")
    rf"(?:\b(?:the|a|an|one|every|each|all|\d[\d,]*|{SOME})\s+(?!our\b|my\b)(?:(?!{_STUDY_OWN}\b|{_SPAN}\b)[\w.'’-]+\s+)"
    r"{0,3}?"
    rf"{_BODY_NOUNS}\b"
    r"(?:\s+(?:in|of|across)\s+(?-i:[A-Z])[\w-]*)?"
    rf"|(?-i:\bThe\s+(?:{_NAME}\s+(?:(?:for|of|de|and|&)\s+)?){{1,3}}?(?!{_METHOD_PARTS}\b){_NAME})"
    # one word after "The", a name in letters and lower case ("The Guardian"; not a method's letters, "The LSTM")
    rf"|(?-i:\bThe\s+(?!{_METHOD_PARTS}\b)(?![A-Z]+\b){_NAME})"
    rf"|(?-i:\b{_NAME}(?:\s+{_NAME}){{0,2}}\s+(?:for|of|de|and|&)\s+{_NAME}(?:\s+{_NAME}){{0,2}})"
    rf"|(?-i:\b{_NAME}(?:\s+{_NAME}){{0,2}}\s+{_ORG_SUFFIX})"
    rf"|{_COUNTED}|{_ITS_OWN})"
)
# What another does to the work that is no uptake: compares with it, takes part in its study, helps it along,
# turns it down ("GPT-4 beats our model", "Three associations took part in our interviews", "The council rejected
# our proposal", "Google donated compute for our experiments").
_NOT_UPTAKE = (
    r"beats?|beat|outperform(?:s|ed)?|match(?:es|ed)?|exceed(?:s|ed)?|trail(?:s|ed)?|rival(?:s|ed)?|compar(?:es|ed)"
    r"|took|take|takes|participated|participate|joined|join|completed|answered|rated|reviewed|rejected|reject"
    r"|declined|refused|funded|fund|funds|supported|support|supports|sponsored|hosted|invited|visited|provided"
    r"|provide|provides|gave|give|gives|donated|granted|lent|supplied|shared|sent|offered|criticised|criticized"
    r"|questioned|disputed|dispute|disagree|disagrees|disagreed|ignored|published|released|launched|had|has|have|is"
    r"|are|was|were"
    # ... or helps the study along with its data, people or leave ("The hospital collected samples for our analysis")
    r"|collected|recruited|contributed|received|receives|receive|owns|own|helped|assisted|enabled|allowed|asked"
    r"|contacted|emailed|told"
)
# Places counted, where bodies are: "in 14 countries", "across three states", "in Oregon and 11 other states".
_PLACES = (
    r"(?:states|cities|countries|counties|regions|provinces|districts|municipalities|hospitals|clinics|schools"
    r"|utilities|agencies|towns|villages)"
)
_PLACES_COUNTED = (
    rf"(?:(?-i:[A-Z])[\w.-]*,?\s+){{0,6}}?(?:and\s+)?(?:{COUNT}|{SOME}|all|every)\s+(?:other\s+)?(?:[\w-]+\s+)?"
    rf"{_PLACES}\b"
)
# Bodies counted, who do it in the plain form of the verb: "Three health boards now screen every newborn with it";
# or named, without a count, by the places they are in: "Hospitals in Washington", "Counties across California",
# "Fire agencies in 14 countries" (not a study's own: "Participating hospitals in Ohio", "Our partner clinics in …").
_MANY = (
    rf"(?:\b(?:\d[\d,]*|{SOME}|all)\s+(?:other\s+)?(?:[\w.-]+\s+){{0,3}}?{_BODY_NOUNS}\b"
    r"(?:\s+(?:in|of|across)\s+(?-i:[A-Z])[\w-]*)?"  # where they are: "Two utilities in Texas"
    # (as a clause or a line opens, so that the word before is read: not after another word, "… helps hospitals in
    # …"; a capital opens the text after its slide's title, "The forecast Hospitals in Washington …")
    r"|(?:(?<![\w,]\s)(?<!\w)|(?-i:(?=[A-Z])))"
    rf"(?!(?:our|my|the|{_STUDY_OWN})\b)(?:[\w-]+\s+)?"
    # (a place of a few words, "in West Africa", "in the UK")
    rf"{_BODY_NOUNS}(?<=s)\s+(?:in|across|throughout)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
    rf"|{_PLACES_COUNTED}))"
)
# What they did, told as a verb is: in the past, or in the present of one ("The council wrote …", "Citizens Advice
# refers …"), not a word that merely follows a name ("Open Source Python and …").
_DONE = (
    r"(?!(?:as|is|was|has|its|this|thus|less|across|towards|versus|plus|unless|perhaps|always|news|process|access"
    r"|focus|status|bus|class|analysis|basis)\b)[a-z]+(?:ed|s)"
    r"|wrote|made|built|kept|put|set|cut|ran|brought|bought|sold|taught|chose|drew|won|began|paid|led|spent|read"
)
# What the work does in others' service: "Our forecast triggers alerts in …", "… guides burn permits for …".
_SERVES = frozenset(
    {"triggers", "guides", "drives", "informs", "steers", "schedules", "directs", "targets", "prioritises",
     "prioritizes", "routes", "times", "sets"}
    # ... in the plural, those that only a service's work does: "Our estimates now set the minimum wage in two
    # Mexican states", "Our forecasts guide planting in 40 districts"
    | {"set", "guide", "trigger", "steer", "inform"}
)  # fmt: skip
# ... and the verbs of deciding where, when or how, in either number: "Our maps guide where …", "Our model decides
# which …" (those of the service above, in the plural).
_SERVE = frozenset(
    {"guide", "drive", "inform", "steer", "decide", "decides", "determine", "determines", "shape", "shapes"}
)
# Sites that run a service, where the work is at work: "at 600 intersections", "in 40 stores".
_SITES = (
    r"(?:intersections|junctions|sites|stations|stops|substations|farms|stores|shops|plants|factories|warehouses"
    r"|airports|ports|mines|buildings|offices|branches|depots|bridges|wards|pharmacies|campuses|libraries|classrooms)"
)
# ... and one of them: "every middle school", "each ward".
_ONE_PLACE = (
    r"(?:school|hospital|clinic|district|state|city|country|county|province|region|classroom|ward|store|station)"
)
# People by their trade, who use a work in their own work: "Nurses at Kaiser Permanente use …", "Wikipedia editors
# now flag …" (those in "-or" too: "Interpol investigators trace …").
_TRADES = frozenset(
    {"nurses", "doctors", "physicians", "clinicians", "pharmacists", "radiologists", "surgeons", "midwives", "teachers",
     "librarians", "engineers", "technicians", "inspectors", "officers", "caseworkers", "dispatchers", "analysts",
     "planners", "farmers", "rangers", "editors", "journalists", "reporters", "lawyers", "judges", "archivists",
     "conservators", "investigators", "auditors", "moderators", "curators", "regulators", "agents", "officials",
     "designers", "developers", "scientists", "researchers", "forecasters", "economists", "statisticians"}
)  # fmt: skip
# ... and any of a trade in "-ist" or "-ian": "chemists", "statisticians".
_BY_TRADE = rf"(?:{any_of(_TRADES)}|[a-z]{{3,}}(?:ists|ians))"
_LATER = r"(?:(?:now|also|has|have|then|later|since\s+\d{4})\s+)?"
# Words that follow a plural subject but are not its verb: "Three health boards in …", "All hospitals and …"; nor is a
# modal, which tells what may yet be ("We hope five pharmaceutical companies will try our assay").
_LITTLE = (
    r"and|or|but|of|in|on|at|for|to|from|with|by|as|the|a|an|our|my|their|its|that|which|who|are|were|have"
    r"|will|would|could|might|may|should|must|can|cannot"
)

WAYS: tuple[Way, ...] = (
    # A body, adopters counted or an organisation's own service that took the work up: "The Belgian regulator
    # approved our preparation", "Five cities bought our sensors", "Caltrain's schedule since 2024 follows our
    # recommendation"; an organisation by its name, with an act no method or scholar does ("Transport for London
    # approved our timetable model", "Mozilla adopted our checker"; not "Smith cited our paper") or a use that is
    # its own ("Siemens Mobility runs our delay predictor in production", "Mozilla runs our checker in CI") or at
    # places counted ("Google Flood Hub runs our forecasts in 80 countries").
    searched_where(
        {"our", "my"},
        rf"{_TAKERS}{_LATELY}(?-i:(?:{_ADOPTS}|{_USES}))\s+{_RIGHTS}{_WORK}"
        # ... or bodies uncounted, opening the sentence, with an act of taking up (not a use, which may be the
        # design's: "Hospitals use our checklist to triage"): "Hospitals adopted our checklist"
        rf"|{_BODIES_OPENING}{_LATELY}(?-i:{_ADOPTS})\s+{_RIGHTS}{_WORK}"
        rf"|{_NAMED}{_LATELY}(?-i:(?:{_ADOPTS}))\s+{_RIGHTS}{_WORK}"
        rf"|{_NAMED}{_LATELY}(?-i:(?:runs|uses|deploys|funds|ran|used|deployed|funded))\s+{_WORK}[^.;]{{0,40}}?"
        r"\b(?:in\s+(?:production|(?-i:CI)|continuous\s+integration"
        # ... or in its own operations: "ERCOT runs our forecasts in its control room" (not a scholar's or a
        # method's: "in its proof", "in its embeddings")
        r"|(?:its|their)\s+(?:[\w-]+\s+)?(?:control\s+rooms?|operations|products?|services?|apps?|platforms?|fleets?"
        r"|factories|plants|stores|warehouses|hospitals|clinics|offices|data\s+cent(?:er|re)s|grid|network))"
        # ... or at places counted: "Google Flood Hub runs our forecasts in 80 countries"
        rf"|(?:in|at|across)\s+(?:over\s+|more\s+than\s+)?(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+)?(?:{_PLACES}|{_SITES}))\b"
        # ... with the work between the verb and its particle: "Maharashtra's health department rolled our protocol
        # out to 1,400 villages", "Three districts scaled our pilot up" (a protocol or a pilot that others roll out is
        # taken up, not approved for a study; not the speaker's people or money)
        rf"|{_TAKERS}{_LATELY}(?-i:rolled|scaled)\s+(?:our|my)(?:\s+(?!(?:team|lab|group|staff|budget|funding)\b)"
        r"[\w-]+){1,3}?\s+(?:out|up)\b",
    ),
    # ... or that gave up its own for it: "The Dutch railways (NS) replaced their crew scheduler with ours", "Four
    # regional hospitals switched their sepsis alerts to ours".
    searched_where(
        {"ours", "mine", "our", "my"},
        rf"(?:{_TAKERS}|{_NAMED}){_LATELY}(?-i:replaced)\s+(?:its|their)\s+[^.;]{{0,40}}?\bwith\s+(?:ours|mine)\b"
        rf"|(?:{_TAKERS}|{_NAMED}){_LATELY}(?-i:switched|moved|migrated|changed)\s+"
        r"(?:all\s+(?:of\s+)?)?(?:its|their)\s+"
        r"[^.;]{0,40}?"
        r"\bto\s+(?:ours|mine|our\s+[\w-]+|my\s+[\w-]+)\b",
        and_one_of=frozenset({"replaced", "switched", "moved", "migrated", "changed"}),
    ),
    # Made the way things are done: "Our alert is part of standard care at 12 NHS trusts", "Our score is taught to
    # every new ICU nurse at Johns Hopkins" (not "Our method is taught to the model": no one's practice).
    searched_where(
        {"standard", "routine", "usual", "taught", "official", "grown", "planted", "sown", "cultivated", "part"}
        | {"hectares", "acres", "ha"},
        # (not a trial's comparison: "Our control arm is standard care at all 12 sites")
        r"\b(?:our|my)\s+(?!(?:[\w-]+\s+){0,2}?(?:control|comparison|comparator|placebo|baseline|arm)\b)"
        r"(?:[\w-]+\s+){0,2}?(?:is|are|has\s+become|have\s+become|became)\s+(?:now\s+)?(?:part\s+of\s+)?"
        rf"(?:standard|routine|usual)\s+(?:care|practice|procedure|treatment)\s+(?:at|in|across)\s+(?:\d[\d,]*|{SOME}"
        r"|all|every|(?-i:[A-Z]))"
        # ... or part of the protocol of places counted: "The score is now part of the triage protocol at all 14
        # hospitals of our health system" (not "part of the training protocol for our study", nor "at the 4 sites of
        # the trial")
        r"|\b(?:our|my|the|this)\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+become|have\s+become|became)\s+(?:now\s+)?"
        r"part\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protocol|workflow|guidelines?|procedures?|pathway|routine)\s+"
        rf"(?:at|in|across)\s+(?:all\s+|every\s+)?(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+)?{_PLACES}\b"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial|pilot)\b)"
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:now\s+)?taught\s+to\s+(?:every|all|each)\b"
        # made official by those who run things: "Our field guide is now official training material for extension
        # officers" (not "Our results are official statistics of the study")
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|became|has\s+become)\s+(?:now\s+)?(?:the\s+|an?\s+)?official\s+"
        r"(?:[\w-]+\s+){0,2}?(?:material|standard|guide|guidance|curriculum|tool|method|test|textbook|reference|format"
        r"|protocol|procedure|policy|index|measure|statistics?)\b(?![^.;]{0,30}?\b(?:our|the)\s+(?:study|trial)\b)"
        # a variety or a practice taken up on land counted in thousands: "… is grown on 40,000 hectares", "Farmers in
        # the Rift Valley have planted the variety on 12,000 hectares" (not the speaker's "We have planted …")
        rf"|\b(?:our|my|it|they)\b[^.;]{{0,80}}?\b(?:grown|planted|sown|cultivated|used)\s+(?:on|across)\s+"
        rf"{AT_LEAST}{THOUSANDS_SAID}\s+(?:hectares|acres|ha|farms|fields)\b"
        r"|(?<!\bwe\s)(?<!\bi\s)\b(?:(?:have|has|now)\s+(?:planted|sown|grown|cultivated|adopted)"
        r"|now\s+(?:plant|grow|sow|cultivate)s?)\s+"
        r"(?:the|our|my|it|them|this|these)\b[^.;]{0,40}?\b(?:on|across|over)\s+"
        rf"{AT_LEAST}{THOUSANDS_SAID}\s+(?:hectares|acres|ha)\b",
    ),
    # ... or in every place of a country or of a body: "Our curriculum is taught in every middle school in Rwanda",
    # "Our screener is used in all 1,400 schools of the district" (not "taught in every session of the study").
    searched_where(
        {"taught", "used", "offered", "required"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:now\s+)?(?:taught|used|offered|required)\s+in\s+"
        rf"(?:every|each|all)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:{_PLACES}|{_SITES}|{_ONE_PLACE})\b"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial|pilot)\b)",
    ),
    # Made the one others use for a purpose, where they are: "Our pipeline is now the clinical long-read workflow
    # at two NHS genomic hubs", "Our score became the standard triage tool in 40 emergency departments" (not "the
    # reference model for all 12 sites of the trial", "the best model on the benchmark": a study's, or a rank).
    searched_where(
        {"clinical", "standard", "default", "routine", "official", "reference", "national"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|has\s+become|have\s+become|became)\s+(?:now\s+)?the\s+"
        r"(?:clinical|standard|default|routine|official|reference|national)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:workflow|pipeline|tool|method|test|model|system|software|platform|protocol|assay|procedure|approach)s?"
        rf"\s+(?:at|in|across|for)\s+(?:all\s+|every\s+)?(?:\d[\d,]*|{SOME}|(?-i:[A-Z]))"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial)\b)",
    ),
    # ... or that did its own work with the speaker's: "Bogotá's TransMilenio cut headways by 20% with our
    # scheduler", "The county closed two beaches on our forecast", "Seattle rerouted six bus lines on our forecast of
    # flooding" (not "Accuracy rose with our method", "Deep Learning Methods improved with our data": no one's act;
    # a name only with what the speaker's work gives to act on, and an act of those who run places).
    searched_where(
        {"with", "using", "on", "after", "following", "because", "response", "based", "around"},
        # (or built around it: "The Museum of London rehung its Roman gallery around our reading of the inscriptions")
        rf"{_TAKERS}{_LATELY}(?-i:{_DID})\s+[^.;]{{0,60}}?\b(?:with|using|on|around)\s+{_WORK}"
        # ... or because of it: "Two hospitals replaced their sink drains after our survey" (not "Two hospitals
        # joined after our survey": taking part)
        rf"|{_TAKERS}{_LATELY}(?!(?:{_NOT_UPTAKE})\b)(?-i:{_DID})\s+[^.;]{{0,60}}?\b(?:after|following|because\s+of"
        r"|in\s+response\s+to|based\s+on)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:survey|study|audit|report|findings?"
        r"|analysis|results|evidence|work|research|trial|paper|data)\b"
        rf"|{_NAMED}{_LATELY}(?-i:{ADOPTERS_ACTS}|rerouted|delayed|postponed|evacuated|reopened|restricted"
        r"|suspended|cancell?ed|warned|issued|timed|scheduled|reroutes|delays|postpones|evacuates|warns|issues|times"
        r"|schedules)\s+[^.;]{0,60}?\b(?:with|using|on)\s+(?:(?:the\s+)?help\s+(?:of|from)\s+)?(?:our|my)\s+"
        rf"(?:[\w-]+\s+)?{PUT_TO_USE}\b"
        # ... or thousands of things it acted on, whatever the act: "Ahmedabad painted 15,000 roofs with our guidance"
        # (not a result of the method: "Error fell by 20% with our model" acts on nothing counted)
        rf"|{NAMED_ADOPTER}{_LATELY}(?-i:[a-z]+ed)\s+(?:over\s+|more\s+than\s+|nearly\s+|some\s+)?{THOUSANDS_SAID}\s+"
        # (the data of a computation are not acted on: "Adam updated 10,000 weights with our schedule")
        rf"(?![^.;]{{0,30}}?\b(?:weights|parameters|images|samples|tokens|examples|epochs|iterations|steps|gradients"
        r"|points|pixels|frames|sequences|documents|sentences|trials|simulations|runs|queries|problems)\b)"
        rf"(?:[\w-]+\s+){{0,2}}?[a-z]+\b[^.;]{{0,40}}?\b(?:with|using|following|under|on)\s+{_WORK}",
        and_one_of=OURS,
    ),
    # ... said any way, by those who take work up (a body, an organisation by name, adopters counted), of what they
    # did with the speaker's work: "The Welsh Government wrote our index into its homelessness strategy", "Three
    # health boards now screen every newborn with our test", "Citizens Advice referred 12,000 tenants through our
    # app", "Crisis, the national charity, distributes our toolkit to 300 local groups" (not what is no uptake:
    # "The council rejected our proposal", "Three associations took part in our interviews", and not a study's or
    # a method's: "The Kalman Filter updates its state with our model").
    searched_where(
        {"our", "my"},
        # (a plural noun before "were" is the subject's last word, not its verb: "NASA's satellite images were our
        # input")
        rf"(?:{_WHO},?\s+{_LATER}(?!(?:{_NOT_UPTAKE})\b)(?-i:{_DONE})(?!\s+(?:were|are|was|is)\b)"
        rf"|{_MANY}\s+{_LATER}(?!(?:{_NOT_UPTAKE}|{_LITTLE})\b)"
        # (not compared with the work: "… see more visits than our model predicts")
        rf"(?-i:[a-z]{{3,}}))(?:\s+(?:up|on|to|into|in|with|from))?\s+(?:[^.;:]{{0,60}}?\s)?(?<!\bthan\s)"
        rf"(?<!\blike\s){_WORK}",
    ),
    # ... that signed up to it ("Landlords in Glasgow signed up to our code of practice", "3,000 teachers have
    # subscribed to our newsletter"; not the speaker's "We signed up for the cloud credits", nor a study's
    # "Participants signed up for our study"), or took up what the speaker found, said without "our" ("Three seed
    # companies now breed for the traits we identified"; not "Three hospitals in our trial used the dose we chose").
    searched_where(
        {"signed", "subscribed", "pledged", "identified", "found", "discovered", "developed", "designed", "mapped"},
        rf"\b(?!(?:we|i|you|has|have|had|ve)\b)[a-z]+\s+(?:have\s+|has\s+)?(?:signed\s+up\s+(?:to|for)|subscribed\s+to"
        rf"|pledged\s+to\s+(?:follow|use|adopt))\s+{_WORK}"
        rf"|(?:{_WHO}|{_MANY}){_LATELY}(?!(?:{_NOT_UPTAKE}|{_LITTLE})\b)(?-i:[a-z]{{3,}})\s+"
        r"(?![^.;]{0,60}?\bour\s+(?:study|trial|experiments?|pilot)\b)(?:[\w-]+\s+){0,3}?(?:the|these|those)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:we|i)\s+(?:identified|found|discovered|developed|designed|mapped)\b",
        and_one_of=OURS | {"we", "i"},
    ),
    # People by their trade at a named organisation or at places counted, using the work in their own work: "Nurses at
    # Kaiser Permanente use our fall-risk score on every admission" (not "took part in our usability study", nor "Nurses
    # in our study use our app": no organisation named).
    searched_where(
        _TRADES,
        rf"\b(?:{any_of(_TRADES)})\s+"
        r"(?:at|in|across|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}"
        # ... or at places counted: "Farmers in 600 villages in Kenya now plant by our forecasts"
        rf"|(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+)?(?:{_PLACES}|{_SITES})(?:\s+(?:in|of|across)\s+(?-i:[A-Z])[\w&.-]*)?)"
        r"\s+(?:now\s+)?"
        rf"(?:use|run|rely\s+on|screen\s+with|work\s+with|plan\s+with|follow|consult"
        # ... or anything else they now do with it or by it: "Judges in Cook County now see our risk score before bail
        # hearings", "Nurses in Ohio now triage with our score" (not "Nurses at Kaiser now rate our app": an
        # assessment)
        rf"|(?<=now\s)(?!{ASSESSED}\b)(?!(?:{_NOT_UPTAKE})\b)[a-z]{{3,}}(?:\s+(?:with|by|using|from))?)\s+{_WORK}"
        # ... or named by their organisation, before them: "Airbus engineers use our simulator", "Wikipedia editors now
        # flag disputed claims with our tool" (not a study's "Pilot nurses rated the app with our scale", nor
        # "Google engineers compared their parser with ours"; "The" is no organisation's name)
        rf"|{ANY_NAME}\s+(?-i:{any_of(_TRADES)})\s+{_LATER}"
        rf"(?:(?:use|run|rely\s+on|follow|consult|trust)\s+{_WORK}"
        rf"|(?!{ASSESSED}\b)(?!(?:{_NOT_UPTAKE})\b)[a-z]{{3,}}\s+(?![a-z]+(?:ly|er)\b)[^.;]{{0,60}}?\b"
        rf"(?:with|using)\s+{_WORK})",
    ),
    # ... or who use it, said in the passive: "Our model is used by land managers", "Our maps are used by park
    # rangers in 6 states", "Our code is used by others" (not a study's "Our app is used by participants", nor the
    # method's parts, "Our embedding is used by later layers").
    searched_where(
        {"used", "relied", "adopted"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|has\s+been|have\s+been)\s+"
        rf"(?:(?:now|already|also|{HABITUALLY})\s+)?(?:used|relied\s+on|adopted)\s+by\s+(?:other\s+)?"
        rf"(?!our\b|my\b)(?:[\w-]+\s+)?(?:{_BY_TRADE}|{any_of(TAKERS)}|others|managers|practitioners|officials)\b",
        and_one_of=OURS,
    ),
    # ... or the trade's people now doing all their work with it, their place unnamed: "The medicinal chemists now
    # rank every new series with it", "Radiologists now read every scan with our tool" (not a study's "The
    # radiologists in our study read every scan with our tool": no "now")
    searched_where(
        {"now"},
        rf"\b{_BY_TRADE}\s+now\s+(?!{ASSESSED}\b)[a-z]{{3,}}\s+(?:every|each|all)\s+"
        r"[^.;]{0,40}?\b(?:with|using)\s+(?:it|them|our|my)\b",
    ),
    # Everyone a named place or body serves, treated with the work: "Since 2023, every newborn in Ontario is
    # screened with our assay", "every new Helsinki tram timetable is checked with our simulator" (not the data
    # of a method, "every image in ImageNet is labelled with our tool", nor a study's "every patient in Cohort A").
    searched_where(
        {"every"},
        r"\bevery\s+(?!(?:image|sample|frame|token|record|example|sentence|document|point|pixel|run)s?\b)"
        r"(?:[\w-]+\s+){0,2}?(?!(?:Cohort|Group|Arm|Study|Trial|Phase|Table|Figure|Experiment|Session)\b)"
        r"(?-i:[A-Z])[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:is|gets|has\s+been)\s+(?:now\s+)?[a-z]+ed\s+"
        rf"(?:with|by|using|through|against)\s+{_WORK}",
    ),
    # Bodies counted that took the work up, told after what it did there: "Our checklist cut readmissions at 30 VA
    # hospitals that rolled it out" (not "at 3 hospitals that took part", nor "… that use Epic").
    searched_where(
        {"it", "them"},
        rf"\b(?:\d[\d,]*|{SOME})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PLACES}|{any_of(TAKERS)})\s+(?:that|which|who)\s+"
        r"(?:have\s+|had\s+|now\s+)?(?:rolled\s+(?:it|them)\s+out|took\s+(?:it|them)\s+up"
        r"|(?:adopted|use|used|deployed|run|ran|installed|bought|licensed)\s+(?:it|them))\b",
    ),
    # A body that put the work on its own list, register or formulary: "The WHO listed our test on its Essential
    # Diagnostics List" (not a scholar's "Smith included our method in their comparison": no body).
    searched_where(
        {"listed", "added", "included", "entered", "registered"},
        rf"(?:{_BODY}|(?:\b(?-i:The)\s+)?(?-i:\b[A-Z]{{2,6}}\b)|{_ORGANISATION})\s+(?:has\s+|have\s+)?"
        rf"(?:listed|added|included|entered|registered)\s+{_WORK}\s+(?:[\w-]+\s+){{0,2}}?(?:on|in|to|into)\s+"
        r"(?:its|their)\s+(?!(?:comparison|baselines?|benchmark|evaluation|survey|review|analysis|paper|study)\b)",
    ),
    # The work at work inside what bodies counted run: "Our forecasts run inside the control room of three European
    # grid operators" (not "Our code runs inside the loop of two models").
    searched_where(
        {"inside", "within", "in"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:runs?|is|are|sits?)\s+(?:now\s+)?(?:in|inside|within)\s+(?:the\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:of|at)\s+{_MANY}",
    ),
    # The work doing its job in others' service, where they are: "Our smoke forecast now triggers school closure
    # alerts in Oregon and 11 other states", "Our model now guides burn permits for the Oregon Department of
    # Forestry" (not "Our loss now drives learning in all layers", "Our model sets the threshold for all hospitals in
    # the study", "Our method drives down error in 40 cities").
    searched_where(
        _SERVES,
        rf"\b(?:our|my)\s+(?:[\w-]+\s+){{0,3}}?(?:now\s+|also\s+)?(?:{any_of(_SERVES)})\s+(?!(?:down|up)\b)"
        r"[^.;]{0,60}?\b(?:in|across|for|at|by)\s+"
        rf"(?:{_PLACES_COUNTED}|{_BODY})"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial|sample|dataset|data|simulations?|experiments?)\b)",
    ),
    # ... or deciding where, when or how a body named acts on what is its own: "Our crash-risk maps guide where New
    # York City puts its speed cameras" (not "Our maps guide where the robot goes", nor "… which GPU runs the job").
    searched_where(
        _SERVES | _SERVE,
        rf"\b(?:our|my)\s+(?:[\w-]+\s+){{0,3}}?(?:now\s+|also\s+)?(?:{any_of(_SERVES | _SERVE)})\s+"
        r"(?:where|when|how|which)\s+(?:the\s+)?(?-i:[A-Z][a-z][\w.-]*)(?:\s+(?-i:[A-Z])[\w.-]*){0,3}\s+"
        r"(?:now\s+)?[a-z]+\s+(?:[\w-]+\s+)?(?:its|their)\b",
    ),
    # The work at work now in places counted: "Our signal-timing algorithm now runs at 600 intersections in
    # Pittsburgh" (not "now runs in 2 ms per intersection", "now runs at 50 Hz", nor "on 12 robots in our lab").
    searched_where(
        {"now", "today", "currently"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:now|today|currently)\s+(?:runs?|operates?|works?|is\s+(?:live|running|in\s+use))"
        r"\s+(?:at|in|on|across)\s+(?:more\s+than\s+|over\s+|all\s+)?(?:\d[\d,]*\+?|{SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:{_PLACES}|{_SITES})\b"
        r"(?![^.;]{0,30}?\b(?:our|the|this)\s+(?:study|trial|lab|pilot|simulations?|experiments?)\b)",
    ),
    # The work built into another's product or plan, in the passive: "Our rent calculator is embedded in the gov.uk
    # benefits checker", "Our score is used by the NHS", "Our method was picked up by Meta", "Our index was written
    # into the Welsh Government's strategy", "Our bounds are now used to set burn-in in the Stan language" (not the
    # speaker's own: "Our model is used in the next section", "Our data is included in the appendix").
    searched_where(
        {"our", "my"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
        r"(?:embedded|integrated|built|included|incorporated|written|used|adopted|installed|deployed|released|approved"
        r"|certified|registered|endorsed|recommended|accredited|picked\s+up|taken\s+up)\s+"
        # ... or used for a purpose there: "Our bounds are now used to set burn-in in the Stan probabilistic
        # programming language" (not "… used to prove Theorem 2 in Section 3")
        r"(?:(?<=used\s)(?:to|for)\s+[^.;]{1,40}?\s)?(?:in|into|by)\s+"
        r"(?:the\s+)?(?!our\b|my\b)"
        rf"(?:(?!{PARTS_OF_A_TALK}\b)(?-i:[A-Z])[\w.-]*"
        rf"|[a-z]+\.[a-z]{{2,}}|(?:[\w.'’-]+\s+){{0,3}}?{_BODY_NOUNS}\b)"
        # ... or in the making of a named product: "Our benchmark is used in the evaluations of GPT-5 and Gemini", "Our
        # data is used in the training of Llama 3" (not "… for the evaluation of Method A", a part of the talk)
        r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?used\s+(?:in|for)\s+"
        r"(?:the\s+)?(?:evaluations?|training|testing|model\s+cards?|technical\s+reports?|safety\s+tests?)\s+(?:of|for)\s+"
        rf"(?!{PARTS_OF_A_TALK}\b|(?-i:Model|Method)\b)(?-i:[A-Z])",
    ),
    # Put where everyone of a named place meets it: "Our triage rules are printed on the back of every ambulance
    # clipboard in Queensland" (not the data of a method, "Our labels are attached to every image in ImageNet", nor a
    # study's "every patient in Cohort A": a name that is a word, with no number after it).
    searched_where(
        {"every"},
        rf"\b(?:our|my)\s+(?:[\w-]+\s+){{0,2}}?(?:is|are)\s+(?:now\s+)?(?!{ASSESSED}\b)[a-z]+ed\s+"
        r"(?:on|in|into|at|onto)\s+(?:the\s+[\w-]+\s+of\s+)?every\s+(?!(?:image|sample|frame|token|record|example"
        r"|sentence|document|point|pixel|run|layer|step|epoch|node|batch|iteration|patient|participant)s?\b)"
        r"(?:[\w-]+\s+){0,2}?[a-z]+\s+(?:in|across|of)\s+(?-i:[A-Z][a-z]+)\b(?!\s*\d)",
    ),
)
