#!/usr/bin/env python3
"""Generate layouts2/mixed-currency.txt: USD projects, EU co-funding lines in EUR that are not summed,
one EUR item among USD items (mixed-currency)."""
from decimal import Decimal as D
from common import (Doc, en, key, write_tsv, write_expected, emit_group, findings_for, row_for, wrap,
                    OUT)

AREAS = []  # (country heading or None, area dict)


def area(country, name, prose, items, eu=None, eu_close=None, err=None, errs=None):
    """items: (title, value, eu_eur_or_None); eu_close: (text, eur) a closing co-funding line."""
    AREAS.append(dict(country=country, name=name, prose=prose,
                      items=[(t, D(v)) for t, v, *_ in items],
                      eu={i: D(it[2]) for i, it in enumerate(items) if len(it) > 2 and it[2]},
                      eu_close=eu_close, err=err, errs=errs))


COUNTRY_PROSE = {
    "LEBANON": "Lebanon hosts 1.18 million registered refugees from Syria, about one in four people in "
               "the country, spread over more than 1,700 localities. There are no formal camps: "
               "families rent rooms, garages and unfinished buildings or live in informal tented "
               "settlements.",
    "JORDAN": "Jordan has registered 628,000 refugees from Syria. About 20 per cent live in the camps of "
              "Zaatari and Azraq; the others live in towns and villages, mainly in the north and in "
              "Amman.",
    "IRAQ (KURDISTAN REGION)": "The Kurdistan Region of Iraq hosts 245,000 refugees from Syria, on top "
              "of more than 850,000 Iraqis displaced since June 2014 by the fighting in Ninewa and "
              "Anbar.",
    "TURKEY": "Turkey hosts the largest number of refugees from Syria, 1.9 million according to the "
              "government, of whom 260,000 live in 25 camps run by the national disaster agency.",
    "EGYPT": "Egypt has registered 136,000 refugees from Syria, almost all in cities.",
}

area("LEBANON", "Akkar",
     "Akkar is the poorest governorate of Lebanon and hosts 112,000 refugees. Water networks built "
     "for the resident population now serve twice as many people.",
     [("Water network extension and storage in Wadi Khaled", 846000, 420000),
      ("Winter cash assistance for refugee and host families", 1215000),
      ("Primary health care in six public health centres", 538500),
      ("Rehabilitation of informal settlements at risk of flooding", 294500)],
     errs=[dict(kind="drop", i=3)])

area(None, "North Lebanon",
     "In Tripoli and the surrounding districts, clashes between Bab al-Tabbaneh and Jabal Mohsen "
     "ended in 2014, but a total of 3,000 families still live in damaged buildings.",
     [("Shelter upgrades in collective centres of Tripoli", 612000),
      ("Child protection and case management", 285400),
      ("Non-formal education for out-of-school children", 402600, 310000)])

area(None, "Central Bekaa",
     "More than 360,000 refugees live in the Bekaa valley, most in informal tented settlements "
     "on farmland. In the winter of 2013-2014, snowstorms destroyed more than 800 tents.",
     [("Weatherproofing kits for informal tented settlements", 735000),
      ("Latrines and water trucking in informal settlements", 968500),
      ("Cash for work on municipal drainage in Bar Elias", 216500)],
     errs=[dict(kind="fmt", i=1, mod="nocur", code="missing-currency",
                why="no \"USD\" where every other project amount has it")])

area(None, "Baalbek-Hermel",
     "Insecurity along the border near Arsal limits access. The Partnership reached 41,500 people "
     "in Arsal in 2014 through local partners.",
     [("Food vouchers for newly arrived families in Arsal", 1380000),
      ("Mobile medical units in Hermel", 326000),
      ("Winterisation of informal settlements in Arsal", 604000)],
     eu_close=("EU co-funding for Baalbek-Hermel (ECHO grant 2015/01246)", 950000))

area(None, "Beirut and Mount Lebanon",
     "Refugees in Beirut and Mount Lebanon pay the highest rents in the country: a room in the "
     "southern suburbs costs USD 250 a month or more.",
     [("Rental subsidies for refugee households at risk of eviction", 1120000, 800000),
      ("Legal aid on residency renewal", 187500),
      ("Reproductive health services in Bourj Hammoud", 342500)])

area(None, "South Lebanon",
     "Palestine refugees from Syria have settled in and around the camps near Tyre and Saida, "
     "where services were already stretched before 2011.",
     [("Health services for Palestine refugees from Syria", 456000),
      ("Cash assistance in the Tyre camps", 378000),
      ("School rehabilitation in Saida", 214000)])

