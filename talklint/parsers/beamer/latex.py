r"""What talklint tells pylatexenc about Beamer, and how LaTeX nodes become plain text.

pylatexenc knows standard LaTeX. Beamer adds frames, overlays, notes and
blocks; the specifications below say which arguments those commands take,
so that a frame title or a note is one argument rather than loose text.
Overlay specifications (``<2->``) are blanked before parsing: pylatexenc 2
has no argument type for them, and they never carry slide text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# pylatexenc has no type hints; the nodes are handled as Any in this package.
from pylatexenc import latex2text, latexwalker, macrospec

from talklint.parsers.common import MATH_ENVIRONMENT_NAMES, collapse_spaces

MATH_ENVIRONMENTS = frozenset(f"{name}{star}" for name in MATH_ENVIRONMENT_NAMES for star in ("", "*"))
LIST_ENVIRONMENTS = frozenset({"itemize", "enumerate", "description"})
TABLE_ENVIRONMENTS = frozenset({"tabular", "tabular*", "tabularx", "tabulary", "longtable", "booktabs"})
PICTURE_ENVIRONMENTS = frozenset({"tikzpicture", "pgfpicture", "picture", "tikzcd", "circuitikz", "forest"})
BLOCK_ENVIRONMENTS = frozenset({"block", "alertblock", "exampleblock", "theorem", "definition", "lemma", "proof"})
SECTION_MACROS = frozenset({"part", "section", "subsection", "subsubsection"})
TITLE_PAGE_MACROS = frozenset({"titlepage", "maketitle"})
# Pictures placed by a command: graphics, media, and SVG/Inkscape drawings (\import{figures/}{drawing.pdf_tex}).
PICTURE_MACROS = frozenset(
    {"includegraphics", "includemedia", "movie", "import", "subimport", "includesvg", "includepdf"}
)

# siunitx's commands: their arguments, and which of them are numbers ("n") and units ("u"), in the order shown;
# a range joins its two numbers with a dash.
_QUANTITIES: dict[str, tuple[str, str]] = {
    "SI": ("[{[{", "nu"),
    "qty": ("[{{", "nu"),
    "num": ("[{", "n"),
    "si": ("[{", "u"),
    "unit": ("[{", "u"),
    "SIrange": ("[{{{", "n-nu"),
    "qtyrange": ("[{{{", "n-nu"),
    "numrange": ("[{{", "n-n"),
    "ang": ("[{", "n°"),
}
# A unit's words as the audience reads them: siunitx's prefixes and units, and its short forms ("\ms").
_PREFIXES = {
    "pico": "p",
    "nano": "n",
    "micro": "µ",
    "milli": "m",
    "centi": "c",
    "kilo": "k",
    "mega": "M",
    "giga": "G",
    "tera": "T",
    "peta": "P",
}
_UNITS = {
    "percent": "%", "second": "s", "minute": "min", "hour": "h", "day": "d", "meter": "m", "metre": "m",
    "gram": "g", "hertz": "Hz", "byte": "B", "bit": "bit", "watt": "W", "volt": "V", "ampere": "A", "joule": "J",
    "kelvin": "K", "degreeCelsius": "°C", "celsius": "°C", "degree": "°", "newton": "N", "pascal": "Pa",
    "liter": "L", "litre": "L", "mole": "mol", "ohm": "Ω", "per": "/", "squared": "²", "cubed": "³",
    "ms": "ms", "us": "µs", "ns": "ns", "ps": "ps", "km": "km", "cm": "cm", "mm": "mm", "um": "µm", "nm": "nm",
    "kg": "kg", "mg": "mg", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "kW": "kW", "MW": "MW",
}  # fmt: skip
_UNIT_PIECE = re.compile(r"\\([A-Za-z]+)|([^\\\s{}]+)")


def _quantity(node: Any, l2tobj: Any) -> str:
    r"""A siunitx number with its unit as it is typeset: "\SI{23}{\percent}" reads "23 %", "\SIrange{10}{20}{\ms}"
    "10–20 ms"."""
    spec, shown = _QUANTITIES[node.macroname]
    # The braced arguments, in order; the options in brackets say how to typeset, not what.
    arguments = [a for a, kind in zip(node.nodeargd.argnlist, spec, strict=False) if kind == "{" and a is not None]
    pieces: list[str] = []
    for kind, argument in zip(shown.replace("-", "").replace("°", ""), arguments, strict=False):
        if kind == "u":
            pieces.append(_unit_text(latex_of(list(argument.nodelist))))
        else:
            pieces.append(str(l2tobj.nodelist_to_text(list(argument.nodelist))).strip())
    if "-" in shown and len(pieces) >= 2:
        pieces[:2] = [f"{pieces[0]}–{pieces[1]}"]
    text = " ".join(piece for piece in pieces if piece)
    return f"{text}°" if shown.endswith("°") else text


def _unit_text(written: str) -> str:
    r"""A unit written with siunitx's macros ("\milli\second", "\kilo\gram\per\metre") or as text ("m/s")."""
    text = ""
    for macro, literal in _UNIT_PIECE.findall(written):
        if literal:
            text += literal
        elif macro in _PREFIXES:
            text += _PREFIXES[macro]
        else:
            text += _UNITS.get(macro, macro)
    return text


