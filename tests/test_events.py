"""Event arguments: where an event happened (invented sentences, packaged KB)."""

from typing import Any

import lagebild


def _args(text: str, lang: str) -> dict[str, Any]:
    (c,) = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    return dict(c["args"])


def test_events_reference_point_is_not_the_location() -> None:
    a = _args("Russian forces captured the village of Zorianka, west of Pokrovsk, on Monday, the ministry said.", "en")
    assert a["location"] == "place:zorianka"


def test_events_country_after_location_preposition() -> None:
    assert _args("U.S. warplanes struck 13 targets in Yemen on Friday.", "en")["location"] == "country:YE"
    assert _args("Russland setzte 800 Drohnen gegen die Ukraine ein.", "de")["location"] == "country:UA"
    assert "location" not in _args("Iran lieferte 200 Drohnen an Russland.", "de")


def test_events_place_in_the_trigger_clause_first() -> None:
    a = _args("Israel bombed Hodeidah in July, after a drone had hit a house in Tel Aviv.", "en")
    assert a["location"] == "place:hodeidah"


def test_events_vague_amounts_and_modifiers_are_no_figures() -> None:
    a = _args("Dozens of fighters were killed when a drone hit a two-story building in Gao.", "en")
    assert "quantities" not in a
    b = _args("Deutschland lieferte der Ukraine Militärhilfe im Wert von 28 Milliarden Euro.", "de")
    assert [q["value"] for q in b["quantities"]] == [28_000_000_000]
    c = _args("Russia fired 40 drones and 155-mm shells at Kharkiv.", "en")
    assert 40 in [q["value"] for q in c["quantities"]]