area("JORDAN", "Zaatari camp",
     "Zaatari, opened in July 2012, holds about 83,000 people and is the largest camp in Jordan. "
     "Its water network will replace trucking by the end of 2015.",
     [("Completion of the Zaatari water and wastewater network", 2480000, 1650000),
      ("Community-based protection in districts 5 to 8", 318000),
      ("Solar street lighting", 402000)])

area(None, "Azraq camp",
     "Azraq opened on 30 April 2014 and is planned for 130,000 people, but held only 18,000 in "
     "January 2015. Livelihood opportunities are very limited.",
     [("Incentive-based volunteering in camp services", 265000),
      ("Kitchen gardens and small livestock for camp residents", 184000),
      ("Secondary health care referrals", 521000)],
     errs=[dict(kind="fmt", i=1, mod="EUR", code="mixed-currency",
                why="an item in EUR among the USD items of a group whose total is in USD (not an EU "
                    "contribution line: it is a \"•\" item, and the total counts it at face value)")])

area(None, "Mafraq host communities",
     "In Mafraq governorate, refugees now outnumber Jordanians in several municipalities. Rents rose "
     "by 68 per cent between 2012 and 2014.",
     [("Cash assistance for refugee households outside the camps", 1745000),
      ("Expansion of classrooms in double-shift schools", 860000, 600000),
      ("Solid waste management with the municipalities", 295000)])

area(None, "Irbid",
     "Irbid hosts 140,000 registered refugees. Many families have used up their savings, and "
     "child labour has risen among boys aged 12 to 17.",
     [("Case management for working children", 342000),
      ("Cash for education", 528400),
      ("Community centres in Ramtha and Irbid city", 276600)],
     errs=[dict(kind="swap", i=1, printed=D(582400))])

area(None, "Amman",
     "About 176,000 refugees live in Amman, mostly in the eastern districts. The city received "
     "EUR 4.2 million from the EU in 2014 for schools and clinics, outside this appeal.",
     [("Health care for non-communicable diseases", 645000),
      ("Psychosocial support for children and adolescents", 268000, 210000),
      ("Legal counselling on documentation and work permits", 117000)])

area(None, "Zarqa",
     "Zarqa, north-east of Amman, hosts some 52,000 refugees and has the highest unemployment rate "
     "among Jordanian governorates.",
     [("Vocational training for young Jordanians and refugees", 214500),
      ("Cash assistance for female-headed households", 338500)])

area("IRAQ (KURDISTAN REGION)", "Dohuk",
     "Dohuk hosts Domiz camp, with 45,000 refugees from Syria, and more than 400,000 internally "
     "displaced Iraqis who arrived in August 2014.",
     [("Camp management and maintenance in Domiz", 692000),
      ("Winter kerosene for refugee households", 418000),
      ("Mental health services in Domiz and Akre", 156000)],
     errs=[dict(kind="fmt", i=1, mod="hyphen", code="malformed-amount",
                why="a hyphen \"-\" where the house form has an en dash \"–\"")])

area(None, "Erbil",
     "The four camps near Erbil hold 23,000 refugees; the rest live in the city, where the "
     "government has suspended salaries since early 2014.",
     [("Cash assistance for urban refugees in Erbil", 884000, 560000),
      ("Secondary schools in Kawergosk and Qushtapa camps", 512000),
      ("Livelihood grants for small businesses", 204000)])

area(None, "Sulaymaniyah",
     "Arbat camp near Sulaymaniyah opened in 2013 and holds 7,200 refugees. The province also "
     "received 1,600 families from Anbar in 2014.",
     [("Camp services in Arbat", 386000),
      ("Primary health care in Sulaymaniyah city", 219500),
      ("Women's centres and protection services", 144500)])

area("TURKEY", "Gaziantep",
     "Gaziantep province hosts 220,000 refugees, of whom 30,000 live in camps at Nizip and "
     "Islahiye.",
     [("Community centre in Gaziantep city", 745000, 500000),
      ("Turkish language courses for adults", 260000),
      ("Support to the provincial health directorate", 410000)])

