"""Check many files, each under its nearest configuration. Plain functions, no I/O to the terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from talklint.config import Config, find_config_file, forget_config_files, load_config, with_overrides
from talklint.discovery import discover, ignored_by_files, is_excluded, with_main_files
from talklint.findings import Severity
from talklint.results import ExitCode, FileResult

if TYPE_CHECKING:
    from concurrent.futures import Executor
    from multiprocessing.context import BaseContext

    from talklint.cache import Cache
    from talklint.model import Talk
    from talklint.registry import Registry
    from talklint.rule import AnyRule
    from talklint.selection import RuleSet


@dataclass(frozen=True)
class Overrides:
    """Command-line options that beat every configuration file."""

    config: Path | None = None
    profile: str | None = None
    duration: float | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    use_cache: bool = True
    cache_dir: Path | None = None
    jobs: int = 1
    # Apply exclude and the ignore files to files named on the command line too (pre-commit names them).
    force_exclude: bool = False


@dataclass
class CheckRun:
    results: list[FileResult] = field(default_factory=list)
    plugin_errors: list[str] = field(default_factory=list)
    rules: list[AnyRule] = field(default_factory=list)  # every rule that ran on some file
    # Files named on the command line that are not talks (a README, a paper), and why.
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    def exit_code(self, fail_on: Severity, exit_zero: bool) -> ExitCode:
        if any(r.error for r in self.results):
            return ExitCode.ERROR
        if exit_zero:
            return ExitCode.OK
        worst = [f.severity.rank for r in self.results for f in r.findings]
        return ExitCode.FINDINGS if worst and max(worst) >= fail_on.rank else ExitCode.OK


class RuleSets:
    """One validated rule set per configuration file, built on first use."""

    def __init__(self, overrides: Overrides) -> None:
        forget_config_files()  # config files may have changed since the last run in this process
        self.overrides = overrides
        self._by_config: dict[Path | None, RuleSet] = {}
        self._configs: dict[Path | None, Config] = {}
        self._registries: dict[tuple[Path, ...], Registry] = {}

    def config_for(self, path: Path) -> Config:
        """The effective configuration of ``path``: cheap, no rule is loaded."""
        config_path = self.overrides.config or find_config_file(path)
        key = config_path.resolve() if config_path else None
        if key not in self._configs:
            # The profile is folded in when a rule set is built (selection): a cache hit never reads it.
            self._configs[key] = apply_overrides(load_config(config_path, Path.cwd()), self.overrides)
        return self._configs[key]

    def for_file(self, path: Path) -> RuleSet:
        from talklint.selection import build_rule_set

        config = self.config_for(path)
        key = config.source.resolve() if config.source else None
        if key not in self._by_config:
            self._by_config[key] = build_rule_set(config, self.registry(config.rule_paths))
        return self._by_config[key]

    def active_rules(self) -> list[AnyRule]:
        rules = {a.rule.code: a.rule for rule_set in self._by_config.values() for a in rule_set.active}
        return [rules[code] for code in sorted(rules)]

    def plugin_errors(self) -> list[str]:
        errors = (e for registry in self._registries.values() for e in registry.plugin_errors)
        return list(dict.fromkeys(errors))

    def registry(self, rule_paths: tuple[Path, ...] = ()) -> Registry:
        from talklint.registry import build_registry

        if rule_paths not in self._registries:
            self._registries[rule_paths] = build_registry(rule_paths)
        return self._registries[rule_paths]


def apply_overrides(config: Config, overrides: Overrides) -> Config:
    return with_overrides(
        config,
        profile=overrides.profile,
        select=overrides.select,
        extend_select=(*config.extend_select, *overrides.extend_select),
        ignore=(*config.ignore, *overrides.ignore),
        command_line_duration=overrides.duration,
    )


def storyline_report(path: Path, overrides: Overrides) -> tuple[str, str | None]:
    """The HTML storyline of one talk, or the reason it could not be read."""
    from talklint.analysis import analyse
    from talklint.engine import lint_file
    from talklint.reporters.html import Budgets, render

    rule_set = RuleSets(overrides).for_file(path)
    result = lint_file(path, rule_set)
    if result.talk is None:
        return "", result.error
    from talklint.rules import slide_budget, too_technical_overall

    # The rules' own options, as configured; their defaults when the rule is off.
    options = {a.rule.name: a.options for a in rule_set.active}
    technical = options.get("too-technical-overall", too_technical_overall.Options())
    pace = options.get("slide-budget", slide_budget.Options())
    assert isinstance(technical, too_technical_overall.Options) and isinstance(pace, slide_budget.Options)
    budgets = Budgets(technical_share=technical.max_share, slides_per_minute=pace.slides_per_minute)
    analysis = analyse(result.talk, rule_set.config.nlp_model)
    return render(result.talk, analysis, result.findings, budgets), None


def check_paths(
    paths: Sequence[Path],
    overrides: Overrides,
    on_file_done: Callable[[], None] | None = None,
    describe_rules: bool = False,
) -> CheckRun:
    """Lint every talk under ``paths``; results are sorted by path, whatever the number of jobs."""
    rule_sets = RuleSets(overrides)
    run = CheckRun()
    # A named LaTeX part is linted as its talk: pre-commit names the part a commit changed.
    paths = with_main_files(paths, Path.cwd())
    explicit = {p for p in paths if not p.is_dir()}
    done = on_file_done or (lambda: None)
    results: dict[int, FileResult] = {}
    pending: list[tuple[int, Path, Cache | None, str | None]] = []
    digests: dict[int, str] = {}
    for index, path in enumerate(discover(paths)):
        if _unresolvable(path):
            from talklint.engine import unreadable

            results[index] = unreadable(path, "a symbolic link that points to itself (a loop); not read")
            continue
        config = rule_sets.config_for(path)
        enforced = path not in explicit or overrides.force_exclude
        # Discovery already left out what ignore files ignore; a named file is checked here.
        if enforced and (
            is_excluded(path, config.exclude, config.root) or (path in explicit and ignored_by_files(path))
        ):
            continue
        # A cached result was a talk with these bytes and this configuration: no need to ask again.
        cache, key = _cache_for(config, path, overrides, digests)
        cached = cache.get(key, path) if cache is not None and key is not None else None
        if cached is not None:
            results[index] = cached
            done()
            continue
        from talklint.parsers.document import not_a_talk  # here: a fully cached run never needs it

        reason = "" if is_excluded(path, config.include, config.root) else not_a_talk(path)
        if reason:
            if path in explicit:
                run.skipped.append((path, reason))
            continue
        pending.append((index, path, cache, key))
    linted = _lint_all(pending, rule_sets, overrides, done) if pending else iter(())
    for (index, _, cache, key), result in zip(pending, linted, strict=True):
        if cache is not None and key is not None and not result.transient:
            cache.put(key, result)
        results[index] = result
    run.results = [results[i] for i in sorted(results)]
    if digests:  # a cache was used
        from talklint.cache import save_file_stats

        save_file_stats()
    if describe_rules:
        # Reports that describe every rule (SARIF, JUnit) need the rule sets, even on a full cache hit.
        for result in run.results:
            rule_sets.for_file(result.path)
    run.plugin_errors = rule_sets.plugin_errors()
    run.rules = rule_sets.active_rules()
    return run


def _unresolvable(path: Path) -> bool:
    try:
        path.resolve()
    except (RuntimeError, OSError):  # Python raises RuntimeError for a symlink loop
        return True
    return False


def _cache_for(
    config: Config, path: Path, overrides: Overrides, digests: dict[int, str]
) -> tuple[Cache | None, str | None]:
    """The cache and the file's key; ``digests`` keeps one inputs digest per configuration."""
    if not overrides.use_cache:
        return None, None
    from talklint.cache import Cache, default_folder, inputs_digest

    if id(config) not in digests:
        digests[id(config)] = inputs_digest(config)
    folder = overrides.cache_dir or default_folder(config)
    if folder is None:
        return None, None
    cache = Cache(folder)
    return cache, cache.key(path, digests[id(config)])


