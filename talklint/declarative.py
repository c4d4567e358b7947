"""Rules written as YAML data, in a closed set of kinds.

A YAML rule names its ``kind``, a ``code``, a ``message`` and a ``fix``
(both may use placeholders such as ``{place}`` and ``{match}``), a
``level``, and the keys of its kind; unknown keys are errors. The rule's
name is its file name. Each file is validated when it is loaded, and an
error says which file and which key is wrong.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from talklint import yamlfile
from talklint.errors import ConfigError
from talklint.findings import SEVERITIES, Edit, Problem, Severity
from talklint.metrics import ANALYSIS_METRICS, METRICS
from talklint.model import Bullet, Location, Paragraph, Slide, block_text, is_quotation
from talklint.rule import NAME_PATTERN, AnyRule, Context, NoOptions, Rule

SCOPES = ("title", "body", "notes")
_COMMON = {
    "kind", "code", "message", "fix", "level", "category", "enabled", "doc", "description", "flood", "decks-only",
}  # fmt: skip
_CODE = re.compile(r"^[A-Z]{1,6}\d{1,4}$")


@dataclass(frozen=True)
class _Spec:
    """What one kind accepts besides the common keys, and how it builds its check."""

    keys: frozenset[str]
    placeholders: frozenset[str]
    build: Callable[[_Reader], Callable[[Context], Iterator[Problem]]]


class _Reader:
    """Typed access to one YAML rule's keys, with errors that say where."""

    def __init__(self, path: Path, data: Mapping[str, Any]) -> None:
        self.path = path
        self.data = data

    def where(self, key: str) -> str:
        return f"{self.path} → key '{key}'"

    def fail(self, key: str, expected: str) -> ConfigError:
        return ConfigError(f"{self.where(key)} → expected {expected}, got {self.data.get(key)!r}")

    def string(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "a non-empty string")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "a list of strings")
        return tuple(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, "true or false")
        return value

    def number(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(key, "a number")
        return float(value)

    def scopes(self) -> tuple[str, ...]:
        value = self.data.get("scope", ["title", "body"])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(v in SCOPES for v in value):
            raise self.fail("scope", f"a list drawn from {', '.join(SCOPES)}")
        return tuple(value)

    def matcher(self) -> Matcher:
        """One pattern for ``tokens`` (whole words) and ``patterns`` (regexes)."""
        import regex

        flags = regex.IGNORECASE if self.boolean("ignorecase", True) else 0
        alternatives: list[str] = []
        if "tokens" in self.data:
            alternatives.append(_tokens_pattern(self.strings("tokens")))
        if "patterns" in self.data:
            for pattern in self.strings("patterns"):
                try:
                    regex.compile(pattern)
                except regex.error as error:
                    raise ConfigError(
                        f"{self.where('patterns')} → invalid regular expression {pattern!r}: {error}"
                    ) from None
                alternatives.append(f"(?:{pattern})")
        if not alternatives:
            raise ConfigError(f"{self.path}: a {self.data.get('kind')} rule needs 'tokens' or 'patterns'")
        try:
            return Matcher(regex.compile("|".join(alternatives), flags))
        except regex.error as error:
            raise ConfigError(f"{self.where('patterns')} → the patterns do not combine: {error}") from None

    def limits(self) -> tuple[float | None, float | None]:
        low, high = self.number("min"), self.number("max")
        if low is None and high is None:
            raise ConfigError(f"{self.path}: a {self.data.get('kind')} rule needs 'min' or 'max'")
        return low, high


# Seconds one pattern may spend on one text (a slide's title, a block, its notes).
PATTERN_SECONDS = 1.0


@dataclass(frozen=True)
class Matcher:
    """A rule's patterns, run by the ``regex`` engine under a time bound: no user pattern may stall a run.

    A pattern that runs out of time raises ``TimeoutError``; the engine
    reports it as one line naming the rule.
    """

    pattern: Any  # a regex.Pattern

    def finditer(self, text: str) -> list[Any]:
        return list(self.pattern.finditer(text, timeout=PATTERN_SECONDS))

    def count(self, text: str) -> int:
        return len(self.finditer(text))

    def search(self, text: str) -> Any:
        return self.pattern.search(text, timeout=PATTERN_SECONDS)


def _token_pattern(token: str) -> str:
    return _tokens_pattern([token])


def _tokens_pattern(tokens: Iterable[str]) -> str:
    """Any of ``tokens`` as whole words, with any spacing between a phrase's words.

    One word-boundary check around all of them: a lookbehind per token made
    the search three times slower.
    """
    phrases = "|".join(r"\s+".join(re.escape(w) for w in token.split()) for token in tokens)
    return rf"(?<!\w)(?:{phrases})(?!\w)"


def _scoped_text(slide: Slide, scopes: Iterable[str]) -> Iterator[tuple[str, str, Location | None]]:
    """The text of each scope; the body block by block, so a match has a line."""
    for scope in scopes:
        if scope == "title":
            yield scope, slide.title, None
        elif scope == "body":
            for block in slide.blocks:
                if not is_quotation(block):  # someone else's words, as words in quotation marks are
                    yield scope, block_text(block), block.location
        else:
            yield scope, slide.notes, None


# --- kinds ---------------------------------------------------------------


def _existence(reader: _Reader) -> Callable[[Context], Iterator[Problem]]:
    matcher, scopes = reader.matcher(), reader.scopes()
    remove_lone = reader.boolean("remove-lone-slide", False)

    def check(context: Context) -> Iterator[Problem]:
        for slide in context.slides:  # backup slides too with lint-backup, as in the Python rules
            seen: set[str] = set()
            lone: bool | None = None  # asked only once a match is found: most slides have none
            for scope, text, location in _scoped_text(slide, scopes):
                for match in matcher.finditer(text):
                    if match.group(0).lower() in seen or _quoted(text, match.start(), match.end()):
                        continue
                    seen.add(match.group(0).lower())
                    problem = _problem(reader, slide, location, match=match.group(0), scope=scope)
                    if lone is None:
                        lone = remove_lone and _holds_nothing_else(slide, matcher)
                    if lone:  # the whole slide is the placeholder: removing it is the fix
                        whole = "\n".join(filter(None, (slide.title, slide.body_text)))
                        problem = replace(problem, location=None, edit=Edit(whole, "", whole_slide=True))
                        lone = False
                    yield problem

    return check


def _holds_nothing_else(slide: Slide, matcher: Matcher) -> bool:
    """Whether the slide shows only what the patterns match (and a title that is one too, or none)."""
    if slide.notes.strip() or any(not isinstance(block, (Paragraph, Bullet)) for block in slide.blocks):
        return False
    texts = [slide.title, *(block_text(block) for block in slide.blocks)]
    rest = " ".join(matcher.pattern.sub(" ", text) for text in texts)
    return not re.search(r"\w", rest) and any(matcher.search(text) for text in texts)


_QUOTES = "'\"‘’“”«»`"
# A quotation on one line: its opening mark after a space, a bracket or a colon, its closing mark before a
# space or punctuation, so that the apostrophe of "robot's" neither opens nor closes one.
_QUOTATION = re.compile(r"""(?:^|(?<=[\s(\[:]))(["“«‘'`])[^\n]+?(["”»’'`])(?=$|[\s.,;:!?)\]])""", re.MULTILINE)


def _quoted(text: str, start: int, end: int) -> bool:
    """Quoted words are mentioned or someone else's, not the speaker's: a talk about the word 'might', a
    participant's "maybe I would trust it"."""
    if not any(mark in text for mark in _QUOTES):
        return False
    return any(quote.start() < start and end < quote.end() for quote in _QUOTATION.finditer(text))


def _substitution(reader: _Reader) -> Callable[[Context], Iterator[Problem]]:
    swap = reader.data.get("swap")
    if (
        not isinstance(swap, dict)
        or not swap
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in swap.items())
    ):
        raise reader.fail("swap", "a mapping of phrase: replacement")
    flags = re.IGNORECASE if reader.boolean("ignorecase", True) else 0
    pairs = [(re.compile(_token_pattern(k), flags), v) for k, v in swap.items()]
    scopes = reader.scopes()

    def check(context: Context) -> Iterator[Problem]:
        for slide in context.slides:  # backup slides too with lint-backup, as in the Python rules
            for scope, text, location in _scoped_text(slide, scopes):
                for pattern, replacement in pairs:
                    match = pattern.search(text)
                    if match:
                        fields = {"match": match.group(0), "replacement": replacement, "scope": scope}
                        swap = Edit(match.group(0), replacement)
                        yield replace(_problem(reader, slide, location, **fields), edit=swap)

    return check


