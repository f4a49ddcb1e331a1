"""Each claim rule, on invented sentences and a small hand-made KB."""

from typing import Any

import pytest

import lagebild
from lagebild.kb.link import Linker
from lagebild.pipeline import Pipeline
from lagebild.report import build_report

from .conftest import make_doc

NAMES = ["structure", "language", "sentences", "entities", "times", "quantities", "claims", "checks", "signals"]


@pytest.fixture(scope="module")
def run(mini_linker: Linker) -> Any:
    pipe = Pipeline(NAMES, {"linker": mini_linker})

    def go(text: str, lang: str = "de", published: str | None = "2025-03-14") -> list[dict[str, Any]]:
        doc = pipe(make_doc(text, lang, published))
        return list(build_report(doc, mini_linker.kb).to_dict()["claims"])

    return go


def test_claims_transfer_roles_from_adjective_and_preposition(run: Any) -> None:
    (c,) = run("Iranische Shahed-136-Drohnen wurden nach Russland geliefert.")
    assert c["type"] == "arms_transfer" and c["factuality"] == "asserted"
    assert c["args"]["supplier"] == "country:IR" and c["args"]["recipient"] == "country:RU"
    assert c["args"]["items"] == ["weapon:shahed-136"]


def test_claims_metonym_capital_as_supplier(run: Any) -> None:
    (c,) = run("Teheran lieferte im Januar 300 Artilleriegeschosse an Russland.")
    assert c["args"]["supplier"] == "country:IR" and c["args"]["recipient"] == "country:RU"
    assert c["args"]["quantities"][0]["value"] == 300


def test_claims_receive_verb_makes_subject_recipient(run: Any) -> None:
    (c,) = run("Russland erhielt Shahed-136 aus Iran.")
    assert (c["args"]["supplier"], c["args"]["recipient"]) == ("country:IR", "country:RU")


def test_claims_named_source_with_laut_and_kind_from_affiliation(run: Any) -> None:
    (c,) = run("Laut Jane Roe hat Russland 500 Artilleriegeschosse aus Iran erhalten.")
    att = c["attribution"]
    assert att["source_entity"] == "person:jane-roe" and att["source_kind"] == "intelligence"
    assert c["factuality"] == "reported"


def test_claims_channel_after_preposition(run: Any) -> None:
    (c,) = run("Der HUR teilte über Telegram mit, Iran habe 40 Shahed-136 an Russland geliefert.")
    assert c["attribution"]["channel"] == "Telegram" and c["attribution"]["source_entity"] == "org:hur"


def test_claims_alleged_without_source_is_anonymous(run: Any) -> None:
    (c,) = run("Iran hat angeblich 200 Shahed-136 an Russland geliefert.")
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"


def test_claims_reportative_soll_haben(run: Any) -> None:
    (c,) = run("Iran soll im Herbst Artilleriegeschosse nach Russland geliefert haben.")
    assert c["factuality"] == "alleged"


def test_claims_berichten_zufolge_is_reported_anonymous(run: Any) -> None:
    (c,) = run("Berichten zufolge wurden 1.000 russische Soldaten verlegt.")
    assert c["type"] == "troop_deployment" and c["factuality"] == "reported"
    assert c["attribution"]["source_kind"] == "anonymous"


def test_claims_hedge_in_trailing_clause_does_not_apply(run: Any) -> None:
    (c,) = run("Der DIU teilte mit, dass 2.000 russische Soldaten verlegt wurden, wobei einige angeblich desertierten.")
    assert c["factuality"] == "reported"


def test_claims_denial_is_negated_with_denier_as_source(run: Any) -> None:
    (c,) = run("Iran bestritt, Shahed-136 an Russland geliefert zu haben.")
    assert c["factuality"] == "negated" and c["attribution"]["source_entity"] == "country:IR"
    assert c["attribution"]["source_kind"] == "government"


def test_claims_english_said_and_uncertain(run: Any) -> None:
    (c,) = run("Iran apparently shipped 300 Shahed-136 drones to Russia, Jane Roe said.", "en")
    assert c["factuality"] == "uncertain" and c["attribution"]["source_entity"] == "person:jane-roe"


def test_claims_speculation_without_source_is_prediction(run: Any) -> None:
    (c,) = run("Iran könnte bald weitere Shahed-136 an Russland liefern.")
    assert c["type"] == "prediction" and c["factuality"] == "speculative"


def test_claims_evaluative_verb_makes_assessment(run: Any) -> None:
    (c,) = run("Die Lieferung von 300 Shahed-136 an Russland bedeutet eine neue Eskalation.")
    assert c["type"] == "assessment"


def test_claims_weak_noun_without_figure_or_source_is_background(run: Any) -> None:
    assert run("Die Präsenz russischer Truppen verändert die Lage.") == []


def test_claims_capability_with_pronoun_subject_and_check(run: Any) -> None:
    claims = run("Die Shahed-136 ist eine Drohne. Mit einer Reichweite von bis zu 4.000 Kilometern ist sie gefährlich.")
    cap = [c for c in claims if c["type"] == "capability"][0]
    assert cap["args"]["subject"] == "weapon:shahed-136" and cap["args"]["attribute"] == "range"
    assert cap["args"]["quantities"] == [{"value": 4000, "unit": "km", "approx": "up_to"}]


def test_claims_casualties_english(run: Any) -> None:
    (c,) = run("At least 12 civilians were killed in the strike on Monday, officials said.", "en")
    assert c["type"] == "casualties" and c["args"]["quantities"][0]["approx"] == "at_least"
    assert c["args"]["date"]["value"] == "2025-03-10"


def test_claims_unknown_person_after_role_noun_is_source(run: Any) -> None:
    (c,) = run("Der Militärexperte für Raketen Ostap Wrublewskyj sagte, Iran habe Shahed-136 an Russland geliefert.")
    assert c["attribution"]["source"] == "Ostap Wrublewskyj" and c["attribution"]["source_kind"] == "person"


def test_claims_noun_phrase_after_article_is_not_a_person(run: Any) -> None:
    (c,) = run("Die Drohnen seien über das Kaspische Meer nach Russland transportiert worden, teilte der HUR mit.")
    assert c["attribution"]["source_entity"] == "org:hur"


def test_claims_institution_with_country_adjective_is_source(run: Any) -> None:
    (c,) = run("Nach Angaben des russischen Verteidigungsministeriums wurden 30 Drohnen abgeschossen.")
    att = c["attribution"]
    assert att["source"] == "russischen Verteidigungsministeriums" and att["source_kind"] == "government"


def test_claims_english_institution_genitive(run: Any) -> None:
    (c,) = run("According to Iran's defense ministry, 200 drones were shipped to Russia.", "en")
    assert c["attribution"]["source"] == "Iran's defense ministry" and c["attribution"]["source_kind"] == "government"


def test_claims_unknown_person_kind_from_role(run: Any) -> None:
    (c,) = run("Mindestens vier Menschen wurden getötet, sagte Gouverneur Ostap Kowalenkow am Montag.")
    assert c["attribution"]["source_kind"] == "government" and c["type"] == "casualties"


def test_claims_reported_speech_continues_previous_source(run: Any) -> None:
    claims = run(
        "Der HUR teilte mit, Iran habe 40 Shahed-136 an Russland geliefert. "
        "Weitere 60 Drohnen seien im Januar über das Kaspische Meer transportiert worden."
    )
    assert claims[1]["attribution"]["source_entity"] == "org:hur" and claims[1]["factuality"] == "reported"


def test_claims_attributed_statement_without_trigger(run: Any) -> None:
    (c,) = run("Der HUR bestätigte am Sonntag die Festnahme von zwei iranischen Technikern.")
    assert c["type"] == "statement" and c["attribution"]["source_entity"] == "org:hur"


def test_claims_denial_without_trigger_takes_previous_event_type(run: Any) -> None:
    claims = run("Iran hat laut dem HUR 300 Shahed-136 an Russland geliefert. Teheran bestritt das am Montag.")
    assert claims[1]["type"] == "arms_transfer" and claims[1]["factuality"] == "negated"
    assert claims[1]["attribution"]["source_kind"] == "government"


def test_claims_declined_to_say_is_no_claim(run: Any) -> None:
    assert run("The Pentagon declined to say how many Shahed-136 drones had been shipped to Russia.", "en") == []


def test_claims_dative_recipient_without_preposition(run: Any) -> None:
    (c,) = run("Iran liefert Russland seit Monaten Shahed-136.")
    assert (c["args"]["supplier"], c["args"]["recipient"]) == ("country:IR", "country:RU")


def test_claims_trailing_attribution_place_is_not_a_role(run: Any) -> None:
    (c,) = run("Iran habe keine Shahed-136 an Russland geliefert, erklärte ein Sprecher in Teheran.")
    assert (c["args"]["supplier"], c["args"]["recipient"]) == ("country:IR", "country:RU")


def test_claims_source_country_is_not_supplier(run: Any) -> None:
    (c,) = run("Iran hat nach Angaben von US-Beamten 200 Shahed-136 an Russland geliefert.")
    assert c["args"]["supplier"] == "country:IR"


def test_claims_subject_beats_late_by_phrase(run: Any) -> None:
    (c,) = run("Iran has delivered 300 Shahed-136 to Russia, with more supplied by the United States.", "en")
    assert c["args"]["supplier"] == "country:IR"


def test_claims_role_noun_before_name_yields_person_source(run: Any) -> None:
    (c,) = run("Iran habe keine Shahed-136 an Russland geliefert, erklärte Ministeriumssprecher Reza Tabrizi-Nouri.")
    assert c["attribution"]["source"] == "Reza Tabrizi-Nouri" and c["factuality"] == "negated"


def test_claims_range_figure_for_weapon_is_capability(run: Any) -> None:
    (c,) = run("The Shahed-136 can strike targets up to 2,000 kilometers away, far beyond what Iran sent before.", "en")
    assert c["type"] == "capability" and c["args"]["quantities"][0]["value"] == 2000


def test_claims_transfer_first_keeps_transfer_type(run: Any) -> None:
    (c,) = run("Iran lieferte Shahed-136 mit einer Reichweite von 2.000 Kilometern an Russland.")
    assert c["type"] == "arms_transfer"


