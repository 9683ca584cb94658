"""Multilingual cue words for stance, and concept tables for terms (English, Russian,
Ukrainian, German, Polish, Chinese).

Patterns are matched against folded sentence text (see `bot.text.fold`: casefolded,
accents stripped — write ä as a, й as и, ї as і). Stems are matched as word prefixes,
Chinese stems as substrings.
"""

from __future__ import annotations

from typing import Final, Literal

CueKind = Literal["denial", "label", "correction", "counter"]

#: denial verbs: the claim must be in what follows the cue (the thing denied)
DENIAL: Final[tuple[str, ...]] = (
    # English
    r"\bden(?:y|ies|ied|ying|ial|ials)\b",
    r"\bdismiss(?:es|ed|ing)?\b",
    r"\breject(?:s|ed|ing)?\b",
    r"\brefut(?:e|es|ed|ing)\b",
    r"\brebut(?:s|ted|ting)?\b",
    r"\bdebunk(?:s|ed|ing)?\b",
    r"\bpush(?:es|ed)? back (?:on|against)\b",
    r"\bshot down\b|\bshoots down\b|\bhit(?:s|ting)? back (?:at|against)\b",
    r"\bbrush(?:es|ed)? (?:off|aside)\b",
    # Russian
    r"\bопроверг\w*",
    r"\bопровержени\w*",
    r"\bотрица\w*",
    r"\bотверг\w*",
    r"\bоткрестил\w*",
    # Ukrainian
    r"\bзаперечу\w*|\bзаперечи\w*|\bзаперечення\b",
    r"\bспростов\w*",
    r"\bвідкида\w*|\bвідкину\w*",
    # German
    r"\bdementi\w*",
    r"\bweis(?:t|en)?\b.{0,120}?\bzuruck\b",
    r"\bwies(?:en)?\b.{0,120}?\bzuruck\b",
    r"\bzuruckgewiesen\b|\bzuruckweis\w*",
    r"\bbestreit\w*|\bbestritt\w*",
    # Polish
    r"\bzaprzecz\w*",
    r"\bdementu\w*",
    r"\bodrzuc\w*",
    r"\bdemento\w*",
    # Chinese
    r"否认|驳斥|辟谣|驳回|否定",
)

#: falsehood labels: the claim (or "the report") anywhere in the sentence
LABEL: Final[tuple[str, ...]] = (
    r"\buntrue\b|\bnot true\b|\bfalse(?:ly|hoods?)?\b|\bbaseless\b|\bgroundless\b",
    r"\bunfounded\b|\bfabricat\w*|\bmade[- ]up\b|\bdisinformation\b|\bmisinformation\b",
    r"\bhoax(?:es)?\b|\bsmear(?:s|ed)?\b|\bfake news\b|\bfake\b|\babsurd\w*",
    r"\b(?:a|another|the|big|outright|blatant|total|complete|pure) lie\b",
    r"\bnonsense\b|\blies\b|\blying\b|\bbogus\b|\bincorrect\b|\binaccurate\b",
    r"\b(?:is|was|are|were|got it|proved|proven) wrong\b|\berroneous\b|\bno truth\b",
    r"\bconspiracy theor\w*|\bnot based (?:on|in) fact\w*|\bwithout (?:any )?foundation\b",
    r"\bnever (?:happened|took place|occurred|existed)\b",
    r"\b(?:did|has|have|had) ?n(?:o|')t (?:happen|take place|occur)\w*",
    # Russian / Ukrainian
    r"\bнеправд\w*|\bлож(?:ь|ью|и)\b|\bложн\w*|\bлживы\w*|\bфеик\w*|\bдезинформаци\w*",
    r"\bвыдумк\w*|\bвымыс\w*|\bвымысл\w*|\bчушь\b|\bабсурд\w*|\bне соответству\w* действительност\w*",
    r"\bбрехн\w*|\bбрехлив\w*|\bдезінформаці\w*|\bвигадк\w*|\bнісенітниц\w*",
    r"\bне відповіда\w* дійсност\w*|\bнеправдив\w*",
    # German
    r"\bfalsch\w*|\bnicht wahr\b|\bunwahr\w*|\bluge\w*|\berfunden\w*|\bdesinformation\b",
    r"\bunsinn\b|\bhaltlos\w*|\bfalschmeldung\w*|\bfake news\b",
    # Polish
    r"\bnieprawd\w*|\bklamstw\w*|\bfalszyw\w*|\bdezinformacj\w*|\bbzdur\w*|\bnieprawdziw\w*",
    r"\bwymysl\w*|\bpomowieni\w*",
    # Chinese
    r"不实|虚假|谣言|假新闻|捏造|荒谬|不属实|无稽之谈|造谣|假消息|并不属实|不是真的",
)

