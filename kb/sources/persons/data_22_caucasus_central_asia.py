# Russia's neighbours: South Caucasus, Moldova, Central Asia.
from model import p, R, group

group("Georgia")

p("salome_zourabichvili", "GEO", "Salome Zourabichvili", "Salome Zurabishvili", "Zourabichvili", "Zurabishvili",
  fr=["Salomé Zourabichvili"], de=["Salome Surabischwili", "Surabischwili"], es=["Salomé Zurabishvili"],
  ru="Саломе Зурабишвили", uk="Саломе Зурабішвілі",
  note="after 2024-12-29 she disputes the legitimacy of her successor",
  roles=[R("GEOGOV", "Minister of Foreign Affairs of Georgia", "2004-03-20", "2005-10-19"),
         R("GEOGOV", "President of Georgia", "2018-12-16", "2024-12-29")])
p("giorgi_margvelashvili", "GEO", "Giorgi Margvelashvili", fr=["Guiorgui Margvelachvili"], de=["Giorgi Margwelaschwili"],
  ru="Георгий Маргвелашвили", uk="Георгій Маргвелашвілі",
  roles=[R("GEOGOV", "President of Georgia", "2013-11-17", "2018-12-16")])
p("mikheil_kavelashvili", "GEO", "Mikheil Kavelashvili", "Mikheil Kavelashvili", fr=["Mikheïl Kavelachvili"], de=["Micheil Kawelaschwili", "Kawelaschwili"],
  ru="Михаил Кавелашвили", uk="Михаїл Кавелашвілі",
  roles=[R("GEOGOV", "President of Georgia", "2024-12-29")])
p("irakli_kobakhidze", "GEO", "Irakli Kobakhidze", fr=["Irakli Kobakhidzé"], de=["Irakli Kobachidse", "Kobachidse"],
  ru="Ираклий Кобахидзе", uk="Іраклій Кобахідзе",
  roles=[R("GEOGOV", "Prime Minister of Georgia", "2024-02-08")])
p("irakli_garibashvili", "GEO", "Irakli Garibashvili", fr=["Irakli Garibachvili"], de=["Irakli Gharibaschwili", "Gharibaschwili"],
  ru="Ираклий Гарибашвили", uk="Іраклій Гарібашвілі",
  roles=[R("GEOGOV", "Prime Minister of Georgia", "2013-11-20", "2015-12-30"),
         R("GEOGOV", "Minister of Defence of Georgia", "2019-09-08", "2021-02-22"),
         R("GEOGOV", "Prime Minister of Georgia", "2021-02-22", "2024-02-08")])
p("giorgi_kvirikashvili", "GEO", "Giorgi Kvirikashvili", fr=["Guiorgui Kvirikachvili"], de=["Giorgi Kwirikaschwili"],
  ru="Георгий Квирикашвили", uk="Георгій Квірікашвілі",
  roles=[R("GEOGOV", "Prime Minister of Georgia", "2015-12-30", "2018-06-13")])
p("giorgi_gakharia", "GEO", "Giorgi Gakharia", fr=["Guiorgui Gakharia"], de=["Giorgi Gacharia"],
  ru="Георгий Гахария", uk="Георгій Гахарія",
  roles=[R("GEOGOV", "Prime Minister of Georgia", "2019-09-08", "2021-02-18")])
p("bidzina_ivanishvili", "GEO", "Bidzina Ivanishvili", fr=["Bidzina Ivanichvili", "Ivanichvili"], de=["Bidsina Iwanischwili", "Iwanischwili"],
  ru="Бидзина Иванишвили", uk="Бідзіна Іванішвілі",
  note="billionaire founder of the ruling Georgian Dream party",
  roles=[R("GEOGOV", "Prime Minister of Georgia", "2012-10-25", "2013-11-20"),
         R("GEOELI", "Honorary chairman of the Georgian Dream party", "2023-12-30")])
