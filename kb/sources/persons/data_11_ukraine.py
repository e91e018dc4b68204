# Ukraine: presidents, prime ministers, foreign and defence ministers, military and security chiefs.
from model import p, R, group

group("Ukraine")

p("volodymyr_zelensky", "UKR", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy",
  "Zelensky", "Zelenskyy", "Zelenskiy", q="Q3881980", tr=("uk", "ru"),
  uk=["Володимир Зеленський", "Володимир Олександрович Зеленський"], ru=["Владимир Зеленский"],
  be=["Уладзімір Зяленскі"],
  fr=["Volodymyr Zelensky", "Volodymyr Zelenski", "Zelensky", "Zelenski", "Volodymyr Zelenskyy"],
  de=["Wolodymyr Selenskyj", "Selenskyj", "Wolodimir Selenski", "Selenski"],
  es=["Volodímir Zelenski", "Volodimir Zelenski", "Zelenski", "Zelensky", "Volodymyr Zelensky"],
  it=["Volodymyr Zelensky", "Zelensky", "Zelenskyj", "Volodymyr Zelenskyj"],
  pl=["Wołodymyr Zełenski", "Zełenski"],
  roles=[R("UKRGOV", "President of Ukraine", "2019-05-20")])

p("petro_poroshenko", "UKR", "Petro Poroshenko", tr=("uk", "ru"),
  uk=["Петро Порошенко"], ru=["Пётр Порошенко", "Петр Порошенко"],
  fr=["Petro Porochenko", "Porochenko"], de=["Petro Poroschenko", "Poroschenko"], es=["Petró Poroshenko"],
  pl=["Petro Poroszenko", "Poroszenko"],
  roles=[R("UKRGOV", "Minister of Foreign Affairs of Ukraine", "2009-10-09", "2010-03-11"),
         R("UKRGOV", "President of Ukraine", "2014-06-07", "2019-05-20"),
         R("UKROPP", "Opposition leader (European Solidarity) in the Verkhovna Rada", "2019-08-29")])

p("oleksandr_turchynov", "UKR", "Oleksandr Turchynov", tr=("uk", "ru"),
  uk=["Олександр Турчинов"], ru=["Александр Турчинов"], fr=["Oleksandr Tourtchynov"], de=["Oleksandr Turtschynow"],
  roles=[R("UKRLEG", "Chairman of the Verkhovna Rada", "2014-02-22", "2014-11-27"),
         R("UKRGOV", "Acting President of Ukraine", "2014-02-23", "2014-06-07"),
         R("UKRGOV", "Secretary of the National Security and Defence Council of Ukraine", "2014-12-16", "2019-05-19")])

p("viktor_yanukovych", "UKR", "Viktor Yanukovych", tr=("uk", "ru"),
  uk=["Віктор Янукович"], ru=["Виктор Янукович"], fr=["Viktor Ianoukovitch", "Ianoukovitch"],
  de=["Wiktor Janukowytsch", "Viktor Janukowytsch", "Janukowytsch"], es=["Víktor Yanukóvich", "Yanukóvich"],
  pl=["Wiktor Janukowycz", "Janukowycz"],
  note="fled to Russia 2014-02-22 (removed by the Verkhovna Rada)",
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2006-08-04", "2007-12-18"),
         R("UKRGOV", "President of Ukraine", "2010-02-25", "2014-02-22")])

