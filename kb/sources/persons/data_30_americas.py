# United States, Canada, Latin America.
from model import p, R, group

group("United States")

p("donald_trump", "USA", "Donald Trump", "Donald J. Trump", q="Q22686", ru="Дональд Трамп", uk="Дональд Трамп",
  roles=[R("USAGOV", "President of the United States", "2017-01-20", "2021-01-20"),
         R("USAGOV", "President of the United States", "2025-01-20")])
p("joe_biden", "USA", "Joe Biden", "Joseph Biden", "Joseph R. Biden", q="Q6279", ru="Джо Байден", uk="Джо Байден",
  roles=[R("USAGOV", "Vice President of the United States", "2009-01-20", "2017-01-20"),
         R("USAGOV", "President of the United States", "2021-01-20", "2025-01-20")])
p("barack_obama", "USA", "Barack Obama", q="Q76", ru="Барак Обама", uk="Барак Обама",
  roles=[R("USAGOV", "President of the United States", "2009-01-20", "2017-01-20")])
p("kamala_harris", "USA", "Kamala Harris", q="Q10853588", ru="Камала Харрис", uk="Камала Гарріс", ambsur="Harris: common surname",
  roles=[R("USAGOV", "Vice President of the United States", "2021-01-20", "2025-01-20")])
p("mike_pence", "USA", "Mike Pence", q="Q24313", ru="Майк Пенс", uk="Майк Пенс",
  roles=[R("USAGOV", "Vice President of the United States", "2017-01-20", "2021-01-20")])
p("jd_vance", "USA", "JD Vance", "J. D. Vance", "J.D. Vance", "James David Vance", ru="Джей Ди Вэнс", uk="Джей Ді Венс",
  roles=[R("USAGOV", "Vice President of the United States", "2025-01-20")])
p("john_kerry", "USA", "John Kerry", q="Q22316", ru="Джон Керри", uk="Джон Керрі", ambsur="Kerry: also an Irish county and a first name",
  roles=[R("USAGOV", "Secretary of State of the United States", "2013-02-01", "2017-01-20"),
         R("USAGOV", "Special Presidential Envoy for Climate", "2021-01-20", "2024-03-06")])
p("rex_tillerson", "USA", "Rex Tillerson", ru="Рекс Тиллерсон", uk="Рекс Тіллерсон",
  roles=[R("USAGOV", "Secretary of State of the United States", "2017-02-01", "2018-03-31")])
p("mike_pompeo", "USA", "Mike Pompeo", q="Q473239", ru="Майк Помпео", uk="Майк Помпео",
  roles=[R("USASPY", "Director of the Central Intelligence Agency", "2017-01-23", "2018-04-26"),
         R("USAGOV", "Secretary of State of the United States", "2018-04-26", "2021-01-20")])
p("antony_blinken", "USA", "Antony Blinken", "Tony Blinken", ru="Энтони Блинкен", uk="Ентоні Блінкен",
  roles=[R("USAGOV", "Deputy Secretary of State of the United States", "2015-01-09", "2017-01-20"),
         R("USAGOV", "Secretary of State of the United States", "2021-01-26", "2025-01-20")])
p("marco_rubio", "USA", "Marco Rubio", ru="Марко Рубио", uk="Марко Рубіо",
  roles=[R("USAGOV", "Secretary of State of the United States", "2025-01-21"),
         R("USAGOV", "National Security Advisor of the United States (acting)", "2025-05-01")])
p("chuck_hagel", "USA", "Chuck Hagel", ru="Чак Хейгел", uk="Чак Гейгел",
  roles=[R("USAGOV", "Secretary of Defense of the United States", "2013-02-27", "2015-02-17")])
p("ash_carter", "USA", "Ash Carter", "Ashton Carter", ru="Эштон Картер", uk="Ештон Картер", ambsur="Carter: common surname (Jimmy Carter, Nick Carter)",
  roles=[R("USAGOV", "Secretary of Defense of the United States", "2015-02-17", "2017-01-20")])
