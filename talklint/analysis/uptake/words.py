"""The words others' uptake is said in: who takes a work up, the publics and fleets it reaches, where policy is
made, and the counts that tell a public from a study's participants. The patterns of the other modules of
``uptake`` are built from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Way:
    """A way of saying it: the words a slide must have for its pattern to be searched, and the pattern.

    The pattern is compiled the first time a slide has one of its words: a talk needs about a third of them, and
    compiling them all as talklint starts cost every cold run 50 ms."""

    needed: frozenset[str]
    pattern: str
    # For a pattern that needs two words, one of each kind ("… with our …"): the slide must have one of these too.
    # Most slides have a "with" or an "our"; a tenth have both, and the search of a long pattern is what costs.
    needed_too: frozenset[str] = frozenset()
    # The pattern, compiled already (kept between runs: ``compiled_patterns``).
    ready: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def said_in(self, said: str, words: set[str]) -> bool:
        """Whether ``said``, whose words (letters only, lower case) are ``words``, says it this way."""
        return (
            not words.isdisjoint(self.needed)
            and not (self.needed_too and words.isdisjoint(self.needed_too))
            and self.compiled().search(said) is not None
        )

    def compiled(self) -> re.Pattern[str]:
        return self.ready or _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The speaker's own, as patterns say it: "our", "my".
OURS = frozenset({"our", "my"})


# Others taking the work up, counted: "two companies ship our planner", "2,000 users download it every month",
# "40 labs run it". The present tense (or "adopted") keeps a user study out ("12 users used the prototype"),
# and the speaker's work as the object the world around it ("many people use spreadsheets").
ADOPTERS = frozenset(
    [
        "users", "people", "labs", "laboratories", "companies", "teams", "hospitals", "clinics", "groups",
        "researchers", "developers", "schools", "universities", "cities", "countries", "governments", "agencies",
        "organisations", "organizations", "startups", "start-ups", "firms", "banks", "customers", "projects",
        "products", "packages", "libraries", "institutions", "engineers", "scientists", "doctors", "nurses",
        "farmers", "teachers", "businesses", "districts", "nonprofits", "non-profits", "charities", "ngos",
        "municipalities",
        # the groups science is done in: "three collaborations run it", "two missions use our pipeline"
        "collaborations", "consortia", "missions", "surveys", "observatories",
        # ... and where the humanities keep their sources: "Used in three national archives"
        "archives", "museums",
        # ... and software others release: "Adopted in two open-source model releases", "Packaged by four distributions"
        "releases", "distributions", "frameworks", "toolkits",
    ]
)  # fmt: skip


# Others' research that uses the work, counted: "Over 300 papers use our benchmark".
WORKS = frozenset({"papers", "studies"})


# Who takes a work up in the passive ("used by 40 labs"): the adopters, but not users or people, who may be the
# participants of the speaker's own study ("used by 12 users").
TAKERS = ADOPTERS - {"users", "people", "customers"}


# The public a release reaches, counted: "shipped to 1.2M users", "rolled out to 40,000 patients".
PUBLICS = frozenset({"users", "people", "customers", "patients", "devices", "students", "drivers", "homes"})
# Who else a deployed service reaches, counted: "120,000 drivers", "2M households".
PEOPLE_SERVED = frozenset(
    {"households", "families", "teachers", "tutors", "clinicians", "riders", "residents", "members", "employees",
     "workers", "couriers", "sellers", "merchants", "farmers", "fishers", "growers", "creators", "shoppers",
     "travelers", "travellers", "volunteers"}
)  # fmt: skip
# One adopter named by its trade ("A vacuum maker ships it"), and the fleets a product is installed on.
MAKERS = frozenset(
    {"company", "maker", "manufacturer", "vendor", "start-up", "startup", "spin-off", "spinoff", "spin-out", "spinout",
     "firm", "bank",
     "hospital", "insurer",
     "retailer", "carrier", "utility", "agency", "ministry", "government", "city", "school district",
     # operators by what they run (not "a human operator", a study's participant)
     "grid operator", "grid-storage operator", "storage operator", "network operator", "fleet operator",
     "plant operator", "airline", "carmaker", "automaker"}
)  # fmt: skip
FLEETS = frozenset(
    {"robots", "devices", "phones", "machines", "cars", "vehicles", "servers", "homes", "vacuums", "drones",
     "cameras", "laptops", "computers", "tablets", "watches", "headsets", "routers", "boats", "vessels", "ships",
     "trucks", "buses", "tractors", "trains", "aircraft", "satellites", "turbines"}
)  # fmt: skip
# Where teachers take the work up: "assigned in graduate seminars", "on the syllabus at ten universities".
CLASSES = frozenset({"courses", "seminars", "classes", "classrooms", "curricula"})


def any_of(words: frozenset[str]) -> str:
    """The words as alternatives of a pattern, in a fixed order: "banks|clinics|…"."""
    return "|".join(sorted(words))


def searched_where(needed: frozenset[str] | set[str], pattern: str, and_one_of: frozenset[str] = frozenset()) -> Way:
    """A way of saying it: its pattern, searched only where the slide has one of the words it needs (and one of
    ``and_one_of``, where every alternative of the pattern needs one of those as well).

    A slide's words are read as letters only, so a name of two words or a hyphenated one is needed by its longest
    part ("start-ups" by "start", "school district" by "district")."""
    return Way(_longest_parts(needed), pattern, _longest_parts(and_one_of))


def _longest_parts(words: frozenset[str] | set[str]) -> frozenset[str]:
    return frozenset(max(re.findall(r"[a-z]+", word.lower()), key=len) for word in words)


# People named by a word in "-or", who take a work up as those in "-er" do ("Operators now run it"); sensors,
# motors and estimators are parts of a system.
PEOPLE_IN_OR = (
    r"(?:operators?|doctors?|inspectors?|investigators?|editors?|instructors?|contractors?|regulators?|surveyors?"
    r"|vendors?|investors?|auditors?|moderators?|counsel+ors?|supervisors?|mentors?|tutors?|donors?|sponsors?"
    r"|curators?|assessors?|adjudicators?|educators?|administrators?|coordinators?|navigators?|advisors?)"
)
# Where policy is written, and who writes it: a citation there is the work taken up.
POLICY_DOCUMENTS = (
    r"reports?|testimony|guidance|guidelines?|rules?|rulings?|briefs?|regulations?|rulemaking|hearings?|bills?|laws?|"
    r"legislation|opinions?|white\s+papers?|budget|ordinances?|(?:court|executive)\s+orders?|statutes?|directives?|"
    r"impact\s+assessments?|"
    # a regulation called a standard, which ends its name ("its 2024 indoor heat standard"; not "the standard
    # textbook", an adjective)
    r"standards?(?!\s+(?-i:[a-z]))"
)
# The speaker's work as those who make policy cite it or act on it: "cited our repair logs", "after our results".
WORK_CITED = (
    r"(?:work|paper|draft|study|studies|findings|results|evidence|estimates?|analysis|evaluation|trial|research"
    r"|report|model|data|logs|records|surveys?|framework|test|method|approach|index|measure"
    # a humanist's or a theorist's work: "The EU AI Liability Directive cites this argument in its recitals"
    r"|arguments?|theory|account|proposals?|recommendations?)"
)
# A part of a talk or a paper by its name ("Section 3", "Lemma 4", "Algorithm 2"): never who took the work up.
PARTS_OF_A_TALK = (
    r"(?-i:Appendix|Section|Chapter|Table|Figure|Supplement|Supplementary|Supplemental|Part|Lemma|Theorem"
    r"|Proposition|Corollary|Definition|Example|Equation|Eq|Step|Stage|Phase|Algorithm|Proof|Experiment|Study|Fig)"
)
# A part of the talk's own work by its number, as a defense names its chapters: "Chapter 3", "Study 2", "Paper II".
NUMBERED_PART = r"(?-i:(?:Chapter|Study|Paper|Aim|Part|Essay|Article)\s+(?:\d+|[IVX]+)\b)"
POLICY_MAKERS = (
    r"court|congress|senate|parliament|ministry|agency|commission|legislature|government|office|"
    r"central\s+bank|federal\s+reserve|world\s+bank|imf|oecd"
)
# Public bodies that put research to use, the policy makers among them: "The city adopted our model".
PUBLIC_BODIES = (
    rf"{POLICY_MAKERS}|department|city|county|regulator|ngo|district|council|authority|municipality|committee|board"
    r"|bureau|administration|foundation|consortium|directorate"
    # the public's memory institutions ("The Museum of London rehung its gallery around our reading")
    r"|museum|library|archive"
    # a port by its place or its authority ("The port of Rotterdam schedules its cranes with our optimiser"; not a
    # computer's port)
    r"|(?:air|sea)?port(?=\s+(?:of\s+(?-i:[A-Z])|authority\b))"
    # a public programme ("the national NCD programme", "the state's school-meal program"), not a research one
    r"|(?:national|state|federal|provincial|regional|public)\s+(?!research\b)(?:[\w-]+\s+){0,2}?program(?:me)?"
)
# The rest of a public body's name: "(Ministry) of Food and Agriculture", "(Department) of Health and Human Services",
# "(Ministry) of Gender, Children and Social Welfare", "(Federal Office) for the Environment".
BODY_NAME_TAIL = r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:(?:,?\s+(?:and|&)|,)?\s+(?-i:[A-Z][\w-]*)){0,4})?"
# The plans and rules a policy maker writes ("the city's 2024 heat plan", "the city's rules"), and what of the
# speaker's work it puts to use.
POLICY_PLANS = r"(?:plans?|strateg(?:y|ies)|polic(?:y|ies)|program(?:me)?s?|budget|code|rules?|regulations?|guidelines)"
PUT_TO_USE = (
    r"(?:estimates?|results|findings|method|model|tool|analysis|framework|forecasts?|guidelines|recommendations?"
    r"|index|indices|maps?|scores?|rubric|checklist|protocol|dataset|data|corpus|corpora|guides?|handbooks?|toolkits?"
    r"|assays?|tests?"
    # what an engineer hands over: "The DOE funded a pilot plant based on our process"
    r"|process|design|technology|recipe"
    # ... and what a computer scientist or a mathematician hands over: "Google used our algorithm to schedule jobs",
    # "Epidemiologists at the CDC used our bound to size contact-tracing samples"
    r"|algorithms?|bounds?|software|code|simulator|benchmark|estimator|classifier|planner|solver)"
)
# An adopter named as a sentence's subject ("Togo", "Milan", "The World Bank", "Pennsylvania DOT", "SpiderMonkey"):
# capitalised words (in camel case too) or letters, not a pronoun, a determiner alone, an adverb ("Successfully"),
# nor a study's "Participants", "Training" or "Evaluation".
# (Each word of the name, not only its first: a slide's title and text are read as one line, "Data We imported …".)
_NAME_WORD = (
    r"(?!(?:We|I|They|It|This|That|These|Those|Our|My|Then|Here|There|Each|Every|Both|All)\b)"
    # (a name's letters may be accented: "Bogotá", "Malmö")
    r"(?:[A-Z][a-zß-öø-ÿ]+(?:[A-Z][a-zß-öø-ÿ]+)*|[A-Z]{2,6})"
)
# Its first word may not read as a plural ("Participants", "Hospitals"), unless its ending is seldom a plural's:
# "Airbus", "Novartis", "Atlas", "Texas" (a name in -us, -is, -as, -os or -ss).
_NO_PLURAL_LOOKALIKE = r"(?![A-Z][a-z]*(?:ing|tion|ment|ly)\b)(?![A-Z][a-z]*(?<![uiaos])s\b)"
NAMED_ADOPTER = rf"(?-i:\b{_NO_PLURAL_LOOKALIKE}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
# A name of capitalised words that may end as a plural does ("Airbus", "Siemens", "Médecins Sans Frontières"), where
# the sentence leaves no doubt it is a name (before a trade's people, in a list, after "since 2024,"): not an article,
# a pronoun, a number word or a study's own word ("Two engineers", "Pilot nurses").
ANY_NAME = (
    r"(?-i:\b(?!(?:The|A|An|We|I|Our|My|They|Their|Its|This|That|These|Those|Some|All|Most|Many|Several|Few|Both|Each"
    r"|Every|Other|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[A-Z][a-z]+(?:teen|ty)"
    r"|Dozens|Hundreds|Thousands|Participating|Partner|Pilot|Study|Trial|Control|Treatment|Comparison)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})"
)
# An organisation or a product by a name of two or three words ("Apache Spark", "Microsoft Teams"), told apart from
# a person's name or a common word's capital.
ORGANISATION = (
    rf"(?-i:\b(?!(?:The|A|An)\b)(?![A-Z][a-z]*(?:ing|tion|ment|s|ly)\b){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\b)"
)
# What those who run places and services do with a work they take up.
ADOPTERS_ACTS = (
    r"closed|opened|built|rebuilt|redesigned|planned|placed|targeted|allocated|selected|chose|prioriti[sz]ed"
    r"|deployed|installed|retrofitted|screened|inspected|funded|zoned|rezoned|routed|relocated|redrew|mapped"
    # ... and what they do now, in the present: "The Reef Foundation selects tolerant parents with our assay"
    r"|closes|opens|builds|plans|places|targets|allocates|selects|chooses|prioriti[sz]es|deploys|installs|screens"
    r"|inspects|funds|routes|maps|breeds"
)
# Everyone a release was built for, reached all at once: "Rolled out to all EU markets", "launched to all new
# sellers" (not "released to 12 participants").
EVERYONE_REACHED = (
    r"users|customers|clients|stores|markets|regions|teams|countries|clinics|hospitals|schools|students|patients"
    r"|sellers|merchants|buyers|drivers|riders|members|subscribers|hosts|creators|employees"
)
# What others do with the work that is no use of it: weigh it against their own, test it, rate it, cite it
# ("Google engineers compared their parser with ours"). A verb's whole word: "compared", "benchmarks".
ASSESSED = r"(?:compar|contrast|benchmark|evaluat|test|validat|rat|review|assess|check|cit)[a-z]*"
# How often others use the work, said between the verb and who uses it: "Used daily by the county food bank",
# "used every week by 30 food banks", "run nightly at 12 utilities".
HABITUALLY = (
    r"(?:daily|weekly|nightly|monthly|routinely|widely|internally|regularly|every\s+(?:day|week|night|month)"
    r"|each\s+(?:day|week|night|month))"
)
# A count of people or things: "2,000", "1.2M", "thousands of".
COUNT = r"(?:\d[\d,.]*\s*[km+]?|thousands of|millions of)"
# A count in the thousands or more: "200,000", "3M", "thousands of" (a study's "20 robots" or "30 users" is not).
THOUSANDS = r"(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s*[kKmM]\b|thousands of|millions of)"
# Some, counted in words: "two labs", "dozens of groups", "several teams".
SOME = (
    r"hundreds of|dozens of|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|many|several"
)
# ... and in words, where a public is counted: "50 thousand", "1.5 million".
THOUSANDS_SAID = rf"(?:{THOUSANDS}|\d+(?:\.\d+)?\s+(?:thousand|million|billion))"
# A count in the millions or more: "200M", "4 million", "1.2 billion", "millions of".
MILLIONS = r"(?:\d+(?:\.\d+)?\s*(?:[mMbB]|million|billion|bn)\b|millions\s+of|\d{1,3}(?:,\d{3}){2,})"
# What may come before a count: "over 40,000 hectares", "more than 4 million users", "nearly 2 million".
AT_LEAST = r"(?:over\s+|more\s+than\s+|nearly\s+)?"