def test_claims_qualified_officials_are_government_bare_are_anonymous(run: Any) -> None:
    (gov,) = run("Iran shipped 200 Shahed-136 drones to Russia, U.S. officials said.", "en")
    (anon,) = run("Iran shipped 200 Shahed-136 drones to Russia, officials familiar with the matter said.", "en")
    assert gov["attribution"]["source_kind"] == "government" and gov["attribution"]["source"] == "U.S. officials"
    assert anon["attribution"]["source_kind"] == "anonymous"


def test_claims_definite_description_names_previous_source(run: Any) -> None:
    claims = run(
        "Der HUR teilte mit, Iran habe 40 Shahed-136 an Russland geliefert. "
        "Weitere 300 Drohnen würden im Mai geliefert, erklärte der Geheimdienst am Montag."
    )
    assert claims[1]["attribution"]["source_entity"] == "org:hur"


def test_claims_bare_official_continues_qualified_group(run: Any) -> None:
    claims = run(
        "Iran shipped 200 Shahed-136 drones to Russia, U.S. officials said. "
        "Russia has already fired 50 of the Shahed-136 drones, one official said.",
        "en",
    )
    assert claims[1]["attribution"]["source"] == "U.S. officials"
    assert claims[1]["attribution"]["source_kind"] == "government"


def test_claims_unnamed_role_speaks_for_government(run: Any) -> None:
    (c,) = run("At least 6 people were killed in the strike, according to the governor.", "en")
    assert c["attribution"]["source"] == "governor" and c["attribution"]["source_kind"] == "government"


def test_claims_hyphenated_country_institution_is_source(run: Any) -> None:
    (c,) = run("Iran hat 200 Shahed-136 an Russland geliefert, sagten US-Regierungsvertreter.")
    assert c["attribution"]["source"] == "US-Regierungsvertreter" and c["attribution"]["source_kind"] == "government"


def test_claims_channel_after_on(run: Any) -> None:
    # "on" must stay a word in the lexicon (YAML 1.1 would read it as a boolean)
    (c,) = run("Iran shipped 200 Shahed-136 drones to Russia, the HUR said on Telegram.", "en")
    assert c["attribution"]["channel"] == "Telegram" and c["attribution"]["source_entity"] == "org:hur"


def test_claims_no_in_coordinated_phrase_keeps_claim_positive(run: Any) -> None:
    (c,) = run("Iran delivered 200 Shahed-136 drones to Russia in May, but no missiles, the HUR said.", "en")
    assert c["factuality"] == "reported"
    (d,) = run("Iran delivered no Shahed-136 drones to Russia in May, the HUR said.", "en")
    assert d["factuality"] == "negated"
    (e,) = run("Iran hat 200 Shahed-136 an Russland geliefert, aber keine Raketen, teilte der HUR mit.")
    assert e["factuality"] == "reported"


def test_claims_generic_definite_source_takes_last_organisation(run: Any) -> None:
    claims = run(
        "Iran shipped 200 Shahed-136 drones to Russia in May, the HUR said. "
        "Iran shipped another 100 Shahed-136 drones to Russia in June, the agency said.",
        "en",
    )
    assert claims[1]["attribution"]["source_entity"] == "org:hur"
    assert claims[1]["attribution"]["source_kind"] == claims[0]["attribution"]["source_kind"]


def test_claims_month_may_is_not_a_hedge(run: Any) -> None:
    (c,) = run("Iran shipped 200 Shahed-136 drones to Russia in May, the HUR said.", "en")
    assert c["factuality"] == "reported"
    (d,) = run("Iran may ship 200 Shahed-136 drones to Russia, the HUR said.", "en")
    assert d["factuality"] == "speculative"


def test_claims_cue_inside_a_name_is_no_cue() -> None:
    import lagebild  # the packaged KB: "United States" and "European Union" are names there

    text = "The United States, the European Union and Japan imposed sanctions on firms that shipped drones to Russia."
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert claims and all(c["attribution"]["cue"] != "States" for c in claims)
    assert all(c["attribution"]["source_kind"] == "author" for c in claims)


def test_claims_definite_description_with_modifiers(run: Any) -> None:
    claims = run(
        "Iran shipped 200 Shahed-136 drones to Russia in May, the HUR said. "
        "Iran shipped another 100 Shahed-136 drones to Russia in June, the Kyiv-based agency said.",
        "en",
    )
    assert claims[1]["attribution"]["source_entity"] == "org:hur"


def test_claims_possessive_reference_names_last_source(run: Any) -> None:
    claims = run(
        "Der HUR teilte mit, Iran habe 40 Shahed-136 an Russland geliefert. "
        "Nach seinen Angaben hat Iran im Juni weitere 100 Shahed-136 an Russland geliefert."
    )
    assert claims[1]["attribution"]["source_entity"] == "org:hur" and claims[1]["factuality"] == "reported"


def test_claims_insider_reveals_is_anonymous(run: Any) -> None:
    (c,) = run("Iran habe 100 Shahed-136 an Russland geliefert, verrät ein Insider.")
    assert c["attribution"]["source_kind"] == "anonymous" and c["factuality"] == "reported"


