"""Markdown outlines and every slide-deck dialect."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from talklint.errors import ParseError
from talklint.model import Bullet, CodeBlock, DirectiveAction, Image, MathBlock, Paragraph, Table
from tests.helpers import by_code, lint, parse, write


def titles(talk) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.title for s in talk.slides]


# --- outlines ------------------------------------------------------------


def test_outline_units_are_every_heading(tmp_path: Path) -> None:
    """A reader counts every heading of an outline as one unit, the talk's '#' title first."""
    talk = parse(
        tmp_path,
        "talk.md",
        """
        # My job talk

        ## Why robots fail (5 min)

        - They do not know what they do not know
          - nested detail

        ### A deeper heading is a unit too

        ## My vision [3 minutes]

        Robots that ask for help.
        """,
    )
    assert talk.format == "markdown-outline"
    assert talk.title == "My job talk"
    assert titles(talk) == ["My job talk", "Why robots fail", "A deeper heading is a unit too", "My vision"]
    assert [s.planned_minutes for s in talk.slides] == [None, 5.0, None, 3.0]
    assert [s.section for s in talk.slides] == ["", "", "Why robots fail", ""]
    first = talk.slides[1]
    assert [type(b) for b in first.blocks] == [Bullet, Bullet]
    assert [b.level for b in first.blocks if isinstance(b, Bullet)] == [1, 2]
    assert first.location.line == 3


def test_a_script_whose_headings_number_its_slides_counts_them_as_it_says(tmp_path: Path) -> None:
    """Headings "Slide 1 — Title", "Slide 2 — …": the name above them is no slide, the number no title."""
    talk = parse(
        tmp_path,
        "script.md",
        """
        # Job talk script: "Teaching Machines to Read Old Maps"

        ## Slide 1 — Title

        Teaching Machines to Read Old Maps. Priyanka Das.

        ## Slide 2 — Historical maps hold 200 years of land use

        Say: County archives hold 80,000 scanned maps.

        ## Slide 3: Thank you
        """,
    )
    assert titles(talk) == ["Title", "Historical maps hold 200 years of land use", "Thank you"]
    assert talk.title == 'Job talk script: "Teaching Machines to Read Old Maps"'
    # headings that only mention a slide are titles like any other
    talk = parse(tmp_path, "talk.md", "# Talk\n\n## Slide design matters\n\nx\n\n## Results\n\ny\n")
    assert titles(talk) == ["Talk", "Slide design matters", "Results"]


def test_outline_with_several_top_headings_uses_them_as_sections(tmp_path: Path) -> None:
    talk = parse(tmp_path, "talk.md", "# Part one\n\n## A\n\ntext\n\n# Part two\n\n## B\n\ntext\n")
    assert titles(talk) == ["Part one", "A", "Part two", "B"]
    assert [s.section for s in talk.slides] == ["", "Part one", "", "Part two"]


def test_outline_backup_section_marks_the_rest_as_backup(tmp_path: Path) -> None:
    talk = parse(tmp_path, "talk.md", "# T\n\n## Intro\n\nx\n\n## Appendix\n\n## Proof\n\ny\n")
    assert [s.backup for s in talk.slides] == [False, False, True, True]


@pytest.mark.parametrize("divider", ["BACKUPS", "Backup slides", "Appendix A", "Supplementary material", "Reserve"])
def test_backup_dividers_as_people_write_them(tmp_path: Path, divider: str) -> None:
    talk = parse(tmp_path, "talk.md", f"# T\n\n## Intro\n\nx\n\n## {divider}\n\n## Proof\n\ny\n")
    assert [s.backup for s in talk.slides] == [False, False, True, True]


@pytest.mark.parametrize("title", ["Supplementary analyses show the effect holds", "Appendicitis in children"])
def test_titles_that_only_start_like_a_divider_are_not_backup(tmp_path: Path, title: str) -> None:
    talk = parse(tmp_path, "talk.md", f"# T\n\n## Intro\n\nx\n\n## {title}\n\ny\n\n## More\n\nz\n")
    assert not any(s.backup for s in talk.slides)


def test_slides_after_the_closing_slide_are_backup(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        "# T\n\n## Problem\n\nx\n\n## Method\n\ny\n\n## End-to-end results\n\nz\n\n"
        "## Thank you! Questions?\n\n## References\n\n- A. Author (2020)\n",
    )
    assert [s.backup for s in talk.slides] == [False, False, False, False, False, True]


@pytest.mark.parametrize("closing", ["Q&A", "Q & A", "Q and A", "Thanks & Q&A"])
def test_slides_after_a_q_and_a_slide_are_backup(tmp_path: Path, closing: str) -> None:
    text = f"# T\n\n## Problem\n\nx\n\n## Method\n\ny\n\n## Results\n\nz\n\n## {closing}\n\n## Extra: ablation\n\nw\n"
    assert [s.backup for s in parse(tmp_path, "talk.md", text).slides] == [False] * 5 + [True]


@pytest.mark.parametrize(
    ("closing", "details", "closes"),
    [
        ("Contact", "- a.speaker@uni.edu\n- https://speaker.example.org", True),
        ("Get in touch: a.speaker@uni.edu", "", True),
        ("Contact", "Normal and shear forces at each finger.", False),  # a robotics talk's part on contact
        ("Contact: normal forces", "See https://example.org/forces", False),
        # an address shows near the top of a contact slide: the search stops after 500 characters
        ("Contact", "word " * 120 + "a.speaker@uni.edu", False),
    ],
)
def test_the_speakers_contact_details_close_the_talk(tmp_path: Path, closing: str, details: str, closes: bool) -> None:
    text = f"# T\n\n## Problem\n\nx\n\n## Method\n\ny\n\n## Results\n\nz\n\n## {closing}\n\n{details}\n\n## More\n\nw\n"
    assert parse(tmp_path, "talk.md", text).slides[-1].backup is closes


def test_a_questions_pause_in_the_opening_does_not_end_the_talk(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        "# T\n\n## Questions?\n\nx\n\n## Problem\n\ny\n\n## Method\n\nz\n\n## Results\n\nw\n\n## Summary\n\nv\n",
    )
    assert not any(s.backup for s in talk.slides)


