"""Small helpers that keep fix messages consistent across rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from talklint.analysis.statements.results import counts_a_measure
from talklint.analysis.verbs import COMPARISON, has_verb, lexicon
from talklint.metrics import MATH_OPERATORS, is_code_like, is_reference
from talklint.model import Block, Bullet, MathBlock, Paragraph, Slide, count_words

# A sentence of the slide short enough to be its title.
TITLE_WORDS = (4, 14)
# Placeholder and template text is never a suggestion.
_PLACEHOLDER = re.compile(r"lorem ipsum|click to add|\b(?:TODO|TBD|FIXME|XXX)\b|^\W|[\[\]{}<>]", re.IGNORECASE)
# Formula markup the math reader left in the text ("controlled-$NOT$", "\\alpha"), a power or an index typed
# inline ("Variance grows as γ^(2n)", "Fit λ_k"), like a formula typed with mathematical operators ("S ≤ 2√2 ≈
# 2.83"): not words for a title.
_MATH_MARKUP = re.compile(r"\$[^$]+\$|\\[A-Za-z]+|\w\^[\w({]|(?<![\w-])[^\W\d_]_[\w{]")


def title_from_body(slide: Slide) -> str:
    """The sentence of the slide's bullets and paragraphs that reads as a claim and could be its title, or '': the
    first that reports a measured result ("Abandonment at payment fell from 31% to 22%"), which is the point the
    audience must leave with, else the first (not the set-up before it: "Variant shows shipping on the product page").

    Never code, a reference, a formula, a placeholder, parser debris or a sentence left to trail off: a fix quotes
    it to the speaker.
    """
    claims = list(_claims_of_the_body(slide))
    return next((claim for claim in claims if counts_a_measure(claim)), claims[0] if claims else "")


def _claims_of_the_body(slide: Slide) -> Iterator[str]:
    """Each sentence of the slide's bullets and paragraphs that reads as a claim short enough to be its title."""
    low, high = TITLE_WORDS
    blocks = slide.blocks
    items = _named_items(blocks)
    for index, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Bullet)) or index in items:
            continue
        cleaned = _CITED_SOURCE.sub("", block.text)
        if block.inline_math or is_code_like(cleaned) or is_reference(cleaned) or _LABELLED.match(cleaned):
            continue
        # A paragraph that runs into a displayed formula ("In 3D, we would need [formula] to …") ends unfinished,
        # and so does one whose sentence the next paragraph goes on with, as a text box breaks its lines ("The
        # arrival of the first child is the strongest" over "demographic predictor of credit card debt.").
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        cut = isinstance(following, MathBlock) or _goes_on_in(block, following)
        for sentence in _sentences(block.text, cut):
            if sentence.rstrip().endswith(("...", "…")):
                continue  # it trails off for the speaker to finish ("Now what happens if..."): no claim to quote
            # A sentence that cites its source ("… in three steps (Watanabe et al., 2024)") states its point
            # without it.
            text = _RUN_IN_LABEL.sub("", _without_asides(_CITED_SOURCE.sub("", sentence)).strip().rstrip("."))
            text = _with_its_subject(_as_its_claim(text), slide.title)
            if is_code_like(text) or is_reference(text) or _junk(text):
                continue
            if low <= count_words(text) <= high and (text[:1].isupper() or text[:1].isdigit()) and _claims(text):
                yield text


def _named_items(blocks: tuple[Block, ...]) -> frozenset[int]:
    """The bullets of a list whose items each open on a name ("Tracing views: trace blame back to a choice",
    "Skepticism: no one is ever blameworthy"): one item of the list is not the slide's point, unless it reports a
    measure ("Accuracy: 94% against 81%"). A list in which some items are not named ("Goal: …", "Existing
    solutions:" over examples) is left as it is."""
    bullets = [(index, block) for index, block in enumerate(blocks) if isinstance(block, Bullet)]
    top = min((block.level for _, block in bullets), default=0)
    items = [(index, block.text) for index, block in bullets if block.level == top]
    if len(items) < 2 or not all(_ITEM_NAME.match(text) for _, text in items):
        return frozenset()
    return frozenset(index for index, text in items if not counts_a_measure(text))


