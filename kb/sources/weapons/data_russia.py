"""Russian and Soviet weapon systems (Soviet designs: country = RUS, or UKR where designed and
built in Ukraine; see notes). Designations follow the English Wikipedia article titles and
the NATO/GRAU designations of the manufacturers' public material."""
from model import W, ru_m, uk_m, ru_f, uk_f

# --- Missiles -------------------------------------------------------------------------------
W("9k720-iskander", "9K720 Iskander", "RUS",
  ["Iskander", "Iskander-M", "Iskander-K", "Iskander M", "9K720", "9M723", "9M728", "9M729"],
  en=["Iskanders"], fr=["Iskander-M"], de=["Iskander-Raketen"],
  ru=ru_m("Искандер") + ru_m("Искандер", "-М") + ru_m("Искандер", "-К") + ["9М723", "9М728", "9М729"],
  uk=uk_m("Іскандер") + uk_m("Іскандер", "-М") + uk_m("Іскандер", "-К") + ["9М723", "9М728", "9М729"])
W("kh-47m2-kinzhal", "Kh-47M2 Kinzhal", "RUS", ["Kinzhal", "Kh-47M2", "Kh-47"],
  en=["Kinzhals"], fr=["Kinjal", "Kh-47M2"], de=["Kinschal", "Kinschal-Rakete"], es=["Kinjal"], it=["Kinžal"],
  ru=ru_m("Кинжал") + ["Х-47М2"], uk=uk_m("Кинджал") + uk_m("Кінжал") + ["Х-47М2"],
  amb="ru Кинжал / uk Кинджал are the common nouns 'dagger': capitalised form only")
W("3m-54-kalibr", "3M-54 Kalibr", "RUS", ["Kalibr", "3M-54", "3M-14", "Kaliber", "Club-K"],
  fr=["Kalibr"], de=["Kalibr", "Kalibr-Marschflugkörper"], es=["Kalibr"], it=["Kalibr"],
  ru=ru_m("Калибр") + ["3М-14", "3М-54"], uk=uk_m("Калібр") + ["3М-14", "3М-54"],
  amb="Калибр/Калібр and de Kaliber are the common noun 'calibre': capitalised form only")
W("kh-101", "Kh-101", "RUS", ["Kh-101", "Kh-102", "Ch-101", "Kh-101s"], de=["Ch-101"],
  ru=["Х-101", "Х-102", "Х-101/102"], uk=["Х-101", "Х-102", "Х-101/102"])
W("kh-55", "Kh-55", "RUS", ["Kh-55", "Kh-555", "Ch-55"], ru=["Х-55", "Х-555", "Х-55СМ"], uk=["Х-55", "Х-555"],
  note="Soviet design (Raduga, Dubna).")
W("kh-22", "Kh-22", "RUS", ["Kh-22", "Ch-22", "Kh-22M"], ru=["Х-22"], uk=["Х-22"], note="Soviet design (Raduga).")
W("kh-32", "Kh-32", "RUS", ["Kh-32"], ru=["Х-32"], uk=["Х-32"])
W("kh-59", "Kh-59", "RUS", ["Kh-59", "Kh-59MK", "Kh-59MK2", "Kh-59M"], ru=["Х-59", "Х-59МК", "Х-59МК2"], uk=["Х-59", "Х-59МК", "Х-59МК2"])
W("kh-31", "Kh-31", "RUS", ["Kh-31", "Kh-31P", "Kh-31PD"], ru=["Х-31", "Х-31П"], uk=["Х-31", "Х-31П"])
W("kh-35", "Kh-35", "RUS", ["Kh-35", "Kh-35U"], ru=["Х-35", "Х-35У"], uk=["Х-35", "Х-35У"])
W("kh-69", "Kh-69", "RUS", ["Kh-69"], ru=["Х-69"], uk=["Х-69"])
W("r-37m", "R-37M", "RUS", ["R-37M", "R-37"], ru=["Р-37М"], uk=["Р-37М"])
W("p-800-oniks", "P-800 Oniks", "RUS", ["Oniks", "P-800", "Yakhont", "Onyx"],
  de=["Onyx", "Jachont"], ru=ru_m("Оникс") + ru_m("Яхонт") + ["П-800"], uk=uk_m("Онікс") + uk_m("Яхонт") + ["П-800"],
  amb="Onyx is the gemstone; Оникс/Яхонт are gemstones: capitalised form only")
