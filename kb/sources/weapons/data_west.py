"""Weapon systems of the United States, Europe, Ukraine and their partners."""
from model import W, ru_m, uk_m, ru_f, uk_f, uk_n

# --- Air defence ----------------------------------------------------------------------------
W("mim-104-patriot", "MIM-104 Patriot", "USA", ["Patriot", "MIM-104", "PAC-3", "PAC-2", "Patriot PAC-3", "PAC-3 MSE"],
  en=["Patriots"], de=["Patriot-System", "Patriot-Systeme", "Patriot-Raketen", "Patriot-Batterie", "Patriot-Batterien"],
  ru=["Patriot", "Пэтриот", "Пэтриоты", "Пэтриотов", "Патриот", "Патриоты", "Патриотов", "Патриотами"],
  uk=["Patriot", "Петріот", "Петріоти", "Петріотів", "Петріотами", "Пейтріот", "Пейтріоти", "Пейтріотів"],
  amb="Patriot: Patriot Act, New England Patriots, patriots; ru/uk патриот is 'patriot': capitalised form, in context")
W("nasams", "NASAMS", "NOR", ["NASAMS", "Nasams"], ru=["NASAMS"], uk=["NASAMS"],
  note="Norwegian–American (Kongsberg, Raytheon); country = NOR.")
W("iris-t", "IRIS-T", "DEU", ["IRIS-T", "IRIS-T SLM", "IRIS-T SLS", "Iris-T"], ru=["IRIS-T", "ИРИС-Т"], uk=["IRIS-T", "Іріс-Т"])
W("samp-t", "SAMP/T", "FRA", ["SAMP/T", "SAMP-T", "SAMP/T NG", "Mamba"], ru=["SAMP/T", "SAMP-T"], uk=["SAMP/T", "SAMP-T"],
  amb="Mamba is the snake (and the French Army's name for the system): designation safe, Mamba in context",
  note="Franco-Italian (Eurosam); country = FRA.")
W("aster-missile", "Aster (missile family)", "FRA", ["Aster 30", "Aster 15", "Aster-30", "Aster-15"])
W("crotale", "Crotale (missile)", "FRA", ["Crotale", "Crotale NG"], amb="crotale is French for rattlesnake: capitalised form, in context")
W("mistral-missile", "Mistral (missile)", "FRA", ["Mistral", "Mistral 3"], ru=["Мистраль"], uk=["Містраль"],
  amb="Mistral is the wind, the ship class and a French AI company: capitalised form, in context")
W("flakpanzer-gepard", "Flakpanzer Gepard", "DEU", ["Gepard", "Flakpanzer Gepard"], en=["Gepards"], de=["Flugabwehrpanzer Gepard", "Gepard-Panzer", "Gepard-Flakpanzer"],
  ru=ru_m("Гепард"), uk=uk_m("Гепард"),
  amb="Gepard is the cheetah in German, Polish, Czech, Russian and Ukrainian: capitalised form, in context")
W("skynex", "Skynex", "CHE", ["Skynex"], ru=["Skynex"], uk=["Skynex"], note="Rheinmetall Air Defence, Zurich.")
W("skyranger", "Skyranger", "DEU", ["Skyranger", "Skyranger 30"])
W("mim-23-hawk", "MIM-23 Hawk", "USA", ["MIM-23", "HAWK", "Hawk", "I-HAWK"], ru=["HAWK", "Хок"], uk=["HAWK", "Гок"],
  amb="hawk is the bird and a surname: all-caps HAWK safe, Hawk in context")
W("avenger-ad", "AN/TWQ-1 Avenger", "USA", ["AN/TWQ-1 Avenger", "Avenger"], amb="Avenger is a common word and a film title: in context only")
W("fim-92-stinger", "FIM-92 Stinger", "USA", ["Stinger", "FIM-92"], en=["Stingers"], ru=ru_m("Стингер"), uk=uk_m("Стінгер"),
  amb="Stinger is a common word (and a song): capitalised form, in context")
