# Historic heads of state and government (before 2014) named in older wire copy and in the
# CAMEO manual's examples ("President Museveni", "President Bush"). Dated roles are public record
# (Wikipedia/Wikidata-level facts); build_persons.py adds the Phoenix.Countries.actors.txt entry
# to a role's source where that dictionary has the person for an overlapping period.
from model import p, R, group

group("Historic leaders")

p("ronald_reagan", "USA", "Ronald Reagan", "Reagan", ru="Рональд Рейган", uk="Рональд Рейган",
  roles=[R("USAGOV", "President of the United States", "1981-01-20", "1989-01-20")])
p("george_h_w_bush", "USA", "George H. W. Bush", "George H.W. Bush", "George Bush", nosur=True,
  ru="Джордж Буш", uk="Джордж Буш",
  note="'Bush' alone also names George W. Bush; both are USAGOV in office",
  roles=[R("USAGOV", "President of the United States", "1989-01-20", "1993-01-20")])
p("bill_clinton", "USA", "Bill Clinton", "William Jefferson Clinton", ru="Билл Клинтон", uk="Білл Клінтон",
  roles=[R("USAGOV", "President of the United States", "1993-01-20", "2001-01-20")])
p("george_w_bush", "USA", "George W. Bush", "George Walker Bush", "Bush", nosur=True,
  ru="Джордж Буш-младший", uk="Джордж Буш-молодший",
  note="'Bush' alone listed here (the most cited); it also names George H. W. Bush",
  roles=[R("USAGOV", "President of the United States", "2001-01-20", "2009-01-20")])
p("francois_mitterrand", "FRA", "François Mitterrand", "Francois Mitterrand", ru="Франсуа Миттеран", uk="Франсуа Міттеран",
  roles=[R("FRAGOV", "President of France", "1981-05-21", "1995-05-17")])
p("askar_akayev", "KGZ", "Askar Akayev", "Askar Akaev", ru="Аскар Акаев", uk="Аскар Акаєв",
  roles=[R("KGZGOV", "President of Kyrgyzstan", "1990-10-27", "2005-04-11")])
p("saddam_hussein", "IRQ", "Saddam Hussein", "Saddam", nosur=True, ru=["Саддам Хусейн", "Саддам"], uk=["Саддам Хусейн", "Саддам"],
  roles=[R("IRQGOV", "President of Iraq", "1979-07-16", "2003-04-09")])
p("hafez_al_assad", "SYR", "Hafez al-Assad", "Hafez Assad", "Hafez al-Asad", nosur=True, ru="Хафез Асад", uk="Хафез Асад",
  roles=[R("SYRGOV", "President of Syria", "1971-03-14", "2000-06-10")])
p("ahmed_ben_bella", "DZA", "Ahmed Ben Bella", "Ben Bella", ru="Ахмед Бен Белла", uk="Ахмед Бен Белла",
  roles=[R("DZAGOV", "President of Algeria", "1963-09-15", "1965-06-19")])
p("abdelaziz_bouteflika", "DZA", "Abdelaziz Bouteflika", ru="Абдельазиз Бутефлика", uk="Абдельазіз Бутефліка",
  roles=[R("DZAGOV", "President of Algeria", "1999-04-27", "2019-04-02")])
p("yoweri_museveni", "UGA", "Yoweri Museveni", "Yoweri Kaguta Museveni", ru="Йовери Мусевени", uk="Йовері Мусевені",
  roles=[R("UGAGOV", "President of Uganda", "1986-01-29")])
p("laurent_gbagbo", "CIV", "Laurent Gbagbo", ru="Лоран Гбагбо", uk="Лоран Гбагбо",
  roles=[R("CIVGOV", "President of Côte d'Ivoire", "2000-10-26", "2011-04-11")])
p("olusegun_obasanjo", "NGA", "Olusegun Obasanjo", ru="Олусегун Обасанджо", uk="Олусегун Обасанджо",
  roles=[R("NGAGOV", "Head of the Federal Military Government of Nigeria", "1976-02-13", "1979-10-01"),
         R("NGAGOV", "President of Nigeria", "1999-05-29", "2007-05-29")])
p("jose_eduardo_dos_santos", "AGO", "José Eduardo dos Santos", "Jose Eduardo dos Santos", nosur=True,
  ru="Жозе Эдуарду душ Сантуш", uk="Жозе Едуарду душ Сантуш",
  roles=[R("AGOGOV", "President of Angola", "1979-09-21", "2017-09-26")])
p("levy_mwanawasa", "ZMB", "Levy Mwanawasa", ru="Леви Мванаваса", uk="Леві Мванаваса",
  roles=[R("ZMBGOV", "President of Zambia", "2002-01-02", "2008-08-19")])
p("mahendra_chaudhry", "FJI", "Mahendra Chaudhry", ru="Махендра Чаудри", uk="Махендра Чаудрі",
  roles=[R("FJIGOV", "Prime Minister of Fiji", "1999-05-19", "2000-05-27")])
p("prosper_avril", "HTI", "Prosper Avril", nosur=True, ru="Проспер Аврил", uk="Проспер Авріл",
  roles=[R("HTIGOV", "President of Haiti", "1988-09-17", "1990-03-10")])
