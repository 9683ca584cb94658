"""Stance in Urdu (ur): the cue lists of bot/matching/lexicons/ur.toml on sentences
written for these tests, about the made-up affairs of tests/support/stance_claims.py (and
a few claims of our own: Urdu has no news vocabulary yet, so a claim is found in an Urdu
item by its Latin-script names). Urdu is verb-final like Hindi: the object of a denial
comes before it ("… کی تردید کی", "… سے انکار کیا") and a negation follows what it negates
("تردید نہیں کی"). Urdu shares its script with Persian: its patterns must not fire on
Persian or Arabic text."""

from __future__ import annotations

import re

import pytest
from support.stance_claims import CALLS, DIPLOMA, ILL, LEAK, PIPELINE, SPYWARE, SWEETENER, stance

from bot.matching import Matcher, lexicon
from bot.records import Claim
from bot.text import fold_aligned

#: one-name variants of DOPING and STRAIT (their second term group is English words)
DOPING_UR = Claim(
    "doping_ur",
    "Twelve Pellan swimmers tested positive for a banned heart drug before the Games",
    (("Pellan",),),
)
STRAIT_UR = Claim(
    "strait_ur", "Kestria has shut the Strait of Ostrava to tanker traffic", (("Ostrava",),)
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, LEAK, DOPING_UR, STRAIT_UR))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials: تردید, انکار, مسترد, یکسر مسترد, جھٹلا (a denial after the report in the
        # same lede too); non-involvement: کوئی تعلق نہیں, کوئی کردار نہیں, ملوث نہیں,
        # ذمہ دار نہیں, بے گناہ, کوئی ارادہ نہیں; labels: بے بنیاد, جھوٹ, من گھڑت, جعلی,
        # کوئی صداقت نہیں, گمراہ کن, حقائق کے منافی, محض افواہ, توڑ مروڑ; scorn:
        # پروپیگنڈا, سیاسی سازش, بدنام کرنے کی سازش, مضحکہ خیز, ہرزہ سرائی; corrections:
        # تصحیح, وضاحت, پچھلے ورژن, خبر ہٹا دی; no evidence: کوئی ثبوت نہیں, کوئی نشان
        # نہیں, باعزت بری, ثابت نہیں, ٹیسٹ منفی, کلین چٹ
        ("pipeline", "Valdoria نے Norvik گیس پائپ لائن پر حملے کی تردید کی", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن دھماکے کے الزامات کی سختی سے تردید کر دی", ""),
        (
            "pipeline",
            "Norvik پائپ لائن: Valdoria کی وزارت خارجہ نے حملے کی خبروں کی تردید کرتے ہوئے کہا کہ یہ پروپیگنڈا ہے",
            "",
        ),
        ("pipeline", "Valdoria نے Norvik پائپ لائن دھماکے میں ملوث ہونے سے انکار کیا", ""),
        ("pipeline", "Valdoria کا Norvik پائپ لائن حملے میں ملوث ہونے سے انکار", ""),
        ("pipeline", "Valdoria نے Norvik حملے کے الزامات کو یکسر مسترد کر دیا", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن پر حملے کی رپورٹ مسترد کر دی", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن حملے کے دعووں کو جھٹلا دیا", ""),
        (
            "pipeline",
            "Norvik پائپ لائن میں دھماکا",
            "تفتیش کاروں نے Valdoria کے کمانڈو دستے پر شبہ ظاہر کیا۔ Valdoria نے اس کی تردید کی ہے۔",
        ),
        ("pipeline", "Norvik دھماکا: Valdoria نے کہا، ہمارا اس سے کوئی تعلق نہیں", ""),
        (
            "pipeline",
            "Norvik پائپ لائن دھماکے میں Valdoria کا کوئی کردار نہیں تھا، وزیر دفاع نے کہا",
            "",
        ),
        ("pipeline", "Valdoria کے کمانڈوز Norvik حملے میں ملوث نہیں تھے: وزارت دفاع", ""),
        ("pipeline", "Norvik پائپ لائن حملے کے لیے Valdoria ذمہ دار نہیں، سفیر نے کہا", ""),
        (
            "pipeline",
            "Norvik دھماکے کے مقدمے میں گرفتار Valdoria کے شہری نے خود کو بے گناہ قرار دیا",
            "",
        ),
        ("pipeline", "Valdoria نے کہا کہ Norvik پائپ لائن پر حملے کی خبریں بے بنیاد ہیں", ""),
        ("pipeline", "Valdoria: Norvik پائپ لائن حملے کی خبریں بےبنیاد اور جھوٹی ہیں", ""),
        ("pipeline", "Valdoria نے Norvik حملے کی رپورٹ کو جھوٹ کا پلندہ قرار دیا", ""),
        ("pipeline", "Valdoria: Norvik پائپ لائن پر حملے کی کہانی من گھڑت ہے", ""),
        ("pipeline", "Norvik پائپ لائن حملے میں Valdoria کا ہاتھ ہونے کی خبر جعلی ہے", ""),
        ("pipeline", "Valdoria نے کہا، Norvik حملے کے الزامات میں کوئی صداقت نہیں", ""),
        (
            "pipeline",
            "Valdoria نے Norvik حملے کی خبروں کو گمراہ کن اور حقائق کے منافی قرار دیا",
            "",
        ),
        ("pipeline", "Valdoria نے کہا کہ Norvik پائپ لائن پر ایسا کوئی حملہ نہیں ہوا", ""),
        (
            "pipeline",
            "Valdoria نے Norvik حملے سے متعلق بیان کو توڑ مروڑ کر پیش کرنے کا شکوہ کیا",
            "",
        ),
        ("pipeline", "Norvik دھماکے پر Valdoria: یہ مغربی پروپیگنڈا ہے", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن حملے کے الزامات کو سیاسی سازش قرار دیا", ""),
        ("pipeline", "Norvik حملے کے الزامات پر Valdoria: یہ ہمیں بدنام کرنے کی سازش ہے", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن حملے کے الزامات کو مضحکہ خیز قرار دیا", ""),
        (
            "pipeline",
            "تصحیح: Norvik پائپ لائن حملے میں Valdoria کے کمانڈوز کے ملوث ہونے کی خبر غلط تھی",
            "",
        ),
        (
            "pipeline",
            "وضاحت: اس خبر کے پچھلے ورژن میں Norvik حملے کا ذمہ دار Valdoria کو ٹھہرایا گیا تھا",
            "",
        ),
        ("pipeline", "Norvik ٹی وی چینل نے Valdoria پر حملے کی خبر ہٹا دی", ""),
        (
            "pipeline",
            "Norvik پائپ لائن حملے میں Valdoria کے ملوث ہونے کا کوئی ثبوت نہیں: تفتیش کار",
            "",
        ),
        (
            "pipeline",
            "تفتیش کاروں کو Norvik پائپ لائن کے ملبے میں Valdoria کے دھماکا خیز مواد کا کوئی نشان نہیں ملا",
            "",
        ),
        ("pipeline", "Norvik پائپ لائن کیس میں Valdoria کے کمانڈوز عدالت سے باعزت بری", ""),
        ("pipeline", "Valdoria کے خلاف Norvik حملے کا الزام ثابت نہیں ہو سکا، عدالت نے کہا", ""),
        ("doping_ur", "Pellan تیراکوں کے ڈوپنگ کیس میں فیڈریشن نے کہا، کوئی ثبوت نہیں ملا", ""),
        ("doping_ur", "Pellan تیراکوں کے ڈوپنگ ٹیسٹ منفی آئے", ""),
        ("doping_ur", "Pellan کے تیراکوں کو ڈوپنگ کیس میں کلین چٹ مل گئی", ""),
        (
            "spyware",
            "Marlovia حکومت نے Hexa اسپائی ویئر سے صحافیوں کی جاسوسی کے الزامات کی تردید کی",
            "",
        ),
        (
            "spyware",
            "Hexa اسپائی ویئر: Marlovia نے کہا، صحافیوں کی جاسوسی کا کوئی ارادہ نہیں تھا",
            "",
        ),
        (
            "spyware",
            "Hexa اسپائی ویئر: Marlovia حکومت نے صحافیوں کی جاسوسی کی خبروں کو ہرزہ سرائی قرار دیا",
            "",
        ),
        ("strait_ur", "Kestria نے آبنائے Ostrava بند کرنے کی خبروں کو بے بنیاد قرار دیا", ""),
        ("strait_ur", "Kestria: آبنائے Ostrava بند ہونے کی خبر محض افواہ ہے", ""),
        (
            "leak",
            "سائنسدانوں نے Quorra وائرس کے Lindqvist لیبارٹری سے لیک ہونے کے دعوے کو مسترد کر دیا",
            "",
        ),
        ("pipeline", "Valdoria کی حکومت Norvik حملے کے الزامات سے انکاری ہے", ""),
        ("pipeline", "Valdoria نے Norvik حملے کے بارے میں بیان کو ٹھکرا دیا", ""),
        ("pipeline", "Norvik حملے سے Valdoria کا لینا دینا نہیں", ""),
        ("pipeline", "Valdoria: Norvik حملے کی خبر حقائق پر مبنی نہیں", ""),
        ("pipeline", "Valdoria نے Norvik حملے کے الزامات کو الزام تراشی قرار دیا", ""),
        ("pipeline", "Valdoria کے کمانڈوز Norvik کیس میں عدم ثبوت کی بنا پر رہا", ""),
    ],
)
def test_urdu_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports, a confirmation, an admission, a denial not given ("انکار نہیں کیا", "تردید
        # نہیں کی"), a refusal to comment, a bail plea rejected, an accusation of lying, an
        # attribution, a question, a confirmation still missing, a request not to do
        # something, a refusal of something else, a demand rejected
        ("pipeline", "Valdoria کے کمانڈو دستے نے Norvik پائپ لائن اڑا دی، تفتیش کاروں کا دعویٰ", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن پر حملے کی تصدیق کر دی", ""),
        ("pipeline", "Valdoria نے Norvik حملے میں اپنے کردار کا اعتراف کر لیا", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن دھماکے میں کردار سے انکار نہیں کیا", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن حملے کی تردید نہیں کی", ""),
        ("pipeline", "Valdoria نے Norvik پائپ لائن دھماکے پر تبصرہ کرنے سے انکار کر دیا", ""),
        (
            "pipeline",
            "Norvik پائپ لائن کیس میں عدالت نے Valdoria کے ملزم کی ضمانت کی درخواست مسترد کر دی",
            "",
        ),
        (
            "pipeline",
            "Norvik نے Valdoria پر پائپ لائن حملے کے بارے میں جھوٹ بولنے کا الزام لگایا",
            "",
        ),
        ("pipeline", "Norvik کے وزیر کا کہنا ہے کہ پائپ لائن Valdoria کے کمانڈوز نے اڑائی", ""),
        ("pipeline", "کیا Valdoria نے Norvik پائپ لائن اڑائی؟", ""),
        ("pipeline", "Norvik پائپ لائن حملے میں Valdoria کے کردار کی ابھی تصدیق نہیں ہوئی", ""),
        (
            "pipeline",
            "Norvik نے Valdoria سے پائپ لائن حملے کی تحقیقات میں ثبوت ضائع نہ کرنے کی اپیل کی",
            "",
        ),
        (
            "pipeline",
            "Valdoria کی وزارت توانائی نے Norvik پائپ لائن دھماکے کے بعد گیس کی قیمتیں بڑھانے سے انکار کیا",
            "",
        ),
        ("pipeline", "Norvik پائپ لائن دھماکا: Valdoria نے تحقیقات کا مطالبہ کیا", ""),
        (
            "pipeline",
            "Norvik پائپ لائن دھماکا: Valdoria کی حکومت نے اپوزیشن کا مطالبہ مسترد کر دیا",
            "",
        ),
        (
            "pipeline",
            "Valdoria کے کمانڈوز نے Norvik پائپ لائن اڑائی، Norvik کے وزیر دفاع نے کہا کہ یہ انتہائی خطرناک ہے",
            "",
        ),
        (
            "pipeline",
            "Norvik پائپ لائن دھماکے کے بعد Valdoria میں گیس کی قلت، حکومت نے تحقیقات کا حکم دیا",
            "",
        ),
        ("pipeline", "Norvik پائپ لائن کیس: Valdoria نے Norvik کی حوالگی کی درخواست ٹھکرا دی", ""),
        ("pipeline", "کیا Valdoria نے Norvik پائپ لائن نہیں اڑائی؟", ""),
        (
            "pipeline",
            "Norvik کے وزیر نے کہا کہ Valdoria کا دعویٰ درست ہے کہ پائپ لائن اس کے کمانڈوز نے اڑائی",
            "",
        ),
        ("pipeline", "Norvik پائپ لائن حملہ: Valdoria پر الزام، تحقیقات جاری", ""),
    ],
)
def test_urdu_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


DOPED = Claim(
    "doped",
    "Twelve Pellan swimmers doped with a banned heart drug before the Games",
    (("Pellan",),),
)
DOWNED = Claim("downed", "A Valdorian missile shot down the Norvik airliner", (("Norvik",),))
_CLAIMS = {c.id: c for c in (ILL, SWEETENER, DIPLOMA, DOPED, DOWNED, CALLS)}


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # good health, safe, genuine, an unwitting cause, an innocent account, only once
        ("ill", "صدر Arvel مکمل طور پر صحت مند ہیں، ترجمان نے کہا", ""),
        ("sweetener", "ریگولیٹر نے کہا، Zelmo مٹھاس استعمال کے لیے محفوظ ہے", ""),
        ("diploma", "تحقیقات میں Orvat وزیر کی ڈگری اصلی پائی گئی", ""),
        ("doped", "Pellan تیراکوں کے نمونوں میں دوا آلودہ گوشت سے آئی، فیڈریشن نے کہا", ""),
        ("downed", "Norvik طیارہ حادثہ: تحقیقات میں پتہ چلا کہ طیارہ فنی خرابی کی وجہ سے گرا", ""),
        ("calls", "Valdoria کے صدر نے Kestria کے رہنما سے صرف ایک بار بات کی", ""),
    ],
)
def test_urdu_findings_contradict(claim: str, title: str, summary: str) -> None:
    assert stance(Matcher((_CLAIMS[claim],)), claim, title, summary) == "contradiction"