W("3m22-zircon", "3M22 Zircon", "RUS", ["Zircon", "Tsirkon", "3M22"], de=["Zirkon"], es=["Zircón"], it=["Zircon", "Zirkon"],
  ru=ru_m("Циркон") + ["3М22"], uk=uk_m("Циркон") + ["3М22"],
  amb="zircon is a mineral (ru/uk циркон): capitalised form only")
W("oreshnik", "Oreshnik", "RUS", ["Oreshnik"], fr=["Orechnik", "Oréchnik"], de=["Oreschnik", "Oreshnik"],
  es=["Oréshnik"], it=["Oreshnik", "Orešnik"],
  ru=ru_m("Орешник"), uk=uk_m("Орєшнік") + uk_m("Орешнік") + uk_m("Орешник"),
  amb="ru орешник is a hazel grove: capitalised form only",
  note="Intermediate-range ballistic missile first used against Dnipro on 2024-11-21 (Wikipedia: 'Oreshnik (missile)').")
W("rs-28-sarmat", "RS-28 Sarmat", "RUS", ["Sarmat", "RS-28", "Satan II", "Satan 2"],
  ru=ru_m("Сармат") + ["РС-28"], uk=uk_m("Сармат") + ["РС-28"], amb="Sarmat: also a people of antiquity")
W("rs-24-yars", "RS-24 Yars", "RUS", ["Yars", "RS-24"], de=["Jars"], fr=["Iars"], ru=ru_m("Ярс") + ["РС-24"], uk=uk_m("Ярс") + ["РС-24"])
W("rsm-56-bulava", "RSM-56 Bulava", "RUS", ["Bulava", "RSM-56"], de=["Bulawa"], fr=["Boulava"],
  ru=ru_f("Булава"), uk=uk_f("Булава"), amb="булава is the common noun 'mace': capitalised form only")
W("9m730-burevestnik", "9M730 Burevestnik", "RUS", ["Burevestnik", "9M730", "Skyfall"], fr=["Bourevestnik"], de=["Burewestnik"],
  ru=ru_m("Буревестник"), uk=uk_m("Буревісник"), amb="буревестник is the petrel; Skyfall is a film: capitalised form and context")
W("poseidon-vehicle", "Poseidon (underwater vehicle)", "RUS", ["Status-6", "Kanyon"], en=[], ru=["Статус-6"], uk=["Статус-6"],
  note="The bare name 'Poseidon' is not listed: it is also the Boeing P-8 Poseidon and the Greek god.")
W("avangard-hgv", "Avangard (hypersonic glide vehicle)", "RUS", ["Avangard"], de=["Awangard"],
  ru=ru_m("Авангард"), uk=uk_m("Авангард"), amb="Avangard/Авангард is also a common word (vanguard) and sports clubs")
W("otr-21-tochka", "OTR-21 Tochka", "RUS", ["Tochka-U", "Tochka", "OTR-21", "Totchka-U"], fr=["Totchka-U", "Totchka"], de=["Totschka-U", "Totschka"],
  ru=ru_f("Точка", "-У") + ru_f("Точка") + ["ОТР-21"], uk=uk_f("Точка", "-У") + uk_f("Точка") + ["ОТР-21"],
  amb="Точка/Tochka alone is the common noun 'point, dot': capitalised form only",
  note="Soviet design; used by both Russia and Ukraine.")
W("scud", "Scud", "RUS", ["Scud", "Scud-B", "R-17 Elbrus", "R-17"], en=["Scuds"], ru=["Скад", "Р-17", "Р-300"], uk=["Скад", "Р-17"],
  note="Soviet R-17 (NATO Scud) and its derivatives (Iraq, Syria, North Korea, Iran, Yemen).")
W("fab-500", "FAB-500", "RUS", ["FAB-500", "FAB-250"], ru=["ФАБ-500", "ФАБ-250"], uk=["ФАБ-500", "ФАБ-250"])
W("fab-1500", "FAB-1500", "RUS", ["FAB-1500"], ru=["ФАБ-1500"], uk=["ФАБ-1500"])
W("fab-3000", "FAB-3000", "RUS", ["FAB-3000"], ru=["ФАБ-3000"], uk=["ФАБ-3000"])
W("umpk", "UMPK", "RUS", ["UMPK", "UMPB"], en=["unified planning and correction module"],
  ru=["УМПК", "УМПБ"], uk=["УМПК", "УМПБ"], note="Glide kit turning unguided FAB bombs into guided glide bombs.")
