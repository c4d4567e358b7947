"""Shared helpers: write talks, build decks, lint them, run the command line."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from talklint.cli import main
from talklint.config import Config, parse_config_table
from talklint.engine import FileResult, lint_file
from talklint.findings import Finding
from talklint.model import Slide, Talk
from talklint.parsers import parse_talk
from talklint.registry import build_registry
from talklint.selection import build_rule_set

REPO = Path(__file__).resolve().parent.parent
# Libraries that cost import time; light commands and fully cached checks must not import them.
HEAVY_MODULES = ("spacy", "textstat", "wordfreq", "pptx", "markdown_it", "lxml", "pylatexenc", "pypdfium2")
CORPUS = REPO.parent / "shared" / "corpus"


def corpus_checkout(main: Path, folder: Path) -> Path:
    """Lay a multi-file corpus deck out as its repository had it, and return the main file there.

    The corpus keeps a deck's included files under ``<owner>__<repo>__parts/``
    by their path in the repository; LaTeX (and talklint) find them relative
    to the main file, so they are copied back beside it, with a ``.git`` to
    mark the repository root.
    """
    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    local = main.relative_to(CORPUS).as_posix()
    repo_path = next(row.split("\t")[3] for row in manifest if row.split("\t")[0] == local)
    checkout = folder / main.stem
    (checkout / ".git").mkdir(parents=True, exist_ok=True)
    target = checkout / repo_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(main.read_bytes())
    owner_repo = "__".join(main.stem.split("__")[:2])
    parts = main.parent / f"{owner_repo}__parts"
    for part in sorted(parts.rglob("*")) if parts.is_dir() else []:
        if part.is_file():
            copy = checkout / part.relative_to(parts)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(part.read_bytes())
    return target


def forget_word_index() -> None:
    """Make this process open (or build) the word index, and look every word up, again."""
    from talklint.analysis import lexicon

    for cached in (lexicon._index, lexicon._hyphenator, lexicon.zipf, lexicon.syllables, lexicon.flesch_kincaid_grade):
        cached.cache_clear()


def texts(slide: Slide) -> list[str]:
    """The slide's paragraphs and bullets, in order."""
    return [block.text for block in slide.text_blocks]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def lint(path: Path, duration: float | None = None, **settings: object) -> FileResult:
    """Lint ``path`` with a config given as TOML-like keyword settings."""
    table = {key.replace("_", "-"): value for key, value in settings.items()}
    config = parse_config_table(table, path.parent / "talklint.toml") if table else Config(root=path.parent)
    config = replace(config, command_line_duration=duration)
    rule_set = build_rule_set(config, build_registry(config.rule_paths, plugins=False))
    return lint_file(path, rule_set)


def codes(result: FileResult) -> list[str]:
    return [f.code for f in result.findings]


