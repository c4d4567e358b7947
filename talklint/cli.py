"""The ``talklint`` command. Click commands stay thin and call plain functions."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from talklint import __version__
from talklint.errors import ConfigError
from talklint.findings import OFF, SEVERITIES
from talklint.formats import FORMATS
from talklint.results import ExitCode

if TYPE_CHECKING:
    from talklint.runner import CheckRun, Overrides

PROGRESS_FROM = 20  # files; fewer finish before a bar would be worth drawing

EXIT_OK, EXIT_ERROR = ExitCode.OK, ExitCode.ERROR


def _fail(message: str) -> NoReturn:
    """Print a one-line error and stop with exit code 2."""
    click.echo(f"talklint: error: {message}", err=True)
    raise SystemExit(EXIT_ERROR)


def _is_a_talk_being_linted(target: Path, paths: Sequence[Path]) -> bool:
    """A report written over a talk (``-o talk.md``) would destroy it: talklint never modifies a talk."""
    if not target.exists():
        return False
    resolved = target.resolve()
    return any(
        resolved == p.resolve() or (p.is_dir() and resolved.is_relative_to(p.resolve()) and _is_talk_file(target))
        for p in (paths or [Path(".")])
    )


def _is_talk_file(path: Path) -> bool:
    from talklint.parsers import SUPPORTED_SUFFIXES

    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _minutes(context: click.Context, parameter: click.Parameter, value: float | None) -> float | None:
    """--duration, checked as every duration is (``talklint.model.minutes``)."""
    if value is None:
        return None
    from talklint.model import minutes  # here: --version and --help need not build the model's classes

    valid = minutes(value)
    if valid is None:
        raise click.BadParameter(f"expected a positive number of minutes, got {value:g}")
    return valid


_STDIN_FILENAME = click.option(
    "--stdin-filename",
    type=click.Path(path_type=Path, dir_okay=False),
    help="With '-': read the talk from standard input as this file (its format, configuration and name).",
)


def _from_stdin(paths: Sequence[Path], stdin_filename: Path | None) -> list[Path]:
    """PATHS, with '-' read from standard input under ``--stdin-filename``'s name, as ruff does."""
    if Path("-") not in paths:
        if stdin_filename is not None:
            _fail("--stdin-filename names a talk read from standard input: give '-' as the path")
        return list(paths)
    if len(paths) > 1:
        _fail("'-' (standard input) cannot be combined with other paths")
    if stdin_filename is None:
        _fail("reading a talk from standard input needs --stdin-filename (its name decides format and configuration)")
    from talklint import limits
    from talklint.parsers.source import give

    largest = max(limits.MAX_TEXT_FILE_BYTES, limits.MAX_PPTX_BYTES, limits.MAX_PDF_BYTES)
    give(stdin_filename, sys.stdin.buffer.read(largest + 1))  # the reader refuses it past its own limit
    return [stdin_filename]


def _the_talk_in(path: Path) -> Path:
    """``path`` itself, or the one talk a folder holds (its configuration's exclusions applied)."""
    if not path.is_dir():
        return path
    from talklint.config import find_config_file, load_config
    from talklint.discovery import discover
    from talklint.parsers.document import not_a_talk

    try:
        config = load_config(find_config_file(path), Path.cwd())
    except ConfigError as error:
        _fail(str(error))
    talks = [p for p in discover([path], config.exclude, config.root) if not not_a_talk(p)]
    if len(talks) == 1:
        return talks[0]
    shown = ", ".join(p.relative_to(path).as_posix() for p in talks[:4]) + (", …" if len(talks) > 4 else "")
    held = f"holds {len(talks)} talks ({shown}): name one" if talks else "holds no talk"
    _fail(f"{path.as_posix()}: a folder that {held}")


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _use_color(option: bool | None, output: Path | None) -> bool:
    if option is not None:
        return option
    if os.environ.get("NO_COLOR"):
        return False
    return output is None and sys.stdout.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="talklint")