def test_plain_text_outline_units_are_left_margin_lines(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "outline.txt",
        """
        Quick intro
          The paper, in one screenshot
        Theoretical background
          Control theory
            A diagram of informal control
        My results
        Wrap-up
        """,
    )
    assert talk.format == "markdown-outline"
    assert titles(talk) == ["Quick intro", "Theoretical background", "My results", "Wrap-up"]
    bullets = [(b.text, b.level) for b in talk.slides[1].blocks if isinstance(b, Bullet)]
    assert bullets == [("Control theory", 1), ("A diagram of informal control", 2)]


def test_the_header_lines_of_a_plain_text_outline_are_its_title_page(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "outline.txt",
        """
        Title: Eviction and children's schooling
        Speaker: Marcus Reed, job talk in sociology

        P1: Every year, 2.7 million renters face an eviction filing
          Children change schools mid-year
        Questions
        """,
    )
    assert titles(talk) == [
        "Eviction and children's schooling",
        "Every year, 2.7 million renters face an eviction filing",  # the marker numbers the unit in the script
        "Questions",
    ]
    assert [b.text for b in talk.slides[0].blocks if isinstance(b, Bullet)] == ["Marcus Reed, job talk in sociology"]
    # one line that names a part, not a header of the whole: a unit as before
    assert titles(parse(tmp_path, "other.txt", "Title: Results\n  Two studies\nWrap-up\n"))[0] == "Title: Results"
    # the title alone over the units: the title page
    units = "Title: Cheaper LLM inference\nSlide 1: Support bots cost $2M a month\n  Half the calls repeat\nSummary\n"
    assert titles(parse(tmp_path, "one.txt", units)) == [
        "Cheaper LLM inference",
        "Support bots cost $2M a month",
        "Summary",
    ]


def test_plain_text_paragraphs_are_units_with_their_planned_time(tmp_path: Path) -> None:
    """A paragraph's short first line is its title, its "(3 min)" the unit's planned time; a numbered line
    alone is a unit with nothing under its title; a sentence alone states its unit's point."""
    script = (
        "1. Opening (3 min)\nHomeowners pay twice as much for flood insurance.\n\n"
        "2. Results (15 min)\nHouseholds drop coverage when premiums rise.\n\n"
        "The event-study figure goes here.\n\n9. Questions\n"
    )
    talk = parse(tmp_path, "talk.txt", script)
    assert titles(talk) == ["1. Opening", "2. Results", "The event-study figure goes here.", "9. Questions"]
    assert [s.planned_minutes for s in talk.slides] == [3.0, 15.0, None, None]


def test_plain_text_script_units_start_at_page_markers(tmp_path: Path) -> None:
    script = "P1:\nThank you for coming.\n\nP2:\nWhy do preferences matter?\nThey are everywhere.\n"
    talk = parse(tmp_path, "talk.txt", script)
    assert titles(talk) == ["P1", "P2"]
    assert "everywhere" in talk.slides[1].text


# --- Marp ----------------------------------------------------------------


MARP = """
---
marp: true
headingDivider: 2
---

# Title slide

<!-- _class: lead -->
<!-- Say hello first. -->

## Problem

- a point

```python
---
# not a heading, not a separator
```

## Approach

<!-- talklint: disable=TL301 -->
Some text

---

![A chart](chart.png)
"""


def test_marp_separators_heading_divider_and_notes(tmp_path: Path) -> None:
    talk = parse(tmp_path, "deck.md", MARP)
    assert talk.format == "marp"
    assert titles(talk) == ["Title slide", "Problem", "Approach", ""]
    assert talk.slides[0].notes == "Say hello first."  # the directive comment is not a note
    assert "_class" not in talk.slides[0].text
    code = [b for b in talk.slides[1].blocks if isinstance(b, CodeBlock)]
    assert code and code[0].language == "python" and code[0].line_count == 2
    assert talk.slides[3].images[0].alt == "A chart"
    [directive] = talk.directives
    assert directive.action is DirectiveAction.DISABLE and directive.slide == 3


def test_marp_front_matter_closed_by_long_dash_run(tmp_path: Path) -> None:
    talk = parse(tmp_path, "deck.md", "---\n\nmarp: true\n--------------\n\n# One\n\n---\n\n# Two\n")
    assert talk.format == "marp"
    assert titles(talk) == ["One", "Two"]


# --- Slidev --------------------------------------------------------------


def test_slidev_frontmatter_per_slide_and_last_comment_is_note(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: seriph
        title: Deck
        ---

        # Welcome

        <!-- an ordinary comment -->
        Text

        <!-- the note -->

        ---
        layout: section
        hide: false
        ---

        # Section

        ---
        hide: true
        ---

        # Hidden one
        """,
    )
    assert talk.format == "slidev"
    assert titles(talk) == ["Welcome", "Section", "Hidden one"]
    assert talk.slides[0].notes == "the note"
    assert "ordinary comment" not in talk.slides[0].notes
    assert [s.hidden for s in talk.slides] == [False, False, True]


def test_a_component_tag_over_several_lines_is_markup_not_words(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: seriph
        ---

        # Questions we ask

        <Block
          class="w-full h-full flex-(~ items-center) p-5"
          image="url(https://example.org/photo-1451187580459?w=1172&q=80)"
          v-click
        >

        How can detection work on satellite images?

        </Block>

        ```html
        <Block
          v-click
        >
        ```
        """,
    )
    slide = talk.slides[0]
    assert slide.body_text.splitlines()[0] == "How can detection work on satellite images?"
    assert "class" not in slide.text and "1172" not in slide.text
    assert not any(b.text.startswith(">") for b in slide.text_blocks)
    [code] = [b for b in slide.blocks if isinstance(b, CodeBlock)]
    assert code.text.splitlines() == ["<Block", "  v-click", ">"]  # code is shown as written
    assert code.location.line == 17  # line numbers kept after the joined tag
    assert slide.text_blocks[0].location.line == 13


