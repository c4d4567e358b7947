"""PowerPoint decks built in the tests with python-pptx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from talklint.model import Bullet, DirectiveAction, Image, Paragraph, Table
from talklint.parsers import parse_talk
from tests.helpers import build_pptx


def test_titles_bullets_tables_notes_hidden(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Robots that ask for help", "layout": 0},
            {"title": "Problem", "bullets": ["Robots fail silently", ("in homes", 1)], "notes": "Say it slowly."},
            {"title": "Numbers", "table": [["model", "error"], ["ours", "3%"]]},
            {"title": "Old", "bullets": ["hidden slide"], "hidden": True},
        ],
    )
    talk = parse_talk(path)
    assert talk.format == "pptx" and talk.is_deck
    assert [s.title for s in talk.slides] == ["Robots that ask for help", "Problem", "Numbers", "Old"]
    problem = talk.slides[1]
    assert [(b.text, b.level) for b in problem.blocks if isinstance(b, Bullet)] == [
        ("Robots fail silently", 1),
        ("in homes", 2),
    ]
    assert problem.notes == "Say it slowly."
    table = next(b for b in talk.slides[2].blocks if isinstance(b, Table))
    assert table.rows == (("model", "error"), ("ours", "3%"))
    assert [s.hidden for s in talk.slides] == [False, False, False, True]
    assert talk.slides[1].location.line is None


def test_groups_are_read_recursively_in_reading_order(tmp_path: Path) -> None:
    path = build_pptx(
        tmp_path / "deck.pptx",
        [{"title": "Grouped", "group": ["inside a nested group"], "textboxes": [("top box", 1.5), ("lower box", 4)]}],
    )
    slide = parse_talk(path).slides[0]
    texts = [b.text for b in slide.blocks if isinstance(b, Paragraph)]
    assert texts == ["top box", "lower box", "inside a nested group"]


def test_pictures_alt_text_and_undecodable_formats(tmp_path: Path) -> None:
    def make_wmf(prs: Any) -> None:
        from pptx.opc.packuri import PackURI

        picture = prs.slides[1].shapes[-1]
        image_part = picture.part.related_part(picture._element.blipFill.blip.rEmbed)
        image_part.partname = PackURI("/ppt/media/image-legacy.wmf")
        image_part._content_type = "image/x-wmf"
        # A placeable-WMF header: PIL recognises it but cannot draw it.
        image_part._blob = b"\xd7\xcd\xc6\x9a" + bytes(18) + b"\x01\x00\x09\x00" + bytes(64)

    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Chart", "picture": True, "alt": "Latency falls by half"},
            {"title": "Legacy picture", "picture": True},
        ],
        customise=make_wmf,
    )
    talk = parse_talk(path)
    first, second = (s.images[0] for s in talk.slides)
    assert isinstance(first, Image) and first.alt == "Latency falls by half" and first.decodable
    assert not second.decodable


def test_sections_and_notes_directives(tmp_path: Path) -> None:
    def add_sections(prs: Any) -> None:
        ids = [s.slide_id for s in prs.slides]
        p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
        ext_list = etree.SubElement(
            prs.part._element, "{http://schemas.openxmlformats.org/presentationml/2006/main}extLst"
        )
        ext = etree.SubElement(ext_list, "{http://schemas.openxmlformats.org/presentationml/2006/main}ext")
        ext.set("uri", "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
        section_list = etree.SubElement(ext, f"{{{p14}}}sectionLst")
        for name, members in (("Main talk", ids[:2]), ("Backup", ids[2:])):
            section = etree.SubElement(section_list, f"{{{p14}}}section", name=name)
            id_list = etree.SubElement(section, f"{{{p14}}}sldIdLst")
            for slide_id in members:
                etree.SubElement(id_list, f"{{{p14}}}sldId", id=str(slide_id))

    path = build_pptx(
        tmp_path / "deck.pptx",
        [
            {"title": "Intro", "bullets": ["x"], "notes": "talklint: disable=missing-title,TL306\nReal note"},
            {"title": "Results", "bullets": ["y"]},
            {"title": "Proof", "bullets": ["z"]},
        ],
        customise=add_sections,
    )
    talk = parse_talk(path)
    assert [s.section for s in talk.slides] == ["Main talk", "Main talk", "Backup"]
    assert [s.backup for s in talk.slides] == [False, False, True]
    assert talk.slides[0].notes == "Real note"
    [directive] = talk.directives
    assert directive.action is DirectiveAction.DISABLE_SLIDE
    assert directive.rules == ("missing-title", "TL306") and directive.slide == 1


def test_title_in_a_text_box_near_the_top(tmp_path: Path) -> None:
    path = build_pptx(tmp_path / "deck.pptx", [{"textboxes": [("A title in a text box", 0.3), ("body text", 3)]}])
    assert parse_talk(path).slides[0].title == "A title in a text box"