# The name that opens an item of a list, before its colon: a few words, capitalised, with its letters in
# parentheses too ("Data protection (GDPR): …").
_ITEM_NAME = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+[\w'’()&/-]+){0,4}:\s+\S")


# Where a paragraph's sentences end, and the clauses a semicolon joins: "The dataset has 10,000 grasps; each is
# labelled twice" offers the whole, then its first clause, as a title. Not after an abbreviation ("i.e. EKOs",
# "Heal et al. 2019", "J. Smith").
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:i\.e|e\.g|et|al|vs|cf|etc|fig|figs|eq|eqs|ref|refs|no|dr|mr|ms|st)|\b[A-Za-z])$", re.IGNORECASE
)
# A figure's or a table's caption ("Fig. 5. Style transfer results by …") labels a picture, and a footnote
# numbered in front ("39 Souhila Kaci. Working with Preferences …, 2011") cites one: neither is a claim.
_LABELLED = re.compile(
    r"^\s*(?:(?:fig(?:ure)?|tab(?:le)?)\.?\s*\d+\s*[.:]|\d{1,3}\s+[A-Z][a-z]+\s+[A-Z][a-z]+\.)", re.IGNORECASE
)
_CLAUSE_END = re.compile(r";\s+")


def _sentences(text: str, cut: bool = False) -> list[str]:
    """Each whole sentence of the text (a bullet is usually one), and after each the clauses a semicolon joins;
    ``cut``: the text stops unfinished, so its last sentence and clause are no candidates."""
    text = text.strip()
    pieces: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[start : end.start()]):
            pieces.append(text[start : end.start() + 1])
            start = end.end()
    pieces.append(text[start:])
    found: list[str] = []
    for number, sentence in enumerate(pieces):
        clauses = _CLAUSE_END.split(sentence) if ";" in sentence else []
        if cut and number == len(pieces) - 1:
            found += clauses[:-1]
        else:
            found += [sentence, *clauses]
    return found


# The source a sentence cites, by its authors and year or by its number: "(Watanabe et al., ICRA 2024.)",
# "(Lee, 2020)", "[12]", "[3, 4]".
_CITED_SOURCE = re.compile(
    r"\s*\((?:[^()]*\bet al\b[^()]*|[A-Z][^()]*,?\s(?:19|20)\d{2}[a-z]?\.?)\)|\s*\[\d+(?:\s*[,–-]\s*\d+)*\]"
)


# A comparison or a measured change: "3.2x faster than the baseline", "errors down 40%".
# A multiplier compares where it ends the phrase or comes before its comparison ("a 1.24x speed-up", "3x lower
# latency"); before a noun it names a kit or a count ("10x scRNA-seq", "4x A100 GPUs").
_COMPARED = re.compile(
    rf"{COMPARISON}|\b(?:half|twice|double)\b|\d(?:\.\d+)?\s*%(?!\w)"
    r"|\d(?:\.\d+)?\s*[x×](?!\w)(?!\s+(?!\w+er\b|speed-?ups?\b|gains?\b|improvements?\b|reductions?\b"
    r"|increases?\b|drops?\b|cuts?\b|less\b|more\b)[A-Za-z])",
    re.IGNORECASE,
)


def _without_asides(sentence: str) -> str:
    """The sentence without what it sets apart in parentheses: a title states the point, not its detail ("DFT
    (B3LYP-D3/def2-TZVP) locates a Mo-nitride intermediate", "… the next day (AUC 0.81)")."""
    return _SPACE_BEFORE_MARK.sub(r"\1", _SET_ASIDE.sub("", sentence))


# An aside stands apart from the word before it, or spells an acronym out even where typed against it
# ("transfer(VST)"); "O(n)" or "f(x)" is a function's argument, and "Fe(OH)₂" a formula's group with its count,
# part of the claim.
_SET_ASIDE = re.compile(r"\s+\([^()]*\)|\([A-Z]{2,}s?\)(?![\d₀-₉])")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:.!?])")


def _claims(text: str) -> bool:
    """A sentence of the slide that states something: a verb or a comparison, outside its asides. A year or
    a count alone does not ("Galileo Galilei (1564 - 1642)" is a caption), nor a comparison in parentheses
    ("No scaling (larger images, 3D)" lists a drawback), nor a list of settings with a share among them ("85 °C,
    85% relative humidity, 1-sun illumination")."""
    said = _ASIDE.sub(" ", text)
    return has_verb(said) or (bool(_COMPARED.search(said)) and len(_LISTING_COMMA.findall(said)) < 2)


