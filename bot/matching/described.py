"""What a claim's statement calls a name it requires: the words around the name ("Chinese
Defence Minister Dong Jun", "Cambodia's Ream naval base"), which news in other languages
often writes instead of the name ("Министр обороны Китая", "Cambodia denies China making use
of naval base")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.matching import lexicon
from bot.matching.words import STOP
from bot.text import Token, fold, script_of, tokenize

#: words of a description at most, on each side of the name
_REACH = 3
#: what may stand between a description's words: spaces and a possessive's apostrophe
_JOINERS = frozenset(" '’")


def _known(tok: Token) -> bool:
    """Whether the news vocabulary knows the word (a name it does not know is part of
    the name: "Hardeep Singh Nijjar")."""
    return bool(lexicon.translations(tok.norm) or lexicon.place_names(tok.norm))


def _verb_like(tok: Token) -> bool:
    return tok.raw[:1].islower() and tok.norm.endswith(("ing", "ed"))


def _name_span(toks: list[Token], group: Sequence[str]) -> tuple[int, int] | None:
    """Where the statement writes one of the group's names (first found), widened to the
    capitalised words around it that no lexicon knows (the rest of the person's name)."""
    for term in group:
        want = [tk.norm for tk in tokenize(term) if not tk.joined]
        n = len(want)
        for i in range(len(toks) - n + 1):
            if [tk.norm for tk in toks[i : i + n]] == want:
                a, b = i, i + n
                while a > 0 and toks[a - 1].raw[:1].isupper() and not _known(toks[a - 1]):
                    a -= 1
                while b < len(toks) and toks[b].raw[:1].isupper() and not _known(toks[b]):
                    b += 1
                return a, b
    return None


def _joined(text: str, left: Token, right: Token) -> bool:
    return set(text[left.end : right.start]) <= _JOINERS


def description(statement: str, group: Sequence[str]) -> str | None:
    """The words the statement puts before a name (its title or kind: "Chinese Defence
    Minister", "Sikh separatist"), and after it when the name is a possessive's object
    ("Cambodia's Ream naval base": Cambodia naval base). None for a group with a word that
    is not a name, or when fewer than two words describe it."""
    if any(t[:1].islower() and script_of(t) == "latin" for t in group):
        return None  # a group of words ("close", "closure") already says what it means
    if any(lexicon.place_names(fold(t)) for t in group):
        return None  # a place's names in other languages already stand for it
    toks = [tk for tk in tokenize(statement) if not tk.joined]
    span = _name_span(toks, group)
    if span is None:
        return None
    a, b = span
    before: list[Token] = []
    i = a - 1
    possessed = False  # "Cambodia's Ream …": the name is the possessive's object
    while i >= 0 and len(before) < _REACH and _joined(statement, toks[i], toks[i + 1]):
        tok = toks[i]
        if tok.norm == "s" and i > 0 and statement[toks[i - 1].end] in "'’":
            possessed = possessed or i == a - 1
            i -= 1
            continue
        if tok.norm in STOP or tok.norm.isdigit() or _verb_like(tok) or not _known(tok):
            break
        before.insert(0, tok)
        i -= 1
    after: list[Token] = []
    # the words after a possessed name are its head noun ("naval base") when the phrase is
    # an object ("use of Cambodia's Ream naval base"), not when it is the subject, whose
    # verb follows ("Salvini's League sought …")
    if possessed and i >= 0 and toks[i].norm in STOP:
        j = b
        while j < len(toks) and len(after) < _REACH and _joined(statement, toks[j - 1], toks[j]):
            tok = toks[j]
            if tok.raw[:1].isupper() or tok.norm in STOP or _verb_like(tok) or not _known(tok):
                break
            after.append(tok)
            j += 1
    words = [tk.raw for tk in (*before, *after)]
    if not any(
        (tk.raw[:1].isupper() and tk is not toks[0]) or lexicon.place_names(tk.norm)
        for tk in (*before, *after)
    ):
        return None  # "former prime minister": any country has one
    return " ".join(words) if len(words) >= 2 else None
