#!/usr/bin/env python3
"""Generate layouts2/markdown-appeal.md with its .expected and .sections.tsv."""
from decimal import Decimal as D
from common import Doc, en, key, write_tsv, write_expected, sum_expr, diff_note, OUT

G = []


def g(name, kind, prose, items, err=None):
    G.append(dict(name=name, kind=kind, prose=prose, items=items, err=err))


# items: (code, title, value[, wrap]); code is None for list countries
g("Ethiopia", "list", [
    "The failure of the belg rains in early 2015 and the late, erratic kiremt rains that followed "
    "left 10.2 million people in need of emergency food assistance by December, the highest figure "
    "since 1984. Afar, Siti and the lowlands of eastern Amhara lost up to 70 per cent of their crops.",
    "Members of the Network received USD 4.1 million in 2015 for the first phase of the response. "
    "The projects below cover the second phase, from March to December 2016."],
  [(None, "Emergency seed distribution for belg-planting woredas in Amhara and Tigray", D(1420000)),
   (None, "Water trucking and rehabilitation of shallow wells in Afar and Siti zones", D(965500)),
   (None, "Community management of acute malnutrition in the hotspot woredas of West Hararghe and "
          "East Hararghe", D(1188000), True),
   (None, "Livestock feed and commercial destocking in the Somali Region", D(736250))],
  ("total", D(4369750)))

g("Djibouti", "list", [
    "Rainfall in the Obock and Tadjourah regions reached less than 30 per cent of the average "
    "between October 2015 and February 2016. About 120,000 people in rural areas depend on "
    "cisterns that are now dry, and food prices in Djibouti city rose by 14 per cent in a year."],
  [(None, "Food vouchers for pastoral households in Obock", D(312000)),
   (None, "Rehabilitation of cisterns and underground tanks in Ali Sabieh", D(184600)),
   (None, "Nutrition screening in the Balbala health centres", D(96400))])

g("Somalia", "table", [
    "In Somaliland and Puntland the Gu and Deyr rains both failed, and an estimated 385,000 people "
    "are in crisis or emergency. Migration of herds towards the Ethiopian border has already led to "
    "tensions over water points. Requirements are shown by project code below."],
  [("SOM-16/FS/0412", "Cash transfers for drought-affected households in Awdal and Woqooyi Galbeed",
    D(1650000)),
   ("SOM-16/WS/0418", "Emergency water supply in Sanaag and Bari", D(842300)),
   ("SOM-16/H/0431", "Mobile health and nutrition teams in Sool", D(517700))])

g("Kenya", "list", [
    "Unlike its neighbours, Kenya received above-average short rains at the end of 2015, which "
    "caused floods along the Tana River and in the lakeside counties. A total of 58,000 people were "
    "displaced in November and December, and 27 cases of cholera were confirmed in Garissa."],
  [(None, "Flood response and cholera prevention in Garissa and Tana River counties", D(645000)),
   (None, "Shelter repair kits for displaced families in Kisumu and Homa Bay", D(238500)),
   (None, "Restocking of small ruminants on the Moyale–Marsabit road", D(174000))])

g("Uganda", "list", [
    "Karamoja is the only region of Uganda where the 2015 harvest failed: 22 per cent of households "
    "have no food stocks at all. The region also hosts the largest share of the country's "
    "malnourished children under five."],
  [(None, "Food assistance for moderately food-insecure households in Moroto and Napak", D(528000)),
   (None, "School meals in the drought-affected sub-counties of Kotido", D(286000)),
   (None, "Borehole repair and hygiene promotion in Kaabong", D(191500))],
  ("hyphen", 1))

g("South Sudan", "list", [
    "Dry spells in Northern Bahr el Ghazal and Warrap compounded the effects of the conflict that "
    "began in December 2013. The 2015 cereal deficit is estimated at 381,000 tonnes. El Niño-related "
    "projects here are complementary to the national response plan."],
  [(None, "Emergency livelihood kits for farming households in Aweil East", D(410000)),
   (None, "Fishing and vegetable kits for returnees in Gogrial West", D(157250)),
   (None, "Outpatient therapeutic feeding in Tonj North", D(362750))])