area(None, "Şanlıurfa",
     "Şanlıurfa received more than 150,000 people from Kobani in September and October 2014 "
     "alone, most of whom have since returned or moved on.",
     [("Relief items for people displaced from Kobani", 1240000),
      ("Water and sanitation in Suruç", 465000),
      ("Child-friendly spaces in Suruç and Akçakale", 195000)],
     errs=[dict(kind="fmt", i=0, mod=("fig", "1.240.000"), code="malformed-amount",
                why="periods as group separators in an English-format document (\",\" groups, \".\" "
                    "marks decimals)")])

area(None, "Hatay",
     "Hatay has received refugees since April 2011, among the first to arrive in Turkey. Some "
     "16 per cent of refugee children there attend school.",
     [("Temporary education centres in Antakya and Reyhanlı", 586000),
      ("Health referrals across the border province", 334000)],
     eu_close=("EU co-funding for Hatay (Trust Fund contract T04.12)", 420000))

area(None, "Kilis",
     "In Kilis, refugees now equal the Turkish population of 90,000. The Öncüpınar camp is next to "
     "the border crossing.",
     [("Hygiene and water quality in Öncüpınar camp", 238000),
      ("Support to the Kilis state hospital", 372000),
      ("Youth centre in Kilis town", 126000)])

area("EGYPT", "Greater Cairo and Alexandria",
     "Refugees from Syria in Egypt live mainly in 6th of October City, Obour and Alexandria. Since "
     "July 2013 they need a visa to enter, and few new arrivals are registered.",
     [("Cash assistance for registered refugee households", 964000, 700000),
      ("Access to public schools and school fees", 412000),
      ("Health care through partner clinics in 6th of October City", 289000)],
     errs=[dict(kind="total", printed=D(1695000),
                why="one wrong digit in the total (1,665,000 printed as 1,695,000)")])


def item(title, v, mod):
    dash, cur, fig = "–", "USD ", en(v)
    if mod == "nocur":
        cur = ""
    if mod == "hyphen":
        dash = "-"
    if mod == "EUR":
        cur = "EUR "
    if isinstance(mod, tuple):
        fig = mod[1]
    body = f"{title} {dash} {cur}{fig}"
    return [f"• {body}"], 0, body


def main():
    d = Doc()
    d.add("LEVANT PARTNERSHIP FOR REFUGEE ASSISTANCE\n\n"
          "SYRIA CRISIS: REGIONAL REFUGEE RESPONSE APPEAL 2015\n"
          "Lebanon, Jordan, Iraq, Turkey and Egypt\n\n"
          "Amman, 22 January 2015\n\n")
    d.add("INTRODUCTION\n")
    for p in [
        "Nearly four years after the first refugees crossed the borders, 3.8 million people from Syria "
        "are registered as refugees in the five neighbouring countries. The Partnership's 27 members "
        "present their projects for 2015 in 20 areas. In 2014 they requested USD 39.2 million, of "
        "which 61 per cent was funded.",
        "All project requirements and totals in this appeal are in US dollars. Several projects are "
        "co-funded by the European Union. Where this is the case, the EU contribution is shown in "
        "euro on an indented line below the project, as in the grant agreements. These contributions are part of the project requirement in US dollars and are "
        "not added to it; they are shown for information only. Two areas show their EU co-funding "
        "on one line before the total.",
        "Exchange rate used for planning: EUR 1 = USD 1.16 (1 January 2015)."]:
        d.add(wrap(p) + "\n")
    rows, findings, infos = [], [], []
    for n, a in enumerate(AREAS):
        if a["country"]:
            d.add(f"\n{a['country']}\n")
            d.add(wrap(COUNTRY_PROSE[a["country"]]) + "\n")
        d.add(f"\n{a['name']}\n")
        d.add(wrap(a["prose"]) + "\n")
        eu = a["eu"]

        def it(title, v, mod, _eu=eu, _items=a["items"]):
            lines, fi, q = item(title, v, mod)
            idx = [t for t, _ in _items].index(title)
            if idx in _eu:
                lines.append(f"    EU contribution: EUR {en(_eu[idx])}")
            return lines, fi, q

        def tot(name, v, mod, _a=a):
            s = f"Total funding requirements for {name} – USD {en(v)}"
            pre = [""]
            if _a["eu_close"]:
                pre = ["", f"{_a['eu_close'][0]}: EUR {en(_a['eu_close'][1])}", ""]
            return pre + [s], len(pre), s

        info = emit_group(d, a, it, tot)
        d.blank()
        where = " (first area)" if n == 0 else (" (last area)" if n == len(AREAS) - 1 else "")
        findings += findings_for(info, en, "USD", where)
        rows.append(row_for(info))
        infos.append(info)
    d.add("\nCOORDINATION\n")
    d.add(wrap("Members coordinate through the sector working groups of each host country. The "
               "Partnership will publish a mid-year update in July 2015, with revised requirements "
               "and the EU contributions confirmed by then.") + "\n")
    text = d.text()
    open(f"{OUT}/mixed-currency.txt", "w", encoding="utf-8").write(text)
    for i, l in enumerate(text.split("\n"), 1):
        if l.lstrip().lower().startswith("total") and "USD" not in l:
            print("WARN", i, l)
    write_tsv(f"{OUT}/mixed-currency.sections.tsv", rows)
    by = {i["name"]: i for i in infos}
    eu_lines = [str(i + 1) for i, l in enumerate(text.split("\n")) if "EUR" in l and
                ("EU contribution:" in l or "EU co-funding" in l)]
    L = dict(akk=by["Akkar"]["total_line"], irb=by["Irbid"]["total_line"],
             irb_i=by["Irbid"]["item_lines"][1], egy=by["Greater Cairo and Alexandria"]["total_line"],
             bek=by["Central Bekaa"]["item_lines"][1], azr=by["Azraq camp"]["item_lines"][1],
             doh=by["Dohuk"]["item_lines"][1], san=by["Şanlıurfa"]["item_lines"][0],
             eu=", ".join(eu_lines), n=len(eu_lines))
    write_expected(f"{OUT}/mixed-currency.expected", HEADER.format(**L), findings)
    for f in sorted(findings):
        print(f[0], f[1][:100])