_BEAMER_MACROS = (
    ("frametitle", "[{"),
    ("framesubtitle", "[{"),
    ("frame", "[{"),
    ("againframe", "[{"),
    ("note", "[{"),
    ("pause", "["),
    ("title", "[{"),
    ("subtitle", "[{"),
    ("author", "[{"),
    ("institute", "[{"),
    ("date", "[{"),
    ("titlegraphic", "{"),
    ("href", "{{"),
    ("hyperlink", "{{"),
    ("hypertarget", "{{"),
    ("column", "[{"),
    ("usetheme", "[{"),
    ("usecolortheme", "[{"),
    ("setbeamertemplate", "{[{"),
    ("setbeamercolor", "*{{"),
    ("setbeamerfont", "*{{"),
    ("usebackgroundtemplate", "{"),
    ("usebeamertemplate", "*{"),
    ("bibliographystyle", "{"),
    ("bibliography", "{"),
    ("addbibresource", "[{"),
    ("printbibliography", "["),
    ("usebeamerfont", "*{"),
    ("usebeamercolor", "*[{"),
    ("includegraphics", "*[[{"),
    ("import", "{{"),
    ("subimport", "{{"),
    ("includesvg", "[{"),
    ("includepdf", "[{"),
    # \def\svgwidth{0.8\textwidth}: the macro and its body, never shown.
    ("def", "{{"),
    ("gdef", "{{"),
    ("includemedia", "[{{"),
    ("movie", "[{{"),
    ("caption", "[{"),
    ("hspace", "*{"),
    ("vspace", "*{"),
    ("newcommand", "*{[[{"),
    ("renewcommand", "*{[[{"),
    ("providecommand", "*{[[{"),
    ("definecolor", "{{{"),
    ("color", "[{"),
    ("textcolor", "[{{"),
    ("colorbox", "[{{"),
    ("resizebox", "*{{{"),
    ("scalebox", "{[{"),
    ("multicolumn", "{{{"),
    ("multirow", "{{{"),
    ("makebox", "[[{"),
    ("framebox", "[[{"),
    ("raisebox", "{[[{"),
    ("cmidrule", "[{"),
    ("cline", "{"),
    ("AtBeginSection", "[{"),
    ("AtBeginSubsection", "[{"),
    ("tableofcontents", "["),
    ("metroset", "{"),
    # Pictures drawn by a font: \emoji{rocket}, \faIcon{github}. The audience sees the icon, not its name.
    ("emoji", "{"),
    ("faIcon", "[{"),
    ("faicon", "{"),
    # siunitx: numbers and their units ("\SI{23}{\percent}", "\qty{4.2}{\milli\second}"), read by ``_quantity``.
    *((name, spec) for name, (spec, _) in _QUANTITIES.items()),
    ("mintinline", "[{{"),  # \mintinline{python}{f(x)}: the code, not its language
    # Package settings, which may sit inside a frame (\lstset{...} before a listing): never shown.
    ("lstset", "{"),
    ("lstdefinestyle", "{{"),
    ("setminted", "[{"),
    ("hypersetup", "{"),
    ("captionsetup", "[{"),
    ("sisetup", "{"),
    ("setlist", "[{"),
    ("mdfsetup", "{"),
    ("tcbset", "{"),
    ("setbeamercovered", "{"),
    ("setbeameroption", "{"),
    ("setcounter", "{{"),
    ("addtocounter", "{{"),
)
_BEAMER_ENVIRONMENTS = (
    ("frame", ""),
    ("block", "{"),
    ("alertblock", "{"),
    ("exampleblock", "{"),
    ("columns", "["),
    ("column", "[{"),
    ("minipage", "[[[{"),
    ("tabularx", "{{"),
    ("tabular*", "{[{"),
    ("tikzpicture", "["),
    ("adjustbox", "{"),
    ("overprint", "["),
    ("onlyenv", ""),
    ("minted", "[{"),
    ("lstlisting", "["),
    ("algorithm", "["),
    ("algorithm*", "["),
    ("algorithmic", "["),
)
# Shown as nothing: references, labels and layout, which the audience never reads as words.
_SILENT_MACROS = (
    "cite", "citep", "citet", "parencite", "textcite", "autocite", "footcite", "fullcite", "nocite",
    "ref", "eqref", "autoref", "cref", "Cref", "label", "pause", "hspace", "vspace", "color",
    "definecolor", "newcommand", "renewcommand", "providecommand", "setbeamertemplate", "setbeamercolor",
    "setbeamerfont", "usebackgroundtemplate", "usebeamertemplate", "usebeamerfont", "usebeamercolor",
    "usetheme", "usecolortheme", "includegraphics", "includemedia",
    "column", "tableofcontents", "titlepage", "maketitle", "note", "frametitle", "framesubtitle",
    "hfill", "vfill", "centering", "raggedright", "raggedleft", "newline", "linebreak", "bigskip", "medskip",
    "smallskip", "noindent", "hline", "toprule", "midrule", "bottomrule", "cline", "cmidrule", "titlegraphic",
    "printbibliography", "bibliographystyle", "bibliography", "addbibresource", "AtBeginSection",
    "AtBeginSubsection", "setlength", "addtolength", "usepackage", "rule", "phantom", "hphantom", "vphantom",
    "graphicspath", "tikzset", "pgfplotsset", "usetikzlibrary", "setbeamersize", "logo", "input", "include",
    "renewenvironment", "newenvironment", "def", "gdef", "let", "import", "subimport", "includesvg", "includepdf",
    "thispagestyle", "pagestyle", "metroset", "emoji", "faIcon", "faicon", "lstset", "lstdefinestyle", "setminted",
    "hypersetup", "captionsetup", "sisetup", "setlist", "mdfsetup", "tcbset", "setbeamercovered", "setbeameroption",
    "setcounter", "addtocounter",
)  # fmt: skip
# Space on the slide between what comes before and after: never words glued together ("(ERGMito)more").
_SPACING = frozenset(
    {"hfill", "vfill", "hspace", "vspace", "newline", "linebreak", "bigskip", "medskip", "smallskip", "quad", "qquad"}
)
# What Beamer writes for the current section, filled in per slide by the reader (parse.py): the
# converter is shared by every frame and cannot know where a frame stands.
SECTION_MARK = "\ue000"
SUBSECTION_MARK = "\ue001"
SECTION_NUMBER_MARK = "\ue002"
_TEXT_MACROS = (
    # LaTeX's names for its own headings, as an English document prints them.
    ("refname", "References"),
    ("bibname", "Bibliography"),
    ("contentsname", "Contents"),
    ("appendixname", "Appendix"),
    ("abstractname", "Abstract"),
    ("insertsection", SECTION_MARK),
    ("insertsectionhead", SECTION_MARK),
    ("insertsubsection", SUBSECTION_MARK),
    ("insertsubsectionhead", SUBSECTION_MARK),
    ("thesection", SECTION_NUMBER_MARK),
    ("href", "%(2)s"),
    ("hyperlink", "%(2)s"),
    ("hypertarget", "%(2)s"),
    ("textcolor", "%(3)s"),
    ("colorbox", "%(3)s"),
    ("resizebox", "%(4)s"),
    ("scalebox", "%(3)s"),
    ("multicolumn", "%(3)s"),
    ("multirow", "%(3)s"),
    ("caption", "%(2)s"),
    ("url", "%(1)s"),
    ("footnote", " (%(2)s)"),
    ("makebox", "%(3)s"),
    ("framebox", "%(3)s"),
    ("raisebox", "%(4)s"),
    # TeX's logos, which pylatexenc shows as nothing.
    ("TeX", "TeX"),
    ("LaTeX", "LaTeX"),
    ("LaTeXe", "LaTeX2e"),
    ("BibTeX", "BibTeX"),
)
# Commands that change how text looks or where it goes, written ``\small{}`` as often as ``\small``: never a word
# (``_GroupsApart._named_by_their_commands``). Beamer's ``\insert…`` commands fill in the theme's fields.
_LAYOUT_SWITCHES = frozenset(
    {
        "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge",
        "bfseries", "mdseries", "itshape", "upshape", "slshape", "scshape", "rmfamily", "sffamily", "ttfamily",
        "normalfont", "em", "bf", "it", "rm", "sf", "tt", "sc", "sl", "par", "tightlist", "protect", "relax",
        "null", "strut", "selectfont", "ignorespaces", "unskip", "xspace", "and", "onslide", "alert", "structure",
        "title", "subtitle", "author", "institute", "date", "item",
    }
)  # fmt: skip

