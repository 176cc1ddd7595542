# Generator for fixtures/layouts/blind/annual-report-2010.txt (blind set 4): what pdftotext -layout
# makes of a migration agency's annual appeal (invented: Global Mobility Agency, "Global Mobility
# Appeal 2010", Southern and Eastern Africa chapter). USD, English format. One country per page
# (Lesotho and Swaziland share one); every page starts with the running header (page number left on
# even pages, right on odd ones); pages are separated by a form feed, which pdftotext writes at the
# end of each page, so the header line of every page after the first begins with "\f" and the file
# ends with one. Items "• Title – USD n"; long titles wrap onto an indented line, and sometimes the
# amount is alone on that line ("  – USD n"). Totals "Total funding requirements for X – USD n".
# Injected: sum errors in the first (South Africa), middle (Madagascar, 11th of 21) and last (Yemen)
# country; format errors: a hyphen (Zambia), no "USD" on an amount-alone line (Burundi), a total
# with a colon instead of its dash (Ethiopia, malformed-total).
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "annual-report-2010"
W = 84
RUN = "GLOBAL MOBILITY APPEAL 2010"
FIRST_PAGE = 41

# (heading, name in the total, [prose], [items], declared or None, total style)
# item: (title, amount[, mode][, injection]) mode "alone": amount alone on the next line;
# injection ("printed", n) | "drop" | "hyphen" | "nocur".
C = [
 ("SOUTH AFRICA", "South Africa",
  ["South Africa received more new asylum applications in 2009 than any other country, over 220,000, most of them from Zimbabweans. The violence against foreign nationals in May 2008 displaced some 100,000 people, and tensions in the informal settlements around Johannesburg and Cape Town remain high.",
   "The FIFA World Cup of June and July 2010 is expected to bring up to 450,000 visitors to the country, and with them a higher risk of trafficking for sexual exploitation. The Agency will work with the Department of Home Affairs, the police and civil society in the nine host cities."],
  [("Counter-trafficking awareness and a national helpline ahead of the 2010 FIFA World Cup", 385000),
   ("Social cohesion projects in informal settlements of Gauteng and the Western Cape", 242000),
   ("Migrant health: HIV and TB services for farm workers in Limpopo", 176500),
   ("Technical support to the Department of Home Affairs for the processing of asylum applications", 298000)],
  1151500, "dash"),
 ("ZIMBABWE", "Zimbabwe",
  ["An estimated 3 million Zimbabweans live abroad, most of them in South Africa and Botswana. In 2009 the reception centres at Beitbridge and Plumtree received more than 180,000 migrants returned by the two countries, many of them with nothing but the clothes they wore.",
   "Inside the country, people displaced by farm evictions and the 2008 election violence live in scattered settlements with no services."],
  [("Reception and onward transport for returned migrants at Beitbridge and Plumtree", 624000),
   ("Assistance to internally displaced and mobile populations in Manicaland and Mashonaland West", 487500),
   ("Cholera prevention in the high-density suburbs of Harare and Chitungwiza", 213000),
   ("Return of skilled health professionals from the diaspora", 156000)],
  None, "dash"),
 ("MOZAMBIQUE", "Mozambique",
  ["The Zambezi floods of 2007 and 2008 moved some 100,000 people to resettlement areas on higher ground, where many still lack water points and schools. The Beira corridor carries most of the trade of Zimbabwe, Zambia and Malawi, and HIV prevalence along it is twice the national rate."],
  [("Resettlement support for families displaced by the Zambezi floods in Tete and Zambezia provinces", 356000),
   ("HIV prevention for truck drivers and sex workers along the Beira corridor", 198500),
   ("Migration data and border management training at Ressano Garcia", 127000)],
  None, "dash"),
 ("MALAWI", "Malawi",
  ["Malawi lies on the southern route taken by Ethiopian and Somali migrants on their way to South Africa. In 2009 the police intercepted more than 1,300 of them, and many spent months in prisons in Mzuzu and Lilongwe."],
  [("Assisted voluntary return of stranded Ethiopian and Somali migrants in transit", 143000),
   ("Labour migration information centres in Lilongwe and Blantyre", 96500),
   ("Flood preparedness and evacuation planning in Karonga and the Lower Shire", 118000)],
  None, "dash"),
 ("ZAMBIA", "Zambia",
  ["Nakonde, on the border with Tanzania, is the main entry point for migrants travelling south. Zambia is also looking for durable solutions for former Angolan refugees who have lived in the Meheba and Mayukwayukwa settlements for more than 30 years."],
  [("Screening and referral of irregular migrants at the Nakonde border post", 164000),
   ("Local integration of former Angolan refugees at Meheba", 231500, "hyphen"),
   ("Migrant health assessments in the mining communities of the Copperbelt", 89000)],
  None, "dash"),
 ("BOTSWANA", "Botswana",
  ["Botswana deported some 40,000 irregular migrants to Zimbabwe in 2009. Unaccompanied children are held at the Francistown centre for illegal immigrants while their families are traced."],
  [("Shelter and return assistance for unaccompanied migrant children in Francistown", 112000),
   ("Training of immigration officers in identifying victims of trafficking", 74500)],
  None, "dash"),
 ("NAMIBIA", "Namibia",
  ["The floods of March 2009 displaced more than 50,000 people in the Caprivi and the four north-central regions. Walvis Bay, the country's only deep-water port, draws workers from the whole region."],
  [("Flood relief and recovery for displaced households in the Caprivi and Oshana regions", 205000),
   ("HIV and AIDS services for mobile workers at the port of Walvis Bay", 137500),
   ("Cross-border health referral at Oshikango", 68000)],
  None, "dash"),
 ("ANGOLA", "Angola",
  ["Angola expelled tens of thousands of Congolese nationals from its diamond provinces in 2009, and the Democratic Republic of the Congo expelled Angolans in return. Returnees from the Democratic Republic of the Congo arrive in Uige and Zaire provinces with few possessions."],
  [("Reintegration of returnees from the Democratic Republic of the Congo in Uige and Zaire provinces", 318000),
   ("Support to the Migration and Foreigners Service on humane border management in Lunda Norte", 176000, "alone"),
   ("Prevention of trafficking in persons in the diamond areas", 93500)],
  None, "dash"),
 ("LESOTHO", "Lesotho",
  ["Some 45,000 Basotho work in South African mines, fewer than half as many as in 1990. Many former mineworkers have never claimed the pensions and compensation they are owed."],
  [("Information for Basotho migrant mineworkers on pension and compensation claims", 84000),
   ("Migration and development: a diaspora investment forum in Maseru", 41500)],
  None, "dash"),
 ("SWAZILAND", "Swaziland",
  ["Swaziland has the highest HIV prevalence in the world, 26 per cent of adults. Seasonal workers on the sugar estates of the Lowveld come from Mozambique as well as from rural Swaziland."],
  [("HIV prevention among migrant farm workers on the sugar estates of the Lowveld", 96000),
   ("Cross-border referral of tuberculosis patients with Mozambique and South Africa", 58500)],
  None, "dash"),
 ("MADAGASCAR", "Madagascar",
  ["The political crisis that began in March 2009 has cut much of the development aid to Madagascar. Cyclones strike the north-east coast almost every year, and the south has had three poor rainy seasons in a row."],
  [("Cyclone shelter and early recovery for coastal communities of Sava and Analanjirofo", 274000),
   ("Assistance to Malagasy domestic workers returning from Lebanon and Kuwait", 86500),
   ("Community water points in the drought-affected south, in the Androy and Anosy regions", 153000, "alone", ("printed", 135000))],
  None, "dash"),
 ("UNITED REPUBLIC OF TANZANIA", "the United Republic of Tanzania",
  ["In 2008 the Government offered citizenship to some 162,000 Burundian refugees who had lived in the Old Settlements since 1972. Most of them accepted; the Agency helps them obtain their certificates and move to the regions where they will settle."],
  [("Naturalization support for former Burundian refugees in the Old Settlements of Tabora and Rukwa", 412000),
   ("Assisted voluntary return of Ethiopian and Somali migrants intercepted in transit", 268000),
   ("Counter-trafficking training for police and labour inspectors in Dar es Salaam and Zanzibar", 117500)],
  None, "dash"),
 ("KENYA", "Kenya",
  ["More than two years after the violence that followed the December 2007 elections, several thousand families are still in transit sites in the Rift Valley. In the north, drought and competition for pasture bring herders across the borders with Ethiopia, Somalia and Uganda."],
  [("Recovery assistance for families displaced by the 2007" + EN + "2008 post-election violence in the Rift Valley", 536000),
   ("Health services for migrants in the Eastleigh district of Nairobi", 184000),
   ("Cross-border dialogue on peace and livestock migration in Mandera and Turkana", 147500),
   ("Capacity building for the Department of Immigration at Namanga and Busia", 98000)],
  None, "dash"),
 ("UGANDA", "Uganda",
  ["Since the end of the fighting in the north in 2006, about 80 per cent of the 1.8 million people who lived in camps in the Acholi and Lango sub-regions have gone home.",
   # pre-wrapped as in the PDF, with a compound word broken at its hyphen
   ("The camps that remain are home mostly to elderly people, widows, people living with",
    "disabilities and the members of households headed by children, in which a twelve-",
    "year-old may look after three younger brothers and sisters.")],
  [("Return and reintegration of internally displaced persons in the Acholi and Lango sub-regions", 443000),
   ("Psychosocial support for formerly abducted children in Gulu and Kitgum", 162500),
   ("Migration health: TB screening at the Malaba and Elegu border posts", 91000)],
  None, "dash"),
 ("RWANDA", "Rwanda",
  ["Rwanda received some 20,000 returnees in 2009, mostly from the Democratic Republic of the Congo. Many of the young men among them had belonged to armed groups."],
  [("Reintegration of returnees from the Democratic Republic of the Congo and Tanzania", 208000),
   ("Vocational training for demobilized young people in the Western Province", 134500)],
  None, "dash"),
 ("BURUNDI", "Burundi",
  ["Close to 500,000 Burundian refugees have returned since 2002, 32,000 of them in 2009. Land is the main source of conflict in the southern provinces, where returnees find their fields occupied by neighbours."],
  [("Reintegration support and shelter for returnees in the Makamba, Rutana and Ruyigi provinces", 287000, "alone", "nocur"),
   ("Mediation of land disputes in the southern communes", 103500),
   ("Strengthening the immigration service at Kobero and Gatumba", 76000)],
  None, "dash"),
 ("DEMOCRATIC REPUBLIC OF THE CONGO", "the Democratic Republic of the Congo",
  ["More than 1.9 million people are displaced in the eastern provinces. In the west, some 160,000 Congolese expelled from Angola have arrived since 2009 through Kamako and the Bas-Congo border posts."],
  [("Return of internally displaced persons to their villages in North and South Kivu", 712000),
   ("Assistance to Congolese nationals expelled from Angola through Kamako and Muanda", 348500),
   ("Community stabilization and income generation in the Ituri district", 226000),
   ("Border management assessment on Lake Tanganyika", 84500)],
  None, "dash"),
 ("ETHIOPIA", "Ethiopia",
  ["Every year tens of thousands of young Ethiopians leave for Yemen and the Gulf through Djibouti and Somalia, or travel south towards South Africa. Ethiopia also hosts more than 100,000 Somali refugees in the Dollo Ado area."],
  [("Humanitarian return of Ethiopian migrants stranded in Yemen and Djibouti", 396000),
   ("Information campaigns on the risks of irregular migration in Tigray, Amhara and Oromia", 152000),
   ("Health services for refugees and host communities in the Dollo Ado area", 218500)],
  None, "colon"),
 ("DJIBOUTI", "Djibouti",
  ["Obock, on the northern coast, is the main departure point for boats crossing the Bab el-Mandeb to Yemen. Migrants often wait there for weeks without shelter or water."],
  [("Migrant response centre in Obock for migrants crossing to Yemen", 184000),
   ("Assisted voluntary return for stranded migrants", 127500)],
  None, "dash"),
 ("SOMALIA", "Somalia",
  ["Fighting in Mogadishu has displaced more than 360,000 people to the Afgooye corridor since 2007. Bossaso, in Puntland, is the departure point for most of the boats crossing the Gulf of Aden."],
  [("Migration response centres in Bossaso and Hargeisa", 356000),
   ("Emergency assistance to internally displaced persons along the Afgooye corridor", 528000),
   ("Return of qualified Somali nationals from the diaspora to work in health and education", 214500, "alone")],
  None, "dash"),
 ("YEMEN", "Yemen",
  ["Some 78,000 migrants and refugees reached the coasts of Yemen by boat in 2009, a third more than in 2008. In the north, the conflict in Sa'ada governorate has displaced about 250,000 people since 2004."],
  [("Emergency assistance for migrants arriving on the Shabwa and Lahj coasts", 472000),
   ("Humanitarian evacuation of stranded Ethiopian migrants from Haradh", 318500),
   ("Tracking of displacement in Sa'ada governorate", 167000, "drop"),
   ("Psychosocial support for internally displaced persons in Amran", 124000)],
  None, "dash"),
]

