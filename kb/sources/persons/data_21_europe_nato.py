# Other NATO / EU members of Europe, Turkey, the Western Balkans, the Holy See.
from model import p, R, group

group("Poland")

PL = dict()
p("andrzej_duda", "POL", "Andrzej Duda", ru="Анджей Дуда", uk="Анджей Дуда", pl="Andrzej Duda",
  roles=[R("POLGOV", "President of Poland", "2015-08-06", "2025-08-06")])
p("karol_nawrocki", "POL", "Karol Nawrocki", ru="Кароль Навроцкий", uk="Кароль Навроцький", pl="Karol Nawrocki",
  roles=[R("POLGOV", "President of Poland", "2025-08-06")])
p("ewa_kopacz", "POL", "Ewa Kopacz", ru="Эва Копач", uk="Ева Копач", pl="Ewa Kopacz",
  roles=[R("POLGOV", "Prime Minister of Poland", "2014-09-22", "2015-11-16")])
p("beata_szydlo", "POL", "Beata Szydło", ru="Беата Шидло", uk="Беата Шидло", pl="Beata Szydło",
  roles=[R("POLGOV", "Prime Minister of Poland", "2015-11-16", "2017-12-11")])
p("mateusz_morawiecki", "POL", "Mateusz Morawiecki", ru="Матеуш Моравецкий", uk="Матеуш Моравецький", pl="Mateusz Morawiecki",
  roles=[R("POLGOV", "Prime Minister of Poland", "2017-12-11", "2023-12-13")])
p("radoslaw_sikorski", "POL", "Radosław Sikorski", ru="Радослав Сикорский", uk="Радослав Сікорський", pl="Radosław Sikorski",
  roles=[R("POLGOV", "Minister of Foreign Affairs of Poland", "2007-11-16", "2014-09-22"),
         R("POLGOV", "Minister of Foreign Affairs of Poland", "2023-12-13")])
p("witold_waszczykowski", "POL", "Witold Waszczykowski", ru="Витольд Ващиковский", uk="Вітольд Ващиковський", pl="Witold Waszczykowski",
  roles=[R("POLGOV", "Minister of Foreign Affairs of Poland", "2015-11-16", "2018-01-09")])
p("jacek_czaputowicz", "POL", "Jacek Czaputowicz", ru="Яцек Чапутович", uk="Яцек Чапутович", pl="Jacek Czaputowicz",
  roles=[R("POLGOV", "Minister of Foreign Affairs of Poland", "2018-01-09", "2020-08-26")])
p("zbigniew_rau", "POL", "Zbigniew Rau", ru="Збигнев Рау", uk="Збігнев Рау", pl="Zbigniew Rau", ambsur="Rau: short surname",
  roles=[R("POLGOV", "Minister of Foreign Affairs of Poland", "2020-08-26", "2023-11-27")])
p("antoni_macierewicz", "POL", "Antoni Macierewicz", ru="Антоний Мацеревич", uk="Антоній Мацеревич", pl="Antoni Macierewicz",
  roles=[R("POLGOV", "Minister of National Defence of Poland", "2015-11-16", "2018-01-09")])
p("mariusz_blaszczak", "POL", "Mariusz Błaszczak", ru="Мариуш Блащак", uk="Маріуш Блащак", pl="Mariusz Błaszczak",
  roles=[R("POLGOV", "Minister of National Defence of Poland", "2018-01-09", "2023-11-27")])
p("wladyslaw_kosiniak_kamysz", "POL", "Władysław Kosiniak-Kamysz", ru="Владислав Косиняк-Камыш", uk="Владислав Косіняк-Камиш", pl="Władysław Kosiniak-Kamysz",
  roles=[R("POLGOV", "Deputy Prime Minister and Minister of National Defence of Poland", "2023-12-13")])
p("rajmund_andrzejczak", "POL", "Rajmund Andrzejczak", ru="Раймунд Анджейчак", uk="Раймунд Анджейчак", pl="Rajmund Andrzejczak",
  roles=[R("POLMIL", "Chief of the General Staff of the Polish Armed Forces", "2018-07-31", "2023-10-10")])
p("wieslaw_kukula", "POL", "Wiesław Kukuła", ru="Веслав Кукула", uk="Веслав Кукула", pl="Wiesław Kukuła",
  roles=[R("POLMIL", "Chief of the General Staff of the Polish Armed Forces", "2023-10")])

group("Baltic states")

p("alar_karis", "EST", "Alar Karis", ru="Алар Карис", uk="Алар Каріс",
  roles=[R("ESTGOV", "President of Estonia", "2021-10-11")])
p("kersti_kaljulaid", "EST", "Kersti Kaljulaid", ru="Керсти Кальюлайд", uk="Керсті Кальюлайд",
  roles=[R("ESTGOV", "President of Estonia", "2016-10-10", "2021-10-11")])
p("juri_ratas", "EST", "Jüri Ratas", ru="Юри Ратас", uk="Юрі Ратас",
  roles=[R("ESTGOV", "Prime Minister of Estonia", "2016-11-23", "2021-01-26")])
p("kristen_michal", "EST", "Kristen Michal", ru="Кристен Михал", uk="Крістен Міхал",
  roles=[R("ESTGOV", "Prime Minister of Estonia", "2024-07-23")])