W("kab-1500", "KAB-1500", "RUS", ["KAB-1500", "KAB-500"], ru=["КАБ-1500", "КАБ-500"], uk=["КАБ-1500", "КАБ-500"])
W("krasnopol", "Krasnopol", "RUS", ["Krasnopol"], fr=["Krasnopol"], ru=ru_m("Краснополь"), uk=uk_m("Краснопіль"),
  amb="Krasnopol/Краснопіль is also a town name")
W("9m133-kornet", "9M133 Kornet", "RUS", ["Kornet", "9M133"], ru=ru_m("Корнет"), uk=uk_m("Корнет"),
  amb="корнет is a cavalry rank and a musical instrument: capitalised form only")

# --- Drones ---------------------------------------------------------------------------------
W("geran-2", "Geran-2", "RUS", ["Geran-2", "Geran 2", "Geran-1", "Geran"], en=["Gerans"], fr=["Géran-2"],
  ru=["Герань-2", "Герани-2", "Геранью-2", "Герань-1", "Герань", "Герани", "Геранями"],
  uk=["Герань-2", "Герань-1", "Герані-2"],
  amb="Герань is the flower geranium: only capitalised, and the numbered forms are safe",
  note="Russian-built derivative of the Iranian HESA Shahed 136 (Alabuga, Tatarstan). Kept apart from "
       "HESA Shahed 136 (Wikipedia redirects it there) because the country of manufacture differs; "
       "'Shahed' in war reporting stays with the Iranian original.")
W("geran-3", "Geran-3", "RUS", ["Geran-3"], ru=["Герань-3"], uk=["Герань-3"], note="Jet-powered Russian derivative of the Shahed 238.")
W("gerbera-drone", "Gerbera (drone)", "RUS", ["Gerbera"], ru=["Гербера", "Герберы", "Гербер"], uk=["Гербера", "Гербери", "Гербер"],
  amb="gerbera is a flower: capitalised form and context only", note="Decoy drone launched with Geran-2.")
W("zala-lancet", "ZALA Lancet", "RUS", ["Lancet", "Lancet-3", "Izdeliye 53"], en=["Lancets"],
  ru=ru_m("Ланцет"), uk=uk_m("Ланцет"), amb="lancet is a surgical blade (ru/uk ланцет): capitalised form and context only")
W("orlan-10", "Orlan-10", "RUS", ["Orlan-10", "Orlan-30", "Orlan"], ru=ru_m("Орлан", "-10") + ["Орлан-10", "Орлан-30"], uk=["Орлан-10", "Орлан-30", "Орлана-10"],
  amb="bare Orlan/Орлан is the sea eagle")
W("zala-kub", "ZALA KYB", "RUS", ["KUB-BLA", "ZALA KUB", "Kub-BLA"], ru=["КУБ-БЛА"], uk=["КУБ-БЛА"])
W("molniya-drone", "Molniya (drone)", "RUS", ["Molniya-2", "Molniya"], ru=["Молния-2"], uk=["Молнія-2", "Блискавка-2"],
  amb="Molniya/Молния is 'lightning' and a satellite type: numbered form safe, bare form in context")
W("italmas", "Italmas", "RUS", ["Italmas"], ru=["Италмас"], uk=["Італмас"])
W("s-70-okhotnik", "Sukhoi S-70 Okhotnik-B", "RUS", ["Okhotnik", "S-70 Okhotnik", "Okhotnik-B"], ru=["С-70 Охотник", "С-70"], uk=["С-70 Охотник", "С-70"],
  amb="Okhotnik/Охотник is 'hunter'")

# --- Air defence ----------------------------------------------------------------------------
W("s-300", "S-300 missile system", "RUS", ["S-300", "S-300PMU", "S-300PS", "S-300V", "S-300V4", "SA-10"], de=["S300"],
  ru=["С-300", "С-300ПМУ", "С-300В", "С-300В4"], uk=["С-300", "С-300ПМУ", "С-300В"], note="Soviet design; used by Russia, Ukraine and others.")
