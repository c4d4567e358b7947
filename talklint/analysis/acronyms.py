"""Acronyms in a slide's text: where each is used, whether the text defines it there ("(RLHF)", "RLHF: …"),
and what is not one a listener must decode (a Roman numeral, a word in capitals, an identifier, a venue with
its year, a keyword listed in capitals). ``undefined-acronym`` reads the talk with them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from talklint.addresses import without_urls
from talklint.analysis.language import EVERYDAY_ZIPF, zipf

# Capitals and digits, hyphenated parts included ("TPC-H", "T-SNE"); "LSTM-based" uses LSTM ("GPT-4", a designation
# with its number, is a name: ``_not_a_term``). Capitals raised to a power are a formula's symbols ("QK^T").
# (a metric at a cut-off is the acronym it names: "NDCG@12", "MRR@5"; not a handle or an address, "ACL@EMNLP")
ACRONYM = re.compile(r"(?<![\w.@#^-])([A-Z](?:[A-Z0-9&]|-(?=[A-Z]))*[A-Z0-9])(s?)(?![\w^]|@(?!\d)|-[A-Z]|\.\w)")
# "Part IV", "Chapter XII": numerals of I, V, X and L ("CV", "ML" and "DL" are acronyms).
_ROMAN = re.compile(r"^(?=[LXVI])(X[L]|L?X{0,3})(I[XV]|V?I{0,3})$")
_CITATION_KEY = re.compile(r"^[A-Z]{1,8}\d{2}$")  # alpha-style citations: [BGMS21], [CFHKNPZ14]
# Not acronyms a listener must decode: identifiers with long numbers (grants, "EMNLP2024"), indexed
# variables ("E2E3E4", "IA2" pieces of a formula).
# Eight capitals or more in a row are a word in capitals or a code constant ("ECONNRESET"), not letters to decode.
CONSTANT_LETTERS = 8  # capitals in a row that name a constant (ECONNRESET), not an acronym
_IDENTIFIER = re.compile(rf"\d{{3,}}|^(?:[A-Z]\d)+$|^[A-Z]{{1,2}}\d$|[A-Z]{{{CONSTANT_LETTERS}}}")
# A venue with its year: "ECCV 2018", "CVPR'19", "(ECIR 2021)".
_WITH_YEAR = re.compile(r"\s?(?:'\d{2}|(?:19|20)\d{2})\b")
# A molecule written with its counts: "CH4", "CH3OH", "NH3" (the elements of one capital letter; "N3LO" and
# "BDF1" hold letters no element has, and are a field's acronyms).
_MOLECULE = re.compile(r"(?:[HBCNOFPSKVYIWU]\d*)+")
WORD_ZIPF = 3.0  # a known English word ("SYNTHESIS", "ROADMAP") in capitals is emphasis
SHORT_WORD_ZIPF = 5.0  # "NOT", "ALL", "NEW", but not "CV" or "RE"


@dataclass(frozen=True)
class AcronymUse:
    acronym: str  # singular form: "GPU" for "GPUs"
    start: int
    end: int
    defined_here: bool  # "(LF)", "LF (long form)", "LF: long form", "LF = long form"
    long_form: str
    # Part of a hyphenated name: "SWE-bench", "CP-nets", "LSH-DOC", "INFN-UNIMIB" (not "LSTM-based").
    in_name: bool = False


def find_acronyms(text: str) -> list[AcronymUse]:
    """Acronyms in prose, with whether each use spells it out."""
    text = without_urls(text)
    uses: list[AcronymUse] = []
    for match in ACRONYM.finditer(text):
        if _shouting(text, match.start(), match.end()) or _not_a_term(text, match.start(), match.end()):
            continue
        parts = _parts(match.group(1), match.start(1))
        in_name = len(parts) > 1 or _named_by_compound(text, match.end())
        for acronym, start, end in parts:
            if _decodable(acronym):
                defined, long_form = _definition(text, start, end, acronym)
                uses.append(AcronymUse(acronym, start, end, defined, long_form, in_name))
    return uses


# "LSTM-based", "GPU-accelerated", "RL-trained": words that make an adjective of what they follow, which
# the listener must still decode; any other word after a hyphen makes a name with it ("SWE-bench").
_ADJECTIVE_MAKERS = re.compile(
    r"-(?:based|driven|like|style|aware|free|enabled|powered|specific|level|wide|scale|friendly|ready|"
    r"compatible|compliant|related|induced|guided|trained|accelerated|generated|assisted|centric|only|"
    r"dependent|independent|inspired|derived|informed|supported|optimi[sz]ed|equipped|heavy|intensive|"
    r"positive|negative|tuned|type|ish)\b"
)
_COMPOUND = re.compile(r"-[A-Za-z]")


def named_by_paper(text: str) -> set[str]:
    """Capitals cited as a method's name ("AKECP[3]"): a name wherever else the talk uses it."""
    return {match.group(1) for match in ACRONYM.finditer(text) if _CITED.match(text, match.end())}


