"""Pandoc and Quarto slides (``.qmd``, ``.Rmd``, ``%`` title blocks).

The slide level comes from the headings (Pandoc's rule) or ``slide-level``;
notes are ``::: notes`` and ``<div class="notes">`` blocks; ``. . .`` pauses
and div fences are markup; executable chunks hidden by ``echo`` are not on
the slide.
"""

from __future__ import annotations

import re

from talklint.model import Image, Location
from talklint.parsers.markdown.blocks import DIAGRAM_LANGUAGES, strip_tags
from talklint.parsers.markdown.file import DIV_FENCE, SLIDE_SEPARATOR, MarkdownFile
from talklint.parsers.markdown.lines import (
    RawSlide,
    comment_mask,
    fence_mask,
    heading,
    take_comments,
)
from talklint.parsers.markdown.references import KNITTED_SUFFIXES

_HEADING_ATTRIBUTES = re.compile(r"\s*\{[^{}]*\}\s*$")
_PANDOC_NOTES_OPEN = re.compile(r"^\s*:{3,}\s*(?:notes|\{[^}]*\.notes\b[^}]*\})\s*$")
_DIV_NOTES_OPEN = re.compile(r"<div\s+class=[\"']notes[\"']\s*>", re.IGNORECASE)
_PAUSE = re.compile(r"^\s*\.\s+\.\s+\.\s*$")


def has_pandoc_title_block(reader: MarkdownFile) -> bool:
    return bool(reader.lines) and reader.lines[0].startswith("%")


def has_pandoc_metadata(reader: MarkdownFile) -> bool:
    """A title and an author in YAML front matter: the metadata form of Pandoc's ``%`` title block."""
    meta = reader.front_matter.data
    return isinstance(meta.get("title"), str) and bool(meta.get("author"))


def has_pandoc_notes(reader: MarkdownFile) -> bool:
    return reader.has_line(_PANDOC_NOTES_OPEN) or bool(_div_notes("\n".join(reader.body)))


# --- Pandoc / Quarto -----------------------------------------------------


def split_pandoc(reader: MarkdownFile) -> list[RawSlide]:
    body, first_line = _without_title_block(reader)
    # Headings and rules inside code, an HTML comment or a fenced div (a callout's "## My vision") do not make
    # slides: Pandoc splits a deck at its top-level headings only.
    code_or_comment = [code or comment for code, comment in zip(fence_mask(body), comment_mask(body), strict=True)]
    mask = [
        masked or inside for masked, inside in zip(code_or_comment, _inside_divs(body, code_or_comment), strict=True)
    ]
    level = _declared_slide_level(reader.front_matter.data) or _default_slide_level(reader, body, mask)
    slides: list[RawSlide] = []
    title = reader.front_matter.data.get("title") or _pandoc_block_title(reader)
    if isinstance(title, str) and title.strip():
        slides.append(RawSlide([], 1, title=title.strip()))
    section = ""
    current: RawSlide | None = None
    for index, line in enumerate(body):
        found = None if mask[index] else heading(line)
        separator = not mask[index] and SLIDE_SEPARATOR.match(line)
        if found and found.level <= level:
            text = _HEADING_ATTRIBUTES.sub("", found.text).strip()
            if found.level < level:
                section = text
            current = RawSlide([], first_line + index + 1, title=text, section=section)
            current.pictures = _background_image(found.text, first_line + index)
            current.title_line = first_line + index
            slides.append(current)
            continue
        if separator:
            if _opens_slide(body, mask, index + 1, level):
                continue  # Pandoc: a rule just before a slide heading makes no empty slide
            current = RawSlide([], first_line + index + 1, title="", section=section)
            slides.append(current)
            continue
        if current is None:
            if not line.strip():
                continue
            current = RawSlide([], first_line + index, title=None, section=section)
            slides.append(current)
        current.lines.append(line)
    for slide in slides:
        _pandoc_notes(slide)
    kept: list[RawSlide] = []
    for slide in slides:
        if slide.text.strip() or slide.notes or slide.title is not None:
            kept.append(slide)
        elif slide.directives:
            # A chunk of only comments makes no slide; its directives still count ("disable-file"
            # right after the front matter applies from the start, one later to the slide before it).
            (kept[-1].directives if kept else reader.directives).extend(slide.directives)
    return kept


