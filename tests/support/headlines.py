"""Headlines for the stance tests across languages (tests/matching/test_stance_languages.py):
the common ways each built-in language puts a denial, a negated action, scorn, a
retraction, non-involvement, and what is no contradiction. Claims and names of our own
(the Norvik pipeline, Valdoria), written before the bot ran on them."""

from __future__ import annotations

# the common ways a denial of an affair is headlined, in each built-in language (claims and
# names of our own: Norvik, Valdoria)
DENIAL_HEADLINES = {
    "en": [
        "Valdoria denies blowing up the Norvik pipeline",
        "Valdoria rejects claims it sabotaged Norvik",
        "Valdoria calls Norvik report 'fabricated'",
        "Valdoria: Norvik sabotage claims are baseless",
        "Valdoria says it had no role in Norvik blast",
        "Valdoria dismisses Norvik allegations as nonsense",
        "No evidence Valdoria behind Norvik blast, investigators say",
        "Valdoria brands Norvik report a lie",
        "Valdoria insists it was not involved in Norvik sabotage",
        "Valdoria refutes Norvik accusations",
    ],
    "de": [
        "Valdoria bestreitet Beteiligung an Norvik-Anschlag",
        "Valdoria weist Norvik-Vorwürfe zurück",
        "Valdoria dementiert Bericht über Norvik-Sabotage",
        "Valdoria nennt Norvik-Bericht 'erfunden'",
        "Valdoria: Vorwürfe zu Norvik sind haltlos",
        "Valdoria hat nichts mit dem Norvik-Anschlag zu tun",
        "Keine Beweise für Valdorias Rolle bei Norvik",
        "Valdoria streitet Norvik-Sabotage ab",
        "Valdoria spricht von Lügen im Fall Norvik",
        "Valdoria widerspricht Norvik-Bericht",
    ],
    "fr": [
        "La Valdorie dément avoir saboté Norvik",
        "La Valdorie rejette les accusations sur Norvik",
        "La Valdorie nie toute implication dans l'explosion de Norvik",
        "Norvik : la Valdorie dénonce des accusations infondées",
        "La Valdorie qualifie de mensonge le rapport sur Norvik",
        "Norvik : aucune preuve contre la Valdorie",
        "La Valdorie n'a rien à voir avec le sabotage de Norvik",
        "La Valdorie réfute les allégations sur Norvik",
        "Norvik : la Valdorie parle de fake news",
        "La Valdorie conteste le rapport sur Norvik",
    ],
    "es": [
        "Valdoria niega haber volado el gasoducto Norvik",
        "Valdoria rechaza las acusaciones sobre Norvik",
        "Valdoria desmiente el informe sobre Norvik",
        "Valdoria califica de falso el informe sobre Norvik",
        "Norvik: Valdoria dice que no tuvo nada que ver",
        "No hay pruebas contra Valdoria por Norvik",
        "Valdoria tacha de mentira el informe sobre Norvik",
        "Valdoria niega cualquier implicación en Norvik",
        "Valdoria: las acusaciones sobre Norvik son infundadas",
        "Valdoria refuta el informe sobre Norvik",
    ],
    "it": [
        "La Valdoria nega di aver fatto saltare il gasdotto Norvik",
        "La Valdoria respinge le accuse su Norvik",
        "La Valdoria smentisce il rapporto su Norvik",
        "Norvik, la Valdoria: accuse infondate",
        "La Valdoria definisce falso il rapporto su Norvik",
        "Nessuna prova contro la Valdoria per Norvik",
        "La Valdoria non ha nulla a che fare con Norvik",
        "La Valdoria: su Norvik solo bugie",
        "La Valdoria nega ogni coinvolgimento nel sabotaggio di Norvik",
        "La Valdoria contesta il rapporto su Norvik",
    ],
    "pt": [
        "Valdória nega ter explodido o gasoduto Norvik",
        "Valdória rejeita acusações sobre Norvik",
        "Valdória desmente relatório sobre Norvik",
        "Valdória chama de falso o relatório sobre Norvik",
        "Norvik: Valdória diz que não teve nada a ver",
        "Não há provas contra Valdória no caso Norvik",
        "Valdória nega qualquer envolvimento em Norvik",
        "Valdória: acusações sobre Norvik são infundadas",
        "Valdória refuta relatório sobre Norvik",
        "Valdória classifica como mentira o relatório sobre Norvik",
    ],
    "ru": [
        "Валдория опровергла причастность к подрыву Norvik",
        "Валдория отвергла обвинения по Norvik",
        "Валдория назвала доклад о Norvik фейком",
        "Валдория: обвинения по Norvik беспочвенны",
        "Валдория не имеет отношения к подрыву Norvik",
        "Нет доказательств причастности Валдории к Norvik",
        "Валдория отрицает участие в диверсии на Norvik",
        "Валдория назвала ложью сообщения о Norvik",
        "Валдория опровергает доклад о Norvik",
        "В Валдории назвали абсурдом обвинения по Norvik",
    ],
    "uk": [
        "Валдорія заперечила причетність до підриву Norvik",
        "Валдорія відкинула звинувачення щодо Norvik",
        "Валдорія назвала доповідь про Norvik фейком",
        "Валдорія: звинувачення щодо Norvik безпідставні",
        "Валдорія не має стосунку до підриву Norvik",
        "Немає доказів причетності Валдорії до Norvik",
        "Валдорія спростувала повідомлення про Norvik",
        "Валдорія назвала брехнею повідомлення про Norvik",
    ],
    "pl": [
        "Valdoria zaprzecza udziałowi w wysadzeniu Norvik",
        "Valdoria odrzuca oskarżenia w sprawie Norvik",
        "Valdoria dementuje doniesienia o Norvik",
        "Valdoria: zarzuty ws. Norvik są bezpodstawne",
        "Valdoria nie ma nic wspólnego z wysadzeniem Norvik",
        "Brak dowodów na udział Valdorii w ataku na Norvik",
        "Valdoria nazywa raport o Norvik kłamstwem",
        "Valdoria zdementowała doniesienia o sabotażu Norvik",
    ],
    "tr": [
        "Valdorya, Norvik sabotajını yalanladı",
        "Valdorya Norvik iddialarını reddetti",
        "Valdorya: Norvik iddiaları asılsız",
        "Valdorya'nın Norvik saldırısıyla ilgisi yok",
        "Norvik: Valdorya'ya karşı kanıt yok",
        "Valdorya Norvik raporunu yalan olarak nitelendirdi",
        "Valdorya, Norvik patlamasıyla bağlantısı olmadığını açıkladı",
    ],
    "ar": [
        "فالدوريا تنفي تفجير خط أنابيب Norvik",
        "فالدوريا ترفض الاتهامات بشأن Norvik",
        "فالدوريا: الاتهامات بشأن Norvik لا أساس لها",
        "فالدوريا تصف تقرير Norvik بأنه كاذب",
        "لا دليل على تورط فالدوريا في تفجير Norvik",
        "فالدوريا تنفي أي علاقة لها بتفجير Norvik",
    ],
    "zh": [
        "Valdoria否认炸毁Norvik管道",
        "Valdoria驳斥有关Norvik的指控",
        "Valdoria称Norvik报道是捏造的",
        "Valdoria：关于Norvik的指控毫无根据",
        "没有证据表明Valdoria参与Norvik爆炸",
        "Valdoria称与Norvik爆炸无关",
    ],
}

