"""Narrative roles: what part of the talk's story each slide tells, and why talklint thinks so.

The roles are the readers' (``../shared/judge/labels-spec.md``): title,
outline, motivation, background, approach, results, impact, lessons, vision,
agenda, collaboration, conclusion, acknowledgments, closing, backup, other.
Each slide gets one role from the role model over the whole talk
(``role_model``), the evidence that weighed most for it (``role_features``),
and the parts of the story it states besides its role (a motivation slide
may also state the vision). Where the model, which weighs a slide's place
heavily, goes against what the slide states, the statement settles it in a few
cases a reader never doubts: the problem stated among the first content slides,
the vision stated amid the background, measured results (numbers, a table, a measure told in words) past the
opening under a title that states a claim or names a numbered item ("Query #19"), the work's contributions
previewed before its results.
A ``talklint: role=…`` comment on a slide fixes its role; the roles around it
are decided with that in mind.

This module decides the talk's roles together and settles them after the
model; the roles a title names before the model weighs the talk are found in
``role_naming``, what a slide states besides its role in ``role_statements``,
and where a slide stands, which both weigh, in ``role_places``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from talklint.analysis import statements
from talklint.analysis.role_evidence import describe
from talklint.analysis.role_features import Features, SlideText
from talklint.analysis.role_model import RoleModel
from talklint.analysis.role_naming import dividers, named_roles
from talklint.analysis.role_places import early, in_first_third, late, named_parts, titled_as_a_part
from talklint.analysis.role_statements import STATEMENTS, stated_parts
from talklint.analysis.talk_parts import part_starts
from talklint.analysis.verbs import states_claim
from talklint.model import Directive, DirectiveAction, Slide, Table

ROLES = (
    "title", "outline", "motivation", "background", "approach", "results", "impact", "lessons", "vision",
    "agenda", "collaboration", "conclusion", "acknowledgments", "closing", "backup", "other",
)  # fmt: skip
EVIDENCE_SHOWN = 2
# The first content slides, after the title slide (an outline or a divider not counted), where the readers look for
# the problem (``labels-spec.md``: "one of the first 3 content slides after the title").
FIRST_CONTENT_SLIDES = 3
# What does not count among them: the title slide, the talk's outline, a divider.
_BEFORE_THE_CONTENT = frozenset({"title", "outline", "other"})
# Slides whose words are names, thanks and references, not an argument the audience reads: no
# per-slide rule asks them for shorter text, fewer numbers or spelled-out names.
NAMES_AND_THANKS = frozenset({"acknowledgments", "closing"})
# Roles that frame the talk rather than tell its story: what is left are its content slides.
FRAME_ROLES = frozenset({"title", "outline", "closing", "acknowledgments", "other"})


@dataclass(frozen=True)
class SlideRoles:
    role: str
    # How sure the judgement is: 1.0 when declared or named by the label before a colon ("Results: 2x
    # faster"), else the model's probability of the role (a title word alone may mislead: "Scholarly Data").
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)
    # Why, in words, strongest first: "title 'Thesis statement'", "in section 'Results'".
    evidence: tuple[str, ...] = ()
    # Parts of the story the slide states besides its role (vision, agenda, impact).
    mentions: frozenset[str] = frozenset()
    declared: bool = False
    # Role → phrases that looked like it but are excluded, e.g. vision: "computer vision".
    near_misses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The role is the speaker's word or its label's ("Results: 2x faster"), not the model's guess: the reason the
    # confidence is 1.0, which a guess rounded to two places may also reach.
    certain: bool = False

    @property
    def likeliest(self) -> str:
        """The role the model finds likeliest for the slide on its own, before its neighbours are weighed."""
        return max(self.probabilities, key=self.probabilities.__getitem__, default=self.role)

    def has(self, role: str) -> bool:
        """The slide's role is ``role``, or the slide states it besides."""
        return self.role == role or role in self.mentions

    @property
    def frames_the_talk(self) -> bool:
        """A title, outline, divider, closing or thanks slide: not one of the talk's content slides."""
        return self.role in FRAME_ROLES

    @property
    def names_and_thanks(self) -> bool:
        """A slide of names, thanks or references ("References", "Thank you"), by its role and by its
        own words: a last slide of results is not taken for the thanks because it comes last."""
        return self.role in NAMES_AND_THANKS and (self.declared or self.role in self.mentions)

    @property
    def explanation(self) -> str:
        """``vision ← title 'Thesis statement'``, as the outline shows it."""
        return f"{self.role} ← {', '.join(self.evidence)}" if self.evidence else self.role