def _lint_all(
    pending: list[tuple[int, Path, Cache | None, str | None]],
    rule_sets: RuleSets,
    overrides: Overrides,
    done: Callable[[], None],
) -> Iterator[FileResult]:
    from talklint.engine import lint_file

    paths = [path for _, path, _, _ in pending]
    if overrides.jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield _without_talk(lint_file(path, rule_sets.for_file(path)))
            done()
        return
    # Imported here: a fully cached run, or a single file, never starts a pool.
    import multiprocessing

    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else None)
    read_ahead = _read_while_warming_up(paths, rule_sets, overrides, context) if forking else {}
    work = [read_ahead.get(i, path) for i, path in enumerate(paths)]
    try:
        yield from _lint_in_pools(work, min(overrides.jobs, len(paths)), context, overrides, done)
    finally:
        _WORKER_RULE_SETS.clear()


def _lint_in_pools(
    work: list[Path | Talk | FileResult],
    jobs: int,
    context: BaseContext,
    overrides: Overrides,
    done: Callable[[], None],
) -> Iterator[FileResult]:
    """Results in order, from pools of fresh workers that lint ``FILES_PER_WORKER`` files each.

    The largest files go first, so that no worker is left with a large one at
    the end while the other idles. Each pool's workers start from the parent
    as it is, and what one worker's pipeline learned on its files (every new
    word stays in spaCy's string store) goes with it.
    """
    order = sorted(range(len(work)), key=_work_size(work))
    per_pool = jobs * FILES_PER_WORKER
    results: dict[int, FileResult] = {}
    for start in range(0, len(order), per_pool):
        for index, result in _lint_in_pool(order[start : start + per_pool], work, jobs, context, overrides):
            results[index] = result
            done()
    for index in range(len(work)):
        yield results[index]