_DIV_OPEN = re.compile(r"^\s*:{3,}\s*[^:\s]")  # "::: {.callout-note}", "::: notes"; a bare ":::" closes
# Quarto's conditional content: its filter unwraps the div before Pandoc cuts slides, so the headings inside
# are the deck's own ("::: {.content-visible when-format="revealjs"}" around several slides).
_UNWRAPPED_DIV = re.compile(r"\.content-(?:visible|hidden)\b")


def _inside_divs(lines: list[str], masked: list[bool]) -> list[bool]:
    """Lines inside a fenced div (between its opening and closing fences) that Pandoc keeps as a div."""
    inside: list[bool] = []
    kept: list[bool] = []  # for each open div: whether it stays a div when Pandoc cuts the slides
    for line, skip in zip(lines, masked, strict=True):
        fence = not skip and DIV_FENCE.match(line)
        if fence and _DIV_OPEN.match(line):
            kept.append(not _UNWRAPPED_DIV.search(line))
        elif fence and kept:
            kept.pop()
        inside.append(any(kept) and not fence)
    return inside


def _opens_slide(lines: list[str], mask: list[bool], start: int, level: int) -> bool:
    """The next non-blank line is a heading at the slide level or above."""
    for index in range(start, len(lines)):
        if lines[index].strip():
            found = None if mask[index] else heading(lines[index])
            return bool(found and found.level <= level)
    return False


def _background_image(heading: str, line: int) -> list[Image]:
    """A slide whose picture is a heading attribute: ``{data-background="x.jpg"}``, a background video or page."""
    match = re.search(r"(?:data-)?background(?:-image|-video|-iframe)?=[\"']?([^\"'\s}]+)", heading)
    return [Image(source=match.group(1), location=Location(line, 1))] if match else []


_CHUNK_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*\{\s*([A-Za-z]\w*)([^}]*)\}")
_CHUNK_OPTION = re.compile(r"^\s*#\|\s*(echo|include)\s*:\s*(true|false)", re.IGNORECASE)
_HEADER_OPTION = re.compile(r"\b(echo|include)\s*=\s*(TRUE|FALSE|T|F)\b")
# knitr's defaults set in a chunk ("knitr::opts_chunk$set(echo = FALSE)") hold for the chunks after it.
_SET_DEFAULT_ECHO = re.compile(r"opts_chunk\$set\([^)]*\becho\s*=\s*(TRUE|FALSE|T|F)\b")


def knitted_body(reader: MarkdownFile) -> list[str]:
    """The body as knitr or Quarto renders it: executable chunks whose code the audience never sees blanked,
    Quarto's shortcodes as what they show, and inline code's values elided."""
    return _rendered_inline(
        _hide_unechoed_chunks(reader.body, _default_echo(reader)), reader.suffix in KNITTED_SUFFIXES
    )


# Inline code that knitr or Quarto runs: "`r nrow(kids)`", "`{python} len(kids)`".
_INLINE_CODE = re.compile(r"`(?:r|\{(?:r|python|julia)\})[ \t]+[^`\n]{1,500}`")  # (bounded: a long line holds many)


# A Quarto shortcode: "{{< video https://… >}}", "{{< fa github >}}", "{{< pagebreak >}}".
_SHORTCODE = re.compile(r"\{\{<\s*([\w-]{1,40})[^>]{0,500}>\}\}")  # (bounded: a long line holds many)


def _rendered_inline(lines: list[str], knitted: bool) -> list[str]:
    """The lines outside code as the audience sees them. A shortcode is what it shows: a video is something to look
    at, and the others (an icon, a page break, a variable's value) are no words of the slide. Where the file is
    ``knitted``, inline code shows its value, which only running the talk gives: an ellipsis, not the code ("miss
    `r days` more days" shows a number, never "r days")."""
    mask = fence_mask(lines)
    rendered = []
    for index, line in enumerate(lines):
        if not mask[index]:
            if "{{<" in line:
                line = _SHORTCODE.sub(_shown, line)
            if knitted and "`" in line:
                line = _INLINE_CODE.sub("…", line)
        rendered.append(line)
    return rendered


def _shown(shortcode: re.Match[str]) -> str:
    return "![](shortcode-video)" if shortcode.group(1) == "video" else ""