PAGES = [[0], [1], [2], [3], [4], [5], [6], [7], [8, 9], [10], [11], [12], [13], [14], [15], [16],
         [17], [18], [19], [20]]


def header(p):
    if p % 2:
        return RUN + " " * (W - len(RUN) - len(str(p))) + str(p)
    return str(p) + " " * (W - len(RUN) - len(str(p))) + RUN


def build():
    d = Doc(); rows = []; marks = []
    breaks = []          # index of each page's first line
    p = FIRST_PAGE

    def new_page():
        nonlocal p
        breaks.append(d.n)
        d.add(header(p), "", ""); p += 1

    new_page()
    d.add("SOUTHERN AND EASTERN AFRICA", "")
    for para in ["The region's migration picture in 2010 is dominated by three movements: the flight of Zimbabweans to South Africa and Botswana, the journeys of young men from the Horn of Africa to Yemen and to South Africa, and the return of people displaced by the wars in the Great Lakes region and in northern Uganda.",
                 "The Agency has offices in 19 of the 21 countries covered in this chapter. Its programmes for 2010 focus on assistance to migrants in distress, migration health, counter-trafficking and the reintegration of returnees. The requirements for the region come to some USD 14 million, slightly less than in 2009, because large return operations in Angola and Uganda are coming to an end.",
                 "Each country page gives the context, the planned projects and the total funding requirements for the country. Requirements are for January to December 2010, in US dollars."]:
        d.add(*wrap(para, W)); d.blank()
    for page in PAGES:
        new_page()
        for k, ci in enumerate(page):
            head, tname, prose, items, declared, tst = C[ci]
            if k: d.blank(); d.blank()
            d.add(head, "")
            for para in prose:
                d.add(*(para if isinstance(para, tuple) else wrap(para, W))); d.blank()
            vals = []; counted = 0
            for it in items:
                t, a = it[0], it[1]
                rest = it[2:]
                mode = "alone" if "alone" in rest else None
                inj = next((x for x in rest if x != "alone"), None)
                counted += a
                if inj == "drop":
                    marks.append(f"{tname}: item removed, still counted: {t} {a}"); continue
                shown = inj[1] if isinstance(inj, tuple) else a
                dash = "-" if inj == "hyphen" else EN
                cur = "" if inj == "nocur" else "USD "
                amt = f"{dash} {cur}{en(shown)}"
                if mode == "alone":
                    d.add(*wrap(t, W, "\u2022 ", "  ")); ln = d.add("  " + amt)
                else:
                    ln = d.add(*wrap(t + " " + glue(amt), W, "\u2022 ", "  "))
                vals.append(Dm(shown))
                if inj: marks.append(f"line {ln} {tname}: {inj}: {d.lines[-1]}")
            d.blank()
            dec = declared if declared is not None else counted
            sep = ":" if tst == "colon" else " " + EN
            ln = d.add(f"Total funding requirements for {tname}{sep} USD {en(dec)}")
            if tst == "colon": marks.append(f"line {ln} {tname}: malformed total: {d.lines[-1]}")
            rows.append((ln, tname, vals, Dm(dec)))
        d.blank()
    # pdftotext ends every page with a form feed: join the pages with "\f" and end with one
    out = []
    for i, b in enumerate(breaks):
        e = breaks[i + 1] if i + 1 < len(breaks) else d.n
        out.append("\n".join(d.lines[b:e]) + "\n")
    write(NAME + ".txt", "\f".join(out) + "\f")
    write_tsv(NAME + ".sections.tsv", rows)
    print(NAME); summary(rows, marks)


if __name__ == "__main__":
    build()