# a negated claim action, a withdrawn story and a search that found nothing, in each
# built-in language
ACTION_RETRACTION_TRACE = {
    "en": [
        "Valdoria did not blow up the Norvik pipeline, officials say",
        "Newspaper retracts story on Valdoria and Norvik",
        "Correction: Norvik report wrongly named Valdoria",
        "Investigators found no trace of Valdorian explosives at Norvik",
    ],
    "de": [
        "Valdoria hat die Norvik-Pipeline nicht gesprengt",
        "Zeitung zieht Bericht über Valdoria und Norvik zurück",
        "Korrektur: Norvik-Bericht nannte Valdoria fälschlich",
    ],
    "fr": [
        "La Valdorie n'a pas fait sauter le gazoduc Norvik",
        "Le journal retire son article sur la Valdorie et Norvik",
        "Rectificatif : l'article sur Norvik citait à tort la Valdorie",
        "Les enquêteurs n'ont trouvé aucune trace d'explosifs valdoriens à Norvik",
    ],
    "es": [
        "Valdoria no voló el gasoducto Norvik, dicen fuentes oficiales",
        "El diario retira su artículo sobre Valdoria y Norvik",
        "Fe de errores: el informe sobre Norvik citó por error a Valdoria",
        "Los investigadores no hallaron rastro de explosivos valdorianos en Norvik",
    ],
    "it": [
        "La Valdoria non ha fatto saltare il gasdotto Norvik",
        "Il giornale ritira l'articolo su Valdoria e Norvik",
        "Rettifica: l'articolo su Norvik citava erroneamente la Valdoria",
        "Gli investigatori non hanno trovato traccia di esplosivi valdoriani a Norvik",
    ],
    "pt": [
        "A Valdória não explodiu o gasoduto Norvik, dizem autoridades",
        "Jornal retira reportagem sobre Valdória e Norvik",
        "Correção: a reportagem sobre Norvik citou erroneamente a Valdória",
        "Investigadores não encontraram vestígios de explosivos da Valdória em Norvik",
    ],
    "ru": [
        "Валдория не взрывала газопровод Norvik",
        "Газета отозвала статью о Валдории и Norvik",
        "Поправка: в статье о Norvik ошибочно упоминалась Валдория",
        "Следователи не нашли следов валдорийской взрывчатки на Norvik",
    ],
    "uk": [
        "Валдорія не підривала газопровід Norvik",
        "Газета відкликала статтю про Валдорію і Norvik",
        "Слідчі не знайшли слідів валдорійської вибухівки на Norvik",
    ],
    "pl": [
        "Valdoria nie wysadziła gazociągu Norvik",
        "Gazeta wycofuje artykuł o Valdorii i Norvik",
    ],
    "tr": [
        "Valdorya, Norvik boru hattını patlatmadı",
        "Gazete, Valdorya ve Norvik haberini geri çekti",
        "Müfettişler Norvik'te Valdorya'ya ait patlayıcı izine rastlamadı",
    ],
    "ar": [
        "فالدوريا لم تفجر خط أنابيب Norvik",
        "الصحيفة تسحب تقريرها عن فالدوريا و Norvik",
        "المحققون لم يعثروا على أي أثر لمتفجرات فالدوريا في Norvik",
    ],
    "zh": [
        "Valdoria并未炸毁Norvik管道",
        "报纸撤回有关Valdoria和Norvik的报道",
        "调查人员在Norvik未发现Valdoria炸药痕迹",
    ],
}

