"""The narrative vocabulary (``rules/vocab/narrative.yaml``): each role's phrases as the language pipeline reads
them.

Each role lists phrases that mark it in a title and in the body or notes,
phrases that state it wherever they stand ("adopted into the default
pipeline" states impact), phrases that mark it only as a title's label
("Next: …"), and phrases that look like it but are not ("computer vision").
Phrases are read as lemmas and lower-case forms (a phrase written
"=perspectives" matches that form only), and kept so read in the user cache
folder: tokenizing them took 50 ms of every cold run. ``matching`` finds them
on a slide.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from talklint.analysis import nlp as nlp_module
from talklint.analysis.nlp import Token, tokenize
from talklint.resources import user_cache_folder, vocabulary, write_atomically

LOG = logging.getLogger(__name__)

Phrase = tuple[str, ...]
EXACT = "="  # a phrase that starts with it matches only the form written: "=perspectives"
Tokens = tuple[Token, ...]


@dataclass(frozen=True)
class Vocabulary:
    # Each role's phrases, with how often each is listed: "results" and "result" are one lemma, listed twice.
    title: dict[str, Counter[Phrase]]
    body: dict[str, Counter[Phrase]]
    exclude: dict[str, tuple[Phrase, ...]]
    # Phrases that state the role's part of the story wherever they stand (title, body or notes).
    said: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    # Phrases blanked out like ``exclude`` but not worth naming as near misses ("I will show").
    ignore: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    # Phrases that name the role only as a title's label, before its colon ("Next: a comparative study"), or
    # as the whole title ("Synthesis"): anywhere else in a title they name something else ("Next-generation
    # sequencing", "Synthesis of NiMo alloys").
    label: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    # Phrases that, as the whole title over a list, name the role and no other ("Today" over the talk's parts is
    # its outline; "Today: farmers guess when to plant" states a problem).
    alone: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    # Title words that name the role only where they head the title or a part of it ("Research goals", not
    # "Campus grid goals"), and the words that may stand before them (``_heads_title``).
    heads: dict[str, frozenset[Phrase]] = field(default_factory=dict)
    qualifiers: frozenset[str] = frozenset()
    # Role → excluded phrase → the longer title phrases that open with it and still count ("impact of" is
    # excluded, "impact of our" listed).
    kept: dict[str, dict[Phrase, tuple[Phrase, ...]]] = field(default_factory=dict)
    # Roles whose title phrases name a system's part when "of" or "in" and one of ``systems`` follow them.
    about_systems: frozenset[str] = frozenset()
    systems: frozenset[str] = frozenset()
    # Role → patterns of a title in which the role's title phrases name something else ("Impact of noise on
    # accuracy": a result).
    patterns: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # First token of every phrase → the longest phrase starting with it.
    starts: dict[str, int] = field(default_factory=dict)


def load_vocabulary(nlp: Any) -> Vocabulary:
    return _vocabulary(id(nlp), nlp)


@lru_cache(maxsize=4)
def _vocabulary(key: int, nlp: Any) -> Vocabulary:
    narrative = vocabulary("narrative")
    data = narrative["roles"]
    written = sorted(
        {
            str(item).removeprefix(EXACT)
            for spec in data.values()
            for key, items in spec.items()
            if key != "exclude-patterns"
            for item in items or ()
        }
    )
    read = _read_phrases(nlp, written)

    def phrases(items: Iterable[object]) -> tuple[Phrase, ...]:
        # "=perspectives" matches that form only (its lower-case words); any other phrase, its lemmas.
        found = (read[text.removeprefix(EXACT)][text.startswith(EXACT)] for text in map(str, items))
        return tuple(phrase for phrase in found if phrase)

    title = {role: Counter(phrases(spec.get("title", []))) for role, spec in data.items()}
    body = {role: Counter(phrases(spec.get("body", []))) for role, spec in data.items()}
    exclude = {role: phrases(spec.get("exclude", [])) for role, spec in data.items()}
    ignore = {role: phrases(spec.get("ignore", [])) for role, spec in data.items()}
    said = {role: frozenset(phrases(spec["said"])) for role, spec in data.items() if spec.get("said")}
    label = {role: frozenset(phrases(spec["label"])) for role, spec in data.items() if spec.get("label")}
    alone = {role: frozenset(phrases(spec["alone"])) for role, spec in data.items() if spec.get("alone")}
    heads = {role: frozenset(phrases(spec["heads"])) for role, spec in data.items() if spec.get("heads")}
    qualifiers = frozenset(str(word).lower() for word in narrative.get("head-qualifiers", ()))
    kept = {role: _longer_listed(exclude[role], title[role]) for role in data}
    return Vocabulary(
        title=title,
        body=body,
        exclude=exclude,
        said=said,
        ignore=ignore,
        label=label,
        alone=alone,
        heads=heads,
        qualifiers=qualifiers,
        kept={role: longer for role, longer in kept.items() if longer},
        about_systems=frozenset(map(str, narrative.get("about-systems", ()))),
        systems=frozenset(str(word).lower() for word in narrative.get("system-nouns", ())),
        patterns={
            role: tuple(re.compile(str(pattern), re.IGNORECASE) for pattern in spec["exclude-patterns"])
            for role, spec in data.items()
            if spec.get("exclude-patterns")
        },
        starts=_starts(title, body, said, label),
    )


def _longer_listed(excluded: Iterable[Phrase], listed: Iterable[Phrase]) -> dict[Phrase, tuple[Phrase, ...]]:
    """Each excluded phrase's longer listed phrases that open with it."""
    found = {
        phrase: tuple(longer for longer in listed if len(longer) > len(phrase) and longer[: len(phrase)] == phrase)
        for phrase in excluded
    }
    return {phrase: longer for phrase, longer in found.items() if longer}


