"""The talk's story as a committee member follows it, computed once per talk and shared.

Every story rule, ``talklint outline`` and the HTML report read this one
object, so they cannot disagree. The windows are the readers' definitions
(``../shared/judge/labels-spec.md``):

- the main talk is the shown slides before the backup, which starts at a
  backup divider or after the closing slide ("Thank you", "Questions?");
- the opening is the first 20% of the main talk's content slides (title,
  outline, closing, thanks and divider slides aside), and at least the first
  five;
- the first content slides are the first three after the title slide, an
  outline slide not counted;
- the closing is the last three slides of the main talk (a run of closing
  slides counted once).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from talklint.analysis.roles import SlideRoles, first_content
from talklint.analysis.talk_parts import opens_a_part
from talklint.model import Slide, without_build_steps

TECHNICAL_PROBABILITY = 0.5  # a slide a reader more likely finds technical than not (one place: story, outline, report)
TAKEAWAY_ROLES = frozenset({"conclusion", "lessons"})
# The parts of the story the outline and the HTML report mark on the slides that carry them, with their letters.
MARKED_PARTS = {"vision": "V", "agenda": "A", "conclusion": "T"}
OPENING_SHARE = 0.2
OPENING_MIN = 5
# A title slide alone, or a title and one slide, is a stub or a fragment: there is no story to judge.
STORY_MIN_SLIDES = 3

_FUNDERS = r"(nsf|nih|erc|darpa|doe|arpa-e|onr|afosr|aro|nasa|epsrc|ukri|dfg|anr|nserc|snsf|nwo|jsps|nsfc)"
# "yrs" is how a plan abbreviates years ("1-2 yrs: …")
_HORIZON = re.compile(
    r"\b((years?|yrs?)\s*\d+(\s*[-–—]\s*\d+)?|year\s+(one|two|three|four|five|six|seven|eight|nine|ten)"
    # (not a span's length: "the first year-long field test")
    r"|(first|second|third)\s+(years?|yrs?)(?!-)|"
    # an academic's clock: "By my tenure review: …", "First grant cycle: …" (not "land tenure", "the cell cycle")
    r"(by|before|after|until)\s+(my\s+|the\s+)?tenure|tenure\s+(review|decision|clock|case)|(pre|post)-tenure|"
    r"(grant|funding)\s+cycles?|"
    r"next\s+(two|three|four|five|ten|few|\d+)\s+(years?|yrs?)|within\s+(a|one|two|three|five|ten|\d+)\s+(years?|yrs?)|"
    r"in\s+(two|three|five|ten|\d+)\s+(years?|yrs?)|next\s+decade|"
    # a term as a horizon: "Long term: …", "in the longer term", "near-term goals" (not a study's "longer-term
    # follow-up", "long-term memory")
    r"(in|over|for)\s+the\s+(short|medium|mid|long|near)(er)?[\s-]+term|"
    r"(short|medium|mid|long|near)(er)?[\s-]+term(?=\s*([:,(–—-]|\n|$)|\s+(goals?|plans?|vision|agenda|directions?"
    r"|aims?|objectives?|horizon|research|projects?|program(?:me)?s?|work|steps?|priorit(y|ies))\b)|"
    # the economist's horizon: "In the long run, …", "Short run: …" (not "a long run of experiments")
    r"in\s+the\s+(short|long)(er)?\s+run|(short|long)[\s-]+run(?=\s*:)|"
    # a new hire's plan: "In my first 90 days", "the first six months", "within six months"
    r"(first|next)\s+(\d+|thirty|sixty|ninety|hundred|two|three|six)\s+(days|weeks|months)|"
    r"within\s+(a|one|two|three|six|\d+)\s+(weeks?|months?)|"
    r"(by|in|until|before|from|through|starting|after)\s+(19|20)\d\d|(?m:^(19|20)\d\d)|"
    r"(?<!al\.\s)(?<!al\.)(19|20)\d\d(?=\s*[-–:])|"
    r"\d+\s*[-–]\s*\d+\s+(years?|yrs?)|months?\s+\d+|\d+\s+months?|phase\s+(\d|i{1,3}|iv|v)|"
    # a plan's own steps: "Y1:", "Y2-Y3:", "1 year:", "3 years:", "Aim 1 (Y1-Y2)"
    r"y\d(\s*[-–]\s*y?\d)?(?=\s*:)|(?-i:Y\d(\s*[-–]\s*Y?\d)?)(?=\s*\))|"
    # "a 5-year plan", "Five-year plan", "A ten-year agenda", "a 5-year monitoring plan", a grant that runs so long:
    # "A 5-year R01 to test it", "a three-year NSF project" (not "five-year survival", "a 3-year average")
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)[\s-]*(years?|yrs?)"
    r"(?=\s*:|\s+([\w-]+\s+)?(plan|goals?|horizon|agenda|roadmap|program(?:me)?|research\s+plan"
    rf"|({_FUNDERS}\s+)?(grants?|projects?|fellowships?|r0[13]|r21|u01|p01|career)\b))|"
    # "next year", "this summer", and an industry team's planning half ("Next half: a cost study")
    r"(this|next)\s+(year|half(?!\s+of\b)|summer|fall|autumn|winter|spring|semester|term)|"
    r"(summer|fall|autumn|winter|spring)\s+(19|20)\d\d|"
    # a date to meet: "due July 2027", "(Sept. 2028)"
    r"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(19|20)\d\d|"
    # a month to meet, this year: "Submit to ICRA in September", "by December" ("May" is a verb too often)
    r"(in|by|until|before|this|next|early|late|mid)[\s-]+(january|february|march|april|june|july|august|"
    r"september|october|november|december)|"
    r"by\s+the\s+end\s+of|immediate(ly)?|first\s+step|q[1-4](\s*[-–]\s*q[1-4])?|quarters?|semesters?)\b",
    re.IGNORECASE,
)
# Who or what a study enrols, and what the study is, when a plan gives its size.
_STUDIED = r"(patients?|participants?|people|persons?|subjects?|users?|homes?|households?|schools?|classrooms?|clinics?"
_STUDIED += r"|hospitals?|sites?|children|students?|teachers?|families|farms?|villages?|firms?|workers?|donors?)"
_STUDIES = r"(trials?|studies|study|rcts?|surveys?|deployments?|experiments?|cohorts?|pilots?)"
# What a plan delivers, besides studies: a book, a dataset, a system others can check exists.
_WORKS_MADE = r"(book|casebook|monograph|edited\s+volume|dataset|benchmark|atlas|toolkit|textbook|prototype|exhibition)"
# A goal someone could check, named as one: a milestone, a deliverable, "goal: a study in 100 homes", "Aim 2: …"
# (a numbered aim, as a grant states it). A bare number is not one: "detectors (>80%)" is what the field
# needs, not what the speaker plans to reach.
_MILESTONE = re.compile(
    r"\b(milestones?|deliverables?|targets?|(goals?|aims?|objectives?)(\s+\d+)?\s*:)(?!\w)"
    # a proposal to a named funder, a step anyone can check: "Submit proposals to NSF", "an NIH R01", "ERC grant"
    rf"|\b(proposals?|grants?|applications?)\s+to\s+(the\s+)?{_FUNDERS}\b|\b{_FUNDERS}\s+(career|r01|r21|k99|"
    r"starting grant|consolidator grant|proposals?|grants?)\b"
    # ... or an NIH grant by its mechanism, which names the funder, as a step to take: "R01 submitted (2026)",
    # "Submit an R21 on …" (not "funded by an R01": funding had)
    r"|\b(r0[13]|r21|k99|k0[18]|k23|u01|p01)\b[^.;\n]{0,30}?\b(submitted|submission|resubmission|application|due)\b"
    r"|\bsubmit(ting)?\s+(an?\s+)?(r0[13]|r21|k99|k0[18]|k23|u01|p01)\b"
    # a deliverable and its year: "A book (manuscript 2027)", "prototype due 2026" (not a citation, "Matthias 2004")
    r"|\b(books?|manuscripts?|monographs?|drafts?|prototypes?|pilots?|releases?|submissions?)\s+(due\s+|in\s+)?"
    r"(19|20)\d\d\b"
    # ... or with its status before the year: "A book: Held in Trust (under contract, 2027)" (not the book cited,
    # "a book by Parfit (1984)")
    r"|\b(books?|manuscripts?|monographs?)\b[^.;\n]{0,60}?\b(under\s+contract|due|expected|forthcoming|planned)"
    r"[^.;\n()]{0,30}?\b(19|20)\d\d\b"
    # a paper's next step at a named venue, as a job-market talk's pipeline lists it: "R&R at JEH", "under review
    # at Nature", "under contract with OUP"
    r"|(?<!\w)(r&r|revise\s+and\s+resubmit|under\s+review|under\s+contract|in\s+press)\s+(at|in|with)\s+(the\s+)?"
    r"(?-i:[A-Z])"
    # the round of a study that follows people over years: "Long-run effects (2030 survey round)", "the 2028 wave"
    r"|\b(19|20)\d\d\s+((survey|census|panel|data)\s+)?(rounds?|waves?|follow-ups?)\b"
    # a study given its size, a step anyone can check: "A 1,000-patient trial", "a trial with 300 patients" (not
    # "trials", nor "patients with 3 conditions")
    rf"|\b\d[\d,]*[\s-]+{_STUDIED}\s+(randomi[sz]ed\s+|clinical\s+|field\s+|pilot\s+)?{_STUDIES}\b"
    # ... or given its year, as a plan lists it: "A randomized trial of sepsis bundles (2027)" (a bare year in
    # parentheses: a citation names its authors; not a study of the past, "Earlier studies (2019)")
    r"|(?<!earlier\s)(?<!prior\s)(?<!previous\s)(?<!past\s)(?<!existing\s)"
    rf"\b{_STUDIES}\b[^.;\n()]{{0,60}}?\(\s*(19|20)\d\d(\s*[-–]\s*(19|20)?\d\d)?\s*\)"
    # ... or a work the speaker will make, given its year: "a casebook on algorithmic evidence (2027)", "my second
    # book (2029)" (not another's, "Guyer's monograph (2004)", "a book by Parfit (2019)": it takes "a", "my" or "our",
    # and no author)
    rf"|\b(a|an|my|our)\s+((new|second|third|first|next)\s+)?{_WORKS_MADE}\b((?!\bby\b)[^.;\n()]){{0,60}}?\(\s*20\d\d"
    r"(\s*[-–]\s*(20)?\d\d)?\s*\)"
    rf"|\b{_STUDIES}\s+(with|of|in|across|on)\s+\d[\d,]*\s+(more\s+)?{_STUDIED}s?\b"
    # a regulator's decision applied for: "an FDA 510(k) submission", "apply for CE marking"
    r"|\b(fda|ema)\b[^.;\n]{0,20}?\b(submission|filing|clearance|approval|application)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Story:
    """The main talk's slides in order, each with its roles and how likely a reader finds it technical."""

    slides: tuple[Slide, ...]
    roles: tuple[SlideRoles, ...]
    technical_probability: tuple[float, ...]

    def technical(self, index: int) -> bool:
        return self.technical_probability[index] >= TECHNICAL_PROBABILITY

    def where(self, role: str) -> list[int]:
        """Positions (0-based) of slides whose role is ``role`` or that state it besides.

        Outline, closing and acknowledgment slides carry only their own role:
        "the future of …" in a cited title is not a vision.
        """
        return [i for i, r in enumerate(self.roles) if r.role == role or (not r.frames_the_talk and r.has(role))]

    def marks(self) -> dict[int, str]:
        """Position → the part of the story the slide carries, as the outline and the report mark it: its
        own role when that is a marked part (takeaways that name future work are the takeaways), else the
        first part it states."""
        carried: dict[int, list[str]] = {}
        for part in MARKED_PARTS:
            for index in self.where(part):
                carried.setdefault(index, []).append(part)
        return {i: own if (own := self.roles[i].role) in parts else parts[0] for i, parts in carried.items()}

    def states(self, index: int, part: str) -> bool:
        """The slide states ``part`` by its own words (title, label, notes), whatever role the model gave it.

        The story's windows ask what a slide says: a slide near the end is not
        the takeaways because it stands near the end.
        """
        return part in self.roles[index].mentions

    def states_problem(self, index: int) -> bool:
        """The slide tells the audience what problem the work solves: it names a problem (in its title or its
        words) and is not itself technical detail (equations that "we need" state no problem), or its label or
        the speaker's directive says it is the problem, whatever detail follows ("The problem: TiO$_2$ turns
        CO$_2$ into a mix of CO, CH$_4$ and H$_2$")."""
        roles = self.roles[index]
        named = roles.role == "motivation" and roles.certain
        return self.states(index, "motivation") and (named or not self.technical(index))

    def first(self, *roles: str) -> int | None:
        found = [i for role in roles for i in self.where(role)]
        return min(found) if found else None

    @property
    def opening_size(self) -> int:
        """The slides of the opening: as the readers define it, the first 20% of the content slides (at
        least five), with the title, outline and divider slides among them."""
        content = self.content
        wanted = max(math.ceil(OPENING_SHARE * len(content)), OPENING_MIN)
        if len(content) < wanted:
            return max(len(self.slides), OPENING_MIN) if content else OPENING_MIN
        return content[wanted - 1] + 1

    def first_content(self, window: int) -> list[int]:
        """The first ``window`` content slides after the title slide; outline and divider slides do not count."""
        return first_content([roles.role for roles in self.roles], window)

    def closing(self, window: int) -> list[int]:
        """The last ``window`` slides of the main talk, a run of closing slides counted once.

        Five "Thank you!" slides in a row are one ending to the audience: the
        summary before them is still among the last three slides.
        """
        positions: list[int] = []
        for index, roles in enumerate(self.roles):
            if positions and roles.has("closing") and self.roles[positions[-1]].has("closing"):
                positions[-1] = index
            else:
                positions.append(index)
        return positions[-window:]

    def concludes(self, index: int) -> bool:
        """The slide gives the audience the talk's takeaways by its own words: a summary, a recap,
        conclusions, contributions, or what the speaker learned."""
        return any(self.states(index, role) for role in TAKEAWAY_ROLES)

    def describe(self, index: int) -> str:
        return self.slides[index].named

    @property
    def content(self) -> list[int]:
        """Positions of the content slides: title, outline, closing and acknowledgment slides aside, and the
        slides that hold only a title and divide the talk ("Part II", "Why did prisons grow?"), whatever role
        the model gave them: readers count none of them when they take the opening's 20% or the technical
        share."""
        return [i for i, (slide, roles) in enumerate(zip(self.slides, self.roles, strict=True)) if tells(slide, roles)]

    @property
    def technical_share(self) -> float:
        """The expected share of technical content slides: the mean of their technical probabilities.

        A mean does not lose the slides that are likely, but not surely, technical.
        """
        content = self.content
        return sum(self.technical_probability[i] for i in content) / len(content) if content else 0.0