#: ordinary Persian and Arabic text with words Urdu shares ("تردید": doubt, "مسترد":
#: refunded, "سازش": compromise, "تصدیق": certification) — no Urdu cue may fire on it
OTHER_SCRIPT_TEXT = [
    "بدون تردید این گزارش درست است و هیچ تردیدی وجود ندارد",
    "او در صحت این خبر تردید کرد",
    "وجه بلیت به مسافران مسترد شد و درخواست استرداد پذیرفته شد",
    "سازش با دشمن خیانت است؛ سیاست سازش و مقاومت",
    "متهم به جرم خود اعتراف کرد و اتهام را قبول کرد",
    "حساب جعلی خبرگزاری تصاویر جعلی منتشر کرد",
    "دفتر اسناد رسمی تصدیق امضا را انجام داد و تصدیق کرد",
    "نتیجه آزمایش منفی بود و نمونه‌ها سالم است",
    "حق انتشار محفوظ است و اطلاعات غلط منتشر نشد",
    "مذاکرات سیاسی سازش‌ناپذیر است و انتقام سیاسی",
    "کادر فنی خرابی ورزشگاه را بررسی کرد",
    "پایگاه اصلی پایان یافت و مستند قرار گرفت",
    "صرف قیاس آرایی است؛ دامن کوه صاف است",
    "انتخابات آزادانه و شفاف و منصفانه برگزار شد",
    "أكدت الشرطة أن النتائج سلبية وأن الفحص لم يظهر أي أثر",
    "وزارة الصحة: المنتج آمن ولا ضرر منه على الصحة",
    "Valdoria: Norvik pipeline blast under investigation",
]


def test_urdu_patterns_do_not_read_persian_or_arabic() -> None:
    (urdu,) = [lang for lang in lexicon.LANGUAGES if lang.code == "ur"]
    patterns = [p for kind in urdu.cues.values() for p in kind]
    patterns += list(urdu.grammar.get("negation", ()))
    for text in OTHER_SCRIPT_TEXT:
        folded = fold_aligned(text)
        for p in patterns:
            assert re.search(p, folded) is None, (p, text)


def test_urdu_items_of_persian_words(matcher: Matcher) -> None:
    # "بدون تردید" (without doubt) in a Persian sentence is no denial
    assert stance(matcher, "pipeline", "Valdoria بدون تردید پشت انفجار Norvik است") == "update"