W("s-400", "S-400 missile system", "RUS", ["S-400", "S-400 Triumf", "SA-21", "Triumf"], de=["S400"],
  ru=["С-400", "С-400 «Триумф»", "С-400 Триумф"], uk=["С-400", "С-400 «Тріумф»"],
  amb="Triumf/Триумф is 'triumph': only with the designation in Cyrillic; bare Latin Triumf in context",
  note="India names it Sudarshan Chakra.")
W("s-500", "S-500 missile system", "RUS", ["S-500", "S-500 Prometey"], ru=["С-500", "С-500 «Прометей»"], uk=["С-500"])
W("s-200", "S-200 (missile)", "RUS", ["S-200", "SA-5"], ru=["С-200"], uk=["С-200"])
W("s-125", "S-125 Neva/Pechora", "RUS", ["S-125", "S-125 Pechora", "SA-3"], ru=["С-125", "С-125 «Печора»"], uk=["С-125", "С-125 «Печора»"])
W("pantsir", "Pantsir missile system", "RUS", ["Pantsir", "Pantsir-S1", "Pantsir-S", "Pantsyr", "Pantsir-SM", "SA-22"], de=["Panzir"], fr=["Pantsir"],
  ru=ru_m("Панцирь") + ["Панцирь-С1", "Панциря-С1"], uk=uk_m("Панцир") + ["Панцир-С1"],
  amb="панцирь/панцир is the common noun 'armour, shell': capitalised form only")
W("tor-missile", "Tor missile system", "RUS", ["Tor-M1", "Tor-M2", "Tor M2", "Tor-M2U", "Tor-M2DT", "SA-15"],
  ru=["Тор-М1", "Тор-М2", "Тор-М2У", "Тор-М2ДТ"], uk=["Тор-М1", "Тор-М2"],
  note="Bare 'Tor' is not listed: the Tor network, German 'Tor' (goal, gate), the god.")
W("buk-missile", "Buk missile system", "RUS", ["Buk", "Buk-M1", "Buk-M2", "Buk-M3", "Buk-M1-2", "SA-11", "SA-17"],
  ru=ru_m("Бук") + ["Бук-М1", "Бук-М2", "Бук-М3", "Бук-М1-2"], uk=uk_m("Бук") + ["Бук-М1", "Бук-М2", "Бук-М3"],
  amb="бук is the beech tree: capitalised form only, in context",
  note="Soviet design; used by Russia and Ukraine; the system that downed MH17.")
W("9k33-osa", "9K33 Osa", "RUS", ["Osa-AKM", "9K33 Osa", "Osa", "SA-8"], ru=["Оса-АКМ"] + ru_f("Оса"), uk=["Оса-АКМ"] + uk_f("Оса"),
  amb="оса is the wasp: capitalised form and context only")
W("9k35-strela-10", "9K35 Strela-10", "RUS", ["Strela-10", "SA-13"], ru=["Стрела-10", "Стрелы-10"], uk=["Стріла-10", "Стріли-10"])
W("9k38-igla", "9K38 Igla", "RUS", ["Igla", "Igla-S", "SA-18"], ru=["Игла", "Игла-С", "Иглы"], uk=["Ігла", "Голка"],
  amb="игла is 'needle': capitalised form and context only")
W("9k333-verba", "9K333 Verba", "RUS", ["Verba"], ru=["Верба", "Вербы"], uk=["Верба"], amb="верба is the willow; Verba is a surname")
W("2k22-tunguska", "2K22 Tunguska", "RUS", ["Tunguska", "2K22", "Tunguska-M"], ru=["Тунгуска", "Тунгуски"], uk=["Тунгуска"],
  amb="Tunguska is a river and the 1908 event")
W("krasukha", "Krasukha", "RUS", ["Krasukha", "Krasukha-4"], ru=["Красуха", "Красуха-4"], uk=["Красуха", "Красуха-4"],
  note="Electronic warfare system.")

# --- Artillery and rockets ------------------------------------------------------------------
W("bm-21-grad", "BM-21 Grad", "RUS", ["BM-21", "BM-21 Grad", "Grad"], en=["Grads"], fr=["Grad", "lance-roquettes Grad"],
  ru=ru_m("Град") + ["БМ-21"], uk=uk_m("Град") + ["БМ-21"],
  amb="град is 'hail' (ru/uk) and 'city' (South Slavic): capitalised form and context only",
  note="Soviet design; used on every side.")
