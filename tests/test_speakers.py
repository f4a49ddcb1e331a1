"""Who speaks and how: offices, agreement, plans and rumours, on invented sentences (packaged KB)."""

from .test_kinds import att, claims


def test_speakers_heads_of_government_and_their_deputies_speak_for_the_government() -> None:
    a = att("Вице-премьер Абхазии Леван Адзинба заявил, что Армения получила 14 гаубиц.", "ru")
    assert a["source"] == "Леван Адзинба" and a["source_kind"] == "government"
    a = att("Премьер-министр Армении Арам Гаспарян заявил, что Армения получила 12 гаубиц.", "ru")
    assert a["source_kind"] == "government"
    a = att("Віцепрем'єр Абхазії Леван Адзинба заявив, що Вірменія отримала 14 гаубиць.", "uk")
    assert a["source_kind"] == "government"


def test_speakers_a_singular_pronoun_skips_a_body_that_spoke_with_a_plural_verb() -> None:
    text = (
        "Заместитель министра иностранных дел Грузии Нино Гелашвили сообщила, что Тбилиси направил ноты протеста "
        "в ООН и ОБСЕ. В секретариате ОБСЕ получение документа подтвердили. Она также утверждает, что в марте в "
        "порт прибыли около 150 российских военнослужащих."
    )
    a = att(text, "ru")
    assert a["source"] == "Нино Гелашвили" and a["source_kind"] == "government"


def test_speakers_the_company_named_before_speaks_where_its_staff_are_placed() -> None:
    text = (
        "Підприємство, про яке йдеться, — приватна «Сивашська верф». У пресслужбі компанії підтвердили, що ракета "
        "зруйнувала склад. У компанії попередньо оцінили збитки щонайменше в 30 мільйонів гривень."
    )
    assert [(a["source_kind"], a["source"]) for a in (c["attribution"] for c in claims(text, "uk"))] == [
        ("ngo", "У пресслужбі компанії"),
        ("ngo", "У компанії"),
    ]
    # a state company speaks for its government (the KB's category and source kind)
    a = att(
        "Генеральный директор «Рособоронэкспорта» Иван Орлов заявил, что Индия получила четыре комплекта С-400. "
        "В компании заявили, что Алжир получил 14 самолетов Су-57Э.",
        "ru",
    )
    assert a["source_entity"] == "org:rosoboronexport" and a["source_kind"] == "government"


def test_speakers_a_plan_a_named_source_states_is_reported() -> None:
    text = (
        "Norwegen hat 14 Raketen erhalten. Weitere 36 Flugkörper sollen nach Angaben des Ministeriums bis Ende 2027 "
        "folgen. Im Sommer soll die Küstenwache nach Plänen des Ministeriums zudem zwei Startbatterien bekommen. "
        "Bis Ende nächsten Jahres sollen es nach Plänen der Marine sechs Fregatten sein."
    )
    got = [(c["factuality"], c["attribution"]["source"]) for c in claims(text, "de")[1:]]
    assert got == [("reported", "Ministeriums"), ("reported", "Ministeriums"), ("reported", "Marine")]
    # hearsay stays hearsay: a perfect infinitive, or a state with no plan marker
    assert claims("Nordkorea soll Russland 100 Raketen geliefert haben.", "de")[0]["factuality"] == "alleged"
    assert claims("Die Soldaten sollen seit März in Kursk sein.", "de")[0]["factuality"] == "alleged"


def test_speakers_rumours_are_hearsay_from_unnamed_sources() -> None:
    c = claims(
        "In Tiraspol kursieren Gerüchte, wonach Russland weitere Flugabwehrsysteme in die Region gebracht habe.", "de"
    )[0]
    assert (c["factuality"], c["attribution"]["source_kind"]) == ("alleged", "anonymous")
    c = claims(
        "Rumours that the gangs had seized the town's water pumping station spread on WhatsApp on Sunday.", "en"
    )[0]
    assert (c["factuality"], c["attribution"]["source_kind"], c["attribution"]["channel"]) == (
        "alleged",
        "anonymous",
        "WhatsApp",
    )


def test_speakers_an_officer_who_asked_not_to_be_named_speaks_anonymously() -> None:
    a = att(
        "Ein Offizier der norwegischen Marine, der nicht namentlich genannt werden wollte, sagte dieser Zeitung, im "
        "Oktober seien drei russische U-Boote vor der Küste gewesen.",
        "de",
    )
    assert a["source_kind"] == "anonymous" and a["source_entity"] is None
    a = att("A naval officer, speaking on condition of anonymity, said two Russian submarines had left Tartus.", "en")
    assert a["source_kind"] == "anonymous"


