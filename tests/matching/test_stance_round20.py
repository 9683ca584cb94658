"""Stance and matching, stop 32: a cue word the journalist listed in `require` or
`context` to find the coverage ("acquitted", "contaminated") is the claim's own wording
only when the statement says it too. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

#: a minister said to have taken bribes; the verdict's words listed to find the trial
MINISTER = Claim(
    "minister",
    "Former minister Karel Dobrov took bribes from a road builder, prosecutors allege",
    (("Dobrov",), ("bribes", "bribery", "trial", "acquitted", "acquittal", "verdict")),
)
#: a claim whose statement is itself about an acquittal
OFFICER = Claim(
    "officer",
    "Police officer Marek Halin was acquitted of killing a protester because the court ignored evidence",
    (("Halin",), ("acquitted", "acquittal", "protester")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((MINISTER, OFFICER))


@pytest.mark.parametrize(
    "title",
    [
        "Dobrov acquitted in bribery trial",
        "Court upholds Dobrov's acquittal on bribery charges",
        "Dobrov absuelto en el juicio por sobornos",
        "Dobrov im Bestechungsprozess freigesprochen",
    ],
)
def test_a_verdict_word_listed_only_to_find_the_coverage_still_contradicts(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "minister", title) == "contradiction"


def test_a_cue_word_the_statement_says_is_the_claims_own(matcher: Matcher) -> None:
    assert stance(matcher, "officer", "Halin acquitted of killing protester") == "update"
