from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, lint, write
from tests.rules.decks import marp

TECHNICAL = "# Derivation {n}\n\n$$a_{n} = b$$\n\n$$c_{n} = d$$\n\n$$e_{n} = f$$"
PLAIN = "# Story {n}\n\nRobots ask for help."


def deck(technical: int, plain: int) -> str:
    slides = ["# Talk", *(PLAIN.format(n=n) for n in range(plain)), *(TECHNICAL.format(n=n) for n in range(technical))]
    return marp(*slides)


def test_names_the_longest_run(tmp_path: Path) -> None:
    [finding] = by_code(lint(write(tmp_path, "deck.md", deck(technical=6, plain=3))), "TL209")
    # The share is the mean of each content slide's technical probability: about 6 of the 9 (title aside).
    assert finding.message.startswith("about 6")
    assert finding.message.endswith(
        "of the 9 content slides are technical (budget 40%); the longest run is slides 5-10"
    )
    assert "Bring the technical slides down to 3 of 9: start with slides 5-10" in finding.fix


def test_within_budget_and_profile_budgets(tmp_path: Path) -> None:
    assert not by_code(lint(write(tmp_path, "a.md", deck(technical=3, plain=7))), "TL209")
    path = write(tmp_path, "b.md", deck(technical=6, plain=4))
    assert by_code(lint(path), "TL209")
    assert not by_code(lint(path, profile="ml-engineer"), "TL209")
    assert not by_code(lint(path, profile="conference"), "TL209")
    assert by_code(lint(path, profile="research-scientist"), "TL209")
