"""An acronym is used before it is spelled out.

What it flags:
    The first use of each acronym (two or more capitals, plurals such as
    "GPUs" included) that comes before any slide or speaker note spells it
    out as "Long Form (LF)", "LF (long form)", "LF: long form" or
    "LF = long form" (a plural or a compound in the parentheses counts:
    "(DEQs)", "(LP-trees)"; so do words in parentheses that name the thing
    without spelling its letters, as a translation does: "MBO (secondary
    vocational education)", but not a remark: "NLL (lower is better)",
    "MDP (the abstraction)", nor the kind of thing named before it: "ML
    surrogate (GNN)"), or says what it is in words after a comma or
    a dash ("SARA, the Dutch national supercomputer facility"; not a list of
    names, "CRNL, the EMBL and NIST"), or spells out its words as a name ("Transmission
    Control Protocol" before "TCP", "State of the Art" before "SOA", "Learning With Errors" before
    "LWE"; two capitalised words in a row for a two-letter acronym: "Reinforcement Learning" before
    "RL", or two words in a row on one line of the acronym's own slide or of a title or a section's name
    before it: "Domain decomposition" above "non-overlapping DD", a slide titled "The radial velocity
    method" before "RV"). Reported once per acronym, at its first use. Widely known acronyms (AI,
    ML, GPU, PhD, JSON, ...) and names of
    organisations, products and venues come from the allow-list in
    ``rules/vocab/acronyms.yaml``, and so are capitals listed beside one of
    those names ("NSF (esp. CISE/IIS), DUE, DARPA") or beside a name in mixed
    case ("MAG, OpenAlex, ORKG"), and capitals right after one of those names,
    its maker's ("AMD SEV", "Arm CCA"). Not counted as terms: code blocks, math,
    URLs, quoted literals ('MED BAG'), course codes and versions ("ECON 105",
    "NNPDF 4.0"), methods named by their paper ("AKECP [3]", and the same name
    wherever else the talk uses it), keywords the talk lists in capitals ("RANGE, JOIN, SUM, COUNT",
    and "SQL SUM" elsewhere), names the talk thanks in the title of its
    thanks or closing slide ("Thank you MSR!"), capitals that are all a link
    shows ("[APFEL](https://…)": the name of what it points to, a tool or a
    project, wherever else the talk uses it), capitals that name a logo on
    their slide ("UNSAM" beside logos/UNSAM.png: an organisation, wherever
    else the talk names it; a diagram file named "LSTM.png" is no logo), placeholders
    ("gene XYZ"), capitals the talk only uses inside a hyphenated name
    ("SWE-bench", "CP-nets", "LSH-DOC"; "LSTM-based" still uses LSTM), a
    variant's letter on an acronym already met ("YCSB-C" after "YCSB", or
    after "YCSB-A": one term), and the names under the title on the title
    slide (its title is read).
    English talks only: talklint cannot tell a long form
    spelled out in another language. Each undefined acronym is its
    own finding (each is a different word to spell out) unless they stand on
    most of the talk's content slides (or the talk is past its limit of
    findings); then one finding lists them, with the one the audience meets
    most often as its example and each of the others named with its slide in
    the fix (a configured ``max-findings-per-rule`` sets that number instead).

Why it matters:
    An acronym you use every day is noise to half of a hiring committee.
    Spelling it out once, at first use, costs three seconds and keeps the
    whole room with you.

Flagged example:
    # We fine-tune with RLHF

Better example:
    # We fine-tune with reinforcement learning from human feedback (RLHF)

Options:
    allow (list of strings, default []): acronyms your audience knows,
    added to the built-in allow-list.
    audience-knows (list of strings, default []): acronyms the kind of
    talk's audience uses every day, added too; a profile sets it (the
    ``ml-engineer`` profile lists the field's daily terms: MLP, AUC, KV,
    CI, ...), so that your own ``allow`` adds to it instead of replacing it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from talklint.analysis.acronyms import (
    AcronymUse,
    find_acronyms,
    listed_keywords,
    named_by_paper,
    partner_names,
    spelled_on_one_line,
    spells_out,
)
from talklint.findings import Problem, Severity
from talklint.model import Slide
from talklint.resources import vocabulary
from talklint.rule import Context, Rule


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()
    audience_knows: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def known_acronyms() -> frozenset[str]:
    """Acronyms every listener knows, and names of organisations, products and venues (both data)."""
    data = vocabulary("acronyms")
    return frozenset(str(a) for key in ("acronyms", "names") for a in data[key])


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    return frozenset(str(a) for a in vocabulary("acronyms")["names"])


# A run of capitalised names set apart by commas, slashes, brackets, "and", "or", "esp.", "e.g.":
# "NSF (esp. CISE/IIS), DUE, DARPA, ARPA-E".
_NAME = r"(?:[A-Z]|[a-z]+[A-Z])[A-Za-z0-9&]*(?:-[A-Z0-9]+)*"
_LISTED_NAMES = re.compile(rf"(?<![\w-]){_NAME}(?:(?:\s*[,/;()]\s*|\s+(?:and|or|esp\.|e\.g\.)\s+)+{_NAME})+(?![\w-])")
# Capitals right after a word: the product of a maker named there ("AMD SEV", "Arm CCA", "IBM Q").
_AFTER_A_WORD = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z&]+)\s+([A-Z][A-Z0-9]{1,7})(?![\w-])")


# A product or organisation named in mixed case: "OpenAlex", "SURFnet", "arXMLiv", "PyTorch" (not "GPUs", "PhD").
_BRAND = re.compile(r"(?=\w{5})\w*(?:[a-z][A-Z]|[A-Z]{2}[a-z]{2})\w*")


def listed_with_names(text: str) -> set[str]:
    """Capitals listed beside a known or a mixed-case name ("NSF (esp. CISE/IIS), DUE, DARPA"): names too."""
    names = known_names()
    found: set[str] = set()
    for run in _LISTED_NAMES.finditer(text):
        items = set(re.findall(_NAME, run.group(0)))
        if items & names or any(_BRAND.fullmatch(item) for item in items):
            found |= items - names
    return found


def made_by_names(text: str) -> set[str]:
    """Capitals right after a known name, in its own case or another ("AMD SEV", "Arm CCA"): the maker's product."""
    makers = known_names() - _PLACES
    return {m.group(2) for m in _AFTER_A_WORD.finditer(text) if m.group(1).upper() in makers}