p("margus_tsahkna", "EST", "Margus Tsahkna", ru="Маргус Цахкна", uk="Маргус Цахкна",
  roles=[R("ESTGOV", "Minister of Foreign Affairs of Estonia", "2023-04-17")])
p("hanno_pevkur", "EST", "Hanno Pevkur", ru="Ханно Певкур", uk="Ганно Певкур",
  roles=[R("ESTGOV", "Minister of Defence of Estonia", "2022-07-18")])
p("martin_herem", "EST", "Martin Herem", ru="Мартин Херем", uk="Мартін Герем",
  roles=[R("ESTMIL", "Commander of the Estonian Defence Forces", "2018-12-05", "2024-06-30")])
p("andrus_merilo", "EST", "Andrus Merilo", ru="Андрус Мерило", uk="Андрус Меріло",
  roles=[R("ESTMIL", "Commander of the Estonian Defence Forces", "2024-07-01", src="public record; ERR News, 2024-02-22")])
p("edgars_rinkevics", "LVA", "Edgars Rinkēvičs", ru="Эдгар Ринкевич", uk="Едгарс Рінкевичс",
  roles=[R("LVAGOV", "Minister of Foreign Affairs of Latvia", "2011-10-25", "2023-07-08"),
         R("LVAGOV", "President of Latvia", "2023-07-08")])
p("egils_levits", "LVA", "Egils Levits", ru="Эгил Левитс", uk="Егілс Левітс",
  roles=[R("LVAGOV", "President of Latvia", "2019-07-08", "2023-07-08")])
p("evika_silina", "LVA", "Evika Siliņa", ru="Эвика Силиня", uk="Евіка Сіліня",
  roles=[R("LVAGOV", "Prime Minister of Latvia", "2023-09-15")])
p("krisjanis_karins", "LVA", "Krišjānis Kariņš", ru="Кришьянис Кариньш", uk="Крішьяніс Каріньш",
  roles=[R("LVAGOV", "Prime Minister of Latvia", "2019-01-23", "2023-09-15"),
         R("LVAGOV", "Minister of Foreign Affairs of Latvia", "2023-09-15", "2024-03-31")])
p("baiba_braze", "LVA", "Baiba Braže", ru="Байба Браже", uk="Байба Браже",
  roles=[R("LVAGOV", "Minister of Foreign Affairs of Latvia", "2024-04")])
p("andris_spruds", "LVA", "Andris Sprūds", ru="Андрис Спрудс", uk="Андріс Спрудс", unsure=True,
  roles=[R("LVAGOV", "Minister of Defence of Latvia", "2023-09-15")])
p("gitanas_nauseda", "LTU", "Gitanas Nausėda", ru="Гитанас Науседа", uk="Гітанас Науседа",
  roles=[R("LTUGOV", "President of Lithuania", "2019-07-12")])
p("dalia_grybauskaite", "LTU", "Dalia Grybauskaitė", ru="Даля Грибаускайте", uk="Даля Грибаускайте",
  roles=[R("LTUGOV", "President of Lithuania", "2009-07-12", "2019-07-12")])
p("ingrida_simonyte", "LTU", "Ingrida Šimonytė", ru="Ингрида Шимоните", uk="Інгрида Шимоніте",
  roles=[R("LTUGOV", "Prime Minister of Lithuania", "2020-12-11", "2024-12-12")])
p("gintautas_paluckas", "LTU", "Gintautas Paluckas", ru="Гинтаутас Палуцкас", uk="Гінтаутас Палуцкас",
  note="resigned 2025-07-31 amid investigations into his business dealings",
  roles=[R("LTUGOV", "Prime Minister of Lithuania", "2024-12-12", "2025-08")])
p("inga_ruginiene", "LTU", "Inga Ruginienė", ru="Инга Ругинене", uk="Інга Ругінене",
  note="approved by the Seimas 2025-08-26; took office on presidential decree shortly after",
  roles=[R("LTUGOV", "Prime Minister of Lithuania", "2025-08", src="public record; LRT/Reuters, 2025-08-26")])
p("gabrielius_landsbergis", "LTU", "Gabrielius Landsbergis", ru="Габриэлюс Ландсбергис", uk="Габріелюс Ландсбергіс",
  ambsur="Landsbergis: also his grandfather Vytautas Landsbergis",
  roles=[R("LTUGOV", "Minister of Foreign Affairs of Lithuania", "2020-12-11", "2024-12-12")])
p("kestutis_budrys", "LTU", "Kęstutis Budrys", ru="Кястутис Будрис", uk="Кястутіс Будріс",
  roles=[R("LTUGOV", "Minister of Foreign Affairs of Lithuania", "2024-12-12")])

group("Nordic countries")

p("alexander_stubb", "FIN", "Alexander Stubb", ru="Александр Стубб", uk="Александр Стубб",
  roles=[R("FINGOV", "Prime Minister of Finland", "2014-06-24", "2015-05-29"),
         R("FINGOV", "President of Finland", "2024-03-01")])
p("sauli_niinisto", "FIN", "Sauli Niinistö", ru="Саули Ниинистё", uk="Саулі Нііністе",
  roles=[R("FINGOV", "President of Finland", "2012-03-01", "2024-03-01")])