p("mikheil_saakashvili", "GEO", "Mikheil Saakashvili", "Mikhail Saakashvili", fr=["Mikheïl Saakachvili", "Saakachvili"],
  de=["Micheil Saakaschwili", "Saakaschwili"], es=["Mijaíl Saakashvili"], ru="Михаил Саакашвили", uk="Міхеїл Саакашвілі",
  note="jailed in Georgia since 2021-10-01",
  roles=[R("GEOGOV", "President of Georgia", "2004-01-25", "2013-11-17"),
         R("UKRGOV", "Governor of Odesa Oblast (Ukraine)", "2015-05-30", "2016-11-09")])

group("Armenia")

p("nikol_pashinyan", "ARM", "Nikol Pashinyan", "Nikol Pashinian", fr=["Nikol Pachinian", "Pachinian"], de=["Nikol Paschinjan", "Paschinjan"],
  es=["Nikol Pashinián", "Pashinián"], ru="Никол Пашинян", uk="Нікол Пашинян",
  roles=[R("ARMGOV", "Prime Minister of Armenia", "2018-05-08")])
p("armen_sarkissian", "ARM", "Armen Sarkissian", "Armen Sargsyan", fr=["Armen Sarkissian"], de=["Armen Sarkissjan"],
  ru="Армен Саркисян", uk="Армен Саркісян", ambsur="Sarkissian/Sargsyan: also Serzh Sargsyan",
  roles=[R("ARMGOV", "President of Armenia", "2018-04-09", "2022-02-01")])
p("vahagn_khachaturyan", "ARM", "Vahagn Khachaturyan", fr=["Vahagn Khatchatourian"], de=["Wahagn Chatschaturjan"],
  ru="Ваагн Хачатурян", uk="Ваагн Хачатурян", ambsur="Khachaturyan: common Armenian surname",
  roles=[R("ARMGOV", "President of Armenia", "2022-03-13")])
p("serzh_sargsyan", "ARM", "Serzh Sargsyan", "Serzh Sarkisian", fr=["Serge Sarkissian"], de=["Sersch Sargsjan"],
  ru="Серж Саргсян", uk="Серж Саргсян", ambsur="Sargsyan/Sarkissian: also Armen Sarkissian",
  roles=[R("ARMGOV", "President of Armenia", "2008-04-09", "2018-04-09"),
         R("ARMGOV", "Prime Minister of Armenia", "2018-04-17", "2018-04-23")])
p("ararat_mirzoyan", "ARM", "Ararat Mirzoyan", fr=["Ararat Mirzoyan"], de=["Ararat Mirsojan", "Mirsojan"],
  ru="Арарат Мирзоян", uk="Арарат Мірзоян",
  roles=[R("ARMGOV", "Minister of Foreign Affairs of Armenia", "2021-08-19")])
p("zohrab_mnatsakanyan", "ARM", "Zohrab Mnatsakanyan", fr=["Zohrab Mnatsakanian"], ru="Зограб Мнацаканян", uk="Зограб Мнацаканян",
  roles=[R("ARMGOV", "Minister of Foreign Affairs of Armenia", "2018-05-12", "2020-11-16")])
p("suren_papikyan", "ARM", "Suren Papikyan", fr=["Souren Papikian"], de=["Suren Papikjan"], ru="Сурен Папикян", uk="Сурен Папікян",
  roles=[R("ARMGOV", "Minister of Defence of Armenia", "2021-11-15")])

group("Azerbaijan")

p("ilham_aliyev", "AZE", "Ilham Aliyev", "Ilham Aliev", fr=["Ilham Aliev", "Aliev"], de=["Ilham Alijew", "Alijew"],
  es=["Ilham Alíyev", "Alíyev"], ru="Ильхам Алиев", uk="Ільхам Алієв",
  ambsur="Aliyev: also his father Heydar Aliyev",
  roles=[R("AZEGOV", "Prime Minister of Azerbaijan", "2003-08-04", "2003-11-04"),
         R("AZEGOV", "President of Azerbaijan", "2003-10-31")])
