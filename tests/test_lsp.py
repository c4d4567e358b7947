"""talklint lsp, driven by a real LSP client over stdio (pytest-lsp): diagnostics, hover, symbols, a fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

FLAWED = """---
marp: true
---

# Robots that ask for help

---

# Results

- 70% fewer failures

---

# Method

- uncertainty from the policy

---

# Results

- in 3 homes

---

# Takeaways

- robots can ask for help
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "talklint", "lsp"]))
async def client(lsp_client: LanguageClient):  # type: ignore[no-untyped-def]
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def _opened(client: LanguageClient, path: Path, text: str) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


@pytest.mark.asyncio
async def test_open_diagnose_fix_and_see_the_diagnostic_go(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "talk.md"  # the buffer is linted; the file need not exist
    uri = path.as_uri()
    diagnostics = await _opened(client, path, FLAWED)
    [duplicate] = [d for d in diagnostics if d.code == "TL302"]
    assert duplicate.range.start.line == 20 and duplicate.source == "talklint"
    assert duplicate.code_description is not None and "duplicate-title" in duplicate.code_description.href

    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=20, character=2)
        )
    )
    assert hover is not None and "Why it matters" in str(hover.contents)

    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert symbols is not None and [s.name for s in symbols][:2] == ["1. Robots that ask for help", "2. Results"]

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=duplicate.range,
            context=types.CodeActionContext(diagnostics=[duplicate]),
        )
    )
    assert actions, "no code action for the duplicate title"
    [action] = [a for a in actions if isinstance(a, types.CodeAction) and "TL302" in a.title]
    assert action.edit is not None and action.edit.changes is not None
    [edit] = action.edit.changes[uri]
    assert "# Results (cont.)" in edit.new_text
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=edit.new_text)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert "TL302" not in [d.code for d in client.diagnostics[uri]]


@pytest.mark.asyncio
async def test_a_deck_is_linted_from_the_disk_and_never_edited(client: LanguageClient, tmp_path: Path) -> None:
    from tests.helpers import build_pptx

    deck = build_pptx(tmp_path / "deck.pptx", [{"title": "Talk", "layout": 0}, {"title": "Results: TBD"}])
    diagnostics = await _opened(client, deck, "")
    assert "TL307" in [d.code for d in diagnostics]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=deck.as_uri()),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert not actions