W("bm-27-uragan", "BM-27 Uragan", "RUS", ["BM-27", "Uragan"], fr=["Ouragan"], ru=ru_m("Ураган") + ["БМ-27"], uk=uk_m("Ураган") + ["БМ-27"],
  amb="ураган is 'hurricane': capitalised form and context only")
W("bm-30-smerch", "BM-30 Smerch", "RUS", ["BM-30", "Smerch"], fr=["Smertch"], de=["Smertsch"], ru=ru_m("Смерч") + ["БМ-30"], uk=uk_m("Смерч") + ["БМ-30"],
  amb="смерч is 'tornado': capitalised form and context only")
W("tornado-s", "9A52-4 Tornado", "RUS", ["Tornado-S", "Tornado-G", "Tornado-U"], ru=["Торнадо-С", "Торнадо-Г"], uk=["Торнадо-С", "Торнадо-Г"],
  note="Bare 'Tornado' is the Panavia Tornado (panavia-tornado) or the weather.")
W("tos-1", "TOS-1", "RUS", ["TOS-1", "TOS-1A", "TOS-2", "Solntsepyok", "Solntsepek", "Buratino"], fr=["Solntsepiok"],
  ru=["ТОС-1", "ТОС-1А", "ТОС-2", "Солнцепёк", "Солнцепек", "Солнцепёка", "Солнцепека", "Буратино"], uk=["ТОС-1", "ТОС-1А", "ТОС-2", "Сонцепьок", "Солнцепьок", "Буратіно"],
  amb="Buratino/Буратино is the puppet character: capitalised form and context only")
W("2s19-msta-s", "2S19 Msta-S", "RUS", ["Msta-S", "2S19", "Msta-B", "Msta"], ru=["Мста-С", "Мсты-С", "Мста-Б", "2С19"], uk=["Мста-С", "Мста-Б", "2С19"],
  note="Msta-B (2A65) is the towed version, listed here.")
W("2s7-pion", "2S7 Pion", "RUS", ["2S7 Pion", "2S7", "Pion", "2S7M Malka", "Malka"], ru=["2С7", "Пион", "Пионы", "Малка"], uk=["2С7", "Піон", "Півонія", "Малка"],
  amb="пион is the peony: capitalised form and context only")
W("2s4-tyulpan", "2S4 Tyulpan", "RUS", ["2S4", "Tyulpan", "2S4 Tyulpan"], fr=["Tioulpan"], ru=["2С4", "Тюльпан", "Тюльпаны"], uk=["2С4", "Тюльпан"],
  amb="тюльпан is the tulip: capitalised form and context only")
W("2s1-gvozdika", "2S1 Gvozdika", "RUS", ["2S1", "Gvozdika", "2S1 Gvozdika"], ru=["2С1", "Гвоздика", "Гвоздики"], uk=["2С1", "Гвоздика"],
  amb="гвоздика is the carnation: capitalised form and context only")
W("2s3-akatsiya", "2S3 Akatsiya", "RUS", ["2S3", "Akatsiya", "Akatsia"], ru=["2С3", "Акация", "Акации"], uk=["2С3", "Акація"],
  amb="акация is the acacia: capitalised form and context only")
W("2s35-koalitsiya-sv", "2S35 Koalitsiya-SV", "RUS", ["2S35", "Koalitsiya-SV", "Koalitsiya"], ru=["2С35", "Коалиция-СВ"], uk=["2С35", "Коаліція-СВ"])
W("2a36-giatsint-b", "2A36 Giatsint-B", "RUS", ["2A36", "Giatsint-B", "Giatsint-S", "2S5"], ru=["2А36", "Гиацинт-Б", "Гиацинт-С"], uk=["2А36", "Гіацинт-Б", "Гіацинт-С"])
W("2s9-nona", "2S9 Nona", "RUS", ["2S9 Nona", "Nona-S"], ru=["Нона-С"], uk=["Нона-С"])

# --- Armour ---------------------------------------------------------------------------------
W("t-54-55", "T-54/T-55", "RUS", ["T-55", "T-54", "T-54/55"], ru=["Т-55", "Т-54", "Т-54/55"], uk=["Т-55", "Т-54"])
W("t-62", "T-62", "RUS", ["T-62", "T-62M"], ru=["Т-62", "Т-62М"], uk=["Т-62", "Т-62М"])
W("t-64", "T-64", "UKR", ["T-64", "T-64BV", "T-64BM Bulat"], ru=["Т-64", "Т-64БВ"], uk=["Т-64", "Т-64БВ", "Т-64БМ «Булат»"],
  note="Soviet tank designed and built in Kharkiv (Morozov bureau, Malyshev plant); country = UKR.")
