"""Steps every parser shares once it has its slides."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

from talklint.addresses import shows_web_or_mail, without_web_or_mail
from talklint.metrics import is_code_like, is_reference
from talklint.model import Paragraph, Slide, Talk, block_text

# LaTeX environments whose content is displayed math, in Markdown and Beamer alike (each also starred).
MATH_ENVIRONMENT_NAMES = (
    "equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign", "displaymath", "math",
)  # fmt: skip
# Fixes for what a parser could not follow (parse-warning), where "make the file available" is not it.
CIRCULAR_FIX = "Import each file once: a file that imports itself, or a chain of imports back to it, is not followed"
OUTSIDE_FIX = "Move the file into the talk's repository (or import a copy kept there) so that it is linted"
SAVE_AS_UTF8 = "Save the file as UTF-8 so that every character is read as written"
_SPACES = re.compile(r"\s+")
# "Backup", "BACKUPS", "Backup slides", "Appendix A", "Appendix: proofs", "Supplementary material",
# "Reserve slides": the divider word, at most a qualifier, then the end of the title or a colon.
_BACKUP_DIVIDER = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:backups?|appendix|appendices|supplementary|supplemental|reserve"
    r"|(?:extra|additional|bonus)\s+(?:slides?|material))"
    r"(?:\s+(?:slides?|material|materials|information|[a-z0-9]))?\s*(?:$|[:.\-–—·|(])",
    re.IGNORECASE,
)
# One part of a closing slide's title: "Thank you", "Questions?", "Q&A", "The end", ...
_CLOSING_PART = re.compile(
    r"^(?:thanks?(?: you)?(?: (?:very|so) much)?(?: (?:all|again|everyone|everybody))?"
    r"(?: for (?:your |the )?(?:kind )?(?:attention|listening|coming|watching|time))?"
    r"|(?:any )?questions?|qa|(?:the )?end|merci(?: de votre attention)?|avez vous des questions"
    r"|danke|gracias|grazie|obrigad[oa]|bedankt)$"
)
_TITLE_PARTS = re.compile(r"\s[-–—]+\s|[/&:!?,.;|()\[\]·\n]+|\band\b")
# "Q&A", "Q & A", "Q and A": one part, though "&" and "and" separate the others ("Thanks & questions").
_Q_AND_A = re.compile(r"\bq\s*(?:&|and)\s*a\b", re.IGNORECASE)
CLOSING_MAX_WORDS = 10


# Fonts of a fixed pitch, which set code: TeX's typewriter (Computer Modern's, Latin Modern Mono), Courier, the
# programmers' fonts (Consolas, Menlo, Monaco, Fira Code, Source Code Pro, JetBrains Mono, Inconsolata) and any
# named "Mono" (not "Monotype Corsiva"), as a deck or a PDF names them.
_MONOSPACE_FONT = re.compile(
    r"(?i:CMTT|LMMono|SFTT|Courier|Consolas|Menlo|Monaco|Inconsolata|LucidaConsole|LucidaSansTypewriter"
    r"|FiraCode|SourceCodePro|JetBrainsMono|CascadiaCode|CascadiaMono|SFMono|Typewriter)|Mono(?![a-z])"
)


def monospace_font(name: str) -> bool:
    """The font sets every letter in the same width, as code is set ("Consolas", "CourierNewPSMT", "CMTT10")."""
    return bool(_MONOSPACE_FONT.search(name.replace(" ", "")))


def collapse_spaces(text: str) -> str:
    """Text on one line as the audience reads it: runs of spaces and line breaks become one space."""
    return _SPACES.sub(" ", text).strip()


def is_backup_divider(title: str) -> bool:
    """A slide or section titled Backup, Appendix, Extra slides, Supplementary..."""
    return bool(_BACKUP_DIVIDER.match(title.strip()))


def is_closing_title(text: str) -> bool:
    """A closing slide's title: 'Thank you!', 'Questions?', 'Q&A / Thank you', 'Back page: Questions?'."""
    if not text.strip() or len(text.split()) > CLOSING_MAX_WORDS:
        return False
    parts = (" ".join(re.findall(r"[^\W\d_]+", part.lower())) for part in _TITLE_PARTS.split(_Q_AND_A.sub("qa", text)))
    return any(_CLOSING_PART.match(part) for part in parts if part)


def closes_talk(slide: Slide, title_slide: Slide | None) -> bool:
    """The slide that ends the main talk: a closing title (or, untitled, a short closing text), the
    speaker's contact details, or the title slide shown again at the end."""
    if is_closing_title(slide.title) or (slide.words <= CLOSING_MAX_WORDS and is_closing_title(slide.text)):
        return True
    if gives_contact_details(slide):
        return True
    return title_slide is not None and bool(slide.title) and slide.title == title_slide.title


def gives_contact_details(slide: Slide) -> bool:
    """A slide titled "Contact" (or "Contact me", "Get in touch") that shows an e-mail address or a link: the
    speaker's details, as a talk ends. A "Contact" section of a robotics talk shows neither."""
    if len(slide.title) > CONTACT_CHARS:
        return False
    shown = f"{slide.title}\n{slide.text}"[:CONTACT_CHARS]
    return bool(_CONTACT_TITLE.fullmatch(without_web_or_mail(slide.title))) and shows_web_or_mail(shown)


# A contact slide shows its address near the top: no further is read.
CONTACT_CHARS = 500