def declared_roles(directives: Sequence[Directive]) -> dict[int, str]:
    """Slide number → the role a ``talklint: role=…`` comment declares (known roles only; TL003 reports the rest)."""
    return {d.slide: d.role for d in directives if d.action is DirectiveAction.ROLE and d.role in ROLES}


def talk_roles(
    model: RoleModel,
    slides: Sequence[Slide],
    texts: Sequence[SlideText],
    features: Sequence[Features],
    declared: Mapping[int, str],
) -> dict[int, SlideRoles]:
    """The roles of the shown slides, decided together; backup slides are backup unless declared."""
    pinned = fixed_roles(slides, declared)
    fixed = {**named_roles(features), **pinned}
    sequence = list(model.decode(features, fixed))
    recap = _recap_after_the_agenda(slides, sequence, features, pinned)
    if recap is not None:
        sequence[recap] = "conclusion"
    stated = [
        frozenset() if slide.backup else stated_parts(model, slide_features, text.matches.near_misses)
        for slide, text, slide_features in zip(slides, texts, features, strict=True)
    ]
    settled = {
        **dict.fromkeys(_problems_taken_for_background(sequence, stated, fixed), "motivation"),
        **dict.fromkeys(_visions_taken_for_context(sequence, stated, features, fixed), "vision"),
        **dict.fromkeys(_results_taken_for_the_approach(sequence, slides, features, fixed), "results"),
        **dict.fromkeys(_summed_up_under_the_conclusion(sequence, slides, features, fixed), "conclusion"),
        **dict.fromkeys(_contributions_previewed(sequence, slides, features, pinned), "approach"),
        **dict.fromkeys(_thanks_continued(sequence, slides, features, pinned), "acknowledgments"),
        **_title_after_an_opening_picture(sequence, slides, pinned),
    }
    for index, settled_role in settled.items():
        sequence[index] = settled_role
    # A slide that shows only a part's name ("Part 2: Experiments", "Conclusion") is the readers' divider, no part
    # of the story; its name still leads the decoder into the part it opens, so it is set aside only now.
    for index in dividers(features, pinned):
        sequence[index] = "other"
    roles: dict[int, SlideRoles] = {}
    for index, (slide, text, slide_features, role) in enumerate(zip(slides, texts, features, sequence, strict=True)):
        is_declared = slide.number in declared
        certain = is_declared or bool(slide_features.get(f"label:{role}"))
        probabilities = model.probabilities(slide_features)
        mentions = stated[index]
        if index == recap:
            mentions |= {"conclusion"}  # its claim, after the plans, is what the audience takes home
        if is_declared:
            # The speaker's word: a slide declared the motivation states the problem, whatever its words.
            mentions |= {role}
        evidence = (
            (f"declared by 'talklint: role={role}'",)
            if is_declared
            else _evidence(
                model,
                role,
                slide,
                text,
                slide_features,
                settled_by=_settled_by(index, settled, recap) or _pinned_by(slide, pinned.get(index)),
            )
        )
        roles[slide.number] = SlideRoles(
            role,
            1.0 if certain else round(probabilities.get(role, 0.0), 2),
            probabilities,
            evidence,
            mentions,
            is_declared,
            text.matches.near_misses,
            certain,
        )
    return roles


# Why a slide's statement settled its role against the model's guess, as the outline shows it first.
_SETTLED_BY = {
    "motivation": "states the problem among the first slides",
    "vision": "states where the speaker's work goes",
    "results": "reports measured results, past the opening",
    "conclusion": "sums up, in the section that concludes the talk",
    "approach": "previews the work's contributions in the talk's first third",
    "acknowledgments": "a picture after the thanks, before the talk closes",
    "title": "the talk's title, after a picture that opens the talk",
    "other": "a picture before the talk's title slide",
}