def partner_names(text: str) -> set[str]:
    """Capitals that name where the speaker's partners work ("with partners at AIIMS", "colleagues from NREL"):
    an organisation, wherever else the talk uses it."""
    return {match.group(1) for match in _PARTNERS_AT.finditer(text)}


_PARTNERS_AT = re.compile(
    r"\b(?:partners?|colleagues|collaborators|clinicians|researchers|friends|team)\s+(?:at|from)\s+(?:the\s+)?"
    r"([A-Z][A-Z&]{1,7})\b(?![\w-])"
)


def listed_keywords(text: str) -> set[str]:
    """Capitals in a list of keywords or constants ("RANGE, JOIN, SUM, COUNT, MAX, MIN", two or more of them
    words in capitals): keywords wherever else the talk uses them ("SQL SUM")."""
    found: set[str] = set()
    for run in _CAPITALS_LIST.finditer(text):
        items = re.findall(r"[A-Z][A-Z0-9_]+", run.group(0))
        if sum(map(_word_in_capitals, items)) >= 2:
            found.update(items)
    return found


_CAPITALS_LIST = re.compile(r"(?<![\w-])[A-Z][A-Z0-9_]+(?:\s*,\s*[A-Z][A-Z0-9_]+){2,}(?![\w-])")


def _named_by_compound(text: str, end: int) -> bool:
    """The capitals and the word after their hyphen are one name ("SWE-bench", "CP-nets")."""
    return bool(_COMPOUND.match(text, end)) and not _ADJECTIVE_MAKERS.match(text, end)


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# "ECON 105", "NNPDF 4.0": a course code or a version, a name; a share ("AUROC 0.91", "F1 92%") is a measure
_NUMBERED = re.compile(r" (?!0[.,]\d)\d(?![\d.,]*%)")
# "AKECP[3]", "TAPEX (Liu et al., 2022)": a method named by its paper.
_CITED = re.compile(r" ?\[\d| \([A-Z][\w'-]+(?: et al\.?| (?:and|&) [A-Z][\w'-]+)?,? (?:19|20)\d{2}[a-z]?\)")
# A machine's, a standard's or a model's designation, its letters and its number: "JT-60SA", "DSA-110", "SHA-256",
# or a maker's name before its model's: "EOS M290", "DJI M300".
_DESIGNATION = re.compile(r"-\d+[A-Za-z]{0,3}\b|\s[A-Z]{1,2}\d{2,}[A-Za-z]?\b")
_CLOSES_DEFINITION = re.compile(r"(?:s|-[a-z]+)?\)")  # "(DEQ)", "(DEQs)", "(LP-trees)"
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def _not_a_term(text: str, start: int, end: int) -> bool:
    """Capitals that name or quote rather than abbreviate a term the listener must decode."""
    word = text[start:end]
    placeholder = len(word) >= 3 and word in _ALPHABET and (word[0] == "A" or word[-1] == "Z")  # "ABC", "XYZ"
    return (
        placeholder
        or bool(_WITH_YEAR.match(text, end) or _NUMBERED.match(text, end) or _CITED.match(text, end))
        or bool(_DESIGNATION.match(text, end))
        or text.startswith("TL;DR", start)
        or _quoted(text, start, end)
        or (word in _ERAS and bool(_DATED.search(text, max(0, start - 12), start)))
        or (word == "CC" and bool(_LICENCE_TERMS.match(text, end)))
        or bool(_VENUE_BEFORE.search(text, max(0, start - 40), start))
    )