W("starstreak", "Starstreak", "GBR", ["Starstreak"])
W("thaad", "Terminal High Altitude Area Defense", "USA", ["THAAD"], ru=["THAAD", "ТХААД"], uk=["THAAD"])
W("aegis", "Aegis Combat System", "USA", ["Aegis", "Aegis Ashore"], amb="Aegis is a common word and many companies")
W("sm-3", "RIM-161 Standard Missile 3", "USA", ["SM-3", "RIM-161", "Standard Missile 3"], ru=["SM-3"], uk=["SM-3"])
W("sm-6", "RIM-174 Standard ERAM", "USA", ["SM-6", "RIM-174", "Standard Missile 6"])
W("iron-dome", "Iron Dome", "ISR", ["Iron Dome"], fr=["Dôme de fer", "Dôme de Fer"], de=["Eisenkuppel", "Iron Dome"],
  es=["Cúpula de Hierro", "Cúpula de hierro"], it=["Cupola di ferro", "Cupola di Ferro", "Iron Dome"],
  ru=["Железный купол", "Железного купола", "Железному куполу", "Железным куполом", "Железном куполе", "«Железный купол»"],
  uk=["Залізний купол", "Залізного купола", "Залізного куполу", "Залізному куполу", "Залізним куполом", "Залізному куполі"])
W("davids-sling", "David's Sling", "ISR", ["David's Sling"], fr=["Fronde de David"], de=["Davids Schleuder", "David's Sling"],
  es=["Honda de David"], it=["Fionda di Davide"], ru=["Праща Давида", "Пращи Давида", "Пращу Давида"], uk=["Праща Давида", "Пращі Давида"])
W("arrow-3", "Arrow 3", "ISR", ["Arrow 3", "Arrow-3", "Arrow 2", "Arrow-2", "Arrow system"], fr=["Arrow 3", "Arrow"], ru=["Эрроу-3", "Хец-3", "Arrow 3"], uk=["Arrow 3", "Ероу-3"],
  note="Bare 'Arrow' is listed only for French: elsewhere it is a common English word.")
W("iron-beam", "Iron Beam", "ISR", ["Iron Beam"], ru=["Железный луч"], uk=["Залізний промінь"])
W("barak-8", "Barak 8", "ISR", ["Barak 8", "Barak-8", "Barak MX"])
W("bavar-373", "Bavar-373", "IRN", ["Bavar-373", "Bavar 373"], ru=["Бавар-373"], uk=["Бавар-373"])
W("khordad-3", "3rd Khordad", "IRN", ["3rd Khordad", "Khordad 3", "Khordad-15", "15th Khordad"])
W("piorun", "Piorun (missile)", "POL", ["Piorun"], ru=["Пиорун"], uk=["Піорун"], amb="piorun is Polish for thunderbolt: capitalised form, in context")
W("rbs-70", "RBS 70", "SWE", ["RBS 70", "RBS-70"])

# --- Missiles, bombs, anti-tank -------------------------------------------------------------
W("storm-shadow", "Storm Shadow", "FRA", ["Storm Shadow", "SCALP", "SCALP-EG", "SCALP EG", "Scalp", "Storm Shadow/SCALP"],
  en=["Storm Shadows"], ru=["Storm Shadow", "Шторм Шэдоу", "Шторм Шедоу", "SCALP", "Скальп"], uk=["Storm Shadow", "Шторм Шедоу", "SCALP", "Скальп"],
  amb="Storm Shadow is also a fictional character; scalp is a body part (fr/it/en): capitalised form, in context",
  note="Anglo-French (MBDA), derived from the French Apache; SCALP-EG is the French name; country = FRA.")
W("mgm-140-atacms", "MGM-140 ATACMS", "USA", ["ATACMS", "Atacms", "MGM-140"], ru=["ATACMS", "АТАКМС", "Атакмс"], uk=["ATACMS", "АТАКМС", "Атакмс"])
W("prsm", "Precision Strike Missile", "USA", ["PrSM", "Precision Strike Missile"])
W("taurus-kepd-350", "Taurus KEPD 350", "DEU", ["Taurus", "KEPD 350", "Taurus KEPD 350"], de=["Taurus-Marschflugkörper", "Taurus-Raketen", "Taurus-Lieferung"],
  ru=["Taurus", "Таурус", "Тауруса", "Таурусы", "Таурусов"], uk=["Taurus", "Таурус", "Тауруса", "Таурусів"],
  amb="Taurus is the zodiac sign, a car model and a gun maker: capitalised form, in context",
  note="German–Swedish (Taurus Systems GmbH, MBDA/Saab); country = DEU.")
W("bgm-109-tomahawk", "Tomahawk (missile)", "USA", ["Tomahawk", "BGM-109"], en=["Tomahawks"], ru=ru_m("Томагавк"), uk=uk_m("Томагавк"),
  amb="tomahawk is the axe: capitalised form, in context")
W("agm-84-harpoon", "Harpoon (missile)", "USA", ["Harpoon", "AGM-84", "RGM-84"], en=["Harpoons"], ru=ru_m("Гарпун"), uk=uk_m("Гарпун"),
  amb="harpoon/гарпун is a common word: capitalised form, in context")
