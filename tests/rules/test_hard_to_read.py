from __future__ import annotations

from pathlib import Path

import textstat

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp

HARD = (
    "The methodological contribution constitutes a generalisation of heteroscedastic regression frameworks "
    "to multimodal observational modalities, necessitating computationally sophisticated approximations whose "
    "theoretical characterisation constitutes a substantial undertaking. Consequently, the experimental "
    "methodology incorporates comprehensive evaluation procedures."
)
EASY = (
    "We let the noise change from sensor to sensor. That one change makes the robot honest about what it knows. "
    "It asks for help less often, and it asks at the right time. People trust it more after a week."
)


def test_slide_and_notes(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Idea\n\n{HARD}", f"# Easy\n\n{EASY}\n\n<!-- {HARD} -->", f"# Fine\n\n{EASY}")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL208")
    assert [(f.slide, f.message.split(" at grade")[0]) for f in findings] == [
        (2, "the slide text of slide 2 reads"),
        (3, "the notes of slide 3 read"),
    ]
    assert "grade 14 or below" in findings[0].fix


def test_the_fix_names_the_longest_sentence_and_the_long_words(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Idea\n\n{HARD}")
    (finding,) = by_code(lint(write(tmp_path, "deck.md", text)), "TL208")
    assert finding.fix.startswith("Rewrite the slide text of slide 2 'Idea': split its longest sentence (25 words)")
    words = finding.fix.split("such as ")[1].split(" with everyday ones")[0]
    assert words == "'methodological', 'generalisation', 'computationally'"


def test_names_and_affiliations_on_the_title_slide_are_not_graded(tmp_path: Path) -> None:
    names = (
        "Xudong Liu, Ph.D. Candidate. Advisor: Dr. Miroslaw Truszczynski, Department of Computer Science, College of "
        "Engineering, University of Kentucky, Lexington, Kentucky, United States of America, Saturday, January 23rd"
    )
    text = marp(f"# Preference Trees over Combinatorial Domains\n\n{names}", f"# Idea\n\n{EASY}")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL208")
    text = marp(f"# Preference Trees over Combinatorial Domains\n\n{names}", f"# Idea\n\n{HARD}")
    assert [f.slide for f in by_code(lint(write(tmp_path, "deck.md", text)), "TL208")] == [2]


def test_a_list_in_the_notes_is_read_item_by_item(tmp_path: Path) -> None:
    items = [sentence.rstrip(".") for sentence in EASY.split(". ")] * 2
    notes = "\n".join(f"- {item}" for item in items)  # a list without full stops: eight sentences, not one
    text = marp("# Talk", f"# Easy\n\nRobots ask.\n\n<!--\n{notes}\n-->")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL208")


def test_short_prose_is_not_graded(tmp_path: Path) -> None:
    text = marp("# Talk", "# Idea\n\nHeteroscedastic multimodal characterisation necessitates approximations.")
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL208")


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "A", "notes": HARD}])
    assert [f.slide for f in by_code(lint(path), "TL208")] == [2]


COMPOUNDS = (
    "Background-subtracted, acceptance-corrected, efficiency-weighted yields give the angular distribution "
    "everywhere. We fit cross-checked, resolution-smeared, trigger-unbiased events with a data-driven, "
    "time-dependent, mass-constrained model. The side-band and signal-window counts agree within "
    "statistical-only uncertainties."
)


def test_a_hyphenated_compound_reads_as_its_words(tmp_path: Path) -> None:
    assert textstat.flesch_kincaid_grade(COMPOUNDS) > 14  # the plain formula reads each compound as one long word
    assert not by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Fit\n\n{COMPOUNDS}"))), "TL208")
    hard = COMPOUNDS.replace("uncertainties.", f"uncertainties. {HARD}")
    (finding,) = by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Fit\n\n<!-- {hard} -->"))), "TL208")
    assert "'methodological'" in finding.fix
    assert "'background-subtracted'" not in finding.fix and "'subtracted'" not in finding.fix


def test_a_list_of_short_items_is_not_graded_as_prose(tmp_path: Path) -> None:
    items = [
        "Citation network analysis methods",
        "Bibliographic metadata normalization pipelines",
        "Institutional affiliation disambiguation heuristics",
        "Mathematical notation extraction approaches",
        "Multilingual publication identification strategies",
        "Computational reproducibility evaluation frameworks",
        "Scholarly infrastructure interoperability requirements",
        "Representative characterization methodologies",
    ]
    listed = "\n".join(f"- {item}" for item in items)
    assert len(listed.split()) > 30
    assert textstat.flesch_kincaid_grade(". ".join(items) + ".") > 14
    deck = marp("# Talk", f"# Research gaps\n\n{listed}\n\n<!-- {'. '.join(items)}. -->")
    assert not by_code(lint(write(tmp_path, "deck.md", deck)), "TL208")
    assert by_code(lint(write(tmp_path, "deck.md", marp("# Talk", f"# Research gaps\n\n{HARD}"))), "TL208")
