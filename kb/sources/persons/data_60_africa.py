# Africa: Sahel juntas, Sudan, Horn of Africa, Great Lakes, North Africa, G20 members.
from model import p, R, group

group("Sahel")

p("assimi_goita", "MLI", "Assimi Goïta", "Assimi Goita", ru="Ассими Гоита", uk="Ассімі Гоїта", fr=["colonel Assimi Goïta", "général Assimi Goïta"],
  roles=[R("MLIMIL", "Head of the military junta of Mali (CNSP)", "2020-08-18", "2020-09-25"),
         R("MLIGOV", "Vice President of the Transition of Mali", "2020-09-25", "2021-05-24"),
         R("MLIGOV", "President of the Transition of Mali", "2021-05-28")])
p("bah_ndaw", "MLI", "Bah N'Daw", "Bah Ndaw", ru="Ба Ндау", uk="Ба Ндау",
  roles=[R("MLIGOV", "President of the Transition of Mali", "2020-09-25", "2021-05-24")])
p("ibrahim_boubacar_keita", "MLI", "Ibrahim Boubacar Keïta", "Ibrahim Boubacar Keita", "IBK", ru="Ибрагим Бубакар Кейта", uk="Ібрагім Бубакар Кейта",
  ambsur="Keïta: common Malian surname", note="overthrown 2020-08-18; died 2022-01-16",
  roles=[R("MLIGOV", "President of Mali", "2013-09-04", "2020-08-18")])
p("abdoulaye_maiga", "MLI", "Abdoulaye Maïga", "Abdoulaye Maiga", ru="Абдулай Маига", uk="Абдулай Маїга", nosur=True,
  note="surname Maïga shared with former PM Choguel Kokalla Maïga",
  roles=[R("MLIGOV", "Interim Prime Minister of Mali", "2022-08-21", "2022-12-05"),
         R("MLIGOV", "Prime Minister of Mali", "2024-11-21")])
p("choguel_kokalla_maiga", "MLI", "Choguel Kokalla Maïga", "Choguel Maïga", "Choguel Kokalla Maiga", ru="Шогель Кокалла Маига", uk="Шогель Кокалла Маїга", nosur=True,
  roles=[R("MLIGOV", "Prime Minister of Mali", "2021-06-07", "2024-11-20")])
p("abdoulaye_diop", "MLI", "Abdoulaye Diop", ru="Абдулай Диоп", uk="Абдулай Діоп", ambsur="Diop: common West African surname",
  roles=[R("MLIGOV", "Minister of Foreign Affairs of Mali", "2014-04", "2017-04"),
         R("MLIGOV", "Minister of Foreign Affairs of Mali", "2021-06-07")])
p("sadio_camara", "MLI", "Sadio Camara", ru="Садио Камара", uk="Садіо Камара", ambsur="Camara: common West African surname",
  roles=[R("MLIGOV", "Minister of Defence of Mali", "2020-10-05", "2021-05-24"),
         R("MLIGOV", "Minister of Defence of Mali", "2021-06-07")])
p("abdourahamane_tiani", "NER", "Abdourahamane Tiani", "Abdourahamane Tchiani", "Omar Tchiani", "Tiani", "Tchiani",
  fr=["général Tiani", "général Abdourahamane Tiani"], ru=["Абдурахман Тчиани", "Абдурахаман Тиани"], uk=["Абдурахман Тчіані"],
  roles=[R("NERGOV", "Head of the military junta of Niger (CNSP), head of state", "2023-07-28", "2025-03-26"),
         R("NERGOV", "President of the Transition of Niger", "2025-03-26")])
p("mohamed_bazoum", "NER", "Mohamed Bazoum", ru="Мохамед Базум", uk="Мохамед Базум",
  note="overthrown 2023-07-26 and detained",
  roles=[R("NERGOV", "President of Niger", "2021-04-02", "2023-07-26")])
p("mahamadou_issoufou", "NER", "Mahamadou Issoufou", ru="Махамаду Иссуфу", uk="Махамаду Іссуфу",
  roles=[R("NERGOV", "President of Niger", "2011-04-07", "2021-04-02")])