HEADER = """mixed-currency.txt — "Syria Crisis: Regional Refugee Response Appeal 2015" (invented publisher: Levant
Partnership for Refugee Assistance, Amman). USD, English number format (1,234,567); EU co-funding shown
in EUR beside some projects. NOTE: uses the code `mixed-currency` (warning, an amount in another
currency than its group's items and total), which may not exist in crossfoot yet; it is used anyway.
Written with the text, never from crossfoot's output; lines and sums computed with scripts/layout-fixtures/set2/gen_mixed.py and re-read
by scripts/layout-fixtures/set2/verify.py. 20 declared totals, one per area (see mixed-currency.sections.tsv),
under five country headings in capitals (country headings only: no country or regional total).

Layout: area heading, prose, the projects "• Title – USD 846,000"; under some projects an indented line
"    EU contribution: EUR 420,000" (the EU share of THAT project, in euro, already inside its USD
figure: not an item, not summed); two areas (Baalbek-Hermel, Hatay) instead have a closing line
"EU co-funding for Hatay (Trust Fund contract T04.12): EUR 420,000" before the total, not summed either.
Then "Total funding requirements for Area – USD n", which sums the USD items only.

Injected errors (7): sum errors at {akk} (FIRST area: a project removed), {irb} (Irbid: an item with two digits
swapped, at {irb_i}), {egy} (LAST area: total with one wrong digit); format errors at {bek} (no currency),
{doh} (hyphen), {san} (periods as group separators "1.240.000"); and {azr} mixed-currency (Azraq camp: a
"•" project in EUR among USD projects; the total counts its figure as if in USD, so the area foots and
raises no total-mismatch). Every other area foots exactly; those with a format error foot with the
reading given.

Looked at and NOT findings:
- the {n} EU co-funding lines in EUR (lines {eu}): "EU contribution: EUR n" (indented, no bullet) and
  "EU co-funding for ...: EUR n": information on co-funding, not projects; the USD totals do not count
  them. Neither is a mixed-currency finding (they are not items) nor a total statement.
- "ECHO grant 2015/01246", "Trust Fund contract T04.12": grant references inside the co-funding lines.
- prose figures: "USD 39.2 million in 2014", "61 per cent", "3.8 million people",
  "1.18 million", "628,000", "245,000", "850,000", "1.9 million", "136,000", "a total of 3,000
  families" (North Lebanon), "EUR 4.2 million from the EU in 2014" (Amman), "USD 250 a month" (Beirut),
  "EUR 1 = USD 1.16" (exchange rate), "41,500 people", "83,000", "130,000", "18,000", "68 per cent",
  "2013-2014", "aged 12 to 17", "districts 5 to 8", "6th of October City", years and dates.
Ambiguity, decided here: the EUR item in Azraq camp is counted at its face value (the editor typed the
wrong currency code, the USD total includes the figure); read so, the area foots. Had the total left it
out, the area would also raise a total-mismatch."""

if __name__ == "__main__":
    main()
