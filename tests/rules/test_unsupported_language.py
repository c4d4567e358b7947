from __future__ import annotations

from pathlib import Path

from tests.helpers import by_code, codes, lint, write
from tests.rules.decks import marp

FRENCH = "Les modules presque rigides sont une classe de modules sur une algèbre avec des propriétés et des exemples"


def test_one_info_finding_and_no_language_findings(tmp_path: Path) -> None:
    slides = ["# Exposé"] + [f"# Résultats {n}\n\n{FRENCH} dans le cas {n} du CNOP." for n in range(6)]
    result = lint(write(tmp_path, "deck.md", marp(*slides)))
    [finding] = by_code(result, "TL002")
    assert finding.severity.value == "info"
    assert "mostly not English" in finding.message
    assert not {"TL204", "TL205", "TL208", "TL303"} & set(codes(result))


def test_english_talk_passes(tmp_path: Path) -> None:
    slides = ["# Talk"] + [
        f"# Robots fail {n}\n\nThey do not know when they are about to fail, and they ask." for n in range(6)
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL002")
