from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp


def test_run_of_text_slides(tmp_path: Path) -> None:
    slides = ["# Talk\n\n![logo](logo.png)", *(f"# Text {n}\n\nwords" for n in range(5)), "# Chart\n\n![c](c.png)"]
    [finding] = by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    assert finding.message == "slides 2-6 are 5 text-only slides in a row (limit 3)"
    assert finding.severity.value == "info"
    assert "for example on slide 4 'Text 2'" in finding.fix


def test_pictures_break_runs_and_outlines_are_skipped(tmp_path: Path) -> None:
    slides = [f"# Text {n}\n\nwords" + ("\n\n![c](c.png)" if n % 3 == 2 else "") for n in range(9)]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
    outline = "# Talk\n\n" + "\n\n".join(f"## Unit {n}\n\nwords" for n in range(6))
    assert not by_code(lint(write(tmp_path, "talk.md", outline)), "TL211")


def test_pptx(tmp_path: Path) -> None:
    slides = [{"title": f"Text {n}", "bullets": ["x"]} for n in range(5)]
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "picture": True}, *slides])
    assert [f.slide for f in by_code(lint(path), "TL211")] == [2]


def test_the_title_thanks_and_closing_slides_are_not_part_of_a_run(tmp_path: Path) -> None:
    slides = [
        "# Robots That Ask for Help\n\nAda Lovelace, Analytical Engine Lab",
        *(f"# Text {n}\n\nwords" for n in range(3)),
        "# Chart\n\n![c](c.png)",
        *(f"# More {n}\n\nwords" for n in range(3)),
        "# Acknowledgements\n\nMy advisor, my committee. Funded by the NSF.",
        "# Thank you!\n\nada@example.org",
    ]
    assert not by_code(lint(write(tmp_path, "deck.md", marp(*slides))), "TL211")
