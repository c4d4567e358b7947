"""Where a slide stands in the talk, and which parts of the story its title names: the tests that the role
passes (``role_naming``, ``role_statements``, ``roles``) share, over a slide's features (``role_features``)."""

from __future__ import annotations

from talklint.analysis.role_features import Features


def named_parts(features: Features) -> set[str]:
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
        outline = in_opening(features) or features.get("recurring-title") or features.get("lists-sections")
        roles -= {"agenda"} if outline else {"outline"}
    if (
        features.get("research-programme")
        and not features.get("lists-sections")
        and _frames_the_programme(roles, features)
    ):
        # "Overview: I study how to make power grids run on renewables": the speaker's programme under a word of
        # the outline, not the talk's parts; "I design technology that older adults keep using" as the talk opens:
        # the programme, told with a word of the method
        roles = {"vision"}
    if {"vision", "agenda"} <= roles:
        # "The next five years", "Looking forward": the vision as the talk opens, the agenda as it ends or where
        # the slide lays its plan out in horizons; in between the model decides.
        if late(features) or features.get("plan-steps"):
            roles -= {"vision"}
        elif early(features):
            roles -= {"agenda"}
    if {"motivation", "vision"} <= roles and features.get("research-programme"):
        # "My research asks how cities can cool the people who need it most": the speaker's programme, in the first
        # person, whatever word of need it holds
        roles -= {"motivation"}
    if {"motivation", "lessons"} <= roles:
        # "Limitations": past the talk's first third, the limits of the speaker's own work, looked back on; as it
        # opens, the limits of what exists, the problem
        roles -= {"lessons"} if in_first_third(features) else {"motivation"}
    if {"motivation", "agenda"} <= roles:
        # "The open problem", "Open questions": before the talk's last part, the problem the work takes on; late
        # in it, the work still to do
        roles -= {"motivation"} if late(features) else {"agenda"}
    if roles == {"motivation", "background"} and (early(features) or features.get("title-in-opening:motivation")):
        # "The trouble with existing tools", "Background & motivation" as the talk opens: what fails in what
        # exists is the gap the work fills (later, "Problem definition" is the method's first step)
        roles = {"motivation"}
    if roles == {"impact"} and features.get("asks-what") and not says_what_others_did(features):
        # "What this changes" asks; the text answers: over what others did with the work ("museums now show the
        # letters") it is the impact, over the argument's consequences ("Historians should read consular archives")
        # it names no part, and the model decides
        roles = set()
    return roles


def says_what_others_did(features: Features) -> bool:
    """The slide's words tell what others did with the work: a way of telling uptake ("Our narration ships in
    Vega-Lite 5.8") or the vocabulary's words of it ("was adopted by the experiences team")."""
    return bool(features.get("uptake") or features.get("said:impact"))


def _frames_the_programme(roles: set[str], features: Features) -> bool:
    return roles == {"outline"} or (roles == {"approach"} and early(features))


def names_its_limits(features: Features) -> bool:
    """The title names the work's limits past the talk's first third ("Limitations"): the lessons role, the work
    looked back on, but no lesson told, and so no takeaway."""
    titled = {name.split(":", 1)[1] for name in features if name.startswith(("title:", "label:"))}
    return {"motivation", "lessons"} <= titled and not in_first_third(features)


def past_the_opening(features: Features) -> bool:
    return not early(features)


def names_the_work(features: Features) -> bool:
    """The title names the method, its results or the field's background: orders there are the method's steps."""
    return names_the_method_or_background(features) or bool(features.get("title:results"))


def names_the_method_or_background(features: Features) -> bool:
    return any(features.get(f"title:{role}") for role in ("approach", "background"))


def late(features: Features) -> bool:
    """In the last 30% of the main talk (position bins 6 and up)."""
    return any(features.get(f"position:{i}") for i in range(6, 10))


def in_the_middle(features: Features) -> bool:
    """Between 30% and 70% of the main talk (position bins 4 and 5), away from its opening and its ending."""
    return any(features.get(f"position:{i}") for i in (4, 5))


def early(features: Features) -> bool:
    """In the first 15% of the main talk, or among its first four slides."""
    return among_first_four(features) or any(features.get(f"position:{i}") for i in range(3))


def among_first_four(features: Features) -> bool:
    """Among the main talk's first four slides."""
    return any(features.get(f"first:{i}") for i in range(4))


def first_slides_on_the_world(features: Features) -> bool:
    """Among the main talk's first four slides, under a title that does not name the method or the field's
    background. A trend in the world is told with the words of a result ("Energy use of data centers doubled
    since 2015"); the statement itself leaves out a change the work measured ("Errors fall by 40%")."""
    return among_first_four(features) and not names_the_method_or_background(features)


def in_first_third(features: Features) -> bool:
    """In the first 30% of the main talk, or among its first four slides: where a talk lays out its parts."""
    return among_first_four(features) or any(features.get(f"position:{i}") for i in range(4))


def in_opening(features: Features) -> bool:
    return among_first_four(features) or "position:0" in features or "position:1" in features


def titled_as_a_part(features: Features) -> bool:
    """The slide's title names a part of the talk (a role's words: "Future work", "Impact")."""
    return any(name.startswith("title:") for name in features)
