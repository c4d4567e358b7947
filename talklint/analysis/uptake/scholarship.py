"""Scholarship and culture that took the work up: teachers who assign it, others' research built on it, the stage
or the gallery that shows it, and the prizes and competitions it won.
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
        rf"|\b(?:is|are|now|been)\s+taught\s+in\s+(?:[\w-]+\s+){{0,3}}?(?:{any_of(CLASSES)}|textbooks?)\b"
        # "Our tutorial is taught in 20 universities", "Taught in 40 universities' graduate courses", "Taught in
        # 25 courses" (the places or the courses counted)
        rf"|(?:(?-i:\bTaught)|\b(?:is|are|now|been)\s+taught)\s+(?:in|at)\s+(?:\d+|{SOME})\s+(?:[\w-]+\s+)?"
        rf"(?:universities|colleges|schools|countries|{any_of(CLASSES)})(?:\b|['’])"
        r"|\bon\s+(?:the\s+)?syllab(?:us|i)\s+(?:at|of|in)\b|\brequired\s+reading\s+(?:at|in|for)\b"
        # a course of others, at places counted: "Taught in the systems course at 15 universities"
        r"|(?:(?-i:\bTaught)|\b(?:is|are|now|been)\s+taught)\s+in\s+(?:[\w-]+\s+){0,4}?(?:courses?|seminars?|classes)"
        rf"\s+(?:at|in)\s+(?:\d+|{SOME})\s+(?:[\w-]+\s+)?(?:universities|colleges|schools)\b"
        # a course of others by its code: "The technique is taught in Stanford's CS231n", "Taught in 6.S191 at MIT"
        r"|(?:(?-i:\bTaught)|\b(?:is|are|now|been)\s+taught)\s+in\s+(?:[\w'’-]+\s+){0,2}?"
        r"(?-i:[A-Z]{2,6}[\s-]?\d{2,4}[A-Za-z]?|\d{1,2}\.[A-Z]?\d{2,4})\b",
    ),
    # In others' textbooks: "Our method is in the textbook that every chemistry undergraduate at MIT uses", "My
    # estimator appears in three textbooks" (not the speaker's own: "… in the textbook we wrote").
    searched_where(
        {"textbook", "textbooks"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:is|are|appears?|features?)\s+(?:now\s+)?in\s+(?!(?:our|my)\b)"
        r"(?:the\s+|a\s+|every\s+"
        rf"|standard\s+|\d+\s+|{SOME}\s+)?(?:[\w-]+\s+){{0,2}}?textbooks?\b(?!\s+(?:that\s+)?(?:we|i)\s+(?:wrote|write"
        r"|are\s+writing|am\s+writing)\b)",
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
    # benchmark", "It is the official baseline of the WMT shared task", "Our dataset is the benchmark of the RSS 2026
    # manipulation challenge" (not "the baseline for our experiments", nor another's model, "ResNet-50 is the baseline
    # of the ImageNet benchmark").
    searched_where(
        {"baseline", "baselines", "benchmark", "benchmarks", "dataset", "datasets"},
        r"(?:\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?|\b(?:it|this|they)\s+)(?:is|are|was|became|become|remains?)\s+"
        r"(?:now\s+)?(?:the|an?)\s+(?:official\s+|standard\s+|reference\s+)?(?:baselines?|benchmarks?|datasets?)\s+"
        r"(?:of|for|in)\s+(?:the\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,3}?(?:benchmarks?|challenges?"
        r"|competitions?|shared\s+tasks?|leaderboards?)\b(?!\s+of\b)",
    ),
    # Others' research that used it, told of the work: "Our proof technique was used to settle two open conjectures
    # by other groups", "My estimator has been applied to 30 countries by other teams" (not "compared with methods
    # used by other groups": theirs, not the speaker's).
    searched_where(
        {"other"},
        r"\b(?:our|my|it|this|these)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:since\s+)?"
        r"(?:used|adopted|applied|extended|reused)\b[^.;]{0,60}?\bby\s+(?:(?:many|several|\d+|two|three|four|five)\s+)?"
        r"other\s+(?:groups|labs|teams|researchers|authors|scientists|mathematicians|scholars|historians)\b",
    ),
    # Ensembles, theatres or museums that put it before their public, counted: "Four orchestras have performed the
    # reconstructed score since 2023" (not the speaker's "We performed the score with our student ensemble").
    searched_where(
        {"orchestras", "ensembles", "theatres", "theaters", "museums", "galleries", "choirs", "festivals", "companies"},
        rf"\b(?:\d+|{SOME})\s+(?:[\w-]+\s+)?(?:orchestras|ensembles|theatres|theaters|opera\s+houses|dance\s+companies"
        r"|museums|galleries|choirs|festivals)\s+(?:have\s+|has\s+)?(?:now\s+)?(?:staged|performed|exhibited|screened"
        r"|programmed|recorded|shown|toured)\s+(?:our|my|the|it|this|these)\b",
    ),
    # A design others copied, by name: "Our interferometer design was copied by the LIGO India team" (not "The
    # LIGO team designed an interferometer that inspired ours").
    searched_where(
        {"copied", "cloned", "borrowed", "replicated", "reused"},
        r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+(?:since\s+)?(?:copied|cloned"
        rf"|borrowed|replicated|reused)\s+by\s+(?:the\s+)?{NAMED_ADOPTER}",
    ),
    # Others' works made from it: "A BBC documentary was built on our archive", "Three state legislatures introduced
    # bills modeled on our proposal", "The ILO's 2025 report on platform work is built on our survey" (a report, a
    # book or a course only as a named body's own: "The report is based on our survey" may be the speaker's; not
    # "We built our archive on the BBC's oral histories", nor "Our policy is based on our values").
    searched_where(
        {"built", "based", "modeled", "modelled", "patterned", "drawn"},
        r"(?:(?<!\bour\s)(?<!\bmy\s)\b(?:documentar(?:y|ies)|films?|exhibitions?|exhibits?|podcasts?|plays?|operas?"
        r"|novels?|bills?|laws?|legislation|ordinances?|regulations?|polic(?:y|ies))"
        rf"|{NAMED_ADOPTER}['’]s\s+(?:\d{{4}}\s+)?(?:[\w-]+\s+){{0,2}}?(?:reports?|books?|courses?|guidelines?"
        r"|curricul(?:um|a)|textbooks?|strateg(?:y|ies)|plans?))\b[^.;]{0,40}?\b(?:(?:was|is|were|are|has\s+been"
        r"|have\s+been)\s+)?(?:built|based|modeled|modelled|patterned|drawn)\s+(?:closely\s+|directly\s+|largely\s+)?"
        r"on\s+(?:our|my)\b",
    ),
    # A named company or institution that put the work before its public: "The Paris Opera Ballet staged our
    # reconstruction in 2024", "The Tate exhibited my installation" (not the speaker's "We staged our reconstruction").
    searched_where(
        {"staged", "performed", "exhibited", "screened", "broadcast", "premiered", "commissioned", "republished"},
        rf"{NAMED_ADOPTER}\s+(?:has\s+|have\s+)?(?:staged|performed|exhibited|screened|broadcast|premiered"
        r"|commissioned|republished)\s+(?:our|my)\b",
    ),
    # An award or a competition won: "Won the 2024 XPRIZE for ocean mapping", "Our team received the Best Demo Award",
    # "Our method won the 2024 Kaggle protein challenge" (not "won the challenge of scaling")
    # (not another's: "The prize went to a rival team").
    searched_where(
        {"won", "awarded", "received", "earned"},
        r"(?:(?-i:\bWon)|\b(?:we|i|our\s+[\w-]+|it|the\s+(?:paper|work|project|system|tool))\s+(?:have\s+|has\s+)?"
        r"(?:won|received|earned|was\s+awarded|were\s+awarded))\s+(?:the\s+|a\s+|an\s+)?(?:\d{4}\s+)?"
        r"(?:[\w-]+\s+){0,3}?[\w-]*(?:prize|award|medal|championship|shared\s+task|(?:challenge|competition|contest)\b(?!\s+of\b))\b",
    ),
)