W("t-72", "T-72", "RUS", ["T-72", "T-72B", "T-72B3", "T-72B3M", "T-72M1", "T-72AMT"], ru=["Т-72", "Т-72Б", "Т-72Б3", "Т-72Б3М"], uk=["Т-72", "Т-72Б", "Т-72Б3", "Т-72АМТ"])
W("t-80", "T-80", "RUS", ["T-80", "T-80BV", "T-80BVM", "T-80U"], ru=["Т-80", "Т-80БВ", "Т-80БВМ", "Т-80У"], uk=["Т-80", "Т-80БВ", "Т-80БВМ"])
W("t-90", "T-90", "RUS", ["T-90", "T-90M", "T-90A", "T-90M Proryv", "T-90S", "Proryv"], ru=["Т-90", "Т-90М", "Т-90А", "Т-90М «Прорыв»", "Прорыв"], uk=["Т-90", "Т-90М", "Т-90А", "Прорив"],
  amb="Proryv/Прорыв is 'breakthrough': designation forms are safe, the nickname in context")
W("t-14-armata", "T-14 Armata", "RUS", ["T-14 Armata", "T-14", "Armata"], ru=["Т-14", "Т-14 «Армата»", "Армата", "Арматы"], uk=["Т-14", "Т-14 «Армата»", "Армата"],
  amb="армата is a rebar/reinforcing bar; Armata is also the platform: capitalised form only")
W("t-84", "T-84", "UKR", ["T-84", "T-84 Oplot", "Oplot", "Oplot-M"], ru=["Т-84", "Оплот"], uk=["Т-84", "Т-84 «Оплот»", "Оплот"],
  amb="оплот is 'bulwark': capitalised form and context only")
W("bmp-1", "BMP-1", "RUS", ["BMP-1", "BMP-1AM"], ru=["БМП-1"], uk=["БМП-1"])
W("bmp-2", "BMP-2", "RUS", ["BMP-2", "BMP-2M"], ru=["БМП-2", "БМП-2М"], uk=["БМП-2"])
W("bmp-3", "BMP-3", "RUS", ["BMP-3", "BMP-3M"], ru=["БМП-3", "БМП-3М"], uk=["БМП-3"])
W("bmd-4", "BMD-4", "RUS", ["BMD-4", "BMD-4M", "BMD-2", "BMD-3"], ru=["БМД-4", "БМД-4М", "БМД-2"], uk=["БМД-4", "БМД-2"])
W("btr-80", "BTR-80", "RUS", ["BTR-80", "BTR-82", "BTR-82A", "BTR-80A"], ru=["БТР-80", "БТР-82", "БТР-82А"], uk=["БТР-80", "БТР-82", "БТР-82А"])
W("btr-4", "BTR-4", "UKR", ["BTR-4", "BTR-4 Bucephalus", "BTR-4E", "BTR-3"], ru=["БТР-4", "БТР-3"], uk=["БТР-4", "БТР-4Е «Буцефал»", "БТР-3"],
  note="Ukrainian armoured personnel carrier (Kharkiv Morozov bureau); BTR-3 listed here.")
W("mt-lb", "MT-LB", "RUS", ["MT-LB", "MTLB"], ru=["МТ-ЛБ"], uk=["МТ-ЛБ"])
W("bmpt-terminator", "BMPT Terminator", "RUS", ["BMPT", "BMPT Terminator"], ru=["БМПТ", "БМПТ «Терминатор»"], uk=["БМПТ", "БМПТ «Термінатор»"],
  note="The nickname 'Terminator' alone is not listed (the film).")
W("gaz-tigr", "GAZ Tigr", "RUS", ["GAZ Tigr", "Tigr-M"], ru=["ГАЗ «Тигр»", "Тигр-М"], uk=["ГАЗ «Тигр»", "Тигр-М"],
  note="Bare Tigr/Тигр (tiger) is not listed.")