def _settled_by(index: int, settled: Mapping[int, str], recap: int | None) -> str:
    """Why a slide's statement settled its role against the model's guess, or why the last slide recaps the talk."""
    if index in settled:
        return _SETTLED_BY[settled[index]]
    return "states claims after the plans, before the talk closes" if index == recap else ""


def _problems_taken_for_background(
    sequence: Sequence[str], stated: Sequence[frozenset[str]], fixed: Mapping[int, str]
) -> list[int]:
    """The first content slides that state the problem ("Screen readers read code one line at a time" over the
    time blind developers lose) where the model, weighing the place alone, took them for background: a reader
    hears the problem there. A title that names the background ("Prior work") keeps it."""
    return [
        i
        for i in first_content(sequence)
        if sequence[i] == "background" and "motivation" in stated[i] and i not in fixed
    ]


def first_content(roles: Sequence[str], window: int = FIRST_CONTENT_SLIDES) -> list[int]:
    """The first ``window`` content slides (indices into ``roles``): the title slide, outline and divider slides do
    not count. One definition for the roles and for the story rules that look there for the problem."""
    return [i for i, role in enumerate(roles) if role not in _BEFORE_THE_CONTENT][:window]


# The roles of the context a vision is often told in: the field's state and the problem.
_CONTEXT_ROLES = frozenset({"background", "motivation"})


def _visions_taken_for_context(
    sequence: Sequence[str], stated: Sequence[frozenset[str]], features: Sequence[Features], fixed: Mapping[int, str]
) -> list[int]:
    """Slides that state the vision ("A research program on preferences", "Three research questions") where the
    model took them for the background or the problem around it, before the talk's last part: where the speaker's
    work goes is what a reader takes from such a slide first. A title that names the slide's part keeps it, and so
    does a slide of the ending, which the model weighs with the takeaways around it."""
    return [
        i
        for i, role in enumerate(sequence)
        if (role in _CONTEXT_ROLES or (role == "approach" and early(features[i])))
        and "vision" in stated[i]
        and i not in fixed
        and not late(features[i])
    ]


def _results_taken_for_the_approach(
    sequence: Sequence[str], slides: Sequence[Slide], features: Sequence[Features], fixed: Mapping[int, str]
) -> list[int]:
    """Past the opening, slides whose title states a claim and whose text gives numbers or a table ("Low-income teens
    leave school" over "-2.1 pp for teens eligible for free lunch", "The classifier agrees with expert coders as
    often as coders agree with each other" over two kappas), where the model took them for the approach: they
    report what the work found; and so, under whatever title, are slides whose text reports a measure in numbers
    ("Users were 11% faster using a screen"), and tables that set the work beside another ("Graph | Bellman–Ford |
    Ours"). The labelled talks show results mostly as figures, so the model learnt little of results told in words
    or tables; a title that names the slide's part keeps it."""
    return [
        i
        for i, role in enumerate(sequence)
        if role == "approach"
        and i not in fixed
        and not early(features[i])
        and (
            _under_a_claim(slides[i], features[i])
            or _counts_a_measure_in_its_text(slides[i])
            or _compares_with_ours(slides[i])
        )
    ]


def _compares_with_ours(slide: Slide) -> bool:
    """A table with a row or a column for the speaker's own work ("Ours", "Our method", "GraphSAT (ours)",
    "Proposed"): a comparison of what it measured."""
    return any(_OURS.match(cell) for block in slide.blocks if isinstance(block, Table) for cell in block.cells)


_OURS = re.compile(r"^\W*(?:ours|our\s+(?:method|model|approach|system|algorithm)|proposed|.{0,40}\(ours\))\W*$", re.I)


def _under_a_claim(slide: Slide, features: Features) -> bool:
    """Numbers, a table, a chart, a measure told in words ("Parsers trained on it are more accurate than …") or a
    share found ("61% of letters with money were written by women") under a title that states a claim or a numbered
    item."""
    measured = (
        features.get("numbers")
        or features.get("table")
        or any(image.is_chart for image in slide.images)
        or _reports_a_measure_in_its_text(slide)
        or any(_SHARE_FOUND.match(line) for line in slide.body_text.splitlines())
    )
    return bool(measured and (features.get("claim-title") or features.get("numbered-title")))


