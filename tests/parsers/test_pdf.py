"""PDF talks written byte by byte in the tests (see tests/pdf_fixtures.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.model import Bullet, Image
from talklint.parsers import parse_talk
from tests.helpers import codes, lint, texts
from tests.pdf_fixtures import BEAMER_PAGE, Picture, make_pdf, slide


def test_titles_bodies_and_bullets_without_the_footer(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "talk.pdf",
        [
            slide("Robots That Ask for Help", "Ada Lovelace", page=1),
            slide("The problem", "• Robots fail silently", "• Nobody notices", page=2),
            slide("Our idea", "1. Detect doubt", "2. Ask a person", page=3),
            slide("Takeaways", "Ask early, fail less.", page=4),
        ],
    )
    talk = parse_talk(path)
    assert talk.format == "pdf" and talk.is_deck
    assert [s.title for s in talk.slides] == ["Robots That Ask for Help", "The problem", "Our idea", "Takeaways"]
    assert texts(talk.slides[1]) == ["Robots fail silently", "Nobody notices"]
    assert [(b.text, b.ordered) for b in talk.slides[2].blocks if isinstance(b, Bullet)] == [
        ("Detect doubt", True),
        ("Ask a person", True),
    ]
    assert all("Lovelace | Job talk" not in " ".join(texts(s)) for s in talk.slides)
    assert talk.title == "Robots That Ask for Help"


def test_a_title_of_letters_joined_by_an_ampersand_is_a_title(tmp_path: Path) -> None:
    # "Q&A" ends many exported decks; a figure's lone large letter ("A") is still no title.
    path = make_pdf(
        tmp_path / "talk.pdf",
        [
            slide("Robots That Ask for Help", "Ada Lovelace", page=1),
            slide("Takeaways", "Ask early, fail less.", "Uncertainty tells a robot when to ask.", page=2),
            slide("Q&A", page=3),
            slide("A", "Robots fail silently in homes", "and nobody notices until it is too late", page=4),
        ],
    )
    assert [s.title for s in parse_talk(path).slides] == ["Robots That Ask for Help", "Takeaways", "Q&A", ""]


def test_in_a_deck_whose_body_is_as_large_as_its_titles_a_title_stands_out_on_its_own_page(tmp_path: Path) -> None:
    # Most slides: a 20 pt title over 14 pt text. One sets its claim at 14 pt over 10 pt lines; a divider sets its
    # part's name alone, at 16 pt, low on the page. Each is its slide's title.
    def body(title: str) -> list[tuple[float, float, float, str]]:
        lines = ["Rain erodes the leading edge of every blade", "Repairs need a crane and a calm week at sea"]
        return [(20, 245, 20.0, title), *((28, 200 - 16 * i, 14.0, line) for i, line in enumerate(lines))]

    claim = [
        (20, 245, 14.0, "Coatings crack under repeated droplet impact"),
        (28, 200, 10.0, "Each droplet sends a stress wave through the coating"),
        (28, 184, 10.0, "Micro-cracks grow from voids at the interface"),
    ]
    divider = [(40, 100, 16.0, "Chapter 2: rain-erosion"), (40, 80, 16.0, "testing")]
    pages = [body("Blade erosion costs wind farms billions"), body("Prior coatings"), claim, divider, body("Results")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages))
    assert [s.title for s in talk.slides][2:4] == [
        "Coatings crack under repeated droplet impact",
        "Chapter 2: rain-erosion testing",
    ]


def test_a_title_that_overflows_onto_the_first_line_of_the_text_is_not_joined_to_it(tmp_path: Path) -> None:
    # A long title set large runs past its box: its last line lands on the baseline of the text's first line.
    page = [
        (20, 250, 24.0, "My research: transit that"),
        (20, 228, 24.0, "people can plan around"),
        (40, 227, 12.0, "Prediction: when will the bus arrive?"),
        (40, 212, 12.0, "Control: keep buses evenly spaced"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Transit", "Buses bunch", page=1), page]))
    assert talk.slides[1].title == "My research: transit that people can plan around"
    assert texts(talk.slides[1]) == ["Prediction: when will the bus arrive?", "Control: keep buses evenly spaced"]


def test_a_figure_set_large_over_its_caption_reads_as_one_title(tmp_path: Path) -> None:
    page = [(40, 160, 60.0, "73%"), (40, 110, 18.0, "of declined payments at peak were timeouts")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Payments", "Checkout fails at peak", page=1), page]))
    assert talk.slides[1].title == "73% of declined payments at peak were timeouts"


def test_a_centred_title_page_and_wrapped_lines(tmp_path: Path) -> None:
    title_page = [(60, 150, 18.0, "Robots That Ask"), (60, 128, 18.0, "for Help"), (60, 90, 10.0, "Ada Lovelace")]
    body = [
        (20, 245, 14.3, "Problem"),
        (28, 200, 10.0, "• Robots fail silently in the homes of"),
        (36, 188, 10.0, "people who rely on them"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [title_page, body]))
    assert talk.slides[0].title == "Robots That Ask for Help"
    assert texts(talk.slides[1]) == ["Robots fail silently in the homes of people who rely on them"]


def test_a_word_broken_at_a_hyphen_at_the_end_of_a_line_is_read_whole(tmp_path: Path) -> None:
    # PDFium reports the hyphen that ends a line as a control character; the audience sees a hyphen.
    page = [
        (20, 245, 14.3, "Phoenix adopted the index for its cooling-"),
        (20, 229, 14.3, "centre plan"),
        (28, 190, 10.0, "• Eight centres were sited in neigh-"),
        (36, 178, 10.0, "bourhoods most at risk"),
        (28, 160, 10.0, "• A ceiling of -"),
        (36, 148, 10.0, "5 degrees"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Heat and health", "Maria Gonzalez"), page]))
    assert talk.slides[1].title == "Phoenix adopted the index for its cooling-centre plan"
    assert texts(talk.slides[1]) == [
        "Eight centres were sited in neigh-bourhoods most at risk",
        "A ceiling of - 5 degrees",
    ]


def test_beamer_list_numbers_drawn_in_balls_and_sub_items_with_drawn_bullets(tmp_path: Path) -> None:
    body = [
        (20, 245, 14.3, "Research problems"),
        (28, 215, 10.9, "1 Preference representation formalisms to compactly model"),
        (36, 201, 10.9, "preferences over combinatorial domains."),
        (28, 187, 10.9, "2 Preference reasoning tasks:"),
        (44, 173, 10.0, "Dominance and optimization"),
        (44, 161, 10.0, "Manipulation: better off by misreporting"),
        (28, 40, 6.0, "1 Niall M Fraser. Ordinal preference representations. 1994"),
    ]
    [talk_slide] = parse_talk(make_pdf(tmp_path / "talk.pdf", [body])).slides
    bullets = [(b.text, b.ordered) for b in talk_slide.blocks if isinstance(b, Bullet)]
    assert bullets == [
        ("Preference representation formalisms to compactly model preferences over combinatorial domains.", True),
        ("Preference reasoning tasks:", True),
    ]
    assert texts(talk_slide)[2:] == [
        "Dominance and optimization",
        "Manipulation: better off by misreporting",
        "1 Niall M Fraser. Ordinal preference representations. 1994",  # a footnote counts alone: no list
    ]


def test_a_capital_that_would_have_fitted_on_the_line_above_opens_a_new_item(tmp_path: Path) -> None:
    """Two short items whose bullets are drawn: text wraps only where the next word does not fit, so the
    second line is an item of its own, though the first is the page's longest line."""
    items = [
        (20, 245, 14.3, "Mapping heat"),
        (28, 200, 10.0, "800 sensors on bus routes in Phoenix"),
        (28, 188, 10.0, "A street-level heat map every hour"),
    ]
    wrapped = [
        (20, 245, 14.3, "Where it is hot"),
        (28, 200, 10.0, "Heat maps from sensors on buses show where the hottest blocks in"),
        (28, 188, 10.0, "Phoenix are, hour by hour"),  # a capital that did not fit: the sentence wraps
    ]
    first, second = parse_talk(make_pdf(tmp_path / "talk.pdf", [items, wrapped])).slides
    assert texts(first) == ["800 sensors on bus routes in Phoenix", "A street-level heat map every hour"]
    assert texts(second) == [
        "Heat maps from sensors on buses show where the hottest blocks in Phoenix are, hour by hour"
    ]