#: corrections and retractions
CORRECTION: Final[tuple[str, ...]] = (
    r"\bretract\w*|\bwalk(?:s|ed|ing)? back\b|\bcorrect(?:ed|ion|ions)\b|\bbacktrack\w*",
    r"\badmit\w* (?:\w+ ){0,3}(?:mistake|error|wrong)\w*|\b(?:was|were|had been|is) mistaken\b",
    r"\bmisstat\w*|\bset the record straight\b|\berratum\b|\bwithdr[ae]w\w* (?:the|his|her|its)\b",
    r"\bопровержени\w*|\bпризнал\w* ошибк\w*|\bошиб(?:ся|лась|лись)\b|\bотозвал\w*",
    r"\bвиправ\w*|\bвизна\w* помилк\w*|\bпомил(?:ився|илася|илися)\b",
    r"\bkorrigiert\w*|\bkorrektur\b|\bberichtig\w*|\bzuruckgezogen\b|\birrtum\w*",
    r"\bsprostowani\w*|\bsprostowa\w*|\bprzyznal\w* sie do bledu\b|\bpomylil\w*",
    r"更正|撤回|纠正|致歉",
)

#: counter-facts and alternative explanations
COUNTER: Final[tuple[str, ...]] = (
    r"\bonly (?:one|once|a single|one time)\b|\bjust (?:one|once)\b|\bone and only\b",
    r"\bsingle (?:conversation|call|contact|meeting|phone call|time)\b|\bspoke once\b",
    r"\bonly (?:\w+ ){1,2}?(?:once|one time)\b",
    r"\b(?:spoken|spoke|talked|met|called|phoned) (?:\w+ ){0,3}?once(?=\s*(?:[.,;:!?)]|$))",
    r"\b(?:has|have|had|with) no (?:licen[cs]e|permit|permission|authori[sz]ation)\b",
    r"\black(?:s|ed|ing)? (?:a |the |any )?(?:licen[cs]e|permit|permission|authori[sz]ation)\b",
    r"\bwithout (?:a |any )?(?:licen[cs]e|permit|permission|authori[sz]ation)\b",
    r"\bnot licen[cs]ed\b|\bdoes ?n[o']t operate\b|\bnot available\b|\bunavailable\b",
    r"\bhas ?n[o']t (?:yet )?reached\b|\bnever (?:been )?(?:activated|enabled|available)\b",
    r"\bconfirm\w*\b.{0,200}?\bbut (?:said|says|added|insisted|stressed|noted|denied)\b",
    r"\bединственн\w* (?:раз|разговор\w*|беседа|звонок|контакт\w*)",
    r"\bтолько (?:один|одна|однажды|раз)\b|\bлишь (?:один|одна|однажды|раз)\b",
    r"\bвсего (?:один|одна|раз)\b|\bединожды\b",
    r"\bєдин\w* (?:раз|розмов\w*|дзвін\w*|контакт\w*)|\bлише (?:один|одна|одного|раз)\b",
    r"\bтільки (?:один|одна|одного|раз)\b",
    r"\bnur (?:ein|eine|einmal|einem)\w*\b|\beinzig\w* (?:gesprach|telefonat|kontakt|mal)\w*",
    r"\btylko (?:jed\w*|raz)\b|\bjedyn\w* (?:rozmow\w*|raz|kontakt\w*)",
    r"唯一一次|只有一次|仅有一次|仅一次|只通过一次|只打过一次|只进行过一次|仅通话一次",
)

