# Belarus: president, government, military and security figures, opposition.
from model import p, R, group

group("Belarus")

p("alexander_lukashenko", "BLR", "Alexander Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka",
  "Aliaksandr Lukashenka", "Lukashenko", "Lukashenka", tr=("ru", "be"),
  ru=["Александр Лукашенко", "Александр Григорьевич Лукашенко"], be=["Аляксандр Лукашэнка", "Аляксандр Рыгоравіч Лукашэнка"],
  uk=["Олександр Лукашенко", "Олександр Григорович Лукашенко"],
  fr=["Alexandre Loukachenko", "Loukachenko", "Alexandre Lukashenko", "Lukashenko", "Alexandre Loukachenka"],
  de=["Alexander Lukaschenko", "Lukaschenko", "Alexander Lukashenko"],
  es=["Alexandr Lukashenko", "Aleksandr Lukashenko", "Alexander Lukashenko", "Lukashenko"],
  it=["Aleksandr Lukashenko", "Alexander Lukashenko", "Lukashenko"],
  pl=["Aleksandr Łukaszenka", "Alaksandr Łukaszenka", "Łukaszenka", "Aleksander Łukaszenko", "Łukaszenko"],
  roles=[R("BLRGOV", "President of Belarus", "1994-07-20")])

p("andrei_kobyakov", "BLR", "Andrei Kobyakov", tr=("ru", "be"),
  ru=["Андрей Кобяков"], be=["Андрэй Кабякоў"], uk=["Андрій Кобяков"], fr=["Andreï Kobiakov"],
  roles=[R("BLRGOV", "Prime Minister of Belarus", "2014-12-27", "2018-08-18")])

p("sergei_rumas", "BLR", "Sergei Rumas", tr=("ru", "be"),
  ru=["Сергей Румас"], be=["Сяргей Румас"], uk=["Сергій Румас"], fr=["Sergueï Roumas"],
  roles=[R("BLRGOV", "Prime Minister of Belarus", "2018-08-18", "2020-06-03")])

p("roman_golovchenko", "BLR", "Roman Golovchenko", tr=("ru", "be"),
  ru=["Роман Головченко"], be=["Раман Галоўчанка"], uk=["Роман Головченко"], fr=["Roman Golovtchenko"],
  roles=[R("BLRGOV", "Prime Minister of Belarus", "2020-06-04", "2025-03-10"),
         R("BLRGOV", "Chairman of the Board of the National Bank of Belarus", "2025-03-10", src="public record; president.gov.by, 2025-03-10")])

p("alexander_turchin", "BLR", "Alexander Turchin", tr=("ru", "be"),
  ru=["Александр Турчин"], be=["Аляксандр Турчын"], uk=["Олександр Турчин"], fr=["Alexandre Tourtchine"],
  roles=[R("BLRGOV", "Governor of Minsk Oblast", "2019-12", "2025-03-10"),
         R("BLRGOV", "Prime Minister of Belarus", "2025-03-10", src="public record; president.gov.by, 2025-03-10")])

p("vladimir_makei", "BLR", "Vladimir Makei", "Uladzimir Makei", tr=("ru", "be"),
  ru=["Владимир Макей"], be=["Уладзімір Макей"], uk=["Володимир Макей"], fr=["Vladimir Makeï"], de=["Wladimir Makej"],
  note="died in office 2022-11-26",
  roles=[R("BLRGOV", "Minister of Foreign Affairs of Belarus", "2012-08-20", "2022-11-26")])

p("sergei_aleinik", "BLR", "Sergei Aleinik", tr=("ru", "be"),
  ru=["Сергей Алейник"], be=["Сяргей Алейнік"], uk=["Сергій Алейник"], fr=["Sergueï Aleïnik"],
  roles=[R("BLRGOV", "Minister of Foreign Affairs of Belarus", "2022-12-09", "2024-06-27")])

p("maxim_ryzhenkov", "BLR", "Maxim Ryzhenkov", "Maksim Ryzhenkov", tr=("ru", "be"),
  ru=["Максим Рыженков"], be=["Максім Рыжанкоў"], uk=["Максим Риженков"], fr=["Maxime Ryjenkov", "Maxim Ryjenkov"],
  roles=[R("BLRGOV", "Minister of Foreign Affairs of Belarus", "2024-06-27", src="public record; BelTA, 2024-06-27")])

p("andrei_ravkov", "BLR", "Andrei Ravkov", tr=("ru", "be"),
  ru=["Андрей Равков"], be=["Андрэй Раўкоў"], uk=["Андрій Равков"],
  roles=[R("BLRGOV", "Minister of Defence of Belarus", "2014-11-25", "2020-01-20"),
         R("BLRGOV", "State Secretary of the Security Council of Belarus", "2020-01-20", "2020-09-03")])

