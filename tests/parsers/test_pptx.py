"""PowerPoint decks built in the tests with python-pptx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from talklint.model import Bullet, CodeBlock, DirectiveAction, Image, Paragraph, Table
from talklint.parsers import parse_talk
from tests.helpers import build_pptx, by_code, codes, lint, png_bytes, texts


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


def test_pictures_with_alt_text_and_in_legacy_formats_are_counted(tmp_path: Path) -> None:
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
    assert isinstance(first, Image) and first.alt == "Latency falls by half"
    assert isinstance(second, Image) and second.source == "image-legacy.wmf"


def test_a_video_is_something_to_look_at(tmp_path: Path) -> None:
    def add_videos(prs: Any) -> None:
        from pptx.util import Inches

        video = tmp_path / "demo.mp4"
        video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(64))
        for slide in prs.slides:
            slide.shapes.add_movie(str(video), Inches(1), Inches(2), Inches(6), Inches(4), mime_type="video/mp4")

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "Demo"}, {"title": ""}], customise=add_videos)
    talk = parse_talk(path)
    assert [[image.source for image in slide.images] for slide in talk.slides] == [["media"], ["media"]]
    assert not by_code(lint(path), "TL306")  # a slide that plays a video is not empty


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


# --- reading as the audience sees it ---------------------------------------

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _text_box(slide: Any, text: str, top: float, points: float | None = None, left: float = 1, width: float = 6) -> Any:
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(0.8))
    box.text_frame.text = text
    if points is not None:
        for run in box.text_frame.paragraphs[0].runs:
            run.font.size = Pt(points)
    return box


def test_a_list_typed_into_a_text_box_is_a_list(tmp_path: Path) -> None:
    lines = [
        "• 45 million adults have no credit score",
        "– Denied applicants pay more for loans",
        "1. Learn proxies from census data",
        "2) Reweight the training loans",
        "-5% on the cost of a loan",  # a number, not an item
        "1.  SELECT SUM(price * (1 - discount)) FROM lineitem",  # a listing's line number
    ]

    def customise(prs: Any) -> None:
        box = _text_box(prs.slides[1], lines[0], top=2)
        for line in lines[1:]:
            box.text_frame.add_paragraph().text = line

    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {"title": "Lenders", "layout": 5}], customise
    )
    blocks = parse_talk(path).slides[1].blocks
    assert [(type(b).__name__, b.text, getattr(b, "ordered", None)) for b in blocks] == [
        ("Bullet", "45 million adults have no credit score", False),
        ("Bullet", "Denied applicants pay more for loans", False),
        ("Bullet", "Learn proxies from census data", True),
        ("Bullet", "Reweight the training loans", True),
        ("Paragraph", "-5% on the cost of a loan", None),
        ("Paragraph", "1. SELECT SUM(price * (1 - discount)) FROM lineitem", None),
    ]


def test_soft_line_breaks_do_not_glue_words(tmp_path: Path) -> None:
    def customise(prs: Any) -> None:
        paragraph = prs.slides[1].placeholders[1].text_frame.paragraphs[0]
        paragraph.text = "How to present"
        paragraph.add_line_break()
        paragraph.add_run().text = "as a surface"

    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {"title": "Surfaces", "bullets": ["x"]}], customise
    )
    assert "How to present as a surface" in parse_talk(path).slides[1].body_text


def test_equation_objects_are_read_as_inline_math(tmp_path: Path) -> None:
    math = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    def customise(prs: Any) -> None:
        paragraph = prs.slides[1].placeholders[1].text_frame.paragraphs[0]
        paragraph.text = "The loss is"
        equation = etree.SubElement(paragraph._p, f"{{{math}}}oMath")
        for piece in ("L", "=", "x²"):
            etree.SubElement(etree.SubElement(equation, f"{{{math}}}r"), f"{{{math}}}t").text = piece

    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {"title": "Loss", "bullets": ["x"]}], customise
    )
    [bullet] = [b for b in parse_talk(path).slides[1].blocks if isinstance(b, Bullet)]
    assert bullet.text == "The loss is L=x²" and bullet.inline_math == ("L=x²",)


def test_a_text_box_powerpoint_wraps_for_its_equation_is_read_and_its_fallback_picture_is_not(tmp_path: Path) -> None:
    """PowerPoint puts a shape holding an equation in mc:AlternateContent: the shape under mc:Choice,
    a picture of it under mc:Fallback. python-pptx lists neither; the shape's text is the slide's."""
    from pptx.util import Inches

    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    math = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    def customise(prs: Any) -> None:
        slide = prs.slides[1]
        box = _text_box(slide, "Each state is a vector of dimension", 2.0, 20)
        equation = etree.SubElement(box.text_frame.paragraphs[0]._p, f"{{{math}}}oMath")
        etree.SubElement(etree.SubElement(equation, f"{{{math}}}r"), f"{{{math}}}t").text = "D\u00a0+\u00a01"
        fallback_picture = slide.shapes.add_picture(png_bytes(1), Inches(5), Inches(5), Inches(1))
        tree = slide.shapes._spTree
        alternate = etree.SubElement(tree, f"{{{mc}}}AlternateContent")
        etree.SubElement(alternate, f"{{{mc}}}Choice", Requires="a14").append(box._element)
        etree.SubElement(alternate, f"{{{mc}}}Fallback").append(fallback_picture._element)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {"title": "States"}], customise)
    slide = parse_talk(path).slides[1]
    [paragraph] = [b for b in slide.blocks if isinstance(b, Paragraph)]
    assert paragraph.text == "Each state is a vector of dimension D + 1"
    assert paragraph.inline_math == ("D + 1",) and paragraph.inline_math[0] in paragraph.text
    assert not slide.images


def test_untitled_slide_takes_its_prominent_text_as_title_not_a_diagram_label(tmp_path: Path) -> None:
    def customise(prs: Any) -> None:
        slide = prs.slides[1]
        _text_box(slide, "x + 2", 0.2, 14, left=7, width=1)  # a label at the top of a diagram
        _text_box(slide, "Surface T", 0.3, 14, left=8, width=1)
        _text_box(slide, "Introduction", 2.0, 48)
        _text_box(slide, "Motivation comes first", 3.5, 20)
        blank = prs.slides[2]
        _text_box(blank, "x + 2", 0.2, 14, left=7, width=1)
        _text_box(blank, "Surface T", 0.4, 14, left=8, width=1)
        _text_box(blank, "The surface grows with each step of the flow, as the figure below shows", 4.0)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}], customise)
    talk = parse_talk(path)
    assert [s.title for s in talk.slides[1:]] == ["Introduction", ""]


def test_a_claim_set_larger_than_the_rest_is_the_title_however_long_a_sentence(tmp_path: Path) -> None:
    claim = "In 2022, 20 million people in the Horn of Africa faced hunger after failed rains"
    quote = " ".join(["a long quotation set large across the slide"] * 4)  # 32 words: no title

    def customise(prs: Any) -> None:
        _text_box(prs.slides[1], claim, 0.3, 36, width=9)
        _text_box(prs.slides[1], "Aid arrived months after harvests failed", 2.0, 20)
        _text_box(prs.slides[2], quote, 0.3, 36, width=9)
        _text_box(prs.slides[2], "Aid arrived months after harvests failed", 2.5, 20)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}], customise)
    assert [s.title for s in parse_talk(path).slides[1:]] == [claim, ""]


def test_a_figure_set_large_over_its_caption_reads_as_one_title(tmp_path: Path) -> None:
    # A "big number" slide: the figure is the headline, its caption says what it counts.
    def customise(prs: Any) -> None:
        _text_box(prs.slides[1], "73%", 1.5, 120)
        _text_box(prs.slides[1], "of declined payments at peak were timeouts, not fraud", 4.0, 28, width=9)
        _text_box(prs.slides[2], "2024", 1.5, 120)  # a year over two paragraphs: no caption to read it by
        _text_box(prs.slides[2], "The year the pilot began in three clinics", 4.0, 28, width=9)
        _text_box(prs.slides[2], "Each clinic trained two nurses", 5.0, 20, width=9)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}], customise)
    assert [s.title for s in parse_talk(path).slides[1:]] == [
        "73% of declined payments at peak were timeouts, not fraud",
        "",
    ]


def test_a_kicker_over_a_title_read_from_its_size_reads_first(tmp_path: Path) -> None:
    def customise(prs: Any) -> None:
        _text_box(prs.slides[1], "PAPER 3 · MECHANISM", 0.2, 9, left=0.5, width=2)
        _text_box(prs.slides[1], "The effect operates through marriage and religion", 1.05, 21, left=0.5, width=9)
        _text_box(prs.slides[1], "Odds ratio 0.556 in the full model", 3.5, 12, left=0.7, width=8)
        _text_box(prs.slides[2], "CONTRIBUTIONS", 0.2, 9, left=0.5, width=2)  # the title says it again
        _text_box(prs.slides[2], "Contributions and conclusion", 1.05, 21, left=0.5, width=9)
        _text_box(prs.slides[2], "Two forces shape who has children", 3.5, 12, left=0.7, width=8)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}], customise)
    assert [s.title for s in parse_talk(path).slides[1:]] == [
        "PAPER 3 · MECHANISM: The effect operates through marriage and religion",
        "Contributions and conclusion",
    ]


def test_a_hidden_backup_slide_before_the_closing_slide_opens_no_backup_section(tmp_path: Path) -> None:
    slides = [
        {"title": "T", "layout": 0},
        {"title": "Forecasts predict 74% of failed harvests", "bullets": ["x"]},
        {"title": "Backup: model features", "bullets": ["x"], "hidden": True},
        {"title": "Early payouts kept livestock alive", "bullets": ["x"]},
        {"title": "Thank you", "bullets": ["x"]},
        {"title": "Backup", "bullets": ["x"], "hidden": True},
        {"title": "Hyperparameters", "bullets": ["x"]},
    ]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", slides))
    assert [s.backup for s in talk.slides] == [False, False, False, False, False, True, True]


def test_a_running_header_is_not_the_title_of_every_slide(tmp_path: Path) -> None:
    def customise(prs: Any) -> None:
        for slide, headline in zip(list(prs.slides)[1:], ("Motivation", "Contribution", "Related work"), strict=True):
            _text_box(slide, "Introduction", 0.2, 40, width=3)
            _text_box(slide, headline, 1.5, 24)
            _text_box(slide, "Some text of the slide in the default size, long enough to be a sentence.", 3)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}, {}], customise)
    assert [s.title for s in parse_talk(path).slides[1:]] == ["Motivation", "Contribution", "Related work"]


def test_the_title_is_the_box_where_the_decks_titles_stand_though_a_column_starts_higher(tmp_path: Path) -> None:
    titles = ("Visual style transfer", "Pruning by channel correlation", "Iterative layer pruning", "Regularization")

    def customise(prs: Any) -> None:
        for slide, title in zip(list(prs.slides)[1:], titles, strict=True):
            _text_box(slide, title, 1.0, width=4)
            # The last slide's right column starts a hair above its title, as laid out by hand.
            top = 0.95 if title == titles[-1] else 2.5
            _text_box(slide, "We have a convolutional layer l with output feature map", top, left=5.5, width=4)

    path = build_pptx(tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {}, {}, {}, {}], customise)
    slides = parse_talk(path).slides[1:]
    assert [s.title for s in slides] == list(titles)
    assert "We have a convolutional layer l with output feature map" in texts(slides[-1])


def test_a_deck_of_pictures_of_text_is_said_unread_not_judged(tmp_path: Path) -> None:
    pictures = build_pptx(tmp_path / "pictures.pptx", [{"picture": True} for _ in range(8)])
    result = lint(pictures)
    assert codes(result) == ["TL004"]  # no "missing vision" for a talk whose words cannot be read
    assert by_code(result, "TL004")[0].message.startswith("8 of 8 slides show no words talklint can read")
    # A picture-rich talk that titles or narrates most of its slides is read and judged.
    narrated = [{"picture": True, "notes": "Here our robot folds a shirt."} for _ in range(6)] + [{"picture": True}] * 2
    judged = lint(build_pptx(tmp_path / "narrated.pptx", narrated))
    assert "TL004" not in codes(judged) and "TL101" in codes(judged)


def test_a_headline_above_the_title_placeholder_reads_first(tmp_path: Path) -> None:
    def customise(prs: Any) -> None:
        from pptx.util import Inches

        slide = prs.slides[1]
        slide.shapes.title.top = Inches(2)
        _text_box(slide, "Results", 0.3, 32, width=8)

    path = build_pptx(
        tmp_path / "deck.pptx", [{"title": "T", "layout": 0}, {"title": "Timecourse", "bullets": ["x"]}], customise
    )
    assert parse_talk(path).slides[1].title == "Results: Timecourse"


def test_duplicated_slides_that_add_to_each_other_are_builds(tmp_path: Path) -> None:
    steps = [["First"], ["First", "Second"], ["First", "Second", "Third"]]
    specs: list[dict[str, object]] = [{"title": "T", "layout": 0}]
    specs += [{"title": "Three reasons", "bullets": bullets} for bullets in steps]
    specs += [{"title": "Three reasons", "bullets": ["Another slide under the same title"]}]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", specs))
    assert [s.build for s in talk.slides] == [False, False, True, True, False]
    assert [s.number for s in talk.distinct_slides] == [1, 4, 5]


def test_a_slide_shown_again_unchanged_is_a_build_and_a_new_plot_is_not(tmp_path: Path) -> None:
    # An arrow or a highlight that moves leaves the same words and pictures: one slide to the audience.
    plot = {"title": "Error halves", "bullets": ["On all five datasets"]}
    specs: list[dict[str, object]] = [{"title": "T", "layout": 0}, {**plot, "picture": 7}, {**plot, "picture": 7}]
    specs.append({**plot, "picture": 8})  # the same title and caption over another plot
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", specs))
    assert [s.build for s in talk.slides] == [False, False, True, False]


def test_a_diagram_drawn_with_shapes_is_a_picture(tmp_path: Path) -> None:
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Inches

    def draw(prs: Any) -> None:
        shapes = prs.slides[1].shapes
        for n in range(3):
            shapes.add_shape(MSO_SHAPE.OVAL, Inches(1 + 2 * n), Inches(3), Inches(1), Inches(1))
        shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(2), Inches(3.5), Inches(3), Inches(3.5))
        box = shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(1), Inches(5), Inches(6), Inches(1))
        box.text_frame.text = "A rectangle that holds a whole sentence of text is a text box"

    slides = [{"title": "Talk", "layout": 0}, {"title": "How it works"}, {"title": "Words", "bullets": ["x"]}]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", slides, draw))
    assert [i.source for i in talk.slides[1].images] == ["drawing"]
    assert not talk.slides[2].images


def test_the_words_of_a_smartart_diagram_are_read_at_their_depth(tmp_path: Path) -> None:
    statement = "The problem addressed in this study is that care homes cannot use autonomous assistants"
    slides = [
        {"title": "Talk", "layout": 0},
        {"title": "Problem & purpose", "smartart": [statement, ("Cost", 2), ("Quality of care", 2), "Purpose"]},
    ]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", slides))
    slide = talk.slides[1]
    assert [i.source for i in slide.images] == ["diagram"]
    assert [(b.text, b.level) for b in slide.blocks if isinstance(b, Bullet)] == [
        (statement, 1),
        ("Cost", 2),
        ("Quality of care", 2),
        ("Purpose", 1),
    ]


def test_a_smartart_diagram_whose_words_are_lost_is_still_a_picture(tmp_path: Path) -> None:
    def lose_the_words(prs: Any) -> None:
        for relation in etree.ElementTree(prs.slides[1]._element).iter("{*}relIds"):
            relation.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm", "rId999")

    slides = [{"title": "Talk", "layout": 0}, {"title": "Process", "smartart": ["Collect", "Label", "Train"]}]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", slides, lose_the_words))
    assert [i.source for i in talk.slides[1].images] == ["diagram"]
    assert not [b for b in talk.slides[1].blocks if isinstance(b, Bullet)]


def _add_listings(prs) -> None:  # type: ignore[no-untyped-def]
    """Slide 2: a text box of code in Consolas after a line of prose with one word in Consolas; slide 3: a text
    box whose list style sets Courier New by default."""
    from pptx.oxml.ns import qn
    from pptx.util import Inches

    box = prs.slides[1].shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(4)).text_frame
    box.paragraphs[0].text = "We call "
    word = box.paragraphs[0].add_run()
    word.text, word.font.name = "check()", "Consolas"
    box.paragraphs[0].add_run().text = " on every cart before it ships"
    for n in range(12):
        run = box.add_paragraph().add_run()
        run.text, run.font.name = f"    result_{n} = detector.check(cart_{n}, threads=4)", "Consolas"
    other = prs.slides[2].shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(2))
    style = other.text_frame._txBody.find(qn("a:lstStyle"))
    style.append(style.makeelement(qn("a:lvl1pPr"), {}))
    default = style[0].makeelement(qn("a:defRPr"), {})
    default.append(default.makeelement(qn("a:latin"), {"typeface": "Courier New"}))
    style[0].append(default)
    other.text_frame.text = "git bisect start"
    other.text_frame.add_paragraph().text = "git bisect bad HEAD"


def test_text_set_in_a_typewriter_font_is_code(tmp_path: Path) -> None:
    specs = [{"title": "Races"}, {"title": "How we check a cart"}, {"title": "Finding the commit"}]
    path = build_pptx(tmp_path / "deck.pptx", specs, customise=_add_listings)
    talk = parse_talk(path)
    code = [b for b in talk.slides[1].blocks if isinstance(b, CodeBlock)]
    assert texts(talk.slides[1]) == ["We call check() on every cart before it ships"]
    assert len(code) == 1 and code[0].line_count == 12 and code[0].text.startswith("    result_0 = ")
    assert [b.text for b in talk.slides[2].blocks if isinstance(b, CodeBlock)] == [
        "git bisect start\ngit bisect bad HEAD"
    ]
    result = lint(path)
    assert "TL207" in codes(result) and "TL201" not in codes(result)


def test_a_slide_on_the_section_header_layout_opens_the_part_its_title_names(tmp_path: Path) -> None:
    from talklint.analysis import analyse

    specs = [
        {"title": "Trust, not information", "layout": 2},  # a title page on the section header layout
        {"title": "Measles came back", "bullets": ["Outbreaks start where few are vaccinated"]},
        {"title": "Field studies", "layout": 2},
        {"title": "Parents trust nurses", "bullets": ["Trust rose 30% when nurses spoke first"]},
        {"title": "Thank you"},
    ]
    talk = parse_talk(build_pptx(tmp_path / "deck.pptx", specs))
    assert [s.section for s in talk.slides] == ["", "", "Field studies", "Field studies", "Field studies"]
    assert analyse(talk).role(talk.slides[2]).role == "other"  # the readers' divider
