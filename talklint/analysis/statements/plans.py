"""A plan in time, said in so many words: steps in time horizons ("Years 1-2: …"), steps dated by year
("2026–2028: …"), a title that sets a horizon ("Next 18 months").
"""

from __future__ import annotations

import re


def lays_out_a_plan(body: str) -> bool:
    """Two lines or more that open on a time horizon: "Months 0-6: …", "Years 3-4: …", "Short term: …"."""
    return len(_PLAN_STEP.findall(body)) >= 2


def dates_its_steps(body: str) -> bool:
    """Two lines or more that open on a calendar year, a span of years or a decade: "2026–2028: a trial in 100
    schools", "By 2030: …", "2030s: …". Late in a talk, a plan; early, as often a history's timeline ("1643:
    Torricelli's tube")."""
    return len(_DATED_STEP.findall(body)) >= 2


def sets_a_horizon(title: str) -> bool:
    """The title sets the work a horizon in years: "Aim 1 (years 1-3): map the receptors", "Years 3-5: field
    trials", "Long term: immunity by design", "Next 18 months", "Next two weeks" (not a span of the past, "Data
    from 2010-2020", nor the vision's "Long-term goal")."""
    return bool(_TITLE_HORIZON.search(title))


def plans_ahead(body: str) -> bool:
    """The speaker's plan for the years ahead, in one sentence: "In the next five years, I want to test whether
    sound can speed up recovery", "Over the coming years we will …" (not a span of the past, "in the first six
    months", nor a forecast with no one planning: "Sea level over the next 50 years"); or a line labelled with what
    comes next, as a conclusion ends on it ("Next: heat and dropout, heat and teachers' absence", "Up next: …")."""
    return bool(_PLANS_AHEAD.search(body) or _NEXT_LABEL.search(body))


# A line that opens on what comes next as its label: "Next: heat and dropout", "Up next: a field trial" (not
# "Next-generation sequencing", nor a step of a method told in order, which names no label: "Next, we sort").
_NEXT_LABEL = re.compile(
    r"^[^\w\n]{0,4}(?:next|up\s+next|coming\s+next|ahead)[ \t]*:[ \t]*[a-z]", re.IGNORECASE | re.MULTILINE
)


_PLANS_AHEAD = re.compile(
    r"\b(?:in|over|within|during)\s+the\s+(?:next|coming)\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|ten\s+"
    r"|few\s+|several\s+)?(?:weeks|months|years|decade)\b[^.;\n]{0,20}?\b(?:I|we|my\s+lab|my\s+group)\s+"
    r"(?:will|want\s+to|plan\s+to|hope\s+to|aim\s+to|intend\s+to)\b",
    re.IGNORECASE,
)
_TITLE_HORIZON = re.compile(
    # a span of years given as a step's label or in parentheses: "Years 3-5: …", "Aim 1 (years 1-3)"
    r"\(\s*years?\s*\d+(?:\s*[-–—]\s*\d+|\+)?\s*\)|\byears?\s*\d+(?:\s*[-–—]\s*\d+|\+)?\s*:"
    r"|\b(?:short|medium|mid|long|near)(?:er)?[\s-]+term\s*:"
    # the speaker's first months in the role ("My first 100 days"), not another's ("follow hosts through their
    # first 90 days", a study's window)
    r"|(?<!their\s)(?<!its\s)(?<!his\s)(?<!her\s)\bfirst\s+(?:\d+|thirty|sixty|ninety|hundred|six|three)\s+"
    r"(?:days|weeks|months)\b"
    # the months or years ahead heading the title: "Next 18 months", "The next three years at Acme" (not a
    # forecast's "Sea level over the next 50 years")
    r"|^\W*(?:the\s+|my\s+|our\s+)?(?:next|coming)\s+(?:\d+|two|three|four|five|six|ten|few|several)\s+"
    r"(?:weeks|months|years)\b",
    re.IGNORECASE,
)
# A step of a plan dated by the calendar, as a line opens: "2026–2028:", "By 2030:", "2030s:".
_DATED_STEP = re.compile(
    r"^[^\w\n]{0,4}?(?:(?:in|by|from|until)[ \t]+(?:the[ \t]+)?)?(?:19|20)\d{2}s?"
    r"(?:[ \t]*[-–—]+[ \t]*(?:19|20)?\d{2}s?)?(?=[ \t]*:)",
    re.IGNORECASE | re.MULTILINE,
)
# A plan laid out in time horizons, one per line or one per clause after a semicolon: "Months 0-6: audit …",
# "Years 3-4: …", "Y1:", "Short term:", "Years 1-3: archives; years 4-6: a book" (the steps of a method, "Step 1:",
# and the years of a past timeline, "2011 NTNU", are not horizons). A step is said on one line: a table's row
# "3 months" and the next cell's "41" on the line below are no "months 41".
_PLAN_STEP = re.compile(
    r"(?:^|(?<=;))(?:[^\w\n]|\d){0,4}?(?:(?:in|within|by|over|during)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?)?"
    r"(?:(?:months?|years?|y|quarters?|q|semesters?)[ \t]*\d+(?:[ \t]*[-–—][ \t]*\d+)?|"
    r"(?:short|medium|mid|long|near)(?:er)?[ \t-]+term|(?:first|next)[ \t]+\w+[ \t]+(?:days|weeks|months|years)|"
    r"(?:this|next)[ \t]+(?:year|semester|quarter)|(?:first|second|third)[ \t]+(?:month|quarter|semester|year))\b"
    # "Within a year: …", "In 3 years, …", "1 year: …" (a count of years alone opens a step only before a colon)
    r"|(?:^|(?<=;))(?:[^\w\n]|\d){0,4}?(?:(?:in|within|by)[ \t]+(?:a|one|two|three|five|\d+)[ \t]+years?\b"
    r"|(?:one|two|three|five|\d+)[ \t]+years?(?=[ \t]*:))",
    re.IGNORECASE | re.MULTILINE,
)
