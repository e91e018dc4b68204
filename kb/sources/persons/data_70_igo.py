# Heads of international organisations (UN system, NATO, EU, IAEA, OSCE, CSTO, AU, Arab League, ICC).
# Role codes match kb/organisations.toml: short project codes IGOUNO (UN), NATO, EU, IAEA, OSCE, CSTO
# (Phoenix: IGOWSTNAT, IGOEUREEC, IGOUNOIAE, bare IGO), Phoenix codes for the others: IGOUNOREFHCR
# (UNHCR), IGOUNOHRIHCH (OHCHR), IGOUNOREF (UNRWA), IGOUNOHLHWHO (WHO), IGOJUDICC (ICC),
# IGOUNOJUDICJ (ICJ), IGOAFRAFU (African Union), IGOMEAARL (Arab League).
from model import p, R, group

group("United Nations system")

p("antonio_guterres", "PRT", "António Guterres", "Antonio Guterres", q="Q311440", ru="Антониу Гутерриш", uk="Антоніу Гутерреш",
  roles=[R("PRTGOV", "Prime Minister of Portugal", "1995-10-28", "2002-04-06"),
         R("IGOUNOREFHCR", "United Nations High Commissioner for Refugees", "2005-06-15", "2015-12-31"),
         R("IGOUNO", "Secretary-General of the United Nations", "2017-01-01")])
p("ban_ki_moon", "KOR", "Ban Ki-moon", "Ban Ki Moon", q="Q1253", ru="Пан Ги Мун", uk="Пан Гі Мун", nosur=True,
  roles=[R("KORGOV", "Minister of Foreign Affairs of South Korea", "2004-01-17", "2006-11-09"),
         R("IGOUNO", "Secretary-General of the United Nations", "2007-01-01", "2016-12-31")])
p("kofi_annan", "GHA", "Kofi Annan", "Kofi A. Annan", ru="Кофи Аннан", uk="Кофі Аннан",
  roles=[R("IGOUNO", "Secretary-General of the United Nations", "1997-01-01", "2006-12-31")])
p("boutros_boutros_ghali", "EGY", "Boutros Boutros-Ghali", "Boutros Boutros Ghali", "Boutros-Ghali", ru="Бутрос Бутрос-Гали", uk="Бутрос Бутрос-Галі", nosur=True,
  roles=[R("EGYGOV", "Deputy Prime Minister of Egypt for Foreign Affairs", "1991-05", "1991-12"),
         R("IGOUNO", "Secretary-General of the United Nations", "1992-01-01", "1996-12-31")])
p("javier_perez_de_cuellar", "PER", "Javier Pérez de Cuéllar", "Javier Perez de Cuellar", "Pérez de Cuéllar", "Perez de Cuellar", ru="Хавьер Перес де Куэльяр", uk="Хав'єр Перес де Куельяр", nosur=True,
  roles=[R("IGOUNO", "Secretary-General of the United Nations", "1982-01-01", "1991-12-31"),
         R("PERGOV", "Prime Minister of Peru", "2000-11-22", "2001-07-28")])
p("volker_turk", "AUT", "Volker Türk", "Volker Turk", ru="Фолькер Тюрк", uk="Фолькер Тюрк", nosur=True,
  note="surname Türk means 'Turk/Turkish': not listed alone",
  roles=[R("IGOUNOHRIHCH", "United Nations High Commissioner for Human Rights", "2022-10-17")])
p("tom_fletcher", "GBR", "Tom Fletcher", ru="Том Флетчер", uk="Том Флетчер", ambsur="Fletcher: common surname",
  roles=[R("IGOUNO", "UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator (OCHA)", "2024-11-18")])
p("martin_griffiths", "GBR", "Martin Griffiths", ru="Мартин Гриффитс", uk="Мартін Гріффітс", ambsur="Griffiths: common surname",
  roles=[R("IGOUNO", "UN Special Envoy for Yemen", "2018-03-11", "2021-07-19"),
         R("IGOUNO", "UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator (OCHA)", "2021-07-19", "2024-06-30")])