_LISTING_COMMA = re.compile(r",\s")  # between items, not inside a number ("1,000")


_ASIDE = re.compile(r"\([^()]*\)")


# A citation by its year ("Jacobs and Jackson, 'A Review' (2010)"): the source, not the point.
_CITED_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)")
# A note to self in an outline ("Show a CE diagram", "Mention the grant"): the plan, not a claim.
_INSTRUCTION = re.compile(
    r"^(?:show|mention|talk about|discuss|explain|describe|introduce|present|cover|skip|add|insert|include|"
    r"remind|tell|go over|walk through)\b",
    re.IGNORECASE,
)


# A question, asked or reported, a hedge, a lead-in, a sentence without its subject or one whose subject is in
# the sentence before ("Maybe CE works through BE?", "How will I rate cars? (Quantitative)", "SCF analysis — who
# enters credit card debt and why", "We built a pipeline:", "Should mitigate the communication problems", "They
# fail at night") is not the point a title should state.
_NOT_A_CLAIM = re.compile(
    r"\?|:\s*$|^(?:maybe|perhaps|should|could|would|might|must|can|cannot|will|may(?!\s+\d))\b|"
    r"^(?:[^:—–]{0,40}[:—–]\s*)?(?:who|what|why|how|when|where|which|whether)\b|"
    # 'Don't …' advises; 'Still don't get them all', 'Too small: doesn't reduce …' have no subject
    r"(?:^|:\s*)(?:(?:still|also|just|often|usually|sometimes|then|really|simply)\s+)?"
    r"(?:can|could|would|should|must|wo|do|does|did|is|are)n[’']t\b|"
    # a sentence that points back to the one before it ("Their shapes are stretched by 1%") needs it to make sense
    r"^(?:their|they|them|it|its|it's|this|these|those|that's|he|she|his|her)\b|"
    # ... or ends on it ("Until 2023, no one had shown this"; "it" and "them" may be the sentence's own: "Measuring
    # quantum states disturbs them")
    r"\b(?:this|these|those)$|"
    # an invitation to the audience ("Let's create a function together"), or a sentence that goes on from the one
    # before ("And yet we can change it"), is no title either
    r"^let[’']s\b|^(?:and|but|yet|so|also|thus|hence)\b",
    re.IGNORECASE,
)


# What the reader left of markup or of a cut sentence: "**Validation**", "1 An LP-tree … is a PLP-tree, where"
# (a list number in front, a formula cut off after "is"), a list left open ("I prefer minivans to sedans, ..."),
# an identifier ("Desc: GO:0001730 involved in …"); notation being set up ("Let a1, …, am be the arms").
_DEBRIS = re.compile(
    r"\*\*|__|`|^\d{1,2}[.)]?\s+(?=[A-Z*])|\b(?:is|are|was|were|where|of|the|to|and|or|with|for|by|a|an|in|from)$"
    r"|^let\s|[,;]\s*(?:\.\.\.|…)?$|"
    # a word that needs what follows it, cut off by a mark: what a reference or a formula left ("data of, as …")
    r"\b(?:of|the|a|an|to|with|for|by|from)\s*[,;]|"
    r"\b[A-Za-z]+:\d{3,}|\d{5,}|"  # an identifier ("GO:0001730", an accession number)
    r"\w_\w",  # a subscript or a name in code ("the fast partition Ω_f", "opt_einsum")
    re.IGNORECASE,
)


# A label run into its sentence ("MESSAGE In 3FNS a valence-like peak is present", set in bold small caps): a
# function word is capitalised only where a sentence starts, so the word before it is a label, not the claim.
def _as_its_claim(text: str) -> str:
    """A finding reported ("Finds that hours fall by 1.8%", "This paper shows that new hires lose the most") as the
    claim it reports: "Hours fall by 1.8%"."""
    reported = _REPORTED.match(text)
    if not reported:
        return text
    claim = text[reported.end() :]
    return claim[:1].upper() + claim[1:]


