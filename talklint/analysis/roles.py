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
the vision stated amid the background, a claim over numbers past the opening.
A ``talklint: role=…`` comment on a slide fixes its role; the roles around it
are decided with that in mind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from talklint.analysis.role_evidence import describe
from talklint.analysis.role_features import Features, SlideText, part_starts
from talklint.analysis.role_model import RoleModel
from talklint.analysis.verbs import states_claim
from talklint.model import Directive, DirectiveAction, Slide

ROLES = (
    "title", "outline", "motivation", "background", "approach", "results", "impact", "lessons", "vision",
    "agenda", "collaboration", "conclusion", "acknowledgments", "closing", "backup", "other",
)  # fmt: skip
# Parts of the story a slide can state besides its main role; each has its own model.
MENTIONS = ("vision", "agenda", "impact")
# The parts of the story that story rules look for on a slide, whatever its main role.
STATED = (
    "outline", "motivation", "background", "approach", "results", "impact", "lessons", "vision", "agenda",
    "collaboration", "conclusion", "acknowledgments", "closing",
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
# What else on a slide says it states a part of the story: words that name a problem (in the title or
# the text: a missed problem costs a false "opens without the problem"), or that sum up (in the title).
_CUES = {"motivation": ("title-cue:problem", "body-names-problem"), "conclusion": ("title-cue:summary",)}


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


def named_roles(features: Sequence[Features]) -> dict[int, str]:
    """Slides whose title or label names exactly one role: a reader takes the title at its word.

    "What I learned" is the lessons, "Results: 2x faster" the results. A
    question that comes back as the title of several slides ("Why did opinion
    change?") names the part they answer, not their role. A title
    that names two roles ("Conclusion and future work") is left to the model;
    a word that names both the outline and the agenda ("Roadmap") is the
    outline in the opening, where it comes back at each section or where it
    lists the talk's sections, and the agenda otherwise. A title that names both the vision and the agenda
    ("The next five years", "Looking forward") is the vision as the talk opens and the agenda as it ends or
    where it lays out its plan in horizons. A slide that lists the talk's sections in its first third is the
    outline, whatever its title names ("Today"). An "Overview" that lists the work's aims as the talk opens
    ("Improve methods for …", "Predict …") or says its vision in the speaker's words is its vision. A title that
    names the conclusion as the talk opens ("Our contributions", "Recap") previews the talk or recaps the basics;
    the model decides it. Past the opening, a title that names no part but reports what the work measured ("Blind
    readers answered 2.4× more questions correctly") is a result, as a reader takes it, and one that tells what others
    did with the work ("What happened next": "Our narration ships in Vega-Lite 5.8") is its impact, as is one that
    tells it of the method by name ("The district now runs our model"), or whose title names people only by a
    group ("Three other teams now gate their launches with it") over words of uptake, and so are
    titles that name the motivation only by the talk's subject, a trouble word ("Asking only when it matters cuts
    accidents by 80%" is a result, "Toyota adopted our failure predictor" its impact); past the talk's first third,
    a claim told with a word of trouble ("Steel users lost 75,000 jobs") is left to the model. As the talk
    opens, one that says the problem in so many words ("2.2 billion people live with a vision impairment": "94% of
    charts on government websites have no text alternative") is the motivation.
    """
    named: dict[int, str] = {}
    for index, slide_features in enumerate(features):
        if slide_features.get("first:0") or "backup" in slide_features:
            continue  # the title slide's words are the talk's topic, not a part of its story
        roles = _named(slide_features)
        if slide_features.get("lists-sections") and _in_first_third(slide_features):
            named[index] = "outline"  # the talk's sections listed before its parts, whatever the title ("Today")
            continue
        if roles == {"motivation"} and slide_features.get("recurring-title") and slide_features.get("title:motivation"):
            continue  # "Why did opinion change?" over several slides is a part's question; each slide answers it
        if roles == {"conclusion"} and _early(slide_features):
            continue  # "Our contributions" or "Recap" as the talk opens previews it or recaps the basics
        if roles == {"outline"} and _early(slide_features) and _states_the_vision(slide_features):
            named[index] = "vision"  # an "Overview" that lists the work's aims or says its vision, not the talk's parts
            continue
        if roles <= {"acknowledgments"} and slide_features.get("plan-steps"):
            # Lines that open on horizons ("Years 1-3: tasting sensors", "Years 3-6: full recipes") lay out the
            # plan, under a title that names no part ("Toward a robot chef") or the funding ("Funding and
            # proposals", "Years 1-3: NSF CAREER …"), not the thanks
            named[index] = "agenda"
            continue
        # A title that names no part, or the motivation only by a trouble word that is the talk's subject, leaves the
        # slide to what it says: past the opening, a measure reported ("Asking only when it matters cuts accidents by
        # 80%") is a result, and what others did with the work its impact, as a reader takes them
        open_to_its_words = not roles or (roles == {"motivation"} and not slide_features.get("label:motivation"))
        if open_to_its_words and _reports_a_result(slide_features):
            named[index] = "results"
        elif _tells_impact(slide_features, roles, open_to_its_words):
            named[index] = "impact"
        elif roles == {"collaboration"} and _others_took_it_up(slide_features):
            named[index] = "impact"  # "Three other teams now gate their launches with it": adopters, not colleagues
        elif roles == {"motivation"} and _a_finding_told_with_a_trouble_word(slide_features):
            continue  # "Steel users lost 75,000 jobs" in the talk's results: the model weighs where it stands
        elif len(roles) == 1:
            named[index] = next(iter(roles))
        elif not roles and _states_the_problem(slide_features) and _early(slide_features):
            named[index] = "motivation"
    return named


def _dividers(features: Sequence[Features], pinned: Mapping[int, str]) -> list[int]:
    """The slides that show only the name of a part of the talk, but for the speaker's declared roles and the
    titles alone that are slides of their own ("Questions?", "Thank you", "References")."""
    return [
        index
        for index, slide_features in enumerate(features)
        if slide_features.get("section-divider") and index not in pinned and not _named(slide_features) & _NOT_A_PART
    ]


_NOT_A_PART = frozenset({"title", "closing", "acknowledgments"})


def _a_finding_told_with_a_trouble_word(features: Features) -> bool:
    """Past the talk's first third, a title that states a claim and names the motivation only by a word of
    trouble ("Steel users lost 75,000 jobs", "Notifications leaked payments to relatives"): it reports what the
    work found as often as it states a problem, so the title does not decide the slide's part."""
    return bool(features.get("claim-title")) and not features.get("label:motivation") and not _in_first_third(features)


def _states_the_vision(features: Features) -> bool:
    """The slide lists the work's aims ("Improve methods for …, Predict …"), or says its vision in the speaker's
    words in sentences ("Long-term vision: soft exosuits every stroke survivor can wear at home"): 25 words or
    more and no list of the talk's sections, where an outline's item "My vision" is a few words among others."""
    said = bool(features.get("said:vision")) and not features.get("lists-sections")
    in_sentences = not any(features.get(f"words:{bin_}") for bin_ in range(3))
    return bool(features.get("states-aims")) or (said and in_sentences)


def _named(features: Features) -> set[str]:
    """The roles a slide's title names (its label's, when the label names one)."""
    labelled = {name.split(":", 1)[1] for name in features if name.startswith("label:")}
    roles = (
        labelled if len(labelled) == 1 else {name.split(":", 1)[1] for name in features if name.startswith("title:")}
    )
    if features.get("title-horizon") and roles <= {"vision", "agenda"}:
        # "Aim 1 (years 1-3): map the receptors", "Years 3-5: field trials": a step of the plan, in time
        roles = {"agenda"}
    if {"outline", "agenda"} <= roles:
        # "Roadmap" opening the talk, shown again at each section or listing its sections is the talk's outline.
        outline = _in_opening(features) or features.get("recurring-title") or features.get("lists-sections")
        roles -= {"agenda"} if outline else {"outline"}
    if {"vision", "agenda"} <= roles:
        # "The next five years", "Looking forward": the vision as the talk opens, the agenda as it ends or where
        # the slide lays its plan out in horizons; in between the model decides.
        if _late(features) or features.get("plan-steps"):
            roles -= {"vision"}
        elif _early(features):
            roles -= {"agenda"}
    if {"motivation", "vision"} <= roles and features.get("research-programme"):
        # "My research asks how cities can cool the people who need it most": the speaker's programme, in the first
        # person, whatever word of need it holds
        roles -= {"motivation"}
    if {"motivation", "agenda"} <= roles:
        # "The open problem", "Open questions": before the talk's last part, the problem the work takes on; late
        # in it, the work still to do
        roles -= {"motivation"} if _late(features) else {"agenda"}
    if roles == {"motivation", "background"} and (_early(features) or features.get("title-in-opening:motivation")):
        # "The trouble with existing tools", "Background & motivation" as the talk opens: what fails in what
        # exists is the gap the work fills (later, "Problem definition" is the method's first step)
        roles = {"motivation"}
    return roles


def _reports_a_result(features: Features) -> bool:
    """Past the opening, the title reports a measured result ("Cells keep 95% of their output"); as the talk
    opens, a number in the title is as likely the problem's ("Rents are 40% higher than in 2015")."""
    return bool(features.get("measured-title")) and _past_the_opening(features)


def _says_what_others_did(features: Features) -> bool:
    """The slide's words tell what others did with the work: a way of telling uptake ("Our narration ships in
    Vega-Lite 5.8") or the vocabulary's words of it ("was adopted by the experiences team")."""
    return bool(features.get("uptake") or features.get("said:impact"))


def _tells_impact(features: Features, named: set[str], open_to_its_words: bool) -> bool:
    """Past the opening, the slide tells what others did with the work, under a title that names no part; or its
    title tells it, naming the work by a word of the method or of its results ("The Water Development Board now runs
    our model"): the word is what others took up, not the slide's part."""
    if not _past_the_opening(features):
        return False
    if open_to_its_words and _says_what_others_did(features):
        return True
    return named <= {"approach", "results", "impact"} and bool(features.get("title-uptake"))


def _others_took_it_up(features: Features) -> bool:
    """Past the opening, a title that names people only by a word for a group ("Three other teams now gate their
    launches with it"), not a label ("Collaborators: …"), over words that tell others took the work up."""
    return _past_the_opening(features) and not features.get("label:collaboration") and _says_what_others_did(features)


def _states_the_problem(features: Features) -> bool:
    """The slide says the problem in so many words: time people lose, harm, a share too small or one that goes
    without, a shortfall, a question of the world or a puzzle. Not a trend alone ("Most are not drug offenders"
    sets the scene as often as it states a problem)."""
    return any(features.get(name) for name in _PROBLEM_STATEMENTS)


# The statements of the problem that name the slide's role as the talk opens (``statements.problem``).
_PROBLEM_STATEMENTS = (
    "time-lost", "harm-rate", "harm-counted", "scarcity", "share-of-people", "shortfall", "asks-whether",
    "poses-puzzle",
)  # fmt: skip


def _past_the_opening(features: Features) -> bool:
    return not _early(features)


def _names_the_work(features: Features) -> bool:
    """The title names the method, its results or the field's background: orders there are the method's steps."""
    return _names_the_method_or_background(features) or bool(features.get("title:results"))


def _names_the_method_or_background(features: Features) -> bool:
    return any(features.get(f"title:{role}") for role in ("approach", "background"))


def _late(features: Features) -> bool:
    """In the last 30% of the main talk (position bins 6 and up)."""
    return any(features.get(f"position:{i}") for i in range(6, 10))


def _in_the_middle(features: Features) -> bool:
    """Between 30% and 70% of the main talk (position bins 4 and 5), away from its opening and its ending."""
    return any(features.get(f"position:{i}") for i in (4, 5))


def _early(features: Features) -> bool:
    """In the first 15% of the main talk, or among its first four slides."""
    return _among_first_four(features) or any(features.get(f"position:{i}") for i in range(3))


def _among_first_four(features: Features) -> bool:
    """Among the main talk's first four slides."""
    return any(features.get(f"first:{i}") for i in range(4))


def _first_slides(features: Features) -> bool:
    """Among the main talk's first four slides, under a title that does not name the method, its results or
    the field's background."""
    return _among_first_four(features) and not _names_the_work(features)


def _first_slides_on_the_world(features: Features) -> bool:
    """Among the main talk's first four slides, under a title that does not name the method or the field's
    background. A trend in the world is told with the words of a result ("Energy use of data centers doubled
    since 2015"); the statement itself leaves out a change the work measured ("Errors fall by 40%")."""
    return _among_first_four(features) and not _names_the_method_or_background(features)


def _in_first_third(features: Features) -> bool:
    """In the first 30% of the main talk, or among its first four slides: where a talk lays out its parts."""
    return _among_first_four(features) or any(features.get(f"position:{i}") for i in range(4))


def _in_opening(features: Features) -> bool:
    return _among_first_four(features) or "position:0" in features or "position:1" in features


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
        frozenset() if slide.backup else _stated(model, slide_features, text.matches.near_misses)
        for slide, text, slide_features in zip(slides, texts, features, strict=True)
    ]
    settled = {
        **dict.fromkeys(_problems_taken_for_background(sequence, stated, fixed), "motivation"),
        **dict.fromkeys(_visions_taken_for_context(sequence, stated, features, fixed), "vision"),
        **dict.fromkeys(_results_taken_for_the_approach(sequence, slides, features, fixed), "results"),
        **dict.fromkeys(_summed_up_under_the_conclusion(sequence, slides, features, fixed), "conclusion"),
    }
    for index, settled_role in settled.items():
        sequence[index] = settled_role
    # A slide that shows only a part's name ("Part 2: Experiments", "Conclusion") is the readers' divider, no part
    # of the story; its name still leads the decoder into the part it opens, so it is set aside only now.
    for index in _dividers(features, pinned):
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
                settled_by=_SETTLED_BY[settled[index]] if index in settled else "",
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
    "results": "a claim over numbers, past the opening",
    "conclusion": "sums up, in the section that concludes the talk",
}


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
        if role in _CONTEXT_ROLES and "vision" in stated[i] and i not in fixed and not _late(features[i])
    ]


