"""Weapon systems of Iran and its allies, Israel, Turkey, China, the Koreas, South Asia."""
from model import W, ru_m, uk_m, ru_f, uk_f

# --- Iran and allied forces -----------------------------------------------------------------
W("hesa-shahed-136", "HESA Shahed 136", "IRN", ["Shahed 136", "Shahed-136", "Shahed", "Shaheds", "Shahed drone", "Shahed drones"],
  fr=["Shahed"], de=["Shahed-Drohnen", "Shahed-Drohne"],
  ru=["Шахед", "Шахеда", "Шахеду", "Шахедом", "Шахеде", "Шахеды", "Шахедов", "Шахедам", "Шахедами", "Шахедах", "Шахед-136",
      "шахед", "шахеда", "шахеду", "шахедом", "шахеде", "шахеды", "шахедов", "шахедам", "шахедами", "шахедах"],
  uk=["Шахед", "Шахеда", "Шахеду", "Шахедом", "Шахеді", "Шахеди", "Шахедів", "Шахедам", "Шахедами", "Шахедах", "Шахед-136",
      "шахед", "шахеда", "шахеду", "шахедом", "шахеді", "шахеди", "шахедів", "шахедам", "шахедами", "шахедах"],
  amb="Shahed/شاهد is 'witness'; Shahed is a given name and a university: capitalised form, in context",
  note="The Russian-built derivative is the separate entry Geran-2. The Ukrainian and Russian press also write шахед/шахеди in lower case, as a common noun for these drones: those forms are listed.")
W("hesa-shahed-131", "HESA Shahed 131", "IRN", ["Shahed 131", "Shahed-131"], ru=["Шахед-131"], uk=["Шахед-131"])
W("hesa-shahed-238", "HESA Shahed 238", "IRN", ["Shahed 238", "Shahed-238"], ru=["Шахед-238"], uk=["Шахед-238"])
W("hesa-shahed-129", "HESA Shahed 129", "IRN", ["Shahed 129", "Shahed-129"])
W("mohajer-6", "Qods Mohajer-6", "IRN", ["Mohajer-6", "Mohajer 6", "Mohajer"], ru=["Мохаджер-6"], uk=["Мохаджер-6"], amb="Mohajer is 'emigrant' and a surname")
W("ababil-drone", "HESA Ababil", "IRN", ["Ababil-2", "Ababil-3"])
W("fateh-110", "Fateh-110", "IRN", ["Fateh-110", "Fateh 110", "Fateh-313", "Fateh"], ru=["Фатех-110"], uk=["Фатех-110"], amb="Fateh is a given name and a word ('conqueror')")
W("fath-360", "Fath-360", "IRN", ["Fath-360", "Fath 360"], ru=["Фатх-360"], uk=["Фатх-360"], note="Short-range ballistic missile reported delivered to Russia in 2024.")
W("zolfaghar-missile", "Zolfaghar (missile)", "IRN", ["Zolfaghar", "Zulfiqar missile"], amb="Zolfaghar/Zulfiqar is Ali's sword and a given name")
W("shahab-3", "Shahab-3", "IRN", ["Shahab-3", "Shahab 3", "Shahab"], ru=["Шахаб-3"], uk=["Шахаб-3"], amb="Shahab is a given name")
W("ghadr-110", "Ghadr-110", "IRN", ["Ghadr-110", "Ghadr"])
W("emad-missile", "Emad (missile)", "IRN", ["Emad"], amb="Emad is a given name")
W("sejjil", "Sejjil", "IRN", ["Sejjil", "Sajjil"])
W("kheibar-shekan", "Kheibar Shekan", "IRN", ["Kheibar Shekan", "Kheibar-Shekan", "Khaibar Shekan"])
W("fattah-missile", "Fattah (missile)", "IRN", ["Fattah", "Fattah-1", "Fattah-2"], amb="Fattah is a given name and a surname (Alaa Abd el-Fattah)")
W("khorramshahr-missile", "Khorramshahr (missile)", "IRN", ["Khorramshahr-4", "Khorramshahr missile"], note="Bare 'Khorramshahr' is the city.")
W("haj-qasem", "Haj Qasem (missile)", "IRN", ["Haj Qasem", "Hajj Qassem"])
W("paveh-missile", "Paveh (missile)", "IRN", ["Paveh cruise missile"], note="Bare 'Paveh' is the town.")
W("hoveyzeh", "Hoveyzeh (missile)", "IRN", ["Hoveyzeh"])
W("soumar", "Soumar (missile)", "IRN", ["Soumar"])
W("burkan", "Burkan-2H", "YEM", ["Burkan-2H", "Burkan-3", "Burkan"], amb="burkan is 'volcano' in Arabic", note="Houthi ballistic missile of Iranian design.")
W("palestine-2", "Palestine-2 (missile)", "YEM", ["Palestine-2", "Palestine 2"], note="Houthi hypersonic claim; only the numbered forms are listed.")
W("toufan-missile", "Toufan (missile)", "YEM", ["Toufan missile"], note="Bare Toufan/Toufan is 'flood' and the Hamas operation name.")
W("samad-drone", "Samad (drone)", "YEM", ["Samad-3", "Samad-1"])
W("qassam-rocket", "Qassam rocket", "PSE", ["Qassam rocket", "Qassam rockets"], note="Bare 'Qassam' is the Qassam Brigades (armed group).")
W("fajr-5", "Fajr-5", "IRN", ["Fajr-5", "Fajr 5", "Fajr-3"])
W("katyusha", "Katyusha rocket launcher", "RUS", ["Katyusha", "Katyushas", "Katyusha rockets"], ru=["Катюша", "Катюши"], uk=["Катюша"],
  amb="Katyusha/Катюша is a given name and a song", note="Soviet WWII design; in Middle East reporting, any 107/122 mm rocket.")