def _occurrence(reader: _Reader) -> Callable[[Context], Iterator[Problem]]:
    matcher, scopes = reader.matcher(), reader.scopes()
    low, high = reader.limits()

    def check(context: Context) -> Iterator[Problem]:
        for slide in context.slides:  # backup slides too with lint-backup, as in the Python rules
            count = sum(matcher.count(text) for _, text, _ in _scoped_text(slide, scopes))
            limit = _broken_limit(count, low, high)
            if limit is not None:
                yield _problem(reader, slide, None, count=count, limit=_fmt(limit))

    return check


def _metric(reader: _Reader) -> Callable[[Context], Iterator[Problem]]:
    name = reader.string("metric")
    known = (*METRICS, *ANALYSIS_METRICS)
    if name not in known:
        raise ConfigError(f"{reader.where('metric')} → unknown metric {name!r} (known: {', '.join(known)})")
    low, high = reader.limits()

    def check(context: Context) -> Iterator[Problem]:
        for slide in context.slides:  # backup slides too with lint-backup, as in the Python rules
            value = _metric_value(context, slide, name)
            limit = None if value is None else _broken_limit(value, low, high)
            if value is not None and limit is not None:
                yield _problem(reader, slide, None, value=_fmt(value), limit=_fmt(limit), metric=name)

    return check