# Where a paper stands, before its venue's letters: "R&R at JOLE", "forthcoming in AER", "accepted at NeurIPS",
# "under review at TOCHI".
_VENUE_BEFORE = re.compile(
    r"\b(?:R&R|revise\s+and\s+resubmit|accepted|published|forthcoming|under\s+review|submitted|to\s+appear|appeared"
    r"|conditionally\s+accepted)\s+(?:at|in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A Creative Commons licence by its terms: "CC BY", "CC BY-SA 4.0", "CC-BY-NC" (elsewhere "CC" may be a physicist's
# charged current).
_LICENCE_TERMS = re.compile(r"[\s-]+BY\b")


# The era of a date: "44 BC", "1st-3rd c. CE" (after a number or a century only: elsewhere "CE" may be a
# criminologist's collective efficacy and "BC" a boundary condition).
_ERAS = frozenset({"BC", "BCE", "CE"})
_DATED = re.compile(r"(?:\d|\bc\.|\bcentur(?:y|ies))\s*$")


def _quoted(text: str, start: int, end: int) -> bool:
    """Inside a short quoted literal ("'MED BAG'"): a value being shown, not a term being used."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 30) : start]
    for opening, closing in _QUOTES.items():
        at = before.rfind(opening)
        if at < 0 or (opening == closing == "'" and at > 0 and before[at - 1].isalnum()):
            continue
        if closing not in before[at + 1 :] and closing in text[end : end + 30].split("\n")[0]:
            return True
    return False


def _parts(acronym: str, start: int) -> list[tuple[str, int, int]]:
    """'QCD-QED' is two acronyms; 'TPC-H' and 'T-SNE' (a part of one letter) are one."""
    pieces = acronym.split("-")
    if len(pieces) == 1 or any(len(p) < 2 for p in pieces):
        return [(acronym, start, start + len(acronym))]
    parts: list[tuple[str, int, int]] = []
    offset = start
    for piece in pieces:
        parts.append((piece, offset, offset + len(piece)))
        offset += len(piece) + 1
    return parts


def _decodable(acronym: str) -> bool:
    """Letters a listener must decode: not a numeral, a citation key, an identifier or a word in capitals."""
    letters = sum(c.isalpha() for c in acronym)
    if letters < 2 or _ROMAN.match(acronym) or _CITATION_KEY.match(acronym) or _IDENTIFIER.search(acronym):
        return False
    if _MOLECULE.fullmatch(acronym) and any(c.isdigit() for c in acronym):
        return False
    return not _emphasis(acronym)


def _emphasis(acronym: str) -> bool:
    """'NOT', 'MORE', 'SYNTHESIS': an English word in capitals is emphasis, not an acronym.

    Short letter pairs are frequent in any text ("cv", "cl", "re"): only a very common word
    ("NOT", "ALL", "NEW") of three letters or fewer is emphasis.
    """
    frequency = zipf(acronym.lower())
    if len(acronym) <= 3:
        return frequency >= SHORT_WORD_ZIPF
    return frequency >= EVERYDAY_ZIPF or (len(acronym) >= 5 and frequency >= WORD_ZIPF)


def _shouting(text: str, start: int, end: int) -> bool:
    """A word in a run of capitals ("PREGUNTAS DEL OPONENTE") is emphasis, not an acronym; so is a word in a
    list of keywords or constants in capitals ("JOIN, SUM, COUNT, MAX, MIN", "ECONNRESET, EPIPE"): a
    word in capitals within two of it makes the run, through capitals only."""
    before = [w.strip(".,:;()!?") for w in text[max(0, start - 40) : start].split()[-2:]]
    after = [w.strip(".,:;()!?") for w in text[end : end + 40].split()[:2]]
    for side in (before[::-1], after):
        for word in side:
            if not (word.isalpha() and word.isupper()):
                break
            if _word_in_capitals(word):
                return True
    return False


def _word_in_capitals(word: str) -> bool:
    """'JOIN', 'COUNT', 'ECONNRESET': an English word or a constant, written in capitals."""
    return len(word) > 3 and (zipf(word.lower()) >= 3.0 or len(word) >= CONSTANT_LETTERS)


def _definition(text: str, start: int, end: int, acronym: str) -> tuple[bool, str]:
    """Whether this use spells the acronym out, and the spelled-out form ('' where its words cannot be told)."""
    opening = text[start - 1 : start] if start else ""
    if opening == "(" and _CLOSES_DEFINITION.match(text, end):
        # "(LF)" after words defines the acronym, even where their initials differ (a translated name); not after a
        # measure, where it is a remark on it ("+2% in base matching success (SOTA)"), unless the words spell it
        # ("a word error rate of 5% (WER)").
        # Nor after a name in letters of its own, where it says what kind of thing that is ("ML surrogate (GNN)").
        spelled = _words_before(text[: start - 1], acronym)
        line = _line_before(text, start - 1)
        return bool(spelled) or not (_MEASURED.search(line) or _named_in_letters(line, acronym)), spelled
    after = text[end:]
    match = re.match(
        r"\s*(?:\(\s*([^()]{3,80})\)|[:=–—-]\s*([^\n.;,()]{3,80})|\s+stands for\s+([^\n.;,()]{3,80}))", after
    )
    if _APPOSITIVE.match(after):
        return True, ""  # "SARA, the Dutch national supercomputer facility": the name said in words
    if not match:
        return False, ""
    spelled = next(g for g in match.groups() if g)
    if _initials_match(spelled, acronym):
        return True, spelled.strip()
    # "MBO (secondary vocational education)": a name glossed in words that do not spell it (a translation).
    return (match.group(1) is not None and _GLOSS.fullmatch(spelled.strip()) is not None), ""


# Two to six lower-case words that name a thing; no verb ("lower is better"), no pointer ("see below"), no
# article or connector opening a remark ("the abstraction", "and more variations").
_GLOSS = re.compile(
    r"(?!(?:see|cf|e\.?g|i\.?e|vs|ours|default|optional|beta|new|old|the|a|an|and|or|with|for|in|on|of|to|from|"
    r"by|as|not|no|which|that|etc)\b)"
    r"(?![^()]*\b(?:is|are|was|were|be|means|better|worse|higher|lower|only|here|below|above|later)\b)"
    r"[a-z]+(?:[ -][a-z]+){1,5}"
)


# A name explained in an appositive that says what it is: "SARA, the Dutch national supercomputer facility" or
# "DOE — the U.S. Department of Energy": an article, then words that name a thing (no other acronym, as in a list
# "CERN, the ESA and NASA"; no verb, as in a remark "CG, the method we use is faster"), to the end of the phrase.
_APPOSITIVE = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|\s[–—-]|[–—])\s*(?:the|a|an)\s+"  # "SARA (now SURFsara), the …"
    r"(?![^\n.;,()]*\b(?:is|are|was|were|be|we|our|i|my|it|this|that|which|who|better|worse|than)\b)"
    r"(?:(?:[A-Z](?:[a-z]+|\.(?:[A-Z]\.)*)|[a-z]+)(?:-[a-z]+)?[ \t]+){1,6}[A-Za-z][a-z]+(?=\s*(?:[,.;:)\n]|$))"
)


# A measure in the words before a parenthesis: a number with its unit, a share or a sign ("+2%", "3 points").
_MEASURED = re.compile(r"[+±−-]?\d+(?:[.,]\d+)?\s*(?:%|x\b|×|points?\b|pp\b)|^\s*[+±−]\s*\d")


def _named_in_letters(line: str, acronym: str) -> bool:
    """Letters in capitals, then a common noun or two, before a parenthesis, other than the acronym's own ("ML
    surrogate (GNN)": the kind of thing it is; not "good old-fashioned AI (GOFAI)", whose words spell it, nor a name
    in capitals, "TCP Reset Packets (RSTs)")."""
    found = _LETTERS_BEFORE.search(line)
    return found is not None and found.group(1).rstrip("s") not in acronym


# Letters in capitals and one or two words in lower case before a parenthesis: "ML surrogate", "a CNN backbone".
_LETTERS_BEFORE = re.compile(r"\b([A-Z]{2,}s?)(?:[ \t]+[a-z][\w-]*){1,2}[ \t]*$")


def _line_before(text: str, end: int) -> str:
    """The line the text holds up to ``end``."""
    return text[text.rfind("\n", 0, end) + 1 : end]


def _words_before(text: str, acronym: str) -> str:
    """'reinforcement learning from human feedback' before '(RLHF)'; '' when no words before it start with
    its letters (the words before are then another line's, a title or a list, not a long form to quote)."""
    words = re.findall(r"[\w'-]+", text)[-(len(acronym) + 3) :]
    letters = [c.lower() for c in acronym if c.isalpha()]
    for size in range(len(words), 0, -1):
        candidate = words[-size:]
        if acronym in candidate:
            continue  # the acronym is no word of its long form: "Background: RDMA Remote Direct Memory Access (RDMA)"
        if candidate and candidate[0][0].lower() == letters[0] and _initials_match(" ".join(candidate), acronym):
            return " ".join(candidate)
    return ""


_CONNECTORS = frozenset({"of", "and", "for", "the", "in", "on", "to", "a", "an", "with", "from", "by", "&"})
# "Table of Contents" for TOC, "Learning With Errors" for LWE, "Time to Live" for TTL
_LETTER_CONNECTORS = frozenset({"of", "and", "for", "in", "on", "with", "to"})


def spells_out(text: str, acronym: str) -> bool:
    """Whether ``text`` holds the acronym's words ("convolutional neural network" for CNN), anywhere.

    Two letters only as two capitalised words in a row, as a name is written ("Reinforcement
    Learning" for RL): any two words start with the letters of "CI" (on the acronym's own slide,
    ``spelled_on_one_line`` is less strict). The words
    must read as a name: no single letters or capitals ("t comply with the policy", "use of
    DNS packets" for TCP and UDP), capitalised words before lower-case ones ("Bose Einstein
    condensate", not "my company Pythonic").
    """
    letters = "".join(c.lower() for c in acronym if c.isalpha())
    if _clipped_from_a_name(text, letters) or _named_with_a_place(text, acronym):
        return True
    if len(letters) == 2:
        return _capitalised_pair(text, letters) or _opens_a_line(text, letters) or _a_name_and_its_noun(text, letters)
    if len(letters) < 3:
        return False
    # "X-ray" or "T-cell" gives one letter or two: "X-ray diffraction" for XRD, "wide-angle X-ray scattering" for WAXS.
    joined = _LETTER_COMPOUND.sub(lambda compound: compound[0].replace("-", "").lower(), text)
    return _spelled_anywhere(text, letters) or (joined != text and _spelled_anywhere(joined, letters))


# A capital letter joined to a word ("X-ray", "T-cell", "B-spline"): a name of one word, or of two.
_LETTER_COMPOUND = re.compile(r"\b([A-Z])-([a-z]{2,})\b")


def _spelled_anywhere(text: str, letters: str) -> bool:
    """Whether words of ``text`` in a row, read as a name, give the ``letters`` (three or more)."""
    # A name written in camel case gives each of its parts a letter: "WebAssembly Text" for WAT.
    words = [part for word in re.findall(r"[^\W\d_]+", text) for part in _CAMEL_PART.findall(word)]
    folded = [word.lower() for word in words]
    compounds = frozenset(m[1] for m in _LETTER_COMPOUND.finditer(text))
    for start, word in enumerate(folded):
        if word[0] != letters[0] or word in _CONNECTORS:
            continue
        end = _spelled_to(folded, start, letters)
        if end is not None and _reads_as_a_name(words[start:end], compounds):
            return True
    return False


_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_]+")
_CAMEL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")