p("ali_lamine_zeine", "NER", "Ali Lamine Zeine", "Ali Mahaman Lamine Zeine", ru="Али Ламин Зейн", uk="Алі Ламін Зейн",
  roles=[R("NERGOV", "Prime Minister of Niger", "2023-08-08")])
p("bakary_yaou_sangare", "NER", "Bakary Yaou Sangaré", "Bakary Yaou Sangare", ru="Бакари Яу Сангаре", uk="Бакарі Яу Сангаре", nosur=True,
  roles=[R("NERGOV", "Minister of Foreign Affairs of Niger", "2023-08")])
p("salifou_mody", "NER", "Salifou Mody", ru="Салифу Моди", uk="Саліфу Моді", unsure=True, nosur=True,
  roles=[R("NERGOV", "Minister of Defence of Niger", "2023-08")])
p("ibrahim_traore", "BFA", "Ibrahim Traoré", "Ibrahim Traore", ru="Ибрагим Траоре", uk="Ібрагім Траоре", fr=["capitaine Ibrahim Traoré"],
  ambsur="Traoré: very common West African surname",
  roles=[R("BFAGOV", "Head of the military junta and President of the Transition of Burkina Faso", "2022-09-30")])
p("paul_henri_sandaogo_damiba", "BFA", "Paul-Henri Sandaogo Damiba", "Paul-Henri Damiba", ru="Поль-Анри Сандаого Дамиба", uk="Поль-Анрі Сандаого Даміба",
  roles=[R("BFAGOV", "Head of the military junta and President of the Transition of Burkina Faso", "2022-01-24", "2022-09-30")])
p("roch_marc_christian_kabore", "BFA", "Roch Marc Christian Kaboré", "Roch Kaboré", ru="Рок Марк Кристиан Каборе", uk="Рок Марк Крістіан Каборе",
  ambsur="Kaboré: common Burkinabè surname",
  roles=[R("BFAGOV", "President of Burkina Faso", "2015-12-29", "2022-01-24")])
p("apollinaire_kyelem_de_tambela", "BFA", "Apollinaire Joachim Kyélem de Tambèla", "Kyélem de Tambèla", ru="Аполлинер Кьелем де Тамбела", nosur=True,
  roles=[R("BFAGOV", "Prime Minister of Burkina Faso", "2022-10-21", "2024-12-06")])
p("rimtalba_jean_emmanuel_ouedraogo", "BFA", "Rimtalba Jean Emmanuel Ouédraogo", "Jean Emmanuel Ouédraogo", ru="Римтальба Жан Эмманюэль Уэдраого", nosur=True,
  note="surname Ouédraogo is very common",
  roles=[R("BFAGOV", "Prime Minister of Burkina Faso", "2024-12-07")])
p("mahamat_idriss_deby", "TCD", "Mahamat Idriss Déby", "Mahamat Idriss Deby", "Mahamat Déby", "Mahamat Idriss Déby Itno", ru="Махамат Идрис Деби", uk="Махамат Ідріс Дебі",
  nosur=True, note="Déby alone not listed (also his father Idriss Déby)",
  roles=[R("TCDGOV", "President of the Transitional Military Council of Chad", "2021-04-20", "2024-05-23"),
         R("TCDGOV", "President of Chad", "2024-05-23")])
p("idriss_deby", "TCD", "Idriss Déby", "Idriss Deby", "Idriss Déby Itno", ru="Идрис Деби", uk="Ідріс Дебі", nosur=True,
  note="killed 2021-04-20; Déby alone not listed (also his son Mahamat Idriss Déby)",
  roles=[R("TCDGOV", "President of Chad", "1990-12-02", "2021-04-20")])
p("succes_masra", "TCD", "Succès Masra", "Succes Masra", ru="Сюксе Масра", uk="Сюксе Масра",
  roles=[R("TCDGOV", "Prime Minister of Chad", "2024-01-01", "2024-05-22"),
         R("TCDOPP", "Opposition leader (Les Transformateurs)", "2024-05-22")])