W("naval-strike-missile", "Naval Strike Missile", "NOR", ["Naval Strike Missile", "NSM"], amb="NSM is also other acronyms")
W("rbs-15", "RBS-15", "SWE", ["RBS-15", "RBS 15"])
W("exocet", "Exocet", "FRA", ["Exocet"], ru=["Экзосет"], uk=["Екзосет"])
W("jassm", "AGM-158 JASSM", "USA", ["JASSM", "JASSM-ER", "AGM-158"], ru=["JASSM"], uk=["JASSM"])
W("eram", "Extended Range Attack Munition", "USA", ["ERAM"], amb="ERAM is also other acronyms")
W("glsdb", "Ground-Launched Small Diameter Bomb", "USA", ["GLSDB"], ru=["GLSDB"], uk=["GLSDB"])
W("jdam", "Joint Direct Attack Munition", "USA", ["JDAM", "JDAM-ER", "JDAMs"], ru=["JDAM"], uk=["JDAM"])
W("aasm-hammer", "AASM Hammer", "FRA", ["AASM", "AASM Hammer", "Hammer"], amb="Hammer is a common word and a surname: in context")
W("agm-88-harm", "AGM-88 HARM", "USA", ["AGM-88", "HARM", "AGM-88 HARM"], amb="HARM in capitals; harm is a common word")
W("aim-9-sidewinder", "AIM-9 Sidewinder", "USA", ["AIM-9", "Sidewinder", "AIM-9X"], amb="sidewinder is a snake")
W("aim-120-amraam", "AIM-120 AMRAAM", "USA", ["AMRAAM", "AIM-120"])
W("agm-114-hellfire", "AGM-114 Hellfire", "USA", ["Hellfire", "AGM-114"], amb="hellfire is a common word")
W("gbu-57", "GBU-57A/B MOP", "USA", ["GBU-57", "GBU-57A/B", "Massive Ordnance Penetrator"], fr=["GBU-57"], ru=["GBU-57"], uk=["GBU-57"])
W("m982-excalibur", "M982 Excalibur", "USA", ["Excalibur", "M982"], amb="Excalibur is the legendary sword")
W("gmlrs", "Guided Multiple Launch Rocket System", "USA", ["GMLRS"], ru=["GMLRS"], uk=["GMLRS"])
W("fgm-148-javelin", "FGM-148 Javelin", "USA", ["Javelin", "FGM-148"], en=["Javelins"], ru=ru_m("Джавелин"), uk=uk_m("Джавелін"),
  amb="javelin is the athletic spear (javelot, Speerwurf…): capitalised form, in context")
W("nlaw", "NLAW", "GBR", ["NLAW", "NLAWs"], ru=["NLAW"], uk=["NLAW", "Енлав"], note="British–Swedish (Saab Bofors, Thales); country = GBR.")
W("bgm-71-tow", "BGM-71 TOW", "USA", ["BGM-71", "TOW missile", "TOW"], amb="TOW in capitals; tow is a common word")
W("carl-gustaf", "Carl Gustaf 8.4 cm recoilless rifle", "SWE", ["Carl Gustaf", "Carl-Gustaf", "Carl Gustav"], amb="Carl Gustaf is also the Swedish king's name")
W("at4", "AT4", "SWE", ["AT4", "AT-4"])
W("panzerfaust-3", "Panzerfaust 3", "DEU", ["Panzerfaust 3", "Panzerfaust"])
W("milan", "MILAN", "FRA", ["MILAN"], amb="MILAN in capitals is also the city in headlines: in context only")
W("brimstone", "Brimstone (missile)", "GBR", ["Brimstone"], amb="brimstone is a common word")
W("spike-missile", "Spike (missile)", "ISR", ["Spike NLOS", "Spike-LR", "Spike LR"],
  note="Bare 'Spike' is not listed (common word).")
W("apkws", "Advanced Precision Kill Weapon System", "USA", ["APKWS"])
W("lgm-30-minuteman", "LGM-30 Minuteman", "USA", ["Minuteman III", "Minuteman", "LGM-30"], amb="Minuteman is also a militiaman")
W("trident-ii", "UGM-133 Trident II", "USA", ["Trident II", "Trident D5", "Trident missile", "UGM-133"])
W("typhon-launcher", "Typhon Mid-Range Capability", "USA", ["Typhon", "Mid-Range Capability"], amb="Typhon is a figure of Greek myth")
W("dark-eagle", "Long-Range Hypersonic Weapon", "USA", ["Dark Eagle", "LRHW"])
W("meteor-missile", "Meteor (missile)", "GBR", ["Meteor missile"], note="Bare 'Meteor' is not listed.")
W("mica-missile", "MICA (missile)", "FRA", ["MICA"], amb="MICA in capitals; mica is a mineral")
W("dragonfire", "DragonFire", "GBR", ["DragonFire", "Dragonfire"])

