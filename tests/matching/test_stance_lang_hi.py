"""Stance in Hindi (hi): the cue lists of bot/matching/lexicons/hi.toml on sentences
written for these tests, about the made-up affairs of tests/support/stance_claims.py (and
a few claims of our own for good health, safety, genuineness, an unwitting cause, an
innocent account and a counter-fact). Hindi is verb-final: the object of a denial comes
before it ("… से इनकार किया") and a negation follows what it negates ("खंडन नहीं किया")."""

from __future__ import annotations

import pytest
from support.stance_claims import DOPING, LEAK, PIPELINE, SPYWARE, STRAIT, stance

from bot.matching import Matcher
from bot.records import Claim


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, DOPING, STRAIT, LEAK))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials: खंडन, इनकार / इंकार, ख़ारिज, नकार, ठुकरा, झुठला (a denial after the
        # report in the same lede too); non-involvement: लेना-देना, भूमिका, ज़िम्मेदार,
        # शामिल नहीं, संबंध, बेगुनाह, इरादा; labels: बेबुनियाद, झूठा, फ़र्ज़ी, मनगढ़ंत,
        # भ्रामक, तथ्यों से परे, सच्चाई नहीं, अफ़वाह; scorn: प्रोपेगेंडा, राजनीति से
        # प्रेरित, बदनाम करने की साज़िश, हास्यास्पद; corrections: भूल-सुधार, पिछले
        # संस्करण; no evidence: कोई सबूत नहीं, कोई निशान नहीं, सबूतों के अभाव में बरी,
        # नेगेटिव, क्लीन चिट
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन विस्फोट में शामिल होने से इनकार किया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक हमले में हाथ होने से इंकार कर दिया है", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक हमले के आरोपों का खंडन किया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन: वाल्डोरिया ने आरोपों को सिरे से ख़ारिज कर दिया", ""),
        ("pipeline", "वाल्डोरियाई विदेश मंत्रालय ने नॉर्विक हमले की ख़बरों को नकार दिया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन हमले के दावों को ठुकराया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन उड़ाने के दावे को झुठलाया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन में धमाका", "जांचकर्ताओं ने वाल्डोरियाई कमांडो दस्ते पर शक जताया। वाल्डोरिया ने इसका खंडन किया है।"),
        ("pipeline", "नॉर्विक धमाका: वाल्डोरिया ने कहा, हमारा इससे कोई लेना-देना नहीं", ""),
        ("pipeline", "नॉर्विक पाइपलाइन विस्फोट में वाल्डोरिया की कोई भूमिका नहीं थी, रक्षा मंत्री ने कहा", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमले के लिए वाल्डोरिया ज़िम्मेदार नहीं है, राजदूत ने कहा", ""),
        ("pipeline", "वाल्डोरिया के कमांडो नॉर्विक हमले में शामिल नहीं थे: रक्षा मंत्रालय", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमला: वाल्डोरिया का इससे कोई संबंध नहीं, प्रवक्ता ने कहा", ""),
        ("pipeline", "नॉर्विक विस्फोट मामले में गिरफ्तार वाल्डोरियाई नागरिक ने ख़ुद को बेगुनाह बताया", ""),
        ("pipeline", "वाल्डोरिया ने कहा कि नॉर्विक पाइपलाइन पर हमले की ख़बरें बेबुनियाद हैं", ""),
        ("pipeline", "वाल्डोरियाई विदेश मंत्रालय ने नॉर्विक हमले की रिपोर्ट को झूठा बताया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमले में वाल्डोरिया का हाथ होने की ख़बर फ़र्ज़ी है", ""),
        ("pipeline", "वाल्डोरिया: नॉर्विक पाइपलाइन पर हमले की कहानी मनगढ़ंत है", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमले पर वाल्डोरिया का दावा: पश्चिमी मीडिया की रिपोर्ट भ्रामक और तथ्यों से परे", ""),
        ("pipeline", "वाल्डोरिया ने कहा, नॉर्विक हमले के आरोपों में कोई सच्चाई नहीं", ""),
        ("pipeline", "नॉर्विक विस्फोट पर वाल्डोरिया: यह पश्चिमी प्रोपेगेंडा है", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन हमले के आरोपों को राजनीति से प्रेरित बताया", ""),
        ("pipeline", "नॉर्विक हमले के आरोपों पर वाल्डोरिया: यह हमें बदनाम करने की साज़िश है", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन हमले के आरोपों को हास्यास्पद बताया", ""),
        ("pipeline", "भूल-सुधार: नॉर्विक पाइपलाइन हमले में वाल्डोरियाई कमांडो दस्ते के शामिल होने की ख़बर ग़लत थी", ""),
        ("pipeline", "सुधार: इस ख़बर के पिछले संस्करण में नॉर्विक पाइपलाइन हमले के लिए वाल्डोरिया को ज़िम्मेदार बताया गया था", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमले में वाल्डोरिया के शामिल होने का कोई सबूत नहीं: जांचकर्ता", ""),
        ("pipeline", "जांचकर्ताओं को नॉर्विक पाइपलाइन के मलबे में वाल्डोरियाई विस्फोटक का कोई निशान नहीं मिला", ""),
        ("pipeline", "नॉर्विक पाइपलाइन मामले में वाल्डोरियाई कमांडो सबूतों के अभाव में बरी", ""),
        ("doping", "Pellan तैराकों के डोपिंग मामले में महासंघ ने कहा, कोई सबूत नहीं", ""),
        ("doping", "Pellan तैराकों की डोपिंग जांच की रिपोर्ट नेगेटिव आई", ""),
        ("doping", "Pellan के तैराकों को डोपिंग मामले में क्लीन चिट मिली", ""),
        ("spyware", "मार्लोविया सरकार ने Hexa स्पाइवेयर से पत्रकारों की जासूसी के आरोपों का खंडन किया", ""),
        ("spyware", "Hexa स्पाइवेयर: मार्लोविया ने कहा, पत्रकारों की जासूसी का कोई इरादा नहीं था", ""),
        ("strait", "केस्ट्रिया ने ओस्ट्रावा जलडमरूमध्य बंद करने की ख़बरों को बेबुनियाद बताया", ""),
        ("strait", "केस्ट्रिया: ओस्ट्रावा जलडमरूमध्य बंद होने की ख़बर महज़ अफ़वाह है", ""),
        ("leak", "Quorra वायरस के लिंडक्विस्ट प्रयोगशाला से लीक होने के दावे को वैज्ञानिकों ने ख़ारिज किया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक हमले के आरोपों का खंडन करते हुए कहा कि उसका इससे कोई लेना-देना नहीं है", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन पर हमले की रिपोर्ट को फ़र्ज़ी करार दिया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन विस्फोट के आरोप पर वाल्डोरिया ने कहा, ऐसी कोई घटना नहीं हुई जिसमें हमारे कमांडो शामिल हों", ""),
        ("spyware", "Hexa स्पाइवेयर: मार्लोविया सरकार ने पत्रकारों की जासूसी की ख़बरों को दुष्प्रचार बताया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक हमले के आरोपों को बेबुनियाद और हास्यास्पद करार दिया", ""),
    ],
)
def test_hindi_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports, confirmations, admissions, a denial not given ("इनकार नहीं किया"), a
        # refusal to comment, a bail plea rejected, "नकारात्मक" (negative), an accusation of
        # lying, an attribution, a question, a confirmation still missing, a request not to
        # do something, a refusal of something else, a request not to deny
        ("pipeline", "वाल्डोरियाई कमांडो दस्ते ने नॉर्विक पाइपलाइन उड़ाई, जांचकर्ताओं का दावा", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन पर हमले की पुष्टि की", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक हमले में अपनी भूमिका स्वीकार की", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन विस्फोट में भूमिका से इनकार नहीं किया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन विस्फोट पर टिप्पणी करने से इनकार किया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन मामले में अदालत ने वाल्डोरियाई आरोपी की ज़मानत याचिका ख़ारिज कर दी", ""),
        ("pipeline", "नॉर्विक पाइपलाइन विस्फोट का वाल्डोरिया की अर्थव्यवस्था पर नकारात्मक असर", ""),
        ("pipeline", "नॉर्विक ने वाल्डोरिया पर पाइपलाइन हमले को लेकर झूठ बोलने का आरोप लगाया", ""),
        ("pipeline", "नॉर्विक के मंत्री का कहना है कि पाइपलाइन वाल्डोरियाई कमांडो ने उड़ाई", ""),
        ("pipeline", "क्या वाल्डोरिया ने नॉर्विक पाइपलाइन उड़ाई?", ""),
        ("pipeline", "नॉर्विक पाइपलाइन हमले में वाल्डोरिया की भूमिका की अभी पुष्टि नहीं हुई", ""),
        ("pipeline", "नॉर्विक ने वाल्डोरिया से पाइपलाइन हमले की जांच में सबूत नष्ट नहीं करने की अपील की", ""),
        ("strait", "केस्ट्रिया ने ओस्ट्रावा जलडमरूमध्य बंद होने के बाद बीमा प्रीमियम बढ़ाने से इनकार किया", ""),
        ("pipeline", "नॉर्विक पाइपलाइन विस्फोट: वाल्डोरिया ने जांच की मांग की", ""),
        ("pipeline", "वाल्डोरिया से नॉर्विक पाइपलाइन हमले के आरोपों का खंडन न करने को कहा गया", ""),
        ("pipeline", "वाल्डोरिया ने नॉर्विक पाइपलाइन हमले में भूमिका की न तो पुष्टि की और न ही खंडन", ""),
        ("pipeline", "नॉर्विक पाइपलाइन विस्फोट: वाल्डोरिया सरकार ने विपक्ष की मांग को ख़ारिज कर दिया", ""),
        ("pipeline", "क्या वाल्डोरिया ने नॉर्विक पाइपलाइन नहीं उड़ाई?", ""),
        ("pipeline", "वाल्डोरियाई कमांडो ने नॉर्विक पाइपलाइन उड़ाई, नॉर्विक के रक्षा मंत्री ने कहा कि यह बेहद ख़तरनाक है", ""),
    ],
)
def test_hindi_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


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
_CLAIMS = {c.id: c for c in (ILL, SWEETENER, DIPLOMA, DOPED, DOWNED, CALLS)}


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # good health, safe, genuine, an unwitting cause, an innocent account, only once
        ("ill", "राष्ट्रपति Arvel पूरी तरह स्वस्थ हैं, प्रवक्ता ने कहा", ""),
        ("sweetener", "नियामक ने कहा, Zelmo स्वीटनर सेवन के लिए सुरक्षित है", ""),
        ("diploma", "जांच में Orvat मंत्री का डिप्लोमा असली पाया गया", ""),
        ("doped", "Pellan तैराकों के नमूनों में दवा दूषित भोजन से आई, महासंघ ने कहा", ""),
        ("downed", "नॉर्विक विमान हादसा: जांच में पता चला कि विमान तकनीकी ख़राबी से गिरा, मिसाइल से नहीं", ""),
        ("calls", "वाल्डोरिया के राष्ट्रपति ने केस्ट्रिया के नेता से सिर्फ़ एक बार बात की", ""),
    ],
)
def test_hindi_findings_contradict(claim: str, title: str, summary: str) -> None:
    assert stance(Matcher((_CLAIMS[claim],)), claim, title, summary) == "contradiction"


def test_hindi_patterns_do_not_read_other_scripts(matcher: Matcher) -> None:
    # Devanagari cues never fire on Latin or Cyrillic text; and "नकारात्मक" (negative),
    # "पाखंड" (hypocrisy: \bखंड inside it) are no denials
    assert stance(matcher, "pipeline", "Valdoria: Norvik pipeline blast under investigation") == (
        "update"
    )
    assert stance(
        matcher, "pipeline", "नॉर्विक पाइपलाइन विस्फोट पर वाल्डोरिया का पाखंड उजागर"
    ) == "update"