# A line that opens on a share of what the work counted, told as found: "61% of letters with money were written by
# women", "83% of hand-offs happened in messaging apps", "12 of 24 families had a conflict over costs" (in the past
# or the present, not a setting: "20% of the data is held out").
_SHARE_FOUND = re.compile(
    r"^\W*(?:\d+(?:\.\d+)?\s?%\s+of|\d+\s+(?:of|out\s+of)\s+\d+)\s+(?!(?:the\s+)?(?:data|samples|images|examples|training|test)\b)[^.;]{0,60}?\b"
    r"(?:were|was|are|is|had|have|has|happened|occurred|took\s+place)\b(?!\s+(?:held|kept|set|used|reserved|split|sampled)\b)",
    re.IGNORECASE,
)


def _reports_a_measure_in_its_text(slide: Slide) -> bool:
    """A line of the slide reports what the work measured ("A filing alone raises the odds of a school change by
    40%"): evidence of a result told in words, where a table of numbers is not there to say so."""
    return any(statements.reports_a_measure(line) for line in slide.body_text.splitlines())


def _counts_a_measure_in_its_text(slide: Slide) -> bool:
    """A line of the slide reports in numbers what the work measured ("+2% in base matching success (SOTA)", "Users
    were 11% faster using a screen"), under whatever title ("Time", "Citation network - digest"): what the work
    found, as a reader takes it."""
    return any(statements.counts_a_measure(line) for line in slide.body_text.splitlines())


def _summed_up_under_the_conclusion(
    sequence: Sequence[str], slides: Sequence[Slide], features: Sequence[Features], fixed: Mapping[int, str]
) -> list[int]:
    """The slides of a part named as the talk's conclusion ("In sum", "Summary", "Conclusions and future work")
    that opens late in the talk, which the model took for a part of the work (its background, method or results)
    and whose title names no part of its own: under that name, "The influential view" and "A tale of two
    exceptions" sum the talk up. The model weighs the part's name among a slide's other words; a reader reads
    them under it. A part named so earlier ("Contributions" in the middle of a thesis) presents the work."""
    work = ("background", "approach", "results")
    return [
        i
        for i, (role, start) in enumerate(zip(sequence, part_starts(slides), strict=True))
        if role in work
        and start is not None
        and i not in fixed
        and features[i].get("section:conclusion")
        and late(features[start])
        and not titled_as_a_part(features[i])
    ]


def _contributions_previewed(
    sequence: Sequence[str], slides: Sequence[Slide], features: Sequence[Features], pinned: Mapping[int, str]
) -> list[int]:
    """In the talk's first third and before any result, a slide titled with the work's contributions
    ("Contribution", "Our contributions", "Contribution: RenamableLogootSplit") and no other part, which its title
    or the model made the conclusion, or the model the problem, its context or (after a thesis statement) the
    vision: with nothing shown yet to recap, it
    previews what the work does, the approach, as readers take it (their "contributions recap" comes after the
    results, as a thesis sums up each chapter or the talk ends). One contribution named in the singular is the work
    it presents wherever it stands. What the speaker declared stays."""
    first_result = next((i for i, role in enumerate(sequence) if role == "results"), len(sequence))
    return [
        i
        for i, role in enumerate(sequence)
        if role in ("conclusion", "motivation", "background", "vision")
        and i not in pinned
        and named_parts(features[i]) == {"conclusion"}
        and (
            _ONE_CONTRIBUTION.search(slides[i].title)
            or (i < first_result and in_first_third(features[i]) and _CONTRIBUTIONS.search(slides[i].title))
        )
    ]


_CONTRIBUTIONS = re.compile(r"\bcontributions?\b", re.IGNORECASE)
# One contribution named, wherever it stands ("Contribution", "Contribution: RenamableLogootSplit"): the work it
# presents, where the plural sums several up as the talk ends.
_ONE_CONTRIBUTION = re.compile(r"\bcontribution\b(?!s)", re.IGNORECASE)


