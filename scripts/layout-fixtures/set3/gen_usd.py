# Generator for fixtures/layouts/blind/usd-colon-items.txt: a UN-agency country office appeal
# (Malawi, cyclone Freddy and cholera, 2023; invented agency), USD, English format, 22 districts.
# Items "• Title: USD n" (colon sections), "• Title – USD n" (dash sections) or "Title<TAB>USD n"
# (tab sections, no marker); indented "(of which cash: USD n)" lines are shares of the item above.
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

D = "\u2013"; EM = "\u2014"
PUB = "United Nations Office for Community Resilience (UNOCR) " + EM + " Malawi Country Office"
# (district, style, prose, items [(title, amount, cash share or None)], err, lead-in line)
S = [
 ("Nsanje", "colon", "The Shire and Ruo rivers burst their banks on 13 March 2023. About 186,000 people in Nsanje need assistance, and 31 displacement sites were still open at the end of April.",
  [("Emergency shelter and household items for people in displacement sites", 412000, None),
   ("Cholera treatment and oral rehydration points in Bangula and Makhanga", 236500, None),
   ("Water trucking and emergency latrines in 31 displacement sites", 184250, None),
   ("Protection and prevention of sexual exploitation in the sites", 97750, None),
   ("School tents and learning materials", 68500, None)], ("drop", 2), "Planned response:"),
 ("Chikwawa", "dash", "In Chikwawa the floods destroyed maize and cotton fields just before the harvest. The district recorded 1,912 cholera cases between March 2022 and April 2023.",
  [("Food security and early recovery for households that lost their crops", 528000, 310000),
   ("Cholera response in Ngabu and Nchalo", 214750, None),
   ("Repair of boreholes damaged by the floods", 167250, None)], None, None),
 ("Blantyre", "tab", "Mudslides from Soche and Michiru hills buried whole neighbourhoods of Blantyre city, and at its peak 48 camps sheltered 98,000 people. Blantyre was also the district worst hit by cholera, with more than 12,000 cases.",
  [("Relocation of families from the landslide zones of Chilobwe and Ndirande", 356000, None),
   ("Emergency shelter in the city's camps", 492500, 150000),
   ("Cholera treatment centres and oral rehydration points", 281250, None),
   ("Psychosocial support for bereaved families", 74250, None)], None, None),
 ("Mulanje", "colon", "Debris flows from Mulanje mountain swept away houses in Chitakale and Nkando. Some 2,400 families cannot return to land that the district council has declared unsafe.",
  [("Relocation of families from the slopes of Mulanje mountain", 318000, None),
   ("Shelter and household items", 274500, 120000),
   ("Cholera prevention and hygiene promotion", 143500, None),
   ("Emergency road access for relief deliveries", 96000, None)], None, "Planned response:"),
 ("Phalombe", "dash", "Phalombe lost more than 20 per cent of its houses. Most displaced families are staying in schools, which delays the reopening of 37 primary schools.",
  [("Emergency food and cash for displaced households", 386000, None),
   ("Shelter repair kits", 212750, None),
   ("Maternal and newborn health in the sites", 118250, None)], ("hyphen", 1), None),
 ("Thyolo", "tab", "In Thyolo the tea estates housed thousands of displaced workers' families in their warehouses for several weeks.",
  [("Shelter and household items for families displaced by the floods", 246000, None),
   ("Cholera prevention on the tea estates", 152500, None),
   ("Child protection and family tracing", 61500, None)], None, None),
 ("Chiradzulu", "colon", "Chiradzulu is a small and densely populated district; 14,600 people were displaced, most of them to 22 schools and churches.",
  [("Shelter and household items", 164000, None),
   ("Water supply and sanitation in displacement sites", 97500, None),
   ("Nutrition screening for children under five", 58500, None)], ("nocur", 1), None),
 ("Zomba", "dash", "Lake Chilwa rose by more than a metre in two weeks and flooded villages on its western shore. In 2022 the lake area produced 20 per cent of the district's fish.",
  [("Emergency shelter for families displaced from the Lake Chilwa shore", 298000, 85000),
   ("Cholera treatment and oral rehydration points", 176250, None),
   ("Restoration of the water supply in Jali and Mayaka", 203750, None)], None, "Planned response:"),
 ("Machinga", "tab", "Machinga, where Malawi's cholera outbreak began in March 2022, was hit again by the floods of 2023.",
  [("Food security for lakeshore households", 264500, None),
   ("Cholera response", 118000, None),
   ("Repair of classrooms used as shelters", 92500, None)], None, None),
 ("Mangochi", "colon", "Mangochi had the second-highest number of cholera deaths in the country. Fishing communities on the lakeshore draw most of their water directly from Lake Malawi.",
  [("Cholera treatment centres in Mangochi town and Monkey Bay", 342000, None),
   ("Safe water for fishing communities on the lakeshore", 216500, 40000),
   ("Risk communication and community engagement", 71500, None)], None, None),
 ("Balaka", "dash", "Flash floods on the Rivirivi river in March 2023 cut the M1 road for three days. About 9,800 households in Balaka lost part of their harvest.",
  [("Food and cash assistance for households affected by the floods", 284000, 126000),
   ("Repair of boreholes and latrines", 138500, None),
   ("Cholera prevention", 77500, None)], ("cash-in-total",), "Planned response:"),
 ("Neno", "tab", "Landslides cut off the hill villages of Neno for more than a week; relief items had to be carried on foot.",
  [("Emergency shelter and road access in landslide-affected villages", 186000, None),
   ("Health outreach to villages that were cut off", 74000, None)], None, None),
 ("Mwanza", "colon", "Mwanza lies on the main road to Mozambique, and the border post sees about 3,000 travellers a day.",
  [("Shelter and household items", 142500, None),
   ("Cholera prevention at the Mwanza border post", 88000, None)], None, None),
 ("Ntcheu", "dash", "Ntcheu was spared by the cyclone but reported 1,340 cholera cases in the 2022-2023 season, many of them in the border markets.",
  [("Cholera response in Ntcheu and Lizulu", 168750, None),
   ("Hygiene promotion in schools", 54250, None)], None, None),
 ("Dedza", "tab", "In Dedza, cholera spread along the trading routes to Mozambique. Case fatality reached 4.1 per cent in January 2023, against a national target of under 1 per cent.",
  [("Cholera treatment and surveillance", 212000, None),
   ("Water, sanitation and hygiene in border markets", 126500, 30000)], None, None),
 ("Lilongwe", "tab", "Lilongwe city reported more than 10,000 cholera cases, most of them in the high-density areas of Area 25, Area 36 and Kawale.",
  [("Cholera treatment centres in Lilongwe city and Area 25", 1084500, None),
   ("Water chlorination and hygiene kits in high-density areas", 418000, 55000),
   ("Risk communication through community radio", 97500, None)], ("euro", 0, "1.084.500"), None),
 ("Salima", "dash", "Fishing camps along the lakeshore near Senga Bay had some of the first cholera cases of the 2023 wave.",
  [("Cholera response in the lakeshore fishing camps", 196000, None),
   ("Safe water points at Senga Bay", 88500, None)], None, "Planned response:"),
 ("Nkhotakota", "colon", "Nkhotakota's cholera treatment centre admitted 86 patients in a single day in February 2023.",
  [("Cholera treatment and surveillance", 174000, None),
   ("Hygiene promotion in fishing communities", 62000, None)], None, None),
 ("Dowa", "tab", "Dowa hosts the Dzaleka refugee camp, built for 10,000 people and now home to more than 50,000 refugees and asylum seekers.",
  [("Cholera prevention in Dzaleka refugee camp", 148000, None),
   ("Shelter repair for refugee households", 93500, 60000)], None, None),
 ("Kasungu", "dash", "Kasungu's needs are mainly for cholera and nutrition: the 2023 survey found acute malnutrition of 5.2 per cent among children under five.",
  [("Cholera response", 124000, None),
   ("Nutrition screening and treatment", 86000, None)], None, None),
 ("Mzimba", "colon", "Mzuzu city had its first cholera cases in December 2022; by March 2023 more than 2,300 had been recorded in the district.",
  [("Cholera treatment in Mzuzu and Ekwendeni", 198500, None),
   ("Water and sanitation in Mzuzu city", 141500, None)], None, "Planned response:"),
 ("Karonga", "tab", "Karonga is exposed to floods from the North Rukuru and Lufira rivers every rainy season, and to cholera brought across the Songwe border.",
  [("Flood preparedness on the North Rukuru and Lufira rivers", 176000, None),
   ("Cholera prevention at the Songwe border post", 94250, None),
   ("Emergency stock of shelter kits", 61750, None)], ("total", 382000), None),
]


