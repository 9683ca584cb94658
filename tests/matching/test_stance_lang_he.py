"""Stance in Hebrew (he): the cue lists of bot/matching/lexicons/he.toml on sentences
written for these tests, about the made-up affairs of tests/support/stance_claims.py (and
a few claims of our own for good health, safety, genuineness, an unwitting cause, an
innocent account and a counter-fact). Hebrew attaches ו/ה/ש/ב/ל/מ/כ to the next word
("והכחישה", "בדיווח"), and its news text keeps foreign names in Latin letters here: the
matcher has no Hebrew spellings of the made-up names (nor Hebrew news vocabulary), so the
claims' names stand in Latin script."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    CALLS,
    DIPLOMA,
    DOPING,
    ILL,
    LEAK,
    PIPELINE,
    SPYWARE,
    STRAIT,
    SWEETENER,
    stance,
)

from bot.matching import Matcher
from bot.records import Claim


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, DOPING, STRAIT, LEAK))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials: הכחיש / הכחישה / מכחיש / הכחשה, דחה את הטענות, הפריך, הזים, שלל
        ("pipeline", "Valdoria הכחישה את הדיווח על הפיצוץ בצינור Norvik", ""),
        ("pipeline", "משרד החוץ של Valdoria מכחיש כל מעורבות בפיצוץ בצינור Norvik", ""),
        ("pipeline", "Valdoria דחתה בתוקף את הטענות על פיצוץ צינור Norvik", ""),
        ("pipeline", "הצבא של Valdoria הפריך את הדיווחים על חבלה בצינור Norvik", ""),
        ("pipeline", "Valdoria הזימה את הפרסומים על פיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria שוללת כל מעורבות בפיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria פרסמה הכחשה לדיווח על פיצוץ צינור Norvik", ""),
        # a denial after the report, in the same lede
        (
            "pipeline",
            "פיצוץ בצינור הגז Norvik",
            "חוקרים חושדים ביחידת קומנדו של Valdoria. בירת Valdoria הכחישה את הדברים מכל וכל.",
        ),
        # non-involvement
        ("pipeline", "Valdoria: אין לנו כל קשר לפיצוץ בצינור Norvik", ""),
        ("pipeline", "שר ההגנה: Valdoria לא הייתה מעורבת בפיצוץ בצינור Norvik", ""),
        ("pipeline", "השגריר: Valdoria אינה אחראית לפיצוץ בצינור Norvik", ""),
        ("pipeline", "Valdoria לא עומדת מאחורי הפיצוץ בצינור Norvik, אמר הדובר", ""),
        ("pipeline", "Valdoria התנערה מהפיצוץ בצינור Norvik", ""),
        ("pipeline", "אזרח Valdoria שנעצר בפרשת Norvik טוען לחפותו", ""),
        # labels
        ("pipeline", "Valdoria: הדיווחים על פיצוץ צינור Norvik חסרי בסיס", ""),
        ("pipeline", "Valdoria: הסיפור על פיצוץ צינור Norvik הוא שקר גס", ""),
        ("pipeline", "דובר Valdoria על הדיווח בעניין צינור Norvik: פייק ניוז", ""),
        ("pipeline", "Valdoria: הטענות על חבלה בצינור Norvik אינן נכונות", ""),
        ("pipeline", "Valdoria: אין שחר לדיווח על פיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria: לא היו דברים מעולם, צינור Norvik לא פוצץ בידינו", ""),
        ("pipeline", "Valdoria: המסמכים על פיצוץ צינור Norvik מפוברקים", ""),
        # scorn
        ("pipeline", "Valdoria: הדיווחים על צינור Norvik הם תעמולה מערבית זולה", ""),
        ("pipeline", "Valdoria מכנה את ההאשמות בעניין צינור Norvik פרובוקציה", ""),
        ("pipeline", "Valdoria על חקירת צינור Norvik: ציד מכשפות", ""),
        ("pipeline", "Valdoria: ההאשמות בפיצוץ צינור Norvik מגוחכות", ""),
        # correction
        (
            "pipeline",
            "תיקון: בגרסה קודמת של הכתבה נכתב בטעות כי קומנדו של Valdoria פוצץ את צינור Norvik",
            "",
        ),
        # no evidence
        ("pipeline", "החוקרים: אין ראיות למעורבות Valdoria בפיצוץ צינור Norvik", ""),
        ("pipeline", "בשרידי צינור Norvik לא נמצאו עקבות של חומר נפץ מתוצרת Valdoria", ""),
        ("pipeline", "חיילי Valdoria זוכו מכל האישומים בפרשת צינור Norvik", ""),
        # more inflections and kinds
        ("pipeline", "שרי Valdoria מכחישים את הדיווחים על צינור Norvik", ""),
        ("pipeline", "Valdoria ממשיכה להכחיש את מעורבותה בפיצוץ צינור Norvik", ""),
        ("pipeline", "ראשי Valdoria הכחישו כל קשר לפיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria: אנו דוחים מכל וכל את הטענות על צינור Norvik", ""),
        ("pipeline", "Valdoria: הדיווח על צינור Norvik אינו מדויק", ""),
        ("pipeline", "Valdoria: הפרסום על חבלה בצינור Norvik כוזב ומטעה", ""),
        ("pipeline", "Valdoria: הטענות על צינור Norvik הן עלילת שווא", ""),
        ("pipeline", "Valdoria לא קשורה לפיצוץ בצינור Norvik, אמר הנשיא", ""),
        ("pipeline", "Valdoria: איננו מעורבים בפיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria לא לקחה חלק בפיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria אינה מתכוונת לפוצץ את צינור Norvik", ""),
        ("pipeline", "Valdoria: הדיווח על צינור Norvik הוא ניסיון נואש להכפיש אותנו", ""),
        ("pipeline", "Valdoria: הדיווח על צינור Norvik נועד להסיט את תשומת הלב", ""),
        ("pipeline", "Valdoria מטילה ספק בדיווח על צינור Norvik", ""),
        ("pipeline", "Valdoria: הסיפור על צינור Norvik הוא עורבא פרח", ""),
        ("pipeline", "Valdoria: ההאשמות בעניין צינור Norvik מוגזמות", ""),
        ("pipeline", "העיתון מתנצל על הטעות בדיווח על Valdoria וצינור Norvik", ""),
        ("pipeline", "השר מ-Valdoria חזר בו מדבריו על צינור Norvik", ""),
        ("pipeline", "האתר הסיר את הכתבה על קומנדו Valdoria וצינור Norvik", ""),
        ("pipeline", "החוקרים: מעורבות Valdoria בפיצוץ צינור Norvik לא הוכחה", ""),
        ("pipeline", "לא נמצאה כל ראיה לכך ש-Valdoria פוצצה את צינור Norvik", ""),
        ("pipeline", "Valdoria: אין שום עדות לכך שחיילינו היו ליד צינור Norvik", ""),
        ("pipeline", "לא סביר ש-Valdoria פוצצה את צינור Norvik, אומרים מומחים", ""),
        ("leak", "מדענים: אין ראיות שנגיף Quorra דלף ממעבדת Lindqvist", ""),
        ("leak", "מעבדת Lindqvist מכחישה כי נגיף Quorra דלף ממנה", ""),
        ("leak", "מעבדת Lindqvist: הטענות על דליפת Quorra הן תיאוריית קונספירציה", ""),
    ],
)
def test_hebrew_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports
        ("pipeline", "חוקרים חושדים כי קומנדו של Valdoria פוצץ את צינור Norvik", ""),
        ("pipeline", "פיצוץ בצינור Norvik: Valdoria בחשד", "החקירה נמשכת."),
        # confirmations
        ("pipeline", "Valdoria אישרה כי יחידה שלה פעלה ליד צינור Norvik", ""),
        ("pipeline", "קצין בצבא Valdoria הודה במעורבות בפיצוץ צינור Norvik", ""),
        # a denial of something else
        (
            "pipeline",
            "פיצוץ בצינור Norvik: Valdoria בחשד",
            "משרד האנרגיה מכחיש כי מחירי הגז יעלו בחורף.",
        ),
        # a request not to
        ("pipeline", "Valdoria ביקשה מהמשקיעים שלא לבטל חוזים אחרי פיצוץ צינור Norvik", ""),
        # a question
        ("pipeline", "האם Valdoria עומדת מאחורי הפיצוץ בצינור Norvik?", ""),
        # an attribution
        ("pipeline", "מקורות בכירים אומרים כי Valdoria פוצצה את צינור Norvik", ""),
        # not a denial: "did not deny", "no comment", "not only"
        ("pipeline", "Valdoria לא הכחישה את הדיווח על פיצוץ צינור Norvik", ""),
        ("pipeline", "דובר Valdoria לא הגיב לפניית הכתב בעניין צינור Norvik", ""),
        ("leak", "החוקרים בודקים אם נגיף Quorra דלף ממעבדת Lindqvist", ""),
        ("leak", "הדיווח על דליפת Quorra ממעבדת Lindqvist מעורר סערה", ""),
        # a conditional, "not only", "no doubt", a description of propaganda, an
        # accusation of lying, a postponement, an amendment, "wins a prize", thanks
        (
            "pipeline",
            "אם יתברר כי Valdoria לא הייתה מעורבת בפיצוץ צינור Norvik, הסנקציות יוסרו",
            "",
        ),
        ("pipeline", "Valdoria לא רק פוצצה את צינור Norvik אלא גם איימה", ""),
        ("pipeline", "אין ספק כי Valdoria פוצצה את צינור Norvik, אומר השר", ""),
        ("pipeline", "מסע תעמולה של Valdoria אחרי פיצוץ צינור Norvik", ""),
        ("pipeline", "סרטון תעמולה של Valdoria מציג את פיצוץ צינור Norvik", ""),
        ("pipeline", "Norvik האשימה את Valdoria בהפצת שקרים על הפיצוץ בצינור", ""),
        ("pipeline", "Valdoria דחתה את הבחירות בשל פיצוץ צינור Norvik", ""),
        ("pipeline", "הכנסת אישרה תיקון לחוק בעקבות פיצוץ צינור Norvik ו-Valdoria", ""),
        ("pipeline", "שחקן מ-Valdoria זוכה בפרס על סרט על צינור Norvik", ""),
        ("pipeline", "Valdoria מודה לשכנותיה על העזרה אחרי פיצוץ צינור Norvik", ""),
        ("pipeline", "Valdoria הודתה כי חייליה פוצצו את צינור Norvik", ""),
        ("pipeline", "Valdoria אינה מוכנה להכחיש את מעורבותה בפיצוץ צינור Norvik", ""),
        ("pipeline", "מה שקרה בצינור Norvik: Valdoria אחראית, אומרים החוקרים", ""),
        ("pipeline", "Valdoria: לא מעט חיילים נפגעו בפיצוץ צינור Norvik", ""),
    ],
)
def test_hebrew_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


DOPED = Claim(
    "doped",
    "Twelve Pellan swimmers doped with a banned heart drug before the Games",
    (("Pellan", "Pella"),),
)
DOWNED = Claim("downed", "A Valdorian missile shot down the Norvik airliner", (("Norvik",),))
_CLAIMS = {c.id: c for c in (ILL, SWEETENER, DIPLOMA, DOPED, DOWNED, CALLS)}


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # good health, safe, genuine, an unwitting cause, an innocent account, only once
        ("ill", "הנשיא Arvel בריא ושלם, אמר דוברו", ""),
        ("sweetener", "הרגולטור: ממתיק Zelmo בטוח לשימוש", ""),
        ("diploma", "הבדיקה העלתה כי התעודה של השר Orvat נמצאה אמיתית", ""),
        ("doped", "השחיינים של Pellan נחשפו לחומר בשוגג דרך מזון מזוהם", ""),
        ("downed", "מטוס Norvik התרסק בשל תקלה טכנית, קבעו החוקרים", ""),
        ("calls", "נשיא Valdoria שוחח עם מנהיג Kestria רק פעם אחת", ""),
        ("ill", "לשכת הנשיא: מצבו של Arvel טוב", ""),
        ("ill", "הנשיא Arvel חזר לעבודה במשרדו, אמר דוברו", ""),
        ("sweetener", "משרד הבריאות: ממתיק Zelmo אינו מהווה סכנה לבריאות", ""),
        ("sweetener", "ממתיק Zelmo עומד בכל התקנים, קבעה הרשות", ""),
        ("doped", "בדיקות השחיינים של Pellan יצאו שליליות", ""),
        ("doped", "השחיינים של Pellan בלעו את החומר שלא במתכוון", ""),
        ("downed", "החוקרים: מטוס Norvik נפגע מלהקת ציפורים", ""),
    ],
)
def test_hebrew_findings_contradict(claim: str, title: str, summary: str) -> None:
    assert stance(Matcher((_CLAIMS[claim],)), claim, title, summary) == "contradiction"


def test_hebrew_patterns_stay_in_their_script(matcher: Matcher) -> None:
    # Hebrew cues never fire on Latin text; and words that are a prefix plus another
    # word ("שקרה", that happened; "מזימה", a plot) are no cues
    assert stance(matcher, "pipeline", "Valdoria: Norvik pipeline blast under investigation") == (
        "update"
    )
    assert stance(matcher, "pipeline", "מה שקרה בצינור Norvik: Valdoria בחשד") == "update"
    assert stance(matcher, "pipeline", "מזימה של Valdoria? הפיצוץ בצינור Norvik") == "update"


def test_hebrew_niqqud_is_read_as_plain_letters(matcher: Matcher) -> None:
    assert (
        stance(matcher, "pipeline", "Valdoria הִכְחִישָׁה אֶת הַדִּיוּוּחַ על צינור Norvik") == "contradiction"
    )