p("sanna_marin", "FIN", "Sanna Marin", ru="Санна Марин", uk="Санна Марін", ambsur="Marin: common surname/word",
  roles=[R("FINGOV", "Prime Minister of Finland", "2019-12-10", "2023-06-20")])
p("petteri_orpo", "FIN", "Petteri Orpo", ru="Петтери Орпо", uk="Петтері Орпо",
  roles=[R("FINGOV", "Prime Minister of Finland", "2023-06-20")])
p("elina_valtonen", "FIN", "Elina Valtonen", ru="Элина Валтонен", uk="Еліна Валтонен",
  roles=[R("FINGOV", "Minister for Foreign Affairs of Finland", "2023-06-20")])
p("antti_hakkanen", "FIN", "Antti Häkkänen", ru="Антти Хяккянен", uk="Антті Гяккянен",
  roles=[R("FINGOV", "Minister of Defence of Finland", "2023-06-20")])
p("timo_kivinen", "FIN", "Timo Kivinen", ru="Тимо Кивинен", uk="ТімоКівінен",
  roles=[R("FINMIL", "Chief of Defence of Finland", "2019-08-01", "2023-12-31")])
p("janne_kuusela", "FIN", "Janne Kuusela", ru="Янне Куусела", uk="Янне Куусела",
  roles=[R("FINMIL", "Chief of Defence of Finland", "2024-01-01")])
p("stefan_lofven", "SWE", "Stefan Löfven", ru="Стефан Лёвен", uk="Стефан Левен",
  roles=[R("SWEGOV", "Prime Minister of Sweden", "2014-10-03", "2021-11-30")])
p("magdalena_andersson", "SWE", "Magdalena Andersson", ru="Магдалена Андерссон", uk="Магдалена Андерссон", ambsur="Andersson: very common Swedish surname",
  roles=[R("SWEGOV", "Prime Minister of Sweden", "2021-11-30", "2022-10-18")])
p("ulf_kristersson", "SWE", "Ulf Kristersson", ru="Ульф Кристерссон", uk="Ульф Крістерссон",
  roles=[R("SWEGOV", "Prime Minister of Sweden", "2022-10-18")])
p("tobias_billstrom", "SWE", "Tobias Billström", ru="Тобиас Бильстрём", uk="Тобіас Більстрем",
  roles=[R("SWEGOV", "Minister for Foreign Affairs of Sweden", "2022-10-18", "2024-09-10")])
p("maria_malmer_stenergard", "SWE", "Maria Malmer Stenergard", "Malmer Stenergard", ru="Мария Мальмер Стенергард", uk="Марія Мальмер Стенергард", nosur=True,
  roles=[R("SWEGOV", "Minister for Foreign Affairs of Sweden", "2024-09-10")])
p("pal_jonson", "SWE", "Pål Jonson", ru="Поль Йонсон", uk="Пол Йонсон", ambsur="Jonson: close to common surname Johnson",
  roles=[R("SWEGOV", "Minister for Defence of Sweden", "2022-10-18")])
p("micael_byden", "SWE", "Micael Bydén", "Micael Byden", ru="Микаэль Бюден", uk="Мікаель Бюден",
  roles=[R("SWEMIL", "Supreme Commander of the Swedish Armed Forces", "2015-10-01", "2024-09-30")])
p("michael_claesson", "SWE", "Michael Claesson", ru="Михаэль Классон", uk="Міхаель Класон",
  roles=[R("SWEMIL", "Supreme Commander of the Swedish Armed Forces", "2024-10-01")])
p("erna_solberg", "NOR", "Erna Solberg", ru="Эрна Сульберг", uk="Ерна Сульберг",
  roles=[R("NORGOV", "Prime Minister of Norway", "2013-10-16", "2021-10-14")])
p("jonas_gahr_store", "NOR", "Jonas Gahr Støre", "Gahr Støre", drop=["Store"], note="ASCII form 'Store' of the surname not listed alone (English word)", ru="Йонас Гар Стёре", uk="Йонас Гар Стере",
  roles=[R("NORGOV", "Prime Minister of Norway", "2021-10-14")])
p("espen_barth_eide", "NOR", "Espen Barth Eide", "Barth Eide", ru="Эспен Барт Эйде", uk="Еспен Барт Ейде", nosur=True,
  roles=[R("NORGOV", "Minister of Foreign Affairs of Norway", "2023-10-16")])
p("eirik_kristoffersen", "NOR", "Eirik Kristoffersen", ru="Эйрик Кристофферсен", uk="Ейрік Крістофферсен",
  roles=[R("NORMIL", "Chief of Defence of Norway", "2020-11")])
p("mette_frederiksen", "DNK", "Mette Frederiksen", ru="Метте Фредериксен", uk="Метте Фредеріксен",
  roles=[R("DNKGOV", "Prime Minister of Denmark", "2019-06-27")])
p("lars_lokke_rasmussen", "DNK", "Lars Løkke Rasmussen", "Løkke Rasmussen", ru="Ларс Лёкке Расмуссен", uk="Ларс Льокке Расмуссен", nosur=True,
  note="surname Rasmussen shared with Anders Fogh Rasmussen (NATO Secretary General 2009-2014)",
  roles=[R("DNKGOV", "Prime Minister of Denmark", "2015-06-28", "2019-06-27"),
         R("DNKGOV", "Minister of Foreign Affairs of Denmark", "2022-12-15")])
