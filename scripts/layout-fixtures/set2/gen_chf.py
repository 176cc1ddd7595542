#!/usr/bin/env python3
"""Generate layouts2/chf-colon.txt (Swiss francs, apostrophe grouping, "Total requirements: CHF n")."""
from decimal import Decimal as D
from common import (Doc, ch, key, write_tsv, write_expected, emit_group, findings_for, row_for, wrap,
                    OUT)

OPS = []


def op(name, title, code, start, targeted, prose, items, err=None):
    OPS.append(dict(name=name, title=title, code=code, start=start, targeted=targeted, prose=prose,
                    items=[(t, D(v.replace("'", ""))) for t, v in items], err=err))


op("Albania", "Floods in Shkodër and Lezhë", "MDRAL005", "8 February 2019", "7'400",
   "Heavy rain at the end of January 2019 flooded 4'200 hectares around Lake Shkodër and the lower "
   "Drin. The national society evacuated 1'150 people in the first 48 hours and has since "
   "distributed hygiene kits to every affected household in the two prefectures.",
   [("Cash grants for the repair of flooded houses in Shkodër", "412'680"),
    ("Hygiene promotion and disinfection of wells", "126'450"),
    ("Livelihood support for small farmers who lost winter crops", "238'920"),
    ("Volunteer management and branch preparedness", "74'350")],
   dict(kind="swap", i=1, printed=D(162450)))

op("Armenia", "Winter assistance for older people in Shirak and Lori", "MDRAM009", "1 November 2018",
   "3'600",
   "In the earthquake zone of 1988, many older people still live in temporary housing. Winter "
   "temperatures in Gyumri fall below minus 20 degrees, and fuel costs have risen by 18 % since "
   "2016.",
   [("Fuel and winter clothing for older people living alone", "286'400"),
    ("Home care by trained volunteers", "143'750"),
    ("Insulation of temporary housing units in Gyumri", "97'850")])

op("Azerbaijan", "Preparedness for floods in the Kura basin", "MDRAZ011", "15 March 2019", "9'800",
   "The Kura and Araz rivers flood almost every spring; in 2010 floods forced some 40'000 people "
   "from their homes. This operation prepositions relief stock and trains community response teams "
   "in eight districts.",
   [("Prepositioning of relief items in Sabirabad and Saatly", "318'200"),
    ("Community-based early warning in eight districts", "152'600"),
    ("First aid training for community response teams", "61'700")])

op("Bosnia and Herzegovina", "Population movement in Una-Sana canton", "MDRBA012", "24 June 2018",
   "12'000",
   "More than 24'000 migrants and refugees entered Bosnia and Herzegovina in 2018, most of them on "
   "their way towards Croatia. Up to 5'000 people at a time stay in and around Bihać and Velika "
   "Kladuša, many of them outside the official reception centres.",
   [("Food, water and hygiene items at the reception centres", "1'250'000"),
    ("Mobile health teams and psychosocial support", "486'340"),
    ("Restoring family links", "58'660"),
    ("Support to host communities in Bihać", "205'000")],
   dict(kind="fmt", i=0, mod=("fig", "1,250'000"), code="malformed-amount",
        why="mixed separators, a comma then an apostrophe, in a document that groups with the "
            "apostrophe only"))

op("Bulgaria", "Assistance to asylum seekers in reception centres", "MDRBG004", "1 January 2019",
   "2'800",
   "Arrivals in Bulgaria fell to about 2'500 in 2018, but the reception centres in Sofia and "
   "Harmanli still hold families who have waited for a decision for more than a year.",
   [("Social and legal counselling in Sofia and Harmanli", "164'200"),
    ("Language and vocational courses for recognised refugees", "91'800")])

op("Georgia", "Winter preparedness in the mountain villages of Adjara", "MDRGE013", "1 October 2018",
   "4'100",
   "Landslides and avalanches cut off 27 villages in upper Adjara for several weeks in the winter "
   "of 2017-2018. The national society received CHF 2 million in 2010 for a similar "
   "programme, which it evaluated in 2013.",
   [("Winter stock of food and fuel in cut-off villages", "231'540"),
    ("Emergency communication equipment for 27 villages", "88'460"),
    ("Landslide risk mapping with the municipalities", "124'000")])

op("Greece", "Population movement on the Aegean islands", "MDRGR001", "14 March 2016", "18'500",
   "About 15'000 asylum seekers live on Lesvos, Chios and Samos, in camps built for less than a "
   "third of that number. The operation is in its fourth year; since 2016 it has provided 410'000 "
   "health consultations.",
   [("Primary health care in and around the island camps", "1'684'250"),
    ("Multipurpose cash assistance in Athens and Thessaloniki", "2'318'400"),
    ("Protection and community engagement", "347'350")])