p("jim_mattis", "USA", "Jim Mattis", "James Mattis", ru="Джеймс Мэттис", uk="Джеймс Меттіс",
  roles=[R("USAGOV", "Secretary of Defense of the United States", "2017-01-20", "2019-01-01")])
p("mark_esper", "USA", "Mark Esper", ru="Марк Эспер", uk="Марк Еспер",
  roles=[R("USAGOV", "Secretary of Defense of the United States", "2019-07-23", "2020-11-09")])
p("lloyd_austin", "USA", "Lloyd Austin", ru="Ллойд Остин", uk="Ллойд Остін", ambsur="Austin: also a city in Texas and a first name",
  roles=[R("USAGOV", "Secretary of Defense of the United States", "2021-01-22", "2025-01-20")])
p("pete_hegseth", "USA", "Pete Hegseth", ru="Пит Хегсет", uk="Піт Гегсет",
  note="the Department of Defense also styled 'Department of War' from 2025-09-05",
  roles=[R("USAGOV", "Secretary of Defense (Secretary of War) of the United States", "2025-01-25")])
p("joseph_dunford", "USA", "Joseph Dunford", "Joe Dunford", ru="Джозеф Данфорд", uk="Джозеф Данфорд",
  roles=[R("USAMIL", "Chairman of the Joint Chiefs of Staff", "2015-10-01", "2019-09-30")])
p("mark_milley", "USA", "Mark Milley", ru="Марк Милли", uk="Марк Міллі",
  roles=[R("USAMIL", "Chairman of the Joint Chiefs of Staff", "2019-10-01", "2023-09-30")])
p("charles_q_brown", "USA", "Charles Q. Brown", "Charles Q. Brown Jr.", "CQ Brown", ru="Чарльз Браун", uk="Чарльз Браун", nosur=True,
  note="surname Brown is a common word: not listed alone",
  roles=[R("USAMIL", "Chairman of the Joint Chiefs of Staff", "2023-10-01", "2025-02-21")])
p("dan_caine", "USA", "Dan Caine", "John Daniel Caine", "Razin Caine", ru="Дэн Кейн", uk="Ден Кейн", ambsur="Caine: common surname",
  roles=[R("USAMIL", "Chairman of the Joint Chiefs of Staff", "2025-04-11")])
p("john_bolton", "USA", "John Bolton", ru="Джон Болтон", uk="Джон Болтон", ambsur="Bolton: also an English town",
  roles=[R("USAGOV", "National Security Advisor of the United States", "2018-04-09", "2019-09-10")])
p("jake_sullivan", "USA", "Jake Sullivan", ru="Джейк Салливан", uk="Джейк Салліван", ambsur="Sullivan: common surname",
  roles=[R("USAGOV", "National Security Advisor of the United States", "2021-01-20", "2025-01-20")])
p("mike_waltz", "USA", "Mike Waltz", "Michael Waltz", ru="Майк Уолц", uk="Майк Волц", ambsur="Waltz: also a dance",
  roles=[R("USAGOV", "National Security Advisor of the United States", "2025-01-20", "2025-05-01"),
         R("USAGOV", "Ambassador of the United States to the United Nations", "2025-09-19")])
p("william_burns", "USA", "William Burns", "Bill Burns", "William J. Burns", ru="Уильям Бёрнс", uk="Вільям Бернс", ambsur="Burns: common surname and word",
  roles=[R("USASPY", "Director of the Central Intelligence Agency", "2021-03-19", "2025-01-20")])
p("john_ratcliffe", "USA", "John Ratcliffe", ru="Джон Рэтклифф", uk="Джон Реткліфф",
  roles=[R("USASPY", "Director of National Intelligence", "2020-05-26", "2021-01-20"),
         R("USASPY", "Director of the Central Intelligence Agency", "2025-01-23")])
