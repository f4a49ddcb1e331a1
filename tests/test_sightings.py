"""What residents and channels report seeing or hearing (bangs, fires) is an attack claim (invented sentences)."""

from .test_kinds import claims


def test_sightings_bangs_and_a_fire_reported_by_residents_or_channels_are_attacks() -> None:
    c = claims("Жители Шахт ночью сообщали в местных пабликах о серии громких хлопков.", "ru")
    assert [(x["type"], x["attribution"]["source_kind"]) for x in c] == [("attack", "social_media")]
    c = claims("Ряд Telegram-каналов сообщал о возгорании на территории Новошахтинского завода.", "ru")
    assert [x["type"] for x in c] == ["attack"]
    c = claims("Місцеві телеграм-канали повідомили про займання на території нафтобази в Новошахтинську.", "uk")
    assert [x["type"] for x in c] == ["attack"]


def test_sightings_sabotage_on_a_railway_is_an_attack() -> None:
    c = claims("За даними ГУР, колію біля Мелітополя підірвали учасники руху спротиву.", "uk")
    assert [(x["type"], x["attribution"]["source_kind"]) for x in c] == [("attack", "intelligence")]
    c = claims("Под Белгородом сошли с рельсов 12 вагонов грузового поезда.", "ru")
    assert [x["type"] for x in c] == ["attack"]