# Names of places, which make nothing: "US PTSD rates" name no product.
_PLACES = frozenset({"US", "USA", "UK", "EU", "UN"})


def check(context: Context, options: Options) -> Iterator[Problem]:
    analysis = context.analysis
    if not analysis.is_english:
        return  # a long form in French or Japanese is not one talklint can recognise (TL002 says so)
    known = known_acronyms() | set(options.allow) | set(options.audience_knows)
    uses = [(s, analysis.slide(s).acronym_uses, find_acronyms(s.notes)) for s in context.slides]
    long_forms = {
        u.acronym: u.long_form for _, on_slide, in_notes in uses for u in (*on_slide, *in_notes) if u.long_form
    }
    # Capitals met only inside hyphenated names ("SWE-bench", "CP-nets") name a thing; they are not a term.
    used_alone = {u.acronym for _, on_slide, in_notes in uses for u in (*on_slide, *in_notes) if not u.in_name}
    # The more often the audience meets an acronym, the more it costs them: a flood shows the commonest first.
    times = Counter(u.acronym for _, on_slide, in_notes in uses for u in (*on_slide, *in_notes))
    for slide, on_slide, _ in uses:
        said_there = f"{slide.text}\n{slide.notes}"
        known |= listed_with_names(said_there) | named_by_paper(said_there) | listed_keywords(said_there)
        known |= made_by_names(said_there)
        known |= partner_names(said_there)
        known |= _linked_names(slide) | _logo_names(slide, on_slide)
        if analysis.role(slide).names_and_thanks:
            known |= _title_acronyms(slide)  # "Thank you MSR!": the talk thanks a name, not a term
    defined: set[str] = set()
    reported: set[str] = set()
    said = ""  # everything shown or said so far: a long form spelled out earlier defines the acronym
    # The titles and section names so far: a heading names a term ("The radial velocity method" before "RV").
    headings = ""
    for slide, on_slide, in_notes in uses:
        defined |= {u.acronym for u in in_notes if u.defined_here}
        here = f"{slide.text}\n{slide.notes}"
        said += f"\n{here}"
        headings += f"\n{slide.section}\n{slide.title}"
        roles = analysis.role(slide)
        if roles.names_and_thanks:  # capitals there are names: authors, funders, venues
            continue
        if roles.role == "title":  # the talk's title is read; the names under it are not terms
            on_slide = tuple(use for use in on_slide if use.acronym in _title_acronyms(slide))
        for use in on_slide:
            if use.defined_here:
                defined.add(use.acronym)
            elif use.acronym in used_alone and not {use.acronym, _variant_of(use.acronym)} & (
                defined | known | reported | {_variant_of(met) for met in defined | reported}
            ):
                if any(spelled_on_one_line(text, use.acronym) for text in (here, headings)) or spells_out(
                    said, use.acronym
                ):
                    defined.add(use.acronym)
                    continue
                reported.add(use.acronym)
                yield _problem(slide, use, long_forms.get(use.acronym, ""), times[use.acronym])