p("tulsi_gabbard", "USA", "Tulsi Gabbard", ru="Тулси Габбард", uk="Тулсі Габбард",
  roles=[R("USASPY", "Director of National Intelligence", "2025-02-12")])
p("steve_witkoff", "USA", "Steve Witkoff", "Steven Witkoff", ru="Стив Уиткофф", uk="Стів Віткофф",
  roles=[R("USAGOV", "Special Envoy of the United States to the Middle East (later also Special Envoy for Peace Missions)", "2025-01-20")])
p("keith_kellogg", "USA", "Keith Kellogg", ru="Кит Келлог", uk="Кіт Келлог", unsure=True, ambsur="Kellogg: also a company/brand",
  note="announced he would leave the post in January 2026 (White House confirmation, November 2025)",
  roles=[R("USAGOV", "Special Envoy of the United States for Ukraine and Russia", "2025-01-20")])
p("john_coale", "USA", "John Coale", ru="Джон Коул", uk="Джон Коул",
  note="negotiated the 2025 Belarus prisoner releases; previously deputy to Keith Kellogg",
  roles=[R("USAGOV", "US Special Envoy for Belarus", "2025", src="press reports, 2025-12-13 (Belarus prisoner release)")])
p("jared_kushner", "USA", "Jared Kushner", ru="Джаред Кушнер", uk="Джаред Кушнер",
  note="unofficial envoy in the 2025 Gaza and Ukraine peace plans",
  roles=[R("USAGOV", "Senior Advisor to the President of the United States", "2017-01-20", "2021-01-20")])
p("dan_driscoll", "USA", "Dan Driscoll", "Daniel Driscoll", ru="Дэн Дрисколл", uk="Ден Дрісколл",
  roles=[R("USAGOV", "Secretary of the Army of the United States", "2025-02-25")])
p("nikki_haley", "USA", "Nikki Haley", ru="Никки Хейли", uk="Ніккі Гейлі",
  roles=[R("USAGOV", "Ambassador of the United States to the United Nations", "2017-01-27", "2018-12-31")])
p("linda_thomas_greenfield", "USA", "Linda Thomas-Greenfield", ru="Линда Томас-Гринфилд", uk="Лінда Томас-Грінфілд",
  roles=[R("USAGOV", "Ambassador of the United States to the United Nations", "2021-02-24", "2025-01-20")])
p("christopher_cavoli", "USA", "Christopher Cavoli", "Chris Cavoli", ru="Кристофер Каволи", uk="Крістофер Каволі",
  roles=[R("NATO", "Supreme Allied Commander Europe (SACEUR)", "2022-07-04", "2025-07-01")])
p("alexus_grynkewich", "USA", "Alexus Grynkewich", ru="Алексус Гринкевич", uk="Алексус Гринкевич",
  roles=[R("NATO", "Supreme Allied Commander Europe (SACEUR)", "2025-07-01")])
p("tod_wolters", "USA", "Tod Wolters", ru="Тод Уолтерс", uk="Тод Волтерс",
  roles=[R("NATO", "Supreme Allied Commander Europe (SACEUR)", "2019-05-03", "2022-07-04")])

group("Canada")

p("justin_trudeau", "CAN", "Justin Trudeau", q="Q3099714", ru="Джастин Трюдо", uk="Джастін Трюдо",
  roles=[R("CANGOV", "Prime Minister of Canada", "2015-11-04", "2025-03-14")])
p("mark_carney", "CAN", "Mark Carney", ru="Марк Карни", uk="Марк Карні",
  roles=[R("CANGOV", "Prime Minister of Canada", "2025-03-14")])
p("chrystia_freeland", "CAN", "Chrystia Freeland", ru="Христя Фриланд", uk="Христя Фріланд",
  roles=[R("CANGOV", "Minister of Foreign Affairs of Canada", "2017-01-10", "2019-11-20"),
         R("CANGOV", "Deputy Prime Minister of Canada", "2019-11-20", "2024-12-16")])
