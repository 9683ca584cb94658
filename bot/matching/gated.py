"""Literal-gated patterns: big alternations of cue regexes run only where they may match."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

# # Python's regex engine tries every branch of an alternation at every position, so the
# cue alternations (a hundred branches) cost far more than the rest of the matching. Each
# branch has a literal it cannot match without ("den" in \bden(?:y|ies…)\b); only the
# branches whose literal occurs in an item's folded text are compiled into the pattern run
# over it. A branch that cannot match anywhere in a text changes nothing in an alternation
# (not which branch wins at a position, nor where the next search starts), so the matches
# are exactly those of the full alternation.


def _class_end(p: str, i: int) -> int:
    """Index after the character set starting at p[i] == "["."""
    j = i + 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index after the group starting at p[i] == "("."""
    depth = 0
    j = i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError(f"unbalanced pattern: {p!r}")


def _split_top(p: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out: list[str] = []
    start = i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(p, i)
        elif c == "(":
            i = _group_end(p, i)
        else:
            if c == "|":
                out.append(p[start:i])
                start = i + 1
            i += 1
    out.append(p[start:])
    return out


_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")


#: escapes that name a code point in hex, and how many digits follow them
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_HEX = re.compile(r"[0-9a-fA-F]+")
_NAMED = re.compile(r"\{([^}]+)\}")


def literal(branch: str) -> str | None:
    """The longest literal text every match of the branch contains (None if none is sure).

    Only what stands outside groups and sets counts; an atom with a quantifier that allows
    it to be absent or repeated ends a run.
    """
    runs: list[str] = []
    cur: list[str] = []
    i = 0
    n = len(branch)
    while i < n:
        c = branch[i]
        atom: str | None = None
        if c == "\\":
            nxt = branch[i + 1 : i + 2]
            i += 2
            if not nxt.isalnum():
                atom = nxt  # an escaped literal (\. \-)
            elif (width := _HEX_ESCAPES.get(nxt)) and _HEX.fullmatch(branch, i, i + width):
                atom = chr(int(branch[i : i + width], 16))  # a code point (\u093c, \x41)
                i += width
            elif nxt == "N" and (m := _NAMED.match(branch, i)):
                atom = unicodedata.lookup(m.group(1))  # \N{DEVANAGARI SIGN NUKTA}
                i = m.end()
        elif c == "[":
            i = _class_end(branch, i)
        elif c == "(":
            i = _group_end(branch, i)
        elif c in ".^$?*+":
            i += 1  # a quantifier here follows a set, group or class: skip it
        elif c == "{" and (q := _QUANTIFIER.match(branch, i)):
            i = q.end()
        else:
            atom = c
            i += 1
        if atom is None:
            if cur:
                runs.append("".join(cur))
                cur = []
            continue
        q2 = _QUANTIFIER.match(branch, i)
        nxt = branch[i : i + 1]
        if nxt in ("?", "*") or q2:
            if cur:
                runs.append("".join(cur))
                cur = []
            i = q2.end() if q2 else i + 1
        elif nxt == "+":
            cur.append(atom)
            runs.append("".join(cur))
            cur = []
            i += 1
        else:
            cur.append(atom)
    if cur:
        runs.append("".join(cur))
    return max(runs, key=len) if runs else None


_CHOICE = frozenset("()[]|?*+{}.")


def _branches(pattern: str) -> list[str]:
    """The alternatives of a pattern, flattened so that each has a literal where possible.

    A branch that is one group is replaced by its alternatives; a branch P(?:x|y)S whose
    prefix P has no choice points is replaced by PxS, PyS when it has no literal of its
    own. Both keep the order the engine tries things in, so matches are unchanged.
    """
    out: list[str] = []
    for br in _split_top(pattern):
        if br.startswith("(?:") and _group_end(br, 0) == len(br):
            out.extend(_branches(br[3:-1]))
            continue
        lit = literal(br)
        k = br.find("(")
        if (lit is None or len(lit) < 3) and k >= 0 and br.startswith("(?:", k):
            prefix = br[:k]
            simple = not any(ch in _CHOICE for ch in prefix.replace("\\b", ""))
            e = _group_end(br, k)
            inner = _split_top(br[k + 3 : e - 1])
            if simple and len(inner) > 1 and br[e : e + 1] not in ("?", "*", "+", "{"):
                for alt in inner:
                    out.extend(_branches(prefix + alt + br[e:]))
                continue
        out.append(br)
    return out


class Gated:
    """An alternation of patterns, run per text with only the branches that may match.

    `present` picks the branches whose literal occurs in a text; `finditer` then finds
    what the whole alternation would (leftmost match first, the earlier branch at equal
    starts, the next search from the end of the last match) by searching each branch on
    its own, so no pattern is compiled per text.
    """

    __slots__ = ("_branches", "_checks", "_heads", "_literals", "_patterns")

    def __init__(self, patterns: Iterable[str]) -> None:
        self._branches = tuple(b for p in patterns for b in _branches(p))
        #: branches that start a word with three known letters: by those letters
        self._heads: list[tuple[int, str]] = []
        #: the others: by a literal (None: always run)
        checks: list[tuple[int, str | None, bool]] = []
        #: per branch, a literal each of its matches contains (None: none known)
        self._literals: list[str | None] = []
        for i, br in enumerate(self._branches):
            lead = _LEAD.match(br)
            lit = literal(br)
            self._literals.append(lit)
            if lead and len(lead.group(1)) >= 3:
                self._heads.append((i, lead.group(1)[:3]))
                continue
            checks.append((i, lit, lit is None or lit.isascii()))
        self._checks = tuple(checks)
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._branches)

    def present(self, text: str, heads: frozenset[str]) -> list[tuple[re.Pattern[str], str | None]]:
        """The branches that can match in `text`, in order, compiled, with their literal.

        `heads`: the first three characters (or fewer) of the words of `text`.
        """
        if text.isascii():
            key = [i for i, lit, asc in self._checks if lit is None or (asc and lit in text)]
        else:
            key = [i for i, lit, _ in self._checks if lit is None or lit in text]
        key += [i for i, head in self._heads if head in heads]
        key.sort()
        out: list[tuple[re.Pattern[str], str | None]] = []
        for i in key:
            pat = self._patterns[i]
            if pat is None:
                pat = self._patterns[i] = re.compile(self._branches[i])
            out.append((pat, self._literals[i]))
        return out


def finditer(
    branches: Sequence[tuple[re.Pattern[str], str | None]], text: str
) -> list[re.Match[str]]:
    """The matches of the alternation of the branches in `text` (as its `finditer` would)."""
    out: list[re.Match[str]] = []
    pats = [p for p, lit in branches if lit is None or lit in text]
    if not pats:
        return out
    nxt = [p.search(text) for p in pats]
    pos = 0
    while True:
        best: re.Match[str] | None = None
        for k, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[k] = pats[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = best.end() if best.end() > best.start() else best.end() + 1


def search_any(branches: Sequence[tuple[re.Pattern[str], str | None]], text: str) -> bool:
    return any((lit is None or lit in text) and p.search(text) for p, lit in branches)


#: a branch that starts a word with letters (\bden…): the letters, up to a quantified one
_LEAD = re.compile(r"\\b([^\W\d_]+)(?![?*{])")
