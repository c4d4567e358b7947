"""Suppression directives in Markdown comments and PowerPoint notes."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import build_pptx, codes, lint, write


def deck(*slides: str) -> str:
    return "---\nmarp: true\n---\n\n" + "\n\n---\n\n".join(slides) + "\n"


UNTITLED = "- a slide without a title"


def untitled_slides(path: Path) -> list[int | None]:
    return [f.slide for f in lint(path).findings if f.code == "TL301"]


def test_disable_until_enable(tmp_path: Path) -> None:
    text = deck(
        "# Talk",
        f"<!-- talklint: disable=missing-title -->\n{UNTITLED}",
        UNTITLED,
        f"<!-- talklint: enable=missing-title -->\n{UNTITLED}",
        UNTITLED,
    )
    assert untitled_slides(write(tmp_path, "deck.md", text)) == [4, 5]


def test_disable_next_slide_and_by_code(tmp_path: Path) -> None:
    text = deck("# Talk", f"{UNTITLED}\n<!-- talklint: disable-next-slide=TL301 -->", UNTITLED, UNTITLED)
    assert untitled_slides(write(tmp_path, "deck.md", text)) == [2, 4]


def test_disable_file_covers_talk_level_findings(tmp_path: Path) -> None:
    many = [f"# S{n}\n\ntext" for n in range(8)]
    text = "---\nmarp: true\ntalklint: {duration: 5}\n---\n\n" + "\n\n---\n\n".join(many)
    path = write(tmp_path, "deck.md", text)
    assert "TL401" in codes(lint(path))
    suppressed = write(tmp_path, "quiet.md", text + "\n\n<!-- talklint: disable-file=slide-budget -->\n")
    assert "TL401" not in codes(lint(suppressed))


def test_disable_without_rules_means_all(tmp_path: Path) -> None:
    text = deck("# Talk\n\n<!-- talklint: disable -->", f"{UNTITLED}\n\nTODO")
    assert codes(lint(write(tmp_path, "deck.md", text))) == []


def test_outline_directive_before_first_unit(tmp_path: Path) -> None:
    text = "<!-- talklint: disable-file=TL307 -->\n# Talk\n\n## Results\n\nTBD\n"
    assert "TL307" not in codes(lint(write(tmp_path, "talk.md", text)))


def test_pptx_notes_suppress_that_slide_only(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Talk", "layout": 0},
            {"title": "TBD", "notes": "talklint: disable=leftover-placeholder"},
            {"title": "TBD too"},
        ],
    )
    assert [f.slide for f in lint(path).findings if f.code == "TL307"] == [3]


def test_quarto_disable_file_right_after_the_front_matter(tmp_path: Path) -> None:
    from tests.helpers import by_code, lint, write

    text = '---\ntitle: "Robots"\nformat: revealjs\n---\n\n<!-- talklint: disable-file=TL307 -->\n\n## Why\n\nTODO\n'
    assert not by_code(lint(write(tmp_path, "talk.qmd", text)), "TL307")
    assert by_code(lint(write(tmp_path, "other.qmd", text.replace("disable-file", "disable-nothing"))), "TL307")