p("viktor_khrenin", "BLR", "Viktor Khrenin", "Victor Khrenin", "Viktar Khrenin", tr=("ru", "be"),
  ru=["Виктор Хренин", "Виктор Геннадьевич Хренин"], be=["Віктар Хрэнін"], uk=["Віктор Хренін"],
  fr=["Viktor Khrenine", "Viktor Khrenin", "Khrenine", "Khrenin"],
  de=["Viktor Chrenin", "Wiktor Chrenin", "Chrenin"],
  es=["Víktor Jrenin", "Viktor Khrenin", "Jrenin", "Khrenin"],
  it=["Viktor Khrenin", "Khrenin"], pl=["Wiktar Chrenin", "Wiktor Chrenin", "Chrenin"],
  roles=[R("BLRGOV", "Minister of Defence of Belarus", "2020-01-20")])

p("oleg_belokonev", "BLR", "Oleg Belokonev", tr=("ru", "be"),
  ru=["Олег Белоконев"], be=["Алег Белаконеў"], uk=["Олег Білоконєв"],
  note="start month approximate",
  roles=[R("BLRMIL", "Chief of the General Staff of the Armed Forces of Belarus", "2014-01", "2020-01-20")])

p("alexander_volfovich", "BLR", "Alexander Volfovich", tr=("ru", "be"),
  ru=["Александр Вольфович"], be=["Аляксандр Вольфавіч"], uk=["Олександр Вольфович"],
  fr=["Alexandre Volfovitch"], de=["Alexander Wolfowitsch"],
  roles=[R("BLRMIL", "Chief of the General Staff of the Armed Forces of Belarus", "2020-01-20", "2021-01-26"),
         R("BLRGOV", "State Secretary of the Security Council of Belarus", "2021-01-26", src="public record; president.gov.by, 2021-01-26")])

p("viktor_gulevich", "BLR", "Viktor Gulevich", tr=("ru", "be"),
  ru=["Виктор Гулевич"], be=["Віктар Гулевіч"], uk=["Віктор Гулевич"], fr=["Viktor Goulevitch"], de=["Viktor Gulewitsch"],
  roles=[R("BLRMIL", "Chief of the General Staff of the Armed Forces of Belarus", "2021-03", "2024-05-10",
           src="public record; BelTA/president.gov.by on his dismissal, 2024-05-10")])

p("pavel_muraveiko", "BLR", "Pavel Muraveiko", "Pavel Muraveyko", tr=("ru", "be"),
  ru=["Павел Муравейко"], be=["Павел Мураўейка"], uk=["Павло Муравейко"],
  fr=["Pavel Mouraveïko", "Pavel Muraveiko", "Mouraveïko", "Muraveiko"], de=["Pawel Murawejko", "Pavel Murawejko"],
  pl=["Pawieł Murawiejka", "Murawiejka"],
  note="EU-sanctioned (December 2023)",
  roles=[R("BLRMIL", "Chief of the Main Operations Directorate, Deputy Chief of the General Staff of Belarus", "2013", "2020"),
         R("BLRGOV", "First Deputy State Secretary of the Security Council of Belarus", "2022-02", "2024-05-23"),
         R("BLRMIL", "Chief of the General Staff of the Armed Forces of Belarus, First Deputy Minister of Defence", "2024-05-23",
           src="public record; president.gov.by and BelTA, 2024-05-23")])

p("aleksei_skabei", "BLR", "Aleksei Skabei", "Aleksey Skabey", "Alexei Skabei", "Skabei", "Skabey", tr=("ru", "be"),
  ru=["Алексей Скабей"], be=["Аляксей Скабей"], uk=["Олексій Скабей"],
  fr=["Aleksei Skabeі", "Alekseï Skabeï", "Aleksei Skabei", "Skabeі", "Skabeï", "Skabei"],
  de=["Alexej Skabej", "Skabej"], pl=["Aleksiej Skabiej", "Skabiej"],
  note=("Belarusian Special Operations Forces officer; French press spelling 'Skabeі' ends in Cyrillic і (U+0456); "
        "appointment date unknown: attested in this role in Belarusian state TV interview reported 2025-11-03"),
  roles=[R("BLRMIL", "Head of international military cooperation and peacekeeping, Special Operations Forces command of Belarus",
           "2025-11", src="press reports of 2025-11-03 (Belarusian STV interview; Chas Pravdy, TASS); dev corpus article 000")])