op("Hungary", "Support to people in transit and to Roma communities", "MDRHU003", "1 January 2019",
   "1'900",
   "Hungary's transit zones at Röszke and Tompa now hold only a few hundred people, while the "
   "national society has shifted part of its work to Roma settlements in the north-east, where "
   "unemployment exceeds 40 %.",
   [("Health education in Roma settlements in Borsod-Abaúj-Zemplén", "138'600"),
    ("Relief items and family links in the transit zones", "72'400")])

op("Italy", "Migrants arriving by sea in Sicily and Calabria", "MDRIT002", "1 July 2017", "21'000",
   "Sea arrivals to Italy fell from 119'000 in 2017 to 23'000 in 2018. The national society keeps "
   "first aid teams at the ports of disembarkation and restores family links for people who lost "
   "contact with relatives at sea.",
   [("First aid and health screening at the ports of disembarkation", "512'300"),
    ("Restoring family links for people arriving by sea", "318'500"),
    ("Support to unaccompanied minors in Catania", "209'200")],
   dict(kind="fmt", i=1, mod="nocur", code="missing-currency",
        why="no \"CHF\" where every other amount of the document has it"))

op("Kazakhstan", "Explosions at the Arys ammunition depot", "MDRKZ008", "26 June 2019", "15'000",
   "On 24 June 2019 a fire at a military depot set off explosions that damaged more than 4'000 "
   "houses in Arys; 44'000 residents were evacuated for several days. The national society "
   "opened 12 relief points in the first week.",
   [("Repair kits and cash for damaged houses in Arys", "684'750"),
    ("Psychosocial support for children and families", "143'250"),
    ("Relief points and volunteer insurance", "96'000")])

op("Kyrgyzstan", "Mudflows in the Osh and Batken regions", "MDRKG015", "20 April 2019", "5'200",
   "Mudflows after the snowmelt of April 2019 destroyed 61 houses and damaged irrigation canals in "
   "the Alai and Kadamjai districts, where 70 % of households depend on farming.",
   [("Cash grants for households who lost their houses", "296'800"),
    ("Repair of irrigation canals through cash for work", "183'400")])

op("Moldova", "Drought in the southern districts", "MDRMD006", "1 August 2018", "6'700",
   "Rainfall in Cahul, Cantemir and Taraclia between April and July 2018 was 45 % below normal, "
   "the worst since 2012. About 60 % of the maize crop was lost.",
   [("Cash assistance to farming households", "354'900"),
    ("Fodder for livestock of vulnerable households", "127'600"),
    ("Water tanks for schools and kindergartens", "68'500")],
   dict(kind="drop", i=1))

op("Montenegro", "Population movement along the southern route", "MDRME002", "1 June 2018", "2'100",
   "Some 4'600 migrants crossed Montenegro in 2018, almost all from Albania towards Bosnia and "
   "Herzegovina, on foot and often at night.",
   [("Relief items and first aid at Božaj and Podgorica", "94'300"),
    ("Training of volunteer teams in the border municipalities", "38'700")])

op("North Macedonia", "Migrants in transit at Gevgelija and Tabanovce", "MDRMK007", "1 January 2019",
   "3'300",
   "The transit centres at Gevgelija and Tabanovce received 8'200 people in 2018, three times as "
   "many as in 2017.",
   [("Health care and relief items at the transit centres", "176'450"),
    ("Mobile teams along the railway line", "82'550")])

op("Romania", "Floods in the Siret and Prut valleys", "MDRRO003", "5 July 2018", "8'400",
   "Floods in June and July 2018 affected 1'900 households in the counties of Suceava, Botoșani and "
   "Iași. The national society distributed food and cleaning kits within three days.",
   [("Cleaning kits and food parcels", "208'300"),
    ("Cash for the repair of flooded houses", "451'700"),
    ("Flood preparedness in 40 riverside communities", "116'000")])

op("Russian Federation", "People displaced from eastern Ukraine in Rostov oblast", "MDRRU017",
   "1 January 2019", "10'600",
   "Since 2014 more than 1 million people from eastern Ukraine have moved to the Russian "
   "Federation. Those who stay in Rostov oblast without a residence permit have no access to free "
   "health care.",
   [("Medicines and health vouchers for displaced people", "392'600"),
    ("Legal counselling on residence and citizenship", "147'400"),
    ("Winter assistance for displaced families", "210'000")])

