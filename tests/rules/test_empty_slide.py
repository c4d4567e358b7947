from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, by_code, lint, write


def test_flags_an_empty_slide_once(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n---\n\n<!-- only a note -->\n\n---\n\n# End\n"
    result = lint(write(tmp_path, "deck.md", text))
    [finding] = by_code(result, "TL306")
    assert finding.slide == 2
    assert "Delete slide 2" in finding.fix
    assert not by_code(result, "TL301")  # the empty slide is not also untitled


def test_picture_or_code_is_not_empty(tmp_path: Path) -> None:
    text = "---\nmarp: true\n---\n\n# Talk\n\n---\n\n![](x.png)\n\n---\n\n```\ncode\n```\n"
    assert not by_code(lint(write(tmp_path, "deck.md", text)), "TL306")


def test_pptx_blank_slide_and_hidden_blank_slide(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {}, {"hidden": True}])
    assert [f.slide for f in by_code(lint(path), "TL306")] == [2]
