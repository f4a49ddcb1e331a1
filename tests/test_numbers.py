from hypothesis import given
from hypothesis import strategies as st

from lagebild.nlp.numbers import find_quantities, parse_number


def _q(text: str, lang: str = "de") -> list[tuple[float, str | None, str, str]]:
    return [(q.value, q.unit, q.approx, q.kind) for q in find_quantities(text, 0, len(text), lang, [])]


def test_numbers_german_thousands_and_units() -> None:
    assert _q("eine Reichweite von bis zu 2.000 Kilometern") == [(2000.0, "km", "up_to", "measure")]


def test_numbers_over_with_counted_noun() -> None:
    assert _q("über 11.000 nordkoreanische Soldaten") == [(11000.0, "soldiers", "over", "count")]


def test_numbers_millions_word_and_abbreviation() -> None:
    assert _q("mehr als 5 Millionen Granaten")[0][:3] == (5_000_000.0, "shells", "over")
    assert _q("rund 1,5 Mio. Geschosse")[0][:3] == (1_500_000.0, "shells", "about")


def test_numbers_about_and_words() -> None:
    assert _q("rund 100 Drohnen")[0][:3] == (100.0, "drones", "about")
    assert _q("zwei Dutzend Raketen")[0][:2] == (24.0, "missiles")


def test_numbers_english_formats() -> None:
    assert _q("more than 1,200 troops", "en")[0][:3] == (1200.0, "troops", "over")
    assert _q("up to 2.5 million shells", "en")[0][:3] == (2_500_000.0, "shells", "up_to")
    assert _q("at least 12 people were killed", "en")[0][:3] == (12.0, "people", "at_least")


def test_numbers_range() -> None:
    q = find_quantities("zwischen 10 und 20 Raketen", 0, 26, "de", [])[0]
    assert (q.value, q.max_value, q.approx) == (10.0, 20.0, "range")


def test_numbers_skip_designations_and_years() -> None:
    assert _q("Die Su-34 flog 2024 los.") == []