def test_events_item_anaphor_names_the_last_weapon_of_its_class() -> None:
    claims = lagebild.analyze(
        "Iran hat 200 Shahed-136 an Russland geliefert. Russland setzte mehr als 80 dieser Drohnen ein.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[1]["args"]["items"] == ["weapon:shahed-136"]
    other = lagebild.analyze(
        "Iran hat 200 Shahed-136 an Russland geliefert. Russland feuerte im Mai 30 dieser Raketen auf Kiew.",
        lang="de",
    ).to_dict()["claims"]
    assert "weapon:shahed-136" not in (other[1]["args"].get("items") or [])  # a drone is no missile


def test_events_russian_and_ukrainian_item_anaphors_name_the_last_weapon_of_their_class() -> None:
    text = "КНДР передала России ракеты KN-23. К началу 2025 года Россия получила 148 таких ракет."
    claims = lagebild.analyze(text, lang="ru").to_dict()["claims"]
    assert claims[1]["args"]["items"] == ["weapon:kn-23"]
    text = "Іран передав Росії 200 дронів Shahed-136. Росія запустила по Києву 40 цих ракет."
    claims = lagebild.analyze(text, lang="uk").to_dict()["claims"]
    assert "weapon:shahed-136" not in (claims[-1]["args"].get("items") or [])  # a drone is no missile


def test_events_first_of_attack_and_toll_names_the_type() -> None:
    claims = lagebild.analyze("Israel bombed the port of Hodeidah, after a drone killed a man in Tel Aviv.", lang="en")
    assert claims.to_dict()["claims"][0]["type"] == "attack"
    claims = lagebild.analyze("Three people were killed when Russian drones struck Odesa on Monday.", lang="en")
    assert claims.to_dict()["claims"][0]["type"] == "casualties"


def test_events_class_word_before_a_system_is_no_second_item() -> None:
    a = _args("Russland setzte in der Nacht 40 Drohnen vom Typ Shahed-136 gegen Odessa ein.", "de")
    assert a["items"] == ["weapon:shahed-136"]
    b = _args("Russland feuerte in der Nacht zwölf Marschflugkörper auf Odessa.", "de")
    assert b["items"] == ["munition:cruise-missile"]  # without a system the class is the item


def test_events_incidents_are_statement_claims() -> None:
    (c,) = lagebild.analyze("Über dem Werk wurden in der Nacht drei Drohnen gesichtet.", lang="de").to_dict()["claims"]
    assert c["type"] == "statement" and c["checkworthy"] >= 0.5
    (d,) = lagebild.analyze("Police arrested two men suspected of spying for Russia.", lang="en").to_dict()["claims"]
    assert d["type"] == "statement"


def test_events_endurance_payload_and_occupation_claims() -> None:
    (c,) = lagebild.analyze("The Bayraktar TB2 can loiter for more than 24 hours.", lang="en").to_dict()["claims"]
    assert c["type"] == "capability" and c["args"]["attribute"] == "endurance"
    (d,) = lagebild.analyze("Die Magura V5 ist mit bis zu 300 Kilogramm Sprengstoff beladen.", lang="de").to_dict()[
        "claims"
    ]
    assert d["type"] == "capability" and d["args"]["attribute"] == "payload"
    (e,) = lagebild.analyze("Israeli troops have occupied the buffer zone on the Golan Heights.", lang="en").to_dict()[
        "claims"
    ]
    assert e["type"] == "troop_deployment"


def test_events_capital_as_speaker_and_dateline_city_are_no_parties() -> None:
    (c,) = lagebild.analyze(
        "SEOUL - North Korea has shipped 9 million artillery shells to Russia since August 2023.", lang="en"
    ).to_dict()["claims"]
    assert c["args"]["supplier"] == "country:KP" and c["args"]["recipient"] == "country:RU"
    (d,) = lagebild.analyze(
        "Russian troops fired 40 missiles at two villages, Kyiv said on Monday.", lang="en"
    ).to_dict()["claims"]
    assert d["args"].get("location") != "place:kyiv"


def test_events_figure_about_a_named_entity_is_a_statement() -> None:
    (c,) = lagebild.analyze(
        "Die Brigade der Bundeswehr in Litauen soll 2027 rund 4.800 Soldaten umfassen.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] in ("statement", "troop_deployment") and c["checkworthy"] >= 0.5
    assert (
        lagebild.analyze("Es war eine der zwei schwierigsten Wochen für Deutschland.", lang="de").to_dict()["claims"]
        == []
    )


def test_events_missile_test_is_no_attack() -> None:
    (c,) = lagebild.analyze(
        "North Korea fired two ballistic missiles into the sea in a test on Friday.", lang="en"
    ).to_dict()["claims"]
    assert c["type"] == "statement"
    (d,) = lagebild.analyze("Russia fired two ballistic missiles at Odesa on Friday.", lang="en").to_dict()["claims"]
    assert d["type"] == "attack"


def _claims(text: str, lang: str) -> list[dict[str, Any]]:
    return list(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"])


def test_events_range_gives_both_ends() -> None:
    a = _args("Between 2,000 and 2,500 Belarusian soldiers were deployed to the border area in May.", "en")
    assert [(q["value"], q["approx"]) for q in a["quantities"]] == [(2000, "range"), (2500, "range")]


def test_events_capability_subject_after_demonstrative_or_compound() -> None:
    claims = _claims(
        "Iran hat Raketen vom Typ Fateh-110 an die Huthis geliefert. Diese können Ziele in bis zu 300 Kilometern"
        " Entfernung treffen. Die gefürchtete Präzisionsrakete kann 450 Kilogramm Sprengstoff tragen.",
        "de",
    )
    caps = [c for c in claims if c["type"] == "capability"]
    assert [c["args"]["subject"] for c in caps] == ["weapon:fateh-110", "weapon:fateh-110"]


def test_events_country_across_a_border_is_no_party() -> None:
    a = _args("Belarus has sent thousands of soldiers to its border with Poland, officials said.", "en")
    assert a.get("supplier") == "country:BY" and "recipient" not in a


def test_events_count_of_speakers_is_no_figure() -> None:
    a = _args("Three Ukrainian officials said Russian troops had shelled Kupiansk on Sunday.", "en")
    assert "quantities" not in a


def test_events_named_systems_of_a_deployment_are_items() -> None:
    a = _args("Russland hat in Belarus Raketen vom Typ Iskander-M stationiert.", "de")
    assert a["items"] == ["weapon:iskander-m"]
    assert "items" not in _args("Russland hat 5.000 Soldaten nach Belarus verlegt.", "de")


def test_events_a_list_goes_on_after_a_transfer() -> None:
    claims = _claims(
        "Frankreich liefert Marokko zwölf Haubitzen vom Typ CAESAR. Hinzu kommen 30 Schützenpanzer vom Typ VBCI.", "de"
    )
    assert [(c["type"], c["args"].get("supplier"), c["args"].get("recipient")) for c in claims] == [
        ("arms_transfer", "country:FR", "country:MA"),
        ("arms_transfer", "country:FR", "country:MA"),
    ]


def test_events_a_leaders_regime_is_his_country() -> None:
    a = _args("Vladimir Putin's regime has moved 5,000 soldiers to the border with Finland.", "en")
    assert a.get("supplier") == "country:RU"


def test_events_the_country_of_the_report_hosts_the_troops() -> None:
    claims = _claims(
        "Fighting resumed in Mali on Monday, and Mali asked Algeria for talks. The mission, which has about 9,000"
        " troops in the country, said little.",
        "en",
    )
    dep = next(c for c in claims if c["type"] == "troop_deployment")
    assert dep["args"].get("recipient") == "country:ML" and dep["args"].get("supplier") != "country:ML"


def test_events_territory_of_a_country_adjective_is_the_location() -> None:
    a = _args("Mindestens vier Drohnen seien in den litauischen Luftraum eingedrungen, teilte die Armee mit.", "de")
    assert a["location"] == "country:LT"


def test_events_where_the_source_sits_is_no_location() -> None:
    claims = _claims("The embassy in Kyiv said 12 people had been killed in Sumy on Monday.", "en")
    assert claims[0]["args"]["location"] == "place:sumy"
    (c,) = _claims("The junta in Niamey denied that 30 civilians had been killed.", "en")
    assert "location" not in c["args"]


def test_events_there_is_the_place_named_last() -> None:
    claims = _claims(
        "Die Front verläuft bei Pokrowsk. Dort wurden am Montag nach Angaben der Armee 14 Soldaten getötet.", "de"
    )
    assert claims[-1]["args"].get("location") == "place:pokrovsk"


def test_events_separable_arrival_is_no_hit() -> None:
    claims = _claims(
        "Im Hafen von Gdynia trafen am Dienstag 24 Panzerhaubitzen vom Typ K9 Thunder für Polen ein."
        " Russische Raketen trafen am Montag ein Wohnhaus in Charkiw.",
        "de",
    )
    assert [c["type"] for c in claims] == ["arms_transfer", "attack"]
    assert (claims[0]["args"]["supplier"], claims[0]["args"]["recipient"]) == ("country:KR", "country:PL")


def test_events_the_makers_country_supplies_a_buyer() -> None:
    a = _args("Vietnam signed a contract worth $700 million for BrahMos missiles in March.", "en")
    assert (a.get("supplier"), a.get("recipient")) == ("country:IN", "country:VN")


def test_events_a_national_force_and_its_destination_give_the_parties() -> None:
    a = _args("In Vilnius trafen am Montag 500 Soldaten der Bundeswehr ein.", "de")
    assert (a.get("supplier"), a.get("recipient")) == ("country:DE", "country:LT")
    assert a.get("location") == "place:vilnius"  # a capital after "in" is where it happened


def test_events_a_capability_keeps_the_sentences_other_measures_after_its_own() -> None:
    claims = _claims(
        "Die Panzerhaubitze 2000 verschießt Granaten im Kaliber 155 Millimeter und erreicht Ziele in bis zu"
        " 40 Kilometern Entfernung.",
        "de",
    )
    cap = next(c for c in claims if c["type"] == "capability")
    assert [q["value"] for q in cap["args"]["quantities"]] == [40, 155]
    checks = lagebild.analyze(
        "Die 7,3 Meter langen Raketen vom Typ Iskander-M haben eine Reichweite von 500 Kilometern.", lang="de"
    ).to_dict()["checks"]
    assert [ch["verdict"] for ch in checks] == ["consistent"]  # the length in metres is no range


def _claims(text: str, lang: str) -> list[dict[str, Any]]:
    return list(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"])


def test_events_german_dative_country_is_the_recipient() -> None:
    a = _args("Die Nachbarstaaten hatten der Slowakei im Mai zugesagt, 40 Haubitzen zu liefern.", "de")
    assert a.get("recipient") == "country:SK" and a.get("supplier") != "country:SK"
    # a genitive after a noun is no recipient
    b = _args("Die Armee der Slowakei erhielt 40 Haubitzen aus Schweden.", "de")
    assert b.get("supplier") == "country:SE"


def test_events_dative_country_noun_is_the_recipient() -> None:
    claims = _claims(
        "Georgien grenzt an das Schwarze Meer. Die EU hat dem Land 50 Millionen Euro Militärhilfe bereitgestellt.", "de"
    )
    assert claims[-1]["args"].get("recipient") == "country:GE"
    assert claims[-1]["args"].get("supplier") != "country:GE"


def test_events_german_subject_after_receive_verb_is_the_recipient() -> None:
    a = _args("Im Jahr 2024 erhielt die Slowakei rund 20 Haubitzen.", "de")
    assert a.get("recipient") == "country:SK" and a.get("supplier") != "country:SK"


def test_events_source_government_is_no_regime_anaphor() -> None:
    claims = _claims(
        "Gunmen attacked a border post in Moldova. Moldova's government says the rifles came from Russian army stocks.",
        "en",
    )
    assert claims[-1]["args"].get("supplier") == "country:RU"


def test_events_spans_of_time_are_no_counts() -> None:
    a = _args("Die Staaten sagten zu, binnen zwölf Monaten 5000 Granaten an Moldau zu liefern.", "de")
    assert [q["value"] for q in a["quantities"]] == [5000]


def test_events_denying_army_is_the_supplier_it_denies_being() -> None:
    claims = _claims("The Moldovan army denied any unusual troop movements near the border.", "en")
    assert claims[-1]["args"].get("supplier") == "country:MD"
    assert claims[-1]["factuality"] == "negated"


def test_events_country_adjective_within_three_words_of_the_troops() -> None:
    a = _args("Serbian armoured units were seen moving towards the border in October.", "en")
    assert a.get("supplier") == "country:RS"


def test_events_deployment_host_after_in_is_recipient_and_location() -> None:
    a = _args("The mission has kept about 4,500 troops in Kosovo since 1999.", "en")
    assert a.get("recipient") == "country:XK" and a.get("location") == "country:XK"


def test_events_country_that_owns_the_speaker_is_no_party() -> None:
    a = _args("Eritrea's information minister, Yemane Tesfay, wrote on X that Ethiopia had massed troops.", "en")
    assert a.get("supplier") == "country:ET" and "recipient" not in a


def test_events_maker_adjective_yields_to_the_passive_agent() -> None:
    a = _args("Chinese-made drones were delivered to Ethiopia by the United Arab Emirates in 2021.", "en")
    assert a.get("supplier") == "country:AE" and a.get("recipient") == "country:ET"


def test_events_parties_of_an_old_transfer_do_not_carry_over() -> None:
    claims = _claims(
        "Frankreich lieferte 2023 zwölf Caesar-Haubitzen an Armenien. Die Lage blieb ruhig. Das Wetter war kalt. "
        "Auf der Halbinsel sind seit Mai 3000 Soldaten stationiert.",
        "de",
    )
    assert claims[-1]["args"].get("supplier") != "country:FR"
    claims = _claims("Frankreich lieferte 2023 zwölf Caesar-Haubitzen an Armenien. Hinzu kamen 40 Radpanzer.", "de")
    assert claims[-1]["args"].get("supplier") == "country:FR"


def test_events_ordered_by_names_the_buyer() -> None:
    a = _args("Italy's Leonardo has begun delivering 24 M-346 jets ordered by the Nigerian Air Force.", "en")
    assert a.get("supplier") == "country:IT" and a.get("recipient") == "country:NG"
    assert [q["value"] for q in a.get("quantities", [])] == [24]


def test_events_place_of_a_briefing_is_no_location() -> None:
    a = _args(
        "Spokesman Zhang Wei told a monthly briefing in Beijing that the army had moved 300 troops to the border.", "en"
    )
    assert a.get("location") != "place:beijing"


def test_events_state_source_speaks_of_its_own_forces() -> None:
    (c,) = _claims(
        "Wie das Pentagon am Dienstag mitteilte, sind in der Karibik acht Kriegsschiffe mit 4.000 Matrosen im Einsatz.",
        "de",
    )
    assert c["type"] == "troop_deployment" and c["args"].get("supplier") == "country:US"


def test_events_buyer_in_a_relative_clause_and_partners_after_with() -> None:
    a = _args("Russia has delivered three of the five S-400 squadrons that India ordered in 2018.", "en")
    assert a.get("supplier") == "country:RU" and a.get("recipient") == "country:IN"
    b = _args("Together with Latvia, Estonia has ordered IRIS-T SLM air defence systems from Germany.", "en")
    assert b.get("recipient") == "country:EE" and b.get("supplier") == "country:DE"
    c = _args("Gemeinsam mit Deutschland beschafft Norwegen vier U-Boote der Klasse 212CD.", "de")
    assert c.get("recipient") == "country:NO"


def test_events_national_force_buys_from_a_maker() -> None:
    a = _args("Die Deutsche Marine beschafft Seezielflugkörper vom Typ NSM vom Konzern Kongsberg.", "de")
    assert a.get("recipient") == "country:DE" and a.get("supplier") == "country:NO"


def test_events_dative_country_noun_after_a_metonym_supplier() -> None:
    claims = _claims(
        "Venezuela kauft russische Waffen. Moskau hatte dem Land 2009 Flugabwehrsysteme vom Typ S-300 geliefert.", "de"
    )
    assert claims[-1]["args"].get("supplier") == "country:RU"
    assert claims[-1]["args"].get("recipient") == "country:VE"


def test_events_coast_of_a_country_is_the_location() -> None:
    assert _args("Pirates attacked a tanker off the coast of Somalia on Monday.", "en").get("location") == "country:SO"
    a = _args("Die USA haben ihre Militärpräsenz vor der Küste Kubas im Mai ausgebaut.", "de")
    assert a.get("location") == "country:CU"


def test_events_statement_names_its_systems_and_vom_typ_designs() -> None:
    a = _args("Anfang September sollen zwei Kampfjets vom Typ F-16 über den Zerstörer geflogen sein.", "de")
    assert a.get("items") == ["weapon:f-16"]
    ids = {
        e["id"]
        for e in lagebild.analyze("Russland hat Systeme vom Typ Sarissa auf Kola stationiert.", lang="de").to_dict()[
            "entities"
        ]
    }
    assert "weapon:sarissa" in ids


def test_events_bought_in_a_country_and_troops_in_the_country() -> None:
    a = _args("Der Tschad hatte die unbemannten Flugzeuge im vergangenen Jahr in der Türkei gekauft.", "de")
    assert a.get("supplier") == "country:TR" and a.get("recipient") == "country:TD"
    claims = _claims(
        "Der Tschad kämpft gegen Boko Haram. Der Tschad kaufte Drohnen. "
        "Frankreich hatte zuletzt rund 1000 Soldaten in dem Land stationiert.",
        "de",
    )
    assert claims[-1]["args"].get("location") == "country:TD"


def test_events_port_of_a_town_is_a_place() -> None:
    ids = {
        e["id"] for e in lagebild.analyze("Russland baut den Hafen von Kalanduri aus.", lang="de").to_dict()["entities"]
    }
    assert "place:kalanduri" in ids


def test_events_german_participle_at_the_end_still_receives() -> None:
    a = _args("Polen hat eine weitere große Lieferung südkoreanischer Waffensysteme erhalten.", "de")
    assert a.get("supplier") == "country:KR" and a.get("recipient") == "country:PL"


def test_events_object_adjective_receives_and_customers_buy() -> None:
    a = _args("The State Department said that Iran's Revolutionary Guard supplies Iraqi factions with drones.", "en")
    assert a.get("supplier") == "country:IR" and a.get("recipient") == "country:IQ"
    b = _args("In 2025 Algeria became the first foreign customer for Russia's Su-57 stealth fighter.", "en")
    assert b.get("supplier") == "country:RU" and b.get("recipient") == "country:DZ"
    c = _args("Rabat took delivery of at least 13 TB2s from Turkey in 2021.", "en")
    assert c.get("supplier") == "country:TR" and c.get("recipient") == "country:MA"


def test_events_country_a_spokesman_speaks_for_is_no_party() -> None:
    a = _args("A spokesman for the Ugandan army, Colonel Ronald Kasoma, said 1,500 troops were sent to Juba.", "en")
    assert a.get("recipient") != "country:UG"


def test_events_places_owning_the_speaker_and_fields() -> None:
    a = _args("Borno's governor, Babagana Zulum, said soldiers had withdrawn 300 troops from the base.", "en")
    assert a.get("location") != "place:borno"
    b = _args("On 14 July, a drone hit the Khurmala field west of Erbil.", "en")
    assert b.get("location") == "place:khurmala"


def test_events_ordered_from_a_government_and_aircraft_as_maschinen() -> None:
    a = _args(
        "Die Schweiz hatte im September 2022 bei der US-Regierung 36 Maschinen für sechs Milliarden Franken bestellt.",
        "de",
    )
    assert a.get("supplier") == "country:US" and a.get("recipient") == "country:CH"


def test_events_national_service_stands_for_its_state() -> None:
    a = _args("The Philippine Navy received two frigates from South Korea in 2025.", "en")
    assert a.get("recipient") == "country:PH" and a.get("supplier") == "country:KR"


def test_events_the_unit_of_a_capability_figure_names_its_attribute() -> None:
    (cap,) = [c for c in _claims("The Mi-24 can reach speeds of around 320 kilometres per hour.", "en")]
    assert cap["args"]["attribute"] == "speed"
    assert cap["args"]["quantities"] == [{"value": 320, "unit": "km/h", "approx": "about"}]
    (rng,) = _claims("The Mi-24 can reach targets 8 kilometres away with its rockets.", "en")
    assert rng["args"]["attribute"] == "range"


def test_events_a_capability_class_noun_names_the_last_weapon_of_that_class() -> None:
    claims = _claims(
        "Die Luftwaffe fliegt den Eurofighter. Die Bundeswehr kaufte zudem IRIS-T. Die Raketen des Herstellers "
        "können Ziele in bis zu 25 Kilometern Entfernung bekämpfen.",
        "de",
    )
    cap = next(c for c in claims if c["type"] == "capability")
    assert cap["args"]["subject"] == "weapon:iris-t"  # a missile, not the jet named before it
    (cap,) = [
        c
        for c in _claims("Poland bought K9 howitzers and FA-50 jets. The guns can hit targets 40 km away.", "en")
        if c["type"] == "capability"
    ]
    assert cap["args"]["subject"] == "weapon:k9-thunder"


def test_events_a_version_of_the_last_named_system_is_the_capability_subject() -> None:
    text = "Algeria bought Iskander missiles from Russia in 2017. The export version has a range of 280 km."
    (cap,) = [c for c in _claims(text, "en") if c["type"] == "capability"]
    assert cap["args"]["subject"] == "weapon:iskander-m"
    text = "Algerien kaufte 2017 Iskander-Raketen. Die Exportversion hat eine Reichweite von 280 Kilometern."
    (cap,) = [c for c in _claims(text, "de") if c["type"] == "capability"]
    assert cap["args"]["subject"] == "weapon:iskander-m"


def test_events_a_gun_or_tube_noun_speaks_of_the_last_named_weapon() -> None:
    text = (
        "Die Milizen nutzen Panzerfäuste vom Typ RPG-7. Mit den Horror-Rohren können die Kämpfer Fahrzeuge "
        "noch auf 500 Meter Entfernung treffen."
    )
    (cap,) = [c for c in _claims(text, "de") if c["type"] == "capability"]
    assert cap["args"]["subject"] == "weapon:rpg-7"


def test_events_a_maker_as_subject_or_seller_gives_its_country() -> None:
    a = _args("Im Mai lieferte Rheinmetall 40 Flugabwehrpanzer vom Typ Skyranger an die Ukraine.", "de")
    assert (a.get("supplier"), a.get("recipient")) == ("country:DE", "country:UA")
    b = _args(
        "Die Regierung hatte das System 2023 für vier Milliarden Euro bei Israel Aerospace Industries bestellt.", "de"
    )
    assert b.get("supplier") == "country:IL"
    # a country before the verb is the subject, not the company after it
    c = _args("Polen kaufte 2024 bei Rheinmetall 40 Skyranger.", "de")
    assert c.get("recipient") == "country:PL"


def test_events_the_buyer_named_as_the_country_orders_where_it_buys() -> None:
    claims = _claims(
        "Marokko rüstet auf. Das Land bestellte 2024 bei einem Hersteller in Frankreich 18 Caesar-Haubitzen.", "de"
    )
    a = next(c for c in claims if "bestellte" in c["text"])["args"]
    assert (a.get("supplier"), a.get("recipient")) == ("country:FR", "country:MA")
    b = _args("Marokko bestellte 2024 in Frankreich 18 Caesar-Haubitzen.", "de")
    assert (b.get("supplier"), b.get("recipient")) == ("country:FR", "country:MA")
    # a deployment keeps "in" as where the troops go
    c = _args("Die Bundeswehr verlegte im Mai 500 Soldaten in Litauen an die Grenze.", "de")
    assert c.get("recipient") == "country:LT"


def test_events_present_tense_receive_verbs_name_the_buyer() -> None:
    a = _args("Jordanien erhält jährlich Militärhilfe im Wert von 400 Millionen Dollar aus den USA.", "de")
    assert (a.get("supplier"), a.get("recipient")) == ("country:US", "country:JO")
    b = _args("Romania buys 54 Abrams tanks from the United States for $2.5 billion.", "en")
    assert (b.get("supplier"), b.get("recipient")) == ("country:US", "country:RO")


def test_events_further_systems_take_up_the_system_named_before() -> None:
    claims = _claims(
        "Ägypten kaufte 2018 das Flugabwehrsystem IRIS-T SLM. Im Vorjahr bestellte Kairo zwei weitere Systeme.",
        "de",
    )
    assert claims[1]["args"].get("items") == ["weapon:iris-t"]
    other = _claims("Ägypten kaufte 2018 das Flugabwehrsystem IRIS-T SLM. Kairo bestellte zudem neue Waffen.", "de")
    assert not other[1]["args"].get("items")  # "Waffen" takes up nothing


def test_events_a_negotiating_subject_buys_from_its_partner_unless_it_makes_the_item() -> None:
    a = _args("Kairo verhandelt mit Peking über die Lieferung von bis zu 40 J-10C-Kampfjets.", "de")
    assert (a.get("supplier"), a.get("recipient")) == ("country:CN", "country:EG")
    b = _args("Rabat is negotiating with Washington for up to 32 F-35 fighters.", "en")
    assert (b.get("supplier"), b.get("recipient")) == ("country:US", "country:MA")
    c = _args("Frankreich verhandelt mit Indien über 26 Rafale-Kampfjets.", "de")
    assert (c.get("supplier"), c.get("recipient")) == ("country:FR", "country:IN")


def test_events_weight_in_tonnes_schwer_is_a_capability() -> None:
    claims = _claims(
        "Der Zerstörer „Kim Chaek“ lief 2025 vom Stapel. Das Kriegsschiff ist rund 5000 Tonnen schwer.", "de"
    )
    cap = next(c for c in claims if c["type"] == "capability")
    assert cap["args"]["attribute"] == "weight" and cap["args"]["quantities"][0]["value"] == 5000


def test_events_german_compound_item_after_a_country_adjective_names_the_supplier() -> None:
    import lagebild

    text = "Am Montag wurden nach Angaben aus Seoul 14 nordkoreanische Militärflugzeuge und drei Kriegsschiffe gezählt."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["args"]["supplier"] == "country:KP"


def test_events_subject_that_moved_divisions_is_the_supplier() -> None:
    import lagebild

    text = "Satellite imagery shows that Eritrea has moved at least two divisions into the border region since May."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["type"] == "troop_deployment" and c["args"]["supplier"] == "country:ER"


def test_events_a_country_moving_forces_inside_its_territory_supplies_them() -> None:
    import lagebild

    text = "Opposition sources say more than 3,000 troops have been moved into Zulia state since May."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["args"].get("supplier") == "country:VE" and "recipient" not in c["args"]
    # a foreign force keeps the country of the place as its host
    text = "Russia has kept about 1,500 troops in Transnistria since 1992."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["args"].get("supplier") == "country:RU" and c["args"].get("recipient") == "country:MD"


def test_events_where_a_deployment_goes_and_place_nouns_mark_locations() -> None:
    a = _args("Uganda deployed about 300 special forces to Juba in March.", "en")
    assert a.get("recipient") == "country:SS" and a.get("location") == "place:juba"
    # a transfer to a capital goes to the state: the recipient, no place
    a = _args("Russia delivered four more attack helicopters to Bamako last week.", "en")
    assert a.get("recipient") == "country:ML" and "location" not in a
    a = _args("About 30 armed men stormed the village of Banjska in northern Kosovo and killed a police officer.", "en")
    assert a.get("location") == "place:banjska"
    text = (
        "Ali Khan, an analyst at the Centre for Regional Studies in Islamabad, said the TTP carried out"
        " 600 attacks in Khyber Pakhtunkhwa."
    )
    assert _args(text, "en").get("location") != "place:islamabad"


def test_events_date_spans_plans_and_the_trigger_clause() -> None:
    a = _args("Between August 2024 and May 2025 at least 11 cargo flights from Russia landed in Bangui.", "en")
    assert "date" not in a
    a = _args(
        "UN monitors documented at least 470 civilians killed in airstrikes between July and December 2025.", "en"
    )
    assert a.get("date", {}).get("value") == "2025"
    a = _args("Dort sollen ab 2027 jährlich bis zu 100.000 Granaten hergestellt werden.", "de")
    assert a.get("date", {}).get("value") == "2027"
    a = _args("In March Russia delivered two of the five S-400 squadrons that India ordered in 2018.", "en")
    assert a.get("date", {}).get("value", "").startswith("20") and a["date"]["value"] != "2018"


def test_events_an_acting_subject_supplies_what_it_moves_out_of_another_country() -> None:
    (c,) = lagebild.analyze(
        "Im Mai hat Russland Luftabwehrsysteme aus Syrien nach Libyen verlegt.", lang="de"
    ).to_dict()["claims"]
    assert c["args"]["supplier"] == "country:RU" and c["args"]["recipient"] == "country:LY"
    (c,) = lagebild.analyze("Iran bezieht aus Russland Kampfjets.", lang="de").to_dict()["claims"]
    assert c["args"]["supplier"] == "country:RU" and c["args"]["recipient"] == "country:IR"


def test_events_where_something_was_bought_supplies_it_and_is_no_buyer() -> None:
    (c,) = lagebild.analyze("Die Regierung hatte die Raketen 2023 in Israel bestellt.", lang="de").to_dict()["claims"]
    assert c["args"].get("supplier") == "country:IL" and c["args"].get("recipient") is None
    text = "Das Land hat in den USA 32 Kampfjets vom Typ F-35A bestellt."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["args"].get("supplier") == "country:US"
    (c,) = lagebild.analyze("Poland bought 180 tanks in South Korea.", lang="en").to_dict()["claims"]
    assert c["args"].get("supplier") == "country:KR" and c["args"].get("recipient") == "country:PL"


def test_events_there_and_off_a_coast_locate_production_and_attacks() -> None:
    text = "Rheinmetall betreibt ein Werk in Unterlüß. Dort sollen ab 2027 jährlich 50.000 Granaten hergestellt werden."
    claims = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert claims[-1]["type"] == "production" and claims[-1]["args"].get("location") == "place:unterluess"
    text = "Am Montag griffen Piraten rund 300 Seemeilen vor der somalischen Küste einen Tanker an."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["args"].get("location") == "country:SO"
    # a coast the distance is measured from is no location
    text = "Am Montag griffen Drohnen einen Tanker an, rund 600 Kilometer von der italienischen Küste entfernt."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["args"].get("location") != "country:IT"


def test_events_where_a_source_spoke_is_no_party_or_place() -> None:
    text = "Vizeminister Jan Novák sagte am Donnerstag in Prag, 2026 könnten bis zu 800.000 Schuss geliefert werden."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "arms_transfer"
    assert c["args"].get("recipient") != "country:CZ" and c["args"].get("location") != "place:prague"


def test_events_the_weapons_are_the_system_named_last() -> None:
    text = "Nordkorea hat Russland 20 Haubitzen vom Typ Koksan geliefert. Die Waffen sollen in Kursk eingesetzt werden."
    claims = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert claims[-1]["args"].get("items") == ["weapon:koksan"]


def test_events_a_progressive_is_no_passive_and_the_clause_after_that_holds_the_parties() -> None:
    a = _args("The minister said that Belarus was supplying Russia with artillery shells.", "en")
    assert a["supplier"] == "country:BY" and a["recipient"] == "country:RU"
    a = _args("Officials said Kyiv had evidence that Iran was supplying Russia with artillery shells.", "en")
    assert a["supplier"] == "country:IR" and a["recipient"] == "country:RU"


def test_events_the_possessor_of_imported_goods_receives_them() -> None:
    a = _args("Belarus supplied about 60 percent of Russia's imported artillery shells in 2024.", "en")
    assert a["supplier"] == "country:BY" and a["recipient"] == "country:RU"


def test_events_attacks_name_the_attacking_and_the_targeted_state() -> None:
    a = _args("Russland griff in der Nacht erneut ukrainische Städte mit 90 Drohnen an.", "de")
    assert a["attacker"] == "country:RU" and a["target"] == "country:UA"
    assert "supplier" not in a and "recipient" not in a
    a = _args("Die Ukraine hat eine Raffinerie im russischen Gebiet Samara mit Drohnen angegriffen.", "de")
    assert a["attacker"] == "country:UA" and a["target"] == "country:RU"
    a = _args("The army said Indian drones had struck four villages in Pakistan-administered Kashmir.", "en")
    assert a["attacker"] == "country:IN" and a["target"] == "country:PK"
    a = _args("Rockets fired from Lebanon slammed into the Israeli town of Kiryat Shmona on Tuesday.", "en")
    assert "attacker" not in a  # an armed group fired them: no attacking state named


def test_events_since_and_until_date_the_event_by_the_end_they_name() -> None:
    a = _args("Russia has delivered 20 tanks to Belarus since May 2024, officials said.", "en")
    assert a["date"]["value"] == "2024-05"
    a = _args("Rheinmetall will bis 2027 jährlich 1,5 Millionen Granaten in Unterlüß herstellen.", "de")
    assert a["date"]["value"] == "2027"


def test_events_a_russian_strike_on_a_capital_is_located_there() -> None:
    # "по" + capital: the place struck, not the government it could stand for
    (c,) = lagebild.analyze("При ударе по Киеву 24 января погибли 3 человека.", lang="ru").to_dict()["claims"]
    assert c["args"]["location"] == "place:kyiv"
    (c,) = lagebild.analyze("Унаслідок удару по Києву загинули двоє людей.", lang="uk").to_dict()["claims"]
    assert c["args"]["location"] == "place:kyiv"


def test_events_a_generic_drone_word_beside_a_named_type_is_no_item() -> None:
    a = _args("Ночью армия запустила по Одессе 40 беспилотников типа «Герань-2».", "ru")
    assert a["items"] == ["weapon:shahed-136"]
    # alone, the generic word is the item
    a = _args("Ночью армия запустила по Одессе 40 беспилотников.", "ru")
    assert a["items"] == ["munition:uav-generic-cyrillic"]


def test_events_russian_and_ukrainian_launched_drones_or_missiles_are_an_attack() -> None:
    (c,) = lagebild.analyze("Ночью армия запустила по Одессе 40 беспилотников.", lang="ru").to_dict()["claims"]
    assert c["type"] == "attack"
    (c,) = lagebild.analyze("Ворог запустив по Харкову дві ракети.", lang="uk").to_dict()["claims"]
    assert c["type"] == "attack"


def test_events_a_country_adjective_on_the_companies_that_deliver_names_the_supplier() -> None:
    args = _args("Chinese companies delivered armoured vehicles worth 80 million dollars to Mali last year.", "en")
    assert args["supplier"] == "country:CN" and args["recipient"] == "country:ML"
    args = _args("Türkische Firmen lieferten im Mai 12 Drohnen an Niger.", "de")
    assert args["supplier"] == "country:TR"


def test_events_a_number_inside_a_name_counts_nothing() -> None:
    def values(text: str, lang: str) -> list[float]:
        claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
        return [q["value"] for c in claims for q in c["args"].get("quantities", [])]

    assert values("Frankreich hat drei Radaranlagen vom Typ Ground Master 200 an Armenien geliefert.", "de") == [3]
    assert 2576 not in values("Russia launched Kosmos 2576 in May 2024 and 3 other satellites.", "en")
    assert values("Iran lieferte Russland 200 Drohnen.", "de") == [200]  # a country before a count is no name


def test_events_a_russian_feminine_dative_without_preposition_receives() -> None:
    args = _args("Помимо снарядов, Пхеньян поставляет Москве ракеты KN-23, в КНДР известные как «Хвасон-11».", "ru")
    assert args["supplier"] == "country:KP" and args["recipient"] == "country:RU"


def test_events_a_country_right_after_a_verb_of_giving_receives() -> None:
    args = _args("С осени 2023 года КНДР могла передать России до шести миллионов снарядов.", "ru")
    assert args["supplier"] == "country:KP" and args["recipient"] == "country:RU"
    text = "Міністерство оборони Польщі спростувало повідомлення про нібито передачу Україні 10 МіГ-29."
    assert _args(text, "uk")["recipient"] == "country:UA"


def test_events_a_force_in_a_capital_went_there() -> None:
    text = "Im Januar trafen etwa 200 Angehörige des russischen Afrikakorps in Ouagadougou ein."
    c = lagebild.analyze(text, lang="de", published="2025-03-01").to_dict()["claims"][0]
    assert c["args"].get("location") == "place:ouagadougou"


def test_events_contract_with_a_maker_names_buyer_and_seller() -> None:
    text = (
        "Im Mai unterzeichnete das tschechische Verteidigungsministerium einen Vertrag über 30 Leopard 2A8 "
        "mit dem Hersteller KNDS."
    )
    args = lagebild.analyze(text, lang="de").to_dict()["claims"][0]["args"]
    assert args.get("recipient") == "country:CZ" and args.get("supplier") == "country:DE"


def test_events_orders_from_a_country_make_it_the_buyer() -> None:
    c = lagebild.analyze("Dazu kommen Aufträge aus Estland für zwei Systeme vom Typ IRIS-T SLM.", lang="de").to_dict()
    assert c["claims"][0]["args"].get("recipient") == "country:EE"


def test_events_fire_units_take_up_the_air_defence_named_before() -> None:
    text = (
        "Diehl Defence liefert zwei Systeme IRIS-T SLM an die Ukraine. "
        "Der Haushaltsausschuss billigte zudem den Kauf von sechs Feuereinheiten für die Luftwaffe."
    )
    cs = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert cs[-1]["args"].get("items") == ["weapon:iris-t"]


def test_events_country_adjective_of_a_receiving_force_is_no_supplier() -> None:
    args = lagebild.analyze("В мае алжирские ВВС получили первые истребители Су-57Э.", lang="ru").to_dict()["claims"][
        0
    ]["args"]
    assert args.get("recipient") == "country:DZ" and args.get("supplier") == "country:RU"


def test_events_what_a_subject_first_source_says_keeps_its_place() -> None:
    text = (
        "Эксперты организации Conflict Armament Research изучили обломки 27 беспилотников «Герань-2», сбитых в "
        "июле, и обнаружили в 19 из них двигатели компании из провинции Шаньдун."
    )
    c = lagebild.analyze(text, lang="ru").to_dict()["claims"][0]
    assert c["args"].get("location") == "place:shandong"


def test_events_off_a_coast_is_where_not_who() -> None:
    text = "In den ersten neun Monaten wurden vor Somalia bereits sieben Schiffe von Piraten angegriffen."
    args = lagebild.analyze(text, lang="de").to_dict()["claims"][0]["args"]
    assert args.get("location") == "country:SO" and args.get("attacker") != "country:SO"


def test_events_a_named_systems_maker_country_supplies_before_the_supplier_of_the_sentence_before() -> None:
    text = (
        "China deployed 30 aircraft and 9 warships around Taiwan on Monday. "
        "Taiwan received its first 11 HIMARS launchers in 2024, the ministry said."
    )
    claims = lagebild.analyze(text, lang="en", published="2025-03-14").to_dict()["claims"]
    assert claims[1]["args"]["supplier"] == "country:US" and claims[1]["args"]["recipient"] == "country:TW"


def test_events_a_second_speaker_joined_to_the_source_is_no_party() -> None:
    text = "Пхеньян, по данным Сеула и Киева, направил в Курскую область около 11 тысяч военнослужащих."
    c = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"][0]
    assert c["args"]["supplier"] == "country:KP" and c["args"]["recipient"] == "country:RU"


def test_events_a_buyer_named_by_a_noun_of_buying_or_using_is_the_recipient() -> None:
    c = _args("Indonesia is reportedly close to finalising a BrahMos purchase worth around $450 million.", "en")
    assert c["recipient"] == "country:ID" and c["supplier"] == "country:IN"
    c = _args("Mali has been flying Turkish-made Bayraktar TB2 drones since 2022.", "en")
    assert c["recipient"] == "country:ML" and c["supplier"] == "country:TR"
    c = _args("Polen hat einen weiteren Großauftrag für südkoreanische Kampfpanzer unterzeichnet.", "de")
    assert c["recipient"] == "country:PL"


def test_events_russian_and_ukrainian_nouns_of_buying_name_the_buyer() -> None:
    c = _args("Индия подписала с Францией соглашение о покупке 26 истребителей Rafale M.", "ru")
    assert c["recipient"] == "country:IN" and c["supplier"] == "country:FR"
    c = _args("Мали эксплуатирует турецкие беспилотники Bayraktar TB2 с 2022 года.", "ru")
    assert c["recipient"] == "country:ML" and c["supplier"] == "country:TR"
    c = _args("Індія підписала з Францією угоду про купівлю 26 винищувачів Rafale M.", "uk")
    assert c["recipient"] == "country:IN"
    # foreign customers as the object: the seller is the subject
    c = _args("В 2024 году Россия поставила иностранным заказчикам истребители Су-35.", "ru")
    assert c["supplier"] == "country:RU"


def test_events_a_german_capital_named_as_the_object_of_a_strike_is_its_place() -> None:
    c = _args("Die Miliz griff am Mittwoch mit Drohnen die Hafenstadt Port Sudan an.", "de")
    assert c["location"] == "place:port-sudan"
    # the genitive owner of a body is no place of the strike
    text = "Die Sicherheitsbehörden der Region Kurdistan meldeten am Mittwoch einen Drohnenangriff."
    assert _args(text, "de").get("location") != "place:kurdistan-region"


def test_events_a_capital_a_strike_hits_is_its_place() -> None:
    assert _args("Russia attacked Kyiv overnight with 200 drones.", "en")["location"] == "place:kyiv"
    assert _args("Russland hat Kiew in der Nacht mit 200 Drohnen angegriffen.", "de")["location"] == "place:kyiv"
    # a capital that speaks is no place
    c = _args("Kyiv said Russian forces had struck a power plant in the Kharkiv region.", "en")
    assert c.get("location") != "place:kyiv"


def test_events_the_first_system_and_several_systems_name_the_system_named_before() -> None:
    text = (
        "Diehl Defence liefert das Luftverteidigungssystem IRIS-T SLM an mehrere Länder. "
        "Das erste System war im Oktober 2022 in der Ukraine eingetroffen. "
        "Ägypten hatte bereits 2018 mehrere Systeme bestellt."
    )
    claims = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert [c["args"].get("items") for c in claims[1:]] == [["weapon:iris-t"], ["weapon:iris-t"]]


def test_events_the_country_whose_imports_or_exports_are_counted_receives_or_supplies() -> None:
    c = _args("Nach Angaben von Sipri stammen rund 81 Prozent der pakistanischen Rüstungsimporte aus China.", "de")
    assert (c["supplier"], c["recipient"]) == ("country:CN", "country:PK")
    c = _args("Nach ihren Berechnungen entfielen rund 43 Prozent der armenischen Rüstungsimporte auf Indien.", "de")
    assert (c["supplier"], c["recipient"]) == ("country:IN", "country:AM")
    c = _args("China accounted for 81 percent of Pakistani arms imports, according to SIPRI.", "en")
    assert (c["supplier"], c["recipient"]) == ("country:CN", "country:PK")


def test_events_the_region_an_official_heads_is_not_where_it_happened() -> None:
    text = (
        "По словам главы Климовского района Брянской области Игоря Фомичёва, в результате падения "
        "обломков беспилотника в посёлке Климово повреждены кровля частного дома и линия электропередачи."
    )
    assert _args(text, "ru")["location"] == "place:klimovo"
    text = "Губернатор Брянской области Андрей Щеглов сообщил, что в поселке Суземка повреждены два дома."
    assert _args(text, "ru")["location"] == "place:suzemka"
    # with no other place named, the official's region stays the place
    text = "По словам главы Климовского района, в районе Брянской области повреждены два дома."
    assert _args(text, "ru").get("location") is not None


def test_events_the_airspace_entered_is_where_it_happened() -> None:
    text = (
        "Während eines russischen Großangriffs auf die Westukraine sind in der Nacht nach Angaben der "
        "polnischen Armee mindestens drei Drohnen in den Luftraum Polens eingedrungen."
    )
    assert _args(text, "de")["location"] == "country:PL"
    text = "Three Russian drones entered Poland's airspace during an attack on western Ukraine."
    assert _args(text, "en")["location"] == "country:PL"
    # a place in that country or at sea stays the place
    text = "Two Russian jets entered Finnish airspace near Imatra on Tuesday, the ministry said."
    assert _args(text, "en")["location"] == "place:imatra"


def test_events_a_state_named_by_its_kind_takes_up_the_last_such_state_named() -> None:
    text = (
        "Deutschland genehmigte Rüstungsexporte nach Saudi-Arabien und Polen. "
        "Das Königreich erhielt 2025 Genehmigungen über rund 430 Millionen Euro."
    )
    claims = lagebild.analyze(text, lang="de", published="2025-03-14").to_dict()["claims"]
    assert claims[-1]["args"]["recipient"] == "country:SA"  # the monarchy, not Poland named last
    text = (
        "Singapore received its last submarine in 2024. "
        "It said the city-state does not authorise arms transfers to Myanmar."
    )
    claims = lagebild.analyze(text, lang="en", published="2025-03-14").to_dict()["claims"]
    assert claims[-1]["args"].get("supplier") == "country:SG"


def test_events_who_negotiates_for_arms_with_no_partner_named_buys_them() -> None:
    c = _args("Several Moroccan outlets claimed that Rabat is negotiating for up to 32 F-35 stealth fighters.", "en")
    assert c.get("recipient") == "country:MA" and c.get("supplier") != "country:MA"
    # the maker's own country negotiating sells
    c = _args("Frankreich verhandelt über den Verkauf weiterer Rafale-Kampfjets.", "de")
    assert c.get("recipient") != "country:FR"


def test_events_a_denier_of_another_states_deliveries_is_their_recipient() -> None:
    rep = lagebild.analyze(
        "Das russische Außenministerium wies Berichte über nordkoreanische Lieferungen von Granaten zurück.", lang="de"
    ).to_dict()
    args = rep["claims"][0]["args"]
    assert (args["supplier"], args["recipient"]) == ("country:KP", "country:RU")
    # a state that denies supplying stays the supplier
    rep = lagebild.analyze("Teheran bestreitet, die Huthi mit Waffen zu beliefern.", lang="de").to_dict()
    assert rep["claims"][0]["args"]["supplier"] == "country:IR"


def test_events_a_channels_audience_is_no_figure_of_the_event() -> None:
    (c,) = lagebild.analyze(
        "The account @GulfWatcher, which has more than 200,000 followers, posted footage of 40 drones near Basra.",
        lang="en",
    ).to_dict()["claims"]
    assert [q["value"] for q in c["args"]["quantities"]] == [40]


def test_events_the_maker_of_a_weapon_is_no_target_of_an_attack() -> None:
    for text, lang in (
        ("Air defences shot down four US-made ATACMS missiles over Belgorod overnight.", "en"),
        ("За сутки средствами ПВО сбиты четыре ракеты ATACMS производства США над Белгородом.", "ru"),
    ):
        c = lagebild.analyze(text, lang=lang).to_dict()["claims"][0]
        assert c["args"].get("target") != "country:US"


def test_events_the_date_after_a_night_is_the_nights() -> None:
    for text, lang, want in (
        (
            "В Генштабе ВСУ уточнили, что в ночь на 7 февраля по Харьковской области были выпущены две ракеты.",
            "ru",
            "2025-02-07",
        ),
        ("Повітряні сили повідомляли, що в ніч на 5 лютого Росія випустила по Дніпру 3 ракети.", "uk", "2025-02-05"),
    ):
        c = lagebild.analyze(text, lang=lang, published="2025-02-11").to_dict()["claims"][0]
        assert c["args"]["date"]["value"] == want, text


def test_events_a_body_and_its_seat_or_owner_buy_and_where_it_ordered_supplies() -> None:
    a = _args(
        "Im Oktober bestellte das Verteidigungsministerium in Oslo 24 Haubitzen vom Typ K9 in Südkorea.",
        "de",
    )
    assert a.get("recipient") == "country:NO" and a.get("supplier") == "country:KR"
    b = _args("Die Armee von Chile bestellte im Mai zwölf Kampfjets vom Typ F-16 in den USA.", "de")
    assert b.get("recipient") == "country:CL" and b.get("supplier") == "country:US"
    c = _args("The defence ministry in Lima ordered 24 KF-21 jets in South Korea.", "en")
    assert c.get("recipient") == "country:PE" and c.get("supplier") == "country:KR"


def test_events_a_contract_to_supply_makes_its_signer_the_supplier() -> None:
    a = _args("France signed a contract in June 2024 to supply Armenia with 36 CAESAR howitzers.", "en")
    assert a.get("supplier") == "country:FR" and a.get("recipient") == "country:AM"
    b = _args("Frankreich unterzeichnete im Juni einen Vertrag, um Armenien 36 CAESAR-Haubitzen zu liefern.", "de")
    assert b.get("supplier") == "country:FR" and b.get("recipient") == "country:AM"
    c = _args("Peru signed a contract with South Korea for 24 KF-21 jets.", "en")
    assert c.get("supplier") == "country:KR" and c.get("recipient") == "country:PE"
    # a buyer that orders jets "to supply its air force" still buys
    d = _args("Poland ordered 24 F-35 jets from the United States to supply its air force.", "en")
    assert d.get("supplier") == "country:US" and d.get("recipient") == "country:PL"


def test_events_the_country_of_sent_instructors_ships_or_a_compound_supplies_a_deployment() -> None:
    a = _args("In Burkina Faso sind rund 100 russische Ausbilder im Einsatz.", "de")
    assert a.get("supplier") == "country:RU" and a.get("recipient") == "country:BF"
    b = _args("Im Oktober waren rund 1.500 US-Soldaten über Grafenwöhr nach Rumänien verlegt worden.", "de")
    assert b.get("supplier") == "country:US" and b.get("recipient") == "country:RO"
    c = _args("About 100 Russian instructors have been stationed near Ouagadougou since early 2024.", "en")
    assert c.get("supplier") == "country:RU"
    d = _args("He said at least nine Chinese ships had shadowed the convoy near the shoal.", "en")
    assert d.get("supplier") == "country:CN"


def test_events_a_signed_contract_of_any_size_or_a_taken_delivery_makes_the_subject_buy() -> None:
    a = _args("Warsaw signed a second executive contract for 180 K2 tanks in August.", "en")
    assert a.get("recipient") == "country:PL" and a.get("supplier") == "country:KR"
    b = _args("Sudan's army has taken delivery of at least six Turkish-made Akinci drones since March.", "en")
    assert b.get("recipient") == "country:SD" and b.get("supplier") == "country:TR"
    c = _args("Morocco has signed arms deals worth at least $9bn since 2020.", "en")
    assert c.get("recipient") == "country:MA" and c.get("supplier") != "country:MA"


def test_events_the_austrian_bundesheer_buys_for_austria() -> None:
    a = _args("Der Nationalrat billigte den Kauf von sechs Feuereinheiten IRIS-T SLM für das Bundesheer.", "de")
    assert a.get("recipient") == "country:AT"


def test_events_a_count_in_words_after_a_capitalised_word_is_no_part_of_a_name() -> None:
    a = _args("Вночі росіяни скинули на Вербівку дві керовані авіабомби, повідомив голова громади Іван Петренко.", "uk")
    assert [q["value"] for q in a.get("quantities") or []] == [2]
    b = _args("Die Kosmos 2576 soll nach Angaben der Behörde am Dienstag gestartet sein.", "de")
    assert 2576 not in [q["value"] for q in b.get("quantities") or []]
