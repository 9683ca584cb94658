"""Claims compiled into a matcher: which claims an item is about, and its stance.

Pure: text in, `Match` records out. A `Matcher` compiles its claims once into an index
from term tokens (folded, stemmed, transliterated) to terms, so an item's words are
looked up instead of every term being searched in every item; per-word lookups (which
also do the fuzzy and cross-script comparisons) are cached, since news vocabulary repeats.

Term matching, per word (never inside a longer word):
  exact           folded forms equal (case, accents, curly quotes, Star-link → starlink)
  inflected       term stem + a known ending (Musk's, Starlinks, Muska, Putinem, Маском)
  fuzzy           name-like terms (capitalised in the config) of 5+ letters within a small
                  edit distance (Kirienko, Vladamir); shorter terms never fuzzy
  transliterated  another script with the same consonant skeleton (Musk ↔ Маск,
                  Kiriyenko ↔ Кирієнко); Chinese terms match by substring, only when listed

Speed: an item is screened first. Its plain text is cut into words once; each distinct
word (as written) is looked up once per matcher and remembered, with the (claim, require
group) pairs and claim contexts it may stand for, so most items cost a regex split and a
set difference. Only items whose every require group (and context) may be present get
sentences, term hits and stance work. Stance regexes are gated by literals: a branch of a
cue pattern is only run over an item whose folded text contains a literal the branch
cannot match without.

Stance, per sentence: a contradiction needs a cue (denial, falsehood label, correction,
counter-fact, negated claim action, or a claim's own `contradict` phrase) that concerns
the claim — the claim's terms, or a bare "the report", in what the cue applies to.

Where it lives:
  `matcher`   `Matcher`: ties the parts together (`match`, `explain`)
  `index`     the term index and the screen; `quick` (a word surely no term), `words`
              (stems and inflections), `terms` (a term; a term found), `translated`
              (words of other languages for a claim's terms: translations, places,
              phrases, terms translated word by word)
  `document`  an item's text cut into words and sentences; `gated` (literal-gated regexes)
  `claims`    a claim compiled: terms, context, action vocabulary
  `cues`      the stance cues and negations in an item, whatever the claim
  `scope`     whether a cue concerns a claim (its object, anaphora, another matter)
  `stance`    the decision: contradiction or update, and the cue that says so
  `lexicon`   the per-language data files in `lexicons/` (cue words, news vocabulary,
              places, phrases)
  `explain`   why an item matches or not, and the evidence a match carries

Pure: imports `bot.records`, `bot.errors` (a broken lexicon file), `bot.text` and
rapidfuzz only; never intake, stories, slack, store or cli.
"""

from bot.matching.explain import Explanation, GroupResult
from bot.matching.matcher import Matcher

__all__ = ["Explanation", "GroupResult", "Matcher"]