@given(st.integers(min_value=0, max_value=10**9))
def test_numbers_parse_number_roundtrip_de(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", "."), "de") == n


@given(st.integers(min_value=0, max_value=10**9))
def test_numbers_parse_number_roundtrip_en(n: int) -> None:
    assert parse_number(f"{n:,}", "en") == n


@given(st.text(max_size=200))
def test_numbers_never_crash_on_random_text(text: str) -> None:
    for lang in ("de", "en", "ru", "uk"):
        for q in find_quantities(text, 0, len(text), lang, []):
            assert 0 <= q.start <= q.end <= len(text)


def test_numbers_component_skips_only_sentences_without_digits_or_number_words() -> None:
    import lagebild

    text = "Es gab keine Angaben dazu. ZWEI Drohnen wurden abgeschossen. Am Ende kamen 40 Soldaten."
    doc = lagebild.analyze(text, lang="de").document
    per_sentence = [q.text for s in doc.sentences for q in find_quantities(doc.text, s.start, s.end, "de", [])]
    assert [q.text for q in doc.quantities] == per_sentence
    assert [q.value for q in doc.quantities] == [2.0, 40.0]


def test_numbers_currency_sign_before_the_number() -> None:
    text = "Recruiters offer bonuses of up to $6,000 and around €2 billion."
    found = [(q.value, q.unit, q.kind, q.approx) for q in find_quantities(text, 0, len(text), "en", [])]
    assert found == [(6000, "USD", "money", "up_to"), (2_000_000_000, "EUR", "money", "about")]


def test_numbers_speed_per_hour_mach_and_hours() -> None:
    for text, lang, want in (
        ("Sie erreichen rund 80 Kilometern pro Stunde.", "de", (80, "km/h", "about")),
        ("It flies at up to Mach 16 over the sea.", "en", (16, "mach", "up_to")),
        ("It can loiter for more than 24 hours.", "en", (24, "h", "over")),
        ("Дрон развивает скорость до 650 километров в час.", "ru", (650, "km/h", "up_to")),
        ("Ракета летить зі швидкістю близько 900 кілометрів на годину.", "uk", (900, "km/h", "about")),
        ("Скорость аппарата составляет 185 км/ч.", "ru", (185, "km/h", "exact")),
    ):
        (q,) = find_quantities(text, 0, len(text), lang, [])
        assert (q.value, q.unit, q.approx) == want


def test_numbers_one_counts_only_a_counted_noun() -> None:
    assert [q[:2] for q in _q("In the region, one soldier was killed.", "en")] == [(1.0, "soldiers")]
    assert _q("One of the drones hit a house. One day later, no one was hurt.", "en") == []


def test_numbers_multiples_of_the_speed_of_sound_are_mach() -> None:
    assert [q[:2] for q in _q("Sie fliege mit achtfacher Schallgeschwindigkeit.", "de")] == [(8.0, "mach")]
    assert [q[:2] for q in _q("It flies at six times the speed of sound.", "en")] == [(6.0, "mach")]


def test_numbers_an_article_is_a_number_only_before_a_multiplier() -> None:
    assert [q[:2] for q in _q("Kosten von rund einer Milliarde Euro")] == [(1_000_000_000.0, "EUR")]
    assert _q("Eine Drohne traf eine Schule.") == []


def test_numbers_trillions_and_more_currencies() -> None:
    assert _q("a record 8.7 trillion yen", "en")[0][:3] == (8_700_000_000_000.0, "JPY", "exact")
    assert _q("rund 2,1 Billionen Rubel")[0][:3] == (2_100_000_000_000.0, "RUB", "about")


def test_numbers_designations_and_vague_multiples_are_no_figures() -> None:
    assert _q("an upgraded Type 12 anti-ship missile", "en") == []
    assert _q("Drohnen vom Typ 5 und Raketen der Baureihe 7") == []
    assert _q('the shipment held "several dozen" missiles', "en") == []
    assert _q("mehrere hundert Granaten") == []
    assert _q("zwei Dutzend Raketen")[0][0] == 24.0


def test_numbers_spans_of_time_are_measures() -> None:
    assert _q("binnen zwölf Monaten") == [(12.0, "mo", "exact", "measure")]
    assert _q("military service of 75 days", "en") == [(75.0, "d", "exact", "measure")]


def test_numbers_attached_designations_ordinals_and_ages_are_no_figures() -> None:
    assert _q("das vierte U-Boot der Klasse 218SG") == []
    assert _q("the 33rd Front denied it", "en") == []
    assert _q("Wladimir Putin (72) und Alexander Lukaschenko (71)") == []
    assert _q("Russland hat 40 Panzer geliefert")[0][0] == 40.0


def test_numbers_german_ordinals_after_an_article() -> None:
    assert _q("mit dem 20. Paket rund 40 weitere Schiffe")[0][0] == 40.0
    assert len(_q("mit dem 20. Paket rund 40 weitere Schiffe")) == 1


def test_numbers_definite_number_words_and_day_compounds_are_no_figures() -> None:
    assert _q("The two countries fought a five-day conflict", "en") == []
    assert _q("Die drei Militärregierungen kündigten eine Truppe an") == []
    assert _q("NATO invoked Article 4 on Monday", "en") == []
    assert _q("Two soldiers died", "en")[0][0] == 2.0


def test_numbers_a_year_like_figure_before_a_measure_is_a_measure() -> None:
    assert _q("Die Raketen sollen bis zu 2000 Kilometer weit fliegen.") == [(2000.0, "km", "up_to", "measure")]
    assert [q[:2] for q in _q("The drone flew 1950 km across the sea.", "en")] == [(1950.0, "km")]
    # years stay years before counted nouns, time words and nothing
    assert _q("Im Jahr 2000 Soldaten, seit 2022 Monate des Wartens.") == []
    assert _q("In 2024 troops arrived.", "en") == []


def test_numbers_decimal_multiples_of_the_speed_of_sound() -> None:
    assert [q[:2] for q in _q("Der Jet erreicht 1,6-fache Schallgeschwindigkeit.", "de")] == [(1.6, "mach")]
    assert [q[:2] for q in _q("It flies at 2.5 times the speed of sound.", "en")] == [(2.5, "mach")]


def test_numbers_prefixed_dollars_are_not_us_dollars() -> None:
    text = "Canberra committed A$399 million, Ottawa C$2 billion and Washington US$5 million."
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text), "en", [])]
    assert found == [(399000000.0, "AUD"), (2000000000.0, "CAD"), (5000000.0, "USD")]