p("allamaye_halina", "TCD", "Allamaye Halina", ru="Аллямай Халина", uk="Аллямай Халіна",
  roles=[R("TCDGOV", "Prime Minister of Chad", "2024-05-23")])

group("Sudan and the Horn of Africa")

p("abdel_fattah_al_burhan", "SDN", "Abdel Fattah al-Burhan", "Abdel Fattah Burhan", "al-Burhan", "Burhan", copy=False, nosur=True,
  fr=["Abdel Fattah al-Burhane", "Abdel Fattah al-Burhan", "al-Burhane", "Burhane", "général Burhane"], de=["Abdel Fattah al-Burhan", "al-Burhan", "Burhan"],
  es=["Abdelfatah al Burhan", "Abdel Fattah al Burhan", "al Burhan"], it=["Abdel Fattah al-Burhan", "al-Burhan"],
  ru=["Абдель Фаттах аль-Бурхан", "аль-Бурхан", "Бурхан"], uk=["Абдель Фаттах аль-Бурхан", "аль-Бурхан", "Бурхан"],
  note="first name 'Abdel Fattah' shared with Egypt's el-Sisi",
  roles=[R("SDNMIL", "Commander-in-Chief of the Sudanese Armed Forces", "2019-04-12"),
         R("SDNGOV", "Chairman of the Transitional Sovereignty Council of Sudan", "2019-04-12")])
p("mohamed_hamdan_dagalo", "SDN", "Mohamed Hamdan Dagalo", "Mohamed Hamdan Daglo", "Hemedti", "Hemeti", "Dagalo", "Daglo", copy=False, nosur=True,
  fr=["Mohamed Hamdan Daglo", "Mohammed Hamdane Daglo", "Hemedti", "Daglo"], de=["Mohamed Hamdan Daglo", "Hemeti", "Hemedti", "Daglo"],
  es=["Mohamed Hamdan Dagalo", "Hemedti", "Dagalo"], it=["Mohamed Hamdan Dagalo", "Hemedti", "Dagalo"],
  ru=["Мохаммед Хамдан Дагало", "Хемедти", "Дагало"], uk=["Мохаммед Хамдан Дагало", "Хемедті", "Дагало"],
  roles=[R("SDNMIL", "Commander of the Rapid Support Forces (RSF)", "2013", "2023-04-15"),
         R("SDNGOV", "Deputy Chairman of the Transitional Sovereignty Council of Sudan", "2019-08-20", "2023-05-19"),
         R("SDNREB", "Commander of the Rapid Support Forces (RSF) at war with the army", "2023-04-15")])
p("omar_al_bashir", "SDN", "Omar al-Bashir", "Omar Hassan al-Bashir", "Omar Bashir", copy=False, nosur=True,
  fr=["Omar el-Béchir", "Omar al-Bachir", "el-Béchir", "Béchir"], de=["Omar al-Baschir", "al-Baschir", "Baschir"], es=["Omar al Bashir", "al Bashir"],
  it=["Omar al-Bashir", "al-Bashir"], ru=["Омар аль-Башир", "Омар Башир"], uk=["Омар аль-Башир", "Омар Башир"],
  note="'al-Bashir' alone not listed (also Syria's Mohammed al-Bashir)",
  roles=[R("SDNGOV", "President of Sudan", "1989-06-30", "2019-04-11")])
p("abdalla_hamdok", "SDN", "Abdalla Hamdok", "Abdallah Hamdok", ru="Абдалла Хамдок", uk="Абдалла Хамдок",
  roles=[R("SDNGOV", "Prime Minister of Sudan", "2019-08-21", "2022-01-02")])
p("kamil_idris", "SDN", "Kamil Idris", "Kamil el-Tayeb Idris", ru="Камиль Идрис", uk="Каміль Ідріс", ambsur="Idris: common name",
  roles=[R("SDNGOV", "Prime Minister of Sudan", "2025-05-19")])
p("abiy_ahmed", "ETH", "Abiy Ahmed", "Abiy Ahmed Ali", "Abiy", ru="Абий Ахмед", uk="Абій Ахмед", nosur=True,
  note="Ethiopian names have no surname: 'Abiy' (not 'Ahmed') is used alone",
  roles=[R("ETHGOV", "Prime Minister of Ethiopia", "2018-04-02")])
p("hailemariam_desalegn", "ETH", "Hailemariam Desalegn", "Hailemariam", ru="Хайлемариам Десалень", uk="Хайлемаріам Десалень", nosur=True,
  roles=[R("ETHGOV", "Prime Minister of Ethiopia", "2012-08-21", "2018-04-02")])
p("taye_atske_selassie", "ETH", "Taye Atske Selassie", "Taye Atske-Selassie", ru="Тайе Ацке Селассие", uk="Тайє Ацке Селассіє", nosur=True,
  roles=[R("ETHGOV", "Minister of Foreign Affairs of Ethiopia", "2023-02", "2024-10-07"),
         R("ETHGOV", "President of Ethiopia", "2024-10-07")])
p("sahle_work_zewde", "ETH", "Sahle-Work Zewde", ru="Сахле-Уорк Зуде", uk="Сахле-Ворк Зеуде", nosur=True,
  roles=[R("ETHGOV", "President of Ethiopia", "2018-10-25", "2024-10-07")])
p("debretsion_gebremichael", "ETH", "Debretsion Gebremichael", "Debretsion", ru="Дебрецион Гебремикаэль", uk="Дебреціон Гебремікаель", nosur=True,
  note="dates approximate",
  roles=[R("ETHREB", "Chairman of the Tigray People's Liberation Front (TPLF)", "2019")])
p("getachew_reda", "ETH", "Getachew Reda", ru="Гетачеу Реда", uk="Гетачеу Реда", nosur=True,
  roles=[R("ETHGOV", "President of the Tigray Interim Regional Administration", "2023-03-23", "2025-04-08")])
p("tadesse_werede", "ETH", "Tadesse Werede", ru="Тадессе Вереде", uk="Тадессе Вереде", nosur=True,
  roles=[R("ETHGOV", "President of the Tigray Interim Regional Administration", "2025-04-08")])
p("isaias_afwerki", "ERI", "Isaias Afwerki", "Isaias Afewerki", ru="Исайяс Афеворки", uk="Ісаяс Афеворкі",
  roles=[R("ERIGOV", "President of Eritrea", "1993-05-24")])
p("hassan_sheikh_mohamud", "SOM", "Hassan Sheikh Mohamud", ru="Хасан Шейх Махмуд", uk="Хасан Шейх Махмуд", nosur=True,
  roles=[R("SOMGOV", "President of Somalia", "2012-09-16", "2017-02-16"),
         R("SOMGOV", "President of Somalia", "2022-05-23")])
p("william_ruto", "KEN", "William Ruto", ru="Уильям Руто", uk="Вільям Руто",
  roles=[R("KENGOV", "President of Kenya", "2022-09-13")])
p("salva_kiir", "SSD", "Salva Kiir", "Salva Kiir Mayardit", ru="Сальва Киир", uk="Сальва Кіїр",
  roles=[R("SSDGOV", "President of South Sudan", "2011-07-09")])

group("Great Lakes")

p("felix_tshisekedi", "COD", "Félix Tshisekedi", "Felix Tshisekedi", "Félix Antoine Tshisekedi", ru="Феликс Чисекеди", uk="Фелікс Чісекеді",
  ambsur="Tshisekedi: also his father Étienne Tshisekedi",
  roles=[R("CODGOV", "President of the Democratic Republic of the Congo", "2019-01-24")])
p("joseph_kabila", "COD", "Joseph Kabila", "Joseph Kabila Kabange", ru="Жозеф Кабила", uk="Жозеф Кабіла",
  ambsur="Kabila: also his father Laurent-Désiré Kabila", note="sentenced to death in absentia by a Congolese military court (2025-09-30)",
  roles=[R("CODGOV", "President of the Democratic Republic of the Congo", "2001-01-26", "2019-01-24")])
p("judith_suminwa", "COD", "Judith Suminwa", "Judith Suminwa Tuluka", ru="Жюдит Суминва", uk="Жудіт Сумінва",
  roles=[R("CODGOV", "Prime Minister of the Democratic Republic of the Congo", "2024-06-12")])
p("jean_michel_sama_lukonde", "COD", "Jean-Michel Sama Lukonde", "Sama Lukonde", ru="Жан-Мишель Сама Луконде", uk="Жан-Мішель Сама Луконде", nosur=True,
  roles=[R("CODGOV", "Prime Minister of the Democratic Republic of the Congo", "2021-02-15", "2024-06-12")])
p("therese_kayikwamba_wagner", "COD", "Thérèse Kayikwamba Wagner", "Kayikwamba Wagner", ru="Тереза Кайиквамба Вагнер", uk="Тереза Каїквамба Вагнер", nosur=True,
  note="surname Wagner alone not listed (also the Wagner Group)",
  roles=[R("CODGOV", "Minister of Foreign Affairs of the Democratic Republic of the Congo", "2024-06")])
p("corneille_nangaa", "COD", "Corneille Nangaa", ru="Корнель Нангаа", uk="Корнель Нангаа",
  roles=[R("CODREB", "Coordinator of the Alliance Fleuve Congo (AFC), political wing allied with M23", "2023-12-15")])
p("sultani_makenga", "COD", "Sultani Makenga", ru="Султани Макенга", uk="Султані Макенга",
  roles=[R("CODREB", "Military commander of the M23 rebel group", "2013")])
p("bertrand_bisimwa", "COD", "Bertrand Bisimwa", ru="Бертран Бисимва", uk="Бертран Бісімва",
  roles=[R("CODREB", "President of the M23 rebel group", "2013")])
p("paul_kagame", "RWA", "Paul Kagame", ru="Поль Кагаме", uk="Поль Кагаме",
  roles=[R("RWAGOV", "President of Rwanda (acting from 2000-03-24)", "2000-03-24")])
p("olivier_nduhungirehe", "RWA", "Olivier Nduhungirehe", ru="Оливье Ндухунгирехе", uk="Олів'є Ндухунгірехе",
  roles=[R("RWAGOV", "Minister of Foreign Affairs of Rwanda", "2023-12-05")])
p("vincent_biruta", "RWA", "Vincent Biruta", ru="Венсан Бирута", uk="Венсан Бірута",
  roles=[R("RWAGOV", "Minister of Foreign Affairs of Rwanda", "2019-03-04", "2023-12-05")])
p("edouard_ngirente", "RWA", "Édouard Ngirente", "Edouard Ngirente", ru="Эдуар Нгиренте", uk="Едуар Нгіренте",
  roles=[R("RWAGOV", "Prime Minister of Rwanda", "2017-08-30", "2025-07-23")])
p("faustin_archange_touadera", "CAF", "Faustin-Archange Touadéra", "Faustin Archange Touadera", "Touadéra", ru="Фостен-Арканж Туадера", uk="Фостен-Арканж Туадера",
  roles=[R("CAFGOV", "President of the Central African Republic", "2016-03-30")])

group("North and West Africa, G20 Africa")

p("khalifa_haftar", "LBY", "Khalifa Haftar", "Khalifa Hifter", "Haftar", fr=["maréchal Haftar", "Khalifa Haftar"], de=["Chalifa Haftar", "Khalifa Haftar"],
  ru="Халифа Хафтар", uk="Халіфа Хафтар",
  roles=[R("LBYMIL", "Commander of the Libyan National Army (eastern Libya)", "2015-03-02")])
p("abdul_hamid_dbeibah", "LBY", "Abdul Hamid Dbeibah", "Abdulhamid Dbeibah", "Abdelhamid Dbeibah", "Dbeibah", "Dbeibeh", nosur=True,
  fr=["Abdelhamid Dbeibah", "Abdel Hamid Dbeibah", "Dbeibah"], ru="Абдель Хамид Дбейба", uk="Абдель Хамід Дбейба",
  roles=[R("LBYGOV", "Prime Minister of the Government of National Unity of Libya (Tripoli)", "2021-03-15")])
p("fayez_al_sarraj", "LBY", "Fayez al-Sarraj", "Fayez Sarraj", "al-Sarraj", "Sarraj", nosur=True,
  fr=["Fayez al-Sarraj", "Fayez el-Sarraj", "Sarraj"], ru="Файез Сарадж", uk="Фаєз Сарадж",
  roles=[R("LBYGOV", "Prime Minister of the Government of National Accord of Libya", "2016-03-30", "2021-03-15")])
p("abdelmadjid_tebboune", "DZA", "Abdelmadjid Tebboune", fr=["Abdelmadjid Tebboune"], ru="Абдельмаджид Теббун", uk="Абдельмаджид Теббун",
  roles=[R("DZAGOV", "President of Algeria", "2019-12-19")])
p("mohammed_vi", "MAR", "King Mohammed VI", "Mohammed VI", nosur=True, copy=False,
  fr=["Mohammed VI", "le roi Mohammed VI"], de=["Mohammed VI.", "König Mohammed VI."], es=["Mohamed VI", "el rey Mohamed VI"], it=["Mohammed VI", "re Mohammed VI"],
  ru=["Мухаммед VI", "король Мухаммед VI"], uk=["Мухаммед VI", "король Мухаммед VI"],
  roles=[R("MARGOV", "King of Morocco", "1999-07-23")])
p("kais_saied", "TUN", "Kais Saied", "Kaïs Saïed", fr=["Kaïs Saïed"], ru="Каис Саид", uk="Каїс Саїд",
  roles=[R("TUNGOV", "President of Tunisia", "2019-10-23")])
p("bola_tinubu", "NGA", "Bola Tinubu", "Bola Ahmed Tinubu", ru="Бола Тинубу", uk="Бола Тінубу",
  roles=[R("NGAGOV", "President of Nigeria", "2023-05-29")])
p("muhammadu_buhari", "NGA", "Muhammadu Buhari", ru="Мухаммаду Бухари", uk="Мухаммаду Бухарі", note="died 2025-07-13",
  roles=[R("NGAGOV", "President of Nigeria", "2015-05-29", "2023-05-29")])
p("yusuf_tuggar", "NGA", "Yusuf Tuggar", "Yusuf Maitama Tuggar", ru="Юсуф Туггар", uk="Юсуф Туггар",
  roles=[R("NGAGOV", "Minister of Foreign Affairs of Nigeria", "2023-08-21")])
p("alassane_ouattara", "CIV", "Alassane Ouattara", ru="Алассан Уаттара", uk="Алассан Уаттара",
  roles=[R("CIVGOV", "President of Côte d'Ivoire", "2010-12-04")])
p("cyril_ramaphosa", "ZAF", "Cyril Ramaphosa", ru="Сирил Рамафоса", uk="Сиріл Рамафоса",
  roles=[R("ZAFGOV", "President of South Africa", "2018-02-15")])
p("jacob_zuma", "ZAF", "Jacob Zuma", ru="Джейкоб Зума", uk="Джейкоб Зума",
  roles=[R("ZAFGOV", "President of South Africa", "2009-05-09", "2018-02-14")])
p("ronald_lamola", "ZAF", "Ronald Lamola", ru="Рональд Ламола", uk="Рональд Ламола",
  roles=[R("ZAFGOV", "Minister of International Relations and Cooperation of South Africa", "2024-07-03")])
p("naledi_pandor", "ZAF", "Naledi Pandor", ru="Наледи Пандор", uk="Наледі Пандор",
  roles=[R("ZAFGOV", "Minister of International Relations and Cooperation of South Africa", "2019-05-30", "2024-06-19")])
p("angie_motshekga", "ZAF", "Angie Motshekga", ru="Энджи Мотшекга", uk="Енджі Мотшекга",
  roles=[R("ZAFGOV", "Minister of Defence and Military Veterans of South Africa", "2024-07-03")])