# --- Aircraft -------------------------------------------------------------------------------
W("su-24", "Sukhoi Su-24", "RUS", ["Su-24", "Su-24M", "Su-24MR"], de=["Suchoi Su-24"], ru=["Су-24", "Су-24М"], uk=["Су-24", "Су-24М"],
  note="Soviet design; flown by Russia and Ukraine (Storm Shadow carrier).")
W("su-25", "Sukhoi Su-25", "RUS", ["Su-25", "Su-25SM", "Grach"], ru=["Су-25", "Су-25СМ", "Грач"], uk=["Су-25", "Грач"],
  amb="грач is the rook (bird): capitalised and in context only")
W("su-27", "Sukhoi Su-27", "RUS", ["Su-27", "Su-27S"], ru=["Су-27"], uk=["Су-27"])
W("su-30", "Sukhoi Su-30", "RUS", ["Su-30", "Su-30SM", "Su-30SM2", "Su-30MKI"], ru=["Су-30", "Су-30СМ", "Су-30СМ2"], uk=["Су-30", "Су-30СМ"])
W("su-34", "Sukhoi Su-34", "RUS", ["Su-34"], de=["Suchoi Su-34"], ru=["Су-34"], uk=["Су-34"])
W("su-35", "Sukhoi Su-35", "RUS", ["Su-35", "Su-35S"], ru=["Су-35", "Су-35С"], uk=["Су-35", "Су-35С"])
W("su-57", "Sukhoi Su-57", "RUS", ["Su-57", "Felon"], ru=["Су-57"], uk=["Су-57"], amb="Felon is the NATO reporting name and a common word")
W("su-22", "Sukhoi Su-17", "RUS", ["Su-22", "Su-17"], ru=["Су-22", "Су-17"], uk=["Су-22", "Су-17"])
W("mig-29", "Mikoyan MiG-29", "RUS", ["MiG-29", "Mig-29", "MIG-29", "MiG-29s"], ru=["МиГ-29", "МіГ-29"], uk=["МіГ-29", "МиГ-29"],
  note="Soviet design; flown by Ukraine, Poland, Slovakia and others.")
W("mig-31", "Mikoyan MiG-31", "RUS", ["MiG-31", "Mig-31", "MIG-31", "MiG-31K", "MiG-31I"], ru=["МиГ-31", "МиГ-31К"], uk=["МіГ-31", "МіГ-31К", "МиГ-31К"])
W("mig-23", "Mikoyan-Gurevich MiG-23", "RUS", ["MiG-23", "Mig-23"], ru=["МиГ-23"], uk=["МіГ-23"])
W("mig-21", "Mikoyan-Gurevich MiG-21", "RUS", ["MiG-21", "Mig-21"], ru=["МиГ-21"], uk=["МіГ-21"])
W("tu-95", "Tupolev Tu-95", "RUS", ["Tu-95", "Tu-95MS", "Tu-95MSM", "Bear bomber"], de=["Tupolew Tu-95"], ru=["Ту-95", "Ту-95МС", "Ту-95МСМ"], uk=["Ту-95", "Ту-95МС"])
W("tu-160", "Tupolev Tu-160", "RUS", ["Tu-160", "Tu-160M", "White Swan"], ru=["Ту-160", "Ту-160М", "Белый лебедь"], uk=["Ту-160", "Ту-160М"],
  amb="White Swan / Белый лебедь: nickname, also a prison and a ballet figure")
W("tu-22m", "Tupolev Tu-22M", "RUS", ["Tu-22M", "Tu-22M3", "Tu-22"], ru=["Ту-22М", "Ту-22М3", "Ту-22"], uk=["Ту-22М", "Ту-22М3", "Ту-22"])
W("a-50", "Beriev A-50", "RUS", ["A-50", "A-50U", "Beriev A-50"], ru=["А-50", "А-50У"], uk=["А-50", "А-50У"])
W("il-76", "Ilyushin Il-76", "RUS", ["Il-76", "IL-76", "Il-76MD"], ru=["Ил-76", "Ил-76МД"], uk=["Іл-76", "Іл-76МД"])
W("il-20", "Ilyushin Il-20", "RUS", ["Il-20", "IL-20", "Il-22", "Il-22M"], ru=["Ил-20", "Ил-22", "Ил-22М"], uk=["Іл-20", "Іл-22", "Іл-22М"])
W("ka-52", "Kamov Ka-52", "RUS", ["Ka-52", "Ka-52M", "Alligator"], ru=["Ка-52", "Ка-52М", "Аллигатор"], uk=["Ка-52", "Алігатор"],
  amb="Alligator/Аллигатор is the animal: designation safe, nickname in context")