def _metric_value(context: Context, slide: Slide, name: str) -> float | None:
    """Simple counts come from the slide; language metrics load the analysis."""
    if name in METRICS:
        return METRICS[name](slide)
    return context.analysis.slide(slide).metrics.get(name)


def _section(reader: _Reader) -> Callable[[Context], Iterator[Problem]]:
    title_matcher = reader.matcher()
    body_matcher = None
    if "body-tokens" in reader.data:
        body_matcher = re.compile(_tokens_pattern(reader.strings("body-tokens")), re.IGNORECASE)
    window = reader.data.get("window", [0.0, 1.0])
    if (
        not isinstance(window, list)
        or len(window) != 2
        or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1 for v in window)
        or window[0] >= window[1]
    ):
        raise reader.fail("window", "[start, end], fractions of the talk from 0 to 1, start < end")
    start, end = float(window[0]), float(window[1])

    def matches(slide: Slide) -> bool:
        if title_matcher.search(slide.title):
            return True
        return body_matcher is not None and bool(body_matcher.search(slide.body_text))

    def check(context: Context) -> Iterator[Problem]:
        talk = context.talk
        slides = talk.content_slides  # the story is told by the main talk, whatever lint-backup says
        if not slides:
            return
        first = math.floor(start * len(slides))
        last = max(math.ceil(end * len(slides)), first + 1)
        if any(matches(s) for s in slides[first:last]):
            return
        elsewhere = next((s for s in slides if matches(s)), None)
        found = f"slide {elsewhere.number} '{elsewhere.title}'" if elsewhere else "no slide"
        yield _problem(reader, None, None, found=found, first=first + 1, last=last)

    return check


def _broken_limit(value: float, low: float | None, high: float | None) -> float | None:
    if high is not None and value > high:
        return high
    if low is not None and value < low:
        return low
    return None


def _fmt(value: float) -> str:
    return f"{value:g}"