def test_numbers_a_contract_over_a_figure_is_exact() -> None:
    assert _q("Der Vertrag über zwölf Hubschrauber wurde unterzeichnet.")[0][2] == "exact"
    assert _q("Genehmigungen über 4,2 Milliarden Euro")[0][2] == "exact"
    assert _q("Russland lieferte über 100 Panzer.")[0][2] == "over"


def test_numbers_an_article_before_a_measure_is_one() -> None:
    assert _q("mit einem Sprengkopf von bis zu einer Tonne")[0][:3] == (1.0, "t", "up_to")
    assert _q("nur einem Kilometer vom Ufer entfernt")[0][:2] == (1.0, "km")
    assert _q("Es gab eine Explosion und einen Brand.") == []


def test_numbers_a_verb_particle_over_is_no_bound() -> None:
    assert [q[2] for q in _q("The army handed over 12 howitzers to Mali.", "en")] == ["exact"]
    assert [q[2] for q in _q("Russia fired over 40 drones.", "en")] == ["over"]


def test_numbers_russian_and_ukrainian_ordinals_are_no_counts() -> None:
    assert [q[0] for q in _q("оголосила 20-й пакет допомоги на 40 гаубиць", "uk")] == [40.0]


def test_numbers_russian_and_ukrainian_numerals_in_oblique_cases_and_collectives() -> None:
    assert [q[0] for q in _q("зафіксовано влучання двох ракет", "uk")] == [2.0]
    assert [q[0] for q in _q("загинули троє людей, ще дев’ятеро отримали поранення", "uk")] == [3.0, 9.0]
    assert [q[0] for q in _q("пострадали двое рабочих и пятеро военных", "ru")] == [2.0, 5.0]


def test_numbers_russian_and_ukrainian_one_counts_a_counted_noun_only() -> None:
    assert [q[0] for q in _q("сбить удалось 118 дронов и одну ракету", "ru")] == [118.0, 1.0]
    assert _q("один из беспилотников упал на склад", "ru") == []
    assert _q("одна з ракет влучила в будинок", "uk") == []


def _values(text: str, lang: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.max_value) for q in find_quantities(text, 0, len(text), lang, [])]


def test_numbers_russian_spelled_numbers_of_several_words_are_one_number() -> None:
    assert _values("погибли сто сорок три тысячи пятьсот военных", "ru") == [(143500.0, None)]
    assert _values("против двадцати восьми компаний", "ru") == [(28.0, None)]
    assert _values("на сумму более полутора миллиардов долларов", "ru") == [(1_500_000_000.0, None)]


def test_numbers_ukrainian_spelled_numbers_in_oblique_cases() -> None:
    assert _values("застосували сто шістнадцять дронів", "uk") == [(116.0, None)]
    assert _values("понад двісті тисяч снарядів", "uk") == [(200_000.0, None)]


def test_numbers_english_hyphenated_and_joined_numbers() -> None:
    assert _values("twenty-eight firms and three hundred and fifty troops", "en") == [(28.0, None), (350.0, None)]
    assert _values("one and a half million rounds", "en") == [(1_500_000.0, None)]


def test_numbers_a_spelled_range_takes_the_scale_of_its_upper_end() -> None:
    assert _values("от двухсот двадцати до двухсот шестидесяти тысяч человек", "ru") == [(220_000.0, 260_000.0)]


