"""Georgian stance cues (bot/matching/lexicons/ka.toml): denials, non-involvement, labels,
scorn, corrections, no-evidence findings and the other counter-facts as the Georgian press
writes them, and Georgian text that must stay an update (reports, confirmations, a denial
of something else, a negated denial, a request, a question, an attribution, an
accusation of lying, a negative assessment). Claims and names of our own, as in
test_stance_languages; sentences written for this test. Georgian news writes foreign
names in Georgian script with case endings ("ნორვიკის"); the matcher has no Georgian
spellings of the made-up names and reads a short one that way only sometimes, so the
claims' names mostly stand in Latin script, with the Georgian ending after a hyphen
("Norvik-ის"), as in the Hebrew test."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    LEAK,
    LEXICON_CLAIMS,
    ORSAK,
    PELLAN_DOPED,
    PIPELINE,
    SPYWARE,
    TOLMARK,
    ZELBRIN,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEXICON_CLAIMS)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Norvik: Valdoria უარყოფს ნებისმიერ მონაწილეობას დივერსიაში", ""),
        (
            PIPELINE.id,
            "Valdoria-მ Norvik-ის გაზსადენის აფეთქებაში მონაწილეობა უარყო",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: მთავრობა ბრალდებებს კატეგორიულად უარყოფს", ""),
        (
            PIPELINE.id,
            "Norvik-ის გაზსადენი ააფეთქეს, წერს გაზეთი",
            "Valdoria-მ ოთხშაბათს ეს ინფორმაცია უარყო.",
        ),
        (PIPELINE.id, "Valdoria: ჩვენ Norvik-ის აფეთქებასთან საერთო არაფერი გვაქვს", ""),
        (
            PIPELINE.id,
            "Valdoria არ ყოფილა ჩართული Norvik-ის გაზსადენზე თავდასხმაში, აცხადებს მინისტრი",
            "",
        ),
        (
            PIPELINE.id,
            "Valdoria არ დგას Norvik-ის გაზსადენის აფეთქების უკან, აცხადებს მთავრობა",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: მთავრობას პროგრამასთან არანაირი კავშირი არ აქვს, აცხადებს მინისტრი",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ბრალდებები ტყუილია, აცხადებს მინისტრი", ""),
        (
            SPYWARE.id,
            "Hexa spyware: „ეს ინფორმაცია სიმართლეს არ შეესაბამება“, აცხადებს მთავრობის სპიკერი",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria დივერსიის შესახებ ცნობებს ყალბ ამბებს უწოდებს", ""),
        (SPYWARE.id, "Hexa spyware: ბრალდებები სრულიად უსაფუძვლოა, აცხადებს მინისტრი", ""),
        (PIPELINE.id, "Norvik: Valdoria ბრალდებებს პროპაგანდას და პროვოკაციას უწოდებს", ""),
        (SPYWARE.id, "Hexa spyware: მინისტრი ბრალდებებს სასაცილოს უწოდებს", ""),
        (
            PIPELINE.id,
            "შესწორება: სტატიის წინა ვერსიაში შეცდომით ეწერა, რომ Norvik-ის გაზსადენი"
            " Valdoria-მ ააფეთქა",
            "",
        ),
        (
            LEAK.id,
            "Quorra ვირუსი: Lindqvist-ის ლაბორატორიიდან გაჟონვის არანაირი მტკიცებულება არ არსებობს",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: გამომძიებლებმა Valdoria-ს ასაფეთქებელი ნივთიერების კვალი ვერ აღმოაჩინეს",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: პროკურატურამ ვერ დაამტკიცა, რომ აფეთქების უკან Valdoria იდგა",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik-ის გაზსადენი: პოლიციამ Valdoria-ს დივერსია გამორიცხა, მიზეზი ტექნიკური"
            " გაუმართაობა იყო",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik-ის გაზსადენის აფეთქება უბედური შემთხვევა იყო, აცხადებს Valdoria",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: ყოფილი მინისტრი მტკიცებულებების ნაკლებობის გამო გაამართლეს",
            "",
        ),
        (
            LEAK.id,
            "Quorra ვირუსი: ექსპერტების თქმით, Lindqvist-ის ლაბორატორიიდან გაჟონვა ნაკლებად"
            " სავარაუდოა",
            "",
        ),
        (ZELBRIN.id, "Zelbrin: დამატკბობელი უსაფრთხოა, აცხადებს უწყება", ""),
        (
            TOLMARK.id,
            "Tolmark: დამკვირვებლების თქმით, არჩევნები თავისუფალი და სამართლიანი იყო",
            "",
        ),
        (ORSAK.id, "Orsak: პრეზიდენტი კარგად გრძნობს თავს, აცხადებს სპიკერი", ""),
        (
            PELLAN_DOPED.id,
            "Pellan: ნივთიერება დაბინძურებული ხორციდან მოხვდა, აცხადებს ფედერაცია",
            "",
        ),
        (PELLAN_DOPED.id, "Pellan: მოცურავეების ტესტები უარყოფითი იყო", ""),
        # the party's name in Georgian script
        (PIPELINE.id, "Norvik: ვალდორია უარყოფს ნებისმიერ მონაწილეობას დივერსიაში", ""),
    ],
)
def test_ka_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoria: აფეთქება Norvik-ის გაზსადენზე, იუწყება პოლიცია", ""),
        (
            PIPELINE.id,
            "Norvik-ის გაზსადენი: Valdoria ადასტურებს, რომ დივერსანტები Valdoria-ს"
            " ჯარისკაცები იყვნენ",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: მინისტრმა აღიარა, რომ მთავრობა პროგრამას იყენებდა",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: სამინისტრო უარყოფს ლიცენზიების ფასების გაზრდას", ""),
        (PIPELINE.id, "Norvik: იდგა თუ არა Valdoria აფეთქების უკან?", ""),
        (
            PIPELINE.id,
            "Norvik-ის გაზსადენი: ექსპერტების თქმით, Valdoria-მ გაზსადენი ააფეთქა",
            "",
        ),
        (PIPELINE.id, "Norvik: პოლიციამ Valdoria-ს დივერსია არ გამორიცხა", ""),
        (SPYWARE.id, "Hexa spyware: მთავრობამ ბრალდებებზე კომენტარი არ გააკეთა", ""),
        (SPYWARE.id, "Hexa spyware: მინისტრმა ბრალდებები არ უარყო", ""),
        (
            PIPELINE.id,
            "Norvik-მა Valdoria ტყუილში დაადანაშაულა გაზსადენის აფეთქების შემდეგ",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: მინისტრმა უარყოფითი შეფასება მისცა ახალ კანონს", ""),
        (PIPELINE.id, "Norvik: Valdoria-მ მეზობლებს სთხოვა, არ ჩაკეტონ საზღვარი", ""),
        (ZELBRIN.id, "Zelbrin: დამატკბობლის გაყიდვები იზრდება", ""),
    ],
)
def test_ka_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"
