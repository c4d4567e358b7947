from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write
from tests.rules.decks import marp, words


def test_warning_over_40_error_over_80(tmp_path: Path) -> None:
    text = marp("# Talk", f"# Dense\n\n{words(45)}", f"# Denser\n\n{words(90)}", f"# Fine\n\n{words(30)}")
    findings = by_code(lint(write(tmp_path, "deck.md", text)), "TL201")
    assert [(f.slide, f.severity.value) for f in findings] == [(2, "warning"), (3, "error")]
    assert findings[0].message == "slide 2 shows 46 words (limit 40)"
    assert "Slide 2 'Dense' shows 46 words (limit 40): keep one claim in the title" in findings[0].fix


def test_notes_code_and_backup_do_not_count(tmp_path: Path) -> None:
    code = "```\n" + "\n".join(["x = 1"] * 30) + "\n```"
    text = marp(
        "# Talk",
        f"# Short\n\nOne claim.\n\n<!-- {words(200)} -->",
        f"# Code\n\n{code}",
        "# Backup",
        f"# Derivation\n\n{words(120)}",
    )
    path = write(tmp_path, "deck.md", text)
    assert not by_code(lint(path), "TL201")
    assert [f.slide for f in by_code(lint(path, lint_backup=True), "TL201")] == [5]


def test_options_and_outlines(tmp_path: Path) -> None:
    path = write(tmp_path, "deck.md", marp("# Talk", f"# Dense\n\n{words(45)}"))
    assert not by_code(lint(path, rules={"text-wall": {"max-words": 50}}), "TL201")
    outline = write(tmp_path, "talk.md", f"# Talk\n\n## Plan\n\n{words(100)}\n")
    assert not by_code(lint(outline), "TL201")


def test_pptx(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Wall", "bullets": [words(50)]}]
    )
    [finding] = by_code(lint(path), "TL201")
    assert finding.slide == 2