p("mehriban_aliyeva", "AZE", "Mehriban Aliyeva", fr=["Mehriban Alieva"], de=["Mehriban Alijewa"], ru="Мехрибан Алиева", uk="Мехрібан Алієва",
  roles=[R("AZEGOV", "First Vice-President of Azerbaijan", "2017-02-21")])
p("jeyhun_bayramov", "AZE", "Jeyhun Bayramov", fr=["Djeyhoun Baïramov", "Jeyhun Bayramov"], de=["Dscheyhun Bayramov"],
  ru="Джейхун Байрамов", uk="Джейхун Байрамов",
  roles=[R("AZEGOV", "Minister of Foreign Affairs of Azerbaijan", "2020-07-16")])
p("elmar_mammadyarov", "AZE", "Elmar Mammadyarov", fr=["Elmar Mammadiarov"], ru="Эльмар Мамедъяров", uk="Ельмар Мамед'яров",
  roles=[R("AZEGOV", "Minister of Foreign Affairs of Azerbaijan", "2004-04-02", "2020-07-16")])
p("zakir_hasanov", "AZE", "Zakir Hasanov", fr=["Zakir Hassanov"], de=["Sakir Hasanow"], ru="Закир Гасанов", uk="Закір Гасанов",
  roles=[R("AZEGOV", "Minister of Defence of Azerbaijan", "2013-10-22")])
p("ali_asadov", "AZE", "Ali Asadov", fr=["Ali Assadov"], ru="Али Асадов", uk="Алі Асадов",
  roles=[R("AZEGOV", "Prime Minister of Azerbaijan", "2019-10-08")])

group("Moldova")

p("maia_sandu", "MDA", "Maia Sandu", ru="Майя Санду", uk="Мая Санду",
  roles=[R("MDAGOV", "Prime Minister of Moldova", "2019-06-08", "2019-11-14"),
         R("MDAGOV", "President of Moldova", "2020-12-24")])
p("igor_dodon", "MDA", "Igor Dodon", ru="Игорь Додон", uk="Ігор Додон",
  roles=[R("MDAGOV", "President of Moldova", "2016-12-23", "2020-12-24")])
p("natalia_gavrilita", "MDA", "Natalia Gavrilița", ru="Наталья Гаврилица", uk="Наталія Гавриліца",
  roles=[R("MDAGOV", "Prime Minister of Moldova", "2021-08-06", "2023-02-16")])
p("dorin_recean", "MDA", "Dorin Recean", ru="Дорин Речан", uk="Дорін Речан",
  roles=[R("MDAGOV", "Prime Minister of Moldova", "2023-02-16", "2025-11-01")])
p("alexandru_munteanu", "MDA", "Alexandru Munteanu", ru="Александру Мунтяну", uk="Александру Мунтяну",
  ambsur="Munteanu: common Romanian surname",
  roles=[R("MDAGOV", "Prime Minister of Moldova", "2025-11-01", src="public record; Moldpres, 2025-11-01 (vote of confidence 2025-10-31)")])
p("nicu_popescu", "MDA", "Nicu Popescu", ru="Нику Попеску", uk="Ніку Попеску", ambsur="Popescu: very common Romanian surname",
  roles=[R("MDAGOV", "Minister of Foreign Affairs of Moldova", "2021-08-06", "2024-01-29")])
p("mihai_popsoi", "MDA", "Mihai Popșoi", "Mihai Popsoi", ru="Михай Попшой", uk="Михай Попшой",
  note="reappointed deputy prime minister and foreign minister in the Munteanu government (2025-11-01)",
  roles=[R("MDAGOV", "Minister of Foreign Affairs of Moldova", "2024-01-29")])

group("Central Asia")

p("kassym_jomart_tokayev", "KAZ", "Kassym-Jomart Tokayev", "Kassym-Zhomart Tokayev", fr=["Kassym-Jomart Tokaïev", "Tokaïev"],
  de=["Kassym-Schomart Tokajew", "Tokajew"], es=["Kasim-Yomart Tokáyev", "Tokáyev"],
  ru="Касым-Жомарт Токаев", uk="Касим-Жомарт Токаєв",
  roles=[R("KAZLEG", "Chairman of the Senate of Kazakhstan", "2013-10-16", "2019-03-19"),
         R("KAZGOV", "President of Kazakhstan", "2019-03-20")])
