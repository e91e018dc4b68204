# France, United Kingdom, Germany, Italy, Spain.
from model import p, R, group

group("France")

p("emmanuel_macron", "FRA", "Emmanuel Macron", q="Q3052772", ru="Эммануэль Макрон", uk="Емманюель Макрон",
  roles=[R("FRAGOV", "Minister of the Economy of France", "2014-08-26", "2016-08-30"),
         R("FRAGOV", "President of France", "2017-05-14")])
p("francois_hollande", "FRA", "François Hollande", q="Q157", ru="Франсуа Олланд", uk="Франсуа Олланд",
  roles=[R("FRAGOV", "President of France", "2012-05-15", "2017-05-14")])
p("manuel_valls", "FRA", "Manuel Valls", ru="Мануэль Вальс", uk="Мануель Вальс",
  roles=[R("FRAGOV", "Prime Minister of France", "2014-03-31", "2016-12-06")])
p("bernard_cazeneuve", "FRA", "Bernard Cazeneuve", ru="Бернар Казнёв", uk="Бернар Казнев",
  roles=[R("FRAGOV", "Minister of the Interior of France", "2014-04-02", "2016-12-06"),
         R("FRAGOV", "Prime Minister of France", "2016-12-06", "2017-05-15")])
p("edouard_philippe", "FRA", "Édouard Philippe", ru="Эдуар Филипп", uk="Едуар Філіпп", ambsur="Philippe: also a first name and the King of the Belgians",
  roles=[R("FRAGOV", "Prime Minister of France", "2017-05-15", "2020-07-03")])
p("jean_castex", "FRA", "Jean Castex", ru="Жан Кастекс", uk="Жан Кастекс",
  roles=[R("FRAGOV", "Prime Minister of France", "2020-07-03", "2022-05-16")])
p("elisabeth_borne", "FRA", "Élisabeth Borne", "Elisabeth Borne", ru="Элизабет Борн", uk="Елізабет Борн", ambsur="Borne: French common noun 'borne'",
  roles=[R("FRAGOV", "Prime Minister of France", "2022-05-16", "2024-01-09")])
p("gabriel_attal", "FRA", "Gabriel Attal", ru="Габриэль Атталь", uk="Габріель Атталь",
  roles=[R("FRAGOV", "Prime Minister of France", "2024-01-09", "2024-09-05")])
p("michel_barnier", "FRA", "Michel Barnier", ru="Мишель Барнье", uk="Мішель Барньє",
  roles=[R("EU", "EU chief negotiator for Brexit", "2016-10-01", "2021-03-31"),
         R("FRAGOV", "Prime Minister of France", "2024-09-05", "2024-12-13")])
p("francois_bayrou", "FRA", "François Bayrou", ru="Франсуа Байру", uk="Франсуа Байру",
  roles=[R("FRAGOV", "Prime Minister of France", "2024-12-13", "2025-09-09")])
p("sebastien_lecornu", "FRA", "Sébastien Lecornu", ru="Себастьян Лекорню", uk="Себастьєн Лекорню",
  note="resigned as prime minister 2025-10-06 and was reappointed 2025-10-10",
  roles=[R("FRAGOV", "Minister of the Armed Forces of France", "2022-05-20", "2025-10-05"),
         R("FRAGOV", "Prime Minister of France", "2025-09-09")])
p("laurent_fabius", "FRA", "Laurent Fabius", ru="Лоран Фабиус", uk="Лоран Фабіус",
  roles=[R("FRAGOV", "Minister of Foreign Affairs of France", "2012-05-16", "2016-02-11"),
         R("FRAJUD", "President of the Constitutional Council of France", "2016-03-08", "2025-03-07")])
p("jean_marc_ayrault", "FRA", "Jean-Marc Ayrault", ru="Жан-Марк Эро", uk="Жан-Марк Еро",
  roles=[R("FRAGOV", "Prime Minister of France", "2012-05-15", "2014-03-31"),
         R("FRAGOV", "Minister of Foreign Affairs of France", "2016-02-11", "2017-05-17")])