W("yassin-105", "Al-Yassin 105", "PSE", ["Yassin 105", "Al-Yassin 105", "al-Yassin 105"])
W("almas-missile", "Almas (missile)", "IRN", ["Almas missile"], note="Bare 'Almas' (diamond) is not listed.")

# --- Israel ---------------------------------------------------------------------------------
W("iai-harop", "IAI Harop", "ISR", ["Harop", "IAI Harop"], ru=["Harop", "Хароп"], uk=["Harop", "Хароп"])
W("iai-harpy", "IAI Harpy", "ISR", ["IAI Harpy"])
W("hermes-900", "Elbit Hermes 900", "ISR", ["Hermes 900", "Hermes 450"])
W("iai-heron", "IAI Heron", "ISR", ["IAI Heron", "Heron TP", "Heron drone"])
W("jericho-missile", "Jericho (missile)", "ISR", ["Jericho III", "Jericho 3", "Jericho missile"], note="Bare 'Jericho' is the town.")
W("lora-missile", "LORA (missile)", "ISR", ["LORA"], amb="Lora is a given name: all-caps only, in context")
W("rampage-missile", "Rampage (missile)", "ISR", ["Rampage missile"])

# --- Turkey ---------------------------------------------------------------------------------
W("bayraktar-tb2", "Bayraktar TB2", "TUR", ["Bayraktar TB2", "TB2", "Bayraktar", "Bayraktars", "TB2s"],
  fr=["drone Bayraktar", "drones Bayraktar"], de=["Bayraktar-Drohnen", "Bayraktar-Drohne"],
  ru=["Bayraktar", "Байрактар", "Байрактара", "Байрактару", "Байрактаром", "Байрактаре", "Байрактары", "Байрактаров", "Bayraktar TB2"],
  uk=["Bayraktar", "Байрактар", "Байрактара", "Байрактару", "Байрактаром", "Байрактарі", "Байрактари", "Байрактарів", "Bayraktar TB2"],
  amb="Bayraktar is also the maker (Baykar) and a surname (Selçuk Bayraktar): capitalised form, in context")
W("bayraktar-akinci", "Bayraktar Akıncı", "TUR", ["Akıncı", "Akinci", "Bayraktar Akıncı", "Bayraktar Akinci"], ru=["Акынджи"], uk=["Акинджи", "Акинджі"],
  amb="akıncı was an Ottoman raider; Akıncı is a surname and an air base")
W("tai-anka", "TAI Anka", "TUR", ["TAI Anka", "Anka-S", "Anka drone"])
W("tai-kaan", "TAI Kaan", "TUR", ["TAI Kaan", "KAAN"], amb="Kaan is a given name")
W("t-155-firtina", "T-155 Fırtına", "TUR", ["T-155 Fırtına", "T-155 Firtina", "T-155"])
W("kargu", "STM Kargu", "TUR", ["Kargu", "Kargu-2"])

