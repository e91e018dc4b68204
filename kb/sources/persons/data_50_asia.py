# East, South and South-East Asia, Oceania.
from model import p, R, group

group("China")

p("xi_jinping", "CHN", "Xi Jinping", "Xi", q="Q15031", ru=["Си Цзиньпин", "Си"], uk=["Сі Цзіньпін", "Сі"], nosur=True,
  note="'Xi' alone is listed because the press uses it so; it is short and could collide with other tokens",
  roles=[R("CHNGOV", "Vice President of China", "2008-03-15", "2013-03-14"),
         R("CHNGOV", "General Secretary of the Chinese Communist Party and Chairman of the Central Military Commission", "2012-11-15"),
         R("CHNGOV", "President of China", "2013-03-14")])
p("li_keqiang", "CHN", "Li Keqiang", ru="Ли Кэцян", nosur=True, note="died 2023-10-27",
  roles=[R("CHNGOV", "Premier of China", "2013-03-15", "2023-03-11")])
p("li_qiang", "CHN", "Li Qiang", ru="Ли Цян", nosur=True,
  roles=[R("CHNGOV", "Premier of China", "2023-03-11")])
p("han_zheng", "CHN", "Han Zheng", ru="Хань Чжэн", nosur=True,
  roles=[R("CHNGOV", "Vice President of China", "2023-03-10")])
p("wang_yi", "CHN", "Wang Yi", ru="Ван И", nosur=True, note="very common name; Wang alone not listed",
  roles=[R("CHNGOV", "Minister of Foreign Affairs of China", "2013-03-16", "2022-12-30"),
         R("CHNGOV", "Director of the Office of the Central Foreign Affairs Commission", "2023-01"),
         R("CHNGOV", "Minister of Foreign Affairs of China", "2023-07-25")])
p("qin_gang", "CHN", "Qin Gang", ru="Цинь Ган", nosur=True,
  roles=[R("CHNGOV", "Minister of Foreign Affairs of China", "2022-12-30", "2023-07-25")])
p("chang_wanquan", "CHN", "Chang Wanquan", ru="Чан Ваньцюань", nosur=True,
  roles=[R("CHNGOV", "Minister of National Defense of China", "2013-03-16", "2018-03-19")])
p("wei_fenghe", "CHN", "Wei Fenghe", ru="Вэй Фэнхэ", nosur=True,
  roles=[R("CHNGOV", "Minister of National Defense of China", "2018-03-19", "2023-03-12")])
p("li_shangfu", "CHN", "Li Shangfu", ru="Ли Шанфу", nosur=True,
  roles=[R("CHNGOV", "Minister of National Defense of China", "2023-03-12", "2023-10-24")])
p("dong_jun", "CHN", "Dong Jun", ru="Дун Цзюнь", nosur=True,
  roles=[R("CHNGOV", "Minister of National Defense of China", "2023-12-29")])
p("zhang_youxia", "CHN", "Zhang Youxia", ru="Чжан Юся", nosur=True,
  note="placed under investigation 2026-01-24 (announced by the Chinese defence ministry)",
  roles=[R("CHNMIL", "Vice Chairman of the Central Military Commission of China", "2017-10-25", "2026-01-24",
           src="public record; Xinhua, 2026-01-24")])
p("liu_zhenli", "CHN", "Liu Zhenli", ru="Лю Чжэньли", nosur=True,
  note="placed under investigation 2026-01-24",
  roles=[R("CHNMIL", "Chief of the Joint Staff Department of the Central Military Commission of China", "2022-10", "2026-01-24",
           src="public record; Xinhua, 2026-01-24")])
p("he_weidong", "CHN", "He Weidong", ru="Хэ Вэйдун", nosur=True,
  note="expelled from the Communist Party in October 2025",
  roles=[R("CHNMIL", "Vice Chairman of the Central Military Commission of China", "2022-10-23", "2025-10")])
p("zhang_shengmin", "CHN", "Zhang Shengmin", ru="Чжан Шэнминь", nosur=True, unsure=True,
  roles=[R("CHNMIL", "Vice Chairman of the Central Military Commission of China", "2025-10", src="press reports, 2025-10 and 2026-01")])

group("Taiwan")