g("Sudan", "list", [
    "The 2015 rainy season in Sudan was one of the driest in 30 years. Production of sorghum and "
    "millet fell by about a quarter, and in North Darfur and the Red Sea State pasture is scarce. "
    "In 2014 the same partners reached 46,000 people in these localities."],
  [(None, "Seeds and tools for the 2016 season in North Darfur", D(486000)),
   (None, "Animal health campaigns in Kassala and the Red Sea State", D(219400)),
   (None, "Water yards rehabilitation in East Darfur", D(333600))])

g("Burundi", "list", [
    "Torrential rain in the north-west of Burundi destroyed 3,400 houses in early 2016, at a time "
    "when more than 240,000 Burundians had already left the country since April 2015."],
  [(None, "Emergency shelter for flood-affected families in Cibitoke and Bubanza", D(296000)),
   (None, "Cholera preparedness in Bujumbura Rural", D(118500))])

g("Rwanda", "list", [
    "Landslides in the districts of Gakenke and Nyabihu killed 49 people in 2015. Rwanda also hosts "
    "more than 70,000 refugees from Burundi, most of them in Mahama camp, which opened in April 2015."],
  [(None, "Relocation of households from high-risk zones in Gakenke", D(243000)),
   (None, "Water supply extension in Mahama camp", D(389500)),
   (None, "Early warning for landslides in Nyabihu", D(76500))])

g("United Republic of Tanzania", "list", [
    "The central regions of Dodoma and Singida recorded below-normal rains for the second year "
    "running. The government estimates that 424,000 people will need food support until the May "
    "2016 harvest."],
  [(None, "Drought-tolerant seed and training for farmers in Dodoma and Singida", D(357000)),
   (None, "Rainwater harvesting for schools in Manyoni district", D(142800))])

g("Malawi", "table", [
    "Malawi declared a state of national disaster in April 2016. Maize production fell by 12 per "
    "cent in 2015 and is forecast to fall again in 2016; 2.8 million people are food insecure "
    "in the southern and central regions. The government's own appeal asks for USD 146 million."],
  [("MWI-16/F/0102", "Cash and maize distributions in Chikwawa and Nsanje", D(1254000)),
   ("MWI-16/N/0107", "Treatment of moderate acute malnutrition in Balaka and Zomba", D(468300)),
   ("MWI-16/W/0115", "Borehole repair and water treatment in Machinga", D(297700)),
   ("MWI-16/A/0121", "Irrigation kits for winter cropping along the Shire river", D(380000))],
  ("swap", 0, D(1524000)))

g("Zambia", "list", [
    "The southern and western provinces of Zambia received less than 60 per cent of normal rainfall, "
    "and hydroelectric output at Kariba dropped so far that power cuts of 8 hours a day became "
    "common in Lusaka."],
  [(None, "Food assistance in Gwembe and Sinazongwe districts", D(620000)),
   (None, "Conservation farming inputs for smallholders in Western Province", D(274500)),
   (None, "Livestock vaccination against anthrax and foot-and-mouth disease", D(135500))])

g("Mozambique", "list", [
    "Drought in the south and centre of Mozambique affects 1.5 million people, while the north "
    "faced floods in January 2015. The provinces of Gaza, Inhambane and Sofala are most affected; "
    "rainfall in Gaza was the lowest in 35 years."],
  [(None, "Seed fairs and vouchers in Gaza and Inhambane", D(745000)),
   (None, "Emergency water supply by truck and borehole rehabilitation in Chicualacuala", D(532000)),
   (None, "Nutrition surveillance in Sofala and Tete", D(215000))])

