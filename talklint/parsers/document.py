"""Is this file a talk? A talk repository also holds READMEs, papers and notes.

Decided from the content, cheaply, before any parsing:

- Markdown is a talk when it says so: a slide dialect (Marp, Slidev, remark,
  reveal.js separators, a Quarto or R Markdown slide format), ``talklint:``
  front matter, a file name that names a talk (``talk.md``, ``slides.md``,
  ``job_talk_outline.md``), or headings that read as a talk's parts
  ("Motivation", "My vision", "Takeaways", "(5 min)", "Mijn visie", "结论") more than a document's
  ("Installation", "Usage", "License"). READMEs, changelogs and other
  project documents are documents unless they carry a slide dialect or
  ``talklint:`` front matter.
- LaTeX is a talk when it is a Beamer class or holds frames; an article is not.
- A PDF is a talk when its first page is landscape, as slides are; a paper's pages are portrait.
- A Quarto file whose name starts with ``_`` is a part of a talk, which Quarto renders only where a talk
  includes it.
- PowerPoint files and plain-text outlines named on the command line are always talks.

A file that is not a talk is left alone in folder checks, and named on the
command line it gets one line saying why; the ``include`` setting makes any
file a talk.
"""

from __future__ import annotations

import re
from pathlib import Path

from talklint.errors import ParseError
from talklint.parsers.source import read_head

HEAD_BYTES = 256 * 1024
# Words in a file name that say it is a talk, its outline or its script.
_TALK_NAME = re.compile(
    r"talk|slide|deck|present|keynote|lecture|seminar|colloqui|defen[cs]e|pitch|outline|speech|script|"
    r"transcript|webinar|notes|sketch|plan",
    re.IGNORECASE,
)
# Project documents: never talks unless they declare a slide dialect or talklint front matter.
_DOCUMENT_NAMES = frozenset(
    {
        "readme", "changelog", "changes", "history", "news", "contributing", "license", "licence", "copying",
        "code_of_conduct", "security", "authors", "contributors", "install", "support", "citation", "todo",
        "release_notes", "releasing", "maintainers", "governance", "funding", "index",
    }
)  # fmt: skip
_SLIDE_FORMATS = re.compile(
    r"revealjs|beamer|pptx|xaringan|ioslides|slidy|remark|presentation|marp|slidev", re.IGNORECASE
)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_TIMING = re.compile(r"\(\s*\d+(?:\.\d+)?\s*(?:min|mins|minutes|')\s*\)|\[\s*\d+\s*(?:min|')\s*\]", re.IGNORECASE)
_TALK_HEADINGS = re.compile(
    r"\b(?:motivation|problem|vision|agenda|outline|roadmap|takeaways?|take-aways?|questions|q\s*&\s*a|"
    r"thank you|thanks|future work|future directions|conclusions?|summary|impact|contributions|results|"
    r"lessons|what i learned|research agenda|next steps|opening|closing|hook|story|demo|intro|introduction|"
    r"background|approach|method|methods|evaluation|experiments?|related work|part \d+|slide \d+|"
    # a chalk talk's parts: its aims, counted, and what is at stake ("Aim 1 (years 1-3)", "Why it matters")
    r"chalk talk|job talk|research talk|aims?\s*\d|specific aims|research plan|why it matters|big picture|"
    # the speaker's programme, named as a job talk names it ("My research program")
    r"research program(?:me)?|my research|"
    # the speaker introducing themself, and what they would bring, as an interview talk does ("Hi, I'm Jordan", "About
    # me", "What I'd bring to your team")
    r"about me|who am i|hi,? i'?m|hello,? i'?m|what i(?:'d| would) bring|"
    # the same parts in the languages talks come in besides English, which then get TL002: French, Spanish,
    # Portuguese, Italian, German, Dutch …
    r"probl[eè]mes?|problemas?|probleem|visi[oó]n|visione|vis[aã]o|visie|conclusi[oó]n|conclusione|conclus[aã]o|"
    r"conclusie|fazit|zusammenfassung|r[eé]sum[eé]|resumen|riassunto|samenvatting|preguntas|domande|perguntas|"
    r"vragen|fragen|merci|gracias|grazie|obrigad[oa]|bedankt|danke|r[eé]sultats|resultados|risultati|resultaten|"
    r"ergebnisse|m[eé]thodes?|m[eé]todos?|metodo|methoden?|aanpak|motivaci[oó]n|motivazione|motiva[cç][aã]o|"
    r"motivatie|introducci[oó]n|introduzione|introdu[cç][aã]o|inleiding|einleitung|einf[uü]hrung|ausblick|"
    r"perspectivas|prospettive|pr[oó]ximos pas(?:os|sos)|prossimi passi|travaux futurs|trabajo futuro)\b"
    # … and Chinese, whose words no space bounds
    r"|动机|问题|愿景|结论|总结|谢谢|提问|结果|方法|展望",
    re.IGNORECASE,
)
_DOCUMENT_HEADINGS = re.compile(
    r"\b(?:install(?:ation|ing)?|usage|build(?:ing)?|licen[cs]e|contribut(?:ing|ors?)|changelog|requirements|"
    r"getting started|quick ?start|api|configuration|setup|set-up|dependencies|features|faq|documentation|"
    r"development|testing|tests|deployment|release|versioning|authors|citation|how to cite|support|"
    r"troubleshooting|prerequisites|compil(?:e|ing)|download|overview of the repository|repository|"
    r"folder structure|project structure|directory|table of contents|toc)\b",
    re.IGNORECASE,
)