# --- China ----------------------------------------------------------------------------------
W("df-21", "DF-21", "CHN", ["DF-21", "DF-21D", "Dongfeng-21", "Dong Feng 21"])
W("df-26", "DF-26", "CHN", ["DF-26", "Dongfeng-26"])
W("df-41", "DF-41", "CHN", ["DF-41", "Dongfeng-41"])
W("df-17", "DF-17", "CHN", ["DF-17", "Dongfeng-17"])
W("df-5", "DF-5", "CHN", ["DF-5", "DF-5C", "Dongfeng-5"])
W("hq-9", "HQ-9", "CHN", ["HQ-9", "HQ-9B", "HQ-9BE", "HongQi-9"])
W("pl-15", "PL-15", "CHN", ["PL-15", "PL-15E"])
W("yj-12", "YJ-12", "CHN", ["YJ-12", "YJ-21", "YJ-18"])
W("j-20", "Chengdu J-20", "CHN", ["J-20", "J-20 Mighty Dragon"], ru=["J-20"], uk=["J-20"])
W("j-10", "Chengdu J-10", "CHN", ["J-10", "J-10C", "J-10CE"], ru=["J-10", "J-10C"], uk=["J-10", "J-10C"])
W("j-35", "Shenyang J-35", "CHN", ["J-35", "J-35A"])
W("j-16", "Shenyang J-16", "CHN", ["J-16"])
W("h-6", "Xian H-6", "CHN", ["H-6", "H-6K", "H-6N"])
W("wing-loong", "CAIG Wing Loong", "CHN", ["Wing Loong", "Wing Loong II", "Wing Loong 2"], ru=["Wing Loong", "Винг Лунг"], uk=["Wing Loong"])
W("ch-4-rainbow", "CASC Rainbow CH-4", "CHN", ["CH-4", "CH-4B", "CH-5", "Rainbow CH-4", "Caihong-4"])
W("fh-95", "FH-95 (drone)", "CHN", ["FH-95"])
W("type-055", "Type 055 destroyer", "CHN", ["Type 055", "Renhai-class"])
W("jf-17", "CAC/PAC JF-17 Thunder", "PAK", ["JF-17", "JF-17 Thunder"], note="Sino-Pakistani; country = PAK (Pakistan Aeronautical Complex).")

# --- North and South Korea ------------------------------------------------------------------
W("kn-23", "KN-23", "PRK", ["KN-23", "Hwasong-11", "Hwasong-11A", "KN-24"], ru=["KN-23", "Хвасон-11"], uk=["KN-23", "Хвасон-11"],
  note="North Korean short-range ballistic missile, used by Russia against Ukraine since late 2023.")
W("hwasong-15", "Hwasong-15", "PRK", ["Hwasong-15"], ru=["Хвасон-15"], uk=["Хвасон-15"])
W("hwasong-17", "Hwasong-17", "PRK", ["Hwasong-17"], ru=["Хвасон-17"], uk=["Хвасон-17"])
W("hwasong-18", "Hwasong-18", "PRK", ["Hwasong-18"], ru=["Хвасон-18"], uk=["Хвасон-18"])
W("hwasong-19", "Hwasong-19", "PRK", ["Hwasong-19"], ru=["Хвасон-19"], uk=["Хвасон-19"])
W("koksan", "M-1978 Koksan", "PRK", ["Koksan", "M-1978", "M1989 Koksan"], ru=["Коксан"], uk=["Коксан"], note="170 mm self-propelled gun sent to Russia in 2024.")
W("fa-50", "KAI T-50 Golden Eagle", "KOR", ["FA-50", "T-50", "FA-50PL"])

# --- South Asia -----------------------------------------------------------------------------
W("brahmos", "BrahMos", "IND", ["BrahMos", "Brahmos", "BrahMos-A", "BrahMos-NG"], ru=["БраМос", "Брамос"], uk=["БраМос"],
  note="Indo-Russian (BrahMos Aerospace); country = IND.")
W("agni-v", "Agni-V", "IND", ["Agni-V", "Agni-5", "Agni-Prime", "Agni-P"])
W("prithvi", "Prithvi (missile)", "IND", ["Prithvi-II", "Prithvi missile"], note="Bare 'Prithvi' (earth; given name) is not listed.")
W("akash-missile", "Akash (missile)", "IND", ["Akash missile", "Akash-NG"], note="Bare 'Akash' (sky; given name) is not listed.")
W("hal-tejas", "HAL Tejas", "IND", ["HAL Tejas", "Tejas Mk1A", "Tejas"], amb="Tejas is a given name")
W("fatah-rocket", "Fatah (rocket system)", "PAK", ["Fatah-1", "Fatah-2", "Fatah-I", "Fatah-II"], note="Bare 'Fatah' is the Palestinian party.")
W("shaheen-iii", "Shaheen-III", "PAK", ["Shaheen-III", "Shaheen-3", "Shaheen-II"])
W("babur-missile", "Babur (cruise missile)", "PAK", ["Babur missile", "Babur-1B"], note="Bare 'Babur' is the emperor.")
W("ghauri", "Ghauri-I", "PAK", ["Ghauri-I", "Ghauri missile"])