g("Madagascar", "list", [
    "Three consecutive poor harvests in the Grand Sud have left 665,000 people severely food "
    "insecure in the regions of Androy, Anosy and Atsimo-Andrefana. Prices of cassava doubled "
    "between 2014 and 2016."],
  [(None, "Cash for work on irrigation canals in Androy", D(412500)),
   (None, "Blanket supplementary feeding for children under five in Anosy", D(356000)),
   (None, "Drought-resistant cassava cuttings for Atsimo-Andrefana", D(128750))],
  ("nocur", 0))

g("Comoros", "list", [
    "The Comoros were hit less by the drought than by a surge in the price of imported rice, which "
    "accounts for 80 per cent of calories consumed on Anjouan."],
  [(None, "Market monitoring and support to vulnerable households on Anjouan", D(86000)),
   (None, "Community seed banks on Grande Comore", D(54500))])

g("Zimbabwe", "table", [
    "Zimbabwe declared a state of disaster in February 2016. More than 2.8 million people will need "
    "food assistance before the next harvest, and 16,000 head of cattle died in Masvingo and "
    "Matabeleland South in the first two months of the year."],
  [("ZWE-16/F/0203", "Food assistance in Masvingo and Matabeleland South", D(1985000)),
   ("ZWE-16/L/0209", "Emergency livestock feed and water for cattle", D(612500)),
   ("ZWE-16/W/0216", "Borehole drilling and repair in Chivi and Mwenezi", D(473000)),
   ("ZWE-16/H/0224", "Community health workers for drought-affected wards", D(229500))])

g("Botswana", "list", [
    "Botswana's government leads its own drought response and has asked partners to support only "
    "the remote area settlements of Ghanzi and Kgalagadi, where about 9,000 people live."],
  [(None, "Water supply for remote area settlements in Ghanzi", D(148000)),
   (None, "Small stock support in Kgalagadi", D(67500))])

g("Namibia", "list", [
    "Namibia declared a drought emergency in June 2015 for the second time in three years. In the "
    "Kunene and Omusati regions about 37 per cent of households report skipping meals."],
  [(None, "Drought relief food supplements in Kunene and Omusati", D(321000)),
   (None, "Rehabilitation of earth dams in the Zambezi region", D(187200)),
   (None, "Nutrition screening at mobile outreach points", D(59800))])

g("Lesotho", "list", [
    "In Lesotho the 2015/16 agricultural season was a near-total loss in the lowlands: only "
    "19 per cent of the average area was planted. Some 534,000 people, a quarter of the population, "
    "need assistance; Lesotho received USD 2 million in 2012 after its last drought."],
  [(None, "Cash transfers for food-insecure households in Mafeteng and Mohale's Hoek", D(465000)),
   (None, "Protected springs and water tanks in Quthing", D(213600)),
   (None, "Keyhole gardens for households with people living with HIV", D(96400)),
   (None, "Fodder for livestock in the mountain districts", D(142000))],
  ("drop", 2))

g("Swaziland", "table", [
    "Swaziland declared a national emergency in February 2016. The Lowveld and Lubombo regions "
    "lost most of their maize, and 200,000 people receive water by truck."],
  [("SWZ-16/W/0301", "Water trucking and borehole repair in the Lubombo region", D(418000)),
   ("SWZ-16/F/0306", "Food assistance in the Lowveld", D(537500)),
   ("SWZ-16/E/0312", "School feeding in drought-affected constituencies", D(164500))])

g("South Africa", "list", [
    "South Africa recorded its lowest rainfall since 1904. Five of nine provinces were declared "
    "disaster areas, and the KwaZulu-Natal maize crop shrank by 31 per cent. Partners support "
    "the provincial departments with targeted projects only."],
  [(None, "Emergency water for schools and clinics in uMkhanyakude", D(274000)),
   (None, "Support to smallholder livestock farmers in the Free State", D(151000))])