# --- Ukrainian missiles and drones ----------------------------------------------------------
W("r-360-neptune", "R-360 Neptune", "UKR", ["Neptune", "R-360", "Neptun", "Long Neptune", "Neptune-D"], fr=["Neptune"], de=["Neptun"], es=["Neptuno"], it=["Nettuno", "Neptune"],
  ru=["Нептун", "Нептуна", "Нептуну", "Нептуном", "Нептуне", "Нептуны", "Нептунов", "Р-360"],
  uk=["Нептун", "Нептуна", "Нептуну", "Нептуном", "Нептуні", "Нептуни", "Нептунів", "Р-360", "Довгий Нептун", "Довгого Нептуна"],
  amb="Neptune is the planet and the god: capitalised form, in context")
W("fp-5-flamingo", "FP-5 Flamingo", "UKR", ["Flamingo", "FP-5", "FP-5 Flamingo"], fr=["Flamingo"], ru=["Фламинго"], uk=["Фламінго"],
  amb="flamingo is the bird: capitalised form, in context")
W("hrim-2", "Hrim-2", "UKR", ["Hrim-2", "Grim-2", "Sapsan"], ru=["Гром-2", "Сапсан"], uk=["Грім-2", "Сапсан", "Сапсана"],
  amb="Sapsan is the peregrine falcon and a Russian train: in context")
W("palianytsia", "Palianytsia (missile)", "UKR", ["Palianytsia", "Palyanytsia"], ru=["Паляница", "Паляницы"], uk=uk_f("Паляниця"),
  amb="паляниця is a Ukrainian bread: capitalised form, in context")
W("peklo", "Peklo (missile drone)", "UKR", ["Peklo"], ru=["Пекло"], uk=uk_n("Пекло"), amb="пекло is 'hell': capitalised form, in context")
W("an-196-liutyi", "An-196 Liutyi", "UKR", ["Liutyi", "Lyutyi", "An-196"], ru=["Лютый", "Ан-196"], uk=["Лютий", "Лютого", "Ан-196"],
  amb="лютий is 'February'/'fierce' in Ukrainian: in context only")
W("magura-v5", "Magura V5", "UKR", ["Magura V5", "Magura", "Magura V7", "Magura-V5"], ru=["Магура", "Магура V5"], uk=["Magura", "Магура", "Магура V5", "Магура V7"])
W("sea-baby", "Sea Baby", "UKR", ["Sea Baby"], ru=["Sea Baby", "Си Бэйби"], uk=["Sea Baby", "Сі Бейбі"])
W("2s22-bohdana", "2S22 Bohdana", "UKR", ["Bohdana", "2S22"], fr=["Bogdana"], ru=["Богдана", "Богданы", "2С22"], uk=uk_f("Богдана") + ["2С22"],
  amb="Bohdana/Богдана is a given name: capitalised form, in context")
W("vilkha", "Vilkha", "UKR", ["Vilkha", "Vilkha-M"], ru=["Ольха", "Вильха"], uk=uk_f("Вільха") + ["Вільха-М"],
  amb="вільха/ольха is the alder tree: capitalised form, in context")
W("stugna-p", "Stugna-P", "UKR", ["Stugna-P", "Stugna", "Skif"], ru=["Стугна-П", "Стугна"], uk=["Стугна-П", "Стугна", "Стугни-П"],
  amb="Stugna is a river; Skif is the export name and 'Scythian'")
W("baba-yaga-drone", "Baba Yaga (drone)", "UKR", ["Baba Yaga", "Vampire drone"], ru=["Баба-яга", "Баба Яга", "Бабы-яги"], uk=["Баба-Яга", "Баба Яга", "Баби-Яги"],
  amb="Baba Yaga is the folk witch: in context; the Russian press names Ukrainian heavy bomber drones so")
W("bober-drone", "Bober (drone)", "UKR", ["Bober drone", "Beaver drone"], uk=["дрон «Бобер»"])