def test_punctuation_drawn_as_a_run_of_its_own_touches_its_word(tmp_path: Path) -> None:
    easy = 29.5  # how wide "easy" is in Helvetica at 14.3 points: the comma's run starts where it ends
    page = [(20, 245, 14.3, "easy"), (20 + easy, 245, 14.3, ", not hot"), (28, 200, 10.0, "Trees cool the street")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Intro", "Plant trees where it is hot", page=1), page]))
    assert talk.slides[1].title == "easy, not hot"


def test_overlay_pages_merge_by_label_or_by_growing_text(tmp_path: Path) -> None:
    pages = [
        slide("Intro", "Hello there", page=1),
        slide("Builds", "• First", page=2),
        slide("Builds", "• First", "• Second", page=2),
        slide("Grows", "• Alpha", page=3),
        slide("Grows", "• Alpha", "• Beta", page=3),
        slide("Grows", "• Gamma", page=4),
    ]
    labelled = parse_talk(make_pdf(tmp_path / "labelled.pdf", pages, labels=["1", "2", "2", "3", "4", "5"]))
    assert [s.title for s in labelled.slides] == ["Intro", "Builds", "Grows", "Grows"]
    assert texts(labelled.slides[1]) == ["First", "Second"]
    assert labelled.metadata["pages"] == 6
    unlabelled = parse_talk(make_pdf(tmp_path / "plain.pdf", pages))
    # Without labels, only pages that add to the page before (same title) merge.
    assert [s.title for s in unlabelled.slides] == ["Intro", "Builds", "Grows", "Grows"]
    assert texts(unlabelled.slides[2]) == ["Alpha", "Beta"]


def test_a_title_page_title_wrapped_over_four_lines_is_read_whole(tmp_path: Path) -> None:
    title_page = [
        (40, 200 - 24 * i, 20.7, line)
        for i, line in enumerate(["Neural networks", "for the", "reconstruction", "of MRI images"])
    ]
    body = [(20, 245, 14.3, "A clock"), (28, 200, 12.0, "1"), (28, 180, 12.0, "2")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [title_page, body]))
    assert talk.slides[0].title == "Neural networks for the reconstruction of MRI images"


