# Middle East: Israel, Palestine (PA, Hamas), Lebanon (incl. Hezbollah), Syria, Iraq, Iran,
# Gulf states, Egypt, Jordan, Yemen (incl. Houthis).
from model import p, R, group

group("Israel")

p("benjamin_netanyahu", "ISR", "Benjamin Netanyahu", "Binyamin Netanyahu", "Bibi Netanyahu", "Netanyahu", q="Q43723", copy=False,
  fr=["Benyamin Netanyahou", "Benjamin Netanyahou", "Netanyahou", "Benjamin Netanyahu", "Netanyahu"],
  de=["Benjamin Netanjahu", "Netanjahu", "Benjamin Netanyahu"], es=["Benjamín Netanyahu", "Benjamin Netanyahu", "Netanyahu"],
  it=["Benjamin Netanyahu", "Netanyahu"], pl=["Benjamin Netanjahu", "Netanjahu"],
  ru=["Биньямин Нетаньяху", "Беньямин Нетаньяху", "Нетаньяху"], uk=["Біньямін Нетаньягу", "Беньямін Нетаньягу", "Нетаньягу"],
  roles=[R("ISRGOV", "Prime Minister of Israel", "1996-06-18", "1999-07-06"),
         R("ISRGOV", "Prime Minister of Israel", "2009-03-31", "2021-06-13"),
         R("ISRGOV", "Prime Minister of Israel", "2022-12-29")])
p("naftali_bennett", "ISR", "Naftali Bennett", ru="Нафтали Беннет", uk="Нафталі Беннет", ambsur="Bennett: common surname",
  roles=[R("ISRGOV", "Minister of Defence of Israel", "2019-11-12", "2020-05-17"),
         R("ISRGOV", "Prime Minister of Israel", "2021-06-13", "2022-06-30")])
p("yair_lapid", "ISR", "Yair Lapid", ru="Яир Лапид", uk="Яїр Лапід",
  roles=[R("ISRGOV", "Minister of Foreign Affairs of Israel", "2021-06-13", "2022-07-01"),
         R("ISRGOV", "Prime Minister of Israel", "2022-07-01", "2022-12-29"),
         R("ISROPP", "Leader of the Opposition in the Knesset", "2023-01")])
p("isaac_herzog", "ISR", "Isaac Herzog", "Yitzhak Herzog", ru="Ицхак Герцог", uk="Іцхак Герцог",
  de=["Jitzchak Herzog"], ambsur="Herzog: also a German surname/title (duke)",
  roles=[R("ISRGOV", "President of Israel", "2021-07-07")])
p("reuven_rivlin", "ISR", "Reuven Rivlin", ru="Реувен Ривлин", uk="Реувен Рівлін",
  roles=[R("ISRGOV", "President of Israel", "2014-07-24", "2021-07-07")])
p("gideon_saar", "ISR", "Gideon Sa'ar", "Gideon Saar", ru="Гидеон Саар", uk="Гідеон Саар",
  roles=[R("ISRGOV", "Minister of Foreign Affairs of Israel", "2024-11-05")])
p("israel_katz", "ISR", "Israel Katz", ru="Исраэль Кац", uk="Ісраель Кац", ambsur="Katz: common surname",
  roles=[R("ISRGOV", "Minister of Foreign Affairs of Israel", "2019-02-17", "2020-05-17"),
         R("ISRGOV", "Minister of Foreign Affairs of Israel", "2024-01-01", "2024-11-05"),
         R("ISRGOV", "Minister of Defence of Israel", "2024-11-05")])
p("eli_cohen", "ISR", "Eli Cohen", ru="Эли Коэн", uk="Елі Коен", nosur=True,
  note="very common name (also the executed spy Eli Cohen, 1924-1965)",
  roles=[R("ISRGOV", "Minister of Foreign Affairs of Israel", "2023-01-01", "2024-01-01")])
p("gabi_ashkenazi", "ISR", "Gabi Ashkenazi", ru="Габи Ашкенази", uk="Габі Ашкеназі", ambsur="Ashkenazi: also a Jewish community name",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2007-02-14", "2011-02-14"),
         R("ISRGOV", "Minister of Foreign Affairs of Israel", "2020-05-17", "2021-06-13")])
p("moshe_yaalon", "ISR", "Moshe Ya'alon", "Moshe Yaalon", ru="Моше Яалон", uk="Моше Яалон",
  roles=[R("ISRGOV", "Minister of Defence of Israel", "2013-03-18", "2016-05-20")])
p("avigdor_lieberman", "ISR", "Avigdor Lieberman", "Avigdor Liberman", ru="Авигдор Либерман", uk="Авігдор Ліберман", ambsur="Lieberman: common surname",
  roles=[R("ISRGOV", "Minister of Foreign Affairs of Israel", "2013-11-11", "2015-05-14"),
         R("ISRGOV", "Minister of Defence of Israel", "2016-05-30", "2018-11-20")])
p("benny_gantz", "ISR", "Benny Gantz", ru="Бени Ганц", uk="Бені Ганц",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2011-02-14", "2015-02-16"),
         R("ISRGOV", "Minister of Defence of Israel", "2020-05-17", "2022-12-29"),
         R("ISRGOV", "Minister in the war cabinet of Israel", "2023-10-11", "2024-06-09")])
p("yoav_gallant", "ISR", "Yoav Gallant", ru="Йоав Галант", uk="Йоав Галант",
  roles=[R("ISRGOV", "Minister of Defence of Israel", "2022-12-29", "2024-11-05")])