p("lai_ching_te", "TWN", "Lai Ching-te", "William Lai", "Lai Ching-teh", ru="Лай Циндэ", uk="Лай Цінде", nosur=True,
  roles=[R("TWNGOV", "Premier of Taiwan", "2017-09-08", "2019-01-14"),
         R("TWNGOV", "Vice President of Taiwan", "2020-05-20", "2024-05-20"),
         R("TWNGOV", "President of Taiwan", "2024-05-20")])
p("tsai_ing_wen", "TWN", "Tsai Ing-wen", q="Q233984", ru="Цай Инвэнь", uk="Цай Інвень", nosur=True,
  roles=[R("TWNGOV", "President of Taiwan", "2016-05-20", "2024-05-20")])
p("cho_jung_tai", "TWN", "Cho Jung-tai", ru="Чжо Жунтай", uk="Чжо Жунтай", nosur=True,
  roles=[R("TWNGOV", "Premier of Taiwan", "2024-05-20")])
p("lin_chia_lung", "TWN", "Lin Chia-lung", ru="Линь Цзялун", nosur=True,
  roles=[R("TWNGOV", "Minister of Foreign Affairs of Taiwan", "2024-05-20")])
p("joseph_wu", "TWN", "Joseph Wu", "Wu Jaushieh", ru="Джозеф У", uk="Джозеф Ву", nosur=True,
  roles=[R("TWNGOV", "Minister of Foreign Affairs of Taiwan", "2018-02-26", "2024-05-20"),
         R("TWNGOV", "Secretary-General of the National Security Council of Taiwan", "2024-05-20")])
p("wellington_koo", "TWN", "Wellington Koo", ru="Веллингтон Ку", nosur=True,
  roles=[R("TWNGOV", "Minister of National Defense of Taiwan", "2024-05-20")])
p("chiu_kuo_cheng", "TWN", "Chiu Kuo-cheng", ru="Цю Гочжэн", nosur=True,
  roles=[R("TWNGOV", "Minister of National Defense of Taiwan", "2021-02-23", "2024-05-20")])

group("Japan")

p("sanae_takaichi", "JPN", "Sanae Takaichi", ru="Санаэ Такаити", uk="Санае Такаїті",
  roles=[R("JPNGOV", "Prime Minister of Japan", "2025-10-21")])
p("shigeru_ishiba", "JPN", "Shigeru Ishiba", ru="Сигэру Исиба", uk="Сігеру Ісіба",
  roles=[R("JPNGOV", "Prime Minister of Japan", "2024-10-01", "2025-10-21")])
p("fumio_kishida", "JPN", "Fumio Kishida", ru="Фумио Кисида", uk="Фуміо Кісіда",
  roles=[R("JPNGOV", "Minister of Foreign Affairs of Japan", "2012-12-26", "2017-08-03"),
         R("JPNGOV", "Prime Minister of Japan", "2021-10-04", "2024-10-01")])
p("yoshihide_suga", "JPN", "Yoshihide Suga", ru="Ёсихидэ Суга", uk="Йосіхіде Суга",
  roles=[R("JPNGOV", "Prime Minister of Japan", "2020-09-16", "2021-10-04")])
p("shinzo_abe", "JPN", "Shinzo Abe", "Shinzō Abe", q="Q132345", ru="Синдзо Абэ", uk="Сіндзо Абе",
  note="assassinated 2022-07-08",
  roles=[R("JPNGOV", "Prime Minister of Japan", "2006-09-26", "2007-09-26"),
         R("JPNGOV", "Prime Minister of Japan", "2012-12-26", "2020-09-16")])
p("toshimitsu_motegi", "JPN", "Toshimitsu Motegi", ru="Тосимицу Мотэги", uk="Тосіміцу Мотегі",
  roles=[R("JPNGOV", "Minister of Foreign Affairs of Japan", "2019-09-11", "2021-11-04"),
         R("JPNGOV", "Minister of Foreign Affairs of Japan", "2025-10-21")])
p("takeshi_iwaya", "JPN", "Takeshi Iwaya", ru="Такэси Ивая", uk="Такесі Івая",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2018-10-02", "2019-09-11"),
         R("JPNGOV", "Minister of Foreign Affairs of Japan", "2024-10-01", "2025-10-21")])
