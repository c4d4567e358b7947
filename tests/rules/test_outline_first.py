"""TL110 outline-first: an outline slide comes before the motivation."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write
from tests.rules.decks import STRONG_UNITS, marp
from tests.rules.narrative import lint_units


def test_motivation_deck_with_title_slide(tmp_path: Path) -> None:
    deck = marp("# Talk", "# Outline\n\n- a\n- b", "# Why it matters\n\nRobots fail.", "# Method", "# Takeaways")
    result = lint(write(tmp_path, "deck.md", deck))
    assert not by_code(result, "TL104")
    [finding] = by_code(result, "TL110")
    assert finding.slide == 2


def test_a_talk_with_no_outline_before_its_problem_passes(tmp_path: Path) -> None:
    assert not by_code(lint_units(tmp_path, STRONG_UNITS), "TL110")


def test_a_talk_that_never_states_its_problem_gets_missing_motivation_instead(tmp_path: Path) -> None:
    # "Move the outline after the slide that states the problem" would point at no slide.
    deck = marp("# Talk", "# Outline\n\n- a\n- b", "# Related work", "# Method", "# Takeaways")
    result = lint(write(tmp_path, "deck.md", deck))
    assert by_code(result, "TL104")
    assert not by_code(result, "TL110")


SECTION_OUTLINES = r"""\documentclass{beamer}
\title{Which Reefs Will Survive the Heat?}
\AtBeginSection[]{\begin{frame}{Outline}\tableofcontents[currentsection]\end{frame}}
\begin{document}
\frame{\titlepage}
\section{Why reefs}
\begin{frame}{Half of the world's coral has died since 1950}
500 million people depend on reefs, and heatwaves bleached 84\% of them in two years.
\end{frame}
\section{Heat tolerance}
\begin{frame}{Symbionts set the heat limit}
Colonies with heat-tolerant algae bleached at 2.1 degrees higher.
\end{frame}
\section{Next}
\begin{frame}{Takeaways}
Symbionts set the limit; a few reefs can seed many.
\end{frame}
\end{document}
"""


def test_an_outline_shown_at_each_section_is_fixed_before_the_first_section(tmp_path: Path) -> None:
    """The first of the outlines Beamer shows at each section cannot move alone: the fix says what can."""
    [finding] = by_code(lint(write(tmp_path, "talk.tex", SECTION_OUTLINES)), "TL110")
    assert finding.slide == 2
    assert finding.fix == (
        "Slide 2 'Outline' is the first of the 3 outlines shown at each section: state the problem before the "
        "first section begins, or show the outline from the second section on"
    )
