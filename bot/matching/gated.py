"""Literal-gated patterns: big alternations of cue regexes run only where they may match."""

from __future__ import annotations

import bisect
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


def requirement(branch: str) -> tuple[str, ...] | None:
    """Literals one of which every match of the branch contains (None if none is sure).

    As `literal`, and a group every match goes through stands for its alternatives'
    requirements together ("\\b(?:nega|neguen)\\b": one of "nega", "neguen"). Of a branch's
    runs and groups, the one whose shortest literal is longest (spaces aside) is kept.
    Lookarounds match nothing, so they only end a run.
    """
    best: tuple[str, ...] | None = None

    def consider(lits: tuple[str, ...]) -> None:
        nonlocal best
        # one that holds another is implied by it; spaces are in nearly every text
        lits = tuple(a for a in lits if not any(b != a and b in a for b in lits))
        if best is None or _worth(lits) > _worth(best):
            best = lits

    run_start = 0
    i = 0
    n = len(branch)
    while i < n:
        if branch[i] == "\\":
            i += 2
            continue
        if branch[i] == "[":
            i = _class_end(branch, i)
            continue
        if branch[i] != "(":
            i += 1
            continue
        # a group: the run before it is a candidate of its own
        if (lit := literal(branch[run_start:i])) is not None:
            consider((lit,))
        e = _group_end(branch, i)
        inner = branch[i + 1 : e - 1]
        q = _QUANTIFIER.match(branch, e)
        nxt = branch[e : e + 1]
        optional = nxt in ("?", "*") or (q is not None and q.group().startswith(("{0", "{,")))
        i = q.end() if q else e + (nxt in ("?", "*", "+"))
        if i > e and branch[i : i + 1] in ("?", "+"):
            i += 1  # a lazy or possessive quantifier
        run_start = i
        if optional or inner.startswith(("?=", "?!", "?<=", "?<!")):
            continue
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?"):
            continue  # flags, comments, conditionals: nothing sure
        alts = [requirement(alt) for alt in _split_top(inner)]
        if all(alts):
            consider(tuple(dict.fromkeys(lit for got in alts for lit in got or ())))
    if (lit := literal(branch[run_start:])) is not None:
        consider((lit,))
    return best


def _worth(lits: tuple[str, ...]) -> tuple[int, int]:
    """How well literals gate a branch: the shortest one's length without spaces, then
    fewer literals."""
    return min(len(lit.replace(" ", "")) for lit in lits), -len(lits)


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


#: the branches `Gated.present` picks: each compiled, with the literal(s) it needs
Present = list[tuple[re.Pattern[str], str | tuple[str, ...] | None]]