p("nursultan_nazarbayev", "KAZ", "Nursultan Nazarbayev", "Nursultan Nazarbaev", fr=["Noursoultan Nazarbaïev", "Nazarbaïev"],
  de=["Nursultan Nasarbajew", "Nasarbajew"], es=["Nursultán Nazarbáyev", "Nazarbáyev"],
  ru="Нурсултан Назарбаев", uk="Нурсултан Назарбаєв",
  roles=[R("KAZGOV", "President of Kazakhstan", "1990-04-24", "2019-03-20"),
         R("KAZGOV", "Chairman of the Security Council of Kazakhstan", "2019-03-21", "2022-01-05")])
p("olzhas_bektenov", "KAZ", "Olzhas Bektenov", fr=["Oljas Bektenov"], de=["Olschas Bektenow"], ru="Олжас Бектенов", uk="Олжас Бектенов",
  roles=[R("KAZGOV", "Prime Minister of Kazakhstan", "2024-02-06")])
p("alikhan_smailov", "KAZ", "Alikhan Smailov", fr=["Alikhan Smaïlov"], de=["Alichan Smailow"], ru="Алихан Смаилов", uk="Аліхан Смаїлов",
  roles=[R("KAZGOV", "Prime Minister of Kazakhstan", "2022-01-11", "2024-02-05")])
p("sadyr_japarov", "KGZ", "Sadyr Japarov", "Sadyr Zhaparov", fr=["Sadyr Japarov"], de=["Sadyr Dschaparow", "Dschaparow"],
  ru="Садыр Жапаров", uk="Садир Жапаров",
  roles=[R("KGZGOV", "President of Kyrgyzstan", "2021-01-28")])
p("emomali_rahmon", "TJK", "Emomali Rahmon", "Emomali Rakhmon", fr=["Emomali Rahmon"], de=["Emomalij Rahmon"],
  ru="Эмомали Рахмон", uk="Емомалі Рахмон",
  roles=[R("TJKGOV", "President of Tajikistan (head of state since 1992-11-19)", "1994-11-16")])
p("shavkat_mirziyoyev", "UZB", "Shavkat Mirziyoyev", fr=["Chavkat Mirziyoyev", "Chavkat Mirzioïev"], de=["Schawkat Mirsijojew", "Mirsijojew"],
  es=["Shavkat Mirziyóyev"], ru="Шавкат Мирзиёев", uk="Шавкат Мірзійоєв",
  roles=[R("UZBGOV", "Prime Minister of Uzbekistan", "2003-12-12", "2016-12-14"),
         R("UZBGOV", "President of Uzbekistan (acting from 2016-09-08)", "2016-09-08")])
p("serdar_berdimuhamedow", "TKM", "Serdar Berdimuhamedow", "Serdar Berdimuhamedov", fr=["Serdar Berdymoukhamedov"],
  de=["Serdar Berdimuhamedow"], ru="Сердар Бердымухамедов", uk="Сердар Бердимухамедов",
  ambsur="Berdimuhamedow: also his father Gurbanguly Berdimuhamedow",
  roles=[R("TKMGOV", "President of Turkmenistan", "2022-03-19")])
p("gurbanguly_berdimuhamedow", "TKM", "Gurbanguly Berdimuhamedow", "Gurbanguly Berdimuhamedov", fr=["Gourbangouly Berdymoukhamedov"],
  de=["Gurbanguly Berdimuhamedow"], ru="Гурбангулы Бердымухамедов", uk="Гурбангули Бердимухамедов",
  ambsur="Berdimuhamedow: also his son Serdar Berdimuhamedow",
  roles=[R("TKMGOV", "President of Turkmenistan", "2007-02-14", "2022-03-19"),
         R("TKMLEG", "Chairman of the Halk Maslahaty (People's Council) of Turkmenistan", "2023-01-21")])