def _named_with_a_place(text: str, acronym: str) -> bool:
    """A body's letters with a place's initial before them, said in full as "Ohio DOT" for ODOT, "Texas DSHS" for
    TDSHS: a capitalised word that opens with the first letter, then the rest of the acronym in capitals."""
    rest = acronym[1:]
    if len(rest) < 2 or not rest.isupper():
        return False
    pattern = rf"\b({re.escape(acronym[0])}[a-z]+)\s+{re.escape(rest)}\b"
    return any(zipf(place.lower()) < PLACE_ZIPF for place in re.findall(pattern, text))


PLACE_ZIPF = 5.25  # a place's name (Ohio 4.6, California 5.0), not an everyday word before the letters ("Our DOT")


def _clipped_from_a_name(text: str, letters: str) -> bool:
    """A name in camel case shortened to letters of its own: "WebAssembly" for WASM, "JavaScript" for JS.
    Its capitals open the acronym, and the acronym's letters come from the name, in order."""
    for name in set(_CAMEL_NAME.findall(text)):
        capitals = "".join(c for c in name if c.isupper()).lower()
        if letters.startswith(capitals) and _in_order(letters, name.lower()):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """The letters occur in the word in this order, not necessarily next to each other."""
    position = 0
    for letter in letters:
        position = word.find(letter, position) + 1
        if not position:
            return False
    return True


