"""Roles a slide's own title or words name before the model weighs the talk: a reader takes a title at its word."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from talklint.analysis.role_features import Features
from talklint.analysis.role_places import (
    early,
    in_first_third,
    late,
    named_parts,
    past_the_opening,
    says_what_others_did,
)


def named_roles(features: Sequence[Features]) -> dict[int, str]:
    """Slides whose title or label names exactly one role: a reader takes the title at its word.

    "What I learned" is the lessons, "Results: 2x faster" the results. A
    question that comes back as the title of several slides ("Why did opinion
    change?") names the part they answer, not their role, and "Questions" over questions of the study's own ("Does
    pointing follow Fitts' law?") before the talk's last part is no closing: the model decides it. A title
    that names two roles ("Conclusion and future work") is left to the model, but for one that names the results and
    the conclusion ("Main result") before the talk's last part, which reports the results;
    a word that names both the outline and the agenda ("Roadmap") is the
    outline in the opening, where it comes back at each section or where it
    lists the talk's sections, and the agenda otherwise. A title that names both the vision and the agenda
    ("The next five years", "Looking forward") is the vision as the talk opens and the agenda as it ends or
    where it lays out its plan in horizons. A slide that lists the talk's sections in its first third is the
    outline, whatever its title names ("Today"). An "Overview" that lists the work's aims as the talk opens
    ("Improve methods for …", "Predict …") or says its vision in the speaker's words is its vision. A title that
    names the conclusion as the talk opens ("Our contributions", "Recap") previews the talk or recaps the basics;
    the model decides it. A title that names the method and how well it does ("Model performance", "Parser accuracy")
    is a result. Past the opening, a title that names no part, or the work's problem, method or results only
    by a word of them, but reports what the work measured ("Blind readers answered 2.4× more questions correctly",
    "Planning with the learned model folds 9 in 10 towels", "Cost per 1M tokens fell from $4.10 to $0.38") is a
    result, as a reader takes it, and one that tells what others
    did with the work ("What happened next": "Our narration ships in Vega-Lite 5.8") is its impact, as is one that
    tells it of the method by name ("The district now runs our model"), or whose title names people only by a
    group ("Three other teams now gate their launches with it") over words of uptake, and so are
    titles that name the motivation only by the talk's subject, a trouble word ("Asking only when it matters cuts
    accidents by 80%" is a result, "Toyota adopted our failure predictor" its impact); past the talk's first third,
    a claim told with a word of trouble ("Steel users lost 75,000 jobs") is left to the model, and so is a task of
    the work named by the trouble it is about ("Slip detection", "Failure prediction"); past the opening, so is a
    title that asks why of a choice ("Why GIT", "Why Quadrant III?": a choice argued for; "Why do grasps slip?" is
    still the problem). As the talk
    opens, one that says the problem in so many words ("2.2 billion people live with a vision impairment": "94% of
    charts on government websites have no text alternative") is the motivation; as it ends, one that pictures the
    future the speaker works toward ("Toward infrastructure that maintains itself") is the vision.
    """
    named: dict[int, str] = {}
    for index, slide_features in enumerate(features):
        if slide_features.get("first:0") or "backup" in slide_features:
            continue  # the title slide's words are the talk's topic, not a part of its story
        roles = named_parts(slide_features)
        if slide_features.get("lists-sections") and in_first_third(slide_features):
            # The talk's sections listed before its parts, whatever the title ("Today"), but for the work's aims named
            # as such ("Dissertation aims" over "Aim 1: …", "Aim 2: …"): the parts follow the aims, which are the vision
            named[index] = "vision" if roles == {"vision"} else "outline"
            continue
        if roles == {"motivation"} and slide_features.get("recurring-title") and slide_features.get("question"):
            # "Why did opinion change?" over several slides is a part's question; each slide answers it (a statement
            # over several, "Part-scale simulation: Impossible", states the problem on each)
            continue
        if roles == {"closing"} and slide_features.get("body-asks") and not late(slide_features):
            continue  # "Questions" over the study's own ("Does pointing follow Fitts' law?") before the talk ends
        if roles == {"outline"} and slide_features.get("claim-title"):
            continue  # "Users want an overview first, then details" states a finding; an outline names the talk's parts
        if roles == {"conclusion"} and early(slide_features):
            continue  # "Our contributions" or "Recap" as the talk opens previews it or recaps the basics
        if roles == {"outline"} and early(slide_features) and _states_the_vision(slide_features):
            named[index] = "vision"  # an "Overview" that lists the work's aims or says its vision, not the talk's parts
            continue
        dated_plan = bool(slide_features.get("dated-steps")) and late(slide_features)
        if roles <= {"acknowledgments"} and (slide_features.get("plan-steps") or dated_plan):
            # Lines that open on horizons ("Years 1-3: tasting sensors", "Years 3-6: full recipes"), or late in the
            # talk on years ("2026–2028: 200 hydrophones", "2031: an open dataset"), lay out the plan, under a title
            # that names no part ("Toward a robot chef") or the funding ("Funding and proposals", "Years 1-3: NSF
            # CAREER …"), not the thanks
            named[index] = "agenda"
            continue
        # A title that names no part, or the motivation only by a trouble word that is the talk's subject, leaves the
        # slide to what it says: past the opening, a measure reported ("Asking only when it matters cuts accidents by
        # 80%") is a result, and what others did with the work its impact, as a reader takes them
        open_to_its_words = not roles or (roles == {"motivation"} and not slide_features.get("label:motivation"))
        # A measure reported of the work, named by a word of its method, its results or its problem ("Planning with
        # the learned model folds 9 in 10 towels", "Cost per 1M tokens fell from $4.10 to $0.38"), is what the work
        # found; a label ("Method: …", "Motivation: …") still names the part
        of_the_work = roles <= _THE_WORK and not any(slide_features.get(f"label:{role}") for role in roles)
        if of_the_work and _reports_a_result(slide_features):
            named[index] = "results"
        elif _tells_impact(slide_features, roles, open_to_its_words):
            named[index] = "impact"
        elif roles == {"collaboration"} and _others_took_it_up(slide_features):
            named[index] = "impact"  # "Three other teams now gate their launches with it": adopters, not colleagues
        elif roles == {"motivation"} and _trouble_named_in_passing(slide_features):
            continue  # "Steel users lost 75,000 jobs", "Slip detection", "Why GIT": the model weighs where it stands
        elif len(roles) == 1:
            named[index] = next(iter(roles))
        elif roles == {"approach", "results"} and slide_features.get("how-well"):
            named[index] = "results"  # "Model performance": how well the method does, measured
        elif roles == {"results", "conclusion"} and not late(slide_features):
            named[index] = "results"  # "Main result", "Key findings" over the theorem: the ending's words sum up
        elif not roles and _states_the_problem(slide_features) and early(slide_features):
            named[index] = "motivation"
        elif not roles and slide_features.get("pictures-the-future") and late(slide_features):
            # "Toward infrastructure that maintains itself" over "Every bridge should tell its owner when it needs
            # repair": the future the speaker works toward, pictured as the talk ends, is the vision
            named[index] = "vision"
    return named


# The parts of the story a title that reports a measure may name by one of its words: the work's problem, method
# and results.
_THE_WORK = frozenset({"motivation", "approach", "results"})


def dividers(features: Sequence[Features], pinned: Mapping[int, str]) -> list[int]:
    """The slides that show only the name of a part of the talk, but for the speaker's declared roles and the
    titles alone that are slides of their own ("Questions?", "Thank you", "References")."""
    return [
        index
        for index, slide_features in enumerate(features)
        if slide_features.get("section-divider")
        and index not in pinned
        and not named_parts(slide_features) & _NOT_A_PART
    ]


_NOT_A_PART = frozenset({"title", "closing", "acknowledgments"})


def _trouble_named_in_passing(features: Features) -> bool:
    """A title that names the motivation only in passing, so the title does not decide the slide's part: past the
    opening, one that asks why of a choice ("Why GIT", "Why Quadrant III?": a choice argued for); past the talk's
    first third and without a label, a claim told with a word of trouble ("Steel users lost 75,000 jobs",
    "Notifications leaked payments to relatives": it reports what the work found as often as it states a problem),
    or a task of the work named by the trouble it is about ("Slip detection", "Failure prediction")."""
    if features.get("asks-why") and past_the_opening(features):
        return True
    told_in_passing = features.get("claim-title") or features.get("handles-trouble")
    return bool(told_in_passing) and not features.get("label:motivation") and not in_first_third(features)


def _states_the_vision(features: Features) -> bool:
    """The slide lists the work's aims ("Improve methods for …, Predict …"), or says its vision in the speaker's
    words in sentences ("Long-term vision: soft exosuits every stroke survivor can wear at home"): 25 words or
    more and no list of the talk's sections, where an outline's item "My vision" is a few words among others."""
    said = bool(features.get("said:vision")) and not features.get("lists-sections")
    in_sentences = not any(features.get(f"words:{bin_}") for bin_ in range(3))
    return bool(features.get("states-aims")) or (said and in_sentences)


def _reports_a_result(features: Features) -> bool:
    """Past the opening, the title reports a measured result ("Cells keep 95% of their output"); as the talk
    opens, a number in the title is as likely the problem's ("Rents are 40% higher than in 2015")."""
    return bool(features.get("measured-title")) and past_the_opening(features)


def _tells_impact(features: Features, named: set[str], open_to_its_words: bool) -> bool:
    """Past the opening, the slide tells what others did with the work, under a title that names no part; or its
    title tells it, naming the work by a word of the method or of its results ("The Water Development Board now runs
    our model"): the word is what others took up, not the slide's part."""
    if not past_the_opening(features):
        return False
    if open_to_its_words and says_what_others_did(features):
        return True
    return named <= {"approach", "results", "impact"} and bool(features.get("title-uptake"))


def _others_took_it_up(features: Features) -> bool:
    """Past the opening, a title that names people only by a word for a group ("Three other teams now gate their
    launches with it"), not a label ("Collaborators: …"), over words that tell others took the work up."""
    return past_the_opening(features) and not features.get("label:collaboration") and says_what_others_did(features)


def _states_the_problem(features: Features) -> bool:
    """The slide says the problem in so many words: time people lose, harm, a share too small or one that goes
    without, a shortfall, a question of the world or a puzzle. Not a trend alone ("Most are not drug offenders"
    sets the scene as often as it states a problem)."""
    return any(features.get(name) for name in _PROBLEM_STATEMENTS)


# The statements of the problem that name the slide's role as the talk opens (``statements.problem``,
# ``statements.world``).
_PROBLEM_STATEMENTS = (
    "time-lost", "harm-rate", "harm-counted", "scarcity", "share-of-people", "shortfall", "asks-whether",
    "poses-puzzle",
)  # fmt: skip