p("melanie_joly", "CAN", "Mélanie Joly", ru="Мелани Жоли", uk="Мелані Жолі", ambsur="Joly: also a French adjective (joli)",
  roles=[R("CANGOV", "Minister of Foreign Affairs of Canada", "2021-10-26", "2025-05-13")])
p("anita_anand", "CAN", "Anita Anand", ru="Анита Ананд", uk="Аніта Ананд", ambsur="Anand: common Indian name",
  roles=[R("CANGOV", "Minister of National Defence of Canada", "2021-10-26", "2023-07-26"),
         R("CANGOV", "Minister of Foreign Affairs of Canada", "2025-05-13")])
p("bill_blair", "CAN", "Bill Blair", ru="Билл Блэр", uk="Білл Блер", ambsur="Blair: also Tony Blair",
  roles=[R("CANGOV", "Minister of National Defence of Canada", "2023-07-26", "2025-05-13")])
p("david_mcguinty", "CAN", "David McGuinty", ru="Дэвид Макгинти", uk="Девід Макгінті",
  roles=[R("CANGOV", "Minister of National Defence of Canada", "2025-05-13")])
p("wayne_eyre", "CAN", "Wayne Eyre", ru="Уэйн Эйр", uk="Вейн Ейр",
  roles=[R("CANMIL", "Chief of the Defence Staff of Canada (acting until 2021-11-25)", "2021-02-24", "2024-07-18")])
p("jennie_carignan", "CAN", "Jennie Carignan", ru="Дженни Кариньян", uk="Дженні Кариньян",
  roles=[R("CANMIL", "Chief of the Defence Staff of Canada", "2024-07-18")])

group("Latin America")

p("nicolas_maduro", "VEN", "Nicolás Maduro", "Nicolas Maduro", "Nicolás Maduro Moros", drop=["Moros"], q="Q57413", ru="Николас Мадуро", uk="Ніколас Мадуро",
  note="re-inauguration of 2025-01-10 not recognised by many states; captured by US forces in Caracas 2026-01-03 and taken to New York",
  roles=[R("VENGOV", "Minister of Foreign Affairs of Venezuela", "2006-08-09", "2013-01-15"),
         R("VENGOV", "President of Venezuela (acting from 2013-03-05)", "2013-03-05", "2026-01-03", src="public record; press reports of 2026-01-03")])
p("delcy_rodriguez", "VEN", "Delcy Rodríguez", ru="Делси Родригес", uk="Делсі Родрігес", nosur=True,
  note="surname Rodríguez is very common (her brother Jorge Rodríguez heads the National Assembly)",
  roles=[R("VENGOV", "Minister of Foreign Affairs of Venezuela", "2014-12-26", "2017-06-21"),
         R("VENGOV", "Executive Vice President of Venezuela", "2018-06-14", "2026-01-03"),
         R("VENGOV", "Acting President of Venezuela", "2026-01-03", src="press reports, January 2026 (Supreme Court order; sworn in by the National Assembly 2026-01-05)")])
p("vladimir_padrino_lopez", "VEN", "Vladimir Padrino López", "Padrino López", "Vladimir Padrino", ru="Владимир Падрино Лопес", uk="Володимир Падріно Лопес", nosur=True,
  roles=[R("VENGOV", "Minister of Defence of Venezuela", "2014-10-24")], unsure=True)
p("diosdado_cabello", "VEN", "Diosdado Cabello", ru="Диосдадо Кабельо", uk="Діосдадо Кабельйо",
  roles=[R("VENGOV", "Minister of Interior of Venezuela", "2024-08-27")], unsure=True)
p("yvan_gil", "VEN", "Yván Gil", "Yvan Gil", ru="Иван Хиль", uk="Іван Хіль", nosur=True,
  roles=[R("VENGOV", "Minister of Foreign Affairs of Venezuela", "2023-03")], unsure=True)