# scorn in each built-in language
SCORN_HEADLINES = {
    "en": [
        "Valdoria calls Norvik sabotage report 'a provocation'",
        "Valdoria: Norvik allegations are Western propaganda",
        "Valdoria says Norvik claims are absurd",
        "Valdoria slams 'politically motivated' Norvik report",
        "Valdoria: the Norvik story is a smear campaign",
    ],
    "de": [
        "Valdoria nennt Norvik-Bericht eine Provokation",
        "Valdoria: Norvik-Vorwürfe sind Propaganda",
        "Valdoria bezeichnet Norvik-Vorwürfe als absurd",
        "Valdoria spricht von politisch motivierten Norvik-Vorwürfen",
    ],
    "fr": [
        "La Valdorie qualifie de provocation le rapport sur Norvik",
        "Norvik : la Valdorie dénonce une propagande occidentale",
        "La Valdorie juge absurdes les accusations sur Norvik",
        "Norvik : la Valdorie dénonce une campagne de dénigrement",
    ],
    "es": [
        "Valdoria califica de provocación el informe sobre Norvik",
        "Valdoria: las acusaciones sobre Norvik son propaganda",
        "Valdoria tacha de absurdas las acusaciones sobre Norvik",
        "Valdoria denuncia una campaña de desprestigio por Norvik",
    ],
    "it": [
        "La Valdoria definisce una provocazione il rapporto su Norvik",
        "Valdoria: le accuse su Norvik sono propaganda",
        "La Valdoria giudica assurde le accuse su Norvik",
    ],
    "pt": [
        "Valdória chama de provocação o relatório sobre Norvik",
        "Valdória: acusações sobre Norvik são propaganda",
        "Valdória considera absurdas as acusações sobre Norvik",
    ],
    "ru": [
        "Валдория назвала доклад о Norvik провокацией",
        "В Валдории назвали обвинения по Norvik пропагандой",
        "Валдория назвала абсурдными обвинения по Norvik",
    ],
    "uk": [
        "Валдорія назвала доповідь про Norvik провокацією",
        "Валдорія: звинувачення щодо Norvik — пропаганда",
    ],
    "pl": [
        "Valdoria nazywa raport o Norvik prowokacją",
        "Valdoria: zarzuty ws. Norvik to propaganda",
        "Valdoria: oskarżenia ws. Norvik są absurdalne",
    ],
    "tr": [
        "Valdorya Norvik raporunu provokasyon olarak nitelendirdi",
        "Valdorya: Norvik iddiaları kara propaganda",
    ],
    "ar": ["فالدوريا تصف تقرير Norvik بأنه استفزاز"],
    "zh": ["Valdoria称Norvik报告是挑衅", "Valdoria称有关Norvik的指控是政治宣传"],
}