def _thanks_continued(
    sequence: Sequence[str], slides: Sequence[Slide], features: Sequence[Features], pinned: Mapping[int, str]
) -> list[int]:
    """After the talk has summed up and thanked its people, the slides of a few words that follow (the lab's
    photo, a family's, a plot drawn for the advisor), up to the closing, go on with the thanks, where the model,
    which reads a slide of pictures alone, took them for the background. A slide that names a part, or says more,
    ends the run: the talk went on."""
    if "conclusion" not in sequence:
        return []
    summed_up = sequence.index("conclusion")
    thanks = next((i for i in range(summed_up + 1, len(sequence)) if sequence[i] == "acknowledgments"), None)
    if thanks is None:
        return []
    continued: list[int] = []
    for i in range(thanks + 1, len(sequence)):
        if sequence[i] in _AFTER_THE_CONTENT or slides[i].backup:
            continue
        if i in pinned or named_parts(features[i]) or slides[i].words > THANKS_PICTURE_WORDS:
            break
        continued.append(i)
    return continued


THANKS_PICTURE_WORDS = 25  # a caption, a few names: a picture of people, not a slide that argues


def _title_after_an_opening_picture(
    sequence: Sequence[str], slides: Sequence[Slide], pinned: Mapping[int, str]
) -> dict[int, str]:
    """A talk that opens on a picture with no title and no words (a photo shown in silence, a video) before its
    title slide: the model, which weighs a slide's place, made the picture the title slide and the title slide a
    part of the story. The title slide is the second, short and titled; the picture before it opens the talk as a
    slide of its own. What the speaker declared stays."""
    if len(slides) < 3 or {0, 1} & pinned.keys() or slides[0].backup or slides[1].backup:
        return {}
    opening, titled = slides[0], slides[1]
    if sequence[0] != "title" or sequence[1] == "title" or opening.title or opening.words:
        return {}
    if not opening.images or not titled.title or titled.words > TITLE_SLIDE_WORDS:
        return {}
    return {0: "other", 1: "title"}


TITLE_SLIDE_WORDS = 30  # a title, a subtitle, the speaker's name and place: no slide of the story


# What ends a talk after its last content slide: the questions, the thanks, the people.
_AFTER_THE_CONTENT = frozenset({"closing", "acknowledgments", "collaboration"})


def _recap_after_the_agenda(
    slides: Sequence[Slide], sequence: Sequence[str], features: Sequence[Features], pinned: Mapping[int, str]
) -> int | None:
    """The talk's last content slide, if, right after its agenda, it states a claim: it recaps the talk, its takeaways
    ("Play data teaches robots household skills" over the talk's points, before "Questions?"). New results seldom
    follow the plans; the model, which reads the slide alone, and a title word ("data") call it results, or more
    of the agenda: that recaps the talk too where neither its title nor a plan on it names a part ("Rebates drive
    insulin prices"; not "Next: we extend the model to inhalers"). What the speaker declared stays."""
    content = [i for i, s in enumerate(slides) if not s.backup and sequence[i] not in _AFTER_THE_CONTENT]
    if len(content) < 3:
        return None
    last, before = content[-1], content[-2]
    if last in pinned or sequence[before] != "agenda":
        return None
    role, own = sequence[last], features[last]
    claim = states_claim(slides[last].title)
    names_a_part = bool(named_parts(own)) or any(own.get(plan) for plan in _PLANS)
    recaps = (role in ("results", "approach") and claim) or (role == "agenda" and claim and not names_a_part)
    # ... and so does a slide whose title names nothing ("Three points", "Where we stand") over lines that each
    # state a claim ("Robots that ask fail half as often"): the claims are the talk's, said again
    claims_below = role in _RECAPPED and not names_a_part and _lines_state_claims(slides[last])
    return last if recaps or claims_below else None


def _lines_state_claims(slide: Slide) -> bool:
    """Two lines or more under the title, each a claim in the present or the past ("Robots that ask fail half as
    often", "Owners keep robots that ask"), not a plan ("We will build …")."""
    lines = [line.strip(" -*•") for line in slide.body_text.splitlines() if line.strip(" -*•")]
    return len(lines) >= 2 and all(states_claim(line) and not _PLANNED.search(line) for line in lines)


# The roles the model gives a last slide of claims: a part of the work, more of the plans, or the ending's place.
_RECAPPED = frozenset({"results", "approach", "agenda", "conclusion"})
# A line that says what the speaker will do, not what the talk found.
_PLANNED = re.compile(r"\b(?:will|would|plan|plans|next|future|going\s+to|want\s+to|hope\s+to)\b", re.IGNORECASE)