class Gated:
    """An alternation of patterns, run per text with only the branches that may match.

    `present` picks the branches whose literals occur in a text; `finditer` then finds
    what the whole alternation would (leftmost match first, the earlier branch at equal
    starts, the next search from the end of the last match) by searching each branch on
    its own, so no pattern is compiled per text.
    """

    __slots__ = ("_always", "_branches", "_by_head", "_by_tri", "_needs", "_patterns", "_short")

    def __init__(self, patterns: Iterable[str]) -> None:
        self._branches = tuple(b for p in patterns for b in _branches(p))
        #: per branch, literals one of which each of its matches contains (None: none known)
        self._needs: list[tuple[str, ...] | None] = []
        #: branches that start a word with three known letters: by those letters
        self._by_head: dict[str, list[int]] = {}
        #: the others, by the first three characters of each literal they need...
        self._by_tri: dict[str, list[tuple[str, int]]] = {}
        #: ...or by the literal itself when it is shorter
        self._short: list[tuple[str, int]] = []
        #: branches that need no literal: always run
        self._always: list[int] = []
        for i, br in enumerate(self._branches):
            needs = requirement(br)
            self._needs.append(needs)
            behind = _LOOKBEHINDS.match(br)  # matches always, maybe empty
            lead = _LEAD.match(br, behind.end() if behind else 0)
            if lead and len(lead.group(1)) >= 3:
                self._by_head.setdefault(lead.group(1)[:3], []).append(i)
            elif needs is None:
                self._always.append(i)
            else:
                for lit in needs:
                    if len(lit) >= 3:
                        self._by_tri.setdefault(lit[:3], []).append((lit, i))
                    else:
                        self._short.append((lit, i))
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._branches)

    def present(
        self, text: str, heads: frozenset[str], trigrams: frozenset[str] | None = None
    ) -> Present:
        """The branches that can match in `text`, in order, compiled, each with the
        literal it needs that `text` holds (a tuple when it holds several of them).

        `heads`: the first three characters (or fewer) of the words of `text`;
        `trigrams`: its three-character substrings (`trigrams_of`, made here when None).
        """
        #: branches with the literals of theirs the text holds; those that need none
        held: dict[int, list[str]] = {}
        ungated = set(self._always)
        for lit, i in self._short:
            if lit in text:
                held.setdefault(i, []).append(lit)
        by_tri = self._by_tri
        for tri in (trigrams_of(text) if trigrams is None else trigrams).intersection(by_tri):
            for lit, i in by_tri[tri]:
                if lit in text:
                    held.setdefault(i, []).append(lit)
        by_head = self._by_head
        needs = self._needs
        for head in heads.intersection(by_head):
            for i in by_head[head]:
                if (lits := needs[i]) is None:
                    ungated.add(i)
                elif in_text := [lit for lit in lits if lit in text]:
                    held[i] = in_text
        out: Present = []
        for i in sorted(held.keys() | ungated):
            pat = self._patterns[i]
            if pat is None:
                pat = self._patterns[i] = re.compile(self._branches[i])
            got = held.get(i) if i not in ungated else None
            out.append((pat, None if got is None else got[0] if len(got) == 1 else tuple(got)))
        return out


def trigrams_of(text: str) -> frozenset[str]:
    """The three-character substrings of a text."""
    return frozenset([text[k : k + 3] for k in range(len(text) - 2)])


def finditer(branches: Present, text: str) -> list[re.Match[str]]:
    """The matches of the alternation of the branches in `text` (as its `finditer` would),
    with the literals `present` gave: a branch runs where one of them is found."""
    return matches(
        [
            p
            for p, lit in branches
            if lit is None or (lit in text if type(lit) is str else any(x in text for x in lit))
        ],
        text,
    )


def by_sentence(
    branches: Present, text: str, spans: Sequence[tuple[int, int]]
) -> list[list[re.Pattern[str]]]:
    """Per sentence of `text` (its spans, in order), the branches to run over it: those
    with one of their literals inside the sentence. `finditer` per sentence, found by
    looking for each literal once in the whole text."""
    starts = [a for a, _ in spans]
    out: list[list[re.Pattern[str]]] = [[] for _ in spans]
    every = range(len(spans))
    for p, lit in branches:
        if lit is None:
            where: Iterable[int] = every
        else:
            seen: set[int] = set()
            for x in (lit,) if type(lit) is str else lit:
                k = text.find(x)
                while k >= 0:
                    si = bisect.bisect_right(starts, k) - 1
                    if si >= 0 and k + len(x) <= spans[si][1]:
                        seen.add(si)
                    k = text.find(x, k + 1)
            where = sorted(seen)
        for si in where:
            out[si].append(p)
    return out


def matches(pats: Sequence[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """The matches of the alternation of `pats` (in order) in `text`, as its `finditer`
    would find them."""
    out: list[re.Match[str]] = []
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


#: a branch that starts a word with letters (\bden…): the letters, up to a quantified one
_LEAD = re.compile(r"\\b([^\W\d_]+)(?![?*{])")
#: lookbehinds a branch starts with ("(?<!\\bnot )\\bden…"): they match no text
_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\))*")