def _counted(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims the evaluator counts: check-worthy and not opinion."""
    return [c for c in claims if c["checkworthy"] >= 0.5 and c["type"] not in ("assessment", "prediction")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Iran verkaufte im Januar 200 Shahed-136 an Russland.", "de"),
        ("Nach Angaben des HUR wurden Mikrochips über Zwischenhändler nach Russland geschmuggelt.", "de"),
        ("Iran sold 200 Shahed-136 drones to Russia in January.", "en"),
        ("Iran donated 40 Shahed-136 drones to Russia last week, the DIU said.", "en"),
        ("The U.S. approved the sale of 50 Patriot interceptors to Poland on Monday.", "en"),
    ],
)
def test_claims_sale_donation_and_smuggling_are_transfers(run: Any, text: str, lang: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == "arms_transfer"


def test_claims_sale_of_civilian_goods_or_noun_import_is_no_transfer(run: Any) -> None:
    for text in (
        "Sales of electric vehicles fell by a third in 2024, the agency said.",
        "Cheap Chinese imports are harming our steel industry, the minister said.",
    ):
        assert all(c["type"] != "arms_transfer" for c in run(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia massed 40,000 troops near the border on Monday, the DIU said.", "en"),
        ("Russland rekrutierte im Sommer nach Angaben des HUR 3.000 Söldner.", "de"),
        ("Russland zog im März rund 50.000 Soldaten an der Grenze zusammen.", "de"),
    ],
)
def test_claims_massing_and_recruiting_are_deployments(run: Any, text: str, lang: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == "troop_deployment"


def test_claims_amassed_followers_is_no_deployment(run: Any) -> None:
    assert all(c["type"] != "troop_deployment" for c in run("The blogger amassed 12 million followers in 2024.", "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian drones damaged a power plant in Kharkiv on Tuesday, officials said.", "en"),
        ("Ukrainian troops repelled 42 Russian assaults near Pokrovsk, the General Staff said.", "en"),
        ("Ein Unterseekabel wurde am Sonntag durchtrennt, teilte die Marine mit.", "de"),
        ("Seit Jahresbeginn sind mehr als 2.300 Gleitbomben auf die Region niedergegangen.", "de"),
        ("Russland setzte in der Nacht insgesamt 147 Drohnen vom Typ Shahed-136 gegen die Ukraine ein.", "de"),
        ("Mindestens drei Drohnen sind am Dienstag in den Luftraum Polens eingedrungen.", "de"),
    ],
)
def test_claims_new_attack_verbs(run: Any, text: str, lang: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == "attack"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The new album hit the charts.", "en"),
        ("Dock workers went on strike.", "en"),
        ("Commanders argue that longer-range weapons are needed to hit Russian air bases.", "en"),
        ("Die Entscheidung ist gefallen.", "de"),
        ("It happened in the dead of winter.", "en"),
    ],
)
def test_claims_everyday_hit_strike_dead_are_no_claims(run: Any, text: str, lang: str) -> None:
    assert _counted(run(text, lang)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russian forces suffered heavy losses near Kursk, the DIU said.", "en"),
        ("Two Russian soldiers were taken prisoner near Kursk on Saturday.", "en"),
        ("Nordkoreanische Soldaten haben nach Angaben des HUR schwere Verluste erlitten.", "de"),
        ("Am Samstag wurden zwei russische Soldaten gefangen genommen, teilte der HUR mit.", "de"),
    ],
)
def test_claims_losses_and_captives_are_casualties(run: Any, text: str, lang: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == "casualties"


@pytest.mark.parametrize(
    ("text", "lang", "attribute"),
    [
        ("Die Shahed-136 fliegt mit bis zu 185 Kilometern pro Stunde.", "de", "speed"),
        ("Die Shahed-136 erreicht eine Flughöhe von 4.000 Metern.", "de", "altitude"),
        ("The Shahed-136 has a service ceiling of 4,000 metres.", "en", "altitude"),
    ],
)
def test_claims_speed_and_altitude_are_capabilities(run: Any, text: str, lang: str, attribute: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == "capability" and c["args"]["attribute"] == attribute


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("Russia has ramped up production of Shahed-136 drones to 2,500 a month, the DIU said.", "en", "production"),
        ("In Alabuga werden nach Angaben des HUR monatlich 2.500 Shahed-136 zusammengebaut.", "de", "production"),
        ("Das US-Finanzministerium hatte die Firma bereits im Oktober mit Sanktionen belegt.", "de", "sanction"),
        ("The Treasury froze the company's assets on Monday.", "en", "sanction"),
        ("Die Gruppe wird von der EU und den USA als Terrororganisation eingestuft.", "de", "sanction"),
        ("Das Innenministerium hatte die Gruppe im Mai 2023 verboten.", "de", "sanction"),
        ("Washington designated the cartel as a foreign terrorist organization in March.", "en", "sanction"),
    ],
)
def test_claims_production_and_sanction_vocabulary(run: Any, text: str, lang: str, ctype: str) -> None:
    (c,) = _counted(run(text, lang))
    assert c["type"] == ctype


def test_claims_designated_area_is_no_sanction(run: Any) -> None:
    assert _counted(run("The area was designated a nature park.", "en")) == []


def test_claims_displacement_is_a_statement_not_a_toll() -> None:
    (c,) = lagebild.analyze("More than 20,000 people fled Kherson last week, the UN said.", lang="en").to_dict()[
        "claims"
    ]
    assert c["type"] == "statement"


def test_claims_actor_noun_yields_to_an_attack_noun() -> None:
    (c,) = lagebild.analyze(
        "Die georgischen Streitkräfte hätten in der Nacht das Feuer eröffnet, hieß es in Moskau.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_reportative_property_is_hearsay() -> None:
    claims = lagebild.analyze(
        "Nordkorea hat Raketen vom Typ KN-23 an Russland geliefert. Die KN-23 soll mit zehnfacher"
        " Schallgeschwindigkeit fliegen.",
        lang="de",
    ).to_dict()["claims"]
    cap = next(c for c in claims if c["type"] == "capability")
    assert cap["factuality"] == "alleged"


def test_claims_a_denying_state_is_the_supplier_it_denies_being() -> None:
    (c,) = lagebild.analyze("Die Emirate bestreiten, die Miliz im Sudan mit Waffen zu versorgen.", lang="de").to_dict()[
        "claims"
    ]
    assert c["factuality"] == "negated"
    assert (c["args"].get("supplier"), c["args"].get("recipient")) == ("country:AE", "country:SD")


def test_claims_a_refusal_after_but_keeps_the_claim() -> None:
    claims = lagebild.analyze(
        "The army said it had carried out an air strike near Gao on Monday, but did not say who was targeted."
        " The ministry declined to comment.",
        lang="en",
    ).to_dict()["claims"]
    assert [c["type"] for c in claims] == ["attack"]


def test_claims_an_elder_is_an_anonymous_source() -> None:
    (c,) = lagebild.analyze("A village elder said 40 houses had been destroyed in the shelling.", lang="en").to_dict()[
        "claims"
    ]
    assert c["attribution"]["source_kind"] == "anonymous"


def test_claims_reconquest_is_an_attack() -> None:
    (c,) = lagebild.analyze(
        "Im Oktober 2020 hatte Aserbaidschan mehrere Bezirke in einer Offensive zurückerobert.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_a_denial_denies_the_act_not_the_toll() -> None:
    claims = lagebild.analyze(
        "Rebels said they had seized the town of Kalehe on Monday. At least 20 soldiers were killed, a medic said."
        " The army denied that the town had fallen.",
        lang="en",
    ).to_dict()["claims"]
    assert claims[-1]["type"] == "attack" and claims[-1]["factuality"] == "negated"


def test_claims_a_launch_in_a_test_report_is_part_of_the_test() -> None:
    claims = lagebild.analyze(
        "Iran hat nach eigenen Angaben einen Raketentest durchgeführt. Abgefeuert wurde die Rakete von einem"
        " Startplatz in der Wüste. Am selben Tag feuerte Russland 30 Raketen auf Odessa ab.",
        lang="de",
    ).to_dict()["claims"]
    assert [c["type"] for c in claims if "feuer" in c["text"].casefold()] == ["statement", "attack"]


def test_claims_training_is_a_statement_not_a_deployment() -> None:
    (c,) = lagebild.analyze(
        "More than 2,000 Ukrainian soldiers have been trained in Poland since March, the ministry said.", lang="en"
    ).to_dict()["claims"]
    assert c["type"] == "statement"


def test_claims_a_relative_clause_negates_nothing_of_the_main_clause() -> None:
    (c,) = lagebild.analyze(
        "A resident, who asked not to be named, said 12 houses had been destroyed by shelling in Kupiansk.", lang="en"
    ).to_dict()["claims"]
    assert c["factuality"] != "negated"
    (d,) = lagebild.analyze(
        "Die Armee hat 40 Drohnen abgeschossen, die nicht rechtzeitig erkannt worden waren.", lang="de"
    ).to_dict()["claims"]
    assert d["factuality"] != "negated"


def test_claims_a_colon_after_the_trigger_keeps_its_value_in_scope() -> None:
    claims = lagebild.analyze(
        "Die Rakete vom Typ Kalibr gilt als präzise. Ihre Reichweite: angeblich bis zu 2.500 Kilometer!", lang="de"
    ).to_dict()["claims"]
    cap = next(c for c in claims if c["type"] == "capability")
    assert cap["factuality"] == "alleged"


def test_claims_an_estimate_is_uncertain_only_without_a_source() -> None:
    # a source's estimate is what the source reports (gold: 20 of 24 attributed estimates are "reported")
    (c,) = lagebild.analyze(
        "Experten schätzen, dass Russland rund 30 Startfahrzeuge vom Typ Iskander-M in Belarus stationiert hat.",
        lang="de",
    ).to_dict()["claims"]
    assert c["factuality"] == "reported"
    (d,) = lagebild.analyze(
        "Russland hat schätzungsweise 30 Startfahrzeuge vom Typ Iskander-M in Belarus stationiert.", lang="de"
    ).to_dict()["claims"]
    assert d["factuality"] == "uncertain"


def test_claims_dismissal_smuggling_weight_and_distance_cues() -> None:
    (c,) = lagebild.analyze(
        "Kremlsprecher Dmitri Peskow tat die Berichte über russische Truppen in Libyen als Märchen ab.", lang="de"
    ).to_dict()["claims"]
    assert c["factuality"] == "negated"
    (d,) = lagebild.analyze(
        "Über Libyen sollen russische Waffen an die Miliz im Sudan weitergeschleust werden.", lang="de"
    ).to_dict()["claims"]
    assert d["type"] == "arms_transfer"
    (e,) = lagebild.analyze("The Leopard 2A8 weighs about 66 tonnes.", lang="en").to_dict()["claims"]
    assert e["args"]["attribute"] == "weight" and e["args"]["quantities"][0]["value"] == 66
    claims = lagebild.analyze(
        "Russland hat Raketen vom Typ Iskander-M in Belarus stationiert. Das System soll Ziele auf Entfernungen"
        " von bis zu 500 Kilometern treffen können.",
        lang="de",
    ).to_dict()["claims"]
    assert any(c["type"] == "capability" and c["args"]["attribute"] == "range" for c in claims)


def test_claims_contracts_and_export_figures_for_weapons_are_transfers() -> None:
    (c,) = lagebild.analyze(
        "Ein Vertrag über 48 Panzerhaubitzen vom Typ K9 im Wert von 2,6 Milliarden Dollar wurde im Mai geschlossen.",
        lang="de",
    ).to_dict()["claims"]
    assert c["type"] == "arms_transfer"
    (d,) = lagebild.analyze(
        "Federal prosecutors charged three men with shipping 40 rifles to Haiti in March.", lang="en"
    ).to_dict()["claims"]
    assert d["type"] == "arms_transfer"


def test_claims_a_launch_ordered_in_a_test_report_is_part_of_the_test() -> None:
    claims = lagebild.analyze(
        "Der Test verlief nach Angaben aus Pjöngjang erfolgreich. Machthaber Kim ließ am Morgen eine neue Rakete"
        " abfeuern.",
        lang="de",
    ).to_dict()["claims"]
    assert [c["type"] for c in claims if "abfeuern" in c["text"]] == ["statement"]


def test_claims_presence_verbs_are_deployments() -> None:
    (c,) = lagebild.analyze(
        "Twenty Chinese military aircraft were detected around Taiwan on Monday, the ministry said.", lang="en"
    ).to_dict()["claims"]
    assert c["type"] == "troop_deployment"
    (d,) = lagebild.analyze(
        "In der Exklave sollen inzwischen rund zwölf Startfahrzeuge vom Typ Iskander-M bereitstehen.", lang="de"
    ).to_dict()["claims"]
    assert d["type"] == "troop_deployment"


def test_claims_a_reported_count_of_drones_and_missiles_is_a_strike() -> None:
    (c,) = lagebild.analyze(
        "Die ukrainische Luftwaffe meldete für die Nacht insgesamt 210 Drohnen und 12 Raketen.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_attackers_make_an_attack() -> None:
    (c,) = lagebild.analyze(
        "Bei den Angreifern handelt es sich nach Angaben der Marine um Drohnen vom Typ Magura V5.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_denial_after_a_statement_is_a_statement() -> None:
    claims = lagebild.analyze(
        "Der Inlandsgeheimdienst warnte im Herbst, Russland suche über Telegram gezielt Helfer. "
        "Die russische Botschaft in Prag wies das zurück.",
        lang="de",
    ).to_dict()["claims"]
    assert claims[-1]["type"] == "statement" and claims[-1]["factuality"] == "negated"
    claims = lagebild.analyze(
        "Russland hat nach ukrainischen Angaben 40 Raketen auf Lwiw abgefeuert. Der Kreml bestritt das.", lang="de"
    ).to_dict()["claims"]
    assert claims[-1]["type"] == "attack" and claims[-1]["factuality"] == "negated"


def test_claims_appeal_without_an_event_is_no_claim() -> None:
    claims = lagebild.analyze(
        "Der Außenminister forderte die Europäische Union auf, gegen Reedereien vorzugehen, die beteiligt seien.",
        lang="de",
    ).to_dict()["claims"]
    assert claims == []
    claims = lagebild.analyze("The minister urged the European Union to act against Iranian ports.", lang="en")
    assert claims.to_dict()["claims"] == []


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("Der Zerstörer ist am Montag mitten durch die Meerenge von Otranto gedampft.", "de", "troop_deployment"),
        ("Die Fregatte wurde dabei von zwei Zerstörern der Marine begleitet.", "de", "troop_deployment"),
        ("In May the survey ship, escorted by two frigates, sailed into waters off Crete.", "en", "troop_deployment"),
        ("Japan scrambled fighter jets on Tuesday as four bombers approached.", "en", "troop_deployment"),
        ("Die Marine hat im Roten Meer einen Öltanker unter der Flagge Panamas festgesetzt.", "de", "attack"),
        ("Commandos seized a tanker in the Gulf of Oman on Friday.", "en", "attack"),
    ],
)
def test_claims_naval_movements_and_ship_seizures(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_dated_act_of_a_named_party_is_a_statement() -> None:
    claims = lagebild.analyze(
        "Im Februar 2023 setzte Russland die Teilnahme an dem Abkommen aus.", lang="de", published="2025-03-14"
    ).to_dict()["claims"]
    assert [c["type"] for c in claims] == ["statement"] and claims[0]["checkworthy"] >= 0.5
    claims = lagebild.analyze(
        "The International Court of Justice ruled in 1962 that the temple belongs to Cambodia.", lang="en"
    ).to_dict()["claims"]
    assert [c["type"] for c in claims] == ["statement"]
    # no date, no figure: an opinion-like background sentence claims nothing
    assert lagebild.analyze("Russland misstraut dem Westen.", lang="de").to_dict()["claims"] == []
    # "since" dates a state, not an act
    assert lagebild.analyze("Seit 2014 ist Russland in Syrien aktiv.", lang="de").to_dict()["claims"] == []


def test_claims_stated_intention_is_a_speculative_claim_not_a_forecast() -> None:
    (c,) = lagebild.analyze(
        "Die USA wollen ab 2026 Tomahawk-Marschflugkörper in Deutschland stationieren.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "troop_deployment" and c["factuality"] == "speculative"
    assert c["args"]["supplier"] == "country:US"


def test_claims_fire_units_and_sanction_lists_and_generic_missile_subjects() -> None:
    (c,) = lagebild.analyze(
        "Die Regierung billigte im vergangenen Jahr den Kauf von sechs Feuereinheiten für die Luftwaffe.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "arms_transfer"
    (d,) = lagebild.analyze(
        "Peking setzte im Mai drei US-Rüstungsfirmen auf eine Sanktionsliste.", lang="de"
    ).to_dict()["claims"]
    assert d["type"] == "sanction"
    cs = lagebild.analyze(
        "Die Marine setzt die Iskander ein. Der Flugkörper hat eine Reichweite von etwa 500 Kilometern.", lang="de"
    ).to_dict()["claims"]
    assert cs[-1]["args"]["subject"] == "weapon:iskander-m"


def test_claims_hedge_in_the_next_clause_is_its_own() -> None:
    (c,) = lagebild.analyze(
        "The plant currently produces about 100 missiles a year, according to Indian officials, "
        "and aims to double output once a new line opens.",
        lang="en",
    ).to_dict()["claims"]
    assert c["factuality"] == "reported"


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("Die USA haben ihre Militärpräsenz vor der Küste Kubas im Mai weiter ausgebaut.", "de", "troop_deployment"),
        ("Hungarian Gripens and Portuguese F-16s operate from Šiauliai in Lithuania.", "en", "troop_deployment"),
        ("Washington stuft das Netzwerk seit März als Terrororganisation ein.", "de", "sanction"),
        ("Der Konzern will bis 2027 jährlich rund 1,5 Millionen Granaten fertigen.", "de", "production"),
        ("Der Konzern hat seine Kapazität für Artilleriemunition seit 2022 verfünffacht.", "de", "production"),
        ("Vor der Küste Somalias machen Piraten seit Mai wieder Jagd auf 20 Handelsschiffe.", "de", "attack"),
        ("Oslo hat im Mai vier U-Boote bestellt.", "de", "arms_transfer"),
    ],
)
def test_claims_presence_designation_capacity_and_boats(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_stated_plan_with_a_figure_is_a_claim_and_titles_claim_nothing() -> None:
    (c,) = lagebild.analyze(
        "Estonia plans to spend about 5.4 percent of its GDP on defence next year.", lang="en"
    ).to_dict()["claims"]
    assert c["checkworthy"] >= 0.5 and c["factuality"] == "speculative"
    text = (
        "UN report: civilian deaths in the northeast rose by a third in 2025 as insurgents adopt "
        "armed drones and mortars\n\n"
        "The report was published on Monday."
    )
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert all(c["start"] > 0 for c in claims)


def test_claims_ability_modal_makes_a_capability_of_the_system_named_last() -> None:
    (c,) = lagebild.analyze(
        "Die Zerstörer der Arleigh-Burke-Klasse können Marschflugkörper vom Typ Tomahawk abfeuern, "
        "die eine Reichweite von rund 1.600 Kilometern haben.",
        lang="de",
    ).to_dict()["claims"]
    assert c["type"] == "capability" and c["args"]["subject"] == "weapon:tomahawk"
    (d,) = lagebild.analyze(
        "The KN-23, a solid-fuel missile similar to Russia's Iskander-M, has a range of up to 690 kilometers.",
        lang="en",
    ).to_dict()["claims"]
    assert d["args"]["subject"] == "weapon:kn-23"


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("Die Armee machte am Montag die Miliz für den Überfall verantwortlich.", "de", "attack"),
        ("Nigerias Armee teilte am Montag mit, sie habe ihre Patrouillen am Ufer verstärkt.", "de", "troop_deployment"),
        ("Kanada will bis 2035 bis zu zwölf neue U-Boote beschaffen.", "de", "arms_transfer"),
        ("The drones dropped explosive charges on barracks at the base on Monday.", "en", "attack"),
        ("The firm is said to be building a drone factory near Rabat.", "en", "production"),
    ],
)
def test_claims_blame_patrols_procurement_drops_and_factories(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_raids_and_weapons_coming_into_use_are_attacks() -> None:
    (c,) = lagebild.analyze(
        "Rund 300 Kämpfer hätten in der Nacht zum Montag die Stellung am Ufer des Sees überfallen, sagte ein Sprecher.",
        lang="de",
    ).to_dict()["claims"]
    assert c["type"] == "attack"
    (d,) = lagebild.analyze("Dabei kamen am Montag auch Kampfdrohnen vom Typ Anka zum Einsatz.", lang="de").to_dict()[
        "claims"
    ]
    assert d["type"] == "attack"


def test_claims_sum_of_money_is_checkable_without_a_named_party() -> None:
    (c,) = lagebild.analyze("It is worth about 7.2 billion dollars.", lang="en").to_dict()["claims"]
    assert c["type"] == "statement" and c["args"]["quantities"][0]["value"] == 7_200_000_000
    assert lagebild.analyze("It is worth a lot.", lang="en").to_dict()["claims"] == []


def test_claims_airspace_jets_are_deployed_drones_strike_and_arrivals_before_a_comma() -> None:
    (a,) = lagebild.analyze(
        "Im Mai hatte ein russischer Kampfjet vom Typ Su-35 den estnischen Luftraum verletzt.", lang="de"
    ).to_dict()["claims"]
    assert a["type"] == "troop_deployment"
    (b,) = lagebild.analyze(
        "In der Nacht waren rund 20 russische Drohnen in den polnischen Luftraum eingedrungen.", lang="de"
    ).to_dict()["claims"]
    assert b["type"] == "attack"
    (c,) = lagebild.analyze(
        "Im Januar trafen etwa 100 russische Soldaten in Ouagadougou ein, wie die Nachrichtenagentur meldete.",
        lang="de",
    ).to_dict()["claims"]
    assert c["type"] == "troop_deployment"


def test_claims_presence_built_up_in_the_present_is_a_deployment() -> None:
    (a,) = lagebild.analyze(
        "Russland baut nach Erkenntnissen der Armee seine Präsenz an der Grenze seit Mai schrittweise aus.", lang="de"
    ).to_dict()["claims"]
    assert a["type"] == "troop_deployment"


def test_claims_attribution_to_an_institution_counts_like_a_named_source() -> None:
    (c,) = lagebild.analyze(
        "Wrackteile einer zweiten Drohne wurden nach Polizeiangaben am Vormittag in einem Waldstück gefunden.",
        lang="de",
    ).to_dict()["claims"]
    assert c["checkworthy"] >= 0.5


def test_claims_accusation_between_capitals_is_a_statement() -> None:
    (c,) = lagebild.analyze(
        "Helsinki wirft Moskau vor, die Migranten gezielt an die Grenze gebracht zu haben.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "statement" and c["attribution"]["source_kind"] == "government"


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        (
            "Flight-tracking data show at least 11 Il-76 cargo flights from Russia to Bangui between March and June.",
            "en",
            "arms_transfer",
        ),
        (
            "A coast guard ship fired a water cannon at a fishing boat on Tuesday, injuring one crew member.",
            "en",
            "attack",
        ),
        ("Japan is ready to hand over six frigates to the Philippine Navy next year.", "en", "arms_transfer"),
    ],
)
def test_claims_cargo_flights_water_cannon_and_handovers(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_metadata_lines_refusals_and_reactions_claim_nothing() -> None:
    text = (
        "Title line\nRisk Assessment No. 9 | Baltic Institute | 16 October 2025\n"
        "Russia moved 300 troops to Pskov in May.\n"
    )
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert [c["type"] for c in claims] == ["troop_deployment"]
    de = "Kremlsprecher Dmitri Peskow wollte sich zu den Berichten über die Raketenlieferung nicht äußern."
    assert lagebild.analyze(de, lang="de").to_dict()["claims"] == []
    assert (
        lagebild.analyze("Landrat Jörg Wiechmann zeigte sich am Freitag besorgt.", lang="de").to_dict()["claims"] == []
    )
    en = "This assessment covers developments in Russia's production of glide bombs between July and October 2025."
    assert lagebild.analyze(en, lang="en").to_dict()["claims"] == []


def test_claims_title_ending_in_a_quotation_is_a_heading() -> None:
    text = (
        'Japan receives first Tomahawk missiles as China accuses Tokyo of "remilitarisation"\n\nThe text starts here.'
    )
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert all(c["start"] > 0 for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("The RAF keeps just four Typhoon jets at Mount Pleasant.", "en", "troop_deployment"),
        ("In 2019 Beijing had offered Buenos Aires JF-17 fighters on generous credit terms.", "en", "arms_transfer"),
        ("Bis Oktober soll außerdem ein dritter Zerstörer vom Stapel laufen.", "de", "production"),
    ],
)
def test_claims_kept_jets_offers_and_launches(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_bases_mooring_and_waters_are_deployments() -> None:
    import lagebild

    def types(text: str, lang: str) -> list[str]:
        return [c["type"] for c in lagebild.analyze(text, lang=lang).to_dict()["claims"]]

    assert types("Die türkische Armee unterhält im Nordirak inzwischen mehr als 40 Stützpunkte.", "de") == [
        "troop_deployment"
    ]
    assert types("Im Januar hatten zwei Patrouillenschiffe in dem Hafen festgemacht.", "de") == ["troop_deployment"]
    assert types("Four coast guard vessels entered the waters around the islands on Sunday.", "en") == [
        "troop_deployment"
    ]
    assert types("The regional force withdrew from the province in July 2024.", "en") == ["troop_deployment"]


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        ("Chile signed a $210 million contract with Saab for four radars in May.", "en", "arms_transfer"),
        ("The US has kept its Patriot batteries in the Gulf state since 2019.", "en", "troop_deployment"),
        ("In March the third battery was moved to a site near the coast.", "en", "troop_deployment"),
        ("Two frigates were accused of entering the exclusion zone on Friday.", "en", "troop_deployment"),
        ("A patrol came under fire near the border village on Monday.", "en", "attack"),
        ("The rebels lost dozens of fighters near the dam in June.", "en", "casualties"),
        ("Norway took delivery of the first of three patrol vessels in May.", "en", "arms_transfer"),
        ("At least 9 consignments of jet fuel reached the port of Yangon in 2025.", "en", "arms_transfer"),
        ("Vier Gepard-Panzer hat Österreich bereits an Kroatien abgegeben.", "de", "arms_transfer"),
        ("Die Armee hat offenbar neue Raketenwerfer an der Grenze aufgefahren.", "de", "troop_deployment"),
        ("Die Söldner kämpften dort an der Seite der Regierungstruppen.", "de", "troop_deployment"),
        ("Das Nachbarland soll erneut Soldaten in die Grenzprovinz geschickt haben.", "de", "troop_deployment"),
    ],
)
def test_claims_contracts_stationing_fire_and_handovers(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_a_cue_inside_a_longer_cue_of_another_type_is_part_of_it() -> None:
    text = "Die Marine bestritt, dass ihre Schnellboote Warnschüsse auf den Frachter abgegeben hätten."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_capability_of_a_system_the_kb_lacks() -> None:
    text = "Die Firma baut die Drohne Falkenauge. Nach Firmenangaben hat die Drohne eine Reichweite von 90 Kilometern."
    caps = [c for c in lagebild.analyze(text, lang="de").to_dict()["claims"] if c["type"] == "capability"]
    assert caps and caps[0]["args"]["attribute"] == "range" and "subject" not in caps[0]["args"]
    assert caps[0]["args"]["quantities"][0]["value"] == 90
    # a calibre inside an item's name is no capability claim of an unknown system
    text = "Im Lager lagen rund 300 Tonnen Munition, darunter Granaten vom Kaliber 155 Millimeter."
    assert all(c["type"] != "capability" for c in lagebild.analyze(text, lang="de").to_dict()["claims"])


@pytest.mark.parametrize(
    ("text", "lang", "ctype"),
    [
        (
            "Satellite imagery from May shows about 30 tanks at a staging area near the border.",
            "en",
            "troop_deployment",
        ),
        ("Die Aufnahmen zeigten auf dem Flugfeld mindestens drei Kampfjets.", "de", "troop_deployment"),
        ("The first six helicopters are due to arrive before the end of the year.", "en", "arms_transfer"),
        ("Peru is still waiting for some $2 billion worth of approved weapons.", "en", "arms_transfer"),
        ("Two Romanian frigates took part in the patrols in March.", "en", "troop_deployment"),
        ("The alliance has policed Icelandic skies since 2008.", "en", "troop_deployment"),
        ("In May Paris announced it would withdraw a brigade from the Sahel.", "en", "troop_deployment"),
        ("China will angeblich in der Bucht einen Marinestützpunkt errichten.", "de", "troop_deployment"),
        ("Mehrere der Maschinen sollen inzwischen an den Sudan gegangen sein.", "de", "arms_transfer"),
        ("Die Regierung hat 2025 Ausfuhren von Rüstungsgütern für 3 Milliarden Euro genehmigt.", "de", "arms_transfer"),
    ],
)
def test_claims_imagery_arrivals_patrols_and_approvals(text: str, lang: str, ctype: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert claims and claims[0]["type"] == ctype


def test_claims_place_noun_between_preposition_and_place() -> None:
    text = "Die Batterie sei bei der Hauptstadt Riga stationiert, teilte das Ministerium mit."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["args"]["location"] == "place:riga"
    text = "Drones struck a market near the town of Gao on 18 May, killing 12 people."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["args"]["location"] == "place:gao"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A second satellite of the type was launched in March 2024.", "en"),
        ("Russia launched Kosmos 2590 in May into an orbit close to a US satellite.", "en"),
        ("China startete im Juni zwei Satelliten in den Orbit.", "de"),
        ("Police said they had recovered the wreckage of three small drones near the airport.", "en"),
        ("Wrackteile einer Drohne wurden am Morgen auf einem Acker gefunden.", "de"),
    ],
)
def test_claims_satellite_launches_and_found_wreckage_are_no_attacks(text: str, lang: str) -> None:
    claims = lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"]
    assert all(c["type"] != "attack" for c in claims)


def test_claims_reported_speech_goes_on_after_a_speaker_without_claim() -> None:
    text = (
        "Der Armeesprecher Oberst Paul Mbeki sprach am Mittwoch von einer offenen Aggression. "
        "„Wir werden das nicht hinnehmen.“ "
        "Bei dem Beschuss der Ortschaft Luvungi seien am Wochenende 23 Zivilisten getötet worden."
    )
    claims = lagebild.analyze(text, lang="de").to_dict()["claims"]
    toll = next(c for c in claims if c["type"] == "casualties")
    assert toll["factuality"] == "reported" and toll["attribution"]["source"] is not None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Verantwortlich dafür seien ruandische Einheiten und die Rebellen, sagte der Sprecher.", "de"),
        ("The army said rebel units were responsible for the attack on the village on Sunday.", "en"),
    ],
)
def test_claims_blame_for_an_attack_is_an_attack(text: str, lang: str) -> None:
    claims = lagebild.analyze(text, lang=lang).to_dict()["claims"]
    assert claims and claims[0]["type"] == "attack"


def test_claims_building_weapons_is_production_where_the_plant_is() -> None:
    text = "Skyforge announced in 2023 that it would build loitering drones in Latvia."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["type"] == "production" and c["args"].get("location") == "country:LV"


def test_claims_a_bomber_named_before_carries_its_range() -> None:
    text = (
        "Die Luftwaffe zeigte den Bomber Tu-160 in Engels. "
        "Der Bomber kann ohne Luftbetankung rund 12.000 Kilometer weit fliegen."
    )
    caps = [c for c in lagebild.analyze(text, lang="de").to_dict()["claims"] if c["type"] == "capability"]
    assert caps and caps[0]["args"]["attribute"] == "range"


def test_claims_more_of_the_same_continues_a_transfer_without_an_item() -> None:
    text = "Peru took delivery of its first four K9 howitzers on Monday. Four more are due to arrive in May, he said."
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert [c["type"] for c in claims] == ["arms_transfer", "arms_transfer"]
    assert claims[1]["args"].get("recipient") == "country:PE"


def test_claims_gifts_and_contributions_are_transfers_with_the_subject_after_the_verb() -> None:
    text = "2021 schenkte Ungarn Montenegro vier gebrauchte Hubschrauber vom Typ Mi-17."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "arms_transfer"
    assert c["args"].get("supplier") == "country:HU" and c["args"].get("recipient") == "country:ME"
    (c,) = lagebild.analyze("Polen steuerte 2023 zwei weitere Maschinen bei.", lang="de").to_dict()["claims"]
    assert c["type"] == "arms_transfer" and c["args"].get("supplier") == "country:PL"


def test_claims_series_production_and_the_maker_are_production() -> None:
    text = "Hanwha Aerospace has begun series production of an upgraded K239 rocket launcher."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["type"] == "production"
    (c,) = lagebild.analyze("Hersteller ist der Konzern Diehl Defence.", lang="de").to_dict()["claims"]
    assert c["type"] == "production"


def test_claims_unlabelled_interview_answers_are_the_interviewees() -> None:
    text = (
        "„Die Lage im Sahel bleibt gefährlich“\n\n"
        "Die Analystin Marta Kovács vom Zentrum für Konfliktstudien im Gespräch über Drohnen und Söldner.\n\n"
        "Frau Kovács, wie viele Söldner sind derzeit in Niger?\n\n"
        "Russland hat etwa 1.500 Soldaten nach Niger verlegt.\n\n"
        "Und woher kommen die Drohnen?\n\n"
        "Die Türkei hat Niger im Frühjahr mindestens sechs Drohnen vom Typ Bayraktar TB2 geliefert.\n"
    )
    claims = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert len(claims) == 2
    assert all(c["attribution"]["source"] == "Marta Kovács" and c["factuality"] == "reported" for c in claims)
    # questions and answers without an interviewee (an explainer): the author answers
    faq = text.replace("Frau Kovács, wie", "Wie").replace(" im Gespräch über", " über")
    assert all(
        c["attribution"]["source_kind"] == "author" for c in lagebild.analyze(faq, lang="de").to_dict()["claims"]
    )


def test_claims_a_possibility_about_the_past_is_no_forecast() -> None:
    (c,) = lagebild.analyze("Some of the missiles may have been used in the strike on Kyiv.", lang="en").to_dict()[
        "claims"
    ]
    assert c["type"] == "attack" and c["factuality"] == "speculative"
    text = "Einige der Raketen könnten beim Angriff auf Kiew am 24. Januar eingesetzt worden sein."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "attack"
    claims = lagebild.analyze("Russia could launch 500 drones at Kyiv next week.", lang="en").to_dict()["claims"]
    assert all(c["type"] == "prediction" for c in claims)  # a forecast stays one


def test_claims_neutralised_fighters_harm_control_and_fighting_alongside() -> None:
    (c,) = lagebild.analyze("Dabei seien rund 30 Kämpfer „neutralisiert“ worden.", lang="de").to_dict()["claims"]
    assert c["type"] == "casualties"
    text = "Im Mai brachten Rebellen vorübergehend die Städte Bunia und Beni unter ihre Kontrolle."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "attack"
    text = "Seit 2021 kämpfen Söldner der Wagner-Gruppe an der Seite der Armee."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "troop_deployment"
    text = "Zivilisten seien nicht zu Schaden gekommen, sagte eine Regierungssprecherin."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "casualties" and c["attribution"]["source_kind"] == "government"


def test_claims_an_interceptor_figure_is_the_capability_of_the_system_named_before() -> None:
    text = (
        "Qatar ordered three batteries of the KM-SAM air defence system. "
        "The Block II interceptor has a maximum engagement range of about 40 km."
    )
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert claims[-1]["type"] == "capability" and claims[-1]["args"].get("attribute") == "range"
    assert claims[-1]["args"].get("subject") == claims[0]["args"]["items"][0]


def test_claims_a_speech_verb_that_only_labels_states_no_fact() -> None:
    def claims(text: str) -> list[dict[str, Any]]:
        return [c for c in lagebild.analyze(text, lang="de").to_dict()["claims"] if c["checkworthy"] >= 0.5]

    assert claims("Die Gruppe für einen Frieden in Europa (GFE) spricht von einem «Tabubruch».") == []
    (c,) = claims("Die Armee spricht von elf Toten in Gao.")
    assert c["type"] == "casualties" and c["attribution"]["source_kind"] == "military"


def test_claims_a_reportative_before_a_semicolon_is_its_cue() -> None:
    text = (
        "Bei Angriffen in der Region Afar sind 2023 mindestens 30 Zivilisten ums Leben gekommen sein sollen; "
        "Fotos legten das nahe."
    )
    (c,) = [c for c in lagebild.analyze(text, lang="de").to_dict()["claims"] if c["checkworthy"] >= 0.5]
    assert c["factuality"] == "alleged"


def test_claims_a_zero_count_reports_a_figure_and_denies_nothing() -> None:
    def fact(text: str, lang: str) -> str:
        (c,) = lagebild.analyze(text, lang=lang).to_dict()["claims"]
        return str(c["factuality"])

    assert fact("Nobody was hurt in the strike on the depot, according to the governor.", "en") == "reported"
    assert fact("Verletzt wurde bei dem Angriff niemand, teilte die Polizei mit.", "de") == "reported"
    assert fact("Die Armee bestritt, den Markt angegriffen zu haben.", "de") == "negated"


def test_claims_delivered_out_and_unloaded_weapons_are_transfers_to_the_named_recipient() -> None:
    def first(text: str) -> dict[str, Any]:
        return dict(lagebild.analyze(text, lang="de").to_dict()["claims"][0])

    c = first("Allein 2025 seien zwei weitere Patriot-Feuereinheiten an Polen ausgeliefert worden, sagte er.")
    assert c["type"] == "arms_transfer" and c["args"]["recipient"] == "country:PL"
    c = first("Im Hafen von Conakry in Guinea seien schwere Waffen vom Typ T-72 für Mali entladen worden.")
    assert c["type"] == "arms_transfer" and c["args"]["recipient"] == "country:ML"


def test_claims_ambushes_airspace_flights_and_jamming_are_attacks() -> None:
    def ctype(text: str, lang: str) -> str:
        return str(lagebild.analyze(text, lang=lang).to_dict()["claims"][0]["type"])

    assert (
        ctype("Im Juli war ein Konvoi der Armee bei Kidal in einen Hinterhalt geraten, sagte ein Sprecher.", "de")
        == "attack"
    )
    assert (
        ctype("Die Drohnen seien mehr als 40 Kilometer tief in polnisches Gebiet geflogen, sagte er.", "de") == "attack"
    )
    text = "The general said Russia was jamming British military satellites on a weekly basis."
    assert ctype(text, "en") == "attack"


def test_claims_transferring_weapons_is_a_transfer_even_of_attack_drones() -> None:
    text = "Iran began transferring Shahed-136 one-way attack drones to Russia in August 2022, officials said."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["type"] == "arms_transfer" and c["args"]["recipient"] == "country:RU"


def test_claims_sightings_joint_drills_and_fighters_leaving_are_deployments() -> None:
    def ctype(text: str) -> str:
        return str(lagebild.analyze(text, lang="de").to_dict()["claims"][0]["type"])

    assert (
        ctype("Auf dem Stützpunkt wurden Berichten zufolge zusätzliche russische Kampfjets gesichtet.")
        == "troop_deployment"
    )
    assert ctype("Das Bataillon soll im November gemeinsam mit polnischen Besatzungen üben, teilte das Heer mit.") == (
        "troop_deployment"
    )
    assert ctype("Die meisten der rund 2.000 Kämpfer sollen das Land bis Juni verlassen haben.") == "troop_deployment"


def test_claims_moving_artillery_training_instructors_and_leaving_are_deployments() -> None:
    def ctype(text: str) -> str:
        return str(lagebild.analyze(text, lang="en").to_dict()["claims"][0]["type"])

    assert ctype("A diplomat said the army had moved additional artillery toward the border.") == "troop_deployment"
    assert ctype("Reportedly, foreign instructors have been training drone operators near the capital.") == (
        "troop_deployment"
    )
    assert ctype("The mercenary group officially left the country in June 2025, it said.") == "troop_deployment"


def test_claims_a_transfer_word_right_after_a_transfer_needs_no_item_of_its_own() -> None:
    text = (
        "Belarus lieferte im Mai 2024 40 Haubitzen an Russland. "
        "Die Lieferungen seien über einen Zwischenhändler in Serbien abgewickelt worden."
    )
    cs = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert [c["type"] for c in cs] == ["arms_transfer", "arms_transfer"]
    text = "Die Lieferungen seien über einen Zwischenhändler in Serbien abgewickelt worden."
    assert lagebild.analyze(text, lang="de").to_dict()["claims"] == []  # no transfer before: nothing is moved


def test_claims_arms_imports_are_transfers() -> None:
    text = "Laut der Studie bezog Armenien 2024 rund 40 Prozent seiner Rüstungsimporte aus Indien."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "arms_transfer" and c["args"]["supplier"] == "country:IN"


def test_claims_passing_on_routing_and_handing_over_are_transfers() -> None:
    for text, lang in (
        ("Die Slowakei darf 5.000 Schuss Munition nicht an die Ukraine weitergeben.", "de"),
        ("A Hong Kong firm routed 600 navigation modules to Iran through front companies in 2024.", "en"),
        ("The army handed over 12 howitzers to Mali on Monday.", "en"),
    ):
        (c,) = lagebild.analyze(text, lang=lang).to_dict()["claims"]
        assert c["type"] == "arms_transfer", text


def test_claims_raising_output_is_production() -> None:
    # "units" alone would read as troops
    (c,) = lagebild.analyze("Saab said it had raised annual production to about 30 fire units.", lang="en").to_dict()[
        "claims"
    ]
    assert c["type"] == "production" and c["evidence"]["rule"] == "en.production.strong"
    (c,) = lagebild.analyze(
        "KNDS will die Fertigung von Haubitzen bis 2028 auf 60 Stück steigern.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "production" and c["evidence"]["rule"] == "de.production.strong"


def test_claims_a_sentence_about_weapons_right_after_a_transfer_goes_on_with_it() -> None:
    cs = lagebild.analyze(
        "Norwegen hat der Ukraine im März zwei NASAMS-Feuereinheiten geliefert, teilte das Ministerium mit. "
        "Nach Angaben des Ministeriums waren es bis Ende Februar insgesamt vier NASAMS-Startgeräte.",
        lang="de",
    ).to_dict()["claims"]
    assert [c["type"] for c in cs] == ["arms_transfer", "arms_transfer"]
    assert cs[1]["args"]["supplier"] == "country:NO" and cs[1]["args"]["recipient"] == "country:UA"
    # not after another kind of claim
    cs = lagebild.analyze(
        "Russland griff Charkiw in der Nacht mit 40 Drohnen an, teilte die Armee mit. "
        "Nach Angaben der Armee waren es insgesamt vier NASAMS-Startgeräte.",
        lang="de",
    ).to_dict()["claims"]
    assert cs[-1]["type"] != "arms_transfer"


def test_claims_an_event_verb_in_an_aside_leaves_the_figure_a_capability() -> None:
    (c,) = lagebild.analyze(
        "The Kh-101, which Russia builds in Dubna, has a range of 2,500 kilometers.", lang="en"
    ).to_dict()["claims"]
    assert c["type"] == "capability"
    (c,) = lagebild.analyze(
        "Die Ljutyj wird in Serie gebaut und hat eine Reichweite von 1.000 Kilometern.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "capability"
    # a transfer before the figure stays the claim
    (c,) = lagebild.analyze(
        "Iran lieferte 40 Raketen, die eine Reichweite von 300 Kilometern haben.", lang="de"
    ).to_dict()["claims"]
    assert c["type"] == "arms_transfer"


def test_claims_a_head_count_of_forces_in_a_place_is_a_deployment() -> None:
    (c,) = lagebild.analyze("In Niger soll die Truppe mit etwa 400 Mann präsent sein.", lang="de").to_dict()["claims"]
    assert c["type"] == "troop_deployment" and c["args"]["quantities"][0]["unit"] == "soldiers"
    # a head count with no place stays a statement
    (c,) = lagebild.analyze("Das Afrikakorps soll etwa 400 Mann stark sein.", lang="de").to_dict()["claims"]
    assert c["type"] == "statement"


def test_claims_incidents_and_fires_are_attack_nouns() -> None:
    text = (
        "Die Marine meldete einen Vorfall 20 Seemeilen vor Fudschaira. Laut Gouverneur lösten Trümmer einen Brand aus."
    )
    assert [c["type"] for c in lagebild.analyze(text, lang="de").to_dict()["claims"]] == ["attack", "attack"]
    (c,) = lagebild.analyze("The navy logged 57 incidents by Chinese vessels in 2025.", lang="en").to_dict()["claims"]
    assert c["type"] == "attack"


def test_claims_dropped_bombs_are_an_attack_and_received_wounds_a_toll() -> None:
    (c,) = lagebild.analyze("Вночі по Харкову скинули чотири КАБи, повідомив Синєгубов.", lang="uk").to_dict()["claims"]
    assert c["type"] == "attack"
    (c,) = lagebild.analyze("Внаслідок атаки поранення отримали семеро працівників заводу.", lang="uk").to_dict()[
        "claims"
    ]
    assert c["type"] == "casualties"
    (c,) = lagebild.analyze("В результате атаки ранения получили пять человек.", lang="ru").to_dict()["claims"]
    assert c["type"] == "casualties"


def _first(text: str, lang: str) -> dict[str, Any]:
    """The first claim of an invented sentence."""
    return dict(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"][0])


def test_claims_russian_and_ukrainian_transfers_of_military_goods_and_resales() -> None:
    c = _first("В 2024 году компания поставила иностранным заказчикам продукцию военного назначения на $6 млрд.", "ru")
    assert c["type"] == "arms_transfer"
    c = _first("Фірма у 2024 році перепродала російським виробникам 400 навігаційних модулів.", "uk")
    assert c["type"] == "arms_transfer"
    c = _first("Через Гонконг в Россию поступали станки для ракетных заводов на $20 млн.", "ru")
    assert c["type"] == "arms_transfer"


def test_claims_a_negation_in_a_russian_or_ukrainian_relative_clause_negates_nothing() -> None:
    text = "Верстати для ракетних заводів постачала турецька компанія, назву якої не розголошують."
    (c,) = lagebild.analyze(text, lang="uk", published="2025-03-14").to_dict()["claims"]
    assert c["factuality"] != "negated"
    text = "Станки поставила турецкая компания, которая не раскрывает своих клиентов."
    (c,) = lagebild.analyze(text, lang="ru", published="2025-03-14").to_dict()["claims"]
    assert c["factuality"] != "negated"


def test_claims_russian_and_ukrainian_recruits_fighters_and_jammed_drones() -> None:
    assert _first("Щонайменше 300 громадян Непалу підписали контракти з Міністерством оборони Росії.", "uk")[
        "type"
    ] == ("troop_deployment")
    assert _first("По данным МИД, на стороне России воюют более 200 граждан Кении.", "ru")["type"] == "troop_deployment"
    assert _first("Ще 31 дрон-імітатор локаційно втрачено через протидію засобів РЕБ.", "uk")["type"] == "attack"


def test_claims_approved_arms_packages_and_delivered_vessels_are_transfers() -> None:
    text = (
        "Das Außenministerium hat den Verkauf eines Waffenpakets im Wert von 1,2 Milliarden Dollar an Polen genehmigt."
    )
    assert _first(text, "de")["type"] == "arms_transfer"
    text = "Japan has delivered the first of five multi-role response vessels to the Philippine Coast Guard."
    assert _first(text, "en")["type"] == "arms_transfer"


def test_claims_a_tally_of_destroyed_equipment_is_losses_a_single_count_a_strike() -> None:
    text = "За даними штабу, за добу знищено чотири танки, 12 артилерійських систем і 90 безпілотників."
    assert _first(text, "uk")["type"] == "casualties"
    text = "Die Armee habe zwei Kampfpanzer und drei Schützenpanzer zerstört, teilte das Militär mit."
    assert _first(text, "de")["type"] == "casualties"
    text = "The army said its units destroyed five tanks and seven artillery systems near the river."
    assert _first(text, "en")["type"] == "casualties"
    # interceptions are a strike; so is one destroyed vehicle among other counts
    assert _first("Air defences destroyed 57 drones and 4 missiles overnight, the army said.", "en")["type"] == "attack"
    text = "Ночью силы ПВО уничтожили 41 беспилотник, при падении обломков повреждены два дома."
    assert _first(text, "ru")["type"] == "attack"


def test_claims_a_tally_of_losses_names_the_weapons_it_counts() -> None:
    text = "Drone operators of the brigade destroyed four T-90M tanks and nine armoured vehicles, the army said."
    c = _first(text, "en")
    assert c["type"] == "casualties" and c["args"]["items"] == ["weapon:t-90"]


def test_claims_more_verbs_of_supplying_and_arming() -> None:
    text = "Die Emirate sollen die Miliz über Tschad mit Kampfdrohnen beliefert haben."
    assert _first(text, "de")["type"] == "arms_transfer"
    text = "Officials accused Iran of arming the rebels with anti-ship missiles."
    assert _first(text, "en")["type"] == "arms_transfer"
    text = "Пхеньян снабжает российскую армию артиллерийскими снарядами."
    assert _first(text, "ru")["type"] == "arms_transfer"
    text = "Пхеньян озброює російську армію ракетами та снарядами."
    assert _first(text, "uk")["type"] == "arms_transfer"


def test_claims_a_trigger_word_used_as_a_plain_noun_is_no_transfer() -> None:
    text = "The militia fired two missiles at a tanker, its first attack on commercial shipping in weeks."
    assert _first(text, "en")["type"] == "attack"


def test_claims_a_clause_giving_the_reason_makes_no_claim_of_its_own() -> None:
    text = "The rebels said they had targeted the freighter because its owner had sent vessels to Israeli ports."
    assert _first(text, "en")["type"] == "attack"
    text = "Die Regierung verhängte Sanktionen gegen die Firma, weil sie Drohnenteile nach Russland geliefert habe."
    assert _first(text, "de")["type"] == "sanction"
    # a reason clause that opens the sentence keeps its trigger: nothing came before it
    text = "Because Iran delivered the drones last year, Russia could strike Kyiv every night."
    assert _first(text, "en")["type"] == "arms_transfer"


def test_claims_crossing_a_line_sighted_ships_ended_missions_and_training_are_deployments() -> None:
    cases = [
        ("en", "Of those aircraft, 31 crossed the median line of the strait, the ministry said."),
        ("en", "The navy said it had tracked a carrier group and two destroyers east of the island."),
        ("en", "The coast guard sent four ships to the disputed shoal on Monday."),
        ("de", "Auch zwei Zerstörer seien östlich der Insel gesichtet worden, teilte das Ministerium mit."),
        ("de", "Die Söldnertruppe hat ihren Einsatz in dem Land nach eigenen Angaben beendet."),
        ("de", "Türkische Militärberater bilden inzwischen auch Offiziere der Miliz aus."),
        ("ru", "По данным разведки, иранские инструкторы обучали российских операторов дронов в Крыму."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "troop_deployment", text


def test_claims_russian_and_ukrainian_consequences_of_a_strike_and_recruiting() -> None:
    cases = [
        ("ru", "По данным местных Telegram-каналов, после налета горел нефтеперерабатывающий завод.", "attack"),
        ("uk", "За даними енергетиків, без світла залишалися близько 3 тисяч родин.", "attack"),
        ("uk", "Імовірно, росіяни використали авіабомби ФАБ-500 з модулями планування.", "attack"),
        ("ru", "В прошлом году контракт с армией подписали около 400 тысяч человек.", "troop_deployment"),
        ("uk", "Російська армія залучила до бойових дій понад 15 тисяч іноземців.", "troop_deployment"),
    ]
    for lang, text, ctype in cases:
        assert _first(text, lang)["type"] == ctype, text


def test_claims_burning_sites_smoke_and_jamming_are_strikes() -> None:
    cases = [
        ("de", "Auf Videos sind angeblich zwei brennende Anlagen der Raffinerie zu sehen."),
        ("en", "A video allegedly shows a burning armoured vehicle near the base."),
        ("en", "The militia began attacking ships in the Red Sea in November 2023."),
        ("de", "Die Regierungen werfen Russland vor, die Störungen gezielt zu verursachen."),
        ("uk", "За словами очевидців, уночі над нафтобазою піднявся стовп диму."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "attack", text


def test_claims_a_sum_in_the_german_or_english_arms_trade_is_a_transfer() -> None:
    assert _first("Im vergangenen Jahr wurden Genehmigungen über 13,3 Milliarden Euro erteilt.", "de")["type"] == (
        "arms_transfer"
    )
    assert _first("The country's arms exports reached $1.8 billion last year.", "en")["type"] == "arms_transfer"
    # a sum without a word of the arms trade makes no transfer
    assert _first("The ministry's budget reached $1.8 billion last year, officials said.", "en")["type"] != (
        "arms_transfer"
    )


def test_claims_taking_control_is_a_strike_and_a_camp_prefix_belongs_to_the_source() -> None:
    text = "A pro-Islamic State channel claimed that fighters had taken control of the town on Monday."
    c = _first(text, "en")
    assert c["type"] == "attack" and c["attribution"]["source"] == "pro-Islamic State channel"
    assert _first("Officials said government troops had retaken the base by Tuesday evening.", "en")["type"] == "attack"
    assert _first("Російські війська взяли під контроль село Новопавлівка, заявили в штабі.", "uk")["type"] == "attack"


def test_claims_more_forms_of_tolls_in_all_four_languages() -> None:
    cases = [
        ("ru", "По данным штаба, 12 военнослужащих пропали без вести после боя у села."),
        ("uk", "Ще 14 людей травмовано, серед них троє дітей, повідомили в ОВА."),
        ("uk", "В Україну повернули тіла загиблих 1000 військових, повідомив штаб."),
        ("en", "Officials said 14 people were hospitalised after the strike on Monday."),
        ("de", "Nach Angaben der Behörden sind zwei Menschen tot."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "casualties", text


def test_claims_more_forms_of_production() -> None:
    cases = [
        ("de", "Nach Angaben des Konzerns laufen dort jährlich bis zu 150.000 Geschosse vom Band."),
        ("ru", "По данным компании, на заводе наладили выпуск 300 беспилотников в месяц."),
        ("uk", "За даними компанії, підприємство випускає 300 дронів на місяць."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "production", text


def test_claims_crossings_swarming_and_missions_started_or_ended_are_deployments() -> None:
    cases = [
        ("en", "The JCS said it had recorded seven crossings of the line since January."),
        ("en", "Over 200 militia boats are believed to be swarming the reef, officials said."),
        ("de", "Die NATO hat Mitte Januar die Überwachungsmission „Baltic Sentry“ gestartet."),
        ("de", "Die Ausbildungsmission der EU in Mali wurde im Mai 2024 beendet."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "troop_deployment", text


def test_claims_handovers_sourcing_and_shipments_are_transfers() -> None:
    cases = [
        ("de", "Laut Baykar zeigt das Foto die Übergabe von zwei Akinci-Drohnen an die indonesische Luftwaffe."),
        ("de", "Die Luftwaffe hatte ihre erste IRIS-T-SLM-Feuereinheit bereits im vergangenen Jahr übernommen."),
        ("de", "Ein Teil der PAC-3-Raketen soll bereits in die Ukraine gebracht worden sein."),
        ("en", "The panel said the group is sourcing dual-use drone parts from suppliers in China."),
        ("en", "Prosecutors said the men sent at least 340 shipments to Russia through Turkey."),
    ]
    for lang, text in cases:
        assert _first(text, lang)["type"] == "arms_transfer", text


def test_claims_a_russian_interview_is_the_interviewees_and_her_office_outranks_her_rank() -> None:
    text = (
        "Замминистра обороны: учения пройдут в сентябре\n\n"
        "2 мая 2025. Беседовал Павел Орлов\n\n"
        "О предстоящих учениях нашему изданию рассказал заместитель министра обороны Армении "
        "генерал-майор Арсен Давтян.\n\n"
        "— Арсен Карапетович, сколько военных примут участие?\n\n"
        "— В учениях примут участие около 3 тысяч военнослужащих.\n\n"
        "— А техника?\n\n"
        "— Франция передала Армении 12 гаубиц Caesar.\n\n"
        "— А слухи о переброске войск?\n\n"
        "— Информация о том, что мы якобы перебросили 5 тысяч военных к границе, не соответствует действительности.\n"
    )
    claims = lagebild.analyze(text, lang="ru").to_dict()["claims"]
    answers = [c for c in claims if c["text"].startswith(("— В учениях", "— Франция", "— Информация"))]
    assert len(answers) == 3
    assert all(c["attribution"]["source"] == "Арсен Давтян" for c in answers)
    assert all(c["attribution"]["source_kind"] == "government" for c in answers)


def test_claims_a_sanction_for_supplying_weapons_is_a_sanction() -> None:
    text = "The U.S. Treasury Department sanctioned 14 companies for supplying drone parts to Russia."
    (c,) = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert c["type"] == "sanction"
    text = "Die EU verhängte Sanktionen gegen zwölf Firmen wegen der Lieferung von Drohnenteilen an Russland."
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "sanction"


def test_claims_a_promise_of_arms_is_a_transfer_and_a_negation_after_but_is_another_clause() -> None:
    cs = lagebild.analyze(
        "Берлін пообіцяв Україні ще щонайменше вісім систем IRIS-T, однак терміни їх постачання не називав.",
        lang="uk",
    ).to_dict()["claims"]
    assert cs[0]["type"] == "arms_transfer" and cs[0]["factuality"] == "asserted"
    (c,) = lagebild.analyze(
        "Berlin promised Ukraine at least eight more IRIS-T systems, but did not name a date.", lang="en"
    ).to_dict()["claims"]
    assert c["type"] == "arms_transfer" and c["factuality"] == "asserted"


def test_claims_a_press_release_is_spoken_by_its_issuer() -> None:
    r = lagebild.analyze(
        "Ministry of Defence of Georgia rejects claims of drone flights\n\n"
        "TBILISI, 3 May 2025 – Press Service of the Ministry of Defence of Georgia\n\n"
        "On 2 May, two Russian drones crossed the administrative boundary line near Ergneti. "
        "The Ministry has recorded 14 such violations since March.",
        lang="en",
    ).to_dict()
    assert not any("Press Service" in c["text"] for c in r["claims"])  # the header is no claim
    for c in r["claims"]:
        assert "Ministry of Defence of Georgia" in (c["attribution"]["source"] or "")
        assert c["attribution"]["source_kind"] == "government"
    # a press service named in the body of a news report issues nothing
    r = lagebild.analyze(
        "Drones over Ergneti\n\nTBILISI (Reuters) - Two Russian drones crossed the boundary line near Ergneti on "
        "Friday, the press service of the Georgian interior ministry said. Four more drones were seen near Gori on "
        "Saturday.",
        lang="en",
    ).to_dict()
    assert r["claims"] and all(c["attribution"]["cue"] != "press release" for c in r["claims"])
    # a body's press service that speaks in the first sentence heads no press release
    cs = lagebild.analyze(
        "Прес-служба ДСНС повідомила, що рятувальники ліквідували пожежу. Загинули двоє людей.", lang="uk"
    ).to_dict()["claims"]
    assert len(cs) == 2 and all(c["attribution"]["cue"] != "press release" for c in cs)


def test_claims_a_background_sentence_without_a_claim_ends_a_bulletin() -> None:
    text = (
        "У поліції області повідомили, що внаслідок удару загинули троє людей.\n\n"
        "Це вже третя атака на місто за місяць. У ніч на понеділок росіяни запустили по Україні понад 80 дронів."
    )
    c = lagebild.analyze(text, lang="uk", published="2025-05-14").to_dict()["claims"][-1]
    assert c["attribution"]["source_kind"] == "author" and c["factuality"] == "asserted"


def test_claims_an_event_months_before_the_report_is_the_authors_background_not_the_bulletins() -> None:
    text = (
        "Міністр оборони Нідерландів заявив, що Україна отримала останні чотири літаки F-16. "
        "Перші F-16 Україна отримала влітку 2024 року."
    )
    c = lagebild.analyze(text, lang="uk", published="2025-08-21").to_dict()["claims"][-1]
    assert c["attribution"]["source_kind"] == "author" and c["factuality"] == "asserted"
    text = "Міністр оборони Нідерландів заявив, що Україна отримала чотири літаки F-16. Ще два літаки прибули в серпні."
    c = lagebild.analyze(text, lang="uk", published="2025-08-21").to_dict()["claims"][-1]
    assert c["attribution"]["source_kind"] == "government"


def test_claims_an_arrival_of_weapons_without_troops_is_a_transfer() -> None:
    def first(text: str, lang: str) -> str:
        return str(lagebild.analyze(text, lang=lang, published="2025-02-11").to_dict()["claims"][0]["type"])

    assert first("В январе в Россию прибыли 20 северокорейских гаубиц.", "ru") == "arms_transfer"
    assert first("В январе в Курскую область прибыли 3000 северокорейских солдат.", "ru") == "troop_deployment"
    assert first("У січні в Україну прибули 20 гаубиць M109 з Норвегії.", "uk") == "arms_transfer"
    assert first("Подразделения армии Китая прибыли в Брестскую область.", "ru") == "troop_deployment"


def test_claims_weapons_on_their_way_to_a_country_are_a_transfer() -> None:
    for text, lang in (
        ("Two German Patriot launchers are already en route to Ukraine, the Bundeswehr said.", "en"),
        ("Laut Bundeswehr sind zwei deutsche Patriot-Startgeräte bereits auf dem Weg in die Ukraine.", "de"),
        ("За даними Бундесверу, дві німецькі пускові установки Patriot уже перебувають на шляху до України.", "uk"),
    ):
        c = lagebild.analyze(text, lang=lang, published="2025-08-21").to_dict()["claims"][0]
        assert c["type"] == "arms_transfer" and c["args"]["supplier"] == "country:DE", text


def test_claims_military_aircraft_counted_around_a_place_are_a_deployment() -> None:
    for text, lang in (
        ("Taiwan's defence ministry said it had detected 45 Chinese military aircraft around the island.", "en"),
        (
            "Das Verteidigungsministerium in Taipeh registrierte 45 chinesische Militärflugzeuge rund um die Insel.",
            "de",
        ),
    ):
        c = lagebild.analyze(text, lang=lang, published="2026-02-26").to_dict()["claims"][0]
        assert c["type"] == "troop_deployment", text


def test_claims_no_recorded_combat_use_is_a_negated_attack() -> None:
    for text, lang in (
        ("За даними ГУР, їхнього бойового застосування в Україні досі не зафіксовано.", "uk"),
        ("В ВСУ заявили, что подтвержденных случаев применения ракет Fath-360 не зафиксировано.", "ru"),
    ):
        c = lagebild.analyze(text, lang=lang, published="2025-10-08").to_dict()["claims"][0]
        assert c["type"] == "attack" and c["factuality"] == "negated", text


def test_claims_a_press_releases_issuer_asserts_every_unhedged_sentence() -> None:
    text = (
        "Тиждень на Покровському напрямку\n\nПресслужба 47-ї окремої механізованої бригади\n\n"
        "За тиждень підрозділи бригади знищили 12 танків і 30 бойових броньованих машин. "
        "Противник втратив понад 200 військових. Також уражено три склади боєприпасів."
    )
    cs = lagebild.analyze(text, lang="uk", published="2026-01-17").to_dict()["claims"]
    assert [c["factuality"] for c in cs] == ["asserted"] * 3
    assert {c["attribution"]["source_kind"] for c in cs} == {"military"}


def test_claims_a_back_reference_after_a_sentence_without_a_claim_claims_nothing() -> None:
    import lagebild

    text = (
        "Строительство пункта базирования в Очамчире выходит на финишную прямую. "
        "Об этом сообщил секретарь Совбеза Абхазии Сергей Шамба."
    )
    claims = lagebild.analyze(text, lang="ru", published="2025-09-10").to_dict()["claims"]
    assert not any(c["text"].startswith("Об этом") for c in claims)


def _claims_of(text: str, lang: str) -> list[dict[str, Any]]:
    return list(lagebild.analyze(text, lang=lang, published="2025-03-14").to_dict()["claims"])


def test_claims_a_dateline_with_a_city_in_capitals_claims_nothing() -> None:
    text = "МОСКВА, 12 марта. /Агентство «Вестник»/. Над Курской областью сбиты 12 дронов, сообщило Минобороны."
    assert [c["text"][:3] for c in _claims_of(text, "ru")] == ["Над"]
    assert [c["text"][:3] for c in _claims_of("МОСКВА, 6 ноя — РИА Новости. Над Курском сбиты 12 дронов.", "ru")] == [
        "Над"
    ]


def test_claims_a_record_never_reached_before_denies_nothing() -> None:
    cases = [
        (
            "Nach Angaben des Generalstabs übten dieses Jahr 21.000 Reservisten, so viele wie nie zuvor.",
            "de",
        ),
        ("The army said 4,000 reservists were deployed to the border this year, as never before.", "en"),
        ("По словам губернатора, армия как никогда активно обстреливает Херсон артиллерией.", "ru"),
        ("За словами голови ОВА, армія РФ як ніколи активно обстрілює Херсон.", "uk"),
    ]
    for text, lang in cases:
        claims = lagebild.analyze(text, lang=lang).to_dict()["claims"]
        assert claims and all(c["factuality"] != "negated" for c in claims), (text, claims)
        # the present tense of shelling is an attack ("обстреливает", "обстрілює")
        assert lang not in ("ru", "uk") or claims[0]["type"] == "attack"


def test_claims_rumours_that_spread_are_hearsay() -> None:
    text = "Rumours spread on social media on Wednesday that Russia had delivered 40 drones to the rebels."
    claims = lagebild.analyze(text, lang="en").to_dict()["claims"]
    assert claims and claims[0]["factuality"] == "alleged"


def test_claims_a_summoned_envoy_is_a_fact_the_author_reports() -> None:
    text = (
        "Das polnische Außenministerium bestellte am Freitag den belarussischen Botschafter ein "
        "und sprach von einer Provokation."
    )
    (c,) = lagebild.analyze(text, lang="de").to_dict()["claims"]
    assert c["type"] == "statement" and c["factuality"] == "asserted" and c["attribution"]["source_kind"] == "author"
    en = "Latvia's foreign ministry summoned the Russian charge d'affaires on Friday."
    (c,) = lagebild.analyze(en, lang="en").to_dict()["claims"]
    assert c["type"] == "statement" and c["attribution"]["source_kind"] == "author"
    said = "Latvia's foreign ministry said it had summoned the Russian ambassador on Friday."
    (c,) = lagebild.analyze(said, lang="en").to_dict()["claims"]
    assert c["attribution"]["source_kind"] == "government"