p("philippe_lazzarini", "CHE", "Philippe Lazzarini", ru="Филипп Лаццарини", uk="Філіпп Лаццаріні",
  roles=[R("IGOUNOREF", "Commissioner-General of UNRWA", "2020-03")])
p("tedros_adhanom_ghebreyesus", "ETH", "Tedros Adhanom Ghebreyesus", "Tedros Adhanom", "Tedros", ru="Тедрос Адханом Гебрейесус", uk="Тедрос Аданом Гебреєсус", nosur=True,
  roles=[R("IGOUNOHLHWHO", "Director-General of the World Health Organization", "2017-07-01")])
p("filippo_grandi", "ITA", "Filippo Grandi", ru="Филиппо Гранди", uk="Філіппо Гранді",
  note="term announced to end 2025-12-31; successor not recorded here",
  roles=[R("IGOUNOREFHCR", "United Nations High Commissioner for Refugees", "2016-01-01", "2025-12-31")])
p("karim_khan", "GBR", "Karim Khan", "Karim A. A. Khan", ru="Карим Хан", uk="Карім Хан", nosur=True,
  note="on leave since 2025-05 pending a misconduct inquiry; Khan alone not listed",
  roles=[R("IGOJUDICC", "Prosecutor of the International Criminal Court", "2021-06-16")])

group("NATO")

p("jens_stoltenberg", "NOR", "Jens Stoltenberg", ru="Йенс Столтенберг", uk="Єнс Столтенберг",
  roles=[R("NORGOV", "Prime Minister of Norway", "2005-10-17", "2013-10-16"),
         R("NATO", "Secretary General of NATO", "2014-10-01", "2024-10-01"),
         R("NORGOV", "Minister of Finance of Norway", "2025-02-04")])
p("mark_rutte", "NLD", "Mark Rutte", ru="Марк Рютте", uk="Марк Рютте",
  roles=[R("NLDGOV", "Prime Minister of the Netherlands", "2010-10-14", "2024-07-02"),
         R("NATO", "Secretary General of NATO", "2024-10-01")])
p("anders_fogh_rasmussen", "DNK", "Anders Fogh Rasmussen", "Fogh Rasmussen", ru="Андерс Фог Расмуссен", uk="Андерс Фог Расмуссен", nosur=True,
  note="surname Rasmussen shared with Lars Løkke Rasmussen",
  roles=[R("DNKGOV", "Prime Minister of Denmark", "2001-11-27", "2009-04-05"),
         R("NATO", "Secretary General of NATO", "2009-08-01", "2014-09-30")])
p("rob_bauer", "NLD", "Rob Bauer", ru="Роб Бауэр", uk="Роб Бауер", nosur=True,
  note="surname Bauer is a common German noun/surname: not listed alone",
  roles=[R("NLDMIL", "Chief of Defence of the Netherlands", "2017-10-12", "2021-04"),
         R("NATO", "Chairman of the NATO Military Committee", "2021-06-25", "2025-01-17")])

group("European Union")

p("ursula_von_der_leyen", "DEU", "Ursula von der Leyen", "von der Leyen", q="Q60772", ru="Урсула фон дер Ляйен", uk="Урсула фон дер Ляєн",
  roles=[R("DEUGOV", "Minister of Defence of Germany", "2013-12-17", "2019-07-17"),
         R("EU", "President of the European Commission", "2019-12-01")])
p("jean_claude_juncker", "LUX", "Jean-Claude Juncker", ru="Жан-Клод Юнкер", uk="Жан-Клод Юнкер",
  roles=[R("LUXGOV", "Prime Minister of Luxembourg", "1995-01-20", "2013-12-04"),
         R("EU", "President of the European Commission", "2014-11-01", "2019-11-30")])
p("herman_van_rompuy", "BEL", "Herman Van Rompuy", ru="Херман ван Ромпей", uk="Герман ван Ромпей",
  roles=[R("EU", "President of the European Council", "2009-12-01", "2014-11-30")])