def test_an_html_heading_is_the_title_the_audience_sees(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: seriph
        ---

        # Welcome

        ---

        <div text-size-5xl transform-skew-x-30>
          <h1 skew-x--30>Parametrized gate</h1>
        </div>

        <p opacity-50>A rotation by &theta;</p>

        ---

        # Results

        <h2>Not the title</h2>
        """,
    )
    assert titles(talk) == ["Welcome", "Parametrized gate", "Results"]
    assert talk.slides[1].body_text == "A rotation by &theta;"
    assert "Not the title" in talk.slides[2].body_text


def test_slidev_src_imports_followed_inside_the_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, "deck/pages/part.md", "# Imported one\n\n---\n\n# Imported two\n")
    write(tmp_path, "secret.md", "# Outside\n")
    talk = parse(
        tmp_path,
        "deck/slides.md",
        """
        ---
        theme: default
        ---

        # Start

        ---
        src: ./pages/part.md
        ---

        ---
        src: ./missing.md
        ---

        ---
        src: ../../outside.md
        ---

        Inline content of an import slide is ignored, as in Slidev.

        ---

        # End
        """,
    )
    assert titles(talk) == ["Start", "Imported one", "Imported two", "End"]
    assert talk.slides[1].location.source == (tmp_path / "deck/pages/part.md").resolve()
    messages = [w.message for w in talk.warnings]
    assert any("'./missing.md'" in m and "not found" in m for m in messages)
    assert any("outside the repository" in m for m in messages)


def test_slidev_import_cycle_is_reported_not_followed(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntheme: x\n---\n\n# A\n\n---\nsrc: ./b.md\n---\n")
    write(tmp_path, "b.md", "# B\n\n---\nsrc: ./a.md\n---\n")
    talk = parse(tmp_path, "main.md", "---\ntheme: x\n---\n\n# Main\n\n---\nsrc: ./b.md\n---\n")
    assert titles(talk) == ["Main", "B", "A"]  # a.md's import of b.md closes the cycle
    assert any("circular" in w.message for w in talk.warnings)


def test_quarto_includes_put_their_slides_where_they_stand(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(
        tmp_path,
        "deck/_intro.qmd",
        "## Air pollution kills millions\n\n- Monitors are sparse\n\n{{< include parts/_vision.qmd >}}\n",
    )
    write(tmp_path, "deck/parts/_vision.qmd", "## My vision: every street knows its air\n\n- A sensor per block\n")
    write(tmp_path, "shared/_results.qmd", "---\ntitle: not a slide\n---\n\n## Exposure varies 3x within a block\n")
    write(tmp_path, "deck/_loop.qmd", '{{< include "_loop.qmd" >}}\n')
    talk = parse(
        tmp_path,
        "deck/talk.qmd",
        """
        ---
        title: "Cities that breathe"
        format: revealjs
        ---

        {{< include _intro.qmd >}}

        ## Our sensors cost $40

        ```markdown
        {{< include _not_followed.qmd >}}
        ```

        {{< include "/shared/_results.qmd" >}}

        {{< include _missing.qmd >}}

        {{< include _loop.qmd >}}

        ## Thank you
        """,
    )
    assert titles(talk) == [
        "Cities that breathe",
        "Air pollution kills millions",
        "My vision: every street knows its air",
        "Our sensors cost $40",
        "Exposure varies 3x within a block",
        "Thank you",
    ]
    # A finding points into the part its slide was written in, at its line there.
    vision = talk.slides[2].location
    assert (vision.source, vision.line) == (tmp_path / "deck/parts/_vision.qmd", 1)
    assert (talk.slides[4].location.source, talk.slides[4].location.line) == (tmp_path / "shared/_results.qmd", 5)
    assert talk.slides[3].location.source is None and talk.slides[5].location.line == 20
    assert (tmp_path / "deck/parts/_vision.qmd").resolve() in talk.included
    messages = [w.message for w in talk.warnings]
    assert any("include '_missing.qmd' at line 16 not found" in m for m in messages)
    assert any("include '_loop.qmd'" in m and "circular" in m for m in messages)
    assert not any("_not_followed" in m for m in messages)  # in code, an include is an example


def test_an_included_link_to_itself_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    loop = tmp_path / "_loop.qmd"
    loop.symlink_to(loop)
    talk = parse(tmp_path, "talk.qmd", "---\ntitle: T\nformat: revealjs\n---\n\n{{< include _loop.qmd >}}\n\n## A\n")
    assert [s.title for s in talk.slides] == ["T", "A"]
    assert any("include '_loop.qmd'" in w.message for w in talk.warnings)


def test_knitr_child_chunks_are_knitted_where_they_stand(tmp_path: Path) -> None:
    write(tmp_path, "intro.Rmd", "# Evictions displace families\n\n---\n\n# My vision: stable housing\n")
    write(tmp_path, "methods.Rmd", "# We follow 4,000 renters\n")
    write(tmp_path, "results.Rmd", "# Moves predict ER visits\n")
    talk = parse(
        tmp_path,
        "talk.Rmd",
        """
        ---
        title: "Why renters move"
        output: xaringan::moon_reader
        ---

        ```{r intro, child = 'intro.Rmd'}
        plot(this_is_not_read)
        ```

        ---

        ```{r, child=c("methods.Rmd", 'results.Rmd')}
        ```

        ---

        ```{r}
        summary(child)
        ```

        ---

        # Thank you
        """,
    )
    assert titles(talk) == [
        "Why renters move",
        "Evictions displace families",
        "My vision: stable housing",
        "We follow 4,000 renters",  # and, knitted right after it on the same slide, "Moves predict ER visits"
        "",
        "Thank you",
    ]
    assert "Moves predict ER visits" in talk.slides[3].text
    assert talk.slides[2].location.source == (tmp_path / "intro.Rmd").resolve()
    assert "plot" not in " ".join(s.text for s in talk.slides)


def test_slidev_splits_as_slidev_does(tmp_path: Path) -> None:
    """'---' then a non-blank line opens front matter up to the next '---'; '---' + '---' is empty front matter."""
    (tmp_path / ".git").mkdir()
    write(tmp_path, "pages/cover.md", "# Cover\n")
    write(tmp_path, "pages/agenda.md", "# Agenda\n")
    write(tmp_path, "pages/part.md", "---\n---\n# Part one\n\n---\n---\n# Part two\n")
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: default
        src: ./pages/cover.md
        ---
        src: ./pages/cover.md
        ---
        src: ./pages/agenda.md
        ---
        layout: two-cols
        ---
        src: ./pages/part.md
        ---
        """,
    )
    # The headmatter imports the cover; the text under it and the layout lines are ignored content.
    assert titles(talk) == ["Cover", "Agenda", "Part one", "Part two"]


