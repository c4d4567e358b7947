"""A slide title names a topic instead of stating the point.

What it flags:
    A content slide title that names a topic ("Results", "Experimental
    setup") instead of stating a claim, in the assertion-evidence style that
    research on technical talks recommends. A title states a claim when it
    has a verb (found with a trained spaCy pipeline's tags when one is
    installed, and with the verb list in ``rules/vocab/verbs.yaml``
    otherwise; an order with its object counts, "Keep the human in the
    loop", but not one that only presents what comes, "Consider the
    following"), or when it, or the part after its label ("Result: half the
    failures"), gives a quantity or a comparison ("2x faster", "half the
    failures", "no retraining", "Errors: 12% → 3%", "40 ms p99"); a number
    that only indexes, dates, names or counts a sample ("Study 1", "Run 2
    (2015-2018)", "NNPDF 4.0", "Sample: 1,024 adults") states nothing. The title slide, structural slides
    (outline, summary, abstract, lessons ("Lessons from a year in a real
    warehouse"), contributions, future work, outlook, questions,
    thanks, references, backup, "About me", "Collaborators", "Team",
    "Teaching", "Funding", "Demo", "Video", and these joined:
    "Summary & Outlook"), slides the story reads as the vision, the agenda or
    the takeaways (their own rules judge them; "Overall goal" over the goal
    names its part), a title that is a quotation ('"Premature optimization is
    the root of all evil"'), section dividers (a title and nothing else; or
    titled with the name of the section they open or numbering a part ("Part
    2: Folding"), with a picture or a line but no list, table, math or code) and questions are not checked, nor are
    talks that are mostly not English. Info by default. The fix quotes
    a sentence from the slide when it has one that could be the title; when
    most titles name topics, the one finding shows as its example a method
    or results slide whose own words state the point its title misses.

Why it matters:
    "Results" tells the audience what kind of slide this is; "Our method
    halves the error" tells them what to take away, even if they look away.

Flagged example:
    # Results

Better example:
    # Our method halves the error on every benchmark

Options:
    None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from talklint.analysis.roles import FRAME_ROLES
from talklint.analysis.talk_parts import holds_no_list
from talklint.analysis.verbs import states_claim
from talklint.findings import Problem, Severity
from talklint.model import Slide, quotes_someone
from talklint.rule import Context, NoOptions, Rule
from talklint.wording import title_from_body

_FRAME_NAME = (
    r"(outline|agenda|overview|contents|table of contents|roadmap|road map|questions?|q\s*&\s*a|"
    r"thanks?|thank you|acknowledge?ments?|references|bibliography|backup|appendix|the end|discussion|"
    r"summary|abstract|conclusions?|takeaways?|(?:key )?lessons?(?: learned| learnt)?|"
    r"(?:our |my |main |key )?contributions?|"
    r"about me|who am i|about the speaker|collaborators|collaborations?|(?:my |our |the )?team|teaching|mentoring|"
    r"funding|sponsors|(?:live )?demo(?:nstration)?|(?:demo )?video|"
    r"(?:potential |possible )?(?:future|further) (?:work|research|directions?)|next steps?|outlook|recap|"
    r"to sum up|in sum(?:mary)?|wrap(?:ping)?[- ]up|(?:concluding|final) remarks|summary of (?:the )?contributions)"
)
# A frame name alone, or a few joined ("Summary & Outlook", "Conclusion and future work"), marks and emoji aside.
_STRUCTURAL = re.compile(rf"^\W*{_FRAME_NAME}(?:\W*(?:and|&|,|/)\W*{_FRAME_NAME})*\W*$", re.IGNORECASE)


# Roles whose titles name what the slide is, as they should; the agenda and the takeaways have rules of their own.
_NAMED_PARTS = FRAME_ROLES | {"backup", "vision", "agenda", "conclusion", "lessons", "collaboration"}
# Parts of the story with rules of their own, wherever the story finds them.
_JUDGED_PARTS = ("vision", "agenda")
# Roles whose slides carry the talk's argument: their point is the one the audience must not miss.
_ARGUMENT_ROLES = frozenset({"approach", "results"})


def check(context: Context, options: NoOptions) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return
    story = analysis.story
    # The vision and the agenda as the story reads them, whatever the slide's own role: their titles name
    # their part ("My research agenda"), and their own rules judge them.
    story_parts = {story.slides[i].number for part in _JUDGED_PARTS for i in story.where(part)} if story else set()
    for slide in context.distinct_slides[1:]:
        title = slide.title.strip()
        if not title or _STRUCTURAL.match(title) or quotes_someone(title) or title.endswith("?"):
            continue
        if not slide.blocks:
            continue
        if _opens_its_section(slide, title):
            continue
        role = analysis.role(slide).role
        if role in _NAMED_PARTS or slide.number in story_parts or states_claim(title, analysis.slide(slide).title_tags):
            continue
        sentence = title_from_body(slide)
        yield Problem(
            message=f"the title of {slide.label} '{title}' names a topic, not the point",
            fix=_fix(slide, title, sentence),
            slide=slide,
            # Worst where the point matters most (the method, the results) and where the slide states it
            # below a topic title: a flood shows that one as its example.
            weight=(2 if role in _ARGUMENT_ROLES else 1) + (1 if sentence else 0),
        )


def _opens_its_section(slide: Slide, title: str) -> bool:
    """The page that opens a section names the part, as it should: titled with the section's name or
    numbering a part ("Part 2: Folding"), it shows a picture or a line (co-authors, a venue) but no list,
    table, math or code."""
    named = bool(slide.section) and title.casefold() == slide.section.strip().casefold()
    return (named or bool(_PART_LABEL.match(title))) and holds_no_list(slide)


# A label that numbers a part of the talk: "Part 2:", "Chapter III –", "Act 1.", or the title whole: "Chapter 1".
_PART_LABEL = re.compile(r"^\W*(?:part|chapter|act)\s+(?:\d+|[ivx]+|one|two|three|four|five)\b\s*(?:[:.–—-]|$)", re.I)


def _fix(slide: Slide, title: str, sentence: str) -> str:
    if sentence:
        return f"Retitle {slide.label} '{title}' with its point, e.g. '{sentence}'"
    return (
        f"Retitle {slide.label} '{title}' with the one sentence you want the audience to remember from it: "
        "a claim with a verb, such as what the result shows or why the step matters"
    )


RULE = Rule(
    code="TL303",
    name="topic-title",
    category="structure",
    severity=Severity.INFO,
    doc=__doc__ or "",
    options=NoOptions(),
    flood="{count} of {total} titles name a topic instead of stating the point",
    check=check,
    decks_only=True,
)