p("ivan_tertel", "BLR", "Ivan Tertel", tr=("ru", "be"),
  ru=["Иван Тертель"], be=["Іван Тэртэль"], uk=["Іван Тертель"], fr=["Ivan Tertel"],
  roles=[R("BLRSPY", "Chairman of the State Security Committee (KGB) of Belarus", "2020-09-03")])

p("ivan_kubrakov", "BLR", "Ivan Kubrakov", tr=("ru", "be"),
  ru=["Иван Кубраков"], be=["Іван Кубракоў"], uk=["Іван Кубраков"], fr=["Ivan Koubrakov"],
  roles=[R("BLRCOP", "Minister of Internal Affairs of Belarus", "2020-10-29")])

p("stanislav_zas", "BLR", "Stanislav Zas", tr=("ru", "be"),
  ru=["Станислав Зась"], be=["Станіслаў Зась"], uk=["Станіслав Зась"], nosur=True,
  roles=[R("BLRGOV", "State Secretary of the Security Council of Belarus", "2015-12", "2019-11"),
         R("CSTO", "Secretary General of the Collective Security Treaty Organization (CSTO)", "2020-01-01", "2022-12-31")])

p("sviatlana_tsikhanouskaya", "BLR", "Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya", "Tsikhanouskaya", "Tikhanovskaya",
  tr=("be", "ru"),
  be=["Святлана Ціханоўская"], ru=["Светлана Тихановская"], uk=["Світлана Тихановська"],
  fr=["Svetlana Tikhanovskaïa", "Sviatlana Tsikhanouskaïa", "Tikhanovskaïa", "Tsikhanouskaïa", "Sviatlana Tsikhanouskaya", "Tsikhanouskaya"],
  de=["Swetlana Tichanowskaja", "Swjatlana Zichanouskaja", "Tichanowskaja", "Sviatlana Tsikhanouskaya", "Tsikhanouskaya"],
  es=["Svetlana Tijanóvskaya", "Sviatlana Tsijanóuskaya", "Tijanóvskaya", "Sviatlana Tsikhanouskaya", "Tsikhanouskaya"],
  it=["Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya", "Tikhanovskaya", "Tsikhanouskaya"],
  pl=["Swiatłana Cichanouska", "Cichanouska", "Swietłana Cichanowska", "Cichanowska"],
  roles=[R("BLROPP", "Belarusian opposition leader (presidential candidate 2020, in exile)", "2020-07")])

p("pavel_latushko", "BLR", "Pavel Latushko", "Pavel Latushka", tr=("ru", "be"),
  ru=["Павел Латушко"], be=["Павел Латушка"], uk=["Павло Латушко"], fr=["Pavel Latouchko"], de=["Pawel Latuschko"],
  pl=["Paweł Łatuszka", "Łatuszka"],
  roles=[R("BLRGOV", "Minister of Culture of Belarus", "2009-07", "2012-11"),
         R("BLROPP", "Opposition leader in exile (National Anti-Crisis Management)", "2020-08")])

p("maria_kalesnikava", "BLR", "Maria Kalesnikava", "Maria Kolesnikova", tr=("be", "ru"),
  be=["Марыя Калеснікава"], ru=["Мария Колесникова"], uk=["Марія Колеснікова"],
  fr=["Maria Kalesnikava", "Maria Kolesnikova"], de=["Maria Kalesnikava", "Maria Kolesnikowa"], pl=["Maria Kalesnikawa", "Kalesnikawa"],
  note="jailed 2020-09; released 2025-12-13 in a US-brokered release of 123 prisoners (sent to Ukraine)",
  roles=[R("BLROPP", "Opposition leader (2020 campaign)", "2020-07")])

p("viktar_babaryka", "BLR", "Viktar Babaryka", "Viktor Babariko", tr=("be", "ru"),
  be=["Віктар Бабарыка"], ru=["Виктор Бабарико"], uk=["Віктор Бабарико"], fr=["Viktor Babariko", "Viktar Babaryka"],
  de=["Viktor Babariko", "Wiktar Babaryka"], pl=["Wiktar Babaryka", "Babaryka"],
  note="jailed 2020-06; released 2025-12-13",
  roles=[R("BLROPP", "Opposition presidential hopeful (2020), political prisoner", "2020-05", src="public record; press reports 2025-12-13")])
p("natalya_kochanova", "BLR", "Natalya Kochanova", tr=("ru", "be"),
  ru=["Наталья Кочанова"], be=["Наталля Качанава"], uk=["Наталія Кочанова"], fr=["Natalia Kotchanova"],
  roles=[R("BLRLEG", "Chairwoman of the Council of the Republic of Belarus", "2019-12-06")])