g("Angola", "table", [
    "In the southern provinces of Cunene, Huíla and Namibe, the 2015 rains covered less than half of "
    "the usual season. Angola's provincial authorities report 756,000 people affected and "
    "1.2 million head of cattle at risk."],
  [("AGO-16/F/0401", "Emergency food and seed in Cunene", D(584000)),
   ("AGO-16/W/0405", "Water points and cattle troughs in Huíla", D(392500)),
   ("AGO-16/N/0410", "Screening and treatment of malnutrition in Namibe", D(187500))],
  ("badgroup", 2, "18,7500"))


def total_line(name, v):
    return f"**Total funding requirements for {name} – USD {en(v)}**"


def main():
    d = Doc()
    d.add("# East and Southern Africa: El Niño Drought Response Appeal 2016")
    d.blank()
    d.add("*Rift and Zambezi Humanitarian Network – Johannesburg, 14 March 2016*")
    d.blank()
    d.add("## Overview")
    d.blank()
    d.add("The 2015–2016 El Niño was among the three strongest on record. Across East and Southern "
          "Africa it brought drought to the Horn and to the southern half of the continent, and floods "
          "to parts of Kenya and the Great Lakes. Some 39 million people in the region are food "
          "insecure, about 12 million more than a year ago.")
    d.blank()
    d.add("| Indicator | March 2015 | March 2016 |")
    d.add("|---|---:|---:|")
    d.add("| People in need of food assistance | 27.4 million | 39.1 million |")
    d.add("| Children with severe acute malnutrition | 410,000 | 645,000 |")
    d.add("| Countries with a declared emergency | 2 | 9 |")
    d.blank()
    d.add("This appeal presents the projects of the Network's 31 member agencies, country by country. "
          "Most countries list their projects with the amount requested; five countries present them "
          "in a table by project code. Every country closes with its total funding requirements in US "
          "dollars. The appeal covers the period from 1 April to 31 December 2016.")
    d.blank()
    d.add("## How the figures were compiled")
    d.blank()
    d.add("Requirements were submitted by members between 15 January and 29 February 2016 and "
          "reviewed by the country coordination groups. Overheads are capped at 7 per cent of each "
          "project. Figures are rounded to the nearest 50 dollars.")
    d.blank()

    rows, findings = [], []
    for gi, grp in enumerate(G):
        name, err = grp["name"], grp["err"]
        items = list(grp["items"])
        true_total = sum(it[2] for it in items)
        printed = {i: it[2] for i, it in enumerate(items)}
        dropped = None
        if err and err[0] == "swap":
            printed[err[1]] = err[2]
        if err and err[0] == "drop":
            dropped = err[1]
        declared = err[1] if err and err[0] == "total" else true_total
        d.add(f"## {name}")
        d.blank()
        for p in grp["prose"]:
            d.add(p)
            d.blank()
        item_lines = {}
        if grp["kind"] == "list":
            for i, it in enumerate(items):
                if i == dropped:
                    continue
                title, wrap = it[1], (len(it) > 3 and it[3])
                dash, cur, fig = "–", "USD ", en(printed[i])
                if err and err[0] == "hyphen" and err[1] == i:
                    dash = "-"
                if err and err[0] == "nocur" and err[1] == i:
                    cur = ""
                if err and err[0] == "badgroup" and err[1] == i:
                    fig = err[2]
                if wrap:
                    d.add(f"- {title}")
                    item_lines[i] = d.add(f"  {dash} {cur}{fig}")
                else:
                    item_lines[i] = d.add(f"- {title} {dash} {cur}{fig}")
                grp.setdefault("quote", {})[i] = f"{title} {dash} {cur}{fig}"
            d.blank()
            tl = d.add(total_line(name, declared))
            tquote = total_line(name, declared).strip("*")
        else:
            d.add("| Code | Project | Requirements (USD) |")
            d.add("|---|---|---:|")
            for i, (code, title, v) in enumerate(items):
                if i == dropped:
                    continue
                fig = en(printed[i])
                if err and err[0] == "badgroup" and err[1] == i:
                    fig = err[2]
                item_lines[i] = d.add(f"| {code} | {title} | {fig} |")
                grp.setdefault("quote", {})[i] = f"| {code} | {title} | {fig} |"
            tl = d.add(f"| **Total** | | **{en(declared)}** |")
            tquote = f"| **Total** | | **{en(declared)}** |"
        d.blank()
        listed_vals = [printed[i] for i in range(len(items)) if i != dropped]
        listed = sum(listed_vals)
        n = len(listed_vals)
        rows.append(dict(line=tl, name=name, bullets=n, amounted=n, listed=listed, declared=declared))
        where = " (first country)" if gi == 0 else (" (last country)" if gi == len(G) - 1 else "")
        kind = "table" if grp["kind"] == "table" else "list"
        expr = sum_expr(listed_vals, en)
        if err:
            e = err[0]
            if e == "total":
                findings.append((tl, f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                                 f"{name}{where}: \"{tquote}\" but {expr} = {en(listed)}; difference "
                                 f"{en(declared - listed)} = one wrong digit in the total ({en(listed)} "
                                 f"printed as {en(declared)})"))
            elif e == "swap":
                i = err[1]
                findings.append((tl, f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                                 f"{name} ({kind}): \"{tquote}\" but the rows {expr} = {en(listed)}; "
                                 f"difference {en(declared - listed)}{diff_note(declared - listed)}: "
                                 f"\"{grp['quote'][i]}\" (line {item_lines[i]}) has two digits swapped, "
                                 f"the total counts {en(items[i][2])}"))
            elif e == "drop":
                i = err[1]
                findings.append((tl, f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                                 f"{name}: \"{tquote}\" but {expr} = {en(listed)}; difference "
                                 f"{en(declared - listed)} is no listed amount: a project is missing "
                                 f"(injected: '{items[i][1]} – USD {en(items[i][2])}' removed, the total "
                                 f"still counts it)"))
            else:
                i = err[1]
                v = printed[i]
                full = sum_expr(listed_vals, en)
                why = {"hyphen": "a hyphen \"-\" where the house form has an en dash \"–\" (the list marker "
                                 "\"- \" at line start is Markdown, not the error); counted as",
                       "nocur": "no \"USD\" where every other list amount has it; read as",
                       "badgroup": "a misplaced group comma (a group of four digits \"7500\") in the "
                                   "Requirements (USD) column; read as"}[e]
                code = {"hyphen": "malformed-amount", "nocur": "missing-currency",
                        "badgroup": "malformed-amount"}[e]
                findings.append((item_lines[i], f"{code} value={key(v)} | {name}{where}: "
                                 f"\"{grp['quote'][i]}\": {why} {en(v)}, the country foots "
                                 f"({full} = {en(listed)} = \"{tquote}\")"))
        grp["total_line"] = tl
        grp["item_lines"] = item_lines

    d.add("## Coordination")
    d.blank()
    d.add("Country coordination groups meet every two weeks and report to the regional office in "
          "Johannesburg. A revision of this appeal is planned for July 2016, after the main harvest in "
          "Southern Africa. Contributions received after 1 April 2016 will be reported monthly.")
    d.blank()
    d.add("*Rift and Zambezi Humanitarian Network – Regional Office, Johannesburg*")
    text = d.text()
    open(f"{OUT}/markdown-appeal.md", "w", encoding="utf-8").write(text)
    lines = text.split("\n")
    # check every recorded figure line really holds the figure
    for grp in G:
        for i, L in grp["item_lines"].items():
            assert any(ch.isdigit() for ch in lines[L - 1]), (grp["name"], i)
    write_tsv(f"{OUT}/markdown-appeal.sections.tsv", rows)
    header = HEADER.format(**{f"l_{k}": v for k, v in LINES(G).items()})
    write_expected(f"{OUT}/markdown-appeal.expected", header, findings)
    for f in sorted(findings):
        print(f[0], f[1][:90])