# a confirmation, a denial of another matter, a ruling on someone's case: updates
NOT_CONTRADICTIONS = {
    "en": [
        "Valdoria admits it blew up the Norvik pipeline",
        "Insurer denies it raised premiums after Norvik blast by Valdoria",
        "Court rejects Valdorian minister's libel suit over Norvik report",
    ],
    "de": ["Valdoria gibt Sprengung der Norvik-Pipeline zu"],
    "fr": [
        "La Valdorie reconnaît avoir fait sauter le gazoduc Norvik",
        "Le tribunal rejette la plainte en diffamation du ministre valdorien sur Norvik",
    ],
    "es": [
        "Valdoria admite haber volado el gasoducto Norvik",
        "El tribunal rechaza la demanda del ministro de Valdoria por el informe sobre Norvik",
    ],
    "ru": ["Валдория признала, что взорвала газопровод Norvik"],
    "it": ["La Valdoria ammette di aver fatto saltare il gasdotto Norvik"],
}

# a denial in the lede that refers back to the headline's report ("Valdoria denies it.")
REFERRING_BACK = [
    ("en", "Report: Valdorian team blew up Norvik", "Valdoria denies it."),
    (
        "en",
        "Report: Valdorian team blew up Norvik",
        "The government in Valdoria rejected the allegations.",
    ),
    ("de", "Bericht: Valdorianisches Team sprengte Norvik", "Valdoria bestreitet das."),
    ("de", "Bericht: Valdoria sprengte Norvik", "Die Regierung wies die Vorwürfe zurück."),
    ("fr", "Selon un rapport, la Valdorie a fait sauter Norvik", "La Valdorie dément."),
    (
        "fr",
        "Selon un rapport, la Valdorie a fait sauter Norvik",
        "Le gouvernement a rejeté ces accusations.",
    ),
    ("es", "Según un informe, Valdoria voló el gasoducto Norvik", "Valdoria lo niega."),
    (
        "es",
        "Según un informe, Valdoria voló el gasoducto Norvik",
        "El gobierno rechazó las acusaciones.",
    ),
    ("it", "Secondo un rapporto la Valdoria ha fatto saltare Norvik", "La Valdoria smentisce."),
    (
        "it",
        "Secondo un rapporto la Valdoria ha fatto saltare Norvik",
        "Il governo ha respinto le accuse.",
    ),
    ("pt", "Segundo relatório, Valdória explodiu o gasoduto Norvik", "Valdória nega."),
    (
        "pt",
        "Segundo relatório, Valdória explodiu o gasoduto Norvik",
        "O governo rejeitou as acusações.",
    ),
    ("ru", "Доклад: Валдория взорвала газопровод Norvik", "В Валдории это опровергли."),
    ("ru", "Доклад: Валдория взорвала газопровод Norvik", "Правительство отвергло эти обвинения."),
    ("uk", "Доповідь: Валдорія підірвала газопровід Norvik", "У Валдорії це заперечили."),
    ("pl", "Raport: Valdoria wysadziła gazociąg Norvik", "Valdoria zaprzecza."),
    ("pl", "Raport: Valdoria wysadziła gazociąg Norvik", "Rząd odrzucił te oskarżenia."),
    ("tr", "Rapor: Norvik boru hattını Valdorya patlattı", "Valdorya bunu yalanladı."),
    ("ar", "تقرير: فالدوريا فجرت خط أنابيب Norvik", "فالدوريا تنفي ذلك."),
    ("zh", "报告：Valdoria炸毁了Norvik管道", "Valdoria予以否认。"),
]

