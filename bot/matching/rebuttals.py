"""Cues whose side is not the one their words alone suggest.

- A fact-check's verdict: a label standing alone after a colon ("DW-Faktencheck:
  Falsch.", "Verdict: false", "DW verifica: falso") rules on what the item reports,
  though its sentence names nothing of the claim.
- The claim's own source rebutting its deniers: a denial whose subject is whom the
  statement says reported the claim ("BBC smentisce Spagna", "una investigación de la BBC
  desmiente a la policía", for a claim "…, a BBC investigation found") upholds the claim.
"""

from __future__ import annotations

import re

from bot.matching import lexicon
from bot.matching.cues import WORDS, Cue
from bot.matching.document import Doc
from bot.text import fold

#: how many words may say who gives the verdict before its colon ("DW-Faktencheck")
_HEAD_WORDS = 3
#: how many words may stand between the source and its denial ("BBC investigation")
_SOURCE_REACH = 2
#: what a source's own work is called between its name and the denial (stems of five
#: letters or more: "investigation", "Recherche"; not "it")
_WORK = tuple(w for w in (*lexicon.REPORT_REF, *lexicon.INQUIRY) if len(w) >= 5)


def verdict(doc: Doc, cue: Cue) -> str | None:
    """Why a label is a verdict on the item's report, or None: a label right after a
    colon that a few words open ("Fazit:", "DW verifica:"), with nothing after it in its
    sentence."""
    if cue.kind != "label":
        return None
    a, b = doc.spans[cue.sentence]
    head = doc.text[a : cue.start].rstrip()
    if not head.endswith(":") or len(WORDS.findall(head)) > _HEAD_WORDS:
        return None
    if WORDS.search(doc.text[cue.end : b]):
        return None
    return f"a verdict on what the item reports ({head} {cue.text})"


def source_rebuts(doc: Doc, cue: Cue, sources: frozenset[str]) -> str | None:
    """The name of the claim's source that is a denial's subject (right before it in its
    clause, at most a word for its work between: "BBC investigation contradicts"), or
    None."""
    if cue.kind != "denial" or not sources:
        return None
    a, b = doc.spans[cue.sentence]
    tail = _CLAUSE_MARK.split(doc.text[cue.end : b], maxsplit=1)[0]
    if not WORDS.search(tail):
        return None  # "… die Behauptungen Trumps zurückgewiesen": its object came before
    head = doc.text[a : cue.start]
    start = a + max(head.rfind(p) for p in ",;:(") + 1
    idxs = doc.words_in(start, cue.start)
    for k in range(len(idxs) - 1, max(-1, len(idxs) - 2 - _SOURCE_REACH), -1):
        raw = doc.raws[idxs[k]]
        if fold(raw) in sources:
            between = [doc.raws[i] for i in idxs[k + 1 :]]
            joined = k > 0 and fold(doc.raws[idxs[k - 1]]) in _AND
            if not joined and all(w[:1].isupper() or fold(w).startswith(_WORK) for w in between):
                return raw
            return None
    return None


#: where a denial's clause ends
_CLAUSE_MARK = re.compile(r"[,;:.!?]")
#: "Apple and Bloomberg asked …": the source is one of two who deny
_AND = frozenset({"and", "und", "et", "y", "e", "i", "и", "ve", "oraz"})