p("troels_lund_poulsen", "DNK", "Troels Lund Poulsen", "Lund Poulsen", ru="Троэльс Лунд Поульсен", uk="Троельс Лунд Поульсен", nosur=True,
  note="acting defence minister from 2023-02, then minister",
  roles=[R("DNKGOV", "Minister of Defence of Denmark", "2023-02")])
p("kristrun_frostadottir", "ISL", "Kristrún Frostadóttir", ru="Криструн Фростадоуттир", uk="Кріструн Фростадоуттір",
  roles=[R("ISLGOV", "Prime Minister of Iceland", "2024-12-21")])

group("Benelux")

p("dick_schoof", "NLD", "Dick Schoof", ru="Дик Схоф", uk="Дік Схоф",
  roles=[R("NLDGOV", "Prime Minister of the Netherlands", "2024-07-02")])
p("ruben_brekelmans", "NLD", "Ruben Brekelmans", ru="Рубен Брекелманс", uk="Рубен Брекелманс",
  roles=[R("NLDGOV", "Minister of Defence of the Netherlands", "2024-07-02")])
p("bart_de_wever", "BEL", "Bart De Wever", ru="Барт Де Вевер", uk="Барт Де Вевер",
  roles=[R("BELGOV", "Prime Minister of Belgium", "2025-02-03")])
p("alexander_de_croo", "BEL", "Alexander De Croo", ru="Александр Де Кро", uk="Александр Де Кро",
  roles=[R("BELGOV", "Prime Minister of Belgium", "2020-10-01", "2025-02-03")])
p("maxime_prevot", "BEL", "Maxime Prévot", ru="Максим Прево", uk="Максим Прево",
  roles=[R("BELGOV", "Minister of Foreign Affairs of Belgium", "2025-02-03")])
p("theo_francken", "BEL", "Theo Francken", ru="Тео Франкен", uk="Тео Франкен",
  roles=[R("BELGOV", "Minister of Defence of Belgium", "2025-02-03")])
p("luc_frieden", "LUX", "Luc Frieden", ru="Люк Фриден", uk="Люк Фріден", ambsur="Frieden: German common noun (peace)",
  roles=[R("LUXGOV", "Prime Minister of Luxembourg", "2023-11-17")])
p("xavier_bettel", "LUX", "Xavier Bettel", ru="Ксавье Беттель", uk="Ксав'є Беттель",
  roles=[R("LUXGOV", "Prime Minister of Luxembourg", "2013-12-04", "2023-11-17"),
         R("LUXGOV", "Minister of Foreign Affairs of Luxembourg", "2023-11-17")])

group("Southern Europe")

p("marcelo_rebelo_de_sousa", "PRT", "Marcelo Rebelo de Sousa", "Rebelo de Sousa", ru="Марселу Ребелу ди Соуза", uk="Марселу Ребелу де Соуза", nosur=True,
  roles=[R("PRTGOV", "President of Portugal", "2016-03-09")], unsure=True)
p("luis_montenegro", "PRT", "Luís Montenegro", ru="Луиш Монтенегру", uk="Луїш Монтенегру", nosur=True,
  note="surname Montenegro is also a country name: not listed alone",
  roles=[R("PRTGOV", "Prime Minister of Portugal", "2024-04-02")])
p("paulo_rangel", "PRT", "Paulo Rangel", ru="Паулу Рангел", uk="Паулу Рангел",
  roles=[R("PRTGOV", "Minister of Foreign Affairs of Portugal", "2024-04-02")])
p("nuno_melo", "PRT", "Nuno Melo", ru="Нуну Мелу", uk="Нуну Мелу", ambsur="Melo: common Portuguese surname",
  roles=[R("PRTGOV", "Minister of National Defence of Portugal", "2024-04-02")])
p("kyriakos_mitsotakis", "GRC", "Kyriakos Mitsotakis", ru="Кириакос Мицотакис", uk="Кіріакос Міцотакіс",
  fr=["Kyriakos Mitsotakis"], de=["Kyriakos Mitsotakis"],
  roles=[R("GRCGOV", "Prime Minister of Greece", "2019-07-08")])
p("alexis_tsipras", "GRC", "Alexis Tsipras", ru="Алексис Ципрас", uk="Алексіс Ципрас",
  roles=[R("GRCGOV", "Prime Minister of Greece", "2015-01-26", "2019-07-08")])
p("konstantinos_tasoulas", "GRC", "Konstantinos Tasoulas", ru="Константинос Тасулас", uk="Константінос Тасулас",
  roles=[R("GRCGOV", "President of Greece", "2025-03-13")])
p("nikos_dendias", "GRC", "Nikos Dendias", ru="Никос Дендиас", uk="Нікос Дендіас",
  roles=[R("GRCGOV", "Minister of Foreign Affairs of Greece", "2019-07-09", "2023-05-26"),
         R("GRCGOV", "Minister of National Defence of Greece", "2023-06-27")])
p("giorgos_gerapetritis", "GRC", "Giorgos Gerapetritis", "George Gerapetritis", ru="Георгиос Герапетритис", uk="Георгіос Герапетрітіс",
  roles=[R("GRCGOV", "Minister of Foreign Affairs of Greece", "2023-06-27")])

group("Turkey")