# --- Artillery and rockets ------------------------------------------------------------------
W("m142-himars", "M142 HIMARS", "USA", ["HIMARS", "Himars", "M142"], en=["HIMARs"], de=["Himars-Raketenwerfer"],
  ru=["HIMARS", "Хаймарс", "Хаймарса", "Хаймарсу", "Хаймарсом", "Хаймарсе", "Хаймарсы", "Хаймарсов", "Химарс", "Химарсы", "Химарсов"],
  uk=["HIMARS", "Хаймарс", "Хаймарса", "Хаймарсу", "Хаймарсом", "Хаймарсі", "Хаймарси", "Хаймарсів", "Хаймерс", "Хаймерси", "Хаймерсів"])
W("m270-mlrs", "M270 Multiple Launch Rocket System", "USA", ["M270", "MLRS", "M270 MLRS", "MARS II", "MARS 2", "LRU"], ru=["M270", "MLRS"], uk=["M270", "MLRS"])
W("m777-howitzer", "M777 howitzer", "USA", ["M777", "M777s"], ru=["M777", "М777", "М-777", "три топора", "Три топора"], uk=["M777", "М777", "Три сокири"],
  note="Designed in Britain (BAE Systems Global Combat Systems), built and fielded mainly by the US; country = USA.")
W("m109", "M109 howitzer", "USA", ["M109", "M109A6", "M109A7", "M109 Paladin", "Paladin"], ru=["M109", "М109"], uk=["M109", "М109"],
  amb="Paladin is a common word: in context")
W("pzh-2000", "Panzerhaubitze 2000", "DEU", ["PzH 2000", "PzH-2000", "Panzerhaubitze 2000"], ru=["PzH 2000"], uk=["PzH 2000", "PzH-2000"])
W("caesar-howitzer", "CAESAR self-propelled howitzer", "FRA", ["CAESAR", "Caesar", "Caesar howitzer", "Caesar 6x6", "Caesar 8x8"], fr=["canon Caesar", "canons Caesar"],
  ru=["CAESAR", "Цезарь", "Цезари", "Цезарей"], uk=["CAESAR", "Цезар", "Цезарі", "Цезарів"],
  amb="Caesar is the Roman name and a given name (ru Цезарь, uk Цезар): capitalised form, in context")
W("ahs-krab", "AHS Krab", "POL", ["AHS Krab", "Krab"], ru=["Краб", "Крабы"], uk=["Краб", "Краби"],
  amb="krab/краб is the crab: capitalised form, in context")
W("archer-artillery", "Archer artillery system", "SWE", ["Archer", "Archer howitzer"], ru=["Archer", "Арчер"], uk=["Archer", "Арчер"],
  amb="Archer is a common word and a surname: in context")
W("zuzana-howitzer", "Zuzana howitzer", "SVK", ["Zuzana 2", "Zuzana"], amb="Zuzana is a given name (Zuzana Čaputová): in context")
W("dana-howitzer", "vz. 77 Dana", "CZE", ["Dana howitzer", "DANA", "Dana-M2"], amb="Dana is a given name: all-caps DANA, in context")
W("rm-70", "RM-70", "CZE", ["RM-70", "RM-70 Vampire"], ru=["RM-70"], uk=["RM-70"])
W("fh70", "FH70", "GBR", ["FH70", "FH-70"], note="British–German–Italian towed howitzer; country = GBR.")
W("as-90", "AS-90", "GBR", ["AS-90", "AS90"])
W("k9-thunder", "K9 Thunder", "KOR", ["K9 Thunder", "K9", "K9A1"], amb="K9 is also the word for police dogs")
W("k239-chunmoo", "K239 Chunmoo", "KOR", ["K239", "Chunmoo", "K239 Chunmoo"])
W("homar-k", "Homar-K", "POL", ["Homar-K", "Homar-A"])
W("pinaka", "Pinaka multi-barrel rocket launcher", "IND", ["Pinaka"], amb="Pinaka is Shiva's bow")
W("polonez-mlrs", "Polonez (MLRS)", "BLR", ["Polonez", "Polonez-M"], ru=["Полонез", "Полонез-М"], uk=["Полонез"],
  amb="polonez/полонез is the polonaise (dance) and a car: capitalised form, in context")

# --- Armour ---------------------------------------------------------------------------------
W("leopard-2", "Leopard 2", "DEU", ["Leopard 2", "Leopard-2", "Leopard 2A4", "Leopard 2A5", "Leopard 2A6", "Leopard 2A7", "Leopard 2A8", "Strv 122", "Leopard"],
  en=["Leopards", "Leopard 2s"], de=["Leopard-2-Panzer", "Leopard-Panzer", "Kampfpanzer Leopard 2"], fr=["chars Leopard"],
  ru=["Leopard", "Леопард", "Леопарда", "Леопарду", "Леопардом", "Леопарде", "Леопарды", "Леопардов", "Леопард-2", "Леопарды-2", "Леопардов-2"],
  uk=["Leopard", "Леопард", "Леопарда", "Леопарду", "Леопардом", "Леопарді", "Леопарди", "Леопардів", "Леопард-2", "Леопарди-2", "Леопардів-2"],
  amb="Leopard is the animal (and a type of computer OS): capitalised form, in context; bare Leopard goes to the Leopard 2")
