"""Unknown places named by a place noun (invented names)."""

import lagebild


def _places(text: str, lang: str) -> dict[str, list[str]]:
    ents = lagebild.analyze(text, lang=lang).to_dict()["entities"]
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in ents if e["type"] == "place"}


def test_places_noun_names_an_unknown_place() -> None:
    found = _places("Russian troops entered the village of Zorianka. Fighting in Zorianka went on all night.", "en")
    assert found["Zorianka"] == ["Zorianka", "Zorianka"]
    assert "Kel Marut" in _places("Drones struck Kel Marut air base on Monday.", "en")
    assert "Hallwang" in _places("Die Bundeswehr verlegte Soldaten in das Lager Hallwang.", "de")


def test_places_owner_and_common_words_are_no_place() -> None:
    assert _places("Passengers waited at New York's JFK airport for hours.", "en").get("York’s JFK") is None
    assert "York's JFK" not in _places("Passengers waited at New York's JFK airport for hours.", "en")
    assert _places("Die Stadt und der Landkreis baten um Hilfe.", "de") == {}


def test_places_organisation_words_make_no_person() -> None:
    text = "The Office for the Coordination of Humanitarian Affairs said that 300 people were displaced by the floods."
    ents = lagebild.analyze(text, lang="en").to_dict()["entities"]
    assert not [e for e in ents if e["type"] == "person"]
    text = "Minister Piotr Nowak said that 300 people were displaced by the floods."
    ents = lagebild.analyze(text, lang="en").to_dict()["entities"]
    assert [e["name"] for e in ents if e["type"] == "person"] == ["Piotr Nowak"]


def test_places_name_ending_after_a_location_preposition() -> None:
    rep = lagebild.analyze("Die Soldaten sind in Kleinwalsdorf und bei Neustrelitz stationiert.", lang="de").to_dict()
    places = {m["text"] for e in rep["entities"] if e["type"] == "place" for m in e["mentions"]}
    assert {"Kleinwalsdorf", "Neustrelitz"} <= places
    rep = lagebild.analyze("Shelling hit homes near Zarichnivka on Sunday.", lang="en").to_dict()
    assert any(e["type"] == "place" and e["name"] == "Zarichnivka" for e in rep["entities"])
    rep = lagebild.analyze("Die Einheit ist in Stellung und in Bereitschaft.", lang="de").to_dict()
    assert not any(e["type"] == "place" for e in rep["entities"])


def test_places_a_name_after_near_or_a_compass_direction_is_a_place() -> None:
    assert "Kalbeni" in _places("Two fishermen were killed near Kalbeni on Saturday.", "en")
    assert "Tal Sabun" in _places("Die Miliz griff Stellungen nahe Tal Sabun an.", "de")
    assert "Ruto" not in " ".join(_places("Officials stood near President Ruto.", "en"))


def test_places_gazetteer_cities_after_a_location_preposition() -> None:
    import lagebild

    rep = lagebild.analyze("Am Sonntag starben bei Apatzingán zwei Soldaten.", lang="de").to_dict()
    (city,) = [e for e in rep["entities"] if e["id"] == "place:apatzingan"]
    assert city["type"] == "place"
    rep = lagebild.analyze("Drones struck a depot in Zakho in March, officials said.", lang="en").to_dict()
    ids = {e["id"] for e in rep["entities"]}
    assert "place:zakho" in ids and "place:march" not in ids
    # a city name that opens a longer name is not the city
    rep = lagebild.analyze("The toll was 600,000, according to researchers at Ghent University.", lang="en").to_dict()
    assert "place:ghent" not in {e["id"] for e in rep["entities"]}


def test_places_gazetteer_city_gives_the_recipient_country() -> None:
    import lagebild

    (c,) = lagebild.analyze("Die Haubitzen trafen am Dienstag in Pilsen ein.", lang="de").to_dict()["claims"]
    assert c["args"].get("recipient") == "country:CZ"


def test_places_compass_regions_of_countries_at_war_are_locations() -> None:
    (c,) = lagebild.analyze(
        "Die Luftwaffe bombardierte am Montag Stellungen der Miliz im Nordirak.", lang="de"
    ).to_dict()["claims"]
    assert c["args"]["location"] == "place:northern-iraq"
    (d,) = lagebild.analyze("Artillery shelled two towns in eastern Ukraine on Monday.", lang="en").to_dict()["claims"]
    assert d["args"]["location"] == "place:eastern-ukraine"


def test_places_a_name_after_a_place_noun_is_a_place() -> None:
    rep = lagebild.analyze("Ein Arzt aus der Kleinstadt Nuru Tamba sagte, es gebe zwölf Tote.", lang="de").to_dict()
    types = {m["text"]: e["type"] for e in rep["entities"] for m in e["mentions"]}
    assert types["Nuru Tamba"] == "place"
    rep = lagebild.analyze("Residents of the town of Kalma Abdi said 12 people were killed.", lang="en").to_dict()
    types = {m["text"]: e["type"] for e in rep["entities"] for m in e["mentions"]}
    assert types["Kalma Abdi"] == "place"


def test_places_russian_and_ukrainian_villages_and_districts() -> None:
    found = _places("Обломки беспилотника упали в посёлке Зорянка, позже обстрел Зорянки повторился.", "ru")
    assert "Зорянка" in found
    assert "Пилипецькому районі" in _places("Дрон атакував автомобіль у Пилипецькому районі, поранено двох.", "uk")
    ids = {
        e["id"]
        for e in lagebild.analyze("Обстрел в селе Малиновка и в поселке Зорянка.", lang="ru").to_dict()["entities"]
    }
    assert {"place:malinovka", "place:zoryanka"} <= ids  # transliterated ids, one per place


def test_places_a_district_takes_over_the_town_its_adjective_names() -> None:
    (c,) = lagebild.analyze("Дрон атаковал автомобиль в Рыльском районе, ранены 2 человека.", lang="ru").to_dict()[
        "claims"
    ]
    assert c["args"]["location"] == "place:rylskom-rayone"
