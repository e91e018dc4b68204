# Russia: leadership, security and war figures; Russian-installed officials in occupied Ukraine.
from model import p, R, group

group("Russia")

p("vladimir_putin", "RUS", "Vladimir Putin", "Vladimir Vladimirovich Putin", "Vladimir V. Putin", q="Q7747", tr="ru",
  ru=["Владимир Путин", "Владимир Владимирович Путин"], uk=["Володимир Путін"], be=["Уладзімір Пуцін"],
  fr=["Vladimir Poutine", "Poutine"], de=["Wladimir Putin"], es=["Vladímir Putin", "Vladimir Putin"],
  it=["Vladimir Putin"], pl=["Władimir Putin", "Putin"],
  roles=[R("RUSGOV", "Prime Minister of Russia", "1999-08-16", "2000-05-07"),
         R("RUSGOV", "President of Russia (acting from 1999-12-31)", "1999-12-31", "2008-05-07"),
         R("RUSGOV", "Prime Minister of Russia", "2008-05-08", "2012-05-07"),
         R("RUSGOV", "President of Russia", "2012-05-07")])

p("mikhail_mishustin", "RUS", "Mikhail Mishustin", tr="ru",
  ru=["Михаил Мишустин"], uk=["Михайло Мішустін"], es=["Mijaíl Mishustin"],
  roles=[R("RUSGOV", "Prime Minister of Russia", "2020-01-16")])

p("dmitry_medvedev", "RUS", "Dmitry Medvedev", q="Q23530", tr="ru",
  ru=["Дмитрий Медведев", "Дмитрий Анатольевич Медведев"], uk=["Дмитро Медведєв"],
  fr=["Dmitri Medvedev"], de=["Dmitri Medwedew"], es=["Dmitri Medvédev"],
  roles=[R("RUSGOV", "President of Russia", "2008-05-07", "2012-05-07"),
         R("RUSGOV", "Prime Minister of Russia", "2012-05-08", "2020-01-15"),
         R("RUSGOV", "Deputy Chairman of the Security Council of Russia", "2020-01-16")])

p("sergey_lavrov", "RUS", "Sergey Lavrov", "Sergei Lavrov", tr="ru",
  ru=["Сергей Лавров", "Сергей Викторович Лавров"], uk=["Сергій Лавров"],
  fr=["Sergueï Lavrov"], de=["Sergej Lawrow"], es=["Serguéi Lavrov"], it=["Sergej Lavrov", "Sergei Lavrov"],
  pl=["Siergiej Ławrow", "Ławrow"],
  roles=[R("RUSGOV", "Permanent Representative of Russia to the United Nations", "1994", "2004-03-09"),
         R("RUSGOV", "Minister of Foreign Affairs of Russia", "2004-03-09")])

p("sergei_shoigu", "RUS", "Sergei Shoigu", "Sergey Shoigu", tr="ru",
  ru=["Сергей Шойгу", "Сергей Кужугетович Шойгу"], uk=["Сергій Шойгу"],
  fr=["Sergueï Choïgou", "Choïgou"], de=["Sergej Schoigu"], es=["Serguéi Shoigú", "Shoigú"], it=["Sergej Shoigu"],
  roles=[R("RUSGOV", "Minister of Emergency Situations of Russia", "1994-01-10", "2012-05-11"),
         R("RUSGOV", "Minister of Defence of Russia", "2012-11-06", "2024-05-12"),
         R("RUSGOV", "Secretary of the Security Council of Russia", "2024-05-12")])

p("andrei_belousov", "RUS", "Andrei Belousov", "Andrey Belousov", tr="ru",
  ru=["Андрей Белоусов"], uk=["Андрій Бєлоусов", "Андрій Білоусов"],
  fr=["Andreï Belooussov"], de=["Andrej Beloussow"], es=["Andréi Belousov", "Andréi Beloúsov"],
  roles=[R("RUSGOV", "First Deputy Prime Minister of Russia", "2020-01-21", "2024-05-14"),
         R("RUSGOV", "Minister of Defence of Russia", "2024-05-14")])

p("valery_gerasimov", "RUS", "Valery Gerasimov", "Valeriy Gerasimov", tr="ru",
  ru=["Валерий Герасимов"], uk=["Валерій Герасимов"],
  fr=["Valeri Guerassimov", "Valéri Guerassimov"], de=["Waleri Gerassimow"], es=["Valeri Guerásimov", "Guerásimov"],
  it=["Valerij Gerasimov"],
  roles=[R("RUSMIL", "Chief of the General Staff of the Russian Armed Forces", "2012-11-09"),
         R("RUSMIL", "Commander of the joint group of forces in Ukraine", "2023-01-11")])

