"""Build the example decks: ``python examples/pptx/build_examples.py``.

The decks are committed so that ``talklint check examples/`` works without
running this script; run it again after changing a slide here.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage
from pptx import Presentation
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent


def picture_bytes(color: tuple[int, int, int]) -> io.BytesIO:
    """A small solid picture, so that the decks need no image files."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), color).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def add_slide(prs, title: str | None, bullets: list[str], notes: str = "", picture: bool = False):
    layout = prs.slide_layouts[1] if title is not None else prs.slide_layouts[6]
    slide = prs.slides.add_slide(layout)
    if title is not None:
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        for index, text in enumerate(bullets):
            paragraph = body.paragraphs[0] if index == 0 else body.add_paragraph()
            paragraph.text = text
    else:
        box = slide.shapes.add_textbox(Inches(1), Inches(3), Inches(8), Inches(2)).text_frame
        for index, text in enumerate(bullets):
            paragraph = box.paragraphs[0] if index == 0 else box.add_paragraph()
            paragraph.text = text
            paragraph.font.size = Pt(20)
    if picture:
        shape = slide.shapes.add_picture(picture_bytes((40, 90, 160)), Inches(6), Inches(4.5), Inches(3))
        shape._element.nvPicPr.cNvPr.set("descr", "Chart of the result")
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def build_strong() -> Presentation:
    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Cheaper Batteries from Abundant Minerals"
    title.placeholders[1].text = "Lee Chen - Faculty job talk"
    title.notes_slide.notes_text_frame.text = "Thank the host. One line on who I am."
    add_slide(
        prs,
        "Grid storage is too expensive for a clean grid",
        ["Storage must get 5x cheaper for solar to run at night", "Lithium and cobalt supply cannot scale that far"],
        "Start with the problem and why it matters.",
        picture=True,
    )
    add_slide(
        prs,
        "My vision: batteries made from iron, sodium and air",
        ["Within ten years, grid batteries from materials we will never run out of"],
        "State the vision before any method.",
    )
    add_slide(
        prs,
        "Sodium cathodes last 4,000 cycles",
        ["A new layered oxide keeps 90% of its capacity after 4,000 cycles"],
        "One result, one picture.",
        picture=True,
    )
    add_slide(
        prs,
        "A startup now builds pilot cells",
        ["Licensed to a startup in 2024; a 1 MWh pilot runs at a utility"],
        "Impact: who uses it.",
    )
    add_slide(
        prs,
        "Research agenda",
        ["Years 1-2: cathodes without nickel; goal: 5,000 cycles", "Years 3-5: iron-air cells; goal: $20 per kWh"],
        "Timelines and goals.",
    )
    add_slide(
        prs,
        "Takeaways",
        ["Abundant minerals can make grid storage cheap", "Sodium cells already last long enough", "Next: iron-air"],
        "Return to the vision.",
    )
    return prs


SCRIPT = (
    "Here I read out every word I planned to say, because I wrote the talk as a script. "
    "I explain each number on the slide, then each reference, then the details of the setup, "
    "and I repeat the main point in three different ways so that nobody can miss it. "
)


def build_flawed() -> Presentation:
    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Click to add title"
    # A verbatim script of about 1,500 words: far more than an 8-minute slot.
    title.notes_slide.notes_text_frame.text = SCRIPT * 30
    add_slide(prs, "Related work", ["Smith 2019, Jones 2020, Lee 2021, Kim 2022, Park 2023"])
    add_slide(prs, None, ["A paragraph of results without a title on the slide"])
    add_slide(prs, "Results", ["Accuracy 91.2%", "TBD: ablations"])
    prs.slides.add_slide(prs.slide_layouts[6])  # an empty slide
    add_slide(prs, "Method", ["Step one", "Step two"])
    add_slide(prs, "Results", ["More results"], notes="talklint: disable=missing-notes")
    hidden = add_slide(prs, "Old slide", ["Hidden from the audience"])
    hidden._element.set("show", "0")
    add_slide(prs, "Questions?", [])
    return prs


def main() -> None:
    build_strong().save(HERE / "strong-job-talk.pptx")
    build_flawed().save(HERE / "flawed-job-talk.pptx")


if __name__ == "__main__":
    main()
