"""Scholarship and culture that took the work up: teachers who assign it, others' research built on it, and the stage
or the gallery that shows it.
"""

from __future__ import annotations

from talklint.analysis.uptake.words import (
    CLASSES,
    COUNT,
    NAMED_ADOPTER,
    SOME,
    Way,
    any_of,
    searched_where,
)

WAYS: tuple[Way, ...] = (
    # Teachers took it up: "Two chapters are assigned in graduate seminars", "used in courses at 12 universities",
    # "Now taught in introductory courses at five universities", "on the syllabus at Princeton", "required reading
    # in …" (not the speaker's own: "I taught in two courses", "in our classes").
    searched_where(
        CLASSES | {"syllabus", "syllabi", "required", "taught"},
        rf"\b(?:assigned|used|adopted)\s+in\s+(?:(?!our\b|my\b)[\w-]+\s+){{0,3}}?(?:{any_of(CLASSES)})\b"
        rf"|\b(?:is|are|now|been)\s+taught\s+in\s+(?:[\w-]+\s+){{0,3}}?(?:{any_of(CLASSES)})\b"
        # "Our tutorial is taught in 20 universities" (the places counted)
        rf"|\b(?:is|are|now|been)\s+taught\s+(?:in|at)\s+(?:\d+|{SOME})\s+(?:[\w-]+\s+)?"
        r"(?:universities|colleges|schools|countries)\b"
        r"|\bon\s+(?:the\s+)?syllab(?:us|i)\s+(?:at|of|in)\b|\brequired\s+reading\s+(?:at|in|for)\b"
        # a course of others, at places counted: "Taught in the systems course at 15 universities"
        r"|(?:(?-i:\bTaught)|\b(?:is|are|now|been)\s+taught)\s+in\s+(?:[\w-]+\s+){0,4}?(?:courses?|seminars?|classes)"
        rf"\s+(?:at|in)\s+(?:\d+|{SOME})\s+(?:[\w-]+\s+)?(?:universities|colleges|schools)\b",
    ),
    # Others' research built on it, counted: "Used in 60 papers by other groups", "cited in 40 studies from other
    # labs", "has been used in three other dissertations", "was cited in five other studies" (not "used in two of
    # our papers": the speaker's own; nor "We used the corpus in two other studies", the speaker's again).
    searched_where(
        {"other"},
        rf"\b(?:used|cited|adopted|analy[sz]ed)\s+in\s+(?:{COUNT}|{SOME})\s+(?:[\w-]+\s+)?"
        r"(?:papers|studies|publications|projects|analyses)\s+(?:by|from)\s+other\s+"
        r"(?:groups|labs|teams|researchers|authors|scientists)\b"
        rf"|\b(?:(?:been|is|are|was|were)\s+(?:used|cited|reused|analy[sz]ed)|(?:used|cited|reused))\s+in\s+"
        rf"(?:{COUNT}|{SOME})\s+other\s+(?:[\w-]+\s+)?(?:dissertations|theses)\b"
        rf"|\b(?:been|is|are|was|were)\s+(?:used|cited|reused|analy[sz]ed)\s+in\s+(?:{COUNT}|{SOME})\s+other\s+"
        r"(?:[\w-]+\s+)?(?:papers|studies|publications|projects|books)\b(?!\s+(?:of\s+ours|by\s+us|from\s+our)\b)",
    ),
    # Others measure their own work against it: "Our open decoder is the baseline of the 2026 Brain-to-Text
    # benchmark", "It is the official baseline of the WMT shared task" (not "the baseline for our experiments", nor
    # another's model, "ResNet-50 is the baseline of the ImageNet benchmark").
    searched_where(
        {"baseline"},
        r"(?:\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?|\b(?:it|this|they)\s+)(?:is|are|was|became|become|remains?)\s+(?:now\s+)?(?:the|an?)\s+(?:official\s+|standard\s+|reference\s+)?"
        r"baselines?\s+(?:of|for|in)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:benchmarks?|challenges?"
        r"|competitions?|shared\s+tasks?|leaderboards?)\b",
    ),
    # A named company or institution that put the work before its public: "The Paris Opera Ballet staged our
    # reconstruction in 2024", "The Tate exhibited my installation" (not the speaker's "We staged our reconstruction").
    searched_where(
        {"staged", "performed", "exhibited", "screened", "broadcast", "premiered", "commissioned", "republished"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:staged|performed|exhibited|screened|broadcast|premiered"
        r"|commissioned|republished)\s+(?:our|my)\b",
    ),
)