def test_speakers_a_service_that_assumes_and_an_audit_office_that_objects_speak() -> None:
    c = claims(
        "Der finnische Nachrichtendienst geht in seiner jüngsten Lageeinschätzung davon aus, dass Russland bei "
        "Petschenga rund 4000 Soldaten stationiert hat.",
        "de",
    )[0]
    assert c["factuality"] == "uncertain" and c["attribution"]["source_kind"] == "intelligence"
    a = att(
        "Der Rechnungshof hatte in einem Bericht Mehrkosten von 90 Millionen Euro beim Kauf der Raketen beanstandet.",
        "de",
    )
    assert (a["source"], a["source_kind"]) == ("Rechnungshof", "government")


def test_speakers_regional_secretariats_and_state_security_services() -> None:
    a = att("The Cauca health secretariat said on Monday that 11 soldiers had been treated at the hospital.", "en")
    assert a["source_kind"] == "government" and "secretariat" in a["source"]
    a = att("Armenia's State Security Service said it had recorded at least four Russian cargo flights.", "en")
    assert a["source_kind"] == "intelligence"


def test_speakers_a_possessive_takes_the_person_just_introduced() -> None:
    text = (
        "Das Verteidigungsministerium in Oslo teilte mit, die Übung sei beendet. Die Marineexpertin Kari Lunde vom "
        "Forum für Arktische Sicherheit sieht darin den Grund für die Manöver. „Die Flotte bleibt“, sagt sie. Von der "
        "Brigade seien nach ihrer Schätzung weniger als tausend Soldaten auf Kola verblieben. Der Politologe Ion "
        "Brega vom Institut für Sicherheitsstudien hält die Zahlen für zu niedrig. Nach seiner Schätzung könnten "
        "bis zu 1.800 russische Soldaten in Transnistrien stationiert sein."
    )
    got = [
        (c["attribution"]["source"], c["attribution"]["source_kind"])
        for c in claims(text, "de")
        if "Schätzung" in c["text"]
    ]
    assert got == [("Kari Lunde", "ngo"), ("Ion Brega", "ngo")]


def test_speakers_the_director_of_a_quoted_firm_speaks_for_the_company() -> None:
    a = att("«Військових замовлень ми не виконуємо», — заявив директор «Дністровської верфі» Олег Ткач.", "uk")
    assert a["source"] == "Олег Ткач" and a["source_kind"] == "ngo"
    a = att("Гендиректор «Волжского завода» Олег Ткачев заявил, что завод выпустил 40 дронов.", "ru")
    assert a["source_kind"] == "ngo"
    # a director of a state body stays with that body
    a = att("Директор ФСБ Александр Бортников заявил, что задержаны 12 диверсантов.", "ru")
    assert a["source_kind"] == "intelligence"


def test_speakers_an_analyst_of_a_foreign_named_institute_speaks_for_it() -> None:
    a = att(
        "Maria Lopez, a naval analyst at the Lima-based Instituto Andino de Estudios Navales, estimates that Peru "
        "bought 40 tanks.",
        "en",
    )
    assert a["source"] == "Maria Lopez" and a["source_kind"] == "ngo"
    text = (
        "Tomas Berg, a defence economist at the Oslo-based Nordic Defence Analytics, said the orders were a hedge. "
        "He estimated that Russian-made systems account for about 70 percent of the army's tanks."
    )
    assert att(text, "en")["source_kind"] == "ngo"
    text = (
        "Die Analystin Maura Kelly vom Dubliner Institute for Naval Studies hält die Debatte für verspätet. Nach "
        "ihrer Einschätzung könnten russische U-Boote mehrfach an den Kabeln gewesen sein."
    )
    assert att(text, "de")["source_kind"] == "ngo"


def test_speakers_a_company_named_by_a_works_head_speaks_as_a_company() -> None:
    a = att(
        "Steppe Motor Works, the Astana-based company that builds the Arlan vehicle, said it had delivered 40 "
        "vehicles to the army.",
        "en",
    )
    assert a["source"] == "Steppe Motor Works" and a["source_kind"] == "ngo"