p("yoko_kamikawa", "JPN", "Yoko Kamikawa", ru="Ёко Камикава", uk="Йоко Камікава",
  roles=[R("JPNGOV", "Minister of Foreign Affairs of Japan", "2023-09-13", "2024-10-01")])
p("yoshimasa_hayashi", "JPN", "Yoshimasa Hayashi", ru="Ёсимаса Хаяси", uk="Йосімаса Хаясі",
  roles=[R("JPNGOV", "Minister of Foreign Affairs of Japan", "2021-11-10", "2023-09-13"),
         R("JPNGOV", "Chief Cabinet Secretary of Japan", "2023-12-14", "2025-10-21")])
p("shinjiro_koizumi", "JPN", "Shinjiro Koizumi", ru="Синдзиро Коидзуми", uk="Сіндзіро Коїдзумі",
  ambsur="Koizumi: also his father, former prime minister Junichiro Koizumi",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2025-10-21")])
p("gen_nakatani", "JPN", "Gen Nakatani", ru="Гэн Накатани", uk="Ген Накатані",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2014-12-24", "2016-08-03"),
         R("JPNGOV", "Minister of Defense of Japan", "2024-10-01", "2025-10-21")])
p("minoru_kihara", "JPN", "Minoru Kihara", ru="Минору Кихара", uk="Мінору Кіхара",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2023-09-13", "2024-10-01"),
         R("JPNGOV", "Chief Cabinet Secretary of Japan", "2025-10-21")])