def test_slidev_nested_imports_resolve_against_the_importing_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path, "pages/chapter.md", "# Chapter\n\n---\nsrc: ./chapter/figure.html\n---\n")
    write(tmp_path, "pages/chapter/figure.html", "<h1>A figure slide</h1>\n")
    write(tmp_path, "pages/many.md", "# One\n\n---\n\n# Two\n\n---\n\n# Three\n")
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: default
        ---

        # Start

        ---
        src: ./pages/chapter.md
        ---

        ---
        src: ./pages/many.md#1,3
        class: dark
        ---
        """,
    )
    assert titles(talk)[:2] == ["Start", "Chapter"]
    assert len(talk.slides) == 5 and "A figure slide" in talk.slides[2].text
    assert titles(talk)[3:] == ["One", "Three"]  # only the slides the range names
    assert not talk.warnings


def test_pandoc_rule_before_a_slide_heading_makes_no_empty_slide(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        """
        % Talk title

        ## First

        text

        ---

        ## Second

        text
        """,
    )
    assert titles(talk) == ["Talk title", "First", "Second"]


def test_pandoc_untitled_slide_shows_its_first_heading_as_title(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        """
        %
        % An author

        ## Opening

        text

        ---

        ### A **humane** representation {style="color: red"}
        <img src="man.jpg">

        ## {data-background="world.jpg"}
        ### Real world
        """,
    )
    # An empty first title-block line is no title: no title slide.
    assert titles(talk) == ["Opening", "A humane representation", "Real world"]


def test_pandoc_headings_inside_html_comments_are_not_slides(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        """
        % Talk

        ## Shown

        text

        <!--
        ## Cut slide

        old text
        -->

        ## Also shown

        text
        """,
    )
    assert titles(talk) == ["Talk", "Shown", "Also shown"]


def test_a_section_shows_its_heading_as_the_audience_sees_it(tmp_path: Path) -> None:
    """A section heading's markup is no part of its name: a line break, emphasis, a comment hiding the text."""
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        # Hello, everyone! <br> Nice to *see* you {background-color="#2d4563"}

        ## First slide

        text

        # <!-- What's next? --> {data-background="horizon.jpg"}

        ## Second slide

        text
        """,
    )
    assert [s.section for s in talk.slides] == ["Hello, everyone! Nice to see you"] * 2 + [""] * 2


def test_quarto_slides_are_level_two_headings_by_default(tmp_path: Path) -> None:
    """Quarto's default slide level is 2 even where a '#' heading has text under it."""
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ## First slide

        text

        # Study 1 {.inverse}

        *A subtitle on the section slide*

        ## Second slide

        text
        """,
    )
    assert titles(talk) == ["First slide", "Study 1", "Second slide"]


def test_headings_that_cut_slides_between_rare_rules_read_as_pandoc(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        title: From a PL guy to an AI bro
        author: A. Speaker
        ---

        ## Me in college

        ---

        ## At the lab

        text

        ## A project

        text

        ## Results

        text

        ## Learnings

        text
        """,
    )
    assert talk.format == "pandoc"
    assert titles(talk) == [
        "From a PL guy to an AI bro",
        "Me in college",
        "At the lab",
        "A project",
        "Results",
        "Learnings",
    ]


# --- reveal.js -----------------------------------------------------------


def test_reveal_notes_start_at_note_line(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "reveal.md",
        """
        # Title

        ---

        ## Slide two

        Visible text

        NOTES: say this aloud
        and this

        ---

        ## Slide three
        """,
    )
    assert talk.format == "revealjs"
    assert titles(talk) == ["Title", "Slide two", "Slide three"]
    assert talk.slides[1].notes == "say this aloud\nand this"
    assert "say this" not in talk.slides[1].text


def test_reveal_md_front_matter_makes_a_revealjs_deck_with_its_notes(tmp_path: Path) -> None:
    # reveal-md's front matter takes "theme" as Slidev's does; "revealOptions" is reveal-md's own.
    talk = parse(
        tmp_path,
        "talk.md",
        """
        ---
        title: Catalysts
        theme: white
        revealOptions:
          transition: none
        ---

        # Catalysts

        ---

        ## Enzymes work at room temperature

        Note: nitrogenase runs at 25 degrees
        """,
    )
    assert talk.format == "revealjs"
    assert talk.slides[1].notes == "nitrogenase runs at 25 degrees"
    assert "nitrogenase" not in talk.slides[1].text


def test_reveal_notes_make_a_revealjs_deck_of_a_titled_front_matter(tmp_path: Path) -> None:
    """A front matter with only a title fits Slidev as well, but "Note:" is reveal.js's marker: its notes are
    notes, not text on the slide; a Slidev deck writing "Notes:" in its text stays Slidev."""
    body = "# Catalysts\n\n---\n\n## Enzymes work at room temperature\n\n{line}\n"
    reveal = parse(tmp_path, "a.md", "---\ntitle: Catalysts\n---\n\n" + body.format(line="Note: 25 degrees"))
    assert reveal.format == "revealjs"
    assert reveal.slides[1].notes == "25 degrees"
    slidev = parse(tmp_path, "b.md", "---\ntitle: Catalysts\n---\n\n" + body.format(line="Notes: 25 degrees"))
    assert slidev.format == "slidev"
    assert "25 degrees" in slidev.slides[1].text


def test_reveal_md_vertical_slides_are_slides(tmp_path: Path) -> None:
    body = """
        # Title

        ---

        ## Differential privacy in one minute

        ----

        ## Why naive noise fails

        ---

        ## Hierarchical release
        """
    talk = parse(tmp_path, "talk.md", "---\nrevealOptions:\n  transition: fade\n---\n" + textwrap.dedent(body))
    assert titles(talk) == [
        "Title",
        "Differential privacy in one minute",
        "Why naive noise fails",
        "Hierarchical release",
    ]


