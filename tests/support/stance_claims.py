"""Claims about made-up affairs for the stance tests (names of our own, nothing any
lexicon was tuned on), and the stance an item gets towards one of them."""

from __future__ import annotations

from bot.matching import Matcher
from bot.records import Claim

PIPELINE = Claim(
    "pipeline",
    "A Valdorian commando team blew up the Norvik gas pipeline",
    (("Norvik",), ("Valdoria", "Valdorian")),
)
STRAIT = Claim(
    "strait",
    "Kestria has shut the Strait of Ostrava to tanker traffic",
    (("Ostrava",), ("close", "closed", "closure")),
)
SPYWARE = Claim(
    "spyware",
    "The Marlovian government spied on reporters with Hexa spyware",
    (("Hexa",), ("spyware", "spied", "hacked")),
)
DOPING = Claim(
    "doping",
    "Twelve Pellan swimmers tested positive for a banned heart drug before the Games",
    (("Pellan", "Pella"), ("swimmers", "swimming")),
    context=("doping", "drug", "positive", "tested"),
)
LEAK = Claim(
    "leak",
    "The Quorra virus escaped from the Lindqvist laboratory",
    (("Quorra",), ("laboratory", "lab", "Lindqvist")),
)

#: claims for the findings that contradict a statement of illness, harm, falsity, a
#: deliberate act, a shoot-down or contact (the Indic and Hebrew stance tests share them)
ILL = Claim("ill", "President Arvel of Kestria is gravely ill", (("Arvel",),))
SWEETENER = Claim("sweetener", "The Zelmo sweetener causes cancer", (("Zelmo",),))
DIPLOMA = Claim("diploma", "The Orvat minister's diploma is fake", (("Orvat",),))
DOPED = Claim(
    "doped",
    "Twelve Pellan swimmers doped with a banned heart drug before the Games",
    (("Pellan", "Pella"), ("swimmers", "swimming")),
)
DOWNED = Claim(
    "downed",
    "A Valdorian missile shot down the Norvik airliner",
    (("Norvik",), ("shot down", "missile", "downing")),
)
CALLS = Claim(
    "calls",
    "Valdoria's president spoke with Kestria's leader several times",
    (("Valdoria", "Valdorian"), ("Kestria",)),
)

#: one-name claims of harm, falsity, illness and a deliberate act (the Swedish and Catalan
#: stance tests share them)
ZELBRIN = Claim("sweetener", "The Zelbrin sweetener causes cancer", (("Zelbrin",),))
TOLMARK = Claim("ballot", "The Varnish election in Tolmark was rigged", (("Tolmark",),))
ORSAK = Claim("health", "President Orsak is seriously ill", (("Orsak",),))
PELLAN_DOPED = Claim(
    "swim", "Pellan swimmers doped deliberately with a banned drug", (("Pellan",),)
)

#: the claims a language's cue file is tested against (test_stance_lang_ca, et, fi, ka, sv):
#: denials of acts, and findings of safety, fairness, health and innocence
LEXICON_CLAIMS = (PIPELINE, SPYWARE, LEAK, ZELBRIN, TOLMARK, ORSAK, PELLAN_DOPED)


def stance(m: Matcher, claim: str, title: str, summary: str = "") -> str | None:
    """The stance of the item towards the claim (None: not matched)."""
    for x in m.match(title, summary):
        if x.claim_id == claim:
            return x.stance
    return None