# Statements that lay out a plan: the agenda's, whatever the title.
_PLANS = ("plan-steps", "dated-steps", "title-horizon", "sees-it-going", "pictures-the-future", "plans-ahead")


def fixed_roles(slides: Sequence[Slide], declared: Mapping[int, str]) -> dict[int, str]:
    """Roles no evidence can change: what the speaker declared, backup slides, the title page shown twice as
    the talk opens (xaringan's title page from the front matter, then the speaker's own) and the title page
    shown again at the end (a talk that closes on its title slide)."""
    main, shown_again = _title_page_shown_again(slides)
    # Right after itself it opens the talk twice; in the last third, it closes the talk.
    fixed = {i: "title" for i in shown_again if i == main[1] and slides[i].words <= TITLE_PAGE_WORDS}
    # An outline's unit for the title slide, as the talk opens ("## Title", "## 1. Title slide (0:00)"), is that slide,
    # and the document's heading above it ("# Job talk outline") names the document, not a slide.
    named_title = [i for i in main[1:3] if _NAMES_THE_TITLE_SLIDE.match(slides[i].title)]
    fixed.update(dict.fromkeys(named_title, "title"))
    if named_title:
        fixed[main[0]] = "other"
    fixed.update({i: "closing" for i in shown_again if i in main[len(main) * 2 // 3 :]})
    fixed.update(
        {i: declared.get(s.number) or "backup" for i, s in enumerate(slides) if s.backup or s.number in declared}
    )
    return fixed


TITLE_PAGE_WORDS = 25  # the title, the names and the place under it


def _pinned_by(slide: Slide, pinned: str | None) -> str:
    """Why an outline's unit is the title slide, where its heading names it ("## 1. Title (0:00)"), and why the
    document's heading above it is no slide."""
    if pinned == "title" and _NAMES_THE_TITLE_SLIDE.match(slide.title):
        return "names the title slide"
    return "the document's heading, above the unit for the title slide" if pinned == "other" else ""


_NAMES_THE_TITLE_SLIDE = re.compile(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?:slide\s+\d{1,2}\s*[:.—–-]\s*)?title(?:\s+(?:slide|page|card))?\s*(?:\([^()]*\))?\s*$",
    re.IGNORECASE,
)


def _title_page_shown_again(slides: Sequence[Slide]) -> tuple[list[int], list[int]]:
    """The main talk's slides, and those of them after the first that carry the title page's title."""
    main = [i for i, s in enumerate(slides) if not s.backup]
    if len(main) < 3 or not slides[main[0]].title:
        return main, []
    title = slides[main[0]].title.strip().lower()
    return main, [i for i in main[1:] if slides[i].title.strip().lower() == title]


def _evidence(
    model: RoleModel, role: str, slide: Slide, text: SlideText, features: Features, settled_by: str = ""
) -> tuple[str, ...]:
    """The features that weighed most for the role, in words, without repeats; first, where the slide's statement
    settled the role against the model's guess (``settled_by``), that reason."""
    if slide.backup:
        return ("after the backup divider or the closing slide",)
    if settled_by:
        return (settled_by, *_evidence(model, role, slide, text, features)[: EVIDENCE_SHOWN - 1])
    contributions = sorted(
        ((model.weights.get(name, {}).get(role, 0.0) * value, name) for name, value in features.items()),
        reverse=True,
    )
    # A title that names the role comes first ("title 'Lessons learned'"), then what the slide says in so many
    # words where it states the role: a reader's strongest reasons.
    divider = ("section-divider",) if role == "other" else ()
    named = [name for name in (f"label:{role}", f"title:{role}", *divider) if features.get(name)][:1]
    stated = [name for name, (part, _) in STATEMENTS.items() if part == role and features.get(name)]
    described = list(dict.fromkeys(describe(name, slide, text) for name in (*named, *stated)))[:EVIDENCE_SHOWN]
    for weight, name in contributions:
        if weight <= 0 or len(described) >= EVIDENCE_SHOWN:
            break
        if name == "bias":
            continue
        words = describe(name, slide, text)
        if words not in described:
            described.append(words)
    return tuple(described)