def by_code(result: FileResult, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def parse(folder: Path, name: str, text: str) -> Talk:
    return parse_talk(write(folder, name, text))


class Cli:
    """Run ``talklint`` in-process and capture what it prints."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(list(args))
        out, err = self.capsys.readouterr()
        return code, out, err


# --- decks ---------------------------------------------------------------

SlideSpec = dict[str, object]


def png_bytes(shade: int = 0) -> io.BytesIO:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, shade % 256)).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def build_pptx(path: Path, slides: Iterable[SlideSpec], customise: Callable[..., None] | None = None) -> Path:
    """A deck from simple specs: title, bullets, notes, hidden, table, picture, textbox, group."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    for number, spec in enumerate(slides):
        layout = prs.slide_layouts[int(str(spec.get("layout", 1 if spec.get("title") is not None else 6)))]
        slide = prs.slides.add_slide(layout)
        if spec.get("title") is not None:
            slide.shapes.title.text = str(spec["title"])
        bullets = list(spec.get("bullets", []))  # type: ignore[call-overload]
        if bullets:
            frame = slide.placeholders[1].text_frame
            for index, item in enumerate(bullets):
                text, level = (item, 0) if isinstance(item, str) else item
                paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
                paragraph.text = text
                paragraph.level = level
        elif spec.get("title") is not None and layout == prs.slide_layouts[1]:
            slide.placeholders[1]._element.getparent().remove(slide.placeholders[1]._element)
        for text, top in spec.get("textboxes", []):  # type: ignore[attr-defined]
            slide.shapes.add_textbox(Inches(1), Inches(top), Inches(6), Inches(1)).text_frame.text = text
        if spec.get("table"):
            rows = spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(1), Inches(4), Inches(6), Inches(2))  # type: ignore[arg-type]
            for r, row in enumerate(rows):  # type: ignore[arg-type]
                for c, cell in enumerate(row):
                    shape.table.cell(r, c).text = cell
        if spec.get("picture"):
            # "picture": True draws the slide's own picture; a number draws that shade, shared across slides.
            shade = number if spec["picture"] is True else int(spec["picture"])  # type: ignore[call-overload]
            picture = slide.shapes.add_picture(png_bytes(shade), Inches(5), Inches(5), Inches(1))
            picture._element.nvPicPr.cNvPr.set("descr", str(spec.get("alt", "")))
        if spec.get("group"):
            group = slide.shapes.add_group_shape()
            inner = group.shapes.add_group_shape()
            for text in spec["group"]:  # type: ignore[attr-defined]
                inner.shapes.add_textbox(Inches(1), Inches(6), Inches(3), Inches(1)).text_frame.text = text
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = str(spec["notes"])
        if spec.get("smartart"):
            _add_smartart(slide, number, list(spec["smartart"]))  # type: ignore[call-overload]
        if spec.get("hidden"):
            slide._element.set("show", "0")
    if customise:
        customise(prs)
    prs.save(str(path))
    return path


_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _add_smartart(slide: Any, number: int, nodes: list[str | tuple[str, int]]) -> None:
    """A SmartArt diagram as PowerPoint keeps it: a frame on the slide, its words in a diagram data part (each
    node a text, or a text and its depth below the diagram: 1 for its top nodes)."""
    from xml.sax.saxutils import escape

    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI
    from pptx.oxml import parse_xml

    points, links, parents = ['<dgm:pt modelId="0" type="doc"/>'], [], {0: 0}
    for index, node in enumerate(nodes, start=1):
        text, depth = (node, 1) if isinstance(node, str) else node
        parents[depth] = index
        points.append(
            f'<dgm:pt modelId="{index}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{escape(text)}'
            "</a:t></a:r></a:p></dgm:t></dgm:pt>"
        )
        links.append(
            f'<dgm:cxn modelId="c{index}" srcId="{parents[depth - 1]}" destId="{index}" srcOrd="0" destOrd="0"/>'
        )
    data = (
        f'<dgm:dataModel xmlns:dgm="{_DGM}" xmlns:a="{_DRAWING}"><dgm:ptLst>{"".join(points)}</dgm:ptLst>'
        f"<dgm:cxnLst>{''.join(links)}</dgm:cxnLst></dgm:dataModel>"
    )
    content_type = "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"
    part = Part(PackURI(f"/ppt/diagrams/data{number + 1}.xml"), content_type, slide.part.package, data.encode())
    relation = slide.part.relate_to(part, f"{_RELS}/diagramData")
    frame = parse_xml(
        f'<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="{_DRAWING}" '
        f'xmlns:r="{_RELS}"><p:nvGraphicFramePr><p:cNvPr id="{900 + number}" name="Diagram"/><p:cNvGraphicFramePr/>'
        '<p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="914400" y="1828800"/><a:ext cx="7315200" cy="3657600"/>'
        f'</p:xfrm><a:graphic><a:graphicData uri="{_DGM}"><dgm:relIds xmlns:dgm="{_DGM}" r:dm="{relation}" '
        'r:lo="" r:qs="" r:cs=""/></a:graphicData></a:graphic></p:graphicFrame>'
    )
    slide.shapes._spTree.append(frame)