# non-involvement in each built-in language ("had no role", "se desvincula", "не причастна")
NON_INVOLVEMENT = {
    "en": [
        "Valdoria had no role in the Norvik explosions, its minister says",
        "Valdoria was not involved in the Norvik sabotage",
        "Valdoria says it has no connection to the Norvik blast",
    ],
    "de": [
        "Valdoria war nicht an der Norvik-Sabotage beteiligt",
        "Valdoria: keine Rolle bei den Norvik-Explosionen",
        "Valdoria weist jede Verantwortung für Norvik von sich",
    ],
    "fr": [
        "La Valdorie n'a joué aucun rôle dans les explosions de Norvik",
        "La Valdorie n'est pas impliquée dans le sabotage de Norvik",
        "La Valdorie se dit étrangère au sabotage de Norvik",
    ],
    "es": [
        "Valdoria no tuvo ningún papel en las explosiones de Norvik",
        "Valdoria no estuvo implicada en el sabotaje de Norvik",
        "Valdoria se desvincula del sabotaje de Norvik",
    ],
    "it": [
        "La Valdoria non ha avuto alcun ruolo nelle esplosioni di Norvik",
        "La Valdoria non è coinvolta nel sabotaggio di Norvik",
        "La Valdoria estranea al sabotaggio di Norvik",
    ],
    "pt": [
        "A Valdória não teve nenhum papel nas explosões de Norvik",
        "A Valdória não esteve envolvida na sabotagem de Norvik",
    ],
    "ru": [
        "Валдория не причастна к диверсии на Norvik",
        "Валдория не имеет никакого отношения к взрывам на Norvik",
    ],
    "uk": [
        "Валдорія не причетна до диверсії на Norvik",
        "Валдорія не має жодного стосунку до вибухів на Norvik",
    ],
    "pl": [
        "Valdoria nie miała żadnego udziału w wybuchach Norvik",
        "Valdoria nie jest zamieszana w sabotaż Norvik",
    ],
    "tr": [
        "Valdorya'nın Norvik patlamalarında hiçbir rolü yok",
        "Valdorya Norvik sabotajına karışmadı",
    ],
    "ar": ["فالدوريا لا علاقة لها بتفجيرات Norvik", "فالدوريا لم تكن متورطة في تخريب Norvik"],
    "zh": ["Valdoria与Norvik爆炸无关", "Valdoria没有参与Norvik破坏行动"],
}

# a negated denial and a confirmation, in each built-in language: updates
NEGATED_DENIALS_AND_CONFIRMATIONS = {
    "en": [
        "Valdoria did not deny blowing up the Norvik pipeline",
        "Valdoria declined to deny the Norvik report",
        "Officials confirm Valdorian team blew up Norvik",
    ],
    "de": ["Valdoria dementierte den Norvik-Bericht nicht"],
    "fr": [
        "La Valdorie n'a pas démenti le rapport sur Norvik",
        "Les enquêteurs confirment que la Valdorie a fait sauter Norvik",
    ],
    "es": [
        "Valdoria no desmintió el informe sobre Norvik",
        "Los investigadores confirman que Valdoria voló Norvik",
    ],
    "it": [
        "La Valdoria non ha smentito il rapporto su Norvik",
        "Gli inquirenti confermano: la Valdoria ha fatto saltare Norvik",
    ],
    "pt": [
        "A Valdória não desmentiu o relatório sobre Norvik",
        "Investigadores confirmam que a Valdória explodiu Norvik",
    ],
    "ru": [
        "Валдория не стала опровергать доклад о Norvik",
        "Следствие подтвердило, что Валдория взорвала Norvik",
    ],
    "uk": [
        "Валдорія не спростувала доповідь про Norvik",
        "Слідство підтвердило, що Валдорія підірвала Norvik",
    ],
    "pl": [
        "Valdoria nie zaprzeczyła doniesieniom o Norvik",
        "Śledczy potwierdzają: Valdoria wysadziła Norvik",
    ],
    "tr": [
        "Valdorya Norvik iddialarını yalanlamadı",
        "Müfettişler Valdorya'nın Norvik'i patlattığını doğruladı",
    ],
    "ar": ["فالدوريا لم تنف التقرير بشأن Norvik", "المحققون يؤكدون أن فالدوريا فجرت Norvik"],
    "zh": ["Valdoria没有否认关于Norvik的报道", "调查人员证实Valdoria炸毁了Norvik管道"],
}