p("donald_tusk", "POL", "Donald Tusk", q="Q946", ru="Дональд Туск", uk="Дональд Туск", pl="Donald Tusk",
  roles=[R("POLGOV", "Prime Minister of Poland", "2007-11-16", "2014-09-22"),
         R("EU", "President of the European Council", "2014-12-01", "2019-11-30"),
         R("POLGOV", "Prime Minister of Poland", "2023-12-13")])
p("charles_michel", "BEL", "Charles Michel", q="Q12978", ru="Шарль Мишель", uk="Шарль Мішель", ambsur="Michel: also a very common first name",
  roles=[R("BELGOV", "Prime Minister of Belgium", "2014-10-11", "2019-10-27"),
         R("EU", "President of the European Council", "2019-12-01", "2024-11-30")])
p("antonio_costa", "PRT", "António Costa", "Antonio Costa", ru="Антониу Кошта", uk="Антоніу Кошта", ambsur="Costa: very common surname",
  roles=[R("PRTGOV", "Prime Minister of Portugal", "2015-11-26", "2024-04-02"),
         R("EU", "President of the European Council", "2024-12-01")])
p("catherine_ashton", "GBR", "Catherine Ashton", "Lady Ashton", "Baroness Ashton", ru="Кэтрин Эштон", uk="Кетрін Ештон",
  roles=[R("EU", "High Representative of the Union for Foreign Affairs and Security Policy", "2009-12-01", "2014-10-31")])
p("federica_mogherini", "ITA", "Federica Mogherini", ru="Федерика Могерини", uk="Федеріка Могеріні",
  roles=[R("ITAGOV", "Minister of Foreign Affairs of Italy", "2014-02-22", "2014-10-31"),
         R("EU", "High Representative of the Union for Foreign Affairs and Security Policy", "2014-11-01", "2019-11-30"),
         R("EU", "Rector of the College of Europe", "2020-09")])
p("josep_borrell", "ESP", "Josep Borrell", ru="Жозеп Боррель", uk="Жозеп Боррель", es=["Josep Borrell", "José Borrell"],
  roles=[R("EU", "President of the European Parliament", "2004-07-20", "2007-01-16"),
         R("ESPGOV", "Minister of Foreign Affairs of Spain", "2018-06-07", "2019-11-29"),
         R("EU", "High Representative of the Union for Foreign Affairs and Security Policy", "2019-12-01", "2024-11-30")])
p("kaja_kallas", "EST", "Kaja Kallas", ru="Кая Каллас", uk="Кая Каллас",
  ambsur="Kallas: also her father Siim Kallas (former European Commissioner)",
  roles=[R("ESTGOV", "Prime Minister of Estonia", "2021-01-26", "2024-07-23"),
         R("EU", "High Representative of the Union for Foreign Affairs and Security Policy", "2024-12-01")])
p("roberta_metsola", "MLT", "Roberta Metsola", ru="Роберта Метсола", uk="Роберта Мецола",
  roles=[R("EU", "President of the European Parliament", "2022-01-18")])
p("andrius_kubilius", "LTU", "Andrius Kubilius", ru="Андрюс Кубилюс", uk="Андрюс Кубілюс",
  roles=[R("LTUGOV", "Prime Minister of Lithuania", "2008-12-09", "2012-12-13"),
         R("EU", "European Commissioner for Defence and Space", "2024-12-01")])
p("marta_kos", "SVN", "Marta Kos", ru="Марта Кос", uk="Марта Кос", nosur=True,
  note="surname Kos is also a Greek island: not listed alone",
  roles=[R("EU", "European Commissioner for Enlargement", "2024-12-01")])

group("IAEA, OSCE, CSTO, African Union, Arab League")

p("yukiya_amano", "JPN", "Yukiya Amano", ru="Юкия Амано", uk="Юкія Амано", note="died in office 2019-07-18",
  roles=[R("IAEA", "Director General of the International Atomic Energy Agency", "2009-12-01", "2019-07-18", src="Phoenix.International.actors.txt; public record (Wikipedia/Wikidata), as of 2025")])