def _spelled_to(folded: list[str], index: int, letters: str) -> int | None:
    """Where the words from ``index`` on have spelled ``letters``, or None.

    A connector is skipped, or, between two words, gives its letter ("State of the Art" for SOA,
    "Proof of Concept" for POC); the last letter comes from a word ("Start from the" is not SFT).
    """
    if not letters:
        return index
    if index == len(folded):
        return None
    word = folded[index]
    gives_letter = word not in _CONNECTORS or (word in _LETTER_CONNECTORS and len(letters) > 1)
    if word[0] == letters[0] and gives_letter:
        end = _spelled_to(folded, index + 1, letters[1:])
        if end is not None:
            return end
    if word in _CONNECTORS:
        return _spelled_to(folded, index + 1, letters)
    return None


def _capitalised_pair(text: str, letters: str) -> bool:
    """Two capitalised words in a row (not words in capitals) that start with the two letters."""
    pattern = rf"(?<![\w-]){letters[0].upper()}[a-z]{{2,}}\s+{letters[1].upper()}[a-z]{{2,}}(?![\w-])"
    return re.search(pattern, text) is not None


def _a_name_and_its_noun(text: str, letters: str) -> bool:
    """A name and the noun it names, after an article: "the Riemann hypothesis" for RH, "a Gaussian process" for
    GP, "the Kalman filter" for KF (a capitalised word after "the" is a name, not a sentence's first word)."""
    name, noun = letters[0].upper(), letters[1]
    pattern = rf"\b(?:[Tt]he|[Aa]n?)[ \t]+{name}[a-z]{{2,}}(?:['’]s)?[ \t]+{noun}[a-z]{{3,}}(?![\w-])"
    return re.search(pattern, text) is not None


