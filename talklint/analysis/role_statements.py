"""The parts of the story a slide states besides its role: from its title and words, its section's name and the
model's heads for the vision, the agenda and the impact (a motivation slide may also state the vision)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from talklint.analysis.role_features import Features
from talklint.analysis.role_model import RoleModel
from talklint.analysis.role_places import (
    early,
    first_slides_on_the_world,
    in_first_third,
    in_the_middle,
    late,
    named_parts,
    names_its_limits,
    names_the_work,
    past_the_opening,
    titled_as_a_part,
)

# Parts of the story a slide can state besides its main role; each has its own model.
MENTIONS = ("vision", "agenda", "impact")
# The parts of the story that story rules look for on a slide, whatever its main role.
STATED = (
    "outline", "motivation", "background", "approach", "results", "impact", "lessons", "vision", "agenda",
    "collaboration", "conclusion", "acknowledgments", "closing",
)  # fmt: skip

# What else on a slide says it states a part of the story: words that name a problem (in the title or
# the text: a missed problem costs a false "opens without the problem"), or that sum up (in the title).
_CUES = {"motivation": ("title-cue:problem", "body-names-problem"), "conclusion": ("title-cue:summary",)}


def stated_parts(model: RoleModel, features: Features, near_misses: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
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
    names = named_parts(features)
    # The heads weigh a slide's place and its section; a title that names a part of the talk's frame or its
    # ending ("Teaching and mentoring", "Conclusion", "Roadmap") says what the slide is, wherever it stands.
    # ("My agenda: …" as the talk opens is the vision the head hears; "Preference modeling" names a topic.)
    parts = names & _FRAME_AND_ENDING
    for kind in STATED:
        named = kind in names and not (kind == "lessons" and names_its_limits(features))
        said = _said(kind, features)
        cued = kind not in near_misses and any(features.get(cue) for cue in _cues(kind, features))
        if kind == "motivation" and late(features):
            # Late in the talk, a problem word ("lower catalyst cost", "failures") tells a result or the plan; the
            # problem is the opening's, and a late slide states it only by its title or label ("The problem").
            said = cued = False
        heard = not parts or kind in parts
        head = heard and kind in MENTIONS and model.mention(kind, features) >= model.mention_threshold.get(kind, 0.5)
        if named or said or cued or head:
            stated.add(kind)
    return frozenset(stated)


def _cues(kind: str, features: Features) -> tuple[str, ...]:
    """The cues that say the slide states the part: under a title that names the speaker's own method ("My
    framework"), a problem word in the text ("Fighting crime fast and slow") tells the method, not the problem."""
    cues = _CUES.get(kind, ())
    if kind == "motivation" and _titled_as_the_speakers_work(features):
        return tuple(cue for cue in cues if cue != "body-names-problem")
    return cues


# The parts a title names that frame the talk or end it: no other part of the story hides under them.
_FRAME_AND_ENDING = frozenset({"outline", "collaboration", "conclusion", "closing", "acknowledgments", "lessons"})


def _said(kind: str, features: Features) -> bool:
    """The slide's words or its section's name state the part. Future-work words count late in the talk:
    earlier, "in the future" and "we plan" tell what the talk or the next experiment will do. The vision's
    weaker words ("ultimately", "we argue that") count outside the talk's middle; its own ("The goal of my
    research is …") are ``said`` wherever they stand."""
    if features.get(f"said:{kind}"):
        return True  # words that state the part wherever they stand ("adopted into the default pipeline")
    if any(role == kind and features.get(name) and where(features) for name, (role, where) in STATEMENTS.items()):
        return True
    if kind not in ("motivation", "vision", "agenda") or (kind == "agenda" and not late(features)):
        return False
    if kind == "vision" and in_the_middle(features):
        return False  # the vision's weaker words ("ultimately", "we argue that") describe methods there
    if kind == "motivation" and features.get("body:motivation") and _titled_as_the_speakers_work(features):
        return False
    if features.get(f"body:{kind}") and not (kind == "agenda" and _tells_uptake(features)):
        return True
    # The section's name speaks for the slides under it that name no part of their own: under "My research
    # agenda", "Teaching and mentoring" and "Conclusion" are what they say they are.
    return bool(features.get(f"section:{kind}")) and not titled_as_a_part(features)