p("recep_tayyip_erdogan", "TUR", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Tayyip Erdoğan", "Recep Erdoğan", q="Q39259",
  ru=["Реджеп Тайип Эрдоган", "Эрдоган"], uk=["Реджеп Таїп Ердоган", "Ердоган"], de=["Recep Tayyip Erdoğan"],
  roles=[R("TURGOV", "Prime Minister of Turkey", "2003-03-14", "2014-08-28"),
         R("TURGOV", "President of Turkey", "2014-08-28")])
p("ahmet_davutoglu", "TUR", "Ahmet Davutoğlu", ru="Ахмет Давутоглу", uk="Ахмет Давутоглу",
  roles=[R("TURGOV", "Minister of Foreign Affairs of Turkey", "2009-05-01", "2014-08-29"),
         R("TURGOV", "Prime Minister of Turkey", "2014-08-28", "2016-05-24")])
p("binali_yildirim", "TUR", "Binali Yıldırım", ru="Бинали Йылдырым", uk="Біналі Йилдирим",
  roles=[R("TURGOV", "Prime Minister of Turkey", "2016-05-24", "2018-07-09")])
p("mevlut_cavusoglu", "TUR", "Mevlüt Çavuşoğlu", ru="Мевлют Чавушоглу", uk="Мевлют Чавушоглу",
  roles=[R("TURGOV", "Minister of Foreign Affairs of Turkey", "2014-08-29", "2015-08-28"),
         R("TURGOV", "Minister of Foreign Affairs of Turkey", "2015-11-24", "2023-06-04")])
p("hakan_fidan", "TUR", "Hakan Fidan", ru="Хакан Фидан", uk="Хакан Фідан",
  roles=[R("TURSPY", "Head of the National Intelligence Organization of Turkey (MIT)", "2010-05-27", "2023-06-04"),
         R("TURGOV", "Minister of Foreign Affairs of Turkey", "2023-06-04")])
p("hulusi_akar", "TUR", "Hulusi Akar", ru="Хулуси Акар", uk="Хулусі Акар",
  roles=[R("TURMIL", "Chief of the General Staff of Turkey", "2015-08-18", "2018-07-10"),
         R("TURGOV", "Minister of National Defence of Turkey", "2018-07-10", "2023-06-04")])
p("yasar_guler", "TUR", "Yaşar Güler", ru="Яшар Гюлер", uk="Яшар Гюлер",
  roles=[R("TURMIL", "Chief of the General Staff of Turkey", "2018-07-10", "2023-06-04"),
         R("TURGOV", "Minister of National Defence of Turkey", "2023-06-04")])
p("metin_gurak", "TUR", "Metin Gürak", ru="Метин Гюрак", uk="Метін Гюрак",
  roles=[R("TURMIL", "Chief of the General Staff of Turkey", "2023-08-03", "2025-08-05")])
p("selcuk_bayraktaroglu", "TUR", "Selçuk Bayraktaroğlu", ru="Сельчук Байрактароглу", uk="Сельчук Байрактароглу",
  roles=[R("TURMIL", "Commander of the Turkish Land Forces", "2023-08-03", "2025-08-05"),
         R("TURMIL", "Chief of the General Staff of Turkey", "2025-08-05", src="public record; Supreme Military Council (YAŞ) decision, 2025-08-05")])
p("ibrahim_kalin", "TUR", "İbrahim Kalın", "Ibrahim Kalin", ru="Ибрахим Калын", uk="Ібрагім Калин",
  roles=[R("TURGOV", "Spokesman of the President of Turkey", "2014-12", "2023-06-04"),
         R("TURSPY", "Head of the National Intelligence Organization of Turkey (MIT)", "2023-06-05")])
p("ekrem_imamoglu", "TUR", "Ekrem İmamoğlu", "Ekrem Imamoglu", ru="Экрем Имамоглу", uk="Екрем Імамоглу",
  note="arrested 2025-03-19 and suspended as mayor",
  roles=[R("TURGOV", "Mayor of Istanbul", "2019-06-27", "2025-03-23"),
         R("TUROPP", "Opposition (CHP) presidential candidate, detained", "2025-03-23")])

group("Central Europe")

p("viktor_orban", "HUN", "Viktor Orbán", "Viktor Orban", q="Q57641", ru="Виктор Орбан", uk="Віктор Орбан",
  roles=[R("HUNGOV", "Prime Minister of Hungary", "1998-07-06", "2002-05-27"),
         R("HUNGOV", "Prime Minister of Hungary", "2010-05-29")])
p("janos_ader", "HUN", "János Áder", ru="Янош Адер", uk="Янош Адер",
  roles=[R("HUNGOV", "President of Hungary", "2012-05-10", "2022-05-10")])
p("katalin_novak", "HUN", "Katalin Novák", ru="Каталин Новак", uk="Каталін Новак", ambsur="Novák/Novak: common surname",
  roles=[R("HUNGOV", "President of Hungary", "2022-05-10", "2024-02-26")])
p("tamas_sulyok", "HUN", "Tamás Sulyok", ru="Тамаш Шуйок", uk="Тамаш Шуйок",
  roles=[R("HUNGOV", "President of Hungary", "2024-03-05")])
p("peter_szijjarto", "HUN", "Péter Szijjártó", ru="Петер Сийярто", uk="Петер Сійярто",
  roles=[R("HUNGOV", "Minister of Foreign Affairs and Trade of Hungary", "2014-09-23")])
