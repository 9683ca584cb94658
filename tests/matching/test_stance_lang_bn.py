"""Stance in Bengali (bn): the cue lists of bot/matching/lexicons/bn.toml on sentences
written for these tests, about the made-up affairs of tests/support/stance_claims.py (and
a few claims of our own for good health, safety, genuineness, an unwitting cause, an
innocent account and a counter-fact). The made-up names stay in Latin letters: a Bengali
spelling of them is not read as the claim's name. Bengali is verb-final: the object of a
denial comes before it ("… অভিযোগ অস্বীকার করেছে") and a negation follows what it negates,
often as a verb suffix ("অস্বীকার করেনি": did not deny)."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    CALLS,
    DIPLOMA,
    DOPED,
    DOPING,
    DOWNED,
    ILL,
    LEAK,
    PIPELINE,
    SPYWARE,
    STRAIT,
    SWEETENER,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, DOPING, STRAIT, LEAK))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials: অস্বীকার (its inflections; after the report in the same lede too),
        # প্রত্যাখ্যান, নাকচ, উড়িয়ে দেওয়া, প্রতিবাদ; non-involvement: সম্পর্ক নেই, হাত
        # নেই, জড়িত নয়, দায়ী নয়, নির্দোষ, পরিকল্পনা নেই; labels: ভিত্তিহীন, মিথ্যা,
        # বানোয়াট, ভুয়া, সত্য নয়, গুজব, বিভ্রান্তিকর, সত্যতা নেই; scorn: অপপ্রচার,
        # ষড়যন্ত্র, প্রোপাগান্ডা, উদ্দেশ্যপ্রণোদিত, হাস্যকর; corrections: সংশোধনী, আগের
        # সংস্করণ; no evidence: কোনো প্রমাণ নেই, চিহ্ন পাওয়া যায়নি, প্রমাণের অভাবে খালাস
        ("pipeline", "Norvik পাইপলাইনে হামলার অভিযোগ অস্বীকার করেছে Valdoria", ""),
        (
            "pipeline",
            "Norvik গ্যাস পাইপলাইন বিস্ফোরণে জড়িত থাকার কথা অস্বীকার করলেন Valdoria-র প্রতিরক্ষামন্ত্রী",
            "",
        ),
        ("pipeline", "Valdoria Norvik পাইপলাইন হামলার অভিযোগ জোরালোভাবে অস্বীকার করে", ""),
        ("pipeline", "Norvik পাইপলাইন: Valdoria অভিযোগ প্রত্যাখ্যান করেছে", ""),
        ("pipeline", "Norvik পাইপলাইনে হামলার অভিযোগ নাকচ করে দিয়েছে Valdoria", ""),
        ("pipeline", "Valdoria-র পররাষ্ট্র মন্ত্রণালয় Norvik হামলার খবর উড়িয়ে দিয়েছে", ""),
        (
            "pipeline",
            "Norvik পাইপলাইনে বিস্ফোরণ",
            "তদন্তকারীরা Valdoria-র কমান্ডো দলকে সন্দেহ করছেন। Valdoria এই অভিযোগ অস্বীকার করেছে।",
        ),
        ("pipeline", "Norvik পাইপলাইন হামলা নিয়ে প্রকাশিত প্রতিবেদনের তীব্র প্রতিবাদ জানিয়েছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন হামলার সঙ্গে আমাদের কোনো সম্পর্ক নেই, বলছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণে Valdoria-র হাত নেই, জানালেন রাষ্ট্রদূত", ""),
        ("pipeline", "Valdoria-র কমান্ডোরা Norvik হামলায় জড়িত ছিল না: প্রতিরক্ষা মন্ত্রণালয়", ""),
        ("pipeline", "Norvik পাইপলাইন হামলার জন্য Valdoria দায়ী নয়, বললেন মুখপাত্র", ""),
        ("pipeline", "Norvik বিস্ফোরণ মামলায় গ্রেপ্তার Valdoria-র নাগরিক নিজেকে নির্দোষ দাবি করেছেন", ""),
        ("pipeline", "Norvik পাইপলাইনে হামলার কোনো পরিকল্পনা আমাদের ছিল না, বলছে Valdoria", ""),
        ("pipeline", "Valdoria বলেছে, Norvik পাইপলাইনে হামলার অভিযোগ সম্পূর্ণ ভিত্তিহীন", ""),
        ("pipeline", "Norvik পাইপলাইন হামলা নিয়ে পশ্চিমা গণমাধ্যমের খবর মিথ্যা ও বানোয়াট: Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইনে Valdoria-র হামলার ভিডিওটি ভুয়া, জানাল মন্ত্রণালয়", ""),
        ("pipeline", "Valdoria: Norvik পাইপলাইনে হামলার খবর সত্য নয়", ""),
        ("pipeline", "Norvik পাইপলাইন হামলায় Valdoria-র জড়িত থাকার খবরটি নিছক গুজব", ""),
        ("pipeline", "Norvik পাইপলাইন নিয়ে বিভ্রান্তিকর প্রতিবেদন ছাপা হয়েছে, বলছে Valdoria", ""),
        ("pipeline", "Valdoria বলেছে, Norvik হামলার অভিযোগের কোনো সত্যতা নেই", ""),
        ("pipeline", "Norvik বিস্ফোরণ নিয়ে Valdoria: এটি পশ্চিমা প্রোপাগান্ডা", ""),
        ("pipeline", "Norvik পাইপলাইন হামলা নিয়ে দেশের বিরুদ্ধে অপপ্রচার চালানো হচ্ছে, অভিযোগ Valdoria-র", ""),
        ("pipeline", "Norvik হামলার অভিযোগ Valdoria-র ভাবমূর্তি ক্ষুণ্ণ করার ষড়যন্ত্র, বললেন মন্ত্রী", ""),
        (
            "pipeline",
            "Valdoria Norvik পাইপলাইন হামলার অভিযোগকে রাজনৈতিক উদ্দেশ্যপ্রণোদিত বলে আখ্যা দিয়েছে",
            "",
        ),
        ("pipeline", "Norvik পাইপলাইন হামলার অভিযোগকে হাস্যকর বলেছে Valdoria", ""),
        ("pipeline", "সংশোধনী: Norvik পাইপলাইন হামলায় Valdoria-র কমান্ডো দলের জড়িত থাকার খবরটি ভুল ছিল", ""),
        (
            "pipeline",
            "এই প্রতিবেদনের আগের সংস্করণে Norvik পাইপলাইন হামলার জন্য Valdoria-কে দায়ী করা হয়েছিল",
            "",
        ),
        ("pipeline", "Norvik পাইপলাইন হামলায় Valdoria-র জড়িত থাকার কোনো প্রমাণ নেই: তদন্তকারী", ""),
        ("pipeline", "Norvik পাইপলাইনের ধ্বংসাবশেষে Valdoria-র বিস্ফোরকের কোনো চিহ্ন পাওয়া যায়নি", ""),
        ("pipeline", "Norvik পাইপলাইন মামলায় Valdoria-র কমান্ডোরা প্রমাণের অভাবে খালাস", ""),
        (
            "pipeline",
            "Norvik হামলার অভিযোগ অস্বীকার করে Valdoria বলেছে, এর সঙ্গে তাদের কোনো সম্পর্ক নেই",
            "",
        ),
        ("pipeline", "Valdoria Norvik পাইপলাইন হামলার প্রতিবেদনকে ভুয়া খবর বলে উড়িয়ে দিয়েছে", ""),
        ("pipeline", "Norvik পাইপলাইনে হামলার অভিযোগ অস্বীকার করছে Valdoria-র সরকার", ""),
        ("pipeline", "Norvik পাইপলাইন হামলার খবর মনগড়া, দাবি Valdoria-র", ""),
        ("pipeline", "Valdoria বলছে, Norvik পাইপলাইন হামলার অভিযোগ একটি ষড়যন্ত্রের অংশ", ""),
        ("pipeline", "Norvik পাইপলাইন হামলায় Valdoria-র কমান্ডোদের বিরুদ্ধে অভিযোগ প্রমাণিত হয়নি", ""),
        ("pipeline", "Valdoria-র সেনা কর্মকর্তারা Norvik হামলার সঙ্গে সম্পৃক্ত নন, বললেন মুখপাত্র", ""),
        ("pipeline", "Norvik পাইপলাইন হামলা নিয়ে প্রকাশিত সংবাদের প্রতিবাদলিপি পাঠিয়েছে Valdoria-র দূতাবাস", ""),
        (
            "pipeline",
            "Norvik পাইপলাইন হামলায় Valdoria-কে দায়ী করে প্রকাশিত প্রতিবেদনের ভুলের জন্য আমরা দুঃখিত",
            "",
        ),
        ("pipeline", "Norvik পাইপলাইন হামলায় Valdoria-র জড়িত থাকার সংবাদটি প্রত্যাহার করেছে পত্রিকাটি", ""),
        ("spyware", "সরকার Hexa spyware দিয়ে নজরদারির অভিযোগ অস্বীকার করেছে", ""),
        ("spyware", "Hexa spyware ব্যবহারের অভিযোগ অস্বীকার করলেন মন্ত্রী", ""),
        ("spyware", "Hexa spyware: সাংবাদিকদের ওপর নজরদারির অভিযোগ মিথ্যা, বলছে সরকার", ""),
        ("leak", "Quorra ভাইরাস Lindqvist গবেষণাগার থেকে ছড়ানোর তত্ত্ব প্রত্যাখ্যান করেছেন বিজ্ঞানীরা", ""),
        ("leak", "Quorra ভাইরাস Lindqvist গবেষণাগার থেকে ছড়িয়েছে এমন কোনো প্রমাণ পাওয়া যায়নি", ""),
    ],
)
def test_bengali_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports, confirmations, admissions, a denial not given ("অস্বীকার করেনি"), a
        # refusal to comment, a bail plea rejected, an accusation of lying, an attribution,
        # a question, a confirmation still missing, a request not to deny, a denial of
        # something else, "নিশ্চিত করতে" (to ensure)
        ("pipeline", "Valdoria-র কমান্ডো দল Norvik পাইপলাইন উড়িয়ে দিয়েছে, দাবি তদন্তকারীদের", ""),
        ("pipeline", "Norvik পাইপলাইনে হামলার কথা নিশ্চিত করেছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন হামলায় নিজেদের ভূমিকা স্বীকার করেছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণে ভূমিকার অভিযোগ অস্বীকার করেনি Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণ নিয়ে মন্তব্য করতে অস্বীকার করেছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন মামলায় Valdoria-র অভিযুক্তের জামিন আবেদন নাকচ করেছে আদালত", ""),
        ("pipeline", "Norvik পাইপলাইন হামলা নিয়ে মিথ্যা বলার অভিযোগ উঠেছে Valdoria-র বিরুদ্ধে", ""),
        ("pipeline", "Norvik-এর মন্ত্রী বলেছেন, পাইপলাইনটি Valdoria-র কমান্ডোরাই উড়িয়েছে", ""),
        ("pipeline", "Valdoria কি Norvik পাইপলাইন উড়িয়ে দিয়েছে?", ""),
        ("pipeline", "Norvik পাইপলাইন হামলায় Valdoria-র ভূমিকা এখনো নিশ্চিত হয়নি", ""),
        ("pipeline", "Valdoria-কে Norvik হামলার অভিযোগ অস্বীকার না করার আহ্বান জানিয়েছে Norvik", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণের পর গ্যাসের দাম বাড়াতে অস্বীকার করেছে Valdoria", ""),
        (
            "pipeline",
            "Norvik পাইপলাইন বিস্ফোরণ: Valdoria-তে গ্যাসের দাম বাড়ল",
            "জ্বালানি মন্ত্রণালয় অবশ্য দাম বাড়ানোর কথা অস্বীকার করেছে।",
        ),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণে ভূমিকার অভিযোগ অস্বীকার করেননি Valdoria-র প্রেসিডেন্ট", ""),
        ("pipeline", "Norvik পাইপলাইন হামলায় জড়িত থাকার অভিযোগ উঠেছে Valdoria-র বিরুদ্ধে", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণ: নিরাপত্তা নিশ্চিত করতে সেনা মোতায়েন করেছে Valdoria", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণে তদন্তের দাবি জানিয়েছে Valdoria", ""),
        ("pipeline", "Valdoria কি Norvik পাইপলাইন হামলার অভিযোগ অস্বীকার করবে না?", ""),
        ("pipeline", "Norvik পাইপলাইন হামলার ষড়যন্ত্রের অভিযোগে Valdoria-র দুই নাগরিকের বিরুদ্ধে মামলা", ""),
        ("pipeline", "Norvik পাইপলাইন নিয়ে মিথ্যা তথ্য ছড়ানোর অভিযোগে Valdoria-র এক ব্লগার গ্রেপ্তার", ""),
        ("pipeline", "Norvik পাইপলাইন হামলার পর Valdoria-র বক্তব্যের প্রতিবাদে মানববন্ধন", ""),
        ("pipeline", "Norvik পাইপলাইন বিস্ফোরণ নিয়ে বিরোধী দলের দাবি নাকচ করে দিয়েছে Valdoria সরকার", ""),
    ],
)
def test_bengali_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


_CLAIMS = {c.id: c for c in (ILL, SWEETENER, DIPLOMA, DOPED, DOWNED, CALLS)}


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # good health, safe, genuine, an unwitting cause, an innocent account, only once
        ("ill", "প্রেসিডেন্ট Arvel সম্পূর্ণ সুস্থ আছেন, জানালেন মুখপাত্র", ""),
        ("sweetener", "নিয়ন্ত্রক সংস্থা জানিয়েছে, Zelmo সুইটনার খাওয়ার জন্য নিরাপদ", ""),
        ("diploma", "তদন্তে Orvat মন্ত্রীর সনদটি আসল বলে প্রমাণিত হয়েছে", ""),
        ("diploma", "Orvat মন্ত্রীর সনদটি আসল, জানিয়েছে বিশ্ববিদ্যালয়", ""),
        ("ill", "প্রেসিডেন্ট Arvel জীবিত আছেন এবং কাজ করছেন, বললেন প্রধানমন্ত্রী", ""),
        ("sweetener", "Zelmo সুইটনার স্বাস্থ্যের জন্য ক্ষতিকর নয়, বলছেন বিজ্ঞানীরা", ""),
        ("doped", "Pellan swimmers: নমুনায় ওষুধটি দূষিত খাবার থেকে এসেছে, জানাল ফেডারেশন", ""),
        (
            "downed",
            "Norvik বিমান দুর্ঘটনা: তদন্তে দেখা গেছে যান্ত্রিক ত্রুটির কারণে বিমানটি বিধ্বস্ত হয়, missile নয়",
            "",
        ),
        ("calls", "Valdoria-র প্রেসিডেন্ট Kestria-র নেতার সঙ্গে মাত্র একবার কথা বলেছেন", ""),
    ],
)
def test_bengali_findings_contradict(claim: str, title: str, summary: str) -> None:
    assert stance(Matcher((_CLAIMS[claim],)), claim, title, summary) == "contradiction"


def test_bengali_patterns_do_not_read_other_scripts(matcher: Matcher) -> None:
    # Bengali cues never fire on Latin text; "অনস্বীকার্য" (undeniable) is no denial
    assert stance(matcher, "pipeline", "Valdoria: Norvik pipeline blast under investigation") == (
        "update"
    )
    assert (
        stance(matcher, "pipeline", "Norvik পাইপলাইন বিস্ফোরণে Valdoria-র ভূমিকা অনস্বীকার্য") == "update"
    )