def _results_taken_for_the_approach(
    sequence: Sequence[str], slides: Sequence[Slide], features: Sequence[Features], fixed: Mapping[int, str]
) -> list[int]:
    """Past the opening, slides whose title states a claim and whose text gives numbers ("Low-income teens leave
    school" over "-2.1 pp for teens eligible for free lunch"), where the model took them for the approach: they
    report what the work found. The labelled talks show results mostly as figures, so the model learnt little of
    results told in words; a title that names the slide's part keeps it."""
    return [
        i
        for i, role in enumerate(sequence)
        if role == "approach"
        and i not in fixed
        and not _early(features[i])
        and features[i].get("numbers")
        and features[i].get("claim-title")
    ]


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
        and _late(features[start])
        and not _titled_as_a_part(features[i])
    ]


def _titled_as_a_part(features: Features) -> bool:
    """The slide's title names a part of the talk (a role's words: "Future work", "Impact")."""
    return any(name.startswith("title:") for name in features)


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
    names_a_part = bool(_named(own)) or any(own.get(plan) for plan in _PLANS)
    recaps = (role in ("results", "approach") and claim) or (role == "agenda" and claim and not names_a_part)
    return last if recaps else None


# Statements that lay out a plan: the agenda's, whatever the title.
_PLANS = ("plan-steps", "dated-steps", "title-horizon", "sees-it-going", "pictures-the-future")