def cli() -> None:
    """Lint job talks and research talks for narrative, vision and technical overload."""
    from talklint.limits import environment_problems

    for problem in environment_problems():
        _fail(problem)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_STDIN_FILENAME
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--output-format",
    "output_format_file",
    type=click.Choice(FORMATS),
    help="Format of the --output file, when it differs from --format (e.g. text on screen, sarif to a file).",
)
@click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False), help="Report only findings not in FILE.")
@click.option(
    "--write-baseline", type=click.Path(path_type=Path, dir_okay=False), help="Record the current findings in FILE."
)
@click.option("--profile", help="Profile in rules/profiles (default: job-talk).")
@click.option("--duration", type=float, callback=_minutes, help="Talk length in minutes.")
@click.option("--select", help="Comma-separated codes, prefixes or names to run (replaces the config's).")
@click.option("--extend-select", help="Comma-separated codes, prefixes or names to add.")
@click.option("--ignore", help="Comma-separated codes, prefixes or names to skip.")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (unreadable files still exit 2).")
@click.option("--statistics", is_flag=True, help="Add a count of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print the findings only, without the summary.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Use this config file.")
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write the report to FILE.")
@click.option("--no-cache", is_flag=True, help="Lint every file again instead of reusing cached findings.")
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Skip files named on the command line that 'exclude' or a .gitignore leaves out (as pre-commit needs).",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache folder (default: .talklint_cache beside the config, else the user cache folder).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=lambda: os.cpu_count() or 1,
    show_default="number of cores",
    help="Files checked in parallel.",
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes to Markdown and LaTeX talks, then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply the fixes marked unsafe too.")
@click.option("--diff", "show_diff", is_flag=True, help="Show what --fix would change, as a diff; change nothing.")
def check(
    paths: tuple[Path, ...],
    stdin_filename: Path | None,
    output_format: str,
    output_format_file: str | None,
    baseline: Path | None,
    write_baseline: Path | None,
    profile: str | None,
    duration: float | None,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    fail_on: str,
    exit_zero: bool,
    statistics: bool,
    quiet: bool,
    color: bool | None,
    config_path: Path | None,
    output: Path | None,
    no_cache: bool,
    force_exclude: bool,
    cache_dir: Path | None,
    jobs: int,
    fix: bool,
    unsafe_fixes: bool,
    show_diff: bool,
) -> None:
    """Lint the talks in PATHS (files or folders; default: the current folder; '-': standard input)."""
    from talklint.reporters import ReportOptions, get_reporter
    from talklint.runner import Overrides

    if config_path is not None and not config_path.is_file():
        _fail(f"{config_path}: config file not found")
    stdin = Path("-") in paths
    if stdin and (fix or show_diff):
        _fail("--fix and --diff change files; a talk from standard input has none")
    paths = tuple(_from_stdin(paths, stdin_filename))
    overrides = Overrides(
        config=config_path,
        profile=profile,
        duration=duration,
        select=_codes(select),
        extend_select=_codes(extend_select) or (),
        ignore=_codes(ignore) or (),
        use_cache=not no_cache and not stdin,  # the cache keys a file by what the disk holds
        force_exclude=force_exclude,
        cache_dir=cache_dir,
        jobs=jobs,
    )
    for target in (output, baseline if write_baseline is None else None, write_baseline):
        if target is not None and _is_a_talk_being_linted(target, paths):
            _fail(f"{target}: the report would overwrite a file being linted; choose another --output")
    try:
        describe = bool({output_format, output_format_file} & {"sarif", "junit"})
        run = _run_with_progress(list(paths) or [Path(".")], overrides, describe)
        if fix or show_diff:
            run = _fixed(
                run,
                unsafe_fixes,
                show_diff,
                lambda: _run_with_progress(list(paths) or [Path(".")], overrides, describe),
            )
        if baseline is not None:
            from talklint.baseline import read_baseline, without_baseline

            run.results = without_baseline(run.results, read_baseline(baseline))
        if write_baseline is not None:
            from talklint.baseline import write_baseline as write_baseline_file

            recorded = write_baseline_file(write_baseline, run.results)
            click.echo(f"talklint: recorded {recorded} findings in {write_baseline}", err=True)
    except ConfigError as error:
        _fail(str(error))
    for message in run.plugin_errors:
        click.echo(f"talklint: warning: {message}", err=True)
    for path, reason in run.skipped:
        click.echo(
            f"talklint: info: {path.as_posix()}: not a talk ({reason}); skipped (add it to 'include' to lint it)",
            err=True,
        )
    for result in run.results:
        if result.error:
            click.echo(f"talklint: error: {result.path.as_posix()}: {result.error}", err=True)
    rules = tuple(run.rules)
    if output is not None and output_format_file is not None:
        # Two reports from one run: the human one on screen, the machine one in the file.
        file_options = ReportOptions(statistics=statistics, quiet=quiet, rules=rules)
        _write(get_reporter(output_format_file)(run.results, file_options), output)
        output = None
    options = ReportOptions(color=_use_color(color, output), statistics=statistics, quiet=quiet, rules=rules)
    _write(get_reporter(output_format)(run.results, options), output, options.color)
    from talklint.findings import Severity

    raise SystemExit(run.exit_code(Severity(fail_on), exit_zero))