p("dmitry_peskov", "RUS", "Dmitry Peskov", "Dmitri Peskov", tr="ru",
  ru=["Дмитрий Песков"], uk=["Дмитро Пєсков", "Дмитро Песков"],
  fr=["Dmitri Peskov"], de=["Dmitri Peskow"], es=["Dmitri Peskov"],
  roles=[R("RUSGOV", "Press Secretary of the President of Russia (Kremlin spokesman)", "2012-05-22")])

p("maria_zakharova", "RUS", "Maria Zakharova", tr="ru",
  ru=["Мария Захарова"], uk=["Марія Захарова"],
  fr=["Maria Zakharova"], de=["Maria Sacharowa"], es=["María Zajárova", "Zajárova"], it=["Maria Zakharova"],
  roles=[R("RUSGOV", "Spokeswoman of the Russian Ministry of Foreign Affairs", "2015-08-10")])

p("nikolai_patrushev", "RUS", "Nikolai Patrushev", tr="ru",
  ru=["Николай Патрушев"], uk=["Микола Патрушев"], fr=["Nikolaï Patrouchev"],
  roles=[R("RUSSPY", "Director of the Federal Security Service (FSB)", "1999-08-09", "2008-05-12"),
         R("RUSGOV", "Secretary of the Security Council of Russia", "2008-05-12", "2024-05-12"),
         R("RUSGOV", "Aide to the President of Russia (shipbuilding, maritime board)", "2024-05-14")])

p("sergey_naryshkin", "RUS", "Sergey Naryshkin", tr="ru",
  ru=["Сергей Нарышкин"], uk=["Сергій Наришкін"], fr=["Sergueï Narychkine"], de=["Sergej Naryschkin"],
  roles=[R("RUSLEG", "Chairman of the State Duma", "2011-12-21", "2016-10-05"),
         R("RUSSPY", "Director of the Foreign Intelligence Service (SVR)", "2016-10-05")])

p("alexander_bortnikov", "RUS", "Alexander Bortnikov", tr="ru",
  ru=["Александр Бортников"], uk=["Олександр Бортніков"],
  roles=[R("RUSSPY", "Director of the Federal Security Service (FSB)", "2008-05-12")])

p("yevgeny_prigozhin", "RUS", "Yevgeny Prigozhin", tr="ru",
  ru=["Евгений Пригожин"], uk=["Євген Пригожин"],
  fr=["Evgueni Prigojine", "Prigojine"], de=["Jewgeni Prigoschin"], es=["Yevgueni Prigozhin", "Evgueni Prigozhin"],
  it=["Evgenij Prigozhin", "Yevgeny Prigozhin"],
  note="founder and head of the Wagner private military company; led the June 2023 mutiny; killed in a plane crash 2023-08-23",
  roles=[R("RUSMIL", "Head of the Wagner Group (private military company)", "2014", "2023-08-23")])

p("ramzan_kadyrov", "RUS", "Ramzan Kadyrov", tr="ru",
  ru=["Рамзан Кадыров", "Рамзан Ахматович Кадыров"], uk=["Рамзан Кадиров"],
  fr=["Ramzan Kadyrov"], de=["Ramsan Kadyrow"], es=["Ramzán Kadírov", "Kadírov"],
  note="surname Kadyrov also used for his father Akhmad Kadyrov (killed 2004)",
  roles=[R("RUSGOV", "Head of the Chechen Republic (acting until 2007-04-05)", "2007-02-15")])

p("sergei_surovikin", "RUS", "Sergei Surovikin", tr="ru",
  ru=["Сергей Суровикин"], uk=["Сергій Суровікін"], fr=["Sergueï Sourovikine"], de=["Sergej Surowikin"],
  roles=[R("RUSMIL", "Commander-in-Chief of the Russian Aerospace Forces", "2017-10-31", "2023-08-22"),
         R("RUSMIL", "Commander of the joint group of forces in Ukraine", "2022-10-08", "2023-01-11")])

p("vasily_nebenzya", "RUS", "Vasily Nebenzya", "Vassily Nebenzia", "Vasily Nebenzia", tr="ru",
  ru=["Василий Небензя"], uk=["Василь Небензя"], fr=["Vassili Nebenzia"],
  roles=[R("RUSGOV", "Permanent Representative of Russia to the United Nations", "2017-07-27")])