def _titled_as_the_speakers_work(features: Features) -> bool:
    """The title names the speaker's own method or results, as theirs or under a label ("My framework", "Our
    framework: TRACE", "Method: …"); not the field's past ("Related work" over "They fail on sparse inputs" names
    the gap the work fills), nor a theory of the field named by a word of the method ("The Standard Model" over
    "It does not explain dark matter")."""
    owned = features.get("title-cue:we") or any(features.get(f"label:{role}") for role in ("approach", "results"))
    return bool(owned) and any(features.get(f"title:{role}") for role in ("approach", "results"))


def _tells_uptake(features: Features) -> bool:
    """The slide tells what others did with the work ("Deployed", "2 million proofs in the first six months"):
    a span it names is the uptake's, past, not a step of the plan (a plan's own title or steps still say so)."""
    return bool(features.get("uptake") or features.get("title:impact")) and not features.get("title:agenda")


def _anywhere(features: Features) -> bool:
    return True


def _opening_or_ending(features: Features) -> bool:
    return early(features) or late(features)


def _aims_as_the_talk_opens(features: Features) -> bool:
    """As the talk opens, under a title that does not name the method, its results or background (orders there
    are the method's steps)."""
    return early(features) and not names_the_work(features)


# Statements (``statements``, ``uptake``): the part of the story each says, and where in the talk it says it.
STATEMENTS: dict[str, tuple[str, Callable[[Features], bool]]] = {
    # the question the research answers, asked as the talk opens, is its thesis; so is the programme the speaker
    # says they pursue ("I conduct research on the ways communities respond to crime")
    "research-question": ("vision", early),
    "research-programme": ("vision", early),
    "sees-it-going": ("vision", _anywhere),  # "Where I see search going", the speaker's own words
    # "I want robots that handle anything", "Imagine a robot that …", "one step toward robots that feel", as the talk
    # opens or as it ends ("I want assistants as honest about their limits as a librarian" over the plan); in the
    # middle, as often an example to picture ("Imagine a robot that can see the glass")
    "pictures-the-future": ("vision", _opening_or_ending),
    "states-aims": ("vision", _aims_as_the_talk_opens),  # "Improve methods for …, Predict …, Contribute to …"
    # "Months 0-6: …, Months 6-12: …" is a research plan, whatever the title calls it; "Aim 2 (years 2-5)" a step
    "plan-steps": ("agenda", _anywhere),
    "title-horizon": ("agenda", _anywhere),
    "dated-steps": ("agenda", late),  # "2026–2028: …, 2028–2031: …" as the talk ends (early: a timeline)
    # "In the next five years, I want to test …" as the talk ends, even over what others did with the work
    "plans-ahead": ("agenda", late),
    "lists-sections": ("outline", in_first_third),  # "Today: 1. Why facts alone fail, 2. …", the talk's parts
    "uptake": ("impact", _anywhere),  # "two companies ship our planner": others took the work up
    "measured-title": ("results", past_the_opening),  # "Online: +4.1% bookings"
    # time people lose ("Folding takes people 6 hours a week"), the stakes as a rate ("Every 40 seconds, …")
    "time-lost": ("motivation", _anywhere),
    "harm-rate": ("motivation", _anywhere),
    # "43 people died": lives lost, counted once, as the talk opens (later, perhaps a trial's adverse events)
    "harm-counted": ("motivation", early),
    # "Only 4% of charts have alt text", as the talk opens (later, "only 2% of errors remain")
    "scarcity": ("motivation", early),
    # "One in four diabetics rations insulin": how many people it befalls, as the talk opens (under a title that
    # names neither the method nor the background: "Data: 40% of the patients are women" is a sample)
    "share-of-people": ("motivation", first_slides_on_the_world),
    # "Satellite images are too coarse to count trees", "Cities do not know where their lead pipes are"
    "shortfall": ("motivation", early),
    # "Rural hospitals are closing", "Insurance claims sit for months": the way of the world, as the talk opens
    "world-trend": ("motivation", first_slides_on_the_world),
    # "Do minimum wages trap workers in bad jobs?": the question the talk takes on, asked as it opens
    "asks-whether": ("motivation", first_slides_on_the_world),
    # "… But how did strangers come to trust a letter?": the puzzle the talk takes on, posed as it opens
    "poses-puzzle": ("motivation", first_slides_on_the_world),
}