def _fixed(run: CheckRun, unsafe: bool, show_diff: bool, again: Callable[[], CheckRun]) -> CheckRun:
    """--diff prints the fixes and stops (exit 1 when there are any); --fix writes them and lints again."""
    from talklint import fixes

    planned = fixes.fix_results(run.results, unsafe)
    if show_diff:
        click.echo("".join(fixes.unified_diff(plan) for plan in planned), nl=False)
        raise SystemExit(ExitCode.FINDINGS if planned else ExitCode.OK)
    for plan in planned:
        fixes.write(plan)
    count = sum(len(plan.fixed) for plan in planned)
    if planned:
        click.echo(f"talklint: fixed {count} finding{'s' if count != 1 else ''} in {len(planned)} file(s)", err=True)
        return again()
    return run


def _run_with_progress(paths: list[Path], overrides: Overrides, describe_rules: bool) -> CheckRun:
    """Check the files, with a progress bar on a terminal when there are many."""
    from talklint.discovery import discover
    from talklint.runner import check_paths

    count = len(discover(paths)) if sys.stderr.isatty() else 0
    if count < PROGRESS_FROM:
        return check_paths(paths, overrides, describe_rules=describe_rules)
    with click.progressbar(length=count, label="Checking talks", file=sys.stderr) as bar:
        return check_paths(paths, overrides, on_file_done=lambda: bar.update(1), describe_rules=describe_rules)


def _write(text: str, output: Path | None, color: bool = False) -> None:
    if output is None:
        # click strips colour when stdout is not a terminal unless told otherwise.
        click.echo(text, nl=False, color=color)
        return
    try:
        output.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        _fail(f"{output}: cannot write the report ({error.strerror or error})")


@cli.command(name="rules")
@click.option("--profile", help="Show which rules this profile turns on.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="json: one object per rule; markdown: every rule's documentation (docs/rules.md).",
)
def list_rules(profile: str | None, config_path: Path | None, output_format: str) -> None:
    """List every rule: code, name, category, default severity, and whether it is on."""
    import json

    from talklint.ruledocs import help_uri, rules_page
    from talklint.runner import Overrides, RuleSets

    try:
        rule_sets = RuleSets(Overrides(config=config_path, profile=profile))
        rule_set = rule_sets.for_file(Path.cwd() / "talk.md")
    except ConfigError as error:
        _fail(str(error))
    active = {a.rule.code: a for a in rule_set.active}
    rules = sorted(rule_set.registry.rules, key=lambda r: r.code)
    if output_format == "markdown":
        click.echo(rules_page(rules), nl=False)
        return
    if output_format == "json":
        listed = [
            {
                "code": rule.code,
                "name": rule.name,
                "category": rule.category,
                "default_severity": rule.severity.value,
                "severity": active[rule.code].severity.value if rule.code in active else OFF,
                "summary": rule.summary,
                "origin": rule.origin,
                "help_uri": help_uri(rule) if rule.origin == "talklint" else None,
            }
            for rule in rules
        ]
        click.echo(json.dumps({"profile": rule_set.config.profile, "rules": listed}, indent=2))
        return
    click.echo(f"Profile: {rule_set.config.profile}")
    for rule in rules:
        state = active[rule.code].severity.value if rule.code in active else OFF
        click.echo(
            f"{rule.code}  {rule.name:<24} {rule.category:<10} {rule.severity.value:<8} {state:<8} {rule.summary}"
        )


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print the documentation of RULE (a code such as TL301, or a name)."""
    import difflib

    from talklint.registry import build_registry

    try:
        registry = build_registry()
    except ConfigError as error:
        _fail(str(error))
    found = registry.get(rule)
    if found is None:
        close = difflib.get_close_matches(rule, sorted(registry.ids), n=1)
        _fail(f"unknown rule '{rule}'" + (f"; did you mean '{close[0]}'?" if close else "; see 'talklint rules'"))
    assert found is not None
    click.echo(f"{found.code} {found.name} ({found.defaults})\n")
    click.echo(found.doc.strip())


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@_STDIN_FILENAME
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def outline(path: Path, stdin_filename: Path | None, output_format: str) -> None:
    """Show the talk as talklint reads it, one line per slide ('-': from standard input)."""
    from talklint.analysis import analyse
    from talklint.config import find_config_file, load_config
    from talklint.errors import ParseError
    from talklint.outline import outline_json, outline_text
    from talklint.parsers import parse_talk

    [path] = _from_stdin([path], stdin_filename)
    path = _the_talk_in(path)
    try:
        talk = parse_talk(path)
        analysis = analyse(talk, load_config(find_config_file(path), Path.cwd()).nlp_model)
    except ParseError as error:
        _fail(f"{path.as_posix()}: {error}")
    except ConfigError as error:
        _fail(str(error))
    click.echo(outline_json(talk, analysis) if output_format == "json" else outline_text(talk, analysis), nl=False)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@_STDIN_FILENAME
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), required=True, help="The HTML file.")
@click.option("--profile", help="Profile in rules/profiles (default: job-talk).")
@click.option("--duration", type=float, callback=_minutes, help="Talk length in minutes.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def report(
    path: Path,
    stdin_filename: Path | None,
    output: Path,
    profile: str | None,
    duration: float | None,
    config_path: Path | None,
) -> None:
    """Write the talk's storyline and findings as one self-contained HTML page ('-': from standard input)."""
    from talklint.runner import Overrides, storyline_report

    [path] = _from_stdin([path], stdin_filename)
    path = _the_talk_in(path)
    try:
        page, error = storyline_report(path, Overrides(config=config_path, profile=profile, duration=duration))
    except ConfigError as problem:
        _fail(str(problem))
    if error:
        _fail(f"{path.as_posix()}: {error}")
    _write(page, output)
    click.echo(f"Wrote {output}", err=True)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--diff", "show_diff", is_flag=True, help="Show the slides that would be added, as a diff; change nothing."
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def scaffold(path: Path, show_diff: bool, config_path: Path | None) -> None:
    """Add skeleton slides for the missing parts of the story (motivation, vision, agenda, takeaways)."""
    from talklint import fixes, scaffold
    from talklint.parsers import parse_talk
    from talklint.runner import Overrides, check_paths

    try:
        run = check_paths([path], Overrides(config=config_path, use_cache=False, jobs=1))
    except ConfigError as error:
        _fail(str(error))
    if not run.results or run.results[0].error:
        _fail(f"{path.as_posix()}: {run.results[0].error if run.results else 'not a talk'}")
    talk = parse_talk(path)
    insertions = scaffold.plan(talk, run.results[0].findings)
    if not insertions:
        click.echo(f"talklint: {path.as_posix()}: the story has every part the rules look for", err=True)
        return
    if path.suffix.lower() not in fixes.TEXT_SUFFIXES:
        for insertion in insertions:  # a deck is never written: the slides to paste instead
            click.echo(
                f"Before slide {insertion.before} ({insertion.why}):\n  {scaffold.as_text(insertion.skeleton)}\n"
            )
        return
    before = path.read_bytes().decode("utf-8")
    planned = fixes.FixedFile(path, before, scaffold.write_into(talk, before, insertions), ())
    if show_diff:
        click.echo(fixes.unified_diff(planned), nl=False)
        raise SystemExit(ExitCode.FINDINGS)
    fixes.write(planned)
    for insertion in insertions:
        click.echo(f"talklint: {path.as_posix()}: added '{insertion.skeleton.title}' ({insertion.why})", err=True)