p("yasukazu_hamada", "JPN", "Yasukazu Hamada", ru="Ясукадзу Хамада", uk="Ясукадзу Хамада",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2022-08-10", "2023-09-13")])
p("nobuo_kishi", "JPN", "Nobuo Kishi", ru="Нобуо Киси", uk="Нобуо Кісі", ambsur="Kishi: also his grandfather, former PM Nobusuke Kishi",
  roles=[R("JPNGOV", "Minister of Defense of Japan", "2020-09-16", "2022-08-10")])
p("naruhito", "JPN", "Emperor Naruhito", "Naruhito", copy=False, nosur=True,
  fr=["Naruhito", "l'empereur Naruhito"], de=["Naruhito", "Kaiser Naruhito"], es=["Naruhito", "el emperador Naruhito"], it=["Naruhito", "l'imperatore Naruhito"],
  ru=["Нарухито", "император Нарухито"], uk=["Нарухіто", "імператор Нарухіто"],
  roles=[R("JPNGOV", "Emperor of Japan", "2019-05-01")])

group("Korea")

p("lee_jae_myung", "KOR", "Lee Jae-myung", "Lee Jae Myung", "Lee Jae-Myung", ru="Ли Чжэ Мён", uk="Лі Дже Мьон", nosur=True,
  roles=[R("KOROPP", "Leader of the Democratic Party of Korea (opposition)", "2022-08-28", "2025-04-09"),
         R("KORGOV", "President of South Korea", "2025-06-04")])
p("yoon_suk_yeol", "KOR", "Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon Seok-youl", ru="Юн Сок Ёль", uk="Юн Сук Йоль", nosur=True,
  note="impeached 2024-12-14 after declaring martial law, removed by the Constitutional Court 2025-04-04; surname Yoon alone not listed",
  roles=[R("KORGOV", "President of South Korea", "2022-05-10", "2025-04-04")])
p("moon_jae_in", "KOR", "Moon Jae-in", "Moon Jae In", q="Q21001", ru="Мун Чжэ Ин", uk="Мун Дже Ін", nosur=True,
  roles=[R("KORGOV", "President of South Korea", "2017-05-10", "2022-05-09")])
p("park_geun_hye", "KOR", "Park Geun-hye", ru="Пак Кын Хе", uk="Пак Кин Хє", nosur=True,
  roles=[R("KORGOV", "President of South Korea", "2013-02-25", "2017-03-10")])
p("han_duck_soo", "KOR", "Han Duck-soo", "Han Deok-su", ru="Хан Дак Су", uk="Хан Дак Су", nosur=True,
  roles=[R("KORGOV", "Prime Minister of South Korea", "2022-05-21", "2025-05-01"),
         R("KORGOV", "Acting President of South Korea", "2024-12-14", "2024-12-27"),
         R("KORGOV", "Acting President of South Korea", "2025-03-24", "2025-05-01")])
p("choi_sang_mok", "KOR", "Choi Sang-mok", ru="Чхве Сан Мок", uk="Чхве Сан Мок", nosur=True,
  roles=[R("KORGOV", "Acting President of South Korea", "2024-12-27", "2025-03-24")])
p("kim_yong_hyun", "KOR", "Kim Yong-hyun", ru="Ким Ён Хён", uk="Кім Йон Хьон", nosur=True,
  roles=[R("KORGOV", "Minister of National Defense of South Korea", "2024-09-06", "2024-12-05")])
p("cho_hyun", "KOR", "Cho Hyun", ru="Чо Хён", uk="Чо Хьон", nosur=True,
  roles=[R("KORGOV", "Minister of Foreign Affairs of South Korea", "2025-07-21", src="public record; Korea JoongAng Daily, 2025-07-21")])
p("ahn_gyu_back", "KOR", "Ahn Gyu-back", "Ahn Gyu-baek", ru="Ан Гю Бэк", uk="Ан Гю Бек", nosur=True,
  note="first civilian defence minister since 1961",
  roles=[R("KORGOV", "Minister of National Defense of South Korea", "2025-07", src="public record; Yonhap/Reuters, 2025-06-23 nomination")])
p("cho_tae_yul", "KOR", "Cho Tae-yul", ru="Чо Тхэ Ёль", uk="Чо Те Йоль", nosur=True,
  roles=[R("KORGOV", "Minister of Foreign Affairs of South Korea", "2024-01-10", "2025-07")])
p("kim_jong_un", "PRK", "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", q="Q56226", ru="Ким Чен Ын", uk="Кім Чен Ин", nosur=True,
  note="Kim alone is not listed (very common Korean surname)",
  roles=[R("PRKGOV", "Supreme Leader of North Korea", "2011-12-17")])
p("kim_yo_jong", "PRK", "Kim Yo Jong", "Kim Yo-jong", ru="Ким Ё Чжон", uk="Кім Йо Чжон", nosur=True,
  note="sister of Kim Jong Un; dates of her party posts approximate",
  roles=[R("PRKGOV", "Senior official of the Workers' Party of Korea Central Committee", "2014")])
p("choe_son_hui", "PRK", "Choe Son Hui", "Choe Son-hui", ru="Цой Сон Хи", uk="Цой Сон Хі", nosur=True,
  roles=[R("PRKGOV", "Minister of Foreign Affairs of North Korea", "2022-06-11")])
p("ri_son_gwon", "PRK", "Ri Son Gwon", "Ri Son-gwon", ru="Ли Сон Гвон", uk="Лі Сон Гвон", nosur=True,
  roles=[R("PRKGOV", "Minister of Foreign Affairs of North Korea", "2020-01", "2022-06-11")])

group("India")

p("narendra_modi", "IND", "Narendra Modi", q="Q1058", ru="Нарендра Моди", uk="Нарендра Моді",
  roles=[R("INDGOV", "Prime Minister of India", "2014-05-26")])
p("droupadi_murmu", "IND", "Droupadi Murmu", ru="Драупади Мурму", uk="Драупаді Мурму",
  roles=[R("INDGOV", "President of India", "2022-07-25")])
p("ram_nath_kovind", "IND", "Ram Nath Kovind", ru="Рам Натх Ковинд", uk="Рам Натх Ковінд",
  roles=[R("INDGOV", "President of India", "2017-07-25", "2022-07-25")])
p("subrahmanyam_jaishankar", "IND", "Subrahmanyam Jaishankar", "S. Jaishankar", "S Jaishankar", ru="Субраманьям Джайшанкар", uk="Субрахманьям Джайшанкар",
  roles=[R("INDGOV", "Minister of External Affairs of India", "2019-05-30")])
p("sushma_swaraj", "IND", "Sushma Swaraj", ru="Сушма Сварадж", uk="Сушма Сварадж", note="died 2019-08-06",
  roles=[R("INDGOV", "Minister of External Affairs of India", "2014-05-26", "2019-05-30")])
p("rajnath_singh", "IND", "Rajnath Singh", ru="Раджнатх Сингх", uk="Раджнатх Сінгх", nosur=True,
  note="Singh alone not listed (very common surname)",
  roles=[R("INDGOV", "Minister of Home Affairs of India", "2014-05-26", "2019-05-30"),
         R("INDGOV", "Minister of Defence of India", "2019-05-31")])
p("ajit_doval", "IND", "Ajit Doval", ru="Аджит Довал", uk="Аджит Довал",
  roles=[R("INDGOV", "National Security Advisor of India", "2014-05-30")])
p("bipin_rawat", "IND", "Bipin Rawat", ru="Бипин Рават", uk="Біпін Рават", note="died in a helicopter crash 2021-12-08",
  roles=[R("INDMIL", "Chief of the Army Staff of India", "2016-12-31", "2019-12-31"),
         R("INDMIL", "Chief of Defence Staff of India", "2020-01-01", "2021-12-08")])
p("anil_chauhan", "IND", "Anil Chauhan", ru="Анил Чаухан", uk="Аніл Чаухан", ambsur="Chauhan: common Indian surname",
  roles=[R("INDMIL", "Chief of Defence Staff of India", "2022-09-30")])
p("upendra_dwivedi", "IND", "Upendra Dwivedi", ru="Упендра Двиведи", uk="Упендра Двіведі",
  roles=[R("INDMIL", "Chief of the Army Staff of India", "2024-06-30")])

group("Pakistan")

p("shehbaz_sharif", "PAK", "Shehbaz Sharif", "Shahbaz Sharif", "Shehbaz", ru="Шахбаз Шариф", uk="Шахбаз Шаріф", nosur=True,
  note="Sharif alone not listed (also his brother Nawaz Sharif)",
  roles=[R("PAKGOV", "Prime Minister of Pakistan", "2022-04-11", "2023-08-14"),
         R("PAKGOV", "Prime Minister of Pakistan", "2024-03-04")])
p("nawaz_sharif", "PAK", "Nawaz Sharif", "Nawaz", ru="Наваз Шариф", uk="Наваз Шаріф", nosur=True,
  note="Sharif alone not listed (also his brother Shehbaz Sharif)",
  roles=[R("PAKGOV", "Prime Minister of Pakistan", "2013-06-05", "2017-07-28")])
p("imran_khan", "PAK", "Imran Khan", ru="Имран Хан", uk="Імран Хан", nosur=True,
  note="Khan alone not listed (very common name); jailed since 2023-08-05",
  roles=[R("PAKGOV", "Prime Minister of Pakistan", "2018-08-18", "2022-04-10"),
         R("PAKOPP", "Founder of the opposition PTI party, imprisoned", "2022-04-10")])
p("anwaar_ul_haq_kakar", "PAK", "Anwaar-ul-Haq Kakar", "Anwaar ul Haq Kakar", ru="Анвар-уль-Хак Какар", uk="Анвар-уль-Хак Какар",
  roles=[R("PAKGOV", "Caretaker Prime Minister of Pakistan", "2023-08-14", "2024-03-04")])
p("asif_ali_zardari", "PAK", "Asif Ali Zardari", ru="Асиф Али Зардари", uk="Асіф Алі Зардарі", ambsur="Zardari: also his son Bilawal Bhutto Zardari",
  roles=[R("PAKGOV", "President of Pakistan", "2008-09-09", "2013-09-08"),
         R("PAKGOV", "President of Pakistan", "2024-03-10")])
p("arif_alvi", "PAK", "Arif Alvi", ru="Ариф Алви", uk="Аріф Алві",
  roles=[R("PAKGOV", "President of Pakistan", "2018-09-09", "2024-03-09")])
p("ishaq_dar", "PAK", "Ishaq Dar", ru="Исхак Дар", uk="Ісхак Дар", nosur=True,
  roles=[R("PAKGOV", "Minister of Foreign Affairs of Pakistan", "2024-03-11"),
         R("PAKGOV", "Deputy Prime Minister of Pakistan", "2024-04-28")])
p("bilawal_bhutto_zardari", "PAK", "Bilawal Bhutto Zardari", "Bilawal Bhutto", "Bilawal", ru="Билавал Бхутто Зардари", uk="Білавал Бхутто Зардарі", nosur=True,
  roles=[R("PAKGOV", "Minister of Foreign Affairs of Pakistan", "2022-04-27", "2023-08-10")])
p("asim_munir", "PAK", "Asim Munir", ru="Асим Мунир", uk="Асім Мунір",
  note="promoted field marshal 2025-05-20; also named chief of defence forces in late 2025",
  roles=[R("PAKMIL", "Chief of Army Staff of Pakistan", "2022-11-29")])
p("qamar_javed_bajwa", "PAK", "Qamar Javed Bajwa", ru="Камар Джавед Баджва", uk="Камар Джавед Баджва",
  roles=[R("PAKMIL", "Chief of Army Staff of Pakistan", "2016-11-29", "2022-11-29")])
p("khawaja_asif", "PAK", "Khawaja Asif", "Khawaja Muhammad Asif", ru="Хаваджа Асиф", uk="Хаваджа Асіф", nosur=True,
  roles=[R("PAKGOV", "Minister of Defence of Pakistan", "2022-04-19", "2023-08-10"),
         R("PAKGOV", "Minister of Defence of Pakistan", "2024-03-11")])

group("Afghanistan")

p("hibatullah_akhundzada", "AFG", "Hibatullah Akhundzada", "Haibatullah Akhundzada", "Akhundzada", ru="Хайбатулла Ахундзада", uk="Хайбатулла Ахундзада",
  fr=["Haibatullah Akhundzada", "Hibatullah Akhundzada"],
  roles=[R("AFGREB", "Supreme Leader of the Taliban", "2016-05-25", "2021-08-15"),
         R("AFGGOV", "Supreme Leader of Afghanistan (Taliban)", "2021-08-15")])
p("ashraf_ghani", "AFG", "Ashraf Ghani", ru="Ашраф Гани", uk="Ашраф Гані",
  roles=[R("AFGGOV", "President of Afghanistan", "2014-09-29", "2021-08-15")])
p("hamid_karzai", "AFG", "Hamid Karzai", ru="Хамид Карзай", uk="Хамід Карзай",
  roles=[R("AFGGOV", "President of Afghanistan (interim leader from 2001-12-22)", "2001-12-22", "2014-09-29")])
p("abdullah_abdullah", "AFG", "Abdullah Abdullah", ru="Абдулла Абдулла", uk="Абдулла Абдулла", nosur=True,
  roles=[R("AFGGOV", "Chief Executive of Afghanistan", "2014-09-29", "2020-03-11"),
         R("AFGGOV", "Chairman of the High Council for National Reconciliation", "2020-05-17", "2021-08-15")])
p("mohammad_hasan_akhund", "AFG", "Mohammad Hasan Akhund", "Mullah Mohammad Hassan Akhund", ru="Мохаммад Хасан Ахунд", uk="Мохаммад Хасан Ахунд", nosur=True,
  roles=[R("AFGGOV", "Prime Minister of Afghanistan (Taliban)", "2021-09-07")])
p("amir_khan_muttaqi", "AFG", "Amir Khan Muttaqi", "Muttaqi", ru="Амир Хан Муттаки", uk="Амір Хан Муттакі", nosur=True,
  roles=[R("AFGGOV", "Minister of Foreign Affairs of Afghanistan (Taliban)", "2021-09-07")])
p("mohammad_yaqoob", "AFG", "Mohammad Yaqoob", "Mullah Yaqoob", "Mohammad Yaqoob Mujahid", ru="Мохаммад Якуб", uk="Мохаммад Якуб", nosur=True,
  roles=[R("AFGGOV", "Minister of Defence of Afghanistan (Taliban)", "2021-09-07")])
p("sirajuddin_haqqani", "AFG", "Sirajuddin Haqqani", ru="Сираджуддин Хаккани", uk="Сіраджуддін Хаккані", ambsur="Haqqani: also the Haqqani network and other family members",
  roles=[R("AFGREB", "Deputy leader of the Taliban, head of the Haqqani network", "2015", "2021-08-15"),
         R("AFGGOV", "Minister of Interior of Afghanistan (Taliban)", "2021-09-07")])
p("abdul_ghani_baradar", "AFG", "Abdul Ghani Baradar", "Mullah Baradar", "Baradar", ru="Абдул Гани Барадар", uk="Абдул Гані Барадар",
  roles=[R("AFGREB", "Head of the Taliban political office in Doha", "2019-01", "2021-08-15"),
         R("AFGGOV", "Deputy Prime Minister of Afghanistan (Taliban)", "2021-09-07")])
p("zabihullah_mujahid", "AFG", "Zabihullah Mujahid", "Zabiullah Mujahid", ru="Забихулла Муджахид", uk="Забіхулла Муджахід", nosur=True,
  note="Mujahid alone not listed (common noun)",
  roles=[R("AFGREB", "Spokesman of the Taliban", "2007", "2021-08-15"),
         R("AFGGOV", "Spokesman of the Taliban government", "2021-08-15")])

group("South-East Asia and Oceania")

p("prabowo_subianto", "IDN", "Prabowo Subianto", "Prabowo", ru="Прабово Субианто", uk="Прабово Субіанто",
  roles=[R("IDNGOV", "Minister of Defence of Indonesia", "2019-10-23", "2024-10-20"),
         R("IDNGOV", "President of Indonesia", "2024-10-20")])
p("joko_widodo", "IDN", "Joko Widodo", "Jokowi", ru="Джоко Видодо", uk="Джоко Відодо",
  roles=[R("IDNGOV", "President of Indonesia", "2014-10-20", "2024-10-20")])
p("sugiono", "IDN", "Sugiono", ru="Сугионо", uk="Сугіоно", nosur=True,
  roles=[R("IDNGOV", "Minister of Foreign Affairs of Indonesia", "2024-10-21")])
p("retno_marsudi", "IDN", "Retno Marsudi", ru="Ретно Марсуди", uk="Ретно Марсуді",
  roles=[R("IDNGOV", "Minister of Foreign Affairs of Indonesia", "2014-10-27", "2024-10-20")])
p("sjafrie_sjamsoeddin", "IDN", "Sjafrie Sjamsoeddin", ru="Шафри Шамсуддин", uk="Шафрі Шамсуддін",
  roles=[R("IDNGOV", "Minister of Defence of Indonesia", "2024-10-21")])
p("ferdinand_marcos_jr", "PHL", "Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "Bongbong Marcos", "Marcos", ru="Фердинанд Маркос-младший", uk="Фердинанд Маркос-молодший",
  nosur=True, note="Marcos alone also refers to his father Ferdinand Marcos (president 1965-1986)",
  roles=[R("PHLGOV", "President of the Philippines", "2022-06-30")])
p("min_aung_hlaing", "MMR", "Min Aung Hlaing", ru="Мин Аунг Хлайн", uk="Мін Аунг Хлайн", nosur=True,
  roles=[R("MMRMIL", "Commander-in-Chief of the Myanmar Armed Forces", "2011-03-30"),
         R("MMRGOV", "Head of the military junta of Myanmar (State Administration Council, later acting president)", "2021-02-02")])
p("anthony_albanese", "AUS", "Anthony Albanese", ru="Энтони Албанезе", uk="Ентоні Албаніз",
  roles=[R("AUSGOV", "Prime Minister of Australia", "2022-05-23")])
p("scott_morrison", "AUS", "Scott Morrison", ru="Скотт Моррисон", uk="Скотт Моррісон", ambsur="Morrison: common surname",
  roles=[R("AUSGOV", "Prime Minister of Australia", "2018-08-24", "2022-05-23")])
p("malcolm_turnbull", "AUS", "Malcolm Turnbull", ru="Малкольм Тернбулл", uk="Малкольм Тернбулл",
  roles=[R("AUSGOV", "Prime Minister of Australia", "2015-09-15", "2018-08-24")])
p("penny_wong", "AUS", "Penny Wong", ru="Пенни Вонг", uk="Пенні Вонг", nosur=True,
  roles=[R("AUSGOV", "Minister for Foreign Affairs of Australia", "2022-05-23")])
p("richard_marles", "AUS", "Richard Marles", ru="Ричард Марлз", uk="Річард Марлз",
  roles=[R("AUSGOV", "Deputy Prime Minister and Minister for Defence of Australia", "2022-05-23")])