# \item<2->, \only<1>{…}, \begin{frame}<3>[t]{…}: an overlay right after a command, or after its optional
# argument (\item[3.]<+>).
_OVERLAY = re.compile(
    r"(\\(?:[A-Za-z]+\*?|begin\s*\{[A-Za-z*]+\})(?:\s*\[[^\[\]{}]{0,40}\])?)(\s*<[\w\s+\-,.:|@*]{0,60}>)"
)
_NEVER_SHOWN = re.compile(r"^<\s*(?:(?:presentation|beamer)\s*:\s*)?0\s*>$")


@lru_cache(maxsize=1)
def beamer_context() -> Any:
    """pylatexenc's LaTeX knowledge plus Beamer's commands and environments."""
    context = latexwalker.get_default_latex_context_db().filter_context()
    context.add_context_category(
        "beamer",
        macros=[macrospec.MacroSpec(name, spec) for name, spec in _BEAMER_MACROS],
        environments=[macrospec.EnvironmentSpec(name, spec) for name, spec in _BEAMER_ENVIRONMENTS],
        prepend=True,
    )
    return context


def context_with(frame_macros: dict[str, int]) -> Any:
    """The Beamer context, plus the user's frame macros with their argument counts."""
    if not frame_macros:
        return beamer_context()
    context = beamer_context().filter_context()
    specs = [macrospec.MacroSpec(name, "{" * count) for name, count in frame_macros.items()]
    context.add_context_category("user-frames", macros=specs, prepend=True)
    return context