p("jean_yves_le_drian", "FRA", "Jean-Yves Le Drian", ru="Жан-Ив Ле Дриан", uk="Жан-Ів Ле Дріан",
  roles=[R("FRAGOV", "Minister of Defence of France", "2012-05-16", "2017-05-17"),
         R("FRAGOV", "Minister for Europe and Foreign Affairs of France", "2017-05-17", "2022-05-20"),
         R("FRAGOV", "Personal envoy of the French President for Lebanon", "2023-06-07")])
p("catherine_colonna", "FRA", "Catherine Colonna", ru="Катрин Колонна", uk="Катрін Колонна",
  roles=[R("FRAGOV", "Minister for Europe and Foreign Affairs of France", "2022-05-20", "2024-01-11")])
p("stephane_sejourne", "FRA", "Stéphane Séjourné", ru="Стефан Сежурне", uk="Стефан Сежурне",
  roles=[R("FRAGOV", "Minister for Europe and Foreign Affairs of France", "2024-01-11", "2024-09-21"),
         R("EU", "Executive Vice-President of the European Commission (Prosperity and Industrial Strategy)", "2024-12-01")])
p("jean_noel_barrot", "FRA", "Jean-Noël Barrot", ru="Жан-Ноэль Барро", uk="Жан-Ноель Барро",
  roles=[R("FRAGOV", "Minister for Europe and Foreign Affairs of France", "2024-09-21")])
p("florence_parly", "FRA", "Florence Parly", ru="Флоранс Парли", uk="Флоранс Парлі",
  roles=[R("FRAGOV", "Minister of the Armed Forces of France", "2017-06-21", "2022-05-20")])
p("catherine_vautrin", "FRA", "Catherine Vautrin", ru="Катрин Вотрен", uk="Катрін Вотрен",
  roles=[R("FRAGOV", "Minister of the Armed Forces and Veterans of France", "2025-10-12")])
p("pierre_de_villiers", "FRA", "Pierre de Villiers", ru="Пьер де Вилье", uk="П'єр де Вільє", nosur=True,
  fr=["Pierre de Villiers", "général de Villiers"], note="surname shared with the politician Philippe de Villiers (his brother)",
  roles=[R("FRAMIL", "Chief of the Defence Staff of France (CEMA)", "2014-02-15", "2017-07-19")])
p("francois_lecointre", "FRA", "François Lecointre", ru="Франсуа Лекуантр", uk="Франсуа Лекуантр",
  roles=[R("FRAMIL", "Chief of the Defence Staff of France (CEMA)", "2017-07-19", "2021-07-21")])
p("thierry_burkhard", "FRA", "Thierry Burkhard", ru="Тьерри Буркхард", uk="Тьєррі Буркхард",
  roles=[R("FRAMIL", "Chief of the Defence Staff of France (CEMA)", "2021-07-22", "2025-09-01")])
p("fabien_mandon", "FRA", "Fabien Mandon", ru="Фабьен Мандон", uk="Фаб'єн Мандон",
  roles=[R("FRAMIL", "Chief of the Defence Staff of France (CEMA)", "2025-09-01")])

group("United Kingdom")

p("charles_iii", "GBR", "King Charles III", "Charles III", "King Charles", q="Q43274", nosur=True, copy=False,
  fr=["Charles III", "roi Charles III", "le roi Charles"], de=["Charles III.", "König Charles III.", "König Charles"],
  es=["Carlos III", "rey Carlos III", "el rey Carlos"], it=["Carlo III", "re Carlo III", "re Carlo", "Charles III"],
  ru=["Карл III", "король Карл III"], uk=["Чарльз III", "король Чарльз III"],
  roles=[R("GBRGOV", "King of the United Kingdom", "2022-09-08")])