p("arseniy_yatsenyuk", "UKR", "Arseniy Yatsenyuk", tr=("uk", "ru"),
  uk=["Арсеній Яценюк"], ru=["Арсений Яценюк"], fr=["Arseni Iatseniouk", "Iatseniouk"], de=["Arsenij Jazenjuk", "Jazenjuk"],
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2014-02-27", "2016-04-14")])

p("volodymyr_groysman", "UKR", "Volodymyr Groysman", "Volodymyr Hroisman", tr=("uk", "ru"),
  uk=["Володимир Гройсман"], ru=["Владимир Гройсман"], fr=["Volodymyr Groïsman"], de=["Wolodymyr Hrojsman"],
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2016-04-14", "2019-08-29")])

p("oleksiy_honcharuk", "UKR", "Oleksiy Honcharuk", tr=("uk", "ru"),
  uk=["Олексій Гончарук"], ru=["Алексей Гончарук"], fr=["Oleksiï Hontcharouk"],
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2019-08-29", "2020-03-04")])

p("denys_shmyhal", "UKR", "Denys Shmyhal", tr=("uk", "ru"),
  uk=["Денис Шмигаль"], ru=["Денис Шмыгаль"], fr=["Denys Chmyhal", "Chmyhal"], de=["Denys Schmyhal", "Schmyhal"],
  es=["Denís Shmigal", "Shmigal"],
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2020-03-04", "2025-07-16"),
         R("UKRGOV", "First Deputy Prime Minister and Minister of Defence of Ukraine", "2025-07-17", "2026-01-13"),
         R("UKRGOV", "First Deputy Prime Minister and Minister of Energy of Ukraine", "2026-01-14", src="press reports, January 2026 (Kyiv Independent, Interfax-Ukraine, UNN)")])

p("yulia_svyrydenko", "UKR", "Yulia Svyrydenko", "Yuliia Svyrydenko", tr=("uk", "ru"),
  uk=["Юлія Свириденко"], ru=["Юлия Свириденко"], fr=["Ioulia Svyrydenko"], de=["Julija Swyrydenko"],
  roles=[R("UKRGOV", "First Deputy Prime Minister and Minister of Economy of Ukraine", "2021-11-04", "2025-07-16"),
         R("UKRGOV", "Prime Minister of Ukraine", "2025-07-17")])

p("yulia_tymoshenko", "UKR", "Yulia Tymoshenko", tr=("uk", "ru"),
  uk=["Юлія Тимошенко"], ru=["Юлия Тимошенко"], fr=["Ioulia Timochenko", "Timochenko"], de=["Julija Tymoschenko", "Julia Timoschenko", "Timoschenko"],
  es=["Yulia Timoshenko", "Timoshenko"], it=["Yulia Timoshenko", "Timoshenko"], pl=["Julia Tymoszenko", "Tymoszenko"],
  roles=[R("UKRGOV", "Prime Minister of Ukraine", "2007-12-18", "2010-03-04"),
         R("UKROPP", "Leader of the Batkivshchyna party (opposition)", "2014")])

p("pavlo_klimkin", "UKR", "Pavlo Klimkin", tr=("uk", "ru"),
  uk=["Павло Клімкін"], ru=["Павел Климкин"], fr=["Pavlo Klimkine"],
  roles=[R("UKRGOV", "Minister of Foreign Affairs of Ukraine", "2014-06-19", "2019-08-29")])

p("vadym_prystaiko", "UKR", "Vadym Prystaiko", tr=("uk", "ru"),
  uk=["Вадим Пристайко"], ru=["Вадим Пристайко"],
  roles=[R("UKRGOV", "Minister of Foreign Affairs of Ukraine", "2019-08-29", "2020-03-04"),
         R("UKRGOV", "Ambassador of Ukraine to the United Kingdom", "2020-07", "2023-07")])

p("dmytro_kuleba", "UKR", "Dmytro Kuleba", tr=("uk", "ru"),
  uk=["Дмитро Кулеба"], ru=["Дмитрий Кулеба"], fr=["Dmytro Kouleba", "Kouleba"], es=["Dmitró Kuleba"],
  roles=[R("UKRGOV", "Minister of Foreign Affairs of Ukraine", "2020-03-04", "2024-09-05")])

p("andrii_sybiha", "UKR", "Andrii Sybiha", "Andriy Sybiha", tr=("uk", "ru"),
  uk=["Андрій Сибіга"], ru=["Андрей Сибига"], fr=["Andriï Sybiha", "Andrii Sybiha"], de=["Andrij Sybiha"],
  es=["Andrí Sibiga", "Andrii Sybiha", "Sibiga"], it=["Andrii Sybiha", "Andrij Sybiha"],
  roles=[R("UKRGOV", "Minister of Foreign Affairs of Ukraine", "2024-09-05")])

p("stepan_poltorak", "UKR", "Stepan Poltorak", tr=("uk", "ru"),
  uk=["Степан Полторак"], ru=["Степан Полторак"],
  roles=[R("UKRGOV", "Minister of Defence of Ukraine", "2014-10-14", "2019-08-29")])

p("andriy_zagorodnyuk", "UKR", "Andriy Zagorodnyuk", "Andrii Zahorodniuk", tr=("uk", "ru"),
  uk=["Андрій Загороднюк"], ru=["Андрей Загороднюк"],
  roles=[R("UKRGOV", "Minister of Defence of Ukraine", "2019-08-29", "2020-03-04")])

p("andrii_taran", "UKR", "Andrii Taran", tr=("uk", "ru"),
  uk=["Андрій Таран"], ru=["Андрей Таран"], nosur=True,
  roles=[R("UKRGOV", "Minister of Defence of Ukraine", "2020-03-04", "2021-11-03")])

p("oleksii_reznikov", "UKR", "Oleksii Reznikov", tr=("uk", "ru"),
  uk=["Олексій Резніков"], ru=["Алексей Резников"], fr=["Oleksiï Reznikov"], de=["Oleksij Resnikow"],
  roles=[R("UKRGOV", "Deputy Prime Minister for the Reintegration of Temporarily Occupied Territories", "2020-03-04", "2021-11-03"),
         R("UKRGOV", "Minister of Defence of Ukraine", "2021-11-04", "2023-09-05")])

p("rustem_umerov", "UKR", "Rustem Umerov", tr=("uk", "ru"),
  uk=["Рустем Умєров"], ru=["Рустем Умеров"], fr=["Roustem Oumerov", "Oumerov"], de=["Rustem Umjerow"], es=["Rustem Umérov"],
  note="led Ukrainian delegations in the 2025 talks with Russia (Istanbul) and the United States",
  roles=[R("UKRGOV", "Head of the State Property Fund of Ukraine", "2022-09-07", "2023-09-06"),
         R("UKRGOV", "Minister of Defence of Ukraine", "2023-09-06", "2025-07-17"),
         R("UKRGOV", "Secretary of the National Security and Defence Council of Ukraine", "2025-07-18", src="public record; presidential decree No. 496/2025 of 2025-07-18")])

p("valerii_zaluzhnyi", "UKR", "Valerii Zaluzhnyi", "Valery Zaluzhny", "Valeriy Zaluzhnyi", "Valerii Zaluzhny", tr=("uk", "ru"),
  uk=["Валерій Залужний"], ru=["Валерий Залужный"],
  fr=["Valeri Zaloujny", "Valerii Zaloujny", "Zaloujny", "Valeri Zaluzhny"], de=["Walerij Saluschnyj", "Saluschnyj"],
  es=["Valeri Zaluzhni", "Valeri Zaluzhny", "Zaluzhni"], it=["Valerij Zaluzhny", "Valery Zaluzhny"],
  roles=[R("UKRMIL", "Commander-in-Chief of the Armed Forces of Ukraine", "2021-07-27", "2024-02-08"),
         R("UKRGOV", "Ambassador of Ukraine to the United Kingdom", "2024-05-09")])

p("oleksandr_syrskyi", "UKR", "Oleksandr Syrskyi", "Oleksandr Syrsky", "Alexander Syrsky", tr=("uk", "ru"),
  uk=["Олександр Сирський"], ru=["Александр Сырский"], fr=["Oleksandr Syrsky", "Syrsky", "Syrskyi"], de=["Oleksandr Syrskyj", "Syrskyj"],
  es=["Oleksandr Sirski", "Sirski", "Syrski"], it=["Oleksandr Syrsky", "Oleksandr Syrskyi"],
  roles=[R("UKRMIL", "Commander of the Ukrainian Ground Forces", "2019-08-05", "2024-02-08"),
         R("UKRMIL", "Commander-in-Chief of the Armed Forces of Ukraine", "2024-02-08")])

p("serhiy_shaptala", "UKR", "Serhiy Shaptala", "Serhii Shaptala", tr=("uk", "ru"),
  uk=["Сергій Шаптала"], ru=["Сергей Шаптала"], fr=["Serhiï Chaptala"],
  roles=[R("UKRMIL", "Chief of the General Staff of the Armed Forces of Ukraine", "2021-07-28", "2024-02-09")])

p("anatolii_barhylevych", "UKR", "Anatolii Barhylevych", "Anatoliy Barhylevych", tr=("uk", "ru"),
  uk=["Анатолій Баргилевич"], ru=["Анатолий Баргилевич"],
  roles=[R("UKRMIL", "Chief of the General Staff of the Armed Forces of Ukraine", "2024-02-09", "2025-03-16"),
         R("UKRGOV", "Chief Inspector of the Ministry of Defence of Ukraine", "2025-03")])

p("andrii_hnatov", "UKR", "Andrii Hnatov", "Andriy Hnatov", tr=("uk", "ru"),
  uk=["Андрій Гнатов"], ru=["Андрей Гнатов"],
  roles=[R("UKRMIL", "Chief of the General Staff of the Armed Forces of Ukraine", "2025-03-16", src="public record; presidential decrees reported 2025-03-16")])

p("ruslan_khomchak", "UKR", "Ruslan Khomchak", tr=("uk", "ru"),
  uk=["Руслан Хомчак"], ru=["Руслан Хомчак"], fr=["Rouslan Khomtchak"],
  roles=[R("UKRMIL", "Chief of the General Staff of the Armed Forces of Ukraine", "2019-05-21", "2021-07-28"),
         R("UKRMIL", "Commander-in-Chief of the Armed Forces of Ukraine", "2020-03", "2021-07-27")])

p("viktor_muzhenko", "UKR", "Viktor Muzhenko", tr=("uk", "ru"),
  uk=["Віктор Муженко"], ru=["Виктор Муженко"], fr=["Viktor Moujenko"],
  roles=[R("UKRMIL", "Chief of the General Staff of the Armed Forces of Ukraine", "2014-07-03", "2019-05-21")])

p("kyrylo_budanov", "UKR", "Kyrylo Budanov", "Kirill Budanov", tr=("uk", "ru"),
  uk=["Кирило Буданов"], ru=["Кирилл Буданов"], fr=["Kyrylo Boudanov", "Boudanov"], de=["Kyrylo Budanow", "Budanow"],
  es=["Kirilo Budánov", "Budánov"],
  roles=[R("UKRSPY", "Head of the Main Directorate of Intelligence (HUR) of the Ministry of Defence of Ukraine", "2020-08-05", "2026-01-02"),
         R("UKRGOV", "Head of the Office of the President of Ukraine", "2026-01-02", src="press reports, January 2026 (Kyiv Independent, Interfax-Ukraine, UNN)")])

p("andriy_yermak", "UKR", "Andriy Yermak", "Andrii Yermak", tr=("uk", "ru"),
  uk=["Андрій Єрмак"], ru=["Андрей Ермак"], fr=["Andriï Iermak", "Iermak"], de=["Andrij Jermak", "Jermak"], es=["Andrí Yermak"],
  note="resigned 2025-11-28 after anti-corruption searches",
  roles=[R("UKRGOV", "Head of the Office of the President of Ukraine", "2020-02-11", "2025-11-28")])

p("oleksiy_danilov", "UKR", "Oleksiy Danilov", tr=("uk", "ru"),
  uk=["Олексій Данілов"], ru=["Алексей Данилов"], fr=["Oleksiï Danilov"], de=["Oleksij Danilow"],
  roles=[R("UKRGOV", "Secretary of the National Security and Defence Council of Ukraine", "2019-10-03", "2024-03-26")])

p("oleksandr_lytvynenko", "UKR", "Oleksandr Lytvynenko", tr=("uk", "ru"),
  uk=["Олександр Литвиненко"], ru=["Александр Литвиненко"], nosur=True,
  note="surname Lytvynenko/Litvinenko shared with other persons",
  roles=[R("UKRGOV", "Secretary of the National Security and Defence Council of Ukraine", "2024-03-26", "2025-07-18")])

p("vasyl_maliuk", "UKR", "Vasyl Maliuk", "Vasyl Malyuk", tr=("uk", "ru"),
  uk=["Василь Малюк"], ru=["Василий Малюк"], fr=["Vassyl Maliouk"],
  roles=[R("UKRSPY", "Head of the Security Service of Ukraine (SBU) (acting until 2023-02-07)", "2022-07-18", "2026-01-13",
           src="public record; dismissal voted by the Verkhovna Rada 2026-01-13 (press reports)")])

p("mykhailo_fedorov", "UKR", "Mykhailo Fedorov", tr=("uk", "ru"),
  uk=["Михайло Федоров"], ru=["Михаил Федоров"], fr=["Mykhaïlo Fedorov"], de=["Mychajlo Fedorow"],
  roles=[R("UKRGOV", "Vice Prime Minister and Minister of Digital Transformation of Ukraine", "2019-08-29", "2026-01-13"),
         R("UKRGOV", "Minister of Defence of Ukraine", "2026-01-14", src="press reports, January 2026 (Kyiv Independent, Interfax-Ukraine, UNN)")])
p("oleh_ivashchenko", "UKR", "Oleh Ivashchenko", tr=("uk", "ru"),
  uk=["Олег Іващенко"], ru=["Олег Иващенко"], fr=["Oleh Ivachtchenko"], de=["Oleh Iwaschtschenko"], pl=["Ołeh Iwaszczenko"],
  roles=[R("UKRSPY", "Head of the Foreign Intelligence Service of Ukraine", "2024-03", "2026-01-02"),
         R("UKRSPY", "Head of the Main Directorate of Intelligence (HUR) of the Ministry of Defence of Ukraine", "2026-01-02", src="press reports, January 2026 (Kyiv Independent, Interfax-Ukraine, UNN)")])
p("mykhailo_podolyak", "UKR", "Mykhailo Podolyak", "Mykhailo Podoliak", tr=("uk", "ru"),
  uk=["Михайло Подоляк"], ru=["Михаил Подоляк"], fr=["Mykhaïlo Podoliak"], de=["Mychajlo Podoljak"],
  roles=[R("UKRGOV", "Adviser to the Head of the Office of the President of Ukraine", "2020")])

p("ruslan_stefanchuk", "UKR", "Ruslan Stefanchuk", tr=("uk", "ru"),
  uk=["Руслан Стефанчук"], ru=["Руслан Стефанчук"], fr=["Rouslan Stefantchouk"],
  roles=[R("UKRLEG", "Chairman of the Verkhovna Rada", "2021-10-08")])

p("ihor_klymenko", "UKR", "Ihor Klymenko", tr=("uk", "ru"),
  uk=["Ігор Клименко"], ru=["Игорь Клименко"], nosur=True,
  roles=[R("UKRGOV", "Minister of Internal Affairs of Ukraine", "2023-02-07")])

p("arsen_avakov", "UKR", "Arsen Avakov", tr=("uk", "ru"),
  uk=["Арсен Аваков"], ru=["Арсен Аваков"],
  roles=[R("UKRGOV", "Minister of Internal Affairs of Ukraine", "2014-02-22", "2021-07-15")])

p("yurii_ihnat", "UKR", "Yurii Ihnat", "Yuriy Ihnat", "Yuri Ignat", tr=("uk", "ru"),
  uk=["Юрій Ігнат"], ru=["Юрий Игнат"], fr=["Iouri Ihnat"],
  note="dates approximate", unsure=True,
  roles=[R("UKRMIL", "Spokesman of the Ukrainian Air Force", "2021")])

p("vitali_klitschko", "UKR", "Vitali Klitschko", "Vitaliy Klitschko",
  uk=["Віталій Кличко"], ru=["Виталий Кличко"], pl=["Witalij Kliczko", "Kliczko"], es=["Vitali Klitschkó"],
  note="surname Klitschko shared with his brother Wladimir Klitschko",
  roles=[R("UKRGOV", "Mayor of Kyiv", "2014-06-05")])