@lru_cache(maxsize=1)
def text_converter() -> Any:
    context = latex2text.get_default_latex_context_db().filter_context()
    context.add_context_category(
        "beamer",
        macros=[latex2text.MacroTextSpec(name, discard=True) for name in _SILENT_MACROS if name not in _SPACING]
        + [latex2text.MacroTextSpec(name, simplify_repl=" ") for name in _SPACING]
        + [latex2text.MacroTextSpec(name, simplify_repl=repl) for name, repl in _TEXT_MACROS]
        + [latex2text.MacroTextSpec(name, simplify_repl=_quantity) for name in _QUANTITIES]
        + [latex2text.MacroTextSpec("mintinline", simplify_repl="%(3)s")],
        # A picture nested in inline text (\resizebox{…}{!}{\begin{tikzpicture}…}) draws; its code is no text.
        environments=[latex2text.EnvironmentTextSpec(name, discard=True) for name in PICTURE_ENVIRONMENTS],
        prepend=True,
    )
    # A macro talklint does not know (\texttt{…}, \alert{…}, the talk's own) still shows its arguments.
    context.set_unknown_macro_spec(latex2text.MacroTextSpec("", discard=False))
    return _GroupsApart(latex_context=context, math_mode="text", strict_latex_spaces=False)


class _GroupsApart(latex2text.LatexNodes2Text):  # type: ignore[misc]
    """Braced groups side by side read as separate words.

    They are the arguments of a macro talklint cannot expand (the talk's own
    ``\\byside{.32}{Statistics}{…}``, defined in a file that is not there):
    glued, they read "….32Statistics".
    """

    def nodelist_to_text(self, nodelist: list[Any]) -> str:
        nodelist = self._named_by_their_commands(nodelist)
        pieces: list[str] = []
        run: list[Any] = []
        for index, node in enumerate(nodelist):
            if is_node(node, "LatexGroupNode") and MEDIA_FILE.match(latex_of(node.nodelist)):
                continue
            if not argument_group(nodelist, index):
                run.append(node)
                continue
            if run:
                pieces.append(str(super().nodelist_to_text(run)))
                run = []
            text = str(super().nodelist_to_text([node]))
            if not DIMENSION.match(text):  # a width among the arguments is layout, not text
                pieces.append(f" {text} ")
        if run:
            pieces.append(str(super().nodelist_to_text(run)))
        return "".join(pieces)

    def _named_by_their_commands(self, nodelist: list[Any]) -> list[Any]:
        r"""A command talklint cannot expand, used as a word (``\eko{} benchmark``, ``\apfel\ and``), as its
        name: a talk names its software and methods with commands defined in a style file that is not there,
        and LaTeX's ``{}`` or ``\ `` after one is what keeps the space after a word."""
        if not any(is_node(node, "LatexMacroNode") for node in nodelist):
            return nodelist
        unknown = self.latex_context.unknown_macro_spec
        named = list(nodelist)
        for index, node in enumerate(nodelist[:-1]):
            if (
                is_node(node, "LatexMacroNode")
                and node.macroname not in _LAYOUT_SWITCHES
                and not node.macroname.startswith("insert")
                and not _IDENTIFIER.search(node.macroname)
                and not (node.nodeargd and node.nodeargd.argnlist)
                and _keeps_a_space(nodelist, index + 1)
                and self.latex_context.get_macro_spec(node.macroname) is unknown
            ):
                named[index] = latexwalker.LatexCharsNode(
                    chars=node.macroname, parsing_state=node.parsing_state, pos=node.pos, len=node.len
                )
        return named