op("Serbia", "Migrants and refugees in Belgrade and at the borders", "MDRRS013", "1 January 2019",
   "7'900",
   "About 4'000 migrants and refugees were in Serbia at the end of 2018, 3'400 of them in "
   "government centres. The national society runs a day centre in Belgrade open 365 days a year.",
   [("Day centre for migrants in Belgrade", "284'300"),
    ("Relief items at the reception centres", "1'642'500"),
    ("Psychosocial support and restoring family links", "523'200")],
   dict(kind="totalfmt", mod="nocolon", code="malformed-total",
        why="the colon after \"Total requirements\" is missing (the house form of this document is "
            "\"Total requirements: CHF n\")"))

op("Tajikistan", "Glacial lake and mudflow preparedness in the Rasht valley", "MDRTJ029",
   "1 April 2019", "11'200",
   "The Rasht valley has 23 glacial lakes classified as dangerous. In July 2015, mudflows there "
   "destroyed 80 houses and the main road for three weeks.",
   [("Early warning posts and evacuation drills", "168'250"),
    ("Stockpiles of relief items in five jamoats", "132'750"),
    ("Small-scale mitigation works with the communities", "219'000")])

op("Turkey", "Community centres for refugees in south-east Turkey", "MDRTR004", "1 January 2019",
   "46'000",
   "Turkey hosts some 3.6 million refugees from Syria. The community centres in Şanlıurfa, "
   "Gaziantep and Hatay receive about 1'200 visitors a day.",
   [("Community centres in Şanlıurfa, Gaziantep and Hatay", "3'286'400"),
    ("Vocational training and Turkish language courses", "1'148'600"),
    ("Protection referrals and case management", "715'000")])

op("Ukraine", "Humanitarian assistance in Donetsk and Luhansk oblasts", "MDRUA018", "1 January 2019",
   "38'000",
   "Five years into the conflict, 3.5 million people in eastern Ukraine need assistance, among them "
   "many older people living along the contact line. The national society has 142 visiting "
   "nurses in the two oblasts.",
   [("Visiting nurses for isolated older people", "1'218'700"),
    ("Cash for winter heating along the contact line", "1'476'300"),
    ("Mine risk education in schools", "184'000")])

op("Uzbekistan", "Drought preparedness in Karakalpakstan", "MDRUZ004", "1 May 2019", "6'300",
   "The drying of the Aral Sea has left Karakalpakstan with salinized soil and frequent dust "
   "storms; about 30 % of rural households lack safe drinking water.",
   [("Household water filters and hygiene promotion", "186'400"),
    ("Drought-tolerant seed for kitchen gardens", "94'600"),
    ("Dust storm early warning with the hydrometeorological service", "58'000")],
   dict(kind="total", printed=D(393000),
        why="adjacent digits swapped in the total (339'000 printed 393'000)"))


def item(title, v, mod):
    dash, cur, fig = "–", "CHF ", ch(v)
    if mod == "nocur":
        cur = ""
    if isinstance(mod, tuple) and mod[0] == "fig":
        fig = mod[1]
    body = f"{title} {dash} {cur}{fig}"
    if len(body) + 2 > 94:
        return [f"• {title}", f"  {dash} {cur}{fig}"], 1, body
    return [f"• {body}"], 0, body


def total(name, v, mod):
    if mod == "nocolon":
        s = f"Total requirements CHF {ch(v)}"
    else:
        s = f"Total requirements: CHF {ch(v)}"
    return [s], 0, s