#: negation words (English and the five languages)
NEGATION: Final[str] = (
    r"(?:\b(?:not|never|no longer|nor|no)\b|n't\b"
    r"|\b(?:не|ни|никогда|ніколи|нет|немає|nicht|nie|niemals|kein\w*|nigdy|zadn\w*)\b"
    r"|没有|没|未|从未|并未|不曾|不)"
)

#: words skipped between a negation and the verb it negates
NEG_SKIP: Final[frozenset[str]] = frozenset(
    "be been being ever even yet directly personally actually really have has had any "
    "ever, once the a an that this in with о об с з mit z за".split()
)
#: German negations: the negated verb may stand at the clause end ("hat nie mit ihm gesprochen")
NEG_GERMAN: Final[frozenset[str]] = frozenset(
    "nicht nie niemals kein keine keinen keinem keiner".split()
)
#: German function words: a sentence with one is German ("nie" is also Polish)
GERMAN_HINTS: Final[frozenset[str]] = frozenset(
    "der die das dem den des und mit hat habe haben hatte ist sind war wurde wurden sich "
    "er es ein eine einen einem sagt sagte laut uber von zu auch".split()
)

#: light verbs whose object carries the negated action ("had no contact", "did not hold talks")
NEG_LIGHT: Final[frozenset[str]] = frozenset(
    "have has had hold held make made maintain maintained conduct conducted".split()
)

#: references to "the report" — a denial of those concerns the claim
REPORT_REF: Final[tuple[str, ...]] = (
    "report",
    "reports",
    "reporting",
    "reported",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "article",
    "story",
    "stories",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "speculation",
    "assertion",
    "assertions",
    "information",
    "it",
    "this",
    "сообщени",
    "доклад",
    "стать",
    "публикаци",
    "утверждени",
    "обвинени",
    "информаци",
    "слух",
    "повідомлен",
    "доповід",
    "статт",
    "публікаці",
    "твердженн",
    "звинувачен",
    "інформаці",
    "bericht",
    "meldung",
    "behauptung",
    "vorwurf",
    "vorwurfe",
    "artikel",
    "doniesieni",
    "raport",
    "artykul",
    "twierdzeni",
    "zarzut",
    "informacj",
    "报道",
    "说法",
    "消息",
    "指控",
    "传闻",
)
#: words after a bare "report" that do not make it about another topic ("denies WSJ report in …")
REPORT_TAIL_OK: Final[frozenset[str]] = frozenset(
    "in by from published carried as which and saying calling citing on that's , . ; : "
    "wednesday tuesday monday thursday friday saturday sunday".split()
)