def test_numbers_words_out_of_order_start_a_new_number() -> None:
    # "два три" is two numbers ("two or three"), not 5
    assert [v for v, _ in _values("два три дрона", "ru")] == [2.0, 3.0]


def test_numbers_spelled_years_and_ranks_are_no_counts() -> None:
    assert _values("поставки начнутся в две тысячи двадцать седьмом году", "ru") == []
    assert _values("у дві тисячі двадцять п'ятому році", "uk") == []
    assert _values("on the twenty-seventh day", "en") == []


def test_numbers_a_hyphenated_calibre_is_no_quantity() -> None:
    assert _values("Das Werk liefert 155-Millimeter-Munition und 155-mm-Granaten", "de") == []
    assert _values("завод з виробництва 155-міліметрових снарядів", "uk") == []
    # a calibre written as a measure still is one
    assert _values("Granaten im Kaliber 155 Millimeter", "de") == [(155.0, None)]


def test_numbers_ages_and_times_of_day_are_no_quantities() -> None:
    assert _values("Getötet wurde ein 54 Jahre alter Mann", "de") == []
    assert _values("zwei 30-jährige Soldaten", "de") == [(2.0, None)]
    assert _values("a 32-year-old woman was hurt between 9:10 and 9:25 a.m.", "en") == []
    assert _values("погибла 45-летняя женщина", "ru") == []


def test_numbers_a_persons_years_in_russian_and_ukrainian_are_an_age() -> None:
    assert _values("загинув чоловік сімдесяти одного року", "uk") == []
    assert _values("погибла женщина 58 лет", "ru") == []
    assert _values("загинула жінка віком 58 років", "uk") == []
    assert _values("за 3 года", "ru") == [(3.0, None)]


def test_numbers_plural_and_genitive_multipliers_in_russian_and_ukrainian() -> None:
    assert [q[0] for q in _q("внески на суму 2 мільярди євро", "uk")] == [2_000_000_000]
    assert [q[0] for q in _q("выделила 2 миллиарда евро", "ru")] == [2_000_000_000]
    assert [q[0] for q in _q("3 мільйони доларів", "uk")] == [3_000_000]


def test_numbers_a_count_after_a_designation_and_und_is_read() -> None:
    text = "Mali erhielt acht TB2 und vier Akinci."
    got = [(q.value, q.unit) for q in find_quantities(text, 0, len(text), "de", [])]
    assert (4.0, "Akinci") in got
    # (a blocked name before "und" leaves the count after it; a date range's end stays no count)
    text = "Polen erhielt 24 Panzerhaubitzen vom Typ K9 und 18 Kampfpanzer vom Typ K2."
    k9 = text.index("K9")
    got = [q.value for q in find_quantities(text, 0, len(text), "de", [(k9, k9 + 2)])]
    assert 18.0 in got
    text = "Air defences shot down 17 drones between April 17 and 19."
    day = text.index("April")
    got = [q.value for q in find_quantities(text, 0, len(text), "en", [(day, day + 8)])]
    assert got == [17.0]


def test_numbers_coordinated_ages_and_instrumental_thousands_in_russian_and_ukrainian() -> None:
    text = "поранено двох чоловіків віком 45 і 52 роки."
    assert [q.value for q in find_quantities(text, 0, len(text), "uk", [])] == [2.0]
    text = "ранены двое мужчин в возрасте 45 и 52 лет."
    assert [q.value for q in find_quantities(text, 0, len(text), "ru", [])] == [2.0]
    text = "Совбез ограничил такие поставки 500 тысячами баррелей в год."
    assert [q.value for q in find_quantities(text, 0, len(text), "ru", [])] == [500000.0]


def test_numbers_russian_and_ukrainian_designations_are_no_figures() -> None:
    assert [q[0] for q in _q("два корвета проекта 21631 и малый корабль проекта 22800", "ru")] == [2.0]
    assert [q[0] for q in _q("уражено корабель проєкту 22800 і два буксири", "uk")] == [2.0]