def fixed_roles(slides: Sequence[Slide], declared: Mapping[int, str]) -> dict[int, str]:
    """Roles no evidence can change: what the speaker declared, backup slides, the title page shown twice as
    the talk opens (xaringan's title page from the front matter, then the speaker's own) and the title page
    shown again at the end (a talk that closes on its title slide)."""
    main, shown_again = _title_page_shown_again(slides)
    # Right after itself it opens the talk twice; in the last third, it closes the talk.
    fixed = {i: "title" for i in shown_again if i == main[1] and slides[i].words <= TITLE_PAGE_WORDS}
    fixed.update({i: "closing" for i in shown_again if i in main[len(main) * 2 // 3 :]})
    fixed.update(
        {i: declared.get(s.number) or "backup" for i, s in enumerate(slides) if s.backup or s.number in declared}
    )
    return fixed


TITLE_PAGE_WORDS = 25  # the title, the names and the place under it


def _title_page_shown_again(slides: Sequence[Slide]) -> tuple[list[int], list[int]]:
    """The main talk's slides, and those of them after the first that carry the title page's title."""
    main = [i for i, s in enumerate(slides) if not s.backup]
    if len(main) < 3 or not slides[main[0]].title:
        return main, []
    title = slides[main[0]].title.strip().lower()
    return main, [i for i in main[1:] if slides[i].title.strip().lower() == title]


def _stated(model: RoleModel, features: Features, near_misses: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """The parts of the story a slide states, from its own words or from the model's heads.

    A title or label that names the part ("Goals", "Future work", "Summary",
    "Impact: …"), words that name a problem (motivation), the vision or future work
    (agenda, in the last 30% of the talk) in its words or its section's name, a plan laid out in time
    horizons (agenda, anywhere), or words that sum up (takeaways),
    or, for vision, agenda and impact, the head that weighs them with the
    slide's place in the talk. An agenda word in the opening ("Roadmap") is the
    talk's outline, not its research agenda. A cue word that only a look-alike
    holds ("problem" in "Linear inverse problems", "Problem setup") is no cue.
    """
    stated = set()
    names = _named(features)
    # The heads weigh a slide's place and its section; a title that names a part of the talk's frame or its
    # ending ("Teaching and mentoring", "Conclusion", "Roadmap") says what the slide is, wherever it stands.
    # ("My agenda: …" as the talk opens is the vision the head hears; "Preference modeling" names a topic.)
    parts = names & _FRAME_AND_ENDING
    for kind in STATED:
        named = kind in names
        said = _said(kind, features)
        cued = kind not in near_misses and any(features.get(cue) for cue in _CUES.get(kind, ()))
        heard = not parts or kind in parts
        head = heard and kind in MENTIONS and model.mention(kind, features) >= model.mention_threshold.get(kind, 0.5)
        if named or said or cued or head:
            stated.add(kind)
    return frozenset(stated)


# The parts a title names that frame the talk or end it: no other part of the story hides under them.
_FRAME_AND_ENDING = frozenset({"outline", "collaboration", "conclusion", "closing", "acknowledgments", "lessons"})


def _said(kind: str, features: Features) -> bool:
    """The slide's words or its section's name state the part. Future-work words count late in the talk:
    earlier, "in the future" and "we plan" tell what the talk or the next experiment will do. The vision's
    weaker words ("ultimately", "we argue that") count outside the talk's middle; its own ("The goal of my
    research is …") are ``said`` wherever they stand."""
    if features.get(f"said:{kind}"):
        return True  # words that state the part wherever they stand ("adopted into the default pipeline")
    if any(role == kind and features.get(name) and where(features) for name, (role, where) in _STATEMENTS.items()):
        return True
    if kind not in ("motivation", "vision", "agenda") or (kind == "agenda" and not _late(features)):
        return False
    if kind == "vision" and _in_the_middle(features):
        return False  # the vision's weaker words ("ultimately", "we argue that") describe methods there
    if features.get(f"body:{kind}") and not (kind == "agenda" and _tells_uptake(features)):
        return True
    # The section's name speaks for the slides under it that name no part of their own: under "My research
    # agenda", "Teaching and mentoring" and "Conclusion" are what they say they are.
    return bool(features.get(f"section:{kind}")) and not _titled_as_a_part(features)


def _tells_uptake(features: Features) -> bool:
    """The slide tells what others did with the work ("Deployed", "2 million proofs in the first six months"):
    a span it names is the uptake's, past, not a step of the plan (a plan's own title or steps still say so)."""
    return bool(features.get("uptake") or features.get("title:impact")) and not features.get("title:agenda")


def _anywhere(features: Features) -> bool:
    return True


def _aims_as_the_talk_opens(features: Features) -> bool:
    """As the talk opens, under a title that does not name the method, its results or background (orders there
    are the method's steps)."""
    return _early(features) and not _names_the_work(features)


# Statements (``statements``, ``uptake``): the part of the story each says, and where in the talk it says it.
_STATEMENTS: dict[str, tuple[str, Callable[[Features], bool]]] = {
    # the question the research answers, asked as the talk opens, is its thesis; so is the programme the speaker
    # says they pursue ("I conduct research on the ways communities respond to crime")
    "research-question": ("vision", _early),
    "research-programme": ("vision", _early),
    "sees-it-going": ("vision", _anywhere),  # "Where I see search going", the speaker's own words
    # "I want robots that handle anything", "Imagine a robot that …", "one step toward robots that feel"
    "pictures-the-future": ("vision", _early),
    "states-aims": ("vision", _aims_as_the_talk_opens),  # "Improve methods for …, Predict …, Contribute to …"
    # "Months 0-6: …, Months 6-12: …" is a research plan, whatever the title calls it; "Aim 2 (years 2-5)" a step
    "plan-steps": ("agenda", _anywhere),
    "title-horizon": ("agenda", _anywhere),
    "dated-steps": ("agenda", _late),  # "2026–2028: …, 2028–2031: …" as the talk ends (early: a timeline)
    "lists-sections": ("outline", _in_first_third),  # "Today: 1. Why facts alone fail, 2. …", the talk's parts
    "uptake": ("impact", _anywhere),  # "two companies ship our planner": others took the work up
    "measured-title": ("results", _past_the_opening),  # "Online: +4.1% bookings"
    # time people lose ("Folding takes people 6 hours a week"), the stakes as a rate ("Every 40 seconds, …")
    "time-lost": ("motivation", _anywhere),
    "harm-rate": ("motivation", _anywhere),
    # "43 people died": lives lost, counted once, as the talk opens (later, perhaps a trial's adverse events)
    "harm-counted": ("motivation", _early),
    # "Only 4% of charts have alt text", as the talk opens (later, "only 2% of errors remain")
    "scarcity": ("motivation", _early),
    # "One in four diabetics rations insulin": how many people it befalls, as the talk opens (under a title that
    # names neither the method nor the background: "Data: 40% of the patients are women" is a sample)
    "share-of-people": ("motivation", _first_slides_on_the_world),
    # "Satellite images are too coarse to count trees", "Cities do not know where their lead pipes are"
    "shortfall": ("motivation", _early),
    # "Rural hospitals are closing", "Insurance claims sit for months": the way of the world, as the talk opens
    "world-trend": ("motivation", _first_slides_on_the_world),
    # "Do minimum wages trap workers in bad jobs?": the question the talk takes on, asked as it opens
    "asks-whether": ("motivation", _first_slides_on_the_world),
    # "… But how did strangers come to trust a letter?": the puzzle the talk takes on, posed as it opens
    "poses-puzzle": ("motivation", _first_slides_on_the_world),
}


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
    stated = [name for name, (part, _) in _STATEMENTS.items() if part == role and features.get(name)]
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