p("rafael_grossi", "ARG", "Rafael Grossi", "Rafael Mariano Grossi", ru="Рафаэль Гросси", uk="Рафаель Гроссі",
  roles=[R("IAEA", "Director General of the International Atomic Energy Agency", "2019-12-03")])
p("lamberto_zannier", "ITA", "Lamberto Zannier", ru="Ламберто Занньер", uk="Ламберто Заньєр",
  roles=[R("OSCE", "Secretary General of the OSCE", "2011-07-01", "2017-06-30")])
p("thomas_greminger", "CHE", "Thomas Greminger", ru="Томас Гремингер", uk="Томас Гремінгер",
  roles=[R("OSCE", "Secretary General of the OSCE", "2017-07-18", "2020-07-18")])
p("helga_schmid", "DEU", "Helga Schmid", "Helga Maria Schmid", ru="Хельга Шмид", uk="Гельга Шмід", nosur=True,
  roles=[R("OSCE", "Secretary General of the OSCE", "2020-12-04", "2024-12-03")])
p("feridun_sinirlioglu", "TUR", "Feridun Sinirlioğlu", "Feridun Sinirlioglu", ru="Феридун Синирлиоглу", uk="Ферідун Сінірліоглу",
  roles=[R("TURGOV", "Minister of Foreign Affairs of Turkey", "2015-08-28", "2015-11-24"),
         R("OSCE", "Secretary General of the OSCE", "2024-12-04")])
p("nikolai_bordyuzha", "RUS", "Nikolai Bordyuzha", "Nikolay Bordyuzha", tr="ru", ru="Николай Бордюжа", uk="Микола Бордюжа",
  roles=[R("CSTO", "Secretary General of the Collective Security Treaty Organization (CSTO)", "2003-04-28", "2016-12-31")])
p("yuri_khachaturov", "ARM", "Yuri Khachaturov", ru="Юрий Хачатуров", uk="Юрій Хачатуров",
  note="dismissed amid prosecution in Armenia",
  roles=[R("CSTO", "Secretary General of the Collective Security Treaty Organization (CSTO)", "2017", "2018-11-02")])
p("imangali_tasmagambetov", "KAZ", "Imangali Tasmagambetov", ru="Имангали Тасмагамбетов", uk="Імангалі Тасмагамбетов",
  fr=["Imangali Tasmagambetov"], de=["Imangali Tasmagambetow"],
  note="three-year term 2023-2025",
  roles=[R("CSTO", "Secretary General of the Collective Security Treaty Organization (CSTO)", "2023-01-01", "2025-12-31")])
p("moussa_faki_mahamat", "TCD", "Moussa Faki Mahamat", "Moussa Faki", ru="Мусса Факи Махамат", uk="Мусса Факі Махамат", nosur=True,
  roles=[R("TCDGOV", "Minister of Foreign Affairs of Chad", "2008-04-23", "2017-01-30"),
         R("IGOAFRAFU", "Chairperson of the African Union Commission", "2017-03-14", "2025-02-15")])
p("mahmoud_ali_youssouf", "DJI", "Mahmoud Ali Youssouf", ru="Махмуд Али Юсуф", uk="Махмуд Алі Юсуф", nosur=True,
  roles=[R("DJIGOV", "Minister of Foreign Affairs of Djibouti", "2005-07", "2025-02"),
         R("IGOAFRAFU", "Chairperson of the African Union Commission", "2025-02-15")])
p("ahmed_aboul_gheit", "EGY", "Ahmed Aboul Gheit", "Ahmed Abul Gheit", fr=["Ahmed Aboul Gheit"], ru="Ахмед Абуль Гейт", uk="Ахмед Абуль Гейт", nosur=True,
  roles=[R("EGYGOV", "Minister of Foreign Affairs of Egypt", "2004-07-14", "2011-03-06"),
         R("IGOMEAARL", "Secretary-General of the Arab League", "2016-07-01")])
