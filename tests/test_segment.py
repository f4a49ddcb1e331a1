from lagebild.nlp.segment import segment


def _sents(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for a, b in segment(text, 0, len(text), lang)]


def test_segment_keeps_ordinal_dates() -> None:
    text = "Am 21. Dezember 2024 kam es zu Kämpfen. Danach war es ruhig."
    assert _sents(text) == ["Am 21. Dezember 2024 kam es zu Kämpfen.", "Danach war es ruhig."]


def test_segment_keeps_german_abbreviations() -> None:
    text = "Es gibt z. B. Drohnen, u. a. aus Iran. Lieferung Nr. 5 kam an. Der Rest folgte."
    assert _sents(text) == ["Es gibt z. B. Drohnen, u. a. aus Iran.", "Lieferung Nr. 5 kam an.", "Der Rest folgte."]


def test_segment_ordinal_after_preposition() -> None:
    assert len(_sents("Seit dem 3. Oktober schweigen die Waffen. Gestern nicht.")) == 2


def test_segment_three_digit_ordinal_after_an_article() -> None:
    text = "Laut Ministerium übte die 112. Panzerbrigade im Norden. Die Zahl stieg auf 140. Die Armee schwieg."
    assert _sents(text) == [
        "Laut Ministerium übte die 112. Panzerbrigade im Norden.",
        "Die Zahl stieg auf 140.",
        "Die Armee schwieg.",
    ]


def test_segment_splits_sentence_ending_in_number() -> None:
    assert len(_sents("Die Zahl der Toten stieg auf 12. Die Behörden warnten.")) == 2


def test_segment_english_titles_and_initials() -> None:
    text = "Gen. Smith met J. R. Doe in the U.S. capital. They talked."
    assert _sents(text, "en") == ["Gen. Smith met J. R. Doe in the U.S. capital.", "They talked."]


def test_segment_question_and_quote() -> None:
    assert len(_sents('Was nun? „Wir wissen es nicht", sagte er.')) == 2


def test_segment_ordinal_after_a_possessive_does_not_split() -> None:
    import lagebild

    claims = lagebild.analyze(
        "Die EU hat mit ihrem 19. Sanktionspaket im Oktober weitere 117 Schiffe auf die schwarze Liste gesetzt.",
        lang="de",
    ).to_dict()["claims"]
    assert len(claims) == 1 and claims[0]["type"] == "sanction"
    assert [q["value"] for q in claims[0]["args"]["quantities"]] == [117]


def test_segment_a_design_ending_in_a_letter_ends_a_sentence() -> None:
    text = "Die Bundeswehr kaufte zudem IRIS-T. Die Raketen kamen im Mai. Er traf J. Doe."
    assert _sents(text) == ["Die Bundeswehr kaufte zudem IRIS-T.", "Die Raketen kamen im Mai.", "Er traf J. Doe."]
    text = "Algerien kaufte Iskander-E. Die Exportversion kam 2024."
    assert _sents(text) == ["Algerien kaufte Iskander-E.", "Die Exportversion kam 2024."]


def test_segment_a_clock_word_ends_a_sentence() -> None:
    # "Uhr" is a word, not an abbreviation: "um 14 Uhr." and "rund um die Uhr." end sentences
    assert len(_sents("Der Angriff begann um 14 Uhr. Danach heulten die Sirenen.")) == 2
    assert len(_sents("Die Werke laufen rund um die Uhr. Nach Angaben des Konzerns stieg die Produktion.")) == 2


def test_segment_a_russian_unit_after_a_number_ends_the_sentence_before_a_capital() -> None:
    text = "Дальность составляет до 2000 км. Масса боевой части 90 кг. Около 5 тыс. человек погибли."
    assert _sents(text, "ru") == ["Дальность составляет до 2000 км.", "Масса боевой части 90 кг.", text[59:]]
    # a lower-case word after the unit goes on
    assert len(_sents("Ракета пролетела 300 км. и упала.", "ru")) == 1


def test_segment_russian_million_before_a_capital_ends_the_sentence() -> None:
    text = "Разведка оценила число снарядов в 5 млн. По данным газеты, прибыли шесть судов. Ущерб: 2 млн. долларов."
    assert _sents(text, "ru") == [
        "Разведка оценила число снарядов в 5 млн.",
        "По данным газеты, прибыли шесть судов.",
        "Ущерб: 2 млн. долларов.",
    ]


def test_segment_ordinal_after_an_inflected_adjective() -> None:
    text = (
        "Der Kommandeur der polnischen 12. Mechanisierten Division sprach. Die Zahl stieg auf 140. Die Armee schwieg."
    )
    assert _sents(text) == [
        "Der Kommandeur der polnischen 12. Mechanisierten Division sprach.",
        "Die Zahl stieg auf 140.",
        "Die Armee schwieg.",
    ]