p("sergei_ryabkov", "RUS", "Sergei Ryabkov", tr="ru",
  ru=["Сергей Рябков"], uk=["Сергій Рябков"], fr=["Sergueï Riabkov"],
  roles=[R("RUSGOV", "Deputy Minister of Foreign Affairs of Russia", "2008-01")])

p("yuri_ushakov", "RUS", "Yuri Ushakov", tr="ru",
  ru=["Юрий Ушаков"], uk=["Юрій Ушаков"], fr=["Iouri Ouchakov"], de=["Juri Uschakow"],
  roles=[R("RUSGOV", "Aide to the President of Russia for foreign policy", "2012-05-21")])

p("kirill_dmitriev", "RUS", "Kirill Dmitriev", tr="ru",
  ru=["Кирилл Дмитриев"], uk=["Кирило Дмитрієв"], fr=["Kirill Dmitriev"], de=["Kirill Dmitrijew"],
  roles=[R("RUSBUS", "Chief Executive of the Russian Direct Investment Fund (RDIF)", "2011"),
         R("RUSGOV", "Special Presidential Envoy for investment and economic cooperation with foreign countries", "2025-02")])

p("vladimir_medinsky", "RUS", "Vladimir Medinsky", tr="ru",
  ru=["Владимир Мединский"], uk=["Володимир Мединський"], fr=["Vladimir Medinski"], de=["Wladimir Medinski"],
  note="led the Russian delegation at the Istanbul talks with Ukraine (2022, 2025)",
  roles=[R("RUSGOV", "Minister of Culture of Russia", "2012-05-21", "2020-01-21"),
         R("RUSGOV", "Aide to the President of Russia", "2020-01")])

p("valentina_matviyenko", "RUS", "Valentina Matviyenko", tr="ru",
  ru=["Валентина Матвиенко"], uk=["Валентина Матвієнко"], fr=["Valentina Matvienko"], de=["Walentina Matwijenko"],
  roles=[R("RUSLEG", "Chairwoman of the Federation Council of Russia", "2011-09-21")])

p("vyacheslav_volodin", "RUS", "Vyacheslav Volodin", tr="ru",
  ru=["Вячеслав Володин"], uk=["В'ячеслав Володін"], fr=["Viatcheslav Volodine"], de=["Wjatscheslaw Wolodin"],
  roles=[R("RUSLEG", "Chairman of the State Duma", "2016-10-05")])

p("alexei_navalny", "RUS", "Alexei Navalny", "Alexey Navalny", tr="ru",
  ru=["Алексей Навальный"], uk=["Олексій Навальний"], fr=["Alexeï Navalny"], de=["Alexej Nawalny"], es=["Alexéi Navalni"],
  note="died in an Arctic penal colony 2024-02-16",
  roles=[R("RUSOPP", "Opposition leader, founder of the Anti-Corruption Foundation (FBK)", "2011", "2024-02-16")])

p("yulia_navalnaya", "RUS", "Yulia Navalnaya", tr="ru",
  ru=["Юлия Навальная"], uk=["Юлія Навальна"], fr=["Ioulia Navalnaïa"], de=["Julija Nawalnaja"], es=["Yulia Navalnaya"],
  roles=[R("RUSOPP", "Opposition figure, widow of Alexei Navalny", "2024-02")])

p("viktor_zolotov", "RUS", "Viktor Zolotov", tr="ru",
  ru=["Виктор Золотов"], uk=["Віктор Золотов"],
  roles=[R("RUSCOP", "Director of the National Guard of Russia (Rosgvardia)", "2016-04-05")])

p("alexei_dyumin", "RUS", "Alexei Dyumin", tr="ru",
  ru=["Алексей Дюмин"], uk=["Олексій Дюмін"], fr=["Alexeï Dioumine"],
  roles=[R("RUSGOV", "Governor of Tula Oblast", "2016-02-02", "2024-05-14"),
         R("RUSGOV", "Aide to the President and Secretary of the State Council of Russia", "2024-05-14")])

p("sergei_kiriyenko", "RUS", "Sergei Kiriyenko", "Sergei Kiriyenko", tr="ru",
  ru=["Сергей Кириенко"], uk=["Сергій Кирієнко"], fr=["Sergueï Kirienko"], de=["Sergej Kirijenko"],
  roles=[R("RUSGOV", "First Deputy Chief of Staff of the Presidential Administration of Russia", "2016-10-05")])

p("anton_vaino", "RUS", "Anton Vaino", tr="ru",
  ru=["Антон Вайно"], uk=["Антон Вайно"],
  roles=[R("RUSGOV", "Chief of Staff of the Presidential Administration of Russia", "2016-08-12")])