#: concepts with stems in the five other languages; an English word of the claim pulls them in
CONCEPTS: Final[dict[str, tuple[str, ...]]] = {
    "talk": (
        "разговор",
        "разговарива",
        "переговор",
        "контакт",
        "общал",
        "общени",
        "общае",
        "общаю",
        "общат",
        "пообща",
        "созван",
        "переписк",
        "звон",
        "созвон",
        "телефон",
        "связ",
        "беседова",
        "бесед",
        "говорил",
        "розмов",
        "перемов",
        "спілкув",
        "спілкуван",
        "спілкую",
        "спілкує",
        "поспілку",
        "дзвін",
        "дзвон",
        "говорив",
        "gesprach",
        "gesproch",
        "sprach",
        "telefon",
        "kontakt",
        "kontakc",
        "unterhalt",
        "kommuni",
        "verbindung",
        "rozmow",
        "rozmawia",
        "telefon",
        "komunik",
        "dzwoni",
        "powiaza",
        "通话",
        "谈话",
        "交谈",
        "对话",
        "会谈",
        "联系",
        "接触",
        "电话",
        "沟通",
        "交流",
    ),
    "secret": ("тайн", "секрет", "таємн", "geheim", "tajn", "sekret", "秘密", "私下"),
    "activate": (
        "активир",
        "включ",
        "подключ",
        "предостав",
        "активу",
        "увімкн",
        "вмика",
        "підключ",
        "надава",
        "aktivier",
        "freischalt",
        "einschalt",
        "bereitstell",
        "verfugbar",
        "aktyw",
        "wlacz",
        "udostep",
        "启用",
        "激活",
        "开通",
        "提供",
        "服务",
        "开放",
    ),
    "deactivate": (
        "отключ",
        "выключ",
        "деактив",
        "блокир",
        "отказ",
        "вимкн",
        "вимика",
        "відключ",
        "блокув",
        "відмов",
        "abgeschalt",
        "abschalt",
        "ausgeschalt",
        "abgestellt",
        "deaktiv",
        "blockier",
        "gesperrt",
        "verweiger",
        "wylacz",
        "dezaktyw",
        "zablok",
        "odmow",
        "关闭",
        "停用",
        "切断",
        "断开",
        "屏蔽",
        "拒绝",
    ),
    "attack": (
        "атак",
        "удар",
        "дрон",
        "беспилот",
        "флот",
        "подлод",
        "корабл",
        "безпілот",
        "підвод",
        "angriff",
        "drohne",
        "flotte",
        "kriegsschiff",
        "atak",
        "dron",
        "flot",
        "okret",
        "袭击",
        "攻击",
        "无人机",
        "舰队",
        "潜艇",
        "军舰",
    ),
    "ask": (
        "проси",
        "просьб",
        "проха",
        "прохан",
        "gebeten",
        "bitte",
        "aufgefordert",
        "prosi",
        "prosb",
        "要求",
        "请求",
    ),
    "coverage": ("покрыт", "покритт", "abdeckung", "zasieg", "覆盖"),
}

#: English irregular verbs: a context word in one of these stands for all of its forms
#: (regular endings are found by inflection already)
VERB_FORMS: Final[tuple[tuple[str, ...], ...]] = (
    ("speak", "speaks", "speaking", "spoke", "spoken"),
    ("meet", "meets", "meeting", "met"),
    ("hold", "holds", "holding", "held"),
    ("tell", "tells", "telling", "told"),
    ("write", "writes", "writing", "wrote", "written"),
    ("ring", "rings", "ringing", "rang", "rung"),
    ("shut", "shuts", "shutting"),
    ("cut", "cuts", "cutting"),
    ("turn off", "turns off", "turning off", "turned off"),
    ("switch off", "switches off", "switching off", "switched off"),
    ("shut off", "shuts off", "shutting off"),
    ("cut off", "cuts off", "cutting off"),
)

#: English stems of each concept (irregular forms included): they detect the concept in a
#: claim, and stand for it in English negations
CONCEPT_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    "talk": (
        "talk",
        "speak",
        "spoke",
        "spoken",
        "convers",
        "contact",
        "communicat",
        "call",
        "phone",
        "tie",
        "discuss",
        "chat",
    ),
    "secret": ("secret",),
    "activate": ("activat", "enabl", "provid", "servic", "operat", "avail"),
    "deactivate": (
        "deactivat",
        "disabl",
        "turn",
        "switch",
        "shut",
        "cut",
        "refus",
        "withh",
        "block",
    ),
    "attack": ("attack", "drone", "fleet", "submarine", "strike", "navy", "warship"),
    "ask": ("ask", "request", "favo"),
    "coverage": ("coverage",),
}