def test_a_slidev_section_layout_opens_a_section_named_by_its_heading(tmp_path: Path) -> None:
    """A slide with ``layout: section`` is a section page: it and the slides after it, up to the next one, sit in
    the section its heading (or its front matter's title) names, as under a Pandoc section heading."""
    deck = """---
theme: default
layout: cover
---

# Forecasts for the grid

---
layout: section
---

# Why forecasts fail

---

# Forecasts miss cloudy days

---
layout: section
title: What I built
---

---

# Probabilistic forecasts

---
layout: two-cols
---

# Calibration holds
"""
    talk = parse(tmp_path, "slides.md", deck)
    assert talk.format == "slidev"
    assert [(slide.title, slide.section) for slide in talk.slides] == [
        ("Forecasts for the grid", ""),
        ("Why forecasts fail", "Why forecasts fail"),
        ("Forecasts miss cloudy days", "Why forecasts fail"),
        ("What I built", "What I built"),
        ("Probabilistic forecasts", "What I built"),
        ("Calibration holds", "What I built"),
    ]


def test_a_reveal_js_stack_under_a_heading_alone_is_a_section_named_by_it(tmp_path: Path) -> None:
    """A stack of vertical slides under a top slide that holds only its heading is a part of the talk named by that
    heading, as a Pandoc section heading is; a stack whose top slide says more is not, nor a heading alone with no
    stack under it."""
    body = """
        # Catalysts

        ---

        ## Why iron catalysts die

        --

        ### Operando X-ray absorption

        - Iron sites turn to oxide

        --

        ### Peroxide attacks the support

        ---

        ## A ceria shell

        - One-step synthesis

        --

        ### Durability

        ---

        ## Next five years

        ---

        ## Thank you
        """
    talk = parse(tmp_path, "talk.md", textwrap.dedent(body))
    assert [slide.section for slide in talk.slides] == [
        "",
        "Why iron catalysts die",
        "Why iron catalysts die",
        "Why iron catalysts die",
        "",
        "",
        "",
        "",
    ]


def test_reveal_js_vertical_slides_under_two_dashes_are_slides(tmp_path: Path) -> None:
    """Most reveal.js decks set ``data-separator-vertical="^\\n--\\n$"`` in their page, which talklint does not
    read: a line of two dashes after a blank line opens a slide (and ends the notes before it); under a paragraph it
    underlines a heading, as Markdown reads it."""
    body = """
        <!-- .slide: data-background="#fff" -->
        # Sparse processes

        ---

        ## Notation

        - inducing points

        Note: go fast here

        --

        ## The bound

        Setext heading
        --
        still the bound
        """
    talk = parse(tmp_path, "talk.md", textwrap.dedent(body))
    assert talk.format == "revealjs"
    assert titles(talk) == ["Sparse processes", "Notation", "The bound"]
    assert talk.slides[1].notes == "go fast here"
    assert "still the bound" in talk.slides[2].text


@pytest.mark.parametrize("quote", ['"', "'"])  # YAML reads the escapes in double quotes, not in single ones
def test_reveal_md_separators_from_the_front_matter(tmp_path: Path, quote: str) -> None:
    front = f"separator: {quote}^\\r?\\n---\\r?\\n${quote}\nverticalSeparator: {quote}^\\r?\\n--\\r?\\n${quote}\n"
    body = "# Title\n\n---\n\n## One\n\n--\n\n## Two\n\n----\n\nstill two\n"
    talk = parse(tmp_path, "talk.md", f"---\n{front}---\n\n{body}")
    assert titles(talk) == ["Title", "One", "Two"]
    assert "still two" in talk.slides[2].text


# --- remark / xaringan ---------------------------------------------------


def test_remark_builds_notes_properties_and_exclude(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        """
        class: center, middle
        name: title

        # Title

        ---

        # Two parts

        .center[.large[First part]]
        --
        Second part

        .grid[
        .left[![A figure](fig.png)]
        ]

        ???
        Notes for the slide

        ---
        exclude: true

        # Dropped

        ---
        layout: true

        # Template

        ---
        background-image: url(fig.png)
        background-size: contain
        background-position: center

        ---

        class: inverse

        background-image: url(fig2.png)

        ---

        # Last
        """,
    )
    assert talk.format == "remark"
    assert titles(talk) == ["Title", "Two parts", "", "", "Last"]
    # Picture slides: their properties are not words, blank lines before and among them or not.
    assert [s.text.strip() for s in talk.slides[2:4]] == ["", ""]
    assert [[image.source for image in s.images] for s in talk.slides[2:4]] == [["fig.png"], ["fig2.png"]]
    assert "class:" not in talk.slides[0].text and "center" not in talk.slides[0].text
    assert "First part" in talk.slides[1].text and "Second part" in talk.slides[1].text
    assert "center" not in talk.slides[1].text and "]" not in talk.slides[1].text
    assert talk.slides[1].images[0].alt == "A figure"
    assert talk.slides[1].notes == "Notes for the slide"


def test_xaringan_yaml_title_becomes_the_first_slide(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.Rmd",
        """
        ---
        title: "My Job Talk"
        output:
          xaringan::moon_reader:
            lib_dir: libs
        ---

        # Motivation

        ???
        note

        ---

        # Results
        """,
    )
    assert talk.format == "remark"
    assert titles(talk) == ["My Job Talk", "Motivation", "Results"]


def test_remark_shows_a_blank_chunk_between_separators_as_a_slide_but_not_an_empty_start_or_end(
    tmp_path: Path,
) -> None:
    """remark renders "---", nothing, "---" as a blank slide the audience sees; the numbers of the slides
    after it are the numbers on screen. Nothing before the first separator or after the last is no slide."""
    talk = parse(
        tmp_path,
        "talk.Rmd",
        """
        ---
        title: "My Job Talk"
        output: xaringan::moon_reader
        ---

        # Motivation

        ---


        ---

        # Results

        ---

        """,
    )
    assert titles(talk) == ["My Job Talk", "Motivation", "", "Results"]
    blank = talk.slides[2]
    assert not blank.blocks and not blank.notes
    assert [f.message for f in by_code(lint(tmp_path / "talk.Rmd"), "TL306")] == ["slide 3 is empty"]


# --- Pandoc / Quarto -----------------------------------------------------