def main():
    d = Doc()
    d.add("FEDERATION OF NATIONAL RELIEF SOCIETIES\n"
          "Europe and Central Asia Region\n\n"
          "OPERATIONAL PLAN 2019: EMERGENCY APPEALS AND DISASTER RESPONSE OPERATIONS\n"
          "Revised budget, 15 July 2019\n\n"
          "Geneva, Switzerland\n\n")
    d.add("1. Summary\n")
    for p in [
        "This plan brings together the 21 emergency operations that the Federation supports in "
        "Europe and Central Asia in 2019. It replaces the plan of 10 January 2019. Since then, two "
        "operations have been added (Kazakhstan and Uzbekistan) and the budget of five others has "
        "been revised.",
        "All amounts are in Swiss francs and follow the Federation's house style, with an "
        "apostrophe between thousands: CHF 1'250'000. In 2018 the operations in the region "
        "received CHF 14.8 million, 72 % of the amount requested, and reached a total of 186'000 "
        "people.",
        "For each operation the budget is shown by area of focus, followed by the total "
        "requirements of the operation. Support services (about 6.5 % of each budget) are included "
        "in the areas of focus."]:
        d.add(wrap(p) + "\n")
    d.add("\n2. Operations\n")
    rows, findings, infos = [], [], []
    for n, o in enumerate(OPS, 1):
        d.add(f"\nOperation {n} — {o['name']}: {o['title']}")
        d.add(f"Appeal code: {o['code']} | Operation start: {o['start']} | People targeted: "
              f"{o['targeted']}\n")
        d.add(wrap(o["prose"]) + "\n")
        d.add("Budget by area of focus")
        info = emit_group(d, o, item, lambda nm, v, m: ([""] + total(nm, v, m)[0], 1, total(nm, v, m)[2]))
        d.blank()
        where = " (first operation)" if n == 1 else (" (last operation)" if n == len(OPS) else "")
        findings += findings_for(info, ch, "CHF", where)
        rows.append(row_for(info))
        infos.append(info)
    d.add("\n3. Funding and accountability\n")
    for p in [
        "Contributions can be earmarked to an operation or given to the regional pool, which the "
        "Federation allocates where funding is lowest. Operations report every three months; the "
        "final reports of operations closed in 2018 are due by 31 October 2019.",
        "Questions about this plan may be sent to the regional office in Budapest, which manages the "
        "operations on behalf of the Federation's 25 member societies in the region."]:
        d.add(wrap(p) + "\n")
    text = d.text()
    open(f"{OUT}/chf-colon.txt", "w", encoding="utf-8").write(text)
    lines = text.split("\n")
    for i, l in enumerate(lines, 1):
        if l.lstrip().lower().startswith("total") and "CHF" not in l:
            print("WARN prose line starting with Total:", i, l)
    write_tsv(f"{OUT}/chf-colon.sections.tsv", rows)
    by = {i["name"]: i for i in infos}
    L = dict(alb=by["Albania"]["total_line"], alb_i=by["Albania"]["item_lines"][1],
             mda=by["Moldova"]["total_line"], uzb=by["Uzbekistan"]["total_line"],
             bih=by["Bosnia and Herzegovina"]["item_lines"][0], ita=by["Italy"]["item_lines"][1],
             srb=by["Serbia"]["total_line"])
    write_expected(f"{OUT}/chf-colon.expected", HEADER.format(**L), findings)
    for f in sorted(findings):
        print(f[0], f[1][:100])


HEADER = """chf-colon.txt — "Operational Plan 2019: Emergency Appeals and Disaster Response Operations, Europe
and Central Asia Region", revised 15 July 2019 (invented publisher: Federation of National Relief
Societies, Geneva). SWISS FRANCS, Swiss number format: the apostrophe groups thousands ("CHF 1'234'567"),
a period would mark decimals (none is used in the budgets). No crossfoot.toml: the currency is only in
the text (default code USD).
Written with the text, never from crossfoot's output; lines and sums computed with scripts/layout-fixtures/set2/gen_chf.py and re-read
by scripts/layout-fixtures/set2/verify.py. 21 declared totals, one per operation (see chf-colon.sections.tsv).

Layout: "Operation N — Country: title", a line "Appeal code: MDRXX000 | Operation start: date | People
targeted: 7'400", prose, "Budget by area of focus", the items "• Title – CHF 412'680" (en dash, "CHF"
before the figure), a blank line, then "Total requirements: CHF n" (colon; no country name in the total:
the operation heading names it).

Injected errors (6): sum errors at {alb} (FIRST operation: an item with two digits swapped, at {alb_i}), {mda}
(Moldova: a project removed), {uzb} (LAST operation: total with two adjacent digits swapped); format errors at {bih}
(mixed separators "1,250'000"), {ita} (no currency), {srb} (total without its colon:
"Total requirements CHF 2'450'000", malformed-total at the line of "Total"). Every other operation foots
exactly; those with a format error foot with the reading given.

Looked at and NOT findings:
- the apostrophe grouping itself ("CHF 1'684'250"): the house style of this document, not malformed.
- "People targeted: 7'400" in every operation's code line: a count of people, no currency, not an item.
- appeal codes "MDRAL005", "MDRUA018" ..., "Operation 1" ... "Operation 21", dates in the code lines.
- prose figures: "CHF 1'250'000" (the style example in the Summary), "CHF 14.8 million", "72 %",
  "a total of 186'000 people", "CHF 2 million in 2010" (Georgia), "4'200 hectares", "1'150 people",
  "40'000 people", "24'000 migrants", "5'000 people", "119'000 in 2017 to 23'000 in 2018", "3.6 million
  refugees", "3.5 million people", "1 million people", "410'000 health consultations", "minus 20
  degrees", "6.5 %", "2017-2018", percentages, years, "365 days", "25 member societies".
- the em dash "—" in the operation headings ("Operation 4 — Bosnia and Herzegovina: ..."): no amount.
Ambiguity, decided here: the totals carry no country name; the operation heading above the items names
the group (section names in this file are the country before the colon of the heading)."""

if __name__ == "__main__":
    main()