p("juan_guaido", "VEN", "Juan Guaidó", ru="Хуан Гуайдо", uk="Хуан Гуайдо",
  roles=[R("VENOPP", "Opposition leader, self-proclaimed interim president of Venezuela", "2019-01-23", "2023-01-03")])
p("maria_corina_machado", "VEN", "María Corina Machado", "Maria Corina Machado", ru="Мария Корина Мачадо", uk="Марія Коріна Мачадо",
  note="2025 Nobel Peace Prize laureate",
  roles=[R("VENOPP", "Venezuelan opposition leader", "2023-10")])
p("edmundo_gonzalez_urrutia", "VEN", "Edmundo González Urrutia", "Edmundo González", "González Urrutia", ru="Эдмундо Гонсалес Уррутия", uk="Едмундо Гонсалес Уррутія", nosur=True,
  roles=[R("VENOPP", "Opposition presidential candidate (2024 election), in exile", "2024-04")])
p("gustavo_petro", "COL", "Gustavo Petro", ru="Густаво Петро", uk="Густаво Петро", nosur=True, en=["Petro"],
  note="surname alone listed in Latin script only and ambiguous: Petro is also a Ukrainian first name (Petro Poroshenko)",
  roles=[R("COLGOV", "President of Colombia", "2022-08-07")])
p("ivan_duque", "COL", "Iván Duque", ru="Иван Дуке", uk="Іван Дуке",
  roles=[R("COLGOV", "President of Colombia", "2018-08-07", "2022-08-07")])
p("juan_manuel_santos", "COL", "Juan Manuel Santos", ru="Хуан Мануэль Сантос", uk="Хуан Мануель Сантос", ambsur="Santos: very common surname",
  roles=[R("COLGOV", "President of Colombia", "2010-08-07", "2018-08-07")])
p("miguel_diaz_canel", "CUB", "Miguel Díaz-Canel", "Miguel Diaz-Canel", ru="Мигель Диас-Канель", uk="Мігель Діас-Канель",
  roles=[R("CUBGOV", "President of Cuba", "2018-04-19"),
         R("CUBGOV", "First Secretary of the Communist Party of Cuba", "2021-04-19")])
p("raul_castro", "CUB", "Raúl Castro", "Raul Castro", ru="Рауль Кастро", uk="Рауль Кастро", ambsur="Castro: also Fidel Castro and many others",
  roles=[R("CUBGOV", "President of Cuba", "2008-02-24", "2018-04-19"),
         R("CUBGOV", "First Secretary of the Communist Party of Cuba", "2011-04-19", "2021-04-19")])
p("manuel_marrero_cruz", "CUB", "Manuel Marrero Cruz", "Manuel Marrero", ru="Мануэль Марреро Крус", uk="Мануель Марреро Крус", nosur=True,
  roles=[R("CUBGOV", "Prime Minister of Cuba", "2019-12-21")])
p("bruno_rodriguez_parrilla", "CUB", "Bruno Rodríguez Parrilla", "Bruno Rodríguez", ru="Бруно Родригес Паррилья", uk="Бруно Родрігес Паррілья", nosur=True,
  roles=[R("CUBGOV", "Minister of Foreign Affairs of Cuba", "2009-03-02")])
p("luiz_inacio_lula_da_silva", "BRA", "Luiz Inácio Lula da Silva", "Lula da Silva", "Lula", q="Q37181", nosur=True,
  ru=["Луис Инасиу Лула да Силва", "Лула да Силва", "Лула"], uk=["Луїс Інасіу Лула да Сілва", "Лула да Сілва", "Лула"],
  roles=[R("BRAGOV", "President of Brazil", "2003-01-01", "2010-12-31"),
         R("BRAGOV", "President of Brazil", "2023-01-01")])
p("jair_bolsonaro", "BRA", "Jair Bolsonaro", q="Q10304982", ru="Жаир Болсонару", uk="Жаїр Болсонару",
  roles=[R("BRAGOV", "President of Brazil", "2019-01-01", "2022-12-31")])