def test_pandoc_spans_and_attributes_show_only_their_text(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: "Quarto talk"
        format: revealjs
        ---

        ## Why functions?

        - The problem: [code repetition]{.alert} is a **[trap]{.fg}**!
        - Kept as written: `f{x=1}` and $x_{i=1}$

        ![](plot.png){width=80%}
        """,
    )
    slide = talk.slides[1]
    assert [block.text for block in slide.blocks if isinstance(block, Bullet)] == [
        "The problem: code repetition is a trap!",
        "Kept as written: f{x=1} and x_{i=1}",
    ]
    assert "{" not in "".join(block.text for block in slide.blocks if isinstance(block, Paragraph))


def test_quarto_slide_level_notes_pauses_and_code_comments(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: "Quarto talk"
        format: revealjs
        ---

        # Part one

        ## First slide

        Intro text

        . . .

        More text

        ::: notes
        Speaker notes here
        :::

        ## Code slide

        ```{r setup}
        library(hidden)
        ```

        ```{r}
        #| echo: true
        # this comment is not a heading
        x <- 1
        ```

        ::: {.notes}
        Second notes
        :::
        """,
    )
    assert talk.format == "pandoc"
    assert titles(talk) == ["Quarto talk", "Part one", "First slide", "Code slide"]
    assert talk.slides[2].notes == "Speaker notes here"
    assert ". . ." not in talk.slides[2].text and "Speaker" not in talk.slides[2].text
    code = [b for b in talk.slides[3].blocks if isinstance(b, CodeBlock)]
    assert len(code) == 1  # Quarto hides chunks unless echo is true
    assert code[0].language == "r"
    assert code[0].line_count == 2  # Quarto shows no "#|" option line
    assert talk.slides[3].notes == "Second notes"


def test_pandoc_title_block_and_background_pictures(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.md",
        """
        % A pandoc talk
        % Author

        ## {data-background="img/cover.jpg"}
        <div class="notes">
        hello
        </div>

        ## Second _point_

        text

        ## <!-- Demo --> {data-background-video="img/demo.mp4"}
        """,
    )
    assert talk.format == "pandoc"
    assert talk.title == "A pandoc talk"
    assert titles(talk) == ["A pandoc talk", "", "Second point", ""]
    assert talk.slides[1].images and talk.slides[1].notes == "hello"
    assert [i.source for i in talk.slides[3].images] == ["img/demo.mp4"]


def test_front_matter_slidev_shares_over_headings_and_no_rules_is_a_pandoc_deck(tmp_path: Path) -> None:
    # "theme" is Slidev's key and Pandoc's Beamer theme alike; Slidev cuts slides at "---" only, so a deck with
    # no rules and many headings would be one slide.
    deck = """
        ---
        title: Heat waves in a warming city
        author: M. Lin
        theme: metropolis
        ---

        # Heat kills more people than any other weather

        - 70,000 deaths in the 2003 heat wave

        # Research goal

        Predict heat risk street by street.

        # Conclusions

        - Street-level heat is predictable
        """
    talk = parse(tmp_path, "talk.md", deck)
    assert talk.format == "pandoc"
    assert titles(talk) == [
        "Heat waves in a warming city",
        "Heat kills more people than any other weather",
        "Research goal",
        "Conclusions",
    ]
    with_rules = deck.replace("        # Research goal", "        ---\n\n        # Research goal")
    assert parse(tmp_path, "slidev.md", with_rules).format == "slidev"


def test_yaml_metadata_with_a_title_and_an_author_is_a_pandoc_deck_cut_at_its_headings(tmp_path: Path) -> None:
    deck = """
        ---
        title: Verified compilers for everyone
        author: R. Novak
        ---

        # Motivation

        ## Compiler bugs break safety-critical code

        - 79 miscompilation bugs in 2024

        # Results

        ## 41 of 43 passes verified

        ## Thank you
        """
    talk = parse(tmp_path, "talk.md", deck)
    assert talk.format == "pandoc" and not talk.is_outline
    assert titles(talk)[:3] == [
        "Verified compilers for everyone",
        "Motivation",
        "Compiler bugs break safety-critical code",
    ]
    notes = parse(tmp_path, "notes.md", deck.replace("        author: R. Novak\n", ""))
    assert notes.format == "markdown-outline"  # a title alone: notes with front matter, not a deck


# --- blocks --------------------------------------------------------------


def test_a_dollar_before_a_digit_is_money_not_math(tmp_path: Path) -> None:
    # As Pandoc, Quarto and Marp read it: a "$" right before a digit closes no math.
    talk = parse(
        tmp_path,
        "deck.md",
        "---\nmarp: true\n---\n\n# Cost per 1M tokens fell from $4.10 to $0.38\n\n"
        "We spent $20,000 and $30,000.\n\nThe loss is $x^2$ plus $ y $.\n",
    )
    slide = talk.slides[0]
    assert slide.title == "Cost per 1M tokens fell from $4.10 to $0.38"
    money, loss = (b for b in slide.blocks if isinstance(b, Paragraph))
    assert (money.text, money.inline_math) == ("We spent $20,000 and $30,000.", ())
    assert loss.inline_math == ("x^2", " y ")  # math inside spaces stays math: decks that render it write it so


def test_a_footnote_mark_is_no_word_of_the_text(tmp_path: Path) -> None:
    # Raised digits and Pandoc's references point at a note: a suggested title or a count of words has no use for them
    text = "- Some features of the built environment are criminogenic <sup>1</sup>\n- Vacant lots attract crime[^2]\n"
    text += "- Wages rose 2<sup>nd</sup> year in a row, by 10<sup>3</sup> dollars\n"
    talk = parse(tmp_path, "deck.md", f"---\nmarp: true\n---\n\n# Crime clusters\n\n{text}")
    assert [b.text for b in talk.slides[0].blocks if isinstance(b, Bullet)] == [
        "Some features of the built environment are criminogenic",
        "Vacant lots attract crime",
        "Wages rose 2nd year in a row, by 10³ dollars",  # raised after a digit: its exponent
    ]