# A command named as an identifier (``\uniboShort``, ``\disiShort``): what it shows ("UNIBO") is not its name.
_IDENTIFIER = re.compile(r"[a-z][A-Z]")


def _keeps_a_space(nodes: list[Any], index: int) -> bool:
    r"""``{}`` (not an argument: no group after it) or ``\ `` at ``index``, right after a command."""
    node = nodes[index]
    if is_node(node, "LatexMacroNode"):
        return bool(node.macroname == " ")
    following = nodes[index + 1] if index + 1 < len(nodes) else None
    return is_node(node, "LatexGroupNode") and not node.nodelist and not is_node(following, "LatexGroupNode")


# A brace that opens or closes a group (an escaped one, "\\{", does not).
BRACE = re.compile(r"(?<!\\)[{}]")


def argument_group(nodes: list[Any], index: int) -> bool:
    """A braced group next to another: one of several arguments of a macro talklint cannot expand."""
    if not is_node(nodes[index], "LatexGroupNode"):
        return False
    neighbours = nodes[max(index - 1, 0) : index] + nodes[index + 1 : index + 2]
    return any(is_node(node, "LatexGroupNode") for node in neighbours)


# A length written as an argument: ".32", "0.3\\linewidth", "2cm".
DIMENSION = re.compile(r"^\s*-?[\d.]+\s*(?:\\[A-Za-z]+|cm|mm|pt|em|ex|in|bp)?\s*$")