def not_a_talk(path: Path) -> str:
    """Why ``path`` is not a talk, or '' when it is one (or cannot be told: the parser will say)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".md", ".markdown", ".qmd", ".rmd"):
            return _markdown(path)
        if suffix == ".tex":
            return _latex(path)
        if suffix == ".pdf":
            return _pdf(path)
    except (OSError, ParseError):
        return ""  # unreadable: the parser reports why
    return ""


def _head(path: Path) -> str:
    return read_head(path, HEAD_BYTES)


def _markdown(path: Path) -> str:
    text = _head(path)
    if not text.strip() or "\x00" in text or "\ufffd" in text:
        return ""  # empty or not text: the parser says what is wrong with it
    front, body = _front_matter(text)
    if re.search(r"^talklint\s*:", front, re.MULTILINE) or _declares_slides(front):
        return ""
    suffix = path.suffix.lower()
    if suffix == ".qmd" and path.name.startswith("_"):
        # Quarto renders no file whose name starts with "_": a talk includes it (``markdown.includes``).
        return "a part of a Quarto talk (its name starts with '_'): linted where a talk includes it"
    # Quarto and R Markdown say what they render to; with another format they are documents.
    if suffix in (".qmd", ".rmd") and re.search(r"^\s*(?:format|output)\s*:", front, re.MULTILINE):
        return f"a {'Quarto' if suffix == '.qmd' else 'R Markdown'} document: its format is not slides"
    stem = path.stem.lower()
    if stem in _DOCUMENT_NAMES or stem.split(".")[0] in _DOCUMENT_NAMES:
        return f"a project document ({path.name})"
    if _remark_or_reveal_deck(body) or _TALK_NAME.search(stem):
        return ""
    headings = [m.group(1) for m in map(_HEADING.match, _outside_code(body)) if m]
    talk = sum(1 for h in headings if _TALK_HEADINGS.search(h) or _TIMING.search(h))
    document = sum(1 for h in headings if _DOCUMENT_HEADINGS.search(h))
    if talk >= 2 and talk > document:
        return ""
    if document:
        return "a Markdown document: its headings read as a document (installation, usage, license…), not a talk"
    return "a Markdown document: no slide dialect, no talklint front matter, no headings that read as a talk"


def _front_matter(text: str) -> tuple[str, str]:
    if text.startswith("---"):
        end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.MULTILINE)
        if end:
            return text[3 : 3 + end.start()], text[3 + end.end() :]
    return "", text


def _declares_slides(front: str) -> bool:
    """Marp, Slidev, remark/xaringan or reveal.js front matter, or a slide output format."""
    if re.search(r"^marp\s*:\s*true", front, re.MULTILINE | re.IGNORECASE):
        return True
    if re.search(r"^(?:layout|highlighter|drawings|colorSchema|mdc|routerMode)\s*:", front, re.MULTILINE):
        return True  # Slidev's own keys
    formats = re.findall(r"^\s*(?:format|output)\s*:(.*(?:\n[ \t]+.*)*)", front, re.MULTILINE)
    return any(_SLIDE_FORMATS.search(value) for value in formats)


def _remark_or_reveal_deck(body: str) -> bool:
    """Slides cut by ``---`` lines, most of them opening with a heading, or remark's ``???`` notes."""
    lines = _outside_code(body)
    if any(re.match(r"^\?\?\?\s*$", line) for line in lines):
        return True
    chunks = re.split(r"^---\s*$", "\n".join(lines), flags=re.MULTILINE)
    chunks = [chunk.strip() for chunk in chunks if chunk.strip()]
    if len(chunks) < 3:
        return False
    opened = sum(1 for chunk in chunks if re.match(r"#{1,3}\s|class\s*:|name\s*:|layout\s*:", chunk))
    return opened >= 0.6 * len(chunks)


def _outside_code(body: str) -> list[str]:
    lines: list[str] = []
    fenced = False
    for line in body.splitlines():
        if re.match(r"^ {0,3}(```|~~~)", line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append(line)
    return lines


_DOCUMENT_CLASS = re.compile(r"^[ \t]*\\documentclass\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}", re.MULTILINE)


def _latex(path: Path) -> str:
    text = _head(path)
    match = _DOCUMENT_CLASS.search(text)
    if match is None or "beamer" in match.group(1) or re.search(r"\\begin\s*\{frame\}|\\frame\b", text):
        return ""  # a part is read through its main file; a Beamer class or frames make a talk
    return f"a LaTeX document (class '{match.group(1).strip()}'), not Beamer slides"


def _pdf(path: Path) -> str:
    import pypdfium2 as pdfium

    if not read_head(path, 8):
        return ""  # not a regular file, or empty: the parser says which

    document = None
    try:
        document = pdfium.PdfDocument(str(path))
        if len(document) == 0:
            return ""
        width, height = document.get_page_size(0)  # without loading the page: its content may be huge
    except pdfium.PdfiumError:
        return ""  # damaged, encrypted or not a PDF: the parser says which
    finally:
        if document is not None:
            document.close()
    if height > width * 1.05:
        return "a PDF with portrait pages: a paper or a poster, not slides"
    return ""