p("kristof_szalay_bobrovniczky", "HUN", "Kristóf Szalay-Bobrovniczky", ru="Кристоф Салаи-Бобровницки", uk="Крістоф Салаї-Бобровніцкі",
  roles=[R("HUNGOV", "Minister of Defence of Hungary", "2022-05-24")])
p("peter_magyar", "HUN", "Péter Magyar", ru="Петер Мадьяр", uk="Петер Мадяр", nosur=True,
  note="surname Magyar means 'Hungarian': not listed alone",
  roles=[R("HUNOPP", "Leader of the opposition Tisza party", "2024")])
p("robert_fico", "SVK", "Robert Fico", ru="Роберт Фицо", uk="Роберт Фіцо",
  roles=[R("SVKGOV", "Prime Minister of Slovakia", "2012-04-04", "2018-03-22"),
         R("SVKGOV", "Prime Minister of Slovakia", "2023-10-25")])
p("peter_pellegrini", "SVK", "Peter Pellegrini", ru="Петер Пеллегрини", uk="Петер Пеллегріні",
  roles=[R("SVKGOV", "Prime Minister of Slovakia", "2018-03-22", "2020-03-21"),
         R("SVKGOV", "President of Slovakia", "2024-06-15")])
p("zuzana_caputova", "SVK", "Zuzana Čaputová", ru="Зузана Чапутова", uk="Зузана Чапутова",
  roles=[R("SVKGOV", "President of Slovakia", "2019-06-15", "2024-06-15")])
p("eduard_heger", "SVK", "Eduard Heger", ru="Эдуард Хегер", uk="Едуард Гегер",
  roles=[R("SVKGOV", "Prime Minister of Slovakia", "2021-04-01", "2023-05-15")])
p("juraj_blanar", "SVK", "Juraj Blanár", ru="Юрай Бланар", uk="Юрай Бланар",
  roles=[R("SVKGOV", "Minister of Foreign Affairs of Slovakia", "2023-10-25")])
p("robert_kalinak", "SVK", "Robert Kaliňák", ru="Роберт Калиняк", uk="Роберт Калиняк",
  roles=[R("SVKGOV", "Deputy Prime Minister and Minister of Defence of Slovakia", "2023-10-25")])
p("petr_pavel", "CZE", "Petr Pavel", ru="Петр Павел", uk="Петр Павел", nosur=True,
  note="surname Pavel is also a first name: not listed alone",
  roles=[R("CZEMIL", "Chief of the General Staff of the Czech Armed Forces", "2012-07-01", "2015-04-30"),
         R("NATO", "Chairman of the NATO Military Committee", "2015-06-26", "2018-06-29"),
         R("CZEGOV", "President of the Czech Republic", "2023-03-09")])
p("milos_zeman", "CZE", "Miloš Zeman", ru="Милош Земан", uk="Мілош Земан",
  roles=[R("CZEGOV", "President of the Czech Republic", "2013-03-08", "2023-03-08")])
p("petr_fiala", "CZE", "Petr Fiala", ru="Петр Фиала", uk="Петр Фіала",
  roles=[R("CZEGOV", "Prime Minister of the Czech Republic", "2021-11-28", "2025-12-09")])
p("andrej_babis", "CZE", "Andrej Babiš", ru="Андрей Бабиш", uk="Андрей Бабіш",
  roles=[R("CZEGOV", "Prime Minister of the Czech Republic", "2017-12-06", "2021-12-17"),
         R("CZEGOV", "Prime Minister of the Czech Republic", "2025-12-09", src="public record; Czech presidential office, 2025-12-09")])
p("jan_lipavsky", "CZE", "Jan Lipavský", ru="Ян Липавский", uk="Ян Ліпавський",
  roles=[R("CZEGOV", "Minister of Foreign Affairs of the Czech Republic", "2021-12-17", "2025-12-15")])
p("petr_macinka", "CZE", "Petr Macinka", ru="Петр Мацинка", uk="Петр Мацінка",
  roles=[R("CZEGOV", "Minister of Foreign Affairs of the Czech Republic", "2025-12-15", src="press reports, 2025-12-15 (Babiš III cabinet)")])
p("jana_cernochova", "CZE", "Jana Černochová", ru="Яна Черногова", uk="Яна Черногова",
  roles=[R("CZEGOV", "Minister of Defence of the Czech Republic", "2021-12-17", "2025-12-15")])
p("nicusor_dan", "ROU", "Nicușor Dan", "Nicusor Dan", ru="Никушор Дан", uk="Нікушор Дан", nosur=True,
  note="surname Dan is also a first name: not listed alone",
  roles=[R("ROUGOV", "Mayor of Bucharest", "2020-10", "2025-05-26"),
         R("ROUGOV", "President of Romania", "2025-05-26")])
p("klaus_iohannis", "ROU", "Klaus Iohannis", ru="Клаус Йоханнис", uk="Клаус Йоганніс",
  roles=[R("ROUGOV", "President of Romania", "2014-12-21", "2025-02-12")])
p("ilie_bolojan", "ROU", "Ilie Bolojan", ru="Илие Боложан", uk="Іліє Боложан",
  roles=[R("ROUGOV", "Interim President of Romania", "2025-02-12", "2025-05-26"),
         R("ROUGOV", "Prime Minister of Romania", "2025-06-23")])