p("elizabeth_ii", "GBR", "Queen Elizabeth II", "Elizabeth II", "Queen Elizabeth", q="Q9682", nosur=True, copy=False,
  fr=["Élisabeth II", "Elizabeth II", "la reine Elizabeth", "la reine Élisabeth II"], de=["Elizabeth II.", "Königin Elizabeth II.", "Queen Elizabeth"],
  es=["Isabel II", "la reina Isabel II"], it=["Elisabetta II", "la regina Elisabetta"],
  ru=["Елизавета II", "королева Елизавета II"], uk=["Єлизавета II", "королева Єлизавета II"],
  roles=[R("GBRGOV", "Queen of the United Kingdom", "1952-02-06", "2022-09-08")])
p("tony_blair", "GBR", "Tony Blair", ru="Тони Блэр", uk="Тоні Блер", ambsur="Blair: also Bill Blair (Canada)",
  roles=[R("GBRGOV", "Prime Minister of the United Kingdom", "1997-05-02", "2007-06-27"),
         R("IGO", "Quartet Representative for the Middle East", "2007-06-27", "2015-05-27")])
p("david_cameron", "GBR", "David Cameron", q="Q192", ru="Дэвид Кэмерон", uk="Девід Кемерон", ambsur="Cameron: also a first name",
  roles=[R("GBRGOV", "Prime Minister of the United Kingdom", "2010-05-11", "2016-07-13"),
         R("GBRGOV", "Foreign Secretary of the United Kingdom", "2023-11-13", "2024-07-05")])
p("theresa_may", "GBR", "Theresa May", q="Q264766", ru="Тереза Мэй", uk="Тереза Мей", nosur=True,
  note="surname May is a common word (month, modal verb): not listed alone",
  roles=[R("GBRGOV", "Home Secretary of the United Kingdom", "2010-05-12", "2016-07-13"),
         R("GBRGOV", "Prime Minister of the United Kingdom", "2016-07-13", "2019-07-24")])
p("boris_johnson", "GBR", "Boris Johnson", q="Q180589", ru="Борис Джонсон", uk="Борис Джонсон", ambsur="Johnson: common surname",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2016-07-13", "2018-07-09"),
         R("GBRGOV", "Prime Minister of the United Kingdom", "2019-07-24", "2022-09-06")])
p("liz_truss", "GBR", "Liz Truss", "Elizabeth Truss", ru="Лиз Трасс", uk="Ліз Трасс",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2021-09-15", "2022-09-06"),
         R("GBRGOV", "Prime Minister of the United Kingdom", "2022-09-06", "2022-10-25")])
p("rishi_sunak", "GBR", "Rishi Sunak", ru="Риши Сунак", uk="Ріші Сунак",
  roles=[R("GBRGOV", "Prime Minister of the United Kingdom", "2022-10-25", "2024-07-05")])
p("keir_starmer", "GBR", "Keir Starmer", ru="Кир Стармер", uk="Кір Стармер",
  roles=[R("GBRGOV", "Prime Minister of the United Kingdom", "2024-07-05")])
p("philip_hammond", "GBR", "Philip Hammond", ru="Филип Хаммонд", uk="Філіп Гаммонд",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2011-10-14", "2014-07-15"),
         R("GBRGOV", "Foreign Secretary of the United Kingdom", "2014-07-15", "2016-07-13")])