def test_small_caps_titles_read_as_one_word(tmp_path: Path) -> None:
    """Small caps set a larger capital and smaller letters: 'O' + 'UTLINE' is 'OUTLINE', not two words."""
    capital = 14.3 * 0.778  # Helvetica's 'O' is 778/1000 of the size wide
    runs = [(20, 245, 14.3, "O"), (20 + capital, 245, 11.4, "UTLINE"), (28, 200, 10.0, "First part")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Title", page=1), runs]))
    assert talk.slides[1].title == "OUTLINE"


def test_a_currency_sign_set_in_its_own_font_stays_with_its_amount(tmp_path: Path) -> None:
    """TeX sets '\\$' in another font than '40B': touching, they are one word, as the reader sees it."""
    dollar = 14.3 * 0.556  # Helvetica's '$' is 556/1000 of the size wide
    words = 14.3 * 5.391  # 'Floods cost ' in Helvetica: 5,391/1000 of the size
    runs = [
        (20, 245, 14.3, "Floods cost "),
        (20 + words, 245, 14.3, "$"),
        (20 + words + dollar, 245, 14.3, "40B a year"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Title", page=1), [*runs, (28, 200, 10.0, "First")]]))
    assert talk.slides[1].title == "Floods cost $40B a year"


def test_a_hyphen_touching_a_letter_set_in_another_font_joins_the_word(tmp_path: Path) -> None:
    """TeX sets '$k$' in math italic and '-clustering' in text: touching, they are one word, 'k-clustering'."""
    fair = 14.3 * 2.056  # 'Fair ' in Helvetica: 2,056/1000 of the size
    k = 14.3 * 0.5  # Helvetica's 'k' is 500/1000 of the size wide
    runs = [(20, 245, 14.3, "Fair "), (20 + fair, 245, 14.3, "k"), (20 + fair + k, 245, 14.3, "-clustering")]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Title", page=1), [*runs, (28, 200, 10.0, "First")]]))
    assert talk.slides[1].title == "Fair k-clustering"


def test_raised_small_digits_read_as_an_exponent(tmp_path: Path) -> None:
    """'10' then a smaller raised '6' is 10⁶, not 106; a digit of the same size on the same line is a digit."""
    # (widths in Helvetica at 10 points: 'N-body runs with 10' is 88.92 wide, 'Run 10' 32.24, an 8-point '6' 4.45)
    runs = [
        (20, 245, 14.3, "Clumps of 1,000 stars"),
        (28, 200, 10.0, "N-body runs with 10"),
        (28 + 88.92, 203.5, 8.0, "6"),
        (28 + 88.92 + 4.45, 200, 10.0, " particles per stream"),
        (28, 180, 10.0, "Run 10"),
        (28 + 32.24, 180, 10.0, "6 took a day"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Title", page=1), runs]))
    body = talk.slides[1].body_text
    assert "N-body runs with 10⁶ particles per stream" in body
    assert "Run 106 took a day" in body


def test_text_inside_an_embedded_figure_is_part_of_the_picture(tmp_path: Path) -> None:
    axis = tuple((20.0, 20.0 + 12 * i, 9.0, f"Inmates per 100,000 in year {1940 + 10 * i}") for i in range(12))
    figure = Picture(40, 20, 280, 200, runs=axis)
    pages = [slide("Intro", page=1), slide("Prisons grew", page=2), slide("Why?", page=3), slide("End", page=4)]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages, pictures={1: [figure]}))
    second = talk.slides[1]
    assert second.title == "Prisons grew"
    assert "Inmates" not in second.body_text and second.words <= 3
    assert len(second.images) == 1


def test_a_picture_only_page_has_its_picture(tmp_path: Path) -> None:
    photo = Picture(30, 30, 300, 200)
    logo = Picture(330, 240, 20, 20)  # on every page: furniture, not a picture of the slide
    pages = [slide("Intro", page=1), slide("Results", page=2), slide("", page=3), slide("End", page=4)]
    talk = parse_talk(
        make_pdf(tmp_path / "talk.pdf", pages, pictures={0: [logo], 1: [logo], 2: [photo, logo], 3: [logo]})
    )
    assert [len(s.images) for s in talk.slides] == [0, 0, 1, 0]


def test_different_pictures_a_layout_puts_in_one_place_are_the_slides_own(tmp_path: Path) -> None:
    """A PowerPoint layout places each slide's figure in the same frame: three pictures at one place are furniture
    only when they are the same picture (a logo), told by their size in pixels and the length of their data: an
    export may resample every figure of one frame to the same size in pixels."""
    figures = {i: [Picture(30, 30, 300, 200, pixels=(4 + i, 3))] for i in range(3)}
    pages = [slide("Bleached coral", page=1), slide("A year later", page=2), slide("Recovered", page=3)]
    talk = parse_talk(make_pdf(tmp_path / "figures.pdf", pages, pictures=figures))
    assert [len(s.images) for s in talk.slides] == [1, 1, 1]
    resampled = {i: [Picture(30, 30, 300, 200, pixels=(40, 30), drawing=i + 1)] for i in range(3)}
    talk = parse_talk(make_pdf(tmp_path / "resampled.pdf", pages, pictures=resampled))
    assert [len(s.images) for s in talk.slides] == [1, 1, 1]
    same = {i: [Picture(30, 30, 300, 200, pixels=(4, 3))] for i in range(3)}
    talk = parse_talk(make_pdf(tmp_path / "same.pdf", pages, pictures=same))
    assert [len(s.images) for s in talk.slides] == [0, 0, 0]


def test_bookmarks_give_the_slides_their_sections_and_the_appendix_is_backup(tmp_path: Path) -> None:
    pages = [
        slide("Robots that ask", page=1),
        slide("Robots fail", "Seven in ten failures go unnoticed", page=2),
        slide("Our method", "Predict failure from uncertainty", page=3),
        slide("Next five years", "Robots that explain themselves", page=4),
        slide("Thank you", page=5),
        slide("Extra results", "More numbers", page=6),
    ]
    marks = [("Problem", 1), ("Method", 2), ("Future Research", 3), ("Appendix", 5)]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages, bookmarks=marks))
    assert [s.section for s in talk.slides] == [
        "",
        "Problem",
        "Method",
        "Future Research",
        "Future Research",
        "Appendix",
    ]
    assert [s.backup for s in talk.slides] == [False] * 5 + [True]


def test_a_photo_filling_one_page_is_a_picture_where_every_page_fills_its_background(tmp_path: Path) -> None:
    # A slide program's export fills each page with its background first: a drawing at the very place of a
    # full-slide photo, on every page. The photo is still what its slide shows.
    pages = [slide(f"Part {n}", "Riders wait twelve minutes longer", page=n + 1) for n in range(4)]
    pages.insert(2, [])
    photo = Picture(0, 0, BEAMER_PAGE[0], BEAMER_PAGE[1])
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages, pictures={2: [photo]}, backdrop=True))
    assert [len(s.images) for s in talk.slides] == [0, 0, 1, 0, 0]