def test_blocks_math_tables_images_and_html(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        r"""
        ---
        marp: true
        ---

        # Math

        Energy is $E=mc^2$ here.

        $$
        a^2 + b^2 = c^2
        $$

        \[ x = 1 \]

        \begin{alignat*}{2} x &= 1 &\quad y &= 2 \end{alignat*}

        | a | b |
        |---|---|
        | 1 | 2 |

        <img src="fig.png" alt="A figure">

        <style>section { color: red; }</style>
        """,
    )
    blocks = talk.slides[0].blocks
    paragraph = next(b for b in blocks if isinstance(b, Paragraph))
    assert paragraph.inline_math == ("E=mc^2",)
    # The same display-math environments as in Beamer, alignat* included.
    assert sum(isinstance(b, MathBlock) for b in blocks) == 3
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == (("a", "b"), ("1", "2"))
    assert any(isinstance(b, Image) and b.alt == "A figure" for b in blocks)
    assert "color" not in talk.slides[0].text


def test_front_matter_duration(tmp_path: Path) -> None:
    talk = parse(tmp_path, "talk.md", "---\ntalklint: {duration: 45}\n---\n\n# T\n\n## A\n\ntext\n")
    assert talk.duration == 45.0


@pytest.mark.parametrize(
    ("front_matter", "reason"),
    [
        ("talklint: {duration: -3}", "positive number"),
        ("talklint: 45", "must be a mapping"),
        ("title: [unclosed", "not valid YAML"),
    ],
)
def test_bad_front_matter_is_a_parse_error(tmp_path: Path, front_matter: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(tmp_path, "talk.md", f"---\n{front_matter}\n---\n\n# T\n")


# --- reading as the audience sees it ---------------------------------------


def test_titles_leave_out_notes_citations_and_latex(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        r"""
        ## Current estimators^[@andrews1991]

        x

        ## Phase transitions[^melko]

        x

        ## Autocorrelation of \textcolor{#FF2052}{\tau_{\mathrm{int}}}

        x

        ## Results [@smith2020; @doe2019]

        x
        """,
    )
    assert titles(talk) == ["Current estimators", "Phase transitions", "Autocorrelation of tau_int", "Results"]


def test_a_style_or_script_chunk_is_not_a_slide(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.md",
        """
        ---
        theme: default
        ---

        # Start

        ---

        <style>
        h1 { color: red; }
        </style>

        ---

        # End

        ---

        <script setup>
        const x = 1
        </script>
        """,
    )
    assert titles(talk) == ["Start", "End"]


def test_embedded_videos_pages_and_diagrams_are_pictures(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        """
        ---
        marp: true
        ---

        # Demo

        <iframe src="https://example.org/demo"></iframe>

        ---

        # Video

        <video src="robot.mp4" controls></video>

        ---

        # Pipeline

        ```mermaid
        graph LR
          A --> B
        ```
        """,
    )
    assert [len(s.images) for s in talk.slides] == [1, 1, 1]
    assert not any(isinstance(b, CodeBlock) for s in talk.slides for b in s.blocks)
    assert not by_code(lint(tmp_path / "deck.md"), "TL306")  # empty-slide


def test_an_untitled_slide_showing_one_short_sentence_takes_it_as_title(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "deck.md",
        """
        ---
        marp: true
        ---

        # Start

        ---

        *A bit of context...*

        ---

        A longer paragraph without a title that runs well past the dozen words a title could hold.
        """,
    )
    assert titles(talk) == ["Start", "A bit of context...", ""]


def test_a_xaringan_deck_is_knitted_first_hidden_chunks_are_not_on_its_slides(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "slides.Rmd",
        """
        ---
        title: "Collective Efficacy"
        output:
          xaringan::moon_reader:
            lib_dir: libs
        ---

        ```{r setup, include=FALSE}
        knitr::opts_chunk$set(echo = FALSE)
        ```

        ![](img/paper.png)

        ---
        # Model

        ```{r model plot}
        plot(model)
        ```

        ```{r}
        fit <- read_fit()
        ```

        ```{r, echo=TRUE}
        fit <- lm(y ~ x)
        ```
        """,
    )
    assert talk.format == "remark"
    _, first, model = talk.slides  # xaringan's title slide from the front matter, then the two slides
    assert "knitr" not in first.text and not [b for b in first.blocks if isinstance(b, CodeBlock)]
    code = [b for b in model.blocks if isinstance(b, CodeBlock)]
    assert [c.line_count for c in code] == [1]  # echo = FALSE from the setup chunk on; the last one asks for it
    assert len(model.images) == 1  # the plot the hidden "model plot" chunk draws; the other one shows nothing


def test_a_hidden_chunk_whose_code_draws_shows_its_figure(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: "Floods"
        format: revealjs
        ---

        ## One model for all basins

        ```{python}
        #| echo: false
        import matplotlib.pyplot as plt
        plt.plot(lead_times)
        ```

        ## Data

        ```{python}
        #| echo: false
        basins = load_basins()
        ```

        ## Effects

        ```{r}
        #| echo: false
        knitr::kable(head(effects))
        ```

        ## Barcelona's superblocks

        ```{r, echo=FALSE}
        knitr::include_graphics("barcelona.png")
        ```
        """,
    )
    drawn, loaded, tabled, pictured = talk.slides[-4:]
    # code that plots shows a figure, code that typesets a table shows it, and so does code that includes a picture;
    # a loader nothing
    assert [len(s.images) for s in (drawn, loaded, tabled, pictured)] == [1, 0, 1, 1]


def test_a_quarto_diagram_chunk_is_a_drawing_whether_or_not_code_is_echoed(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: "Feature stores"
        format: revealjs
        ---

        ## One definition, two runtimes

        ```{mermaid}
        flowchart LR
          A[Feature definition] --> B[Batch]
          A --> C[Online]
        ```

        ## Data

        ```{python}
        basins = load_basins()
        ```
        """,
    )
    drawn, hidden = talk.slides[-2:]
    # Quarto presentations hide code by default, but a Mermaid chunk renders its drawing
    assert (len(drawn.images), drawn.blocks[0].source, hidden.blocks) == (1, "mermaid diagram", ())


def test_quarto_shows_code_without_its_option_lines_and_shortcodes_as_what_they_show(tmp_path: Path) -> None:
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: "Rents"
        format: revealjs
        ---

        ## How we estimate it

        ```{r}
        #| echo: true
        #| label: fit
        fit <- feols(log(rent) ~ treated * post, data = rents)
        summary(fit)
        ```

        ## Metro uses our forecast

        {{< video https://example.org/briefing.mp4 >}}

        Metro sited 2,000 units with it {{< fa check >}}

        ```markdown
        Write {{< pagebreak >}} to break a page
        ```
        """,
    )
    estimate, uptake = talk.slides[-2:]
    [code] = [b for b in estimate.blocks if isinstance(b, CodeBlock)]
    assert code.text.splitlines() == ["fit <- feols(log(rent) ~ treated * post, data = rents)", "summary(fit)"]
    assert code.location.line == 10  # the line of its last option: the lines keep their numbers
    assert len(uptake.images) == 1  # the video
    assert "Metro sited 2,000 units with it" in [b.text for b in uptake.blocks if isinstance(b, Paragraph)]
    assert any("{{< pagebreak >}}" in b.text for b in uptake.blocks if isinstance(b, CodeBlock))


def test_inline_code_that_knitr_runs_shows_its_value_not_its_code(tmp_path: Path) -> None:
    body = "# Kids miss `r n_missed` more school days\n\n- `{python} len(kids)` children in the study\n"
    knitted = parse(tmp_path, "talk.Rmd", "---\ntitle: Housing\noutput: xaringan::moon_reader\n---\n\n" + body)
    assert knitted.slides[-1].title == "Kids miss … more school days"
    assert [b.text for b in knitted.slides[-1].blocks] == ["… children in the study"]
    # In plain Markdown, nothing runs it: it is code the slide shows.
    plain = parse(tmp_path, "plain.md", "---\nmarp: true\n---\n\n" + body)
    assert "r n_missed" in plain.slides[-1].title


def test_an_emoji_shortcode_is_a_picture_not_words(tmp_path: Path) -> None:
    body = (
        "# Compiler bugs break safety-critical code :warning:\n\n"
        "- Meet at 10:30:45 :+1:\n- Use `:rocket:` and std::vector\n"  # a time, code and a scope stay
    )
    [slide] = parse(tmp_path, "deck.md", "---\nmarp: true\n---\n\n" + body).slides
    assert slide.title == "Compiler bugs break safety-critical code"
    assert [b.text for b in slide.blocks] == ["Meet at 10:30:45", "Use :rocket: and std::vector"]


def test_a_line_break_in_a_heading_parts_its_words_and_marps_fit_keyword_is_no_note(tmp_path: Path) -> None:
    body = "# <!-- fit --> Teaching robots to fold laundry<br>from five demos\n\n<!-- Pause here. -->\n"
    [slide] = parse(tmp_path, "deck.md", "---\nmarp: true\n---\n\n" + body).slides
    assert slide.title == "Teaching robots to fold laundry from five demos"
    assert slide.notes == "Pause here."


def test_a_block_quote_is_someone_elses_words(tmp_path: Path) -> None:
    text = "# What owners said\n\n> Maybe I would trust it.\n> If it asked first.\n\nOwners trust it.\n"
    [slide] = parse(tmp_path, "deck.md", f"---\nmarp: true\n---\n\n{text}").slides
    assert [(b.text, b.quoted) for b in slide.blocks if isinstance(b, Paragraph)] == [
        ("Maybe I would trust it. If it asked first.", True),
        ("Owners trust it.", False),
    ]


def test_html_elements_on_lines_of_their_own_are_separate_texts(tmp_path: Path) -> None:
    # Labels laid out as boxes are pieces the audience reads one by one (and text-wall does not count
    # labels of three words or fewer); text wrapped inside one element reads on as one paragraph.
    talk = parse(
        tmp_path,
        "slides.md",
        """
        # How much faster?

        <div class="answer">
        <span>careful<br/>selection</span>
        <span>industrial<br/>15x</span>
        </div>

        <div>
        A sentence that the author
        wrapped over two lines
        </div>
        """,
    )
    texts = [b.text for b in talk.slides[0].blocks if isinstance(b, Paragraph)]
    assert texts == ["careful selection", "industrial 15x", "A sentence that the author wrapped over two lines"]


def test_a_picture_whose_address_has_a_space_is_a_picture_not_its_markup(tmp_path: Path) -> None:
    # CommonMark leaves it as text; Pandoc, R Markdown and remark decks show the picture.
    talk = parse(
        tmp_path,
        "talk.Rmd",
        """
        ---
        output: xaringan::moon_reader
        ---

        # Violence fell

        ---
        class: inverse, center
        ![](https://example.org/share of deaths.png "world in data")

        ---

        # A sentence with ![](a b.png) inside stays text
        """,
    )
    picture = talk.slides[1]
    assert [b.source for b in picture.blocks if isinstance(b, Image)] == ["https://example.org/share of deaths.png"]
    assert "![" not in picture.title + picture.text


def test_a_heading_inside_a_quarto_div_makes_no_slide(tmp_path: Path) -> None:
    # Pandoc splits a deck at its top-level headings: a callout's title, or a heading in a column, is on the slide.
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: Cities that cool themselves
        format: revealjs
        ---

        ## Why this matters

        ::: {.callout-note}
        ## My vision
        Every city can cool its hottest streets within a decade.
        :::

        ## Street trees cool by 4 degrees

        :::: {.columns}
        ::: {.column width="50%"}
        ## Measured
        312 blocks
        :::
        ::::::

        ## Thank you
        """,
    )
    assert titles(talk) == [
        "Cities that cool themselves",
        "Why this matters",
        "Street trees cool by 4 degrees",
        "Thank you",
    ]
    assert "My vision" in talk.slides[1].text


def test_headings_inside_quarto_conditional_content_are_slides(tmp_path: Path) -> None:
    # Quarto unwraps content-visible and content-hidden divs before Pandoc cuts the slides.
    talk = parse(
        tmp_path,
        "talk.qmd",
        """
        ---
        title: Talk
        format: revealjs
        ---

        ::: {.content-visible when-format="revealjs"}
        ## First slide

        Text

        ## Second slide

        ::: {.callout-tip}
        ## A tip
        Inside the second slide
        :::
        :::
        """,
    )
    assert titles(talk) == ["Talk", "First slide", "Second slide"]