p("jeremy_hunt", "GBR", "Jeremy Hunt", ru="Джереми Хант", uk="Джеремі Гант", nosur=True,
  note="surname Hunt is a common word: not listed alone",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2018-07-09", "2019-07-24")])
p("dominic_raab", "GBR", "Dominic Raab", ru="Доминик Рааб", uk="Домінік Рааб",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2019-07-24", "2021-09-15")])
p("james_cleverly", "GBR", "James Cleverly", ru="Джеймс Клеверли", uk="Джеймс Клеверлі", ambsur="Cleverly: English adverb",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2022-09-06", "2023-11-13")])
p("david_lammy", "GBR", "David Lammy", ru="Дэвид Лэмми", uk="Девід Леммі",
  roles=[R("GBRGOV", "Foreign Secretary of the United Kingdom", "2024-07-05", "2025-09-05"),
         R("GBRGOV", "Deputy Prime Minister and Justice Secretary of the United Kingdom", "2025-09-05")])
p("yvette_cooper", "GBR", "Yvette Cooper", ru="Иветт Купер", uk="Іветт Купер", ambsur="Cooper: common surname",
  roles=[R("GBRGOV", "Home Secretary of the United Kingdom", "2024-07-05", "2025-09-05"),
         R("GBRGOV", "Foreign Secretary of the United Kingdom", "2025-09-05")])
p("michael_fallon", "GBR", "Michael Fallon", ru="Майкл Фэллон", uk="Майкл Феллон",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2014-07-15", "2017-11-01")])
p("gavin_williamson", "GBR", "Gavin Williamson", ru="Гэвин Уильямсон", uk="Гевін Вільямсон", ambsur="Williamson: common surname",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2017-11-02", "2019-05-01")])
p("ben_wallace", "GBR", "Ben Wallace", ru="Бен Уоллес", uk="Бен Воллес", ambsur="Wallace: common surname",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2019-07-24", "2023-08-31")])
p("grant_shapps", "GBR", "Grant Shapps", ru="Грант Шаппс", uk="Грант Шаппс",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2023-08-31", "2024-07-05")])
p("john_healey", "GBR", "John Healey", ru="Джон Хили", uk="Джон Гілі",
  roles=[R("GBRGOV", "Secretary of State for Defence of the United Kingdom", "2024-07-05")])
p("jonathan_powell", "GBR", "Jonathan Powell", ru="Джонатан Пауэлл", uk="Джонатан Пауелл", ambsur="Powell: common surname (Colin Powell, Jerome Powell)",
  roles=[R("GBRGOV", "National Security Adviser of the United Kingdom", "2024-11")])
p("stuart_peach", "GBR", "Stuart Peach", ru="Стюарт Пич", uk="Стюарт Піч", nosur=True,
  roles=[R("GBRMIL", "Chief of the Defence Staff of the United Kingdom", "2016-07-14", "2018-06-11"),
         R("NATO", "Chairman of the NATO Military Committee", "2018-06-29", "2021-06-25")])
p("nick_carter", "GBR", "Nick Carter", "Nicholas Carter", ru="Ник Картер", uk="Нік Картер", ambsur="Carter: common surname (Jimmy Carter, Ash Carter)",
  roles=[R("GBRMIL", "Chief of the Defence Staff of the United Kingdom", "2018-06-11", "2021-11-30")])
p("tony_radakin", "GBR", "Tony Radakin", ru="Тони Радакин", uk="Тоні Радакін",
  roles=[R("GBRMIL", "Chief of the Defence Staff of the United Kingdom", "2021-11-30", "2025-09-02")])
p("richard_knighton", "GBR", "Richard Knighton", ru="Ричард Найтон", uk="Річард Найтон",
  roles=[R("GBRMIL", "Chief of the Defence Staff of the United Kingdom", "2025-09-02", src="public record; gov.uk, 2025-09-02")])

group("Germany")

p("joachim_gauck", "DEU", "Joachim Gauck", ru="Йоахим Гаук", uk="Йоахім Гаук",
  roles=[R("DEUGOV", "President of Germany", "2012-03-18", "2017-03-18")])
p("frank_walter_steinmeier", "DEU", "Frank-Walter Steinmeier", q="Q76658", ru="Франк-Вальтер Штайнмайер", uk="Франк-Вальтер Штайнмаєр",
  roles=[R("DEUGOV", "Minister of Foreign Affairs of Germany", "2005-11-22", "2009-10-28"),
         R("DEUGOV", "Minister of Foreign Affairs of Germany", "2013-12-17", "2017-01-27"),
         R("DEUGOV", "President of Germany", "2017-03-19")])
p("angela_merkel", "DEU", "Angela Merkel", q="Q567", ru="Ангела Меркель", uk="Ангела Меркель",
  roles=[R("DEUGOV", "Chancellor of Germany", "2005-11-22", "2021-12-08")])
p("olaf_scholz", "DEU", "Olaf Scholz", q="Q61053", ru="Олаф Шольц", uk="Олаф Шольц",
  roles=[R("DEUGOV", "Minister of Finance and Vice-Chancellor of Germany", "2018-03-14", "2021-12-08"),
         R("DEUGOV", "Chancellor of Germany", "2021-12-08", "2025-05-06")])
p("friedrich_merz", "DEU", "Friedrich Merz", ru="Фридрих Мерц", uk="Фрідріх Мерц",
  roles=[R("DEUGOV", "Chancellor of Germany", "2025-05-06")])
p("sigmar_gabriel", "DEU", "Sigmar Gabriel", ru="Зигмар Габриэль", uk="Зігмар Габріель", ambsur="Gabriel: also a first name",
  roles=[R("DEUGOV", "Minister of Foreign Affairs of Germany", "2017-01-27", "2018-03-14")])
p("heiko_maas", "DEU", "Heiko Maas", ru="Хайко Маас", uk="Гайко Маас", ambsur="Maas: river Meuse in Dutch/German",
  roles=[R("DEUGOV", "Minister of Foreign Affairs of Germany", "2018-03-14", "2021-12-08")])
p("annalena_baerbock", "DEU", "Annalena Baerbock", ru="Анналена Бербок", uk="Анналена Бербок",
  roles=[R("DEUGOV", "Minister of Foreign Affairs of Germany", "2021-12-08", "2025-05-06"),
         R("IGOUNO", "President of the United Nations General Assembly (80th session)", "2025-09-09")])
p("johann_wadephul", "DEU", "Johann Wadephul", ru="Йоханн Вадефуль", uk="Йоганн Вадефуль",
  roles=[R("DEUGOV", "Minister of Foreign Affairs of Germany", "2025-05-06")])
p("annegret_kramp_karrenbauer", "DEU", "Annegret Kramp-Karrenbauer", "AKK", ru="Аннегрет Крамп-Карренбауэр", uk="Аннегрет Крамп-Карренбауер",
  roles=[R("DEUGOV", "Minister of Defence of Germany", "2019-07-17", "2021-12-08")])
p("christine_lambrecht", "DEU", "Christine Lambrecht", ru="Кристина Ламбрехт", uk="Крістіне Ламбрехт",
  roles=[R("DEUGOV", "Minister of Defence of Germany", "2021-12-08", "2023-01-19")])
p("boris_pistorius", "DEU", "Boris Pistorius", ru="Борис Писториус", uk="Борис Пісторіус",
  roles=[R("DEUGOV", "Minister of Defence of Germany", "2023-01-19")])
p("volker_wieker", "DEU", "Volker Wieker", ru="Фолькер Викер", uk="Фолькер Вікер",
  roles=[R("DEUMIL", "Chief of Defence of Germany (Generalinspekteur der Bundeswehr)", "2010-01-21", "2018-04-19")])
p("eberhard_zorn", "DEU", "Eberhard Zorn", ru="Эберхард Цорн", uk="Еберхард Цорн", nosur=True,
  note="surname Zorn is a German common noun: not listed alone",
  roles=[R("DEUMIL", "Chief of Defence of Germany (Generalinspekteur der Bundeswehr)", "2018-04-19", "2023-03-17")])
p("carsten_breuer", "DEU", "Carsten Breuer", ru="Карстен Бройер", uk="Карстен Броєр",
  roles=[R("DEUMIL", "Chief of Defence of Germany (Generalinspekteur der Bundeswehr)", "2023-03-17")])

group("Italy")

p("sergio_mattarella", "ITA", "Sergio Mattarella", ru="Серджо Маттарелла", uk="Серджо Маттарелла",
  roles=[R("ITAGOV", "President of Italy", "2015-02-03")])
p("matteo_renzi", "ITA", "Matteo Renzi", ru="Маттео Ренци", uk="Маттео Ренці",
  roles=[R("ITAGOV", "Prime Minister of Italy", "2014-02-22", "2016-12-12")])
p("paolo_gentiloni", "ITA", "Paolo Gentiloni", ru="Паоло Джентилони", uk="Паоло Джентілоні",
  roles=[R("ITAGOV", "Minister of Foreign Affairs of Italy", "2014-10-31", "2016-12-12"),
         R("ITAGOV", "Prime Minister of Italy", "2016-12-12", "2018-06-01"),
         R("EU", "European Commissioner for Economy", "2019-12-01", "2024-11-30")])
p("giuseppe_conte", "ITA", "Giuseppe Conte", ru="Джузеппе Конте", uk="Джузеппе Конте", ambsur="Conte: common Italian surname",
  roles=[R("ITAGOV", "Prime Minister of Italy", "2018-06-01", "2021-02-13")])
p("mario_draghi", "ITA", "Mario Draghi", q="Q47576", ru="Марио Драги", uk="Маріо Драгі",
  roles=[R("EU", "President of the European Central Bank", "2011-11-01", "2019-10-31"),
         R("ITAGOV", "Prime Minister of Italy", "2021-02-13", "2022-10-22")])
p("giorgia_meloni", "ITA", "Giorgia Meloni", ru="Джорджа Мелони", uk="Джорджа Мелоні",
  roles=[R("ITAGOV", "Prime Minister of Italy", "2022-10-22")])
p("angelino_alfano", "ITA", "Angelino Alfano", ru="Анджелино Альфано", uk="Анджеліно Альфано",
  roles=[R("ITAGOV", "Minister of Foreign Affairs of Italy", "2016-12-12", "2018-06-01")])
p("luigi_di_maio", "ITA", "Luigi Di Maio", ru="Луиджи Ди Майо", uk="Луїджі Ді Майо",
  roles=[R("ITAGOV", "Minister of Foreign Affairs of Italy", "2019-09-05", "2022-10-22"),
         R("EU", "EU Special Representative for the Gulf region", "2023-06-01")])
p("antonio_tajani", "ITA", "Antonio Tajani", ru="Антонио Таяни", uk="Антоніо Таяні",
  roles=[R("EU", "President of the European Parliament", "2017-01-17", "2019-07-03"),
         R("ITAGOV", "Minister of Foreign Affairs and Deputy Prime Minister of Italy", "2022-10-22")])
p("roberta_pinotti", "ITA", "Roberta Pinotti", ru="Роберта Пинотти", uk="Роберта Пінотті",
  roles=[R("ITAGOV", "Minister of Defence of Italy", "2014-02-22", "2018-06-01")])
p("elisabetta_trenta", "ITA", "Elisabetta Trenta", ru="Элизабетта Трента", uk="Елізабетта Трента", nosur=True,
  note="surname Trenta is an Italian numeral: not listed alone",
  roles=[R("ITAGOV", "Minister of Defence of Italy", "2018-06-01", "2019-09-05")])
p("lorenzo_guerini", "ITA", "Lorenzo Guerini", ru="Лоренцо Гуэрини", uk="Лоренцо Гуеріні",
  roles=[R("ITAGOV", "Minister of Defence of Italy", "2019-09-05", "2022-10-22")])
p("guido_crosetto", "ITA", "Guido Crosetto", ru="Гвидо Крозетто", uk="Гвідо Крозетто",
  roles=[R("ITAGOV", "Minister of Defence of Italy", "2022-10-22")])
p("claudio_graziano", "ITA", "Claudio Graziano", ru="Клаудио Грациано", uk="Клаудіо Граціано",
  note="died 2024",
  roles=[R("ITAMIL", "Chief of the Defence Staff of Italy", "2015-02", "2018-11-06"),
         R("EU", "Chairman of the European Union Military Committee", "2018-11-06", "2022-05")])
p("giuseppe_cavo_dragone", "ITA", "Giuseppe Cavo Dragone", "Cavo Dragone", ru="Джузеппе Каво Драгоне", uk="Джузеппе Каво Драгоне", nosur=True,
  roles=[R("ITAMIL", "Chief of the Defence Staff of Italy", "2021-11", "2024-10-04"),
         R("NATO", "Chairman of the NATO Military Committee", "2025-01-17")])
p("luciano_portolano", "ITA", "Luciano Portolano", "Luciano Antonio Portolano", ru="Лучано Портолано", uk="Лучано Портолано",
  roles=[R("ITAMIL", "Chief of the Defence Staff of Italy", "2024-10-04", src="public record; handover ceremony at Ciampino, 2024-10-04")])

group("Spain")

p("felipe_vi", "ESP", "King Felipe VI", "Felipe VI", q="Q191045", nosur=True, copy=False,
  fr=["Felipe VI", "le roi Felipe VI", "Philippe VI"], de=["Felipe VI.", "König Felipe VI.", "König Felipe"], es=["Felipe VI", "el rey Felipe VI"],
  it=["Felipe VI", "re Felipe VI", "Filippo VI"], ru=["Филипп VI", "Фелипе VI", "король Фелипе VI"], uk=["Феліпе VI", "король Феліпе VI"],
  roles=[R("ESPGOV", "King of Spain", "2014-06-19")])
p("mariano_rajoy", "ESP", "Mariano Rajoy", ru="Мариано Рахой", uk="Маріано Рахой",
  roles=[R("ESPGOV", "Prime Minister of Spain", "2011-12-21", "2018-06-01")])
p("pedro_sanchez", "ESP", "Pedro Sánchez", "Pedro Sanchez", ru="Педро Санчес", uk="Педро Санчес",
  ambsur="Sánchez: very common Spanish surname (e.g. Colombian defence minister Pedro Arnulfo Sánchez)",
  roles=[R("ESPGOV", "Prime Minister of Spain", "2018-06-02")])
p("alfonso_dastis", "ESP", "Alfonso Dastis", ru="Альфонсо Дастис", uk="Альфонсо Дастіс",
  roles=[R("ESPGOV", "Minister of Foreign Affairs of Spain", "2016-11-04", "2018-06-07")])
p("arancha_gonzalez_laya", "ESP", "Arancha González Laya", "González Laya", ru="Аранча Гонсалес Лая", uk="Аранча Гонсалес Лая", nosur=True,
  roles=[R("ESPGOV", "Minister of Foreign Affairs of Spain", "2020-01-13", "2021-07-12")])
p("jose_manuel_albares", "ESP", "José Manuel Albares", ru="Хосе Мануэль Альбарес", uk="Хосе Мануель Альбарес",
  roles=[R("ESPGOV", "Minister of Foreign Affairs of Spain", "2021-07-12")])
p("maria_dolores_de_cospedal", "ESP", "María Dolores de Cospedal", "Dolores de Cospedal", "Cospedal", ru="Мария Долорес де Коспедаль", nosur=True,
  roles=[R("ESPGOV", "Minister of Defence of Spain", "2016-11-04", "2018-06-07")])
p("margarita_robles", "ESP", "Margarita Robles", ru="Маргарита Роблес", uk="Маргарита Роблес", ambsur="Robles: common Spanish surname",
  roles=[R("ESPGOV", "Minister of Defence of Spain", "2018-06-07")])