def _opens_a_line(text: str, letters: str) -> bool:
    """Two words of four letters or more that open a line in sentence case ("Regression discontinuity at the
    cutoff" before "Donut RD"): a point that starts by naming its subject names it as a term."""
    pattern = rf"(?m)^[ \t]*(?:[-*•+][ \t]+)?{letters[0].upper()}[a-z]{{3,}}[ \t]+{letters[1]}[a-z]{{3,}}(?![\w-])"
    return re.search(pattern, text) is not None


def spelled_on_one_line(text: str, acronym: str) -> bool:
    """A two-letter acronym spelled out on its own slide by two words of four letters or more in a row on one
    line, in lower or sentence case ("Domain decomposition" above "non-overlapping DD", "verifiable
    computation" above "circuit-based VC"): there, two such words are the speaker naming the thing."""
    letters = "".join(c.lower() for c in acronym if c.isalpha())
    if len(letters) != 2:
        return False
    first, second = letters[0], letters[1]
    pattern = rf"(?<![\w-])[{first.upper()}{first}][a-z]{{3,}}[ \t]+{second}[a-z]{{3,}}(?![\w-])"
    return re.search(pattern, text) is not None


def _reads_as_a_name(phrase: list[str], compounds: frozenset[str] = frozenset()) -> bool:
    """Words that read as a name: no single letters or capitals, but for the letter of a compound ("X-ray")."""
    content = [word for word in phrase if word.lower() not in _CONNECTORS and word not in compounds]
    if any(len(word) < 2 or word.isupper() for word in content):
        return False
    capitalised = [word[0].isupper() for word in content[1:]]
    return capitalised == sorted(capitalised, reverse=True)


def _initials_match(phrase: str, acronym: str) -> bool:
    """Loose check: the phrase's words start with the acronym's letters, in order."""
    letters = "".join(c.lower() for c in acronym if c.isalpha())
    # Each part of a hyphenated name gives a letter: "Origin-Destination" for the OD of LODES.
    return _in_order(letters, "".join(w[0].lower() for w in re.findall(r"[\w']+", phrase)))