def _read_phrases(nlp: Any, written: list[str]) -> dict[str, tuple[Phrase, Phrase]]:
    """Each phrase's lemmas and lower-case forms, as the pipeline reads them.

    Tokenizing the vocabulary's 850 phrases is a twentieth of a cold run, and
    its answer only changes with the pipeline or with how talklint reads
    words: the user cache folder keeps it for the next run. Phrases missing
    from it (the vocabulary grew) are tokenized in one pass, without
    sentence boundaries, and the file is written again.
    """
    path = _phrases_file(nlp)
    read = _load_phrases(path) if path else {}
    missing = [text for text in written if text not in read]
    if missing:
        read.update(zip(missing, map(forms, tokenize(nlp, missing, sentences=False)), strict=True))
        if path:
            _save_phrases(path, {text: read[text] for text in written})
    return read


PHRASES_FORMAT = 1  # bump when what the file stores changes


def _phrases_file(nlp: Any) -> Path | None:
    """Where the phrases read by this pipeline and this version of talklint's reading are kept."""
    folder = user_cache_folder()
    if folder is None:
        return None
    import spacy

    meta = getattr(nlp, "meta", {}) or {}
    version = getattr(spacy, "__version__", "")
    digest = hashlib.sha256(f"{PHRASES_FORMAT} {version} {meta.get('name')} {meta.get('version')}".encode())
    for source in (nlp_module.__file__, __file__):  # the tokenizer's settings and the lemma rules; forms()
        digest.update(Path(str(source)).read_bytes())
    digest.update(json.dumps(vocabulary("verbs"), sort_keys=True).encode())  # the lemma rules' silent "e"s
    return folder / "vocabulary" / f"phrases-{digest.hexdigest()[:16]}.json"


def _load_phrases(path: Path) -> dict[str, tuple[Phrase, Phrase]]:
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return {text: (tuple(lemmas), tuple(lowers)) for text, (lemmas, lowers) in stored.items()}
    except (OSError, ValueError, TypeError):
        return {}  # none yet, or torn: read them again


def _save_phrases(path: Path, read: dict[str, tuple[Phrase, Phrase]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(
            path, json.dumps({text: [list(lemmas), list(lowers)] for text, (lemmas, lowers) in read.items()})
        )
    except OSError as error:
        LOG.debug("phrases not kept at %s (%s)", path, error)


def _starts(*tables: Mapping[str, Collection[Phrase]]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for table in tables:
        for phrases in table.values():
            for phrase in phrases:
                starts[phrase[0]] = max(starts.get(phrase[0], 0), len(phrase))
    return starts


def forms(tokens: Tokens) -> tuple[Phrase, Phrase]:
    """Lemmas and lower-case forms of the tokens, without spaces."""
    words = [t for t in tokens if not t.is_space]
    return tuple(t.lemma.lower() for t in words), tuple(t.lower for t in words)