p("marcel_ciolacu", "ROU", "Marcel Ciolacu", ru="Марчел Чолаку", uk="Марчел Чолаку",
  roles=[R("ROUGOV", "Prime Minister of Romania", "2023-06-15", "2025-05-06")])
p("oana_toiu", "ROU", "Oana Țoiu", "Oana Toiu", ru="Оана Цою", uk="Оана Цою",
  roles=[R("ROUGOV", "Minister of Foreign Affairs of Romania", "2025-06-23")])
p("calin_georgescu", "ROU", "Călin Georgescu", "Calin Georgescu", ru="Кэлин Джорджеску", uk="Келін Джорджеску",
  note="winner of the annulled first round of the 2024 presidential election",
  roles=[R("ROUOPP", "Far-right presidential candidate (2024 election annulled)", "2024-11")])
p("rumen_radev", "BGR", "Rumen Radev", "Roumen Radev", ru="Румен Радев", uk="Румен Радев",
  note="announced his resignation 2026-01-19 to enter the snap parliamentary election campaign",
  roles=[R("BGRGOV", "President of Bulgaria", "2017-01-22", "2026-01", src="public record; Reuters/RFE/RL, 2026-01-19")])
p("zoran_milanovic", "HRV", "Zoran Milanović", ru="Зоран Миланович", uk="Зоран Міланович",
  roles=[R("HRVGOV", "Prime Minister of Croatia", "2011-12-23", "2016-01-22"),
         R("HRVGOV", "President of Croatia", "2020-02-19")])
p("andrej_plenkovic", "HRV", "Andrej Plenković", ru="Андрей Пленкович", uk="Андрей Пленкович",
  roles=[R("HRVGOV", "Prime Minister of Croatia", "2016-10-19")])
p("gordan_grlic_radman", "HRV", "Gordan Grlić Radman", "Grlić Radman", ru="Гордан Грлич-Радман", uk="Гордан Грлич-Радман", nosur=True,
  roles=[R("HRVGOV", "Minister of Foreign and European Affairs of Croatia", "2019-07-19")])
p("ivan_anusic", "HRV", "Ivan Anušić", ru="Иван Анушич", uk="Іван Анушич",
  roles=[R("HRVGOV", "Minister of Defence of Croatia", "2024-05-17")])
p("robert_golob", "SVN", "Robert Golob", ru="Роберт Голоб", uk="Роберт Голоб",
  roles=[R("SVNGOV", "Prime Minister of Slovenia", "2022-06-01")])
p("natasa_pirc_musar", "SVN", "Nataša Pirc Musar", "Pirc Musar", ru="Наташа Пирц Мусар", uk="Наташа Пірц Мусар", nosur=True,
  roles=[R("SVNGOV", "President of Slovenia", "2022-12-23")])

group("Western Balkans")

p("aleksandar_vucic", "SRB", "Aleksandar Vučić", "Aleksandar Vucic", ru="Александр Вучич", uk="Олександр Вучич",
  fr=["Aleksandar Vucic"], sr=["Александар Вучић"],
  roles=[R("SRBGOV", "Prime Minister of Serbia", "2014-04-27", "2017-05-31"),
         R("SRBGOV", "President of Serbia", "2017-05-31")])
p("tomislav_nikolic", "SRB", "Tomislav Nikolić", ru="Томислав Николич", uk="Томіслав Ніколич",
  roles=[R("SRBGOV", "President of Serbia", "2012-05-31", "2017-05-31")])
p("ana_brnabic", "SRB", "Ana Brnabić", ru="Ана Брнабич", uk="Ана Брнабич",
  roles=[R("SRBGOV", "Prime Minister of Serbia", "2017-06-29", "2024-05-02"),
         R("SRBLEG", "President of the National Assembly of Serbia", "2024-05")])
p("milos_vucevic", "SRB", "Miloš Vučević", ru="Милош Вучевич", uk="Мілош Вучевич",
  roles=[R("SRBGOV", "Minister of Defence of Serbia", "2022-10-26", "2024-05-02"),
         R("SRBGOV", "Prime Minister of Serbia", "2024-05-02", "2025-04-16")])
p("djuro_macut", "SRB", "Đuro Macut", "Djuro Macut", ru="Джуро Мацут", uk="Джуро Мацут",
  roles=[R("SRBGOV", "Prime Minister of Serbia", "2025-04-16")])
p("ivica_dacic", "SRB", "Ivica Dačić", ru="Ивица Дачич", uk="Івіца Дачич",
  roles=[R("SRBGOV", "Prime Minister of Serbia", "2012-07-27", "2014-04-27"),
         R("SRBGOV", "Minister of Foreign Affairs of Serbia", "2014-04-27", "2020-10-28"),
         R("SRBGOV", "Minister of Foreign Affairs of Serbia", "2022-10-26", "2024-05-02"),
         R("SRBGOV", "Minister of Internal Affairs of Serbia", "2024-05-02")])
p("marko_djuric", "SRB", "Marko Đurić", "Marko Djuric", ru="Марко Джурич", uk="Марко Джурич",
  roles=[R("SRBGOV", "Minister of Foreign Affairs of Serbia", "2024-05-02")])