def tells(slide: Slide, roles: SlideRoles) -> bool:
    """A content slide, one that tells the talk: not its title, outline, closing or thanks, nor a slide that
    holds only a title and divides the talk ("Part II: Exploring safely", "Why did prisons grow?"). A title
    alone that states a claim ("Impact: a manufacturer ships it") is a slide of the talk."""
    return not roles.frames_the_talk and not opens_a_part(slide)


def build_story(slides: tuple[Slide, ...], roles: dict[int, SlideRoles], technical: dict[int, float]) -> Story:
    """The story of the main talk: shown slides before the backup, a slide and its build steps once.

    A slide that five build steps grow is one slide to the audience: the last
    three slides of a talk that ends on five "Thank you!" builds are the
    summary before them, the builds and what follows.
    """
    main = [s for s in slides if s.is_content]
    while main and not (main[-1].title or main[-1].words or main[-1].images):
        main.pop()  # an empty slide left after the closing slide is nothing the audience sees
    distinct = without_build_steps(main)
    return Story(distinct, tuple(roles[s.number] for s in distinct), tuple(technical[s.number] for s in distinct))


def has_horizon(text: str) -> bool:
    """A time horizon: 'years 1-2', 'next five years', 'short term', 'by 2030', '2027: …', 'first step',
    'due July 2027', 'in September'.

    A year alone is no horizon: "(Cohen & Felson 1979)" cites the past; nor are "Now: …" and "Later: …",
    which order the steps without saying when.
    """
    return bool(_HORIZON.search(text))


def has_milestone(text: str) -> bool:
    """A goal someone could check, named as one: 'milestone', 'deliverable', 'goal: a study in 100 homes',
    'manuscript 2027'."""
    return bool(_MILESTONE.search(text))