W("leopard-1", "Leopard 1", "DEU", ["Leopard 1", "Leopard-1", "Leopard 1A5", "Leopard 1A5BE"], ru=["Леопард-1", "Leopard 1"], uk=["Леопард-1", "Leopard 1"])
W("challenger-2", "Challenger 2", "GBR", ["Challenger 2", "Challenger-2", "Challenger 3"], ru=["Challenger 2", "Челленджер 2", "Челленджер-2"], uk=["Challenger 2", "Челленджер 2", "Челленджер-2"],
  note="Bare 'Challenger' is not listed (common word, space shuttle, Bombardier jet).")
W("m1-abrams", "M1 Abrams", "USA", ["Abrams", "M1 Abrams", "M1A1", "M1A2", "M1A1 Abrams", "M1A2 Abrams"],
  ru=["Abrams", "Абрамс", "Абрамса", "Абрамсу", "Абрамсом", "Абрамсе", "Абрамсы", "Абрамсов"], uk=["Abrams", "Абрамс", "Абрамса", "Абрамсом", "Абрамсі", "Абрамси", "Абрамсів"],
  amb="Abrams is a surname (Creighton Abrams, Stacey Abrams): capitalised form, in context")
W("m2-bradley", "M2 Bradley", "USA", ["Bradley", "M2 Bradley", "M2A2", "M2A2 ODS", "Bradley Fighting Vehicle"], en=["Bradleys"],
  ru=["Bradley", "Брэдли"], uk=["Bradley", "Бредлі", "Бредлі"], amb="Bradley is a given name and surname: capitalised form, in context")
W("marder-ifv", "Marder (infantry fighting vehicle)", "DEU", ["Marder", "Marder 1A3"], de=["Schützenpanzer Marder", "Marder-Schützenpanzer"],
  ru=["Marder", "Мардер", "Мардеры", "Мардеров"], uk=["Marder", "Мардер", "Мардери", "Мардерів"], amb="Marder is the marten in German: capitalised noun, in context only")
W("puma-ifv", "Puma (infantry fighting vehicle)", "DEU", ["Schützenpanzer Puma", "Puma IFV"], note="Bare 'Puma' is not listed (animal, brand, helicopter).")
W("cv90", "CV90", "SWE", ["CV90", "CV-90", "CV9040", "CV9035"])
W("stryker", "Stryker", "USA", ["Stryker", "Strykers"], ru=["Stryker", "Страйкер"], uk=["Stryker", "Страйкер"], amb="Stryker is a surname and a medical company")
W("m113", "M113 armored personnel carrier", "USA", ["M113"], ru=["M113", "М113"], uk=["M113", "М113"])
W("humvee", "Humvee", "USA", ["Humvee", "Humvees", "HMMWV"], ru=["Хамви", "Humvee"], uk=["Хамві", "Humvee"])
W("maxxpro", "International MaxxPro", "USA", ["MaxxPro", "MaxxPros"])
W("bushmaster-pmv", "Bushmaster Protected Mobility Vehicle", "AUS", ["Bushmaster"], amb="Bushmaster is also a rifle maker and a snake")
W("amx-10-rc", "AMX-10 RC", "FRA", ["AMX-10 RC", "AMX-10RC", "AMX-10"], ru=["AMX-10"], uk=["AMX-10", "AMX-10RC"])
W("vab", "Véhicule de l'Avant Blindé", "FRA", ["VAB"], amb="VAB is also other acronyms")
W("leclerc-tank", "Leclerc tank", "FRA", ["char Leclerc", "chars Leclerc", "Leclerc tank", "Leclerc tanks"], note="Bare 'Leclerc' is not listed (the general, the supermarkets).")
W("merkava", "Merkava", "ISR", ["Merkava", "Merkava Mk 4", "Merkava IV"], ru=["Меркава"], uk=["Меркава"])
W("namer", "Namer", "ISR", ["Namer"], amb="Namer is a Hebrew word and a surname")
W("k2-black-panther", "K2 Black Panther", "KOR", ["K2 Black Panther", "K2", "K2PL"], amb="K2 is also the mountain: in context")
W("rosomak", "KTO Rosomak", "POL", ["Rosomak"], amb="rosomak is the wolverine in Polish")
W("borsuk", "Borsuk (infantry fighting vehicle)", "POL", ["Borsuk"], amb="borsuk is the badger in Polish")
W("altay-tank", "Altay (tank)", "TUR", ["Altay tank"], note="Bare 'Altay' is not listed (the mountains, the Russian republic).")
W("kozak-vehicle", "Kozak (armoured vehicle)", "UKR", ["Kozak-2", "Kozak-5"], uk=["Козак-2", "Козак-5"])