p("aleksandar_vulin", "SRB", "Aleksandar Vulin", ru="Александр Вулин", uk="Олександр Вулін",
  roles=[R("SRBGOV", "Minister of Defence of Serbia", "2017-06-29", "2020-10-28"),
         R("SRBSPY", "Director of the Security Information Agency (BIA) of Serbia", "2022-12-01", "2023-11"),
         R("SRBGOV", "Deputy Prime Minister of Serbia", "2024-05-02")], unsure=True)
p("bratislav_gasic", "SRB", "Bratislav Gašić", ru="Братислав Гашич", uk="Братислав Гашич", unsure=True,
  roles=[R("SRBGOV", "Minister of Defence of Serbia", "2014-04-27", "2016-02-05"),
         R("SRBGOV", "Minister of Defence of Serbia", "2024-05-02")])
p("albin_kurti", "XKX", "Albin Kurti", ru="Альбин Курти", uk="Альбін Курті",
  note="caretaker after the 2025 elections; status after 2025 unverified",
  roles=[R("KSVGOV", "Prime Minister of Kosovo", "2020-02-03", "2020-06-03"),
         R("KSVGOV", "Prime Minister of Kosovo", "2021-03-22")])
p("vjosa_osmani", "XKX", "Vjosa Osmani", ru="Вьоса Османи", uk="Вйоса Османі",
  roles=[R("KSVGOV", "President of Kosovo (acting from 2020-11-05)", "2020-11-05")])
p("hashim_thaci", "XKX", "Hashim Thaçi", "Hashim Thaci", ru="Хашим Тачи", uk="Хашим Тачі",
  note="resigned 2020-11-05 to face war-crimes charges in The Hague",
  roles=[R("KSVGOV", "Prime Minister of Kosovo", "2008-01-09", "2014-12-09"),
         R("KSVGOV", "President of Kosovo", "2016-04-07", "2020-11-05")])
p("donika_gervalla_schwarz", "XKX", "Donika Gërvalla-Schwarz", "Donika Gervalla", "Gërvalla", ru="Доника Гервалла-Шварц", uk="Доніка Гервалла-Шварц", nosur=True,
  roles=[R("KSVGOV", "Minister of Foreign Affairs of Kosovo", "2021-03-22")])
p("milorad_dodik", "BIH", "Milorad Dodik", ru="Милорад Додик", uk="Мілорад Додік",
  note="stripped of his mandate in 2025 after a court conviction",
  roles=[R("BIHGOV", "President of Republika Srpska", "2010-11-15", "2018-11-19"),
         R("BIHGOV", "President of Republika Srpska", "2022-11-15", "2025-08")])
p("edi_rama", "ALB", "Edi Rama", ru="Эди Рама", uk="Еді Рама", ambsur="Rama: also a Hindu deity and a common name",
  roles=[R("ALBGOV", "Prime Minister of Albania", "2013-09-15")])
p("hristijan_mickoski", "MKD", "Hristijan Mickoski", ru="Христиан Мицкоский", uk="Хрістіян Мицкоський",
  roles=[R("MKDGOV", "Prime Minister of North Macedonia", "2024-06-23")])
p("gordana_siljanovska_davkova", "MKD", "Gordana Siljanovska-Davkova", ru="Гордана Сильяновска-Давкова", uk="Гордана Сільяновська-Давкова",
  roles=[R("MKDGOV", "President of North Macedonia", "2024-05-12")])
p("milo_djukanovic", "MNE", "Milo Đukanović", "Milo Djukanovic", ru="Мило Джуканович", uk="Міло Джуканович",
  roles=[R("MNEGOV", "President of Montenegro", "2018-05-20", "2023-05-20")])
p("jakov_milatovic", "MNE", "Jakov Milatović", ru="Яков Милатович", uk="Яков Мілатович",
  roles=[R("MNEGOV", "President of Montenegro", "2023-05-20")])
p("milojko_spajic", "MNE", "Milojko Spajić", ru="Милойко Спаич", uk="Мілойко Спаїч",
  roles=[R("MNEGOV", "Prime Minister of Montenegro", "2023-10-31")])

group("Holy See")

p("pope_francis", "VAT", "Pope Francis", nosur=True, copy=False,
  fr=["pape François", "le pape François"], de=["Papst Franziskus"], es=["papa Francisco", "el papa Francisco"],
  it=["papa Francesco", "Papa Francesco"], pl=["papież Franciszek"], ru=["Папа Франциск", "папа Франциск"], uk=["Папа Франциск"],
  note="names only with the title: Francis/François alone are too ambiguous; died 2025-04-21",
  roles=[R("VATGOV", "Pope (Head of the Holy See)", "2013-03-13", "2025-04-21")])
p("pope_leo_xiv", "VAT", "Pope Leo XIV", "Leo XIV", "Robert Francis Prevost", nosur=True, copy=False,
  fr=["pape Léon XIV", "Léon XIV", "le pape Léon XIV"], de=["Papst Leo XIV.", "Leo XIV."], es=["papa León XIV", "León XIV"],
  it=["papa Leone XIV", "Leone XIV"], pl=["papież Leon XIV", "Leon XIV"], ru=["Папа Лев XIV", "Лев XIV"], uk=["Папа Лев XIV", "Лев XIV"],
  roles=[R("VATGOV", "Pope (Head of the Holy See)", "2025-05-08")])
