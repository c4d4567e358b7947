"""The commented configuration that ``talklint init`` writes."""

STARTER_CONFIG = """\
# talklint configuration. Every key is optional; run `talklint rules` to
# see the rules and `talklint explain CODE` for what one checks.

# Another config to build on (its settings, then the ones here).
# extend = "../talklint.toml"

# The kind of talk: job-talk (default), faculty, research-scientist,
# product-research, ml-engineer, robotics or conference.
profile = "job-talk"

# The length of your slot in minutes; slide-budget and notes-overrun use it.
# A talk's front matter (talklint: {duration: 45}) or --duration beats it.
# duration = 45

# Rules to run, by code, code prefix (TL3) or name. The most specific entry
# wins between select, extend-select and ignore.
# select = ["TL"]
# extend-select = ["missing-notes"]
# ignore = ["duplicate-title"]

# Files or folders to skip, as in a .gitignore beside this file (.gitignore and
# .talklintignore files are respected too).
# exclude = ["old-talks/", "**/drafts/*.md"]

# Files that are talks whatever their content (talklint skips READMEs and other
# documents; see the README, "Which files are talks").
# include = ["notes/job-talk.md"]

# A rule with more findings than this in one talk is reported once (0: never).
# Unset: 4, and text walls and undefined acronyms one by one unless they stand
# on most slides.
# max-findings-per-rule = 4

# Past this many findings in one talk, more of its lists are reported once each
# (0: never). Unset: 40, or never if you set max-findings-per-rule.
# max-findings-per-talk = 40

# Rules to skip in some files only.
# [per-file-ignores]
# "drafts/*.md" = ["TL307"]

# Folders with your own YAML rules (see the README, "Declarative rules").
# rule-paths = ["talk-rules"]

# Options and severity per rule.
# [rules.slide-budget]
# slides-per-minute = 1.2
# severity = "error"
"""