def LINES(G):
    by = {grp["name"]: grp for grp in G}
    out = {}
    out["eth"] = by["Ethiopia"]["total_line"]
    out["mwi"] = by["Malawi"]["total_line"]
    out["mwi_i"] = by["Malawi"]["item_lines"][0]
    out["lso"] = by["Lesotho"]["total_line"]
    out["uga"] = by["Uganda"]["item_lines"][1]
    out["mdg"] = by["Madagascar"]["item_lines"][0]
    out["ago"] = by["Angola"]["item_lines"][2]
    out["eth_wrap"] = by["Ethiopia"]["item_lines"][2]
    out["ken_dash"] = by["Kenya"]["item_lines"][2]
    return out


HEADER = """markdown-appeal.md — "East and Southern Africa: El Niño Drought Response Appeal 2016" (invented
publisher: Rift and Zambezi Humanitarian Network, Johannesburg). A MARKDOWN file (.md, not .txt: a
directory walk for *.txt skips it; name it on the command line). USD, English number format (1,234,567).
Written with the text, never from crossfoot's output; lines and sums computed with scripts/layout-fixtures/set2/gen_markdown.py and
re-read by scripts/layout-fixtures/set2/verify.py. 22 declared totals, one per country (see
markdown-appeal.sections.tsv).

Layout: "## Country" heading, prose, then EITHER a Markdown list "- Title – USD 1,234" (17 countries; one
long title wraps, its "  – USD n" on the next line, line {l_eth_wrap}) closed by a bold total
"**Total funding requirements for Kenya – USD 1,057,500**", OR (Somalia, Malawi, Zimbabwe, Swaziland,
Angola) a GFM table "| Code | Project | Requirements (USD) |" whose rows hold bare figures (the header
names the currency) and whose last row "| **Total** | | **n** |" is the country's declared total.

Injected errors (6): sum errors at {l_eth} (FIRST country: total with one wrong digit), {l_mwi} (Malawi table:
a row with two digits swapped, at {l_mwi_i}), {l_lso} (Lesotho: a project removed); format errors at {l_uga}
(hyphen for the dash), {l_mdg} (no currency), {l_ago} (LAST country, table cell: misplaced group comma
"18,7500"). Every other country foots exactly; those with a format error foot with the reading given.

Looked at and NOT findings:
- the Markdown list markers "- " at line start (every list item): markers, not hyphens before amounts.
- the "**" bold markers around the totals and the Total cell, the table pipes and the "|---|---:|" rules.
- bare figures in the table rows: the column header "Requirements (USD)" names the currency.
- project codes "SOM-16/FS/0412", "MWI-16/F/0102" ...: codes, not amounts.
- the key-figures table in the Overview ("27.4 million", "39.1 million", "410,000", "645,000", "2", "9"):
  people and counts, no currency, no Total row.
- prose figures: "10.2 million people", "USD 4.1 million in 2015", "USD 146 million" (Malawi, the
  government's appeal), "USD 2 million in 2012" (Lesotho), "A total of 58,000 people", "381,000 tonnes",
  "3,400 houses", "385,000 people", "2.8 million", "1.2 million head of cattle", "8 hours", percentages,
  years, "2015–2016", "2015/16", "7 per cent", "31 member agencies", "1904".
- {l_ken_dash} "Restocking of small ruminants on the Moyale–Marsabit road – USD 174,000": en dash between place
  names inside the title.
- the italic publisher lines ("*Rift and Zambezi Humanitarian Network – Johannesburg, 14 March 2016*"): an
  en dash followed by a place, no amount.
Ambiguity, decided here: a table country's declared figure is its "| **Total** |" row (there is no bold
total line after a table), and a table row sum error is a total-mismatch (a country's projects do not
sum to its declared total), as in fixtures/layouts/project-table.expected; a linter that files it
as table-total-mismatch reports the same line and figures."""

if __name__ == "__main__":
    main()
