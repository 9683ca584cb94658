"""Alerts that read alone: every alert carries the claim's statement (a contradiction
broadcast from a thread, a digest, an edited alert); a digest quotes each contradiction's
evidence; the evidence of a headline without the claim's terms is never the headline alone.

Runs the real bot (`support.docs_fixture`: feed server, App.cycle, slack-sdk against the
stand-in) and reads what the stand-in received."""

from __future__ import annotations

import json
from pathlib import Path

from support import docs_fixture
from support.helpers import CLAIMS_TOML

from bot import config
from bot.matching import Matcher

STATEMENT = "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022"


def _text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_every_alert_carries_the_statement_and_digests_quote_evidence(tmp_path: Path) -> None:
    fx = docs_fixture.build(tmp_path)
    alerts = [
        m for m in fx.messages if m.metadata and m.metadata["event_type"] != "claimwatch_thread"
    ]
    assert alerts and all(m.thread_ts for m in alerts)  # replies in the claims' threads
    statements = {c.id: c.statement for c in config.load(str(fx.config)).claims}
    for m in alerts:
        claim = m.metadata["event_payload"]["claim"]
        assert statements[claim].replace("'", "") in _text(m.blocks).replace("'", ""), m.text
    broadcast = [m for m in alerts if m.reply_broadcast and m.text.startswith("CONTRADICTION")]
    cbs = next(m for m in broadcast if "CBS News" in m.text)
    assert STATEMENT in _text(cbs.blocks)
    assert "Dmitry Peskov said Putin and Musk spoke only once, in 2022." in _text(cbs.blocks)
    (digest,) = [m for m in alerts if m.metadata["event_type"] == "claimwatch_digest"]
    assert digest.reply_broadcast  # it holds contradictions
    body = "\n".join(b["text"]["text"] for b in digest.blocks if b["type"] == "section")
    assert f">{STATEMENT}" in body
    # the Meduza contradiction's evidence sentence, quoted under its headline
    meduza = body.index("Kremlin denies report that Musk and Putin talk regularly")
    evidence = body.index(">Kremlin spokesman Dmitry Peskov denied the report")
    assert evidence > meduza
    assert "1 update" in body or "4 updates, 2 contradictions" in body


def test_evidence_is_never_a_headline_without_the_claims_terms() -> None:
    cfg = config.parse(CLAIMS_TOML.encode(), "claims.toml")
    (match,) = Matcher(cfg.claims).match(
        "Spokesman denies the report",
        "Musk has held secret talks with Putin since 2022, the Wall Street Journal reported.",
    )
    assert match.stance == "contradiction"
    assert match.evidence == (
        "Spokesman denies the report … Musk has held secret talks with Putin since 2022,"
        " the Wall Street Journal reported."
    )