@cli.command()
def lsp() -> None:
    """Run the language server on standard input and output (needs the lsp extra: pip install 'talklint[lsp]')."""
    try:
        from talklint.lsp import serve
    except ImportError as error:
        _fail(f"talklint lsp needs the lsp extra (pip install 'talklint[lsp]'): {error}")
    serve()


@cli.command()
@click.option("--path", "target", type=click.Path(path_type=Path), default=Path("talklint.toml"), show_default=True)
def init(target: Path) -> None:
    """Write a commented starter talklint.toml (never overwrites one)."""
    from talklint.starter import STARTER_CONFIG

    if target.exists():
        _fail(f"{target}: already exists; not overwritten")
    target.write_text(STARTER_CONFIG, encoding="utf-8")
    click.echo(f"Wrote {target}")


def run() -> NoReturn:
    """The ``talklint`` command: run, flush the output, and exit without Python's clean-up.

    Python's clean-up at exit frees spaCy's and the word index's objects one
    by one: about 0.1 s, more than linting a talk takes. Every file talklint
    writes is closed before ``main`` returns, so only the standard streams
    need flushing (mypy exits the same way).
    """
    code = main()
    if "logging" in sys.modules:
        import logging

        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe has nothing left to lose
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    for stream in (sys.stdout, sys.stderr):
        # A file name that is not valid UTF-8 (kept by Python as surrogates) prints escaped, not as a crash.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        code = cli.main(args=list(argv) if argv is not None else None, prog_name="talklint", standalone_mode=False)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("talklint: aborted", err=True)
        return EXIT_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: one line, not a traceback
        if os.environ.get("TALKLINT_DEBUG"):
            raise
        click.echo(
            f"talklint: internal error: {type(error).__name__}: {error} (set TALKLINT_DEBUG=1 for details)", err=True
        )
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_OK