# --- Aircraft -------------------------------------------------------------------------------
W("f-16", "General Dynamics F-16 Fighting Falcon", "USA", ["F-16", "F16", "F-16s", "F-16 Fighting Falcon", "Fighting Falcon", "F-16V"],
  fr=["F-16"], de=["F-16-Kampfjets"], ru=["F-16", "Ф-16"], uk=["F-16", "Ф-16"])
W("f-35", "Lockheed Martin F-35 Lightning II", "USA", ["F-35", "F35", "F-35A", "F-35B", "F-35I", "F-35 Lightning II", "F-35I Adir"], ru=["F-35", "Ф-35"], uk=["F-35"])
W("f-15", "McDonnell Douglas F-15 Eagle", "USA", ["F-15", "F-15E", "F-15E Strike Eagle", "F-15EX", "F-15I", "Strike Eagle"], ru=["F-15"], uk=["F-15"])
W("f-18", "McDonnell Douglas F/A-18 Hornet", "USA", ["F/A-18", "F-18", "F/A-18E/F Super Hornet", "Super Hornet", "EA-18G Growler"], ru=["F/A-18", "F-18"], uk=["F/A-18", "F-18"])
W("f-22", "Lockheed Martin F-22 Raptor", "USA", ["F-22", "F-22 Raptor"], ru=["F-22"], uk=["F-22"])
W("f-117", "Lockheed F-117 Nighthawk", "USA", ["F-117", "F-117 Nighthawk"])
W("f-4-phantom", "McDonnell Douglas F-4 Phantom II", "USA", ["F-4 Phantom", "F-4"])
W("f-5", "Northrop F-5", "USA", ["F-5", "F-5E Tiger II"])
W("b-2", "Northrop B-2 Spirit", "USA", ["B-2", "B-2 Spirit", "B-2 bomber", "B-2 bombers", "B-2s"], ru=["B-2"], uk=["B-2"])
W("b-52", "Boeing B-52 Stratofortress", "USA", ["B-52", "B-52H", "B-52 Stratofortress"], ru=["B-52", "Б-52"], uk=["B-52"])
W("b-1", "Rockwell B-1 Lancer", "USA", ["B-1B", "B-1 Lancer", "B-1B Lancer"], ru=["B-1B"], uk=["B-1B"])
W("b-21", "Northrop Grumman B-21 Raider", "USA", ["B-21", "B-21 Raider"])
W("a-10", "Fairchild Republic A-10 Thunderbolt II", "USA", ["A-10", "A-10 Warthog", "A-10 Thunderbolt II", "Warthog"], ru=["A-10"], uk=["A-10"],
  amb="Warthog is the animal")
W("e-3-sentry", "Boeing E-3 Sentry", "USA", ["E-3 Sentry", "AWACS"], ru=["AWACS", "АВАКС"], uk=["AWACS", "АВАКС"], amb="AWACS is also the generic name of airborne radar aircraft")
W("saab-340-aew", "Saab 340 AEW&C", "SWE", ["ASC 890", "Saab 340 AEW", "Saab 340 AEW&C"])
W("ah-64-apache", "Boeing AH-64 Apache", "USA", ["AH-64", "AH-64 Apache", "Apache helicopter", "Apache helicopters", "Apache"], ru=["AH-64", "Апач"], uk=["AH-64", "Апач"],
  amb="Apache is the people and the software foundation: in context")
W("uh-60-black-hawk", "Sikorsky UH-60 Black Hawk", "USA", ["Black Hawk", "UH-60", "Blackhawk", "Black Hawks"], ru=["Black Hawk", "Блэк Хок"], uk=["Black Hawk", "Блек Гок"],
  amb="Black Hawk is also a Native American leader and place names")