p("michel_temer", "BRA", "Michel Temer", ru="Мишел Темер", uk="Мішел Темер",
  roles=[R("BRAGOV", "President of Brazil (acting from 2016-05-12)", "2016-05-12", "2018-12-31")])
p("dilma_rousseff", "BRA", "Dilma Rousseff", ru="Дилма Русеф", uk="Ділма Русеф",
  roles=[R("BRAGOV", "President of Brazil", "2011-01-01", "2016-08-31")])
p("mauro_vieira", "BRA", "Mauro Vieira", ru="Мауру Виейра", uk="Мауру Вієйра", ambsur="Vieira: common Portuguese surname",
  roles=[R("BRAGOV", "Minister of Foreign Affairs of Brazil", "2015-01-01", "2016-05-12"),
         R("BRAGOV", "Minister of Foreign Affairs of Brazil", "2023-01-01")])
p("jose_mucio", "BRA", "José Múcio", "José Múcio Monteiro", ru="Жозе Мусиу", uk="Жозе Мусіу",
  roles=[R("BRAGOV", "Minister of Defence of Brazil", "2023-01-01")])
p("celso_amorim", "BRA", "Celso Amorim", ru="Селсу Аморим", uk="Селсу Аморім",
  roles=[R("BRAGOV", "Chief Advisor on foreign affairs to the President of Brazil", "2023-01-01")])
p("javier_milei", "ARG", "Javier Milei", ru="Хавьер Милей", uk="Хав'єр Мілей",
  roles=[R("ARGGOV", "President of Argentina", "2023-12-10")])
p("alberto_fernandez", "ARG", "Alberto Fernández", ru="Альберто Фернандес", uk="Альберто Фернандес", nosur=True,
  note="surname Fernández is very common: not listed alone",
  roles=[R("ARGGOV", "President of Argentina", "2019-12-10", "2023-12-10")])
p("mauricio_macri", "ARG", "Mauricio Macri", ru="Маурисио Макри", uk="Мауріціо Макрі",
  roles=[R("ARGGOV", "President of Argentina", "2015-12-10", "2019-12-10")])
p("cristina_fernandez_de_kirchner", "ARG", "Cristina Fernández de Kirchner", "Cristina Kirchner", "Cristina Fernández", "Kirchner",
  ru="Кристина Фернандес де Киршнер", uk="Крістіна Фернандес де Кіршнер", nosur=True,
  note="surname Kirchner also refers to her late husband Néstor Kirchner",
  roles=[R("ARGGOV", "President of Argentina", "2007-12-10", "2015-12-10"),
         R("ARGGOV", "Vice President of Argentina", "2019-12-10", "2023-12-10")])
p("claudia_sheinbaum", "MEX", "Claudia Sheinbaum", ru="Клаудия Шейнбаум", uk="Клаудія Шейнбаум",
  roles=[R("MEXGOV", "President of Mexico", "2024-10-01")])
p("andres_manuel_lopez_obrador", "MEX", "Andrés Manuel López Obrador", "López Obrador", "AMLO", ru="Андрес Мануэль Лопес Обрадор", uk="Андрес Мануель Лопес Обрадор", nosur=True,
  roles=[R("MEXGOV", "President of Mexico", "2018-12-01", "2024-09-30")])
p("enrique_pena_nieto", "MEX", "Enrique Peña Nieto", "Peña Nieto", ru="Энрике Пенья Ньето", uk="Енріке Пенья Ньєто", nosur=True,
  roles=[R("MEXGOV", "President of Mexico", "2012-12-01", "2018-11-30")])
p("daniel_ortega", "NIC", "Daniel Ortega", ru="Даниэль Ортега", uk="Даніель Ортега", ambsur="Ortega: common Spanish surname",
  roles=[R("NICGOV", "President of Nicaragua", "2007-01-10")])