def _linked_names(slide: Slide) -> set[str]:
    """Capitals that are all a link shows ("[APFEL](https://…)"): the name of what the link points to."""
    names: set[str] = set()
    for text in slide.links:
        uses = find_acronyms(text)
        if len(uses) == 1 and uses[0].acronym == text.strip(" *_`").removesuffix("s"):
            names.add(uses[0].acronym)
    return names


def _logo_names(slide: Slide, on_slide: Sequence[AcronymUse]) -> set[str]:
    """Capitals that name a logo on the slide ("UNSAM" beside logos/UNSAM.png, "NSF" beside nsf-logo.svg): an
    organisation's name, shown with its logo, not a term."""
    named = {
        word
        for image in slide.images
        if "logo" in image.source.lower()
        for word in re.split(r"[^a-z0-9]+", PurePosixPath(image.source.replace("\\", "/")).stem.lower())
    }
    return {use.acronym for use in on_slide if use.acronym.lower() in named}


def _variant_of(acronym: str) -> str:
    """The acronym a variant's letter or digit extends ("YCSB" of "YCSB-C", a workload), or the acronym itself:
    one term for the audience, spelled out once."""
    base, dash, suffix = acronym.rpartition("-")
    return base if dash and len(suffix) == 1 and len(base) >= 2 else acronym


def _title_acronyms(slide: Slide) -> set[str]:
    return {use.acronym for use in find_acronyms(slide.title)}


def _problem(slide: Slide, use: AcronymUse, long_form: str, times: int) -> Problem:
    if long_form:
        fix = f"Spell out '{use.acronym}' at its first use on {slide.label}: '{long_form} ({use.acronym})'"
    else:
        fix = (
            f"Spell out '{use.acronym}' at its first use on {slide.label} (its words, then '{use.acronym}' in "
            "parentheses), or drop it if the audience does not need it"
        )
    return Problem(
        message=f"'{use.acronym}' is used on {slide.label} before it is spelled out",
        fix=fix,
        slide=slide,
        weight=times,
        term=use.acronym,
    )


RULE = Rule(
    code="TL205",
    name="undefined-acronym",
    category="detail",
    severity=Severity.WARNING,
    doc=__doc__ or "",
    options=Options(),
    flood="{count} acronyms are used before they are spelled out",
    itemised=True,
    check=check,
)