def build():
    d = Doc()
    d.add(PUB)
    d.add("Tropical Cyclone Freddy and Cholera Response Appeal, April 2023 " + D + " March 2024")
    d.add("")
    d.para("Cyclone Freddy made landfall in Mozambique for the second time on 11 March 2023 and brought six days of torrential rain to southern Malawi. More than 670 people died, and over 650,000 were displaced at the peak. The floods came at the height of the country's deadliest cholera outbreak, which had caused 1,770 deaths since March 2022.")
    d.para("This appeal covers the response of the Country Office and its partners in 22 districts over twelve months. Requirements are given in US dollars for each district. Where part of an activity will be delivered as cash transfers, the cash share is shown in brackets below it; it is already included in the activity's amount.")
    d.add("")
    rows, marks = [], []
    for g, (name, style, prose, items, err, lead) in enumerate(S, 1):
        d.add(f"{name.upper()} DISTRICT" if g % 2 else f"{name} District")
        d.add("")
        d.para(prose)
        if lead:
            d.add(lead)
        read = []
        for i, (title, a, cash) in enumerate(items):
            if err and err[0] == "drop" and err[1] == i:
                marks.append(f"{name}: item {title!r} USD {en(a)} removed, total still counts it")
                continue
            num, cur = en(a), "USD "
            sep = {"colon": ": ", "dash": f" {D} ", "tab": "\t"}[style]
            if err and err[1:2] == (i,):
                if err[0] == "hyphen": sep = " - "
                if err[0] == "nocur": cur = ""
                if err[0] == "euro": num = err[2]
            mk = "" if style == "tab" else "\u2022 "
            d.add(f"{mk}{title}{sep}{cur}{num}")
            read.append(Dm(a))
            if err and err[1:2] == (i,):
                marks.append(f"{name}: {err[0]} at line {d.n}: {d.lines[-1]!r}")
            if cash:
                d.add(("    " if style == "tab" else "  ") + f"(of which cash: USD {en(cash)})")
                marks.append(f"{name}: of-which line {d.n}")
        true = sum(a for _, a, _ in items)
        dec = true
        if err and err[0] == "total": dec = err[1]
        if err and err[0] == "cash-in-total": dec = true + sum(c for _, _, c in items if c)
        d.add("")
        d.add(f"Total requirements for {name}: USD {en(dec)}" if g % 2 else f"{name} {EM} total: USD {en(dec)}")
        rows.append((d.n, name, read, Dm(dec)))
        d.add("")
        d.add("")
    d.add("COORDINATION")
    d.add("")
    d.para("The response is coordinated with the Department of Disaster Management Affairs and the district civil protection committees. The Country Office will publish a situation report every two weeks until June 2023 and monthly thereafter.")
    d.add("UNOCR Malawi, Lilongwe, 3 April 2023")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("usd-colon-items.txt")
    write_tsv("usd-colon-items.sections.tsv", rows)
    print(f"usd-colon-items: {len(rows)} totals")
    report(rows, marks)