def test_speakers_german_preliminary_findings_without_a_comma_leave_the_sentence_uncertain() -> None:
    c = claims("Nach ersten Erkenntnissen wurden bei dem Angriff zwei Munitionsdepots der Armee zerstört.", "de")[0]
    assert c["factuality"] == "uncertain"
    # the body the findings come from follows in the genitive: its report
    c = claims("Nach ersten Erkenntnissen der Polizei wurden bei dem Angriff zwei Soldaten getötet.", "de")[0]
    assert c["factuality"] != "uncertain"


def test_speakers_an_institute_s_name_in_guillemets_belongs_to_its_source_span() -> None:
    a = att("По оценке ереванского Института оборонного анализа «Арарат», на базе служат около 3 тысяч военных.", "ru")
    assert a["source"] == "Института оборонного анализа «Арарат»" and a["source_kind"] == "ngo"
    a = att("Аналітики київського Інституту оборонної економіки «Рубіж» оцінюють, що Україна отримала 40 танків.", "uk")
    assert a["source"] == "Інституту оборонної економіки «Рубіж»"


def test_speakers_channels_and_war_correspondents_that_post_speak_as_social_media() -> None:
    a = att("Местные Telegram-каналы выложили первые ролики: на записях слышно семь взрывов в районе завода.", "ru")
    assert a["source"] == "Местные Telegram-каналы" and a["source_kind"] == "social_media"
    a = att("Російські воєнкори поширили в Telegram відео, на якому нібито видно уламки катера.", "uk")
    assert a["source"] == "Російські воєнкори" and a["source_kind"] == "social_media"


def test_speakers_a_plant_s_press_service_speaks_for_the_plant_and_its_staff_anonymously() -> None:
    a = att("Пресс-служба Приволжского агрегатного завода подтвердила повреждение одного из цехов после атаки.", "ru")
    assert a["source"] == "Пресс-служба Приволжского агрегатного завода" and a["source_kind"] == "ngo"
    a = att("Пресслужба Приволзького агрегатного заводу підтвердила пошкодження одного з цехів внаслідок атаки.", "uk")
    assert a["source_kind"] == "ngo"
    a = att("Сотрудник предприятия, попросивший не называть имени, рассказал, что в цехе погибли два человека.", "ru")
    assert a["source_kind"] == "anonymous" and a.get("source_entity") is None
    a = att("Працівник заводу, який попросив не називати його імені, розповів, що в цеху загинули два робітники.", "uk")
    assert a["source_kind"] == "anonymous"


def test_speakers_a_single_rumour_is_anonymous_hearsay() -> None:
    c = claims("In Sarajevo kursiert zudem das Gerücht, Banja Luka habe Kampfdrohnen aus China bezogen.", "de")[0]
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"
    c = claims("On social media, rumours are spreading that 300 Russian fighters have been moved south.", "en")[0]
    assert c["factuality"] == "alleged" and c["attribution"]["source_kind"] == "anonymous"


def test_speakers_official_figures_of_a_country_name_its_government() -> None:
    a = att("Bei einem Schusswechsel wurden nach offiziellen indischen Angaben zwei Grenzsoldaten getötet.", "de")
    assert a["source"] == "offiziellen indischen Angaben" and a["source_kind"] == "government"


def test_speakers_who_accuses_speaks_and_the_accused_does_not() -> None:
    a = att("Die pakistanische Armee beschuldigt Indien, Startrampen an die Grenze verlegt zu haben.", "de")
    assert a["source"] == "pakistanische Armee" and a["source_kind"] == "military"
    a = att("Indien wird beschuldigt, 40 Panzer an die Grenze verlegt zu haben.", "de")
    assert a.get("source") != "Indien"


def test_speakers_an_outlet_after_the_verb_is_addressed_when_the_speaker_follows_it() -> None:
    text = (
        "«Мы не можем с этим согласиться», — сказал журналистам официальный представитель японского МИД Кэнта "
        "Мориваки. По его словам, с начала года российские военные провели на островах три крупных учения."
    )
    a = att(text, "ru")
    assert a["source"] == "Кэнта Мориваки" and a["source_kind"] == "government"


def test_speakers_a_comment_or_a_letter_names_its_author_for_the_impersonal_cue() -> None:
    a = att("«Учения проходят по плану», — говорится в комментарии МИД России.", "ru")
    assert a["source"] == "МИД России" and a["source_kind"] == "government"
    a = att("«Три дрони збито над Сумами», — йдеться в коментарі Повітряних сил.", "uk")
    assert "Повітряних сил" in a["source"] and a["source_kind"] == "military"


