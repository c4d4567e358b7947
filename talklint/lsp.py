"""``talklint lsp``: a language server over stdio, so that an editor lints a talk as it is written.

Diagnostics for Markdown dialects, outlines and Beamer on open and on every
change (debounced, from the editor's buffer, not the disk), for ``.pptx`` and
PDF on open and save; hover shows the finding, its fix and why the rule
matters; code actions apply the safe fixes; document symbols list the slides
with their narrative roles, so an editor's outline view shows the storyline.

The rule sets, the language pipeline and the word index are loaded once and
kept; linting runs in one worker thread, so the server keeps answering.
Needs the ``lsp`` extra (pygls): ``pip install 'talklint[lsp]'``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from talklint import __version__
from talklint.findings import Finding, Severity
from talklint.parsers import SUPPORTED_SUFFIXES
from talklint.rule import AnyRule

DEBOUNCE_SECONDS = 0.3
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


@dataclass
class _State:
    findings: dict[str, tuple[Finding, ...]]
    pending: dict[str, asyncio.Task[None]]
    worker: concurrent.futures.ThreadPoolExecutor
    rule_sets: Any = None  # talklint.runner.RuleSets, built on first use and kept
    rules: dict[str, AnyRule] = field(default_factory=dict)  # by code, for links and hover


def _path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def _is_text(path: Path) -> bool:
    from talklint.fixes import TEXT_SUFFIXES

    return path.suffix.lower() in TEXT_SUFFIXES


def build_server() -> LanguageServer:
    server = LanguageServer("talklint", __version__)
    state = _State({}, {}, concurrent.futures.ThreadPoolExecutor(max_workers=1))

    def lint(uri: str, text: str | None) -> list[types.Diagnostic]:
        """Lint the document (its buffer for a text talk) and remember the findings for hover and actions."""
        from talklint.engine import lint_file
        from talklint.parsers.source import give
        from talklint.runner import Overrides, RuleSets

        path = _path(uri)
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            return []
        if text is not None and _is_text(path):
            give(path, text.encode("utf-8"))
        if state.rule_sets is None:
            state.rule_sets = RuleSets(Overrides(use_cache=False))
        rule_set = state.rule_sets.for_file(path)
        result = lint_file(path, rule_set)
        state.findings[uri] = result.findings
        state.rules.update({rule.code: rule for rule in rule_set.registry.rules})
        return [_diagnostic(finding, state.rules.get(finding.code)) for finding in result.findings]

    async def publish(uri: str, text: str | None, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        loop = asyncio.get_running_loop()
        diagnostics = await loop.run_in_executor(state.worker, lint, uri, text)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    def schedule(uri: str, text: str | None, delay: float = 0.0) -> None:
        previous = state.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()  # a newer edit supersedes it: debounced
        state.pending[uri] = asyncio.ensure_future(publish(uri, text, delay))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        schedule(params.text_document.uri, params.text_document.text)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_text(_path(uri)):  # a deck is linted from the disk, on save
            schedule(uri, server.workspace.get_text_document(uri).source, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        text = server.workspace.get_text_document(uri).source if _is_text(_path(uri)) else None
        schedule(uri, text)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        from talklint.parsers.source import forget

        state.findings.pop(params.text_document.uri, None)
        forget(_path(params.text_document.uri))  # the disk is the truth again
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(params: types.HoverParams) -> types.Hover | None:
        line = params.position.line + 1
        here = [f for f in state.findings.get(params.text_document.uri, ()) if (f.line or 1) == line]
        if not here:
            return None
        text = "\n\n---\n\n".join(_explain(finding, state.rules.get(finding.code)) for finding in here)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        path = _path(uri)
        if not _is_text(path):
            return []  # a deck is never modified
        document = server.workspace.get_text_document(uri)
        wanted = range(params.range.start.line + 1, params.range.end.line + 2)
        actions = []
        for finding in state.findings.get(uri, ()):
            if finding.edit is None or not finding.edit.safe or (finding.line or 0) not in wanted:
                continue
            after = _fixed_text(path, document.source, finding)
            if after is None:
                continue
            end = types.Position(line=len(document.lines), character=0)
            whole = types.Range(start=types.Position(line=0, character=0), end=end)
            change = types.WorkspaceEdit(changes={uri: [types.TextEdit(range=whole, new_text=after)]})
            actions.append(
                types.CodeAction(
                    title=f"talklint: {finding.code} {_action_title(finding)}",
                    kind=types.CodeActionKind.QuickFix,
                    edit=change,
                    is_preferred=True,
                )
            )
        return actions

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def symbols(params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        return _slide_symbols(_path(params.text_document.uri))

    return server


def _diagnostic(finding: Finding, rule: AnyRule | None) -> types.Diagnostic:
    from talklint.ruledocs import help_uri

    line = max((finding.line or 1) - 1, 0)
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line + 1, character=0)),
        message=f"{finding.message}\nFix: {finding.fix}",
        severity=_SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=help_uri(rule)) if rule else None,
        source="talklint",
    )


def _explain(finding: Finding, rule: AnyRule | None) -> str:
    from talklint.rule import doc_section

    why = " ".join(doc_section(rule.doc, "Why it matters").split()) if rule else ""
    return (
        f"**{finding.code} {finding.rule}**: {finding.message}\n\n**Fix:** {finding.fix}\n\n**Why it matters:** {why}"
    )


def _action_title(finding: Finding) -> str:
    edit = finding.edit
    assert edit is not None
    if edit.whole_slide:
        return f"remove {finding.place or 'the slide'}, which shows only placeholders"
    return f"replace '{edit.old}' with '{edit.new}'"


def _fixed_text(path: Path, text: str, finding: Finding) -> str | None:
    """The buffer with one finding's fix made, or None when the buffer no longer says what it did."""
    from talklint.errors import ParseError
    from talklint.fixes import plan_fixes, slide_starts
    from talklint.parsers import parse_talk
    from talklint.parsers.source import give
    from talklint.results import FileResult

    give(path, text.encode("utf-8"))
    try:
        talk = parse_talk(path)
    except ParseError:
        return None
    planned = plan_fixes(FileResult(path, None, (replace(finding, members=()),)), slide_starts(talk), before=text)
    return planned.after if planned else None


def _slide_symbols(path: Path) -> list[types.DocumentSymbol]:
    """Each slide as a symbol: its number and title, with its narrative role as the detail."""
    from talklint.analysis import analyse
    from talklint.errors import ParseError
    from talklint.parsers import parse_talk

    try:
        talk = parse_talk(path)
    except ParseError:
        return []
    analysis = analyse(talk)
    symbols = []
    for slide in talk.slides:
        line = max((slide.location.line or 1) - 1, 0)
        where = types.Range(start=types.Position(line=line, character=0), end=types.Position(line=line, character=0))
        role = analysis.roles[slide.number].role if slide.number in analysis.roles else "hidden"
        symbols.append(
            types.DocumentSymbol(
                name=f"{slide.number}. {slide.title or '(untitled)'}",
                detail=role,
                kind=types.SymbolKind.String,
                range=where,
                selection_range=where,
            )
        )
    return symbols


def serve() -> None:
    build_server().start_io()