def parse_nodes(text: str, context: Any) -> list[Any]:
    """Parse ``text``; node positions are offsets into it."""
    walker = latexwalker.LatexWalker(text, latex_context=context, tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes()
    return list(nodes)


def parse_one_node(text: str, context: Any, start: int) -> Any:
    """The single node starting at ``start`` (a macro with its arguments)."""
    walker = latexwalker.LatexWalker(text, latex_context=context, tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes(pos=start, read_max_nodes=1)
    return nodes[0] if nodes else None


@dataclass(frozen=True)
class Blanked:
    text: str
    # Offsets of \begin{frame} whose overlay says the frame is never shown.
    never_shown: frozenset[int]


def blank_overlays(text: str) -> Blanked:
    """Replace overlay specifications, citations by any macro name and the layout arguments of any command
    by spaces, keeping every offset in place."""
    never: set[int] = set()

    def blank(match: re.Match[str]) -> str:
        spec = match.group(2)
        if match.group(1).replace(" ", "") == r"\begin{frame}" and _NEVER_SHOWN.match(spec.strip()):
            never.add(match.start())
        return match.group(1) + " " * len(spec)

    def spaces(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    def after_command(match: re.Match[str]) -> str:
        return match.group(1) + " " * len(match.group(2))

    without_citations = _CITATION.sub(spaces, _TEX_SKIP.sub(spaces, text))
    without_layout = _LAYOUT_ARGUMENT.sub(after_command, without_citations)
    return Blanked(_OVERLAY.sub(blank, without_layout), frozenset(never))


# A citation shows a number or nothing in the text, whatever the talk calls its macro
# (\cite, \parencite, a style's own \ccite): its key is never slide text.
_CITATION = re.compile(r"\\[A-Za-z]{0,20}cite[A-Za-z]{0,20}\*?(?:\s*\[[^\[\]{}]{0,200}\]){0,2}\s*\{[^{}]{0,500}\}")


# What a command (the talk's own \\video, a package's \\movie) is given to lay something out, never slide text:
# options with a value ("[height=0.7,autoplay]"), a position ("(0.5,0.15)").
# \\item's optional argument is its label, which the audience reads.
_LAYOUT_ARGUMENT = re.compile(
    r"(\\(?!item\b)[A-Za-z]+\*?(?:\s*<[^<>\n]{0,60}>)?\s*)"
    r"((?:\s*(?:\[[^\[\]{}\n#]{0,300}=[^\[\]{}\n#]{0,300}\]|\(\s*-?[\d.]+\s*,\s*-?[\d.]+\s*\))){1,4})"
)
# A file a command shows or plays ("{videos/lpbf.mp4}"): the audience sees the picture or the video, not its name.
MEDIA_FILE = re.compile(
    r"^\s*[^{}\s]{1,300}\.(?:mp4|m4v|mov|avi|webm|mkv|ogv|ogg|mp3|wav|gif|png|jpe?g|svg|eps|pdf)\s*$", re.I
)


# TeX's own spacing with a bare length (\vskip0.25em, \hskip 2pt plus 1fil): space, never the words "0.25em".
_LENGTH = r"-?\s*(?:\d+\.?\d*|\.\d+)\s*(?:em|ex|pt|cm|mm|in|bp|sp|pc|dd|cc|mu|fil{1,3})"
_TEX_SKIP = re.compile(rf"\\(?:vskip|hskip|kern|mskip)\s*{_LENGTH}(?:\s*(?:plus|minus)\s*{_LENGTH}){{0,2}}")


def is_node(node: Any, kind: str) -> bool:
    return node is not None and type(node).__name__ == kind


def macro_name(node: Any) -> str:
    return str(node.macroname) if is_node(node, "LatexMacroNode") else ""


def environment_name(node: Any) -> str:
    return str(node.environmentname) if is_node(node, "LatexEnvironmentNode") else ""


def argument(node: Any, index: int) -> Any:
    """The ``index``-th parsed argument of a macro or environment, or None."""
    parsed = getattr(node, "nodeargd", None)
    arguments = getattr(parsed, "argnlist", None) or []
    return arguments[index] if index < len(arguments) else None


def last_argument(node: Any) -> Any:
    parsed = getattr(node, "nodeargd", None)
    arguments = [a for a in (getattr(parsed, "argnlist", None) or []) if a is not None]
    return arguments[-1] if arguments else None


def children(node: Any) -> list[Any]:
    """The nodes inside a group or argument (an argument may be a single node)."""
    if node is None:
        return []
    if is_node(node, "LatexGroupNode"):
        return list(node.nodelist)
    return [node]


def plain_text(nodes: list[Any]) -> str:
    """LaTeX nodes as the audience reads them, on one line."""
    text = text_converter().nodelist_to_text(nodes)
    return collapse_spaces(_SINGLE_QUOTES.sub(r"‘\1’", text) if "`" in text else text)


# TeX sets `word' as ‘word’ (latex2text turns only the doubled ``…'' into quotation marks).
_SINGLE_QUOTES = re.compile(r"`([^`'\n]*)'")


_FOOTNOTE_MACROS = frozenset({"footnote", "footnotemark", "thanks"})


def plain_title(nodes: list[Any]) -> str:
    """A title as the audience reads it: its footnotes stand at the foot of the slide, and a link set
    beside it (``About Me \\hfill \\url{…}``) is an address, not words of the title."""
    text = _ATOM_COUNT.sub(r"\1", plain_text([node for node in nodes if macro_name(node) not in _FOOTNOTE_MACROS]))
    return _WEB_ADDRESS.sub("", text) or text


_WEB_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*$")
# An atom's count, set as a subscript in math ("NH$_3$", read "NH_3"): the audience reads NH3, as the prose does
# (``model.without_formulas``); a variable's index ("x_i") stays.
_ATOM_COUNT = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z][a-z]))_(\d+)")


def latex_of(nodes: list[Any]) -> str:
    # \relax shows nothing; the talk's own macros are expanded after one (``macros.expand_text_macros``).
    return "".join(node.latex_verbatim() for node in nodes if node is not None and macro_name(node) != "relax").strip()