def test_speakers_imperfective_past_verbs_of_saying_and_residents() -> None:
    a = att("Дальність KN-23 сягає 700 кілометрів, зазначав тоді речник Повітряних сил Олександр Дрозд.", "uk")
    assert a["source"] == "Олександр Дрозд" and a["source_kind"] == "military"
    a = att("Дальность KN-23 достигает 700 километров, отмечал тогда представитель ВВС Олег Дроздов.", "ru")
    assert a["source"] == "Олег Дроздов"
    text = (
        "Мер Ізмаїла Олена Бурлак повідомила про пошкодження порту. Жителька мікрорайону розповіла виданню, що "
        "вибухи лунали сім разів, а два будинки зруйновано."
    )
    assert att(text, "uk")["source_kind"] == "anonymous"


def test_speakers_the_office_is_the_body_heard_last() -> None:
    text = (
        "Japan's Joint Staff Office said it had tracked 14 Russian navy vessels in the Soya Strait on Tuesday. Air "
        "Self-Defense Force fighters were scrambled after two Russian Tu-142 aircraft flew along Hokkaido's coast, "
        "the office said. In July, the office counted 23 passages of Russian warships."
    )
    got = [c["attribution"]["source_entity"] for c in claims(text, "en")]
    assert got == ["org:japan-joint-staff"] * 3


def test_speakers_a_woman_s_title_before_an_unknown_name_says_whom_she_speaks_for() -> None:
    a = att("Regierungssprecherin Aline Mukamana sagte, es gebe 200 ruandische Soldaten im Kongo.", "de")
    assert a["source_kind"] == "government"


def test_speakers_research_groups_funds_and_commands_of_armed_forces() -> None:
    a = att("Исследовательская группа «Евразийский миграционный монитор» оценивает его в 9–11 тысяч человек.", "ru")
    assert a["source"] == "Евразийский миграционный монитор" and a["source_kind"] == "ngo"
    a = att("У квітні благодійний фонд «Хвиля» передав ВМС ще 12 безекіпажних катерів, повідомили у фонді.", "uk")
    assert a["source_kind"] == "ngo"
    a = att("Оперативне командування Збройних сил Польщі повідомило, що вночі піднято в повітря 4 винищувачі.", "uk")
    assert a["source_kind"] == "military" and "Польщі" in a["source"]


def test_speakers_researchers_of_a_university_speak_for_it() -> None:
    a = att(
        "Im Krieg sind nach Schätzungen von Forschern der Universität Gent bis zu 600.000 Menschen getötet worden.",
        "de",
    )
    assert a["source"] == "Universität Gent" and a["source_kind"] == "ngo"


def test_speakers_a_body_that_puts_a_number_at_a_figure_states_it() -> None:
    text = (
        "Russia's Defence Ministry said 2,000 troops were taking part. The ministry put the number of warships "
        "taking part at eight, without naming them."
    )
    a = att(text, "en")
    assert a["source_entity"] == "org:mod-russia" and a["source_kind"] == "government"


def test_speakers_a_channel_linked_to_an_owned_body_speaks_as_social_media() -> None:
    a = att("A Telegram channel linked to Russia's Africa Corps posted photos of 40 soldiers unloading crates.", "en")
    assert a["source"] == "Telegram channel linked to Russia's Africa Corps" and a["source_kind"] == "social_media"


def test_speakers_reports_after_a_modifier_are_a_noun_not_a_speech_verb() -> None:
    a = att(
        "Two Western diplomats in Tunis told us they had seen intelligence reports of a build-up of 300 troops.", "en"
    )
    assert a["source_kind"] == "anonymous" and a.get("source_entity") is None


def test_speakers_a_plan_by_the_end_of_the_year_is_no_hearsay() -> None:
    c = claims("Die Landespolizei soll bis Jahresende zwölf mobile Systeme zur Drohnenabwehr erhalten.", "de")[0]
    assert c["factuality"] == "speculative"
    text = (
        "Der Minister kündigte Maßnahmen an. Die Landespolizei soll nach seinen Worten bis Jahresende zwölf mobile "
        "Systeme zur Drohnenabwehr erhalten."
    )
    assert claims(text, "de")[-1]["factuality"] == "reported"


def test_speakers_sie_with_own_figures_is_the_body_a_feminine_description_refers_to() -> None:
    text = (
        "Die Rebellengruppe M23 kontrolliert weite Teile der Provinz Nordkivu. Seit Januar stößt die Miliz weiter "
        "nach Süden vor. Am Samstag nahm sie nach eigenen Angaben die Ortschaft Minembwe ein und tötete 12 Soldaten."
    )
    a = att(text, "de")
    assert a["source_entity"] == "org:m23" and a["source_kind"] == "military"