def _lint_in_pool(
    indices: list[int],
    work: list[Path | Talk | FileResult],
    jobs: int,
    context: BaseContext,
    overrides: Overrides,
) -> Iterator[tuple[int, FileResult]]:
    """Lint ``work[i]`` for each of ``indices``; a worker that dies (killed for memory or time) costs its own
    file, never the run.

    When the pool breaks, the file whose result is awaited is linted again
    alone in a fresh process: if that one dies too, the file is reported as
    unreadable; the files not yet finished go to a new pool.
    """
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool(size: int) -> ProcessPoolExecutor:
        # Forked workers inherit the work list: a talk read ahead is not pickled again.
        return ProcessPoolExecutor(size, context, initializer=_receive_work, initargs=(work,))

    pool = new_pool(jobs)
    futures: dict[int, Future[FileResult]] = {i: pool.submit(_lint_in_worker, i, overrides) for i in indices}
    try:
        for position, index in enumerate(indices):
            try:
                result = futures[index].result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                with new_pool(1) as alone:
                    result = _lint_alone(index, alone, work[index], overrides)
                pool = new_pool(jobs)
                for later in indices[position + 1 :]:
                    if not futures[later].done() or futures[later].exception() is not None:
                        futures[later] = pool.submit(_lint_in_worker, later, overrides)
            yield index, result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _work_size(work: Sequence[Path | Talk | FileResult]) -> Callable[[int], int]:
    """Sort key, the largest first: a parsed talk by its slides' text, a file by its bytes."""

    def key(index: int) -> int:
        item = work[index]
        if isinstance(item, FileResult):
            return 0
        if isinstance(item, Path):
            with contextlib.suppress(OSError):
                return -item.stat().st_size
            return 0
        return -sum(len(slide.text) + len(slide.notes) for slide in item.slides)

    return key


def _lint_alone(index: int, alone: Executor, item: Path | Talk | FileResult, overrides: Overrides) -> FileResult:
    """Lint one file in a process of its own; if that process dies too, the file is the cause."""
    from concurrent.futures.process import BrokenProcessPool

    from talklint.engine import unreadable

    try:
        return alone.submit(_lint_in_worker, index, overrides).result()
    except BrokenProcessPool:
        path = item if isinstance(item, Path) else item.path
        reason = "the process reading this file died (killed, or out of memory); lint it alone with --jobs 1"
        return unreadable(path, reason, transient=True)


def _read_while_warming_up(
    paths: list[Path], rule_sets: RuleSets, overrides: Overrides, context: BaseContext
) -> dict[int, Talk | FileResult]:
    """Load here what every worker needs, while a spare process parses talks.

    Loading spaCy takes about 0.6 s of one core. Done once here, before the
    workers are forked, they start warm and share its memory. Meanwhile a
    reader process, forked before the loading, parses talks, the largest
    first (parsing needs no language pipeline), so that the other core is not
    idle; the workers lint those talks as they are.
    """
    from concurrent.futures import ProcessPoolExecutor

    from talklint.engine import read_talk

    with ProcessPoolExecutor(max_workers=1, mp_context=context) as reader:
        futures = {i: reader.submit(read_talk, paths[i]) for i in sorted(range(len(paths)), key=_work_size(paths))}
        _warm_up(paths, rule_sets, overrides)
        for future in futures.values():
            future.cancel()
    return {i: f.result() for i, f in futures.items() if not f.cancelled() and f.exception() is None}


def _warm_up(paths: list[Path], rule_sets: RuleSets, overrides: Overrides) -> None:
    """Build the rule sets and load the language pipelines and what the analysis reads, for forked workers
    to inherit."""
    from talklint.analysis import load_shared

    _WORKER_RULE_SETS[overrides] = rule_sets
    for model in {rule_sets.for_file(path).config.nlp_model for path in paths}:
        with contextlib.suppress(Exception):  # a worker meets the same error and reports it with its file
            load_shared(model)


# Each worker process keeps its own rule sets and language pipeline, loaded once (or inherited),
# and the list of files and talks to lint, inherited or received once.
_WORKER_RULE_SETS: dict[Overrides, RuleSets] = {}
_WORKER_WORK: list[Path | Talk | FileResult] = []
# A worker lints this many files and makes way for a fresh one: memory stays bounded on any number of talks.
FILES_PER_WORKER = 200


def _receive_work(work: list[Path | Talk | FileResult]) -> None:
    _WORKER_WORK[:] = work


def _lint_in_worker(index: int, overrides: Overrides) -> FileResult:
    """Lint a file, or a talk the reader parsed ahead; an unreadable file's result is already final."""
    from talklint.engine import lint_read_talk, read_talk

    work = _WORKER_WORK[index]
    talk = read_talk(work) if isinstance(work, Path) else work
    if isinstance(talk, FileResult):
        return talk
    rule_sets = _WORKER_RULE_SETS.get(overrides)
    if rule_sets is None:  # not inherited from a forked parent: built once per worker
        rule_sets = _WORKER_RULE_SETS[overrides] = RuleSets(overrides)
    return _without_talk(lint_read_talk(talk, rule_sets.for_file(talk.path)))


def _without_talk(result: FileResult) -> FileResult:
    """Reports need the findings, not the whole model: keep results small between processes."""
    return replace(result, talk=None)