W("mi-8", "Mil Mi-8", "RUS", ["Mi-8", "Mi-17", "Mi-8MTV", "Mi-8AMTSh"], ru=["Ми-8", "Ми-17", "Ми-8МТВ"], uk=["Мі-8", "Мі-17", "Мі-8МТВ"])
W("mi-24", "Mil Mi-24", "RUS", ["Mi-24", "Mi-35", "Mi-24P", "Hind"], ru=["Ми-24", "Ми-35"], uk=["Мі-24", "Мі-35"],
  amb="Hind is the NATO reporting name and the deer")
W("mi-28", "Mil Mi-28", "RUS", ["Mi-28", "Mi-28N", "Mi-28NM"], ru=["Ми-28", "Ми-28Н", "Ми-28НМ"], uk=["Мі-28", "Мі-28Н"])
W("an-26", "Antonov An-26", "UKR", ["An-26", "An-24"], ru=["Ан-26", "Ан-24"], uk=["Ан-26", "Ан-24"],
  note="Soviet transport aircraft designed in Kyiv (Antonov); country = UKR.")
W("an-124", "Antonov An-124 Ruslan", "UKR", ["An-124", "An-124 Ruslan", "An-225", "Mriya"], ru=["Ан-124", "Ан-124 «Руслан»", "Ан-225", "Мрия"], uk=["Ан-124", "Ан-225", "Мрія"],
  amb="Mriya/Мрія is 'dream' in Ukrainian: capitalised form and context only")

# --- Ships (classes named as systems) -------------------------------------------------------
W("slava-class-cruiser", "Slava-class cruiser", "RUS", ["Slava-class", "Slava class", "Project 1164"], ru=["проект 1164"], uk=["проєкт 1164"],
  note="Class of the cruiser Moskva, sunk by Neptune missiles in April 2022.")
W("kilo-class-submarine", "Kilo-class submarine", "RUS", ["Kilo-class", "Kilo class", "Improved Kilo", "Project 636", "Varshavyanka"],
  ru=["Варшавянка", "проект 636", "проекта 636", "проекта 636.3"], uk=["Варшав'янка", "проєкт 636", "проєкту 636.3"],
  amb="Варшавянка is a song and a woman of Warsaw")
W("buyan-class-corvette", "Buyan-class corvette", "RUS", ["Buyan-class", "Buyan-M", "Buyan class"], ru=["Буян-М", "проекта 21631"], uk=["Буян-М"])
W("karakurt-class-corvette", "Karakurt-class corvette", "RUS", ["Karakurt-class", "Karakurt class"], ru=["Каракурт", "проекта 22800"], uk=["Каракурт"],
  amb="Karakurt/Каракурт is a spider")
W("admiral-grigorovich-class-frigate", "Admiral Grigorovich-class frigate", "RUS", ["Admiral Grigorovich-class", "Admiral Grigorovich class"], ru=["проекта 11356"], uk=["проєкту 11356"])
W("ropucha-class-landing-ship", "Ropucha-class landing ship", "RUS", ["Ropucha-class", "Ropucha class"], ru=["проекта 775"], uk=["проєкту 775"])

# --- Small arms -----------------------------------------------------------------------------
W("ak-47", "AK-47", "RUS", ["AK-47", "AK-74", "AKM", "AK-12", "Kalashnikov", "Kalashnikovs"], fr=["kalachnikov", "Kalachnikov", "kalachnikovs"],
  de=["Kalaschnikow", "Kalaschnikows"], es=["Kaláshnikov", "kaláshnikov"], it=["kalashnikov", "Kalashnikov"],
  ru=["АК-47", "АК-74", "АКМ", "АК-12", "автомат Калашникова", "автоматы Калашникова"], uk=["АК-47", "АК-74", "АКМ", "автомат Калашникова"],
  amb="Kalashnikov is also the designer and the company (Kalashnikov Concern)")
W("rpg-7", "RPG-7", "RUS", ["RPG-7", "RPG-7V", "RPG-29", "RPG-32"], ru=["РПГ-7", "РПГ-29"], uk=["РПГ-7", "РПГ-29"])