p("yunus_bek_yevkurov", "RUS", "Yunus-Bek Yevkurov", tr="ru",
  ru=["Юнус-Бек Евкуров"], uk=["Юнус-Бек Євкуров"], fr=["Iounous-Bek Evkourov"],
  roles=[R("RUSGOV", "Head of the Republic of Ingushetia", "2008-10-31", "2019-06-26"),
         R("RUSGOV", "Deputy Minister of Defence of Russia", "2019-06")])

p("igor_konashenkov", "RUS", "Igor Konashenkov", tr="ru",
  ru=["Игорь Конашенков"], uk=["Ігор Конашенков"], fr=["Igor Konachenkov"], de=["Igor Konaschenkow"],
  note="start date approximate",
  roles=[R("RUSMIL", "Spokesman of the Russian Ministry of Defence", "2011")])

p("alexander_grushko", "RUS", "Alexander Grushko", tr="ru",
  ru=["Александр Грушко"], uk=["Олександр Грушко"], fr=["Alexandre Grouchko"],
  roles=[R("RUSGOV", "Deputy Minister of Foreign Affairs of Russia", "2018-01")], unsure=True)

group("Russian-backed separatists and Russian-installed officials in occupied Ukraine")

p("denis_pushilin", "UKR", "Denis Pushilin", tr="ru",
  ru=["Денис Пушилин"], uk=["Денис Пушилін"], fr=["Denis Pouchiline"], de=["Denis Puschilin"],
  note="head of the self-proclaimed 'Donetsk People's Republic'; Russian-appointed after the 2022 annexation claim",
  roles=[R("UKRREB", "Head of the self-proclaimed Donetsk People's Republic (acting until 2018-11)", "2018-09-07", "2022-09-30"),
         R("RUSGOV", "Russian-installed head of the 'Donetsk People's Republic'", "2022-10")])

p("leonid_pasechnik", "UKR", "Leonid Pasechnik", tr="ru",
  ru=["Леонид Пасечник"], uk=["Леонід Пасічник"], fr=["Leonid Passetchnik"], de=["Leonid Passetschnik"],
  roles=[R("UKRREB", "Head of the self-proclaimed Luhansk People's Republic", "2017-11-24", "2022-09-30"),
         R("RUSGOV", "Russian-installed head of the 'Luhansk People's Republic'", "2022-10")])

p("alexander_zakharchenko", "UKR", "Alexander Zakharchenko", tr="ru",
  ru=["Александр Захарченко"], uk=["Олександр Захарченко"], fr=["Alexandre Zakhartchenko"], de=["Alexander Sachartschenko"],
  note="killed in a bombing in Donetsk 2018-08-31",
  roles=[R("UKRREB", "Head of the self-proclaimed Donetsk People's Republic", "2014-08-07", "2018-08-31")])

p("igor_girkin", "RUS", "Igor Girkin", "Igor Strelkov", tr="ru",
  ru=["Игорь Гиркин", "Игорь Стрелков"], uk=["Ігор Гіркін", "Ігор Стрєлков"],
  fr=["Igor Guirkine", "Igor Strelkov", "Strelkov"], de=["Igor Girkin", "Igor Strelkow", "Strelkow"],
  note="alias Strelkov; convicted in absentia in the Netherlands for the MH17 downing (2022-11-17); jailed in Russia 2024",
  roles=[R("UKRREB", "Military commander of the self-proclaimed Donetsk People's Republic", "2014-04", "2014-08-14")])

p("sergey_aksyonov", "RUS", "Sergey Aksyonov", "Sergei Aksyonov", "Sergey Aksenov", tr="ru",
  ru=["Сергей Аксёнов"], uk=["Сергій Аксьонов"], fr=["Sergueï Axionov", "Sergueï Aksionov"], de=["Sergej Aksjonow"],
  note="head of Russian-annexed Crimea",
  roles=[R("RUSGOV", "Russian-installed head of the Republic of Crimea (prime minister from 2014-02-27)", "2014-02-27")])

p("vladimir_saldo", "RUS", "Vladimir Saldo", tr="ru",
  ru=["Владимир Сальдо"], uk=["Володимир Сальдо"],
  roles=[R("RUSGOV", "Russian-installed head of occupied Kherson region", "2022-04-26")])

p("yevgeny_balitsky", "RUS", "Yevgeny Balitsky", tr="ru",
  ru=["Евгений Балицкий"], uk=["Євген Балицький"], fr=["Evgueni Balitski"], de=["Jewgeni Balizki"],
  roles=[R("RUSGOV", "Russian-installed head of occupied Zaporizhzhia region", "2022-05-09")])