def test_speakers_its_director_speaks_for_the_firm_named_before() -> None:
    text = (
        "Міністерство повідомило про нові контракти. Одним із виробників є компанія «Обрій». Її генеральний "
        "директор Максим Гордієнко розповів, що підприємство щомісяця виготовляє близько 350 дронів."
    )
    assert att(text, "uk")["source_kind"] == "ngo"


def test_speakers_hiess_es_weiter_goes_on_with_the_last_source() -> None:
    text = (
        "In sechs Fällen seien die Maschinen bewaffnet gewesen, teilte der Generalstab am Donnerstag mit.\n\n"
        "Zudem habe am Mittwoch eine türkische Drohne vom Typ Anka die Insel Kos überflogen, hieß es weiter."
    )
    a = att(text, "de")
    assert a["source"] == "Generalstab" and a["source_kind"] == "military"


def test_speakers_a_capitalised_title_after_the_verb_leaves_the_name_the_speaker() -> None:
    a = att('"Russia launched 5,000 drones in January," said Deputy Secretary of Defense Daniel Morrow.', "en")
    assert a["source"] == "Daniel Morrow" and a["source_kind"] == "government"


def test_speakers_a_district_administration_keeps_its_whole_name() -> None:
    a = att(
        "Администрация Туапсинского муниципального округа сообщила, что в Туапсе закрыты два пляжа после атаки.", "ru"
    )
    assert a["source"] == "Администрация Туапсинского муниципального округа" and a["source_kind"] == "government"


def test_speakers_what_a_body_labels_says_nothing_and_secretariats_speak_for_the_state() -> None:
    text = "Russia's embassy called the Danish figures fantasies and said 40 Russian aircraft had never entered."
    assert att(text, "en")["source"] == "Russia's embassy"
    a = att(
        "Laut dem Staatssekretariat für Wirtschaft exportierten Schweizer Firmen 2025 Waffen für 600 Mio. Franken.",
        "de",
    )
    assert a["source"] == "Staatssekretariat für Wirtschaft" and a["source_kind"] == "government"
    a = att("Nach einer Analyse des Berliner Forums Lateinamerika stehen rund 400 Soldaten an der Grenze.", "de")
    assert a["source"] == "Berliner Forums Lateinamerika" and a["source_kind"] == "ngo"


def test_speakers_in_its_report_writes_the_panel_named_after_the_verb() -> None:
    text = (
        "In ihrem im Januar vorgelegten Bericht schreibt die UN-Expertengruppe für die Demokratische Republik Kongo, "
        "zwischen 3.000 und 4.000 ruandische Soldaten kämpften an der Seite der M23."
    )
    a = att(text, "de")
    assert (
        a["source"] == "UN-Expertengruppe für die Demokratische Republik Kongo" and a["source_kind"] == "international"
    )


def test_speakers_a_country_after_a_preposition_is_no_denier() -> None:
    a = att("Auch die Entsendung türkischer Militärberater nach Pakistan wies Ankara zurück.", "de")
    assert a["source"] == "Ankara" and a["source_kind"] == "government"
    # the accused inside an accusation's frame does not speak
    a = att("Die Militärregierung wirft Benin vor, 400 französische Soldaten an der Grenze zu stationieren.", "de")
    assert a.get("source") != "Benin"


def test_speakers_an_armed_force_s_press_office_speaks_as_military() -> None:
    a = att("The navy's press office denied that two submarines were bought from France.", "en")
    assert a["source"] == "navy's press office" and a["source_kind"] == "military"
    assert att("The ministry's press office said 40 tanks were delivered.", "en")["source_kind"] == "government"


def test_speakers_a_capitalised_word_after_a_preposition_of_place_is_no_person() -> None:
    import lagebild

    text = "Вночі росіяни скинули на Суми дві керовані авіабомби, повідомив начальник ОВА Андрій Кравчук."
    (claim,) = lagebild.analyze(text, lang="uk").to_dict()["claims"]
    assert claim["attribution"]["source"] == "Андрій Кравчук"
    ents = lagebild.analyze(
        "Вибухи було чути навіть у Рибному, повідомив голова громади Іван Петренко.", lang="uk"
    ).to_dict()
    named = {e["name"]: e["type"] for e in ents["entities"]}
    assert named.get("Рибному") == "place" and named.get("Іван Петренко") == "person"