# {slide} is the slide's number; {place} is where the speaker finds it ("slide 8", in a PDF "pages 22-24"),
# and {subject} the same as the subject of a sentence ("the slide on pages 22-24 hedges").
_SLIDE_FIELDS = frozenset({"slide", "title", "place", "subject"})
KINDS: dict[str, _Spec] = {
    "existence": _Spec(
        frozenset({"tokens", "patterns", "scope", "ignorecase", "remove-lone-slide"}),
        _SLIDE_FIELDS | {"match", "scope"},
        _existence,
    ),
    "substitution": _Spec(
        frozenset({"swap", "scope", "ignorecase"}),
        _SLIDE_FIELDS | {"match", "replacement", "scope"},
        _substitution,
    ),
    "occurrence": _Spec(
        frozenset({"tokens", "patterns", "scope", "ignorecase", "min", "max"}),
        _SLIDE_FIELDS | {"count", "limit"},
        _occurrence,
    ),
    "metric": _Spec(frozenset({"metric", "min", "max"}), _SLIDE_FIELDS | {"value", "limit", "metric"}, _metric),
    "section": _Spec(
        frozenset({"tokens", "patterns", "body-tokens", "window", "ignorecase"}),
        frozenset({"found", "first", "last"}),
        _section,
    ),
}


def _problem(reader: _Reader, slide: Slide | None, location: Location | None, **fields: object) -> Problem:
    values: dict[str, object] = {
        "slide": slide.number if slide else "",
        "title": slide.title if slide else "",
        "place": slide.label if slide else "",
        "subject": slide.subject if slide else "",
    }
    values.update(fields)
    return Problem(
        message=str(reader.data["message"]).format_map(values),
        fix=str(reader.data["fix"]).format_map(values),
        slide=slide,
        location=location if location is not None and location.line is not None else None,
    )


def load_rule_file(path: Path, origin: str) -> AnyRule:
    """Load and validate one YAML rule; its name is the file name."""
    try:
        data = yamlfile.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read ({error})") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML ({_one_line(error)})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of keys (kind, code, message, ...)")
    reader = _Reader(path, data)
    name = path.stem
    if not NAME_PATTERN.match(name):
        raise ConfigError(f"{path}: the file name is the rule's name and must be kebab-case, like 'my-rule.yaml'")
    kind = reader.string("kind")
    if kind not in KINDS:
        raise ConfigError(f"{reader.where('kind')} → unknown kind {kind!r} (known: {', '.join(KINDS)})")
    spec = KINDS[kind]
    unknown = sorted(set(data) - _COMMON - spec.keys)
    if unknown:
        raise ConfigError(f"{reader.where(unknown[0])} → unknown key for kind '{kind}'")
    code = reader.string("code")
    if not _CODE.match(code):
        raise ConfigError(f"{reader.where('code')} → expected a code like 'TL305' or 'ACME001', got {code!r}")
    for key in ("message", "fix"):
        _check_placeholders(reader, key, spec.placeholders)
    level = reader.string("level", "warning")
    if level not in SEVERITIES:
        raise reader.fail("level", "error, warning or info")
    build = spec.build(reader)

    def check(context: Context, options: NoOptions) -> Iterator[Problem]:
        return build(context)

    return Rule(
        code=code,
        name=name,
        category=str(data.get("category", "custom")),
        severity=Severity(level),
        doc=str(data.get("doc") or data.get("description") or reader.string("message")),
        options=NoOptions(),
        check=check,
        enabled_by_default=reader.boolean("enabled", True),
        flood=_flood(reader),
        decks_only=reader.boolean("decks-only", False),
        origin=origin,
    )


def _flood(reader: _Reader) -> str:
    """How many findings of the rule read when they are reported once ("{count} slides hedge")."""
    if "flood" not in reader.data:
        return ""
    _check_placeholders(reader, "flood", frozenset({"count", "slides", "total", "rule"}))
    return reader.string("flood")


def _check_placeholders(reader: _Reader, key: str, allowed: frozenset[str]) -> None:
    text = reader.string(key)
    try:
        names = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as error:
        raise ConfigError(f"{reader.where(key)} → bad placeholder syntax ({error})") from None
    unknown = sorted(n for n in names if n not in allowed)
    if unknown:
        raise ConfigError(
            f"{reader.where(key)} → unknown placeholder '{{{unknown[0]}}}' (allowed: {', '.join(sorted(allowed))})"
        )


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def load_rule_folder(folder: Path, origin: str) -> list[AnyRule]:
    """Every ``*.yaml`` rule directly in ``folder`` (vocabularies and profiles live below it)."""
    if not folder.is_dir():
        raise ConfigError(f"rule path {folder} is not a folder")
    return [load_rule_file(path, origin) for path in sorted(folder.glob("*.yaml"))]