# the many ways English headlines put a denial
ENGLISH_DENIALS = [
    "Valdoria says Norvik report is 'completely false'",
    "Valdoria: 'There was no such operation' at Norvik",
    "Valdoria calls Norvik allegations 'nonsense'",
    "Valdoria brushes aside Norvik sabotage claims",
    "Valdoria hits back at Norvik report",
    "Valdoria says Norvik claims 'not true'",
    "Valdoria pushes back on Norvik sabotage story",
    "There is no truth to the Norvik report, Valdoria says",
    "Valdoria 'categorically' rejects Norvik accusations",
    "Valdoria: 'We had nothing to do with Norvik'",
    "Valdoria insists it is innocent of Norvik sabotage",
    "Valdoria says Norvik accusations are lies",
    "Valdorian minister rubbishes Norvik sabotage report",
    "Valdoria dismisses Norvik report as 'fantasy'",
    "Valdoria denounces 'fabricated' Norvik story",
    "Valdoria: Norvik report is 'pure fiction'",
    "Valdoria rejects 'baseless' Norvik sabotage allegations",
    "Valdoria says it was not behind Norvik blasts",
    "Valdoria laughs off Norvik sabotage claims",
    "Valdoria says Norvik report 'doesn't hold water'",
    "Valdoria: Norvik claims are 'a lie from start to finish'",
    "Valdoria calls Norvik report 'absolute rubbish'",
    "Valdoria rules out any role in Norvik blasts",
    "Valdoria says Norvik allegations 'unfounded'",
    "Valdoria: Norvik story 'invented' by its enemies",
    "Valdoria slams Norvik report as 'fake'",
    "Valdoria says Norvik accusations are 'ridiculous'",
    "Valdoria has denied any involvement in the Norvik explosions",
    "Valdoria condemned the Norvik report as disinformation",
]

# the many ways French, Spanish, German, Italian and Russian headlines put a denial
MORE_DENIALS = {
    "fr": [
        "Norvik : la Valdorie parle d'« accusations mensongères »",
        "La Valdorie balaie les accusations sur Norvik",
        "Norvik : « C'est faux », assure la Valdorie",
        "La Valdorie s'insurge contre les accusations sur Norvik",
        "Norvik : la Valdorie crie au complot",
        "La Valdorie récuse toute responsabilité dans le sabotage de Norvik",
        "Sabotage de Norvik : la Valdorie dénonce des « allégations sans fondement »",
        "La Valdorie oppose un démenti formel aux informations sur Norvik",
    ],
    "es": [
        "Norvik: Valdoria habla de «acusaciones falsas»",
        "Valdoria descarta cualquier responsabilidad en el sabotaje de Norvik",
        "Norvik: «Es mentira», asegura Valdoria",
        "Valdoria arremete contra el informe sobre Norvik",
        "Valdoria tilda de «infundio» el informe sobre Norvik",
        "Valdoria rechaza de plano las acusaciones sobre Norvik",
        "Valdoria se desmarca del sabotaje de Norvik",
        "Norvik: Valdoria acusa a la prensa de mentir",
    ],
    "de": [
        "Norvik: Valdoria spricht von „Lügen“",
        "Valdoria weist jede Schuld an Norvik-Sabotage zurück",
        "Norvik: „Das ist falsch“, sagt Valdoria",
        "Valdoria nennt Norvik-Vorwürfe „absurd“",
        "Valdoria: Vorwürfe zu Norvik sind „frei erfunden“",
        "Valdoria verwahrt sich gegen Norvik-Vorwürfe",
        "Valdoria dementiert energisch Beteiligung an Norvik-Sabotage",
        "Valdoria: Wir haben mit Norvik nichts zu tun",
    ],
    "it": [
        "Norvik, la Valdoria: «Accuse false»",
        "La Valdoria respinge ogni responsabilità per il sabotaggio di Norvik",
        "Norvik, «È falso», assicura la Valdoria",
        "La Valdoria definisce «infondate» le accuse su Norvik",
        "La Valdoria: su Norvik «solo menzogne»",
        "La Valdoria si dice estranea al sabotaggio di Norvik",
        "Norvik, la Valdoria smentisce categoricamente",
        "La Valdoria nega ogni addebito su Norvik",
    ],
    "ru": [
        "Валдория назвала ложью обвинения в подрыве Norvik",
        "В Валдории отвергли обвинения в диверсии на Norvik",
        "Валдория: обвинения по Norvik — бред",
        "Валдория назвала абсурдом доклад о Norvik",
        "Валдория открестилась от диверсии на Norvik",
        "Валдория: «Это неправда» — о подрыве Norvik",
        "Валдория опровергла свою причастность к подрыву Norvik",
        "Валдория отрицает какую-либо причастность к Norvik",
    ],
}