_CONTACT_TITLE = re.compile(
    r"\W*(?:contacts?(?:\s+(?:me|us|info|information|details))?|get\s+in\s+touch|stay\s+in\s+touch)\W*",
    re.IGNORECASE,
)


def mark_builds(slides: tuple[Slide, ...]) -> tuple[Slide, ...]:
    """Mark each slide that repeats the one before it with more added: same title, all of its text, and more."""
    marked = list(slides)
    for index in range(1, len(slides)):
        if builds_on(slides[index - 1], slides[index]):
            marked[index] = dataclasses.replace(slides[index], build=True)
    return tuple(marked)


def builds_on(before: Slide, after: Slide) -> bool:
    if before.hidden or after.hidden or not before.title or before.title != after.title:
        return False
    shown_before, shown_after = Counter(_text_lines(before)), Counter(_text_lines(after))
    if not shown_before or not shown_before <= shown_after:
        return False
    grows = shown_after.total() > shown_before.total() or len(after.images) > len(before.images)
    # The same slide again, word for word and picture for picture: an arrow or a highlight moved, and
    # the audience sees one slide. A new plot under the same title and caption is a new slide.
    return grows or (shown_after == shown_before and _pictures(after) == _pictures(before))


def _pictures(slide: Slide) -> Counter[str]:
    return Counter(image.source for image in slide.images)


def _text_lines(slide: Slide) -> list[str]:
    return [text for text in (block_text(block).strip() for block in slide.blocks) if text]


# A list item typed as text, as in a text box: a mark ("• ", "➢", "– ", "- ") or a number ("1. ", "2) ") before
# the words. A dash needs its space ("-5% on cost" is a number), and so does a number ("2024. A year" is a year).
TYPED_ITEM = re.compile(r"^\s*(?:[•◦▪▫▸▹►▶■□●○‣⁃∙➢➤✓✔]\s*|[–—\-*]\s+|(\d{1,2})[.)]\s+)(?=\S)")


STATEMENT_MAX_WORDS = 15
# A figure set as a slide's headline, with its unit or scale: "73%", "$32B", "4×", "2.2 billion", "1 in 4".
BIG_NUMBER = re.compile(
    r"^\W{0,2}[$€£]?\d[\d.,]*\s?(?:%|×|x|[kKMB]|bn|million|billion|trillion|in\s+\d+)?[+*]?\W{0,2}$"
)


def with_statement_title(slide: Slide) -> Slide:
    """An untitled slide that shows one short sentence and nothing else: the reader takes it as the title; and so
    a figure set alone over its caption, read as one: "73%" over "of declined payments were timeouts"."""
    if slide.title or not 1 <= len(slide.blocks) <= 2 or not all(isinstance(b, Paragraph) for b in slide.blocks):
        return slide
    texts = [block_text(block).strip() for block in slide.blocks]
    if len(texts) == 2 and not BIG_NUMBER.match(texts[0]):
        return slide
    text = " ".join(texts)
    if not text.strip() or len(text.split()) > STATEMENT_MAX_WORDS or is_code_like(text) or is_reference(text):
        return slide  # a line of code, a picture's credit or a citation set as text is no headline
    return dataclasses.replace(slide, title=text, blocks=())


def finish_talk(talk: Talk, *, builds: bool = False) -> Talk:
    """Mark the backup slides: from the first backup divider, and after the slide that closes the talk.

    As a reader sees it, references and extra slides after the final "Thank you"
    or "Questions?" are not part of the main talk, divider or not. The closing
    slide is the last one after the first third of the talk, so a "Questions?"
    pause between two parts does not end it.
    """
    talk = dataclasses.replace(talk, slides=tuple(with_statement_title(s) for s in talk.slides))
    if builds:
        # Decks that animate by duplicating slides (or frames); a PDF's overlay pages are already one slide.
        talk = dataclasses.replace(talk, slides=mark_builds(talk.slides))
    shown = [s for s in talk.slides if not s.hidden]
    title_slide = shown[0] if shown else None
    closing = [
        i
        for i, slide in enumerate(talk.slides)
        # The title page shown again right after itself opens the talk twice (xaringan's page and the speaker's).
        if i >= len(talk.slides) // 3
        and i > 0
        and not slide.hidden
        and closes_talk(slide, title_slide if i > 1 else None)
    ]
    # A hidden slide titled "Backup: …" before the slide that closes the talk is a backup slide kept in place, hidden
    # from the audience, not the divider of a backup section: the talk goes on after it.
    dividers = (
        i
        for i, s in enumerate(talk.slides)
        if is_backup_divider(s.section)
        or (is_backup_divider(s.title) and not (s.hidden and closing and closing[-1] > i))
    )
    start = next(dividers, None)
    closing = [i for i in closing if start is None or i < start]
    if closing and any(s.words or s.images for s in talk.slides[closing[-1] + 1 :]):
        start = closing[-1] + 1 if start is None else min(start, closing[-1] + 1)
    if start is None:
        return talk
    slides = [dataclasses.replace(s, backup=True) if i >= start else s for i, s in enumerate(talk.slides)]
    return dataclasses.replace(talk, slides=tuple(slides))


def repository_root(path: Path) -> Path:
    """The nearest folder above ``path`` holding ``.git``, else the file's folder.

    Imports and includes are followed only inside this root, so a talk cannot
    make talklint read arbitrary files on the machine.
    """
    folder = path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder
