"""Content of layouts2/two-column/appeal.html (South Asia monsoon floods 2022)."""
from decimal import Decimal as D

S = []


def sec(region, name, prose, items, errs=None):
    S.append(dict(region=region, name=name, prose=prose, items=[(t, D(v)) for t, v in items],
                  errs=errs or []))


R1 = "PAKISTAN – SINDH"
R2 = "PAKISTAN – BALOCHISTAN"
R3 = "PAKISTAN – KHYBER PAKHTUNKHWA"
R4 = "PAKISTAN – PUNJAB"
R5 = "BANGLADESH"
R6 = "INDIA – ASSAM"

sec(R1, "Dadu",
    "Water from Lake Manchar was released through cuts in its embankment in early September, "
    "flooding about 400 villages of Johi and Mehar. A total of 310,000 people were still away "
    "from home at the end of October.",
    [("Emergency shelter kits and tarpaulins for families in Johi and Mehar", 1246000),
     ("Water purification and latrines in relief camps", 583500),
     ("Mobile health teams against malaria and skin disease", 472250),
     ("Cash for the repair of village access roads", 318750)],
    [dict(kind="total", printed=D(2670500),
          why="one wrong digit in the total (2,620,500 printed as 2,670,500)")])
sec(R1, "Larkana",
    "In Larkana, 86 per cent of the cotton and rice crop was lost. The district received "
    "USD 1.4 million in 2010 after the floods of that year.",
    [("Rice seed and fertiliser for the rabi season", 694000),
     ("Food baskets for landless households", 537600),
     ("Rehabilitation of 45 primary schools", 226400)])
sec(R1, "Khairpur",
    "Standing water covered a third of Khairpur district for ten weeks. Some 18,500 houses were "
    "destroyed.",
    [("Transitional shelters for families whose houses were destroyed", 1128000),
     ("Hand pumps and water testing in Kingri and Gambat", 264300),
     ("Livestock feed and vaccination", 189700)])
sec(R1, "Jacobabad",
    "Jacobabad, known as one of the hottest cities on earth, saw temperatures above 50 °C in May "
    "and floods in August.",
    [("Cholera treatment centre at the district hospital", 356800),
     ("Cash assistance for women-headed households", 441200),
     ("Drainage of urban neighbourhoods by pumping", 187000)],
    [dict(kind="fmt", i=1, mod="hyphen", code="malformed-amount",
          why="a hyphen \"-\" where the house form has an en dash \"–\"")])
sec(R1, "Mirpurkhas",
    "Rainfall in August 2022 was 726 per cent above the thirty-year average in Mirpurkhas.",
    [("Food assistance for 6,000 families for three months", 812400),
     ("Repair of tube wells and irrigation channels", 297600)])
sec(R1, "Sanghar",
    "In Sanghar the floods reached the desert fringe, where many families live from herding.",
    [("Fodder and veterinary care for herders", 248900),
     ("Shelter repair kits", 376100),
     ("Psychosocial support for children", 95000)])
sec(R2, "Jaffarabad",
    "Jaffarabad and Naseerabad were almost entirely under water; road access was restored only in "
    "late September.",
    [("Boats and fuel for the delivery of relief", 163500),
     ("Food parcels and cooking kits", 528750),
     ("Primary health care in Dera Allah Yar", 247750)])
sec(R2, "Naseerabad",
    "More than 90 per cent of the standing crop was lost in Naseerabad. A total of 2,400 head of "
    "cattle died in the first week.",
    [("Wheat seed and land preparation for the rabi season", 436000),
     ("Safe water and hygiene kits", 212800),
     ("Mobile clinics on the Dera Murad Jamali road", 171200)])
sec(R2, "Lasbela",
    "Flash floods on the Porali river destroyed the bridge at Lasbela and cut the coastal highway "
    "to Karachi for two weeks.",
    [("Shelter and household items for families in Uthal and Bela", 382000),
     ("Repair of the water supply scheme in Uthal", 147500),
     ("Cash for work on flood debris clearance", 118500)],
    [dict(kind="swap", i=0, printed=D(328000))])
sec(R3, "Swat",
    "The Swat river swept away hotels and houses along its banks in Kalam and Bahrain on 26 "
    "August. Tourism, the main income of the valley, has collapsed.",
    [("Cash grants for households in Kalam and Bahrain", 468300),
     ("Repair of suspension bridges", 235700),
     ("Emergency school supplies", 72000)])
sec(R3, "Nowshera",
    "Nowshera was flooded by the Kabul river for the second time since 2010; this time most "
    "people were evacuated in time.",
    [("Relief items for returning families", 284600),
     ("Cleaning and disinfection of wells", 96400)])
sec(R3, "Dera Ismail Khan",
    "Hill torrents from the Suleiman range destroyed 9,700 houses in Dera Ismail Khan.",
    [("Shelter repair and cash for building materials", 615000),
     ("Food assistance for three months", 392500),
     ("Health and nutrition screening", 131500)])
sec(R3, "Charsadda",
    "In Charsadda the Swat and Kabul rivers meet; 52 union councils were flooded.",
    [("Hygiene kits and water filters", 174800),
     ("Vegetable seed and tools for kitchen gardens", 88200),
     ("Support to the district emergency operations centre", 61000)],
    [dict(kind="fmt", i=0, mod="nocur", code="missing-currency",
          why="no \"USD\" where every other item amount has it")])
sec(R4, "Rajanpur",
    "Rajanpur, in the south-west of Punjab, is the poorest district of the province; 1.1 million "
    "people were affected.",
    [("Food and cash assistance", 703000),
     ("Temporary learning centres", 156500),
     ("Repair of hand pumps", 108500)])
sec(R4, "Dera Ghazi Khan",
    "Torrents from the hills of Koh-e-Suleiman reached the town of Taunsa in August.",
    [("Shelter kits for families in Taunsa and Kot Chutta", 421000),
     ("Mobile health units", 198600),
     ("Livelihood restoration for small traders", 137400)])
sec(R5, "Sylhet",
    "Sylhet and Sunamganj had their worst floods in 122 years in June 2022; 7.2 million people "
    "were affected in the north-east of Bangladesh.",
    [("Dry food and safe water for flood shelters", 466000),
     ("Repair of tube wells and latrines", 218500),
     ("Cash transfers for daily labourers", 335500)])
sec(R5, "Sunamganj",
    "The haor wetlands of Sunamganj were flooded twice, in April and in June, destroying the boro "
    "rice harvest.",
    [("Boro rice seed for the next season", 382500),
     ("Cash for work on village embankments", 412500),
     ("Community kitchens during the peak of the flood", 96000)])
sec(R5, "Netrokona",
    "In Netrokona about 250,000 people took refuge in schools and cyclone shelters.",
    [("Repair of schools used as shelters", 245000),
     ("Hygiene promotion and menstrual hygiene kits", 67800),
     ("Livestock treatment camps", 58200)],
    [dict(kind="fmt", i=0, mod=("fig", "2,45,000"), code="malformed-amount",
          why="lakh-style grouping \"2,45,000\" in an English-format document")])
sec(R5, "Kurigram",
    "Kurigram, on the Brahmaputra, floods almost every year; char islands lose land to erosion "
    "each monsoon.",
    [("Raised plinths for houses on the chars", 286000),
     ("Early warning by community volunteers", 54500)])
sec(R6, "Barpeta",
    "The Brahmaputra and its tributaries flooded 3,200 villages in Assam in May and June 2022.",
    [("Relief camps management in Barpeta", 212400),
     ("Seed and fertiliser for the rabi season", 164600)])
sec(R6, "Cachar",
    "Silchar, the main town of Cachar, was under water for more than a week after the Barak river "
    "breached an embankment at Bethukandi.",
    [("Drinking water and sanitation in Silchar", 276500),
     ("Repair of health sub-centres", 143500),
     ("Cash assistance for families who lost their shops", 198000)])
sec(R6, "Nagaon",
    "In Nagaon about 120,000 people were displaced in June.",
    [("Food and hygiene kits for displaced families", 231000),
     ("Repair of village roads by cash for work", 124500),
     ("Fodder for livestock", 47500)],
    [dict(kind="drop", i=1)])