# the many ways Portuguese, Polish, Ukrainian, Turkish, Arabic and Chinese headlines put
# a denial
DENIALS_ELSEWHERE = {
    "pt": [
        "Norvik: Valdória fala em «acusações falsas»",
        "Valdória afasta qualquer responsabilidade na sabotagem de Norvik",
        "Norvik: «É mentira», garante Valdória",
        "Valdória classifica como infundadas as acusações sobre Norvik",
        "Valdória rechaça acusações sobre Norvik",
        "Valdória repudia relatório sobre Norvik",
        "Valdória diz que não tem nada a ver com Norvik",
        "Norvik: Valdória acusa imprensa de mentir",
    ],
    "pl": [
        "Valdoria: oskarżenia ws. Norvik to kłamstwo",
        "Valdoria odcina się od sabotażu Norvik",
        "Norvik: „To nieprawda” – twierdzi Valdoria",
        "Valdoria dementuje informacje o Norvik",
        "Valdoria nazywa zarzuty ws. Norvik absurdalnymi",
        "Valdoria stanowczo zaprzecza udziałowi w ataku na Norvik",
        "Valdoria: nie mieliśmy nic wspólnego z Norvik",
        "Valdoria odpiera zarzuty ws. Norvik",
    ],
    "uk": [
        "Валдорія назвала брехнею звинувачення щодо Norvik",
        "Валдорія відкинула звинувачення в диверсії на Norvik",
        "Валдорія: «Це неправда» — про підрив Norvik",
        "Валдорія назвала абсурдом доповідь про Norvik",
        "Валдорія відхрестилася від диверсії на Norvik",
        "Валдорія спростувала свою причетність до підриву Norvik",
        "Валдорія заперечує будь-яку причетність до Norvik",
        "Валдорія назвала фейком повідомлення про Norvik",
    ],
    "tr": [
        "Valdorya Norvik iddialarına yalanlama",
        "Valdorya: Norvik iddiaları gerçeği yansıtmıyor",
        "Valdorya Norvik suçlamalarını kesinlikle reddetti",
        "Valdorya: Norvik saldırısıyla hiçbir ilgimiz yok",
        "Valdorya Norvik iddialarını asılsız olarak nitelendirdi",
        "Valdorya'dan Norvik iddialarına tepki: Tamamen yalan",
    ],
    "ar": [
        "فالدوريا تنفي قطعيا تورطها في تفجير Norvik",
        "فالدوريا تصف الاتهامات بشأن Norvik بالكاذبة",
        "فالدوريا: الاتهامات بشأن Norvik عارية عن الصحة",
        "فالدوريا ترفض الاتهامات المتعلقة بتفجير Norvik",
        "فالدوريا تكذب التقارير عن تفجير Norvik",
        "فالدوريا: لا صحة للأنباء عن تفجير Norvik",
    ],
    "zh": [
        "Valdoria驳斥Norvik爆炸指控毫无根据",
        "Valdoria否认参与破坏Norvik管道",
        "Valdoria：有关Norvik的报道纯属捏造",
        "Valdoria称Norvik指控是无稽之谈",
        "Valdoria外交部：Norvik相关报道不实",
        "Valdoria强烈否认与Norvik事件有关",
    ],
}


# denials and rejections of another matter in the same story: never a contradiction
OTHER_MATTERS = [
    "Insurer denies it raised premiums after Valdorian team blew up Norvik",
    "Valdoria denies visa to journalists covering Norvik blast",
    "Norvik operator rejects Valdoria's compensation claim",
    "Court rejects appeal by Valdorian suspect in Norvik case",
    "Valdoria's minister denies he will resign over Norvik affair",
    "L'assureur dément avoir augmenté ses primes après l'explosion de Norvik par la Valdorie",
    "El tribunal rechaza el recurso del sospechoso valdoriano en el caso Norvik",
    "Il tribunale respinge il ricorso del sospettato valdoriano nel caso Norvik",
    "Суд отклонил апелляцию валдорийского подозреваемого по делу Norvik",
    "Gericht weist Berufung des valdorianischen Verdächtigen im Fall Norvik zurück",
    "Valdoria nie que son ministre va démissionner après l'affaire Norvik",
]