def _default_echo(reader: MarkdownFile) -> bool:
    """Quarto presentations hide code by default; knitr shows it."""
    meta = reader.front_matter.data
    execute = meta.get("execute")
    if isinstance(execute, dict) and isinstance(execute.get("echo"), bool):
        return bool(execute["echo"])
    knitr = meta.get("knitr")
    if isinstance(knitr, dict) and isinstance(knitr.get("opts_chunk"), dict):
        echo = knitr["opts_chunk"].get("echo")
        if isinstance(echo, bool):
            return echo
    return reader.suffix != ".qmd"


def _hide_unechoed_chunks(lines: list[str], default_echo: bool) -> list[str]:
    """Blank executable chunks (```{r}) whose code the audience never sees: not echoed, or not included. A diagram
    chunk (```{mermaid}, ```{dot}) is left as written: the slide shows its drawing."""
    mask = fence_mask(lines)
    kept = list(lines)
    index = 0
    while index < len(lines):
        match = _CHUNK_OPEN.match(lines[index])
        if not match or not mask[index]:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and mask[end] and not lines[end].strip().startswith(match.group(1)):
            end += 1
        if match.group(2).lower() in DIAGRAM_LANGUAGES:
            index = end + 1  # a diagram chunk ("```{mermaid}") shows its drawing whether its code is echoed or not
            continue
        options = {"echo": default_echo, "include": True}
        for name, value in _HEADER_OPTION.findall(match.group(3)):
            options[name] = value.startswith("T")
        code = lines[index + 1 : end]
        for line in code:
            if option := _CHUNK_OPTION.match(line):
                options[option.group(1).lower()] = option.group(2).lower() == "true"
        if setting := _SET_DEFAULT_ECHO.search("\n".join(code)):
            default_echo = setting.group(1).startswith("T")
        if options["echo"] and options["include"]:
            # Quarto shows the code without the "#|" option lines that open it: the fence opens after them (the
            # lines keep their numbers).
            options_end = next((n for n, line in enumerate(code) if not line.lstrip().startswith("#|")), len(code))
            if options_end:
                kept[index : index + options_end + 1] = [""] * options_end + [lines[index]]
        else:
            kept[index : end + 1] = [""] * (min(end + 1, len(lines)) - index)
            declared = [match.group(3), *(line for line in code if line.lstrip().startswith("#|"))]
            if options["include"] and (_FIGURE_CHUNK.search("\n".join(declared)) or _draws("\n".join(code))):
                # The code is hidden and the figure it draws is shown: a picture on the slide.
                kept[index] = f"![](chunk-figure-{index + 1})"
        index = end + 1
    return kept[: len(lines)]


# A chunk whose header or options declare a figure: figure options ("fig.width=12", "#| fig-cap:"), or a
# label that names what it shows ("{r motion plot}", "{r datatable}"). Other hidden chunks may show nothing.
_FIGURE_CHUNK = re.compile(
    r"\bfig[.-](?:width|height|cap|align|asp|alt)\b|\b(?:plots?|figures?|charts?|graphs?|maps?|datatables?|tables?)\b",
    re.IGNORECASE,
)


def _draws(code: str) -> bool:
    """Code that draws ("plt.plot(…)", "ggplot(df) + …"), typesets a table ("knitr::kable(effects)") or shows a
    picture ("knitr::include_graphics("map.png")"): its output is a figure. A chunk that defines functions sets up
    what later chunks draw ("plot_results <- function(…) { … ggplot(…) }") and shows nothing itself."""
    return bool(_PLOTS.search(code)) and not _DEFINES.search(code)


_DEFINES = re.compile(r"<-\s*function\s*\(|^\s*def\s+\w+\s*\(", re.MULTILINE)
_PLOTS = re.compile(
    r"\b(?:plt|sns|px|alt|go)\.\w+\(|\bggplot\(|(?:^|[^\w.])(?:plot|hist|barplot|boxplot|image|imshow)\(|\.plot\("
    r"|\b(?:kable|kbl|gt|datatable|flextable|reactable|modelsummary|include_graphics)\(",
    re.MULTILINE,
)


def _without_title_block(reader: MarkdownFile) -> tuple[list[str], int]:
    body = reader.body
    if reader.front_matter.line_count or not has_pandoc_title_block(reader):
        return body, reader.body_first_line
    count = 0
    while count < len(body) and body[count].startswith("%"):
        count += 1
    return body[count:], reader.body_first_line + count