W("ch-47-chinook", "Boeing CH-47 Chinook", "USA", ["CH-47", "Chinook", "Chinooks"], amb="Chinook is a people, a wind and a salmon")
W("mq-9-reaper", "General Atomics MQ-9 Reaper", "USA", ["MQ-9", "MQ-9 Reaper", "Reaper drone", "Reaper drones", "Reaper"], ru=["MQ-9", "MQ-9 Reaper"], uk=["MQ-9", "MQ-9 Reaper"],
  amb="Reaper is a common word (the Grim Reaper): in context")
W("mq-1-predator", "General Atomics MQ-1 Predator", "USA", ["MQ-1", "MQ-1 Predator", "Predator drone", "Predator drones", "MQ-1C Gray Eagle", "Gray Eagle"])
W("rq-4-global-hawk", "Northrop Grumman RQ-4 Global Hawk", "USA", ["RQ-4", "Global Hawk", "MQ-4C Triton"], ru=["Global Hawk", "RQ-4"], uk=["Global Hawk", "RQ-4"])
W("switchblade", "AeroVironment Switchblade", "USA", ["Switchblade", "Switchblade 300", "Switchblade 600"], amb="switchblade is a knife")
W("phoenix-ghost", "Phoenix Ghost", "USA", ["Phoenix Ghost"])
W("scaneagle", "Boeing Insitu ScanEagle", "USA", ["ScanEagle", "Scan Eagle"])
W("rq-11-raven", "AeroVironment RQ-11 Raven", "USA", ["RQ-11", "RQ-11 Raven"])
W("puma-uav", "AeroVironment RQ-20 Puma", "USA", ["RQ-20 Puma", "RQ-20"])
W("dji-mavic", "DJI Mavic", "CHN", ["DJI Mavic", "Mavic", "Mavic 3", "Mavics"], ru=["Mavic", "Мавик", "Мавики", "Мавиков"], uk=["Mavic", "Мавік", "Мавіки", "Мавіків"])
W("dassault-rafale", "Dassault Rafale", "FRA", ["Rafale", "Rafales", "Rafale M"], ru=["Rafale", "Рафаль"], uk=["Rafale", "Рафаль"],
  amb="rafale is French for gust, burst of fire: capitalised form, in context")
W("mirage-2000", "Dassault Mirage 2000", "FRA", ["Mirage 2000", "Mirage 2000-5", "Mirage 2000-5F", "Mirage 2000D", "Mirage-2000"], ru=["Mirage 2000", "Мираж-2000", "Мираж 2000"], uk=["Mirage 2000", "Міраж-2000", "Міраж 2000"])
W("saab-gripen", "Saab JAS 39 Gripen", "SWE", ["Gripen", "JAS 39", "JAS 39 Gripen", "Gripen E", "Gripens"], ru=["Gripen", "Грипен"], uk=["Gripen", "Грипен", "Гріпен"])
W("eurofighter-typhoon", "Eurofighter Typhoon", "DEU", ["Eurofighter", "Eurofighter Typhoon", "Typhoon"], ru=["Eurofighter", "Еврофайтер"], uk=["Eurofighter", "Єврофайтер"],
  amb="Typhoon is the storm: capitalised form, in context", note="Multinational (Germany, UK, Italy, Spain); country = DEU (Airbus Defence and Space).")
W("panavia-tornado", "Panavia Tornado", "DEU", ["Panavia Tornado", "Tornado jet", "Tornado jets", "Tornado"], amb="Tornado is the storm and the Russian Tornado-S: in context",
  note="Multinational (Germany, UK, Italy); country = DEU.")
W("f-7", "Chengdu J-7", "CHN", ["J-7", "F-7"])
W("p-8-poseidon", "Boeing P-8 Poseidon", "USA", ["P-8", "P-8 Poseidon", "P-8A Poseidon"])

# --- Ships ----------------------------------------------------------------------------------
W("arleigh-burke-class", "Arleigh Burke-class destroyer", "USA", ["Arleigh Burke-class", "Arleigh Burke class"])
W("nimitz-class", "Nimitz-class aircraft carrier", "USA", ["Nimitz-class", "Nimitz class"])
W("gerald-r-ford-class", "Gerald R. Ford-class aircraft carrier", "USA", ["Ford-class", "Gerald R. Ford-class"])
W("ohio-class", "Ohio-class submarine", "USA", ["Ohio-class", "Ohio class"])
W("virginia-class", "Virginia-class submarine", "USA", ["Virginia-class", "Virginia class submarine"])
W("type-45-destroyer", "Type 45 destroyer", "GBR", ["Type 45", "Type 45 destroyer", "Daring-class"])
W("fremm", "FREMM multipurpose frigate", "FRA", ["FREMM"], note="Franco-Italian; country = FRA.")