p("gadi_eisenkot", "ISR", "Gadi Eisenkot", ru="Гади Айзенкот", uk="Гаді Айзенкот",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2015-02-16", "2019-01-15")])
p("aviv_kochavi", "ISR", "Aviv Kochavi", ru="Авив Кохави", uk="Авів Кохаві",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2019-01-15", "2023-01-16")])
p("herzi_halevi", "ISR", "Herzi Halevi", ru="Герци Халеви", uk="Герці Галеві",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2023-01-16", "2025-03-05")])
p("eyal_zamir", "ISR", "Eyal Zamir", ru="Эяль Замир", uk="Еяль Замір",
  roles=[R("ISRMIL", "Chief of the General Staff of the Israel Defense Forces", "2025-03-05")])
p("itamar_ben_gvir", "ISR", "Itamar Ben-Gvir", "Itamar Ben Gvir", "Ben-Gvir", "Ben Gvir", ru="Итамар Бен-Гвир", uk="Ітамар Бен-Гвір", nosur=True,
  note="resigned 2025-01-19 and returned 2025-03-19",
  roles=[R("ISRGOV", "Minister of National Security of Israel", "2022-12-29")])
p("bezalel_smotrich", "ISR", "Bezalel Smotrich", ru="Бецалель Смотрич", uk="Бецалель Смотрич",
  roles=[R("ISRGOV", "Minister of Finance of Israel", "2022-12-29")])
p("david_barnea", "ISR", "David Barnea", ru="Давид Барнеа", uk="Давид Барнеа",
  roles=[R("ISRSPY", "Director of the Mossad", "2021-06-01")])

group("Palestine (Palestinian Authority, Hamas)")

p("mahmoud_abbas", "PSE", "Mahmoud Abbas", "Abu Mazen", q="Q127998", fr=["Mahmoud Abbas", "Abou Mazen"], de=["Mahmud Abbas", "Abbas"],
  es=["Mahmud Abás", "Abás", "Mahmud Abbas"], ru=["Махмуд Аббас", "Абу Мазен"], uk=["Махмуд Аббас"],
  roles=[R("PSEGOV", "Prime Minister of the Palestinian Authority", "2003-04-30", "2003-10-07"),
         R("PSEGOV", "President of the State of Palestine / Palestinian Authority", "2005-01-15")])
p("mohammad_mustafa", "PSE", "Mohammad Mustafa", "Mohammed Mustafa", fr=["Mohammed Mustafa", "Mohammad Moustafa"], ru="Мухаммед Мустафа", uk="Мухаммед Мустафа",
  nosur=True, note="surname Mustafa is very common",
  roles=[R("PSEGOV", "Prime Minister of the Palestinian Authority", "2024-03-31")])
p("mohammad_shtayyeh", "PSE", "Mohammad Shtayyeh", "Mohammed Shtayyeh", fr=["Mohammed Shtayyeh", "Mohammad Chtayyeh"], ru="Мухаммед Штайе", uk="Мухаммед Штайє",
  roles=[R("PSEGOV", "Prime Minister of the Palestinian Authority", "2019-04-14", "2024-03-31")])
p("hussein_al_sheikh", "PSE", "Hussein al-Sheikh", "Hussein al-Sheikh", fr=["Hussein al-Cheikh", "Hussein al-Sheikh"], de=["Hussein al-Scheich"],
  ru="Хусейн аш-Шейх", uk="Хусейн аш-Шейх", nosur=True,
  roles=[R("PSEGOV", "Secretary-General of the PLO Executive Committee", "2022-05"),
         R("PSEGOV", "Vice President of the State of Palestine and of the PLO", "2025-04-26")])
p("riyad_al_maliki", "PSE", "Riyad al-Maliki", "Riad Malki", fr=["Riyad al-Maliki", "Riad al-Maliki"], ru="Рияд аль-Малики", uk="Ріяд аль-Малікі", nosur=True,
  roles=[R("PSEGOV", "Minister of Foreign Affairs of the Palestinian Authority", "2007", "2024-03-31")])
p("ismail_haniyeh", "PSE", "Ismail Haniyeh", "Haniyeh", fr=["Ismaïl Haniyeh", "Ismail Haniyeh", "Haniyeh", "Haniyé"], de=["Ismail Hanija", "Hanija", "Ismail Haniyeh"],
  es=["Ismail Haniye", "Haniye"], it=["Ismail Haniyeh", "Haniyeh"], ru=["Исмаил Хания", "Хания"], uk=["Ісмаїл Ханія", "Ханія"], copy=False,
  note="killed in Tehran 2024-07-31",
  roles=[R("PSEGOV", "Prime Minister of the Palestinian Authority (Hamas government)", "2006-03-29", "2007-06-14"),
         R("PSEREBHMS", "Head of the Hamas political bureau", "2017-05-06", "2024-07-31")])
p("yahya_sinwar", "PSE", "Yahya Sinwar", "Sinwar", fr=["Yahya Sinouar", "Sinouar", "Yahya Sinwar", "Sinwar"], de=["Jahia al-Sinwar", "Jahja Sinwar", "Yahya Sinwar", "Sinwar"],
  es=["Yahya Sinwar", "Sinwar"], it=["Yahya Sinwar", "Sinwar"], ru=["Яхья Синвар", "Синвар"], uk=["Ях'я Сінвар", "Сінвар"], copy=False, nosur=True,
  note="killed in Rafah 2024-10-16; surname Sinwar shared with his brother Mohammed Sinwar",
  roles=[R("PSEREBHMS", "Leader of Hamas in the Gaza Strip", "2017-02-13", "2024-10-16"),
         R("PSEREBHMS", "Head of the Hamas political bureau", "2024-08-06", "2024-10-16")])
p("mohammed_deif", "PSE", "Mohammed Deif", "Mohammed Dief", fr=["Mohammed Deif"], de=["Mohammed Deif"], ru="Мухаммед Дейф", uk="Мухаммед Дейф",
  note="killed 2024-07-13 (confirmed by Hamas in January 2025)",
  roles=[R("PSEREBHMS", "Commander of the Izz ad-Din al-Qassam Brigades (Hamas)", "2002", "2024-07-13")])
p("khaled_meshaal", "PSE", "Khaled Meshaal", "Khaled Mashal", "Khalid Mishal", fr=["Khaled Mechaal", "Mechaal"], de=["Chalid Maschal", "Maschal"],
  ru="Халед Машаль", uk="Халед Машаль",
  roles=[R("PSEREBHMS", "Head of the Hamas political bureau", "1996", "2017-05-06"),
         R("PSEREBHMS", "Head of Hamas abroad", "2021")])
p("khalil_al_hayya", "PSE", "Khalil al-Hayya", "Khalil al-Hayyah", fr=["Khalil al-Hayya"], de=["Chalil al-Haja", "Khalil al-Hayya"],
  ru="Халиль аль-Хайя", uk="Халіль аль-Хайя", nosur=True,
  roles=[R("PSEREBHMS", "Hamas leader for Gaza and chief negotiator", "2024-10")])

group("Lebanon (incl. Hezbollah)")

p("joseph_aoun", "LBN", "Joseph Aoun", ru="Жозеф Аун", uk="Жозеф Аун", ambsur="Aoun: also former president Michel Aoun",
  roles=[R("LBNMIL", "Commander of the Lebanese Armed Forces", "2017-03-08", "2025-01-09"),
         R("LBNGOV", "President of Lebanon", "2025-01-09")])
p("michel_aoun", "LBN", "Michel Aoun", ru="Мишель Аун", uk="Мішель Аун", ambsur="Aoun: also President Joseph Aoun",
  roles=[R("LBNGOV", "President of Lebanon", "2016-10-31", "2022-10-30")])
p("nawaf_salam", "LBN", "Nawaf Salam", fr=["Nawaf Salam", "Nawaf Salamé"], ru="Наваф Салам", uk="Наваф Салам", ambsur="Salam: also a common word (peace) and name",
  roles=[R("IGOUNOJUDICJ", "President of the International Court of Justice", "2024-02-06", "2025-01-14"),
         R("LBNGOV", "Prime Minister of Lebanon", "2025-02-08")])
p("najib_mikati", "LBN", "Najib Mikati", fr=["Najib Mikati", "Najib Miqati"], ru="Наджиб Микати", uk="Наджиб Мікаті",
  roles=[R("LBNGOV", "Prime Minister of Lebanon", "2011-06-13", "2014-02-15"),
         R("LBNGOV", "Prime Minister of Lebanon", "2021-09-10", "2025-02-08")])
p("youssef_rajji", "LBN", "Youssef Rajji", "Youssef Raggi", fr=["Youssef Raggi", "Youssef Rajji"], ru="Юсеф Раджи", uk="Юсеф Раджі",
  roles=[R("LBNGOV", "Minister of Foreign Affairs of Lebanon", "2025-02-08")])
p("saad_hariri", "LBN", "Saad Hariri", "Saad al-Hariri", fr=["Saad Hariri"], ru="Саад Харири", uk="Саад Гарірі",
  ambsur="Hariri: also his father Rafic Hariri (assassinated 2005)",
  roles=[R("LBNGOV", "Prime Minister of Lebanon", "2009-11-09", "2011-06-13"),
         R("LBNGOV", "Prime Minister of Lebanon", "2016-12-18", "2020-01-21")])
p("nabih_berri", "LBN", "Nabih Berri", fr=["Nabih Berri"], ru="Набих Берри", uk="Набіх Беррі",
  roles=[R("LBNLEG", "Speaker of the Parliament of Lebanon", "1992-10-20")])
p("hassan_nasrallah", "LBN", "Hassan Nasrallah", "Sayyed Hassan Nasrallah", fr=["Hassan Nasrallah"], de=["Hassan Nasrallah"], es=["Hasán Nasrala", "Nasrala"],
  ru="Хасан Насралла", uk="Хасан Насралла",
  note="killed in an Israeli strike in Beirut 2024-09-27",
  roles=[R("LBNREB", "Secretary-General of Hezbollah", "1992-02-16", "2024-09-27")])
p("naim_qassem", "LBN", "Naim Qassem", "Naim Kassem", "Naim Qassim", fr=["Naïm Qassem", "Naim Qassem"], de=["Naim Kassem", "Naim Qassem"],
  ru="Наим Касем", uk="Наїм Касем",
  roles=[R("LBNREB", "Deputy Secretary-General of Hezbollah", "1991", "2024-10-29"),
         R("LBNREB", "Secretary-General of Hezbollah", "2024-10-29")])
p("rodolphe_haykal", "LBN", "Rodolphe Haykal", "Rodolphe Haikal", fr=["Rodolphe Haykal"], ru="Родольф Хайкал", uk="Родольф Хайкал",
  roles=[R("LBNMIL", "Commander of the Lebanese Armed Forces", "2025-03-13", src="public record; cabinet decision reported 2025-03-13")])

group("Syria")

p("bashar_al_assad", "SYR", "Bashar al-Assad", "Bashar Assad", "Assad", "al-Assad", q="Q44329", copy=False, nosur=True,
  fr=["Bachar al-Assad", "Bachar el-Assad", "Assad", "al-Assad", "el-Assad", "Bashar al-Assad"], de=["Baschar al-Assad", "Assad", "Bashar al-Assad"],
  es=["Bashar al Asad", "Bashar al-Asad", "Asad", "al Asad", "Bashar al-Assad"], it=["Bashar al-Assad", "Assad"],
  ru=["Башар Асад", "Башар аль-Асад", "Асад"], uk=["Башар Асад", "Башар аль-Асад", "Асад"],
  note="fled to Moscow 2024-12-08; 'Assad' alone also used for his father Hafez al-Assad (president 1971-2000)",
  roles=[R("SYRGOV", "President of Syria", "2000-07-17", "2024-12-08")])
p("ahmed_al_sharaa", "SYR", "Ahmed al-Sharaa", "Ahmad al-Sharaa", "al-Sharaa", "Sharaa", "Abu Mohammad al-Jolani", "Abu Mohammed al-Julani",
  "Abu Mohammad al-Julani", "al-Jolani", "Jolani", "al-Julani", "Julani", copy=False, nosur=True,
  fr=["Ahmed al-Charaa", "Ahmad al-Chareh", "al-Charaa", "Charaa", "Abou Mohammed al-Jolani", "Abou Mohammad al-Joulani", "al-Jolani", "Jolani", "Ahmed al-Sharaa"],
  de=["Ahmed al-Scharaa", "al-Scharaa", "Abu Mohammed al-Dscholani", "al-Dscholani", "Ahmed al-Sharaa", "al-Sharaa", "al-Jolani"],
  es=["Ahmed al Sharaa", "Ahmed al-Sharaa", "Al Sharaa", "Abu Mohamed al Jolani", "al Jolani", "Al Yulani"],
  it=["Ahmed al-Sharaa", "al-Sharaa", "Abu Mohammed al-Jolani", "al-Jolani", "al-Julani"],
  ru=["Ахмед аш-Шараа", "аш-Шараа", "Абу Мухаммад аль-Джулани", "аль-Джулани", "Джулани"], uk=["Ахмед аш-Шараа", "аш-Шараа", "Абу Мухаммад аль-Джулані", "аль-Джулані"],
  note="nom de guerre Abu Mohammad al-Jolani/al-Julani; led the offensive that toppled Assad (2024-12-08)",
  roles=[R("SYRREB", "Leader of Hayat Tahrir al-Sham (HTS)", "2017-01", "2025-01-29"),
         R("SYRGOV", "De facto leader of Syria", "2024-12-08", "2025-01-29"),
         R("SYRGOV", "President of Syria (transitional)", "2025-01-29")])
p("asaad_al_shaibani", "SYR", "Asaad al-Shaibani", "Asaad Hassan al-Shaibani", "al-Shaibani", "Shaibani", nosur=True,
  fr=["Assaad al-Chaibani", "Asaad al-Chaibani", "al-Chaibani", "Asaad al-Shaibani", "al-Shaibani"], de=["Asaad al-Schaibani", "Asaad al-Shaibani", "al-Schaibani"],
  ru="Асаад аш-Шейбани", uk="Асаад аш-Шейбані",
  roles=[R("SYRGOV", "Minister of Foreign Affairs of Syria (transitional government)", "2024-12-21")])
p("murhaf_abu_qasra", "SYR", "Murhaf Abu Qasra", "Abu Qasra", nosur=True, fr=["Murhaf Abou Qasra", "Abou Qasra", "Murhaf Abu Qasra"],
  ru="Мурхаф Абу Касра", uk="Мурхаф Абу Касра",
  roles=[R("SYRGOV", "Minister of Defence of Syria (transitional government)", "2024-12-21")])
p("walid_muallem", "SYR", "Walid Muallem", "Walid al-Moualem", fr=["Walid Mouallem", "Mouallem", "Walid al-Mouallem"], de=["Walid al-Muallim", "Walid Muallem"],
  ru="Валид Муаллем", uk="Валід Муаллем",
  note="died 2020-11-16",
  roles=[R("SYRGOV", "Minister of Foreign Affairs of Syria", "2006-02-11", "2020-11-16")])
p("faisal_mekdad", "SYR", "Faisal Mekdad", "Fayssal Mekdad", fr=["Fayçal Mekdad", "Faisal Mekdad"], de=["Faisal Mikdad", "Faisal Mekdad"],
  ru="Фейсал Мекдад", uk="Фейсал Мекдад",
  roles=[R("SYRGOV", "Minister of Foreign Affairs of Syria", "2020-11-22", "2024-12-08")])
p("hussein_arnous", "SYR", "Hussein Arnous", fr=["Hussein Arnous"], ru="Хусейн Арнус", uk="Хусейн Арнус",
  roles=[R("SYRGOV", "Prime Minister of Syria", "2020-08-30", "2024-09-14")])
p("mohammed_ghazi_al_jalali", "SYR", "Mohammed Ghazi al-Jalali", "Mohammad Ghazi al-Jalali", "al-Jalali", nosur=True, ru="Мухаммед Гази аль-Джалали", uk="Мухаммед Газі аль-Джалалі",
  roles=[R("SYRGOV", "Prime Minister of Syria", "2024-09-14", "2024-12-10")])
p("mohammed_al_bashir", "SYR", "Mohammed al-Bashir", "Mohammad al-Bashir", nosur=True, fr=["Mohammed al-Bachir", "Mohammed al-Bashir"],
  ru="Мухаммед аль-Башир", uk="Мухаммед аль-Башир",
  note="not to be confused with Sudan's Omar al-Bashir",
  roles=[R("SYRGOV", "Caretaker Prime Minister of Syria", "2024-12-10", "2025-03-29")])
p("mazloum_abdi", "SYR", "Mazloum Abdi", "Mazloum Kobani", fr=["Mazloum Abdi"], de=["Maslum Abdi", "Mazloum Abdi"], ru="Мазлум Абди", uk="Мазлум Абді",
  roles=[R("SYRREB", "Commander-in-Chief of the Syrian Democratic Forces (SDF)", "2015-10")])

group("Iraq")

p("mohammed_shia_al_sudani", "IRQ", "Mohammed Shia al-Sudani", "Mohammed Shia' al-Sudani", "al-Sudani", "Sudani", nosur=True,
  fr=["Mohammed Chia al-Soudani", "Mohamed Chia al-Soudani", "al-Soudani", "Mohammed Shia al-Sudani"], de=["Mohammed Schia al-Sudani", "al-Sudani"],
  ru="Мухаммед Шиа ас-Судани", uk="Мухаммед Шіа ас-Судані", unsure=True,
  note="caretaker after the 2025-11-11 election; in January 2026 the Coordination Framework nominated Nouri al-Maliki instead",
  roles=[R("IRQGOV", "Prime Minister of Iraq", "2022-10-27")])
p("nouri_al_maliki", "IRQ", "Nouri al-Maliki", "Nuri al-Maliki", "al-Maliki", "Maliki", nosur=True,
  fr=["Nouri al-Maliki", "al-Maliki", "Maliki"], de=["Nuri al-Maliki", "al-Maliki"], es=["Nuri al Maliki", "al Maliki"],
  ru="Нури аль-Малики", uk="Нурі аль-Малікі",
  note="nominated again for prime minister by the Coordination Framework in January 2026; 'al-Maliki' also the Palestinian FM Riyad al-Maliki",
  roles=[R("IRQGOV", "Prime Minister of Iraq", "2006-05-20", "2014-09-08"),
         R("IRQGOV", "Vice President of Iraq", "2014-09-09", "2018-10-02")])
p("mustafa_al_kadhimi", "IRQ", "Mustafa al-Kadhimi", "al-Kadhimi", "Kadhimi", nosur=True, fr=["Moustafa al-Kazimi", "Moustafa al-Kadhimi", "al-Kazimi"],
  ru="Мустафа аль-Казыми", uk="Мустафа аль-Каземі",
  roles=[R("IRQGOV", "Prime Minister of Iraq", "2020-05-07", "2022-10-27")])
p("adil_abdul_mahdi", "IRQ", "Adil Abdul-Mahdi", "Adel Abdul Mahdi", "Abdul-Mahdi", nosur=True, fr=["Adel Abdel Mahdi", "Abdel Mahdi"],
  ru="Адиль Абдул-Махди", uk="Аділь Абдул-Махді",
  roles=[R("IRQGOV", "Prime Minister of Iraq", "2018-10-25", "2020-05-07")])
p("haider_al_abadi", "IRQ", "Haider al-Abadi", "al-Abadi", "Abadi", nosur=True, fr=["Haïdar al-Abadi", "Haider al-Abadi", "al-Abadi"],
  ru="Хайдер аль-Абади", uk="Хайдер аль-Абаді",
  roles=[R("IRQGOV", "Prime Minister of Iraq", "2014-09-08", "2018-10-25")])
p("abdul_latif_rashid", "IRQ", "Abdul Latif Rashid", "Abdel Latif Rashid", nosur=True, fr=["Abdel Latif Rachid", "Abdul Latif Rashid"],
  ru="Абдул Латиф Рашид", uk="Абдул Латіф Рашид",
  roles=[R("IRQGOV", "President of Iraq", "2022-10-17")])
p("barham_salih", "IRQ", "Barham Salih", "Barham Saleh", fr=["Barham Saleh", "Barham Salih"], ru="Бархам Салех", uk="Бархам Салех", ambsur="Salih/Saleh: common name",
  roles=[R("IRQGOV", "President of Iraq", "2018-10-02", "2022-10-17")])
p("fuad_hussein", "IRQ", "Fuad Hussein", "Fouad Hussein", nosur=True, fr=["Fouad Hussein", "Fuad Hussein"], ru="Фуад Хусейн", uk="Фуад Хусейн",
  note="surname Hussein is very common",
  roles=[R("IRQGOV", "Minister of Foreign Affairs of Iraq", "2020-06-06")])
p("nechirvan_barzani", "IRQ", "Nechirvan Barzani", fr=["Nechirvan Barzani"], ru="Нечирван Барзани", uk="Нечирван Барзані",
  ambsur="Barzani: also Masoud and Masrour Barzani",
  roles=[R("IRQGOV", "President of the Kurdistan Region of Iraq", "2019-06-10")])
p("masrour_barzani", "IRQ", "Masrour Barzani", fr=["Masrour Barzani"], ru="Масрур Барзани", uk="Масрур Барзані",
  ambsur="Barzani: also Masoud and Nechirvan Barzani",
  roles=[R("IRQGOV", "Prime Minister of the Kurdistan Region of Iraq", "2019-07-10")])
p("muqtada_al_sadr", "IRQ", "Muqtada al-Sadr", "Moqtada al-Sadr", "Moqtada Sadr", "al-Sadr", nosur=True,
  fr=["Moqtada al-Sadr", "Moqtada Sadr", "al-Sadr"], de=["Muktada al-Sadr", "Muqtada al-Sadr", "al-Sadr"], ru="Муктада ас-Садр", uk="Муктада ас-Садр",
  roles=[R("IRQELI", "Shia cleric and leader of the Sadrist movement", "2003")])

group("Iran")

p("ali_khamenei", "IRN", "Ali Khamenei", "Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Khamenei", q="Q57336", copy=False,
  fr=["Ali Khamenei", "Ali Khameneï", "l'ayatollah Ali Khamenei", "Khamenei", "Khameneï"], de=["Ali Chamenei", "Ajatollah Ali Chamenei", "Chamenei", "Ali Khamenei"],
  es=["Alí Jamenei", "Ali Jamenei", "Jamenei", "Ali Khamenei"], it=["Ali Khamenei", "Khamenei"],
  ru=["Али Хаменеи", "аятолла Али Хаменеи", "Хаменеи"], uk=["Алі Хаменеї", "аятола Алі Хаменеї", "Хаменеї"],
  roles=[R("IRNGOV", "President of Iran", "1981-10-13", "1989-08-16"),
         R("IRNGOV", "Supreme Leader of Iran", "1989-06-04")])
p("masoud_pezeshkian", "IRN", "Masoud Pezeshkian", "Pezeshkian", copy=False,
  fr=["Massoud Pezeshkian", "Masoud Pezeshkian", "Pezeshkian"], de=["Massud Peseschkian", "Peseschkian", "Masoud Pezeshkian"],
  es=["Masud Pezeshkian", "Masoud Pezeshkian", "Pezeshkian"], it=["Masoud Pezeshkian", "Pezeshkian"],
  ru=["Масуд Пезешкиан", "Пезешкиан"], uk=["Масуд Пезешкіан", "Пезешкіан"],
  roles=[R("IRNGOV", "President of Iran", "2024-07-28")])
p("ebrahim_raisi", "IRN", "Ebrahim Raisi", "Ebrahim Raeisi", "Raisi", copy=False,
  fr=["Ebrahim Raïssi", "Raïssi", "Ebrahim Raisi", "Raisi"], de=["Ebrahim Raisi", "Raisi"], es=["Ebrahim Raisi", "Raisi"], it=["Ebrahim Raisi", "Raisi"],
  ru=["Эбрахим Раиси", "Раиси"], uk=["Ебрагім Раїсі", "Раїсі"],
  note="killed in a helicopter crash 2024-05-19",
  roles=[R("IRNJUD", "Chief Justice of Iran", "2019-03-07", "2021-07-01"),
         R("IRNGOV", "President of Iran", "2021-08-03", "2024-05-19")])
p("hassan_rouhani", "IRN", "Hassan Rouhani", "Hassan Rohani", "Rouhani", "Rohani", copy=False,
  fr=["Hassan Rohani", "Rohani", "Hassan Rouhani"], de=["Hassan Ruhani", "Ruhani", "Hassan Rohani"], es=["Hasán Rohaní", "Rohaní", "Hassan Rohani"],
  it=["Hassan Rohani", "Rohani", "Hassan Rouhani", "Rouhani"], ru=["Хасан Рухани", "Рухани"], uk=["Хасан Рухані", "Рухані"],
  roles=[R("IRNGOV", "President of Iran", "2013-08-03", "2021-08-03")])
p("abbas_araghchi", "IRN", "Abbas Araghchi", "Abbas Araqchi", "Araghchi", "Araqchi", copy=False,
  fr=["Abbas Araghchi", "Abbas Araqchi", "Araghchi"], de=["Abbas Araghtschi", "Araghtschi", "Abbas Araghchi"], es=["Abbas Araqchi", "Abás Araqchí", "Araqchi", "Araghchi"],
  it=["Abbas Araghchi", "Araghchi"], ru=["Аббас Аракчи", "Аракчи"], uk=["Аббас Арагчі", "Арагчі"],
  roles=[R("IRNGOV", "Minister of Foreign Affairs of Iran", "2024-08-21")])
p("hossein_amir_abdollahian", "IRN", "Hossein Amir-Abdollahian", "Hossein Amirabdollahian", "Amir-Abdollahian", nosur=True,
  fr=["Hossein Amir-Abdollahian", "Amir-Abdollahian"], de=["Hossein Amir-Abdollahian", "Amir-Abdollahian"], ru="Хосейн Амир Абдоллахиан", uk="Хосейн Амір Абдоллахіян",
  note="killed in the same helicopter crash as President Raisi 2024-05-19",
  roles=[R("IRNGOV", "Minister of Foreign Affairs of Iran", "2021-08-25", "2024-05-19")])
p("mohammad_javad_zarif", "IRN", "Mohammad Javad Zarif", "Javad Zarif", fr=["Mohammad Javad Zarif", "Javad Zarif"],
  de=["Mohammed Dschawad Sarif", "Dschawad Sarif", "Sarif", "Mohammad Javad Zarif"], es=["Mohamad Yavad Zarif", "Javad Zarif"],
  ru="Мохаммад Джавад Зариф", uk="Мохаммад Джавад Заріф",
  roles=[R("IRNGOV", "Minister of Foreign Affairs of Iran", "2013-08-15", "2021-08-25"),
         R("IRNGOV", "Vice President of Iran for Strategic Affairs", "2024-08-01", "2025-03-02")])
p("aziz_nasirzadeh", "IRN", "Aziz Nasirzadeh", fr=["Aziz Nasirzadeh"], ru="Азиз Насирзаде", uk="Азіз Насірзаде",
  roles=[R("IRNGOV", "Minister of Defence of Iran", "2024-08-21")])
p("mohammad_reza_ashtiani", "IRN", "Mohammad-Reza Ashtiani", "Mohammad Reza Gharaei Ashtiani", ru="Мохаммад-Реза Аштиани", uk="Мохаммад-Реза Аштіані",
  roles=[R("IRNGOV", "Minister of Defence of Iran", "2021-08-25", "2024-08-21")])
p("amir_hatami", "IRN", "Amir Hatami", fr=["Amir Hatami"], ru="Амир Хатами", uk="Амір Хатамі",
  roles=[R("IRNGOV", "Minister of Defence of Iran", "2017-08-20", "2021-08-25"),
         R("IRNMIL", "Commander-in-Chief of the Iranian Army (Artesh)", "2025-06-13")])
p("mohammad_bagheri", "IRN", "Mohammad Bagheri", fr=["Mohammad Bagheri"], de=["Mohammad Bagheri"], ru="Мохаммад Багери", uk="Мохаммад Багері",
  ambsur="Bagheri: common Iranian surname", note="killed in an Israeli strike 2025-06-13",
  roles=[R("IRNMIL", "Chief of the General Staff of the Armed Forces of Iran", "2016-06-28", "2025-06-13")])
p("abdolrahim_mousavi", "IRN", "Abdolrahim Mousavi", "Abdolrahim Musavi", fr=["Abdolrahim Moussavi", "Abdolrahim Mousavi"], ru="Абдольрахим Мусави",
  uk="Абдольрахім Мусаві", ambsur="Mousavi: very common Iranian surname",
  roles=[R("IRNMIL", "Commander-in-Chief of the Iranian Army (Artesh)", "2017-08-21", "2025-06-13"),
         R("IRNMIL", "Chief of the General Staff of the Armed Forces of Iran", "2025-06-13")])
p("hossein_salami", "IRN", "Hossein Salami", fr=["Hossein Salami"], ru="Хосейн Салами", uk="Хосейн Саламі", ambsur="Salami: also a sausage",
  note="killed in an Israeli strike 2025-06-13",
  roles=[R("IRNMIL", "Commander-in-Chief of the Islamic Revolutionary Guard Corps (IRGC)", "2019-04-21", "2025-06-13")])
p("mohammad_pakpour", "IRN", "Mohammad Pakpour", fr=["Mohammad Pakpour"], ru="Мохаммад Пакпур", uk="Мохаммад Пакпур",
  roles=[R("IRNMIL", "Commander-in-Chief of the Islamic Revolutionary Guard Corps (IRGC)", "2025-06-13")])
p("qasem_soleimani", "IRN", "Qasem Soleimani", "Qassem Soleimani", "Ghassem Soleimani", "Soleimani",
  fr=["Ghassem Soleimani", "Qassem Soleimani", "Soleimani"], de=["Ghassem Soleimani", "Kassem Soleimani", "Qassem Soleimani"],
  es=["Qasem Soleimani", "Qassem Soleimani"], ru="Касем Сулеймани", uk="Касем Сулеймані",
  note="killed in a US strike in Baghdad 2020-01-03",
  roles=[R("IRNMIL", "Commander of the IRGC Quds Force", "1998", "2020-01-03")])
p("esmail_qaani", "IRN", "Esmail Qaani", "Esmail Ghaani", "Ismail Qaani", fr=["Esmaïl Qaani", "Esmail Ghaani"], ru="Исмаил Каани", uk="Ісмаїл Каані",
  roles=[R("IRNMIL", "Commander of the IRGC Quds Force", "2020-01-03")])
p("ali_larijani", "IRN", "Ali Larijani", fr=["Ali Larijani"], de=["Ali Laridschani", "Laridschani"], ru="Али Лариджани", uk="Алі Ларіджані",
  ambsur="Larijani: also his brothers (Sadegh Larijani, former chief justice)",
  roles=[R("IRNLEG", "Speaker of the Parliament of Iran", "2008-05-28", "2020-05-28"),
         R("IRNGOV", "Secretary of the Supreme National Security Council of Iran", "2025-08-05")])
p("ali_akbar_ahmadian", "IRN", "Ali Akbar Ahmadian", ru="Али Акбар Ахмадиан", uk="Алі Акбар Ахмадіан",
  roles=[R("IRNGOV", "Secretary of the Supreme National Security Council of Iran", "2023-05-22", "2025-08-05")])
p("mohammad_bagher_ghalibaf", "IRN", "Mohammad Bagher Ghalibaf", "Mohammad Bagher Qalibaf", "Ghalibaf", "Qalibaf",
  fr=["Mohammad Bagher Ghalibaf", "Ghalibaf"], ru="Мохаммад Багер Галибаф", uk="Мохаммад Багер Галібаф",
  roles=[R("IRNLEG", "Speaker of the Parliament of Iran", "2020-05-28")])

group("Gulf states")

p("salman_bin_abdulaziz", "SAU", "King Salman", "Salman bin Abdulaziz", "Salman bin Abdulaziz Al Saud", "King Salman bin Abdulaziz", nosur=True, copy=False,
  fr=["roi Salmane", "le roi Salmane", "Salmane ben Abdelaziz", "Salmane ben Abdelaziz Al Saoud"], de=["König Salman", "Salman bin Abd al-Aziz"],
  es=["rey Salmán", "el rey Salmán", "Salmán bin Abdulaziz"], it=["re Salman", "Salman bin Abdulaziz"],
  ru=["король Сальман", "Сальман ибн Абдул-Азиз"], uk=["король Салман", "Салман ібн Абдул-Азіз"],
  roles=[R("SAUGOV", "King of Saudi Arabia", "2015-01-23")])
p("mohammed_bin_salman", "SAU", "Mohammed bin Salman", "Mohammad bin Salman", "MBS", "bin Salman", "Prince Mohammed bin Salman", nosur=True, copy=False,
  fr=["Mohammed ben Salmane", "MBS", "ben Salmane", "Mohammed bin Salman"], de=["Mohammed bin Salman", "MBS", "bin Salman"],
  es=["Mohamed bin Salmán", "Mohammed bin Salmán", "MBS", "bin Salmán"], it=["Mohammed bin Salman", "MBS", "bin Salman"],
  ru=["Мухаммед бен Сальман", "бен Сальман", "Мухаммед ибн Салман"], uk=["Мухаммед бін Салман", "бін Салман"],
  roles=[R("SAUGOV", "Minister of Defence of Saudi Arabia", "2015-01-23", "2022-09-27"),
         R("SAUGOV", "Crown Prince of Saudi Arabia", "2017-06-21"),
         R("SAUGOV", "Prime Minister of Saudi Arabia", "2022-09-27")])
p("faisal_bin_farhan", "SAU", "Faisal bin Farhan", "Faisal bin Farhan Al Saud", "Prince Faisal bin Farhan", nosur=True, copy=False,
  fr=["Fayçal ben Farhane", "Faisal ben Farhan", "Faisal bin Farhan"], de=["Faisal bin Farhan"], es=["Faisal bin Farhan"], it=["Faisal bin Farhan"],
  ru=["Фейсал бен Фархан", "Файсал бин Фархан"], uk=["Файсал бін Фархан"],
  roles=[R("SAUGOV", "Minister of Foreign Affairs of Saudi Arabia", "2019-10-23")])
p("adel_al_jubeir", "SAU", "Adel al-Jubeir", "al-Jubeir", "Jubeir", nosur=True, fr=["Adel al-Jubeir", "Adel al-Joubeir", "al-Joubeir"],
  ru="Адель аль-Джубейр", uk="Адель аль-Джубейр",
  roles=[R("SAUGOV", "Minister of Foreign Affairs of Saudi Arabia", "2015-04-29", "2018-12-27"),
         R("SAUGOV", "Minister of State for Foreign Affairs of Saudi Arabia", "2018-12-27")])
p("khalid_bin_salman", "SAU", "Khalid bin Salman", "Prince Khalid bin Salman", nosur=True, copy=False,
  fr=["Khaled ben Salmane", "Khalid bin Salman"], de=["Khalid bin Salman"], es=["Khalid bin Salmán"], it=["Khalid bin Salman"],
  ru=["Халид бен Сальман"], uk=["Халід бін Салман"],
  roles=[R("SAUGOV", "Minister of Defence of Saudi Arabia", "2022-09-27")])
p("fayyad_al_ruwaili", "SAU", "Fayyad al-Ruwaili", "Fayyad bin Hamed al-Ruwaili", ru="Фаяд ар-Рувайли", uk="Фаяд ар-Рувайлі", nosur=True,
  roles=[R("SAUMIL", "Chief of the General Staff of Saudi Arabia", "2018-02-26")])
p("tamim_bin_hamad_al_thani", "QAT", "Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani", "Emir Tamim", "Tamim bin Hamad", nosur=True, copy=False,
  fr=["Tamim ben Hamad Al Thani", "l'émir Tamim", "Tamim ben Hamad"], de=["Tamim bin Hamad Al Thani", "Emir Tamim"], es=["Tamim bin Hamad al Thani", "emir Tamim"],
  it=["Tamim bin Hamad Al Thani", "emiro Tamim"], ru=["Тамим бен Хамад Аль Тани", "эмир Тамим"], uk=["Тамім бін Хамад Аль Тані", "емір Тамім"],
  roles=[R("QATGOV", "Emir of Qatar", "2013-06-25")])
p("mohammed_bin_abdulrahman_al_thani", "QAT", "Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman", nosur=True, copy=False,
  fr=["Mohammed ben Abdelrahmane Al Thani", "Mohammed ben Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"], de=["Mohammed bin Abdulrahman Al Thani"],
  es=["Mohamed bin Abdulrahman al Thani", "Mohammed bin Abdulrahman Al Thani"], it=["Mohammed bin Abdulrahman Al Thani"],
  ru=["Мухаммед бен Абдель Рахман Аль Тани"], uk=["Мухаммед бін Абдель Рахман Аль Тані"],
  roles=[R("QATGOV", "Minister of Foreign Affairs of Qatar", "2016-01-27"),
         R("QATGOV", "Prime Minister of Qatar", "2023-03-07")])
p("majed_al_ansari", "QAT", "Majed al-Ansari", "al-Ansari", nosur=True, fr=["Majed al-Ansari"], ru="Маджед аль-Ансари", uk="Маджед аль-Ансарі",
  note="start date approximate",
  roles=[R("QATGOV", "Spokesman of the Ministry of Foreign Affairs of Qatar", "2022")])
p("mohamed_bin_zayed", "ARE", "Mohamed bin Zayed", "Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan", "MBZ", "Sheikh Mohamed bin Zayed", nosur=True, copy=False,
  fr=["Mohammed ben Zayed", "Mohamed ben Zayed", "MBZ", "Mohammed ben Zayed Al Nahyane"], de=["Mohammed bin Zayid", "Mohammed bin Zayed", "MBZ"],
  es=["Mohamed bin Zayed", "MBZ"], it=["Mohammed bin Zayed", "MBZ"], ru=["Мухаммед бен Заид Аль Нахайян", "Мухаммед бен Заид"], uk=["Мухаммед бін Заїд Аль Нахайян", "Мухаммед бін Заїд"],
  roles=[R("AREGOV", "Crown Prince of Abu Dhabi", "2004-11-03", "2022-05-14"),
         R("AREGOV", "President of the United Arab Emirates", "2022-05-14")])
p("khalifa_bin_zayed", "ARE", "Khalifa bin Zayed Al Nahyan", "Khalifa bin Zayed", "Sheikh Khalifa", nosur=True, copy=False,
  fr=["Khalifa ben Zayed Al Nahyane", "Khalifa ben Zayed"], de=["Chalifa bin Zayid Al Nahyan", "Khalifa bin Zayed"], es=["Jalifa bin Zayed", "Khalifa bin Zayed"],
  it=["Khalifa bin Zayed"], ru=["Халифа бен Заид Аль Нахайян"], uk=["Халіфа бін Заїд Аль Нахайян"],
  note="died 2022-05-13",
  roles=[R("AREGOV", "President of the United Arab Emirates", "2004-11-03", "2022-05-13")])
p("mohammed_bin_rashid", "ARE", "Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid", "Sheikh Mohammed bin Rashid", nosur=True, copy=False,
  fr=["Mohammed ben Rached Al Maktoum", "Mohammed ben Rached"], de=["Muhammad bin Raschid Al Maktum", "Mohammed bin Rashid Al Maktoum"],
  es=["Mohamed bin Rashid al Maktum", "Mohammed bin Rashid Al Maktoum"], it=["Mohammed bin Rashid Al Maktoum"],
  ru=["Мухаммед бен Рашид Аль Мактум"], uk=["Мухаммед бін Рашид Аль Мактум"],
  roles=[R("AREGOV", "Vice President and Prime Minister of the UAE, Ruler of Dubai", "2006-01-04")])
p("abdullah_bin_zayed", "ARE", "Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed", "Sheikh Abdullah bin Zayed", nosur=True, copy=False,
  fr=["Abdallah ben Zayed Al Nahyane", "Abdallah ben Zayed", "Abdullah bin Zayed"], de=["Abdullah bin Zayid Al Nahyan", "Abdullah bin Zayed"],
  es=["Abdalá bin Zayed", "Abdullah bin Zayed"], it=["Abdullah bin Zayed"], ru=["Абдалла бен Заид Аль Нахайян"], uk=["Абдалла бін Заїд Аль Нахайян"],
  roles=[R("AREGOV", "Minister of Foreign Affairs of the UAE", "2006-02-09")])
p("haitham_bin_tariq", "OMN", "Haitham bin Tariq", "Sultan Haitham bin Tariq", "Sultan Haitham", nosur=True, copy=False,
  fr=["Haïtham ben Tarek", "sultan Haïtham", "Haitham bin Tariq"], de=["Haitham bin Tariq", "Sultan Haitham"], es=["Haitham bin Tarik", "sultán Haitham"],
  it=["Haitham bin Tariq", "sultano Haitham"], ru=["Хайсам бен Тарик"], uk=["Хайсам бін Тарік"],
  roles=[R("OMNGOV", "Sultan of Oman", "2020-01-11")])
p("badr_albusaidi", "OMN", "Badr Albusaidi", "Badr al-Busaidi", "Sayyid Badr Albusaidi", nosur=True,
  fr=["Badr al-Boussaïdi", "Badr Albusaidi"], ru="Бадр аль-Бусаиди", uk="Бадр аль-Бусаїді",
  note="mediator of the 2025 US-Iran nuclear talks",
  roles=[R("OMNGOV", "Minister of Foreign Affairs of Oman", "2020-08-18")])

group("Egypt and Jordan")

p("abdel_fattah_el_sisi", "EGY", "Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abdel Fattah Sisi", "el-Sisi", "al-Sisi", "Sisi", nosur=True, copy=False,
  fr=["Abdel Fattah al-Sissi", "Abdel Fattah el-Sissi", "al-Sissi", "el-Sissi", "Sissi", "Abdel Fattah al-Sisi"],
  de=["Abdel Fattah al-Sisi", "Abd al-Fattah as-Sisi", "al-Sisi", "Sisi"], es=["Abdelfatah al Sisi", "Abdel Fatah al Sisi", "al Sisi", "Sisi"],
  it=["Abdel Fattah al-Sisi", "al-Sisi", "Sisi"], ru=["Абдель Фаттах ас-Сиси", "ас-Сиси", "Сиси"], uk=["Абдель Фаттах ас-Сісі", "ас-Сісі", "Сісі"],
  roles=[R("EGYGOV", "Minister of Defence of Egypt", "2012-08-12", "2014-03-26"),
         R("EGYGOV", "President of Egypt", "2014-06-08")])
p("mostafa_madbouly", "EGY", "Mostafa Madbouly", "Moustafa Madbouly", fr=["Moustafa Madbouli", "Mostafa Madbouly"], ru="Мустафа Мадбули", uk="Мустафа Мадбулі",
  roles=[R("EGYGOV", "Prime Minister of Egypt", "2018-06-07")])
p("badr_abdelatty", "EGY", "Badr Abdelatty", "Badr Abdel Aty", drop=["Aty", "Ати", "Аті"], fr=["Badr Abdelatty"], ru="Бадр Абдель Ати", uk="Бадр Абдель Аті",
  roles=[R("EGYGOV", "Minister of Foreign Affairs of Egypt", "2024-07-03")])
p("sameh_shoukry", "EGY", "Sameh Shoukry", fr=["Sameh Choukri", "Sameh Shoukry"], de=["Samih Schukri", "Sameh Shoukry"], ru="Самех Шукри", uk="Самех Шукрі",
  roles=[R("EGYGOV", "Minister of Foreign Affairs of Egypt", "2014-06-17", "2024-07-03")])
p("mohamed_zaki", "EGY", "Mohamed Zaki", "Mohamed Ahmed Zaki", ru="Мохамед Заки", uk="Мохамед Закі", nosur=True,
  roles=[R("EGYGOV", "Minister of Defence of Egypt", "2018-06-14", "2024-07-03")])
p("abdel_mageed_saqr", "EGY", "Abdel Mageed Saqr", "Abdel Meguid Saqr", ru="Абдель Магид Сакр", uk="Абдель Магід Сакр", nosur=True,
  roles=[R("EGYGOV", "Minister of Defence of Egypt", "2024-07-03")])
p("abdullah_ii", "JOR", "King Abdullah II", "Abdullah II", "King Abdullah II of Jordan", nosur=True, copy=False,
  fr=["Abdallah II", "le roi Abdallah II"], de=["Abdullah II.", "König Abdullah II."], es=["Abdalá II", "el rey Abdalá II"],
  it=["Abdallah II", "re Abdallah II"], ru=["Абдалла II", "король Абдалла II"], uk=["Абдалла II", "король Абдалла II"],
  roles=[R("JORGOV", "King of Jordan", "1999-02-07")])
p("ayman_safadi", "JOR", "Ayman Safadi", fr=["Ayman Safadi"], ru="Айман Сафади", uk="Айман Сафаді",
  roles=[R("JORGOV", "Minister of Foreign Affairs of Jordan", "2017-01-15")])
p("jafar_hassan", "JOR", "Jafar Hassan", "Jaafar Hassan", fr=["Jaafar Hassan", "Jafar Hassan"], ru="Джафар Хасан", uk="Джафар Хасан", nosur=True,
  roles=[R("JORGOV", "Prime Minister of Jordan", "2024-09-18")])
p("bisher_al_khasawneh", "JOR", "Bisher Al-Khasawneh", "Bisher al-Khasawneh", "al-Khasawneh", nosur=True, ru="Бишр аль-Хасауне", uk="Бішр аль-Хасауне",
  roles=[R("JORGOV", "Prime Minister of Jordan", "2020-10-12", "2024-09-18")])

group("Yemen (incl. Houthis)")

p("abdrabbuh_mansur_hadi", "YEM", "Abdrabbuh Mansur Hadi", "Abd Rabbo Mansour Hadi", "Mansour Hadi", nosur=True,
  fr=["Abd Rabbo Mansour Hadi", "Mansour Hadi"], de=["Abd Rabbuh Mansur Hadi", "Mansur Hadi"], es=["Abdo Rabu Mansur Hadi", "Mansur Hadi"],
  ru="Абд Раббо Мансур Хади", uk="Абд Раббо Мансур Хаді",
  roles=[R("YEMGOV", "President of Yemen", "2012-02-25", "2022-04-07")])
p("rashad_al_alimi", "YEM", "Rashad al-Alimi", "al-Alimi", nosur=True, fr=["Rachad al-Alimi", "Rashad al-Alimi"], de=["Raschad al-Alimi", "Rashad al-Alimi"],
  ru="Рашад аль-Алими", uk="Рашад аль-Алімі",
  roles=[R("YEMGOV", "Chairman of the Presidential Leadership Council of Yemen", "2022-04-07")])
p("abdul_malik_al_houthi", "YEM", "Abdul-Malik al-Houthi", "Abdul Malik al-Houthi", "Abdel-Malek al-Houthi", nosur=True,
  fr=["Abdel Malek al-Houthi", "Abdel-Malik al-Houthi"], de=["Abdul-Malik al-Huthi", "Abdul-Malik al-Houthi"], es=["Abdulmalik al Huthi", "Abdul Malik al Houthi"],
  ru="Абдул-Малик аль-Хуси", uk="Абдул-Малік аль-Хусі",
  note="'al-Houthi' alone is not listed: it names the movement (Houthis) as well",
  roles=[R("YEMREB", "Leader of the Houthi movement (Ansar Allah)", "2004-09")])
p("mahdi_al_mashat", "YEM", "Mahdi al-Mashat", "Mahdi al-Mashaat", nosur=True, fr=["Mahdi al-Machat", "Mahdi al-Mashat"], ru="Махди аль-Машат", uk="Махді аль-Машат",
  roles=[R("YEMREB", "President of the Houthi Supreme Political Council", "2018-04-25")])
p("yahya_saree", "YEM", "Yahya Saree", "Yahya Sarea", "Yahya Sarie", drop=["Sari"], fr=["Yahya Saree", "Yahya Sarea"], de=["Jahja Sari", "Yahya Saree"],
  ru="Яхья Сариа", uk="Ях'я Сарі", note="start date approximate",
  roles=[R("YEMREB", "Military spokesman of the Houthis", "2019")])