def _pandoc_block_title(reader: MarkdownFile) -> str:
    """The first ``%`` line is the title; the next two are the authors and the date."""
    return reader.lines[0][1:].strip() if reader.lines and reader.lines[0].startswith("%") else ""


def _declared_slide_level(meta: dict[str, object]) -> int | None:
    """``slide-level: 2`` at the top or under a format (Quarto, R Markdown)."""
    candidates: list[object] = [meta.get("slide-level"), meta.get("slide_level")]
    for key in ("format", "output"):
        formats = meta.get(key)
        if isinstance(formats, dict):
            for options in formats.values():
                if isinstance(options, dict):
                    candidates += [options.get("slide-level"), options.get("slide_level")]
    return next((c for c in candidates if isinstance(c, int) and 1 <= c <= 6), None)


def _default_slide_level(reader: MarkdownFile, body: list[str], mask: list[bool]) -> int:
    """Quarto slides at level 2 (``#`` makes a section slide); Pandoc's rule otherwise."""
    if reader.suffix == ".qmd":
        return 2
    return _pandoc_slide_level(_without_notes(body), mask)


def _without_notes(lines: list[str]) -> list[str]:
    """Blank out notes so that a heading followed by notes counts as bare."""
    if not lines:
        return lines
    text, _ = _take_div_notes("\n".join(lines))
    kept = text.split("\n")
    inside = False
    for index, line in enumerate(kept):
        if _PANDOC_NOTES_OPEN.match(line):
            inside = True
        if inside:
            if line.strip() and set(line.strip()) == {":"}:
                inside = False
            kept[index] = ""
    return kept


def _pandoc_slide_level(lines: list[str], mask: list[bool]) -> int:
    """Pandoc's rule: the highest heading level followed directly by content."""
    best: int | None = None
    for index, line in enumerate(lines):
        found = None if mask[index] else heading(line)
        if not found:
            continue
        following = _next_nonblank(lines, index + 1)
        if following and not heading(following) and not SLIDE_SEPARATOR.match(following):
            best = found.level if best is None else min(best, found.level)
    return best if best is not None else 2


def _next_nonblank(lines: list[str], start: int) -> str:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return lines[index]
    return ""


def _pandoc_notes(slide: RawSlide) -> None:
    take_comments(slide)
    text, notes = _take_div_notes(slide.text)
    slide.notes.extend(notes)
    lines = text.split("\n")
    kept: list[str] = []
    in_notes = False
    depth = 0
    mask = fence_mask(lines)
    for index, line in enumerate(lines):
        if not mask[index] and _PANDOC_NOTES_OPEN.match(line):
            in_notes, depth = True, 0
            kept.append("")
            continue
        if in_notes:
            depth += _div_depth_change(line)
            if depth < 0:
                in_notes = False
                kept.append("")
                continue
            slide.notes.append(line)
            kept.append("")
            continue
        is_markup = not mask[index] and (DIV_FENCE.match(line) or _PAUSE.match(line))
        kept.append("" if is_markup else line)
    slide.lines = kept
    slide.notes = ["\n".join(slide.notes).strip()] if any(n.strip() for n in slide.notes) else []


def _div_notes(text: str) -> list[tuple[int, int, int]]:
    """(start, inner start, end) of each ``<div class="notes">…</div>``, in one pass."""
    lowered = text.lower()
    found: list[tuple[int, int, int]] = []
    position = 0
    for opening in _DIV_NOTES_OPEN.finditer(text):
        if opening.start() < position:
            continue
        close = lowered.find("</div>", opening.end())
        if close < 0:
            break
        position = close + len("</div>")
        found.append((opening.start(), opening.end(), close))
    return found


def _take_div_notes(text: str) -> tuple[str, list[str]]:
    """Remove notes divs, keeping line breaks; return the text and the notes."""
    pieces: list[str] = []
    notes: list[str] = []
    position = 0
    for start, inner, close in _div_notes(text):
        end = close + len("</div>")
        pieces += [text[position:start], "\n" * text.count("\n", start, end)]
        notes.append(strip_tags(text[inner:close]).strip())
        position = end
    pieces.append(text[position:])
    return "".join(pieces), notes


def _div_depth_change(line: str) -> int:
    stripped = line.strip()
    if not stripped.startswith(":::"):
        return 0
    return -1 if set(stripped) == {":"} else 1