def _with_its_subject(text: str, title: str) -> str:
    """A sentence that opens on its verb ("Allocates rank per layer by gradient norm") under a title that names
    the thing by its name ("Our method: AdaRank") as that thing's sentence: "AdaRank allocates rank per layer …".
    Without a name in the title the sentence stays as it is."""
    verb, _, rest = text.partition(" ")
    if not rest or not verb.istitle() or not verb.endswith("s") or verb.lower() not in lexicon().inflected:
        return text
    name = _NAME.fullmatch(title.rpartition(":")[2].strip())
    return f"{name.group()} {verb.lower()} {rest}" if name else text


# A name as a title gives it: one word with a capital past its first letter ("AdaRank", "TCRmatch", "LoRA").
_NAME = re.compile(r"[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*")


# A report of what the work found, before the finding: "Shows that …", "This paper finds that …".
_REPORTED = re.compile(
    r"^(?:(?:this|the|our|my)\s+(?:paper|study|work|thesis|talk|chapter|analysis)\s+)?(?:shows?|finds?|argues?"
    r"|demonstrates?|proves?|establishes?|reveals?)\s+that\s+(?=\S)",
    re.IGNORECASE,
)
_RUN_IN_LABEL = re.compile(r"^[^\s:;,.!?]+\s+(?=(?:In|On|At|Of|For|With|To|By|From|The|A|An|This|These|Our|We|It)\s)")


# A sentence that is a quotation, after a label or alone ("Epistemic: “The keys might be in the car”"): an example
# or someone's words, not the point the speaker makes.
_QUOTED = re.compile(r"^(?:[^:“”\"‘’]{0,40}:\s*)?[“\"‘«]")


def _goes_on_in(block: Paragraph | Bullet, following: object) -> bool:
    """The next paragraph goes on with the block's last sentence: it opens in lower case after a line that ends
    without a mark."""
    return (
        isinstance(following, (Paragraph, Bullet))
        and following.text.lstrip()[:1].islower()
        and not block.text.rstrip().endswith((".", "!", "?", ":", ";"))
    )


# A name in capitals, every word but the small ones ("Community Terrestrial Systems Model"): no claim to quote.
_NAME_IN_CAPITALS = re.compile(r"^(?:(?:[A-Z][\w'’-]*|of|and|for|the|in|on|to|a|an|&)\s+){2,}[A-Z][\w'’-]*$")


def _junk(text: str) -> bool:
    patterns = (
        _PLACEHOLDER, _MATH_MARKUP, MATH_OPERATORS, _CITED_YEAR, _INSTRUCTION, _NOT_A_CLAIM, _DEBRIS, _QUOTED,
        _NAME_IN_CAPITALS,
    )  # fmt: skip
    return any(pattern.search(text) for pattern in patterns) or _without_subject(text)


# What follows a verb that opens its sentence without a subject: "Learn which mutations preserve fold", "Use the
# cache", "Train a model" (not "Model accuracy improves", "Cost drops by 40%", where the word is a noun).
_OBJECT_START = re.compile(
    r"^(\S+)\s+(?:which|what|how|whether|the|a|an|our|your|their|its|it|them|this|these|to)\b", re.I
)


def _without_subject(text: str) -> bool:
    """An instruction or a fragment whose subject is in the title above it: no title of its own."""
    opening = _OBJECT_START.match(text)
    return opening is not None and opening.group(1).lower() in lexicon().base


def quoted(title: str) -> str:
    """`` 'Title'`` after a slide number, or nothing for an untitled slide."""
    return f" '{title}'" if title.strip() else ""


def listing(items: list[str], limit: int = 5) -> str:
    """'a', 'b' and 3 more."""
    shown = ", ".join(f"'{item}'" for item in items[:limit])
    rest = len(items) - limit
    return f"{shown} and {rest} more" if rest > 0 else shown


def share_over(share: float, limit: float) -> str:
    """A share that is over its limit, precise enough to show it: '52%', or '40.3%' beside a limit of 40%
    ("about 40% (budget 40%)" reads as a finding about nothing)."""
    rounded = f"{share:.0%}"
    return rounded if rounded != f"{limit:.0%}" else f"{share:.1%}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def minutes(amount: float) -> str:
    """'1 minute', '2.5 minutes'."""
    return f"{amount:g} minute" if amount == 1 else f"{amount:g} minutes"