def test_symbol_font_marks_of_a_powerpoint_export_open_bullets(tmp_path: Path) -> None:
    # PowerPoint's own PDF export writes its Symbol and Wingdings marks as private-use characters (U+F0B7, U+F0A7).
    page = [
        (20, 245, 14.3, "Why buses bunch"),
        (28, 200, 10.0, "\uf0b7"),
        (40, 200, 10.0, "A late bus picks up more riders and falls further behind"),
        (36, 184, 10.0, "\uf0a7"),
        (48, 184, 10.0, "The bus behind it catches up"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Transit", "Buses bunch", page=1), page]))
    assert [(type(b).__name__, b.text) for b in talk.slides[1].blocks] == [
        ("Bullet", "A late bus picks up more riders and falls further behind"),
        ("Bullet", "The bus behind it catches up"),
    ]


def test_a_line_set_in_a_math_font_is_display_math_and_a_list_mark_in_one_is_not(tmp_path: Path) -> None:
    # Beamer sets an equation in TeX's math fonts, and draws its list marks in one too.
    page = [
        (20, 245, 14.3, "The loss we minimise"),
        (28, 210, 10.0, "We fit the grasp network to the gripper's force labels"),
        # (TeX sets an equation a few signs at a time)
        *(
            (60 + 12 * i, 185, 10.0, f"${piece}$")
            for i, piece in enumerate(["L(w)", "=", "E[l", "(f(x)", ",", "y)]", "+", "k|w|"])
        ),
        (28, 160, 10.0, "$•$"),
        (40, 160, 10.0, "Labels come from the gripper's force sensor"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Grasping", "Robots drop things", page=1), page]))
    assert [(type(b).__name__, b.text) for b in talk.slides[1].blocks] == [
        ("Paragraph", "We fit the grasp network to the gripper's force labels"),
        ("MathBlock", "L(w) = E[l (f(x) , y)] + k|w|"),
        ("Bullet", "Labels come from the gripper's force sensor"),
    ]


def test_an_equation_set_over_several_baselines_is_one_display_whatever_order_the_pdf_gives(tmp_path: Path) -> None:
    # Typst sets an equation a sign at a time (S stands for the sum sign), and gives a sum, its upper and lower
    # limits, the sum's term, the next sum's limits and its term in that order; the next equation stands below.
    def signs(x: float, y: float, size: float, text: str) -> list[tuple[float, float, float, str]]:
        return [(x + i * size * 0.8, y, size, f"${sign}$") for i, sign in enumerate(text.split())]

    page = [
        (20, 245, 14.3, "The keyframe objective"),
        (28, 215, 10.0, "We fit the policy to one demonstration"),
        *signs(60, 185, 10.0, "L = S"),
        *signs(78, 196.5, 7.0, "K"),
        *signs(76, 174, 7.0, "k = 1"),
        *signs(100, 185, 10.0, "|f(s) - g(s)| + c S"),
        *signs(170, 196.5, 7.0, "K + 1"),
        *signs(170, 174, 7.0, "k = 1"),
        *signs(200, 185, 10.0, "d(s, t)"),
        *signs(80, 150, 10.0, "s* = arg min"),
        *signs(112, 140, 7.0, "s in Z"),
        *signs(145, 150, 10.0, "E[c(o, s)]"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Robots", "Robots fail at chores", page=1), page]))
    blocks = talk.slides[1].blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "MathBlock", "MathBlock"]
    assert blocks[1].text.startswith("L = S k = 1") and blocks[1].text.endswith("d(s, t)")
    assert blocks[2].text.startswith("s* = arg min")


def test_list_marks_drawn_as_small_pictures_before_lines_make_them_items(tmp_path: Path) -> None:
    # Beamer's default themes draw an item's ball or triangle as a small picture before the item's text; a deeper
    # item's mark stands further right. A small picture elsewhere (an icon above the text) marks nothing.
    page = [
        (20, 245, 14.3, "Small towns learn of outbreaks two weeks late"),
        (34, 200, 10.9, "Clinics report cases 12 days after infection"),
        (48, 184, 10.0, "In towns under 20,000 people"),
        (34, 168, 10.9, "By then one case has become forty"),
        (34, 120, 10.9, "Half of rural counties have no testing site at all"),
    ]
    # (the first and the third mark stand half a point apart, across a whole point: one column, one depth)
    marks = [Picture(22.4, 200, 5, 5), Picture(36, 184, 4.5, 4.5), Picture(22.6, 168, 5, 5), Picture(200, 140, 6, 6)]
    path = make_pdf(tmp_path / "talk.pdf", [slide("Sewers", "Towns learn late", page=1), page], pictures={1: marks})
    blocks = parse_talk(path).slides[1].blocks
    assert [(type(b).__name__, getattr(b, "level", 0), b.text) for b in blocks if not isinstance(b, Image)] == [
        ("Bullet", 1, "Clinics report cases 12 days after infection"),
        ("Bullet", 2, "In towns under 20,000 people"),
        ("Bullet", 1, "By then one case has become forty"),
        ("Paragraph", 0, "Half of rural counties have no testing site at all"),
    ]


def test_numbered_equations_with_upright_function_names_are_each_a_display(tmp_path: Path) -> None:
    # TeX sets "log" upright in the text's font and the equation's number at the right margin; two numbered
    # equations a line apart are two displays.
    def equation(y: float, pieces: list[str], number: str) -> list[tuple[float, float, float, str]]:
        return [*((60 + 14 * i, y, 10.0, piece) for i, piece in enumerate(pieces)), (400, y, 10.0, number)]

    page = [
        (20, 245, 14.3, "A state-space model of the viral load"),
        (28, 215, 10.0, "We model the load the sewer carries"),
        *equation(185, ["log", "$C_t$", "=", "log", "$L_t$", "$-$", "log", "$Q_t$", "+", "$e_t$"], "(1)"),
        *equation(165, ["log", "$L_t+1$", "=", "log", "$L_t$", "+", "$r_t$", "+", "$n_t$"], "(2)"),
        (28, 130, 10.0, "The growth rate is what a health officer needs"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [slide("Sewers", "Towns learn late", page=1), page]))
    blocks = talk.slides[1].blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "MathBlock", "MathBlock", "Paragraph"]
    assert blocks[1].text.startswith("log") and blocks[1].text.endswith("(1)")
    assert blocks[2].text.endswith("(2)")


def test_lines_set_in_a_typewriter_font_or_letter_by_letter_are_code(tmp_path: Path) -> None:
    """Code in a font of a fixed pitch (Courier, TeX's typewriter), and a TeX listing set in columns in the text's
    own font, which the PDF places letter by letter, are code; a web address in a typewriter font is a link, and
    mathematics with one-letter names is text."""
    listing = [
        "def add_item(cart, item):",
        "    items = cart.items",
        "    items.append(item)",
        "    cart.items = items",
    ]
    typed = [(28, 200 - 12 * i, 9.0, f"`{line}`") for i, line in enumerate(listing)]
    spaced = ["de f a d d i t em ( c a r t , i t em ) :", "i t em s = c a r t . i t em s # r e a d"]
    pages = [
        slide("Races", "Checkout went down", page=1),
        [(20, 245, 14.3, "What a race looks like"), (28, 222, 10.0, "Two threads write the cart"), *typed],
        [(20, 245, 14.3, "The same in a listing"), *((28, 200 - 12 * i, 9.0, t) for i, t in enumerate(spaced))],
        [
            (20, 245, 14.3, "Scoring rules"),
            (28, 210, 10.0, "b -Borda: (b, b - 1, . . . , b - m + 1), where b is a constant and m is the count"),
            (28, 190, 9.0, "`https://example.org/ ~ lab/preflib.php`"),
        ],
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages))
    assert [(type(b).__name__, b.text) for b in talk.slides[1].blocks] == [
        ("Paragraph", "Two threads write the cart"),
        ("CodeBlock", "\n".join(line.strip() for line in listing)),
    ]
    assert [(type(b).__name__, b.text) for b in talk.slides[2].blocks] == [("CodeBlock", "\n".join(spaced))]
    assert [type(b).__name__ for b in talk.slides[3].blocks] == ["Paragraph", "Paragraph"]


def test_a_long_listing_in_a_pdf_is_code_on_a_slide_not_a_wall_of_text(tmp_path: Path) -> None:
    listing = [f"`result_{n} = detector.check(cart_{n}, threads=4)`" for n in range(12)]
    page = [(20, 245, 14.3, "How we check every cart"), *((28, 225 - 14 * i, 9.0, t) for i, t in enumerate(listing))]
    result = lint(make_pdf(tmp_path / "talk.pdf", [slide("Races", "Checkout went down", page=1), page]))
    assert "TL207" in codes(result) and "TL201" not in codes(result)


def test_math_inside_the_shapes_of_a_drawn_diagram_labels_it_and_is_no_equation(tmp_path: Path) -> None:
    nodes = [(118, 150, 24, 16), (142, 150, 60, 16)]  # a node and the row beside it, drawn around their labels
    page = [
        (20, 245, 14.3, "Learning preference trees"),
        (28, 210, 10.0, "Given examples, decide whether a tree is consistent with them"),
        *((120 + 12 * i, 155, 10.0, f"${piece}$") for i, piece in enumerate(["P", "m >", "h >", "l >", "vh"])),
    ]
    talk = parse_talk(
        make_pdf(tmp_path / "talk.pdf", [slide("Preferences", "Choices", page=1), page], shapes={1: nodes})
    )
    assert [type(b).__name__ for b in talk.slides[1].blocks] == ["Paragraph"]


def test_a_bookmark_for_every_slide_is_no_section(tmp_path: Path) -> None:
    # LibreOffice and PowerPoint export one bookmark per slide, titled as the slide: no part of the talk.
    titles = ["Robots that ask", "Robots fail", "Our method", "Our method", "Thank you"]
    pages = [slide(title, "Predict failure from uncertainty", page=i + 1) for i, title in enumerate(titles)]
    marks = [(title, i) for i, title in enumerate(titles)]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages, bookmarks=marks))
    assert [s.section for s in talk.slides] == [""] * 5


def test_list_marks_drawn_apart_at_the_same_place_on_every_slide_stay_bullets(tmp_path: Path) -> None:
    # An exported deck draws each item's mark as a text of its own, where its layout puts the first item on every
    # slide: a repeated mark is no running footer, and the item it opens stays a bullet when it wraps.
    def page(title: str, first: str, wrapped: str) -> list[tuple[float, float, float, str]]:
        return [(20, 245, 14.3, title), (28, 200, 10.0, "• "), (40, 200, 10.0, first), (40, 188, 10.0, wrapped)]

    items = [
        ("Cracks", "Attention gates suppress the background texture of", "old concrete"),
        ("Data", "Six bridges were filmed by a drone over two", "summers"),
        ("Model", "A small encoder keeps thin cracks visible at the", "edges"),
        ("Training", "Dice and focal losses weigh the thin cracks more than", "the wide"),
        ("Results", "Inspectors found two cracks the manual survey had", "missed"),
        ("Next", "Crack width will be measured from the same", "images"),
    ]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", [page(*item) for item in items]))
    assert all(isinstance(block, Bullet) for s in talk.slides for block in s.blocks)
    assert texts(talk.slides[0]) == ["Attention gates suppress the background texture of old concrete"]


def test_a_loop_of_bookmarks_is_read_once(tmp_path: Path) -> None:
    pages = [slide("Intro", page=1), slide("Results", "Half the failures", page=2)]
    talk = parse_talk(make_pdf(tmp_path / "talk.pdf", pages, bookmarks=[("Intro", 0), ("Results", 1)], looped=True))
    assert [s.section for s in talk.slides] == ["Intro", "Results"]


def test_a_slide_names_its_pages(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    pages = [
        slide("Intro", "Hello there", page=1),
        slide("Builds", "• First", page=2),
        slide("Builds", "• First", "• Second", page=2),
        slide("Outline", "• Part one", page=2),  # a section overview with its frame's number: another slide
    ]
    path = make_pdf(tmp_path / "talk.pdf", pages, labels=["1", "2", "2", "2"])
    talk = parse_talk(path)
    assert [s.pages for s in talk.slides] == [(1,), (2, 3), (4,)]
    assert [s.label for s in talk.slides] == ["page 1", "pages 2-3", "page 4"]
    code, out, _ = cli("outline", str(path), "--format", "json")
    assert code == 0 and [s["pages"] for s in json.loads(out)["slides"]] == [[1], [2, 3], [4]]


def test_notes_on_a_second_screen_are_read_as_notes(tmp_path: Path) -> None:
    width, height = 725.67, 272.126
    pages = [
        [(20, 245, 14.3, "Problem"), (28, 200, 10.0, "Robots fail"), (400, 240, 9.0, "Say it slowly.")],
        [(20, 245, 14.3, "Idea"), (28, 200, 10.0, "Ask for help"), (400, 240, 9.0, "Pause here.")],
    ]
    talk = parse_talk(make_pdf(tmp_path / "notes.pdf", pages, size=(width, height)))
    assert [s.notes for s in talk.slides] == ["Say it slowly.", "Pause here."]
    assert texts(talk.slides[0]) == ["Robots fail"]


def test_the_outline_says_when_notes_are_absent(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = make_pdf(tmp_path / "talk.pdf", [slide("Problem", "Robots fail", page=1), slide("Idea", "Ask", page=2)])
    code, out, _ = cli("outline", str(path))
    assert code == 0
    assert "pdf, 2 slides from 2 pages" in out
    assert "notes: absent" in out


def test_rules_run_on_pdf_slides(tmp_path: Path) -> None:
    lines = [f"• point number {i} with several more words to read aloud" for i in range(12)]
    pages = [
        slide("Intro", "x", page=1),
        slide("Related work", *lines[:5], page=2),
        slide("Related work", *lines[:11], page=2),
    ]
    path = make_pdf(tmp_path / "talk.pdf", pages, labels=["1", "2", "2"])
    result = lint(path)
    assert result.error is None and "TL201" in codes(result)
    wall = next(f for f in result.findings if f.code == "TL201")
    # The speaker looks for pages, not for talklint's slide numbers.
    assert wall.slide == 2 and wall.line is None and wall.place == "pages 2-3"
    assert wall.message.startswith("the slide on pages 2-3 shows") and wall.fix.startswith("The slide on pages 2-3")


def test_a_declarative_rule_names_pdf_pages(tmp_path: Path) -> None:
    pages = [
        slide("Intro", "x", page=1),
        slide("Results", "Robots ask for help", page=2),
        slide("Results", "Robots ask for help", "It might work in homes", page=3),
        slide("More", "Maybe it scales", page=4),
    ]
    path = make_pdf(tmp_path / "talk.pdf", pages, labels=["1", "2", "2", "3"])
    hedges = [f for f in lint(path).findings if f.code == "TL305"]
    assert [(f.place, f.message) for f in hedges] == [
        ("pages 2-3", "the slide on pages 2-3 hedges: 'It might'"),
        ("page 4", "page 4 hedges: 'Maybe'"),
    ]
    assert hedges[1].fix.startswith("Drop 'Maybe' on page 4 and")


def test_a_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(ParseError, match="no text layer"):
        parse_talk(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"hello, not a pdf", "not a PDF"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "malformed PDF"),
        (b"", "not a PDF"),
    ],
)
def test_malformed_pdfs_are_one_line_errors(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(ParseError, match=reason) as caught:
        parse_talk(path)
    assert "\n" not in str(caught.value)


def test_an_encrypted_pdf_is_refused_unless_its_password_is_empty(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    source = make_pdf(tmp_path / "talk.pdf", [slide("Problem", "Robots fail", page=1)])
    for password, readable in (("secret", False), ("", True)):
        writer = PdfWriter(clone_from=PdfReader(source))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        locked = tmp_path / f"locked-{readable}.pdf"
        with locked.open("wb") as handle:
            writer.write(handle)
        if readable:
            assert parse_talk(locked).slides[0].title == "Problem"
        else:
            with pytest.raises(ParseError, match="encrypted PDF"):
                parse_talk(locked)


def test_limits_bound_the_work_on_a_hostile_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talklint import budget, limits

    path = make_pdf(tmp_path / "talk.pdf", [slide(f"Slide {i}", "text", page=i) for i in range(5)])
    monkeypatch.setattr(limits, "MAX_SLIDES", 4)
    with pytest.raises(ParseError, match=r"5 pages, over the limit of 4 slides; .* TALKLINT_MAX_SLIDES="):
        parse_talk(path)
    monkeypatch.setattr(limits, "MAX_SLIDES", 100)
    monkeypatch.setattr(limits, "MAX_PDF_OBJECTS", 3)
    with pytest.raises(ParseError, match="over the limit of 3 objects"):
        parse_talk(path)
    monkeypatch.setattr(limits, "MAX_PDF_OBJECTS", 1000)
    budget.start(-1.0)
    try:
        with pytest.raises(ParseError, match="over the limit of 30 seconds"):
            parse_talk(path)
    finally:
        budget.stop()


def test_a_deflate_bomb_page_is_refused_without_exhausting_memory(tmp_path: Path) -> None:
    import subprocess
    import sys
    import zlib

    bomb = zlib.compress(b" " * (200 * 1024 * 1024), 9)
    path = make_pdf(tmp_path / "bomb.pdf", [slide("Title", "text", page=1)])
    data = path.read_bytes()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream"
    start = data.index(b"4 0 obj\n") + len(b"4 0 obj\n")
    end = data.index(b"\nendobj", start)
    # The xref offsets after the page content are now wrong; readers repair them, as they would for a real file.
    (tmp_path / "bomb.pdf").write_bytes(data[:start] + stream + data[end:])
    with pytest.raises(ParseError, match="inflates over the limit of"):
        parse_talk(tmp_path / "bomb.pdf")
    # PDFium's memory is not Python's: measure the child's own peak (VmHWM starts afresh at exec,
    # unlike ru_maxrss, which would count this test process's 200 MB).
    script = (
        "import re, sys, pathlib\nfrom talklint.parsers import parse_talk\n"
        "try: parse_talk(pathlib.Path(sys.argv[1]))\nexcept Exception: pass\n"
        "print(re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1))"
    )
    child = subprocess.run([sys.executable, "-c", script, str(tmp_path / "bomb.pdf")], capture_output=True, text=True)
    assert int(child.stdout.strip()) < 250 * 1024  # KiB


@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"])
def test_a_damaged_pdf_in_a_folder_is_one_line_and_the_others_are_linted(
    tmp_path: Path,
    data: bytes,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    # Deciding whether a PDF is slides or a paper opens it first: a damaged one must not end the run there.
    (tmp_path / "bad.pdf").write_bytes(data)
    pages = ["Seven in ten failures go unnoticed", "We predict failure from uncertainty", "Failures halve"]
    make_pdf(tmp_path / "talk.pdf", [slide(f"Robots, part {n}", text, page=n) for n, text in enumerate(pages, 1)])
    code, out, err = cli("check", str(tmp_path))
    assert code == 2
    assert "internal error" not in err
    [line] = [line for line in err.splitlines() if "bad.pdf" in line]
    assert "malformed PDF" in line
    assert "talk.pdf" in out


def test_a_list_item_that_types_an_equation_in_the_texts_font_is_text(tmp_path: Path) -> None:
    """PowerPoint exports an equation typed in a bullet in the body's own font: no word of three letters, but
    text the audience reads, and the formula that makes the slide technical. A diagram's label is still not."""
    path = make_pdf(
        tmp_path / "talk.pdf",
        [
            slide("Melting from Below", "Ingrid Solberg", page=1),
            slide("Basal melt rate", "• m = r c g (T - Tf) / (r L)", "• g: thermal transfer velocity",
                  "• Tf = a S + b + c z", page=2),
            slide("A diagram", "• Plumes rise along the ice front", "x = 4", page=3),
        ],
    )  # fmt: skip
    talk = parse_talk(path)
    assert texts(talk.slides[1]) == ["m = r c g (T - Tf) / (r L)", "g: thermal transfer velocity", "Tf = a S + b + c z"]
    assert texts(talk.slides[2]) == ["Plumes rise along the ice front"]


def test_figures_that_end_a_wrapped_item_on_a_line_of_their_own_stay_in_it(tmp_path: Path) -> None:
    """A slide program wraps "• Comprehension rose from 58% to 91%" so that "to 91%", no word of three letters,
    stands alone below it: the item's figures, not an axis tick to drop. Ticks in their own size, under a
    sentence that ended, stay out."""
    wrapped = [
        (20, 245, 14.3, "Tested with 600 renters"),
        (28, 200, 10.0, "• "),
        (40, 200, 10.0, "Comprehension of key clauses rose from 58%"),
        (40, 188, 10.0, "to 91%"),
    ]
    ticks = [
        (20, 245, 14.3, "Comprehension by week"),
        (28, 200, 10.0, "Renters read the summary card first."),
        (40, 188, 7.0, "0 20 40"),
    ]
    first, second = parse_talk(make_pdf(tmp_path / "talk.pdf", [wrapped, ticks])).slides
    assert texts(first) == ["Comprehension of key clauses rose from 58% to 91%"]
    assert texts(second) == ["Renters read the summary card first."]
