#!/usr/bin/env python3
"""Generate layouts2/scale-words.txt: amounts with scale words ("USD 1.5 million", "USD 2.25m",
"US$ 800k", "USD 3 bn"), read as exact decimals."""
from decimal import Decimal as D
from common import (Doc, en, key, plain, write_tsv, write_expected, emit_group, findings_for, row_for,
                    wrap, sum_expr, OUT)

M = D(1000000)
C = []

# forms: "mil" -> "USD 412.6 million", "m" -> "USD 236.25m", "k" -> "US$ 850k", "bn" -> "USD 1.05 bn"


def num(v, unit):
    return plain(D(v) / unit)


def amount(v, form):
    v = D(v)
    if form == "mil":
        return f"USD {num(v, M)} million"
    if form == "m":
        return f"USD {num(v, M)}m"
    if form == "k":
        return f"US$ {num(v, D(1000))}k"
    if form == "bn":
        return f"USD {num(v, D(10) ** 9)} bn"
    raise ValueError(form)


def country(sub, name, prose, items, total_form="mil", errs=None):
    """items: (title, value in millions as str, form)."""
    C.append(dict(sub=sub, name=name, prose=prose, items=[(t, D(v) * M) for t, v, _ in items],
                  forms={t: f for t, _, f in items}, total_form=total_form, errs=errs or []))


country("SOUTH AMERICA", "Venezuela",
        "Seven years into the economic crisis, 7 million people inside Venezuela need assistance. "
        "Hyperinflation has eased since 2021, but the minimum wage buys less than 10 per cent of "
        "the basic food basket.",
        [("Food security and livelihoods", "412.6", "mil"),
         ("Health, including the supply of essential medicines", "236.25", "m"),
         ("Water, sanitation and hygiene", "168.4", "mil"),
         ("Protection", "132.15", "mil"),
         ("Education", "100.6", "m")],
        total_form="bn",
        errs=[dict(kind="swap", i=1, printed=D("263.25") * M)])
country(None, "Colombia",
        "Colombia hosts 2.5 million refugees and migrants from Venezuela, more than any other "
        "country, and granted temporary protection status to 1.6 million of them by October 2022.",
        [("Food assistance for refugees, migrants and host communities", "148.2", "mil"),
         ("Health", "72.35", "mil"),
         ("Shelter and humanitarian transport", "54.6", "m"),
         ("Protection and child protection", "38.85", "mil"),
         ("Socio-economic integration", "26", "mil")])
country(None, "Ecuador",
        "About 500,000 Venezuelans live in Ecuador; a regularisation process opened in September "
        "2022 aims to cover 300,000 of them.",
        [("Food security", "46.8", "mil"),
         ("Shelter", "31.25", "m"),
         ("Health", "18.4", "mil"),
         ("Protection", "12.55", "m")])
country(None, "Peru",
        "Peru is the second host country of the region with 1.5 million Venezuelans, of whom 60 per "
        "cent live in Lima.",
        [("Food security", "58.4", "mil"),
         ("Health", "34.6", "m"),
         ("Integration and access to work", "27.75", "mil"),
         ("Protection", "19.25", "m")])
country(None, "Brazil",
        "Brazil's relocation programme has moved more than 90,000 Venezuelans from Roraima to 900 "
        "municipalities since 2018.",
        [("Shelter and reception in Roraima", "62.5", "mil"),
         ("Voluntary relocation to other states", "41.8", "m"),
         ("Health", "23.7", "mil"),
         ("Education", "12", "mil")])
country(None, "Chile",
        "Arrivals through the northern border at Colchane continued in 2022 despite the state of "
        "emergency declared in the region of Tarapacá.",
        [("Integration and documentation", "28.4", "mil"),
         ("Shelter at the northern border", "16.85", "m"),
         ("Health", "9.75", "mil")])
country(None, "Argentina",
        "Argentina hosts about 170,000 Venezuelans, most of them with residence permits.",
        [("Integration and access to work", "14.6", "mil"),
         ("Documentation and legal aid", "0.85", "k"),
         ("Health", "4.55", "m")])
country(None, "Bolivia",
        "Bolivia is mainly a transit country; 40 per cent of those who cross at Pisiga continue to "
        "Chile.",
        [("Shelter and transit assistance", "7.2", "mil"),
         ("Protection", "0.95", "k"),
         ("Health", "2.85", "m")])
country(None, "Paraguay",
        "A small programme supports some 5,000 Venezuelans in Asunción.",
        [("Documentation and protection", "0.6", "k"),
         ("Integration", "1.4", "mil")])
country(None, "Uruguay",
        "Uruguay received 3,400 new asylum applications from Venezuelans and Cubans in 2022.",
        [("Integration and language support", "2.5", "mil"),
         ("Health", "1.5", "mil")],
        errs=[dict(kind="fmt", i=1, mod=("fig", "USD 1.5 milion"), code="malformed-amount",
                   why="the scale word is misspelled (\"milion\" for \"million\")")])
country("CENTRAL AMERICA AND MEXICO", "Panama",
        "A record 248,000 people crossed the Darién jungle into Panama in 2022, five times as many "
        "as in 2021.",
        [("Reception of migrants arriving through the Darién", "38.6", "mil"),
         ("Health care at the migrant reception stations", "11.4", "m"),
         ("Protection along the migration route", "6.5", "m")],
        errs=[dict(kind="drop", i=1)])
country(None, "Costa Rica",
        "Costa Rica has more than 200,000 pending asylum claims, most of them from Nicaraguans.",
        [("Asylum processing and protection", "12.3", "mil"),
         ("Health", "7.7", "m")])
country(None, "Mexico",
        "Mexico's refugee commission received 118,000 asylum applications in 2022, the third highest "
        "number in the world.",
        [("Shelter in the northern and southern border cities", "44.25", "mil"),
         ("Protection", "31.5", "mil"),
         ("Health", "18.6", "m"),
         ("Food assistance", "15.65", "mil")])
country(None, "Guatemala",
        "In Guatemala, 4.6 million people face acute food insecurity after two years of high prices "
        "and the tropical storms of 2020.",
        [("Food security", "86.4", "mil"),
         ("Nutrition", "24.35", "m"),
         ("Health", "15.25", "mil"),
         ("Protection", "8.5", "mil")],
        errs=[dict(kind="fmt", i=2, mod="nocur", code="missing-currency",
                   why="no \"USD\" where every other amount has a currency")])
country(None, "Honduras",
        "Honduras recorded 2.6 million people in need in 2022; violence and the effects of hurricanes "
        "Eta and Iota still drive displacement.",
        [("Food security", "71.2", "mil"),
         ("Protection", "18.8", "m"),
         ("Water, sanitation and hygiene", "12.4", "mil"),
         ("Shelter", "7.6", "m")])
country(None, "El Salvador",
        "The government and partners estimate that 1 million Salvadorans need assistance.",
        [("Food security", "38.75", "mil"),
         ("Protection", "9.25", "m"),
         ("Health", "6.5", "mil")])
country(None, "Nicaragua",
        "Recovery from the 2020 hurricanes is incomplete on the Caribbean coast, where about 40,000 "
        "houses were damaged.",
        [("Shelter recovery on the Caribbean coast", "14.4", "m"),
         ("Food assistance", "9.6", "mil")])
country("THE CARIBBEAN", "Haiti",
        "Armed groups control large parts of Port-au-Prince, cholera returned in October 2022, and "
        "4.7 million Haitians face acute food insecurity, among them 19,000 in catastrophic "
        "conditions.",
        [("Food security", "300.5", "mil"),
         ("Health and cholera response", "86.75", "m"),
         ("Protection", "54.25", "mil"),
         ("Water, sanitation and hygiene", "61.5", "mil"),
         ("Shelter", "43", "mil")])
country(None, "Dominican Republic",
        "About 115,000 Venezuelans live in the Dominican Republic; a normalisation plan in 2021 gave "
        "43,000 of them a temporary status.",
        [("Protection and documentation of migrants", "21.5", "mil"),
         ("Health services for migrants", "1.5", "mil")],
        errs=[dict(kind="fmt", i=1, mod=("fig", "USD 1,5 million"), code="malformed-amount",
                   why="a comma as the decimal mark in an English-format document (the house reading "
                       "of \"1,5\" with a group comma would be 15 million, with which the country "
                       "does not foot)")])
country(None, "Cuba",
        "Hurricane Ian struck the province of Pinar del Río on 27 September 2022 and damaged more "
        "than 100,000 houses.",
        [("Shelter repair in Pinar del Río", "18.6", "mil"),
         ("Food assistance", "11.4", "m")])
country(None, "Trinidad and Tobago",
        "Some 35,000 Venezuelans live in Trinidad and Tobago, many without regular status.",
        [("Integration and protection", "9.35", "mil"),
         ("Education", "0.65", "k")])
country(None, "Guyana",
        "Guyana hosts 24,000 Venezuelans, many of them indigenous Warao living along the border "
        "rivers.",
        [("Shelter", "6.8", "mil"),
         ("Health", "0.7", "k"),
         ("Education", "2.5", "m")],
        errs=[dict(kind="total", printed=D("10.5") * M,
                   why="a misprinted total (10 million printed as 10.5 million: a stray \".5\")")])


def main():
    d = Doc()
    d.add("INTER-AMERICAN HUMANITARIAN COORDINATION GROUP\n\n"
          "LATIN AMERICA AND THE CARIBBEAN\n"
          "SUMMARY OF HUMANITARIAN REQUIREMENTS 2023\n\n"
          "Panama City, 6 December 2022\n\n")
    d.add("1. OVERVIEW\n")
    for p in [
        "This summary brings together the requirements of the response plans for refugees and "
        "migrants from Venezuela and of the humanitarian plans of Central America, Mexico and the "
        "Caribbean for 2023. It covers 22 countries and 19.8 million people targeted for assistance.",
        "Requirements are rounded and written with scale words, as in the plans: USD 1.5 million, "
        "USD 2.25m (million), US$ 800k (thousand), USD 1 bn (billion). In 2022 the same plans "
        "received USD 1.2 billion, or 41 per cent of what they requested. Partners estimate the cost "
        "of a basic assistance package at USD 150 per person per month.",
        "Each country shows its requirements by sector, followed by its total funding requirements. "
        "Section 3 gives the total for the region."]:
        d.add(wrap(p) + "\n")
    d.add("\n2. REQUIREMENTS BY COUNTRY\n")
    rows, findings, infos = [], [], []
    for n, c in enumerate(C):
        if c["sub"]:
            d.add(f"\n{c['sub']}\n")
        d.add(f"{c['name']}\n")
        d.add(wrap(c["prose"]) + "\n")

        def it(title, v, mod, _c=c):
            form = _c["forms"][title]
            a = amount(v, form)
            if mod == "nocur":
                a = a.replace("USD ", "").replace("US$ ", "")
            if isinstance(mod, tuple):
                a = mod[1]
            body = f"{title} – {a}"
            return [f"• {body}"], 0, body

        def tot(name, v, mod, _c=c):
            s = f"Total funding requirements for {name} – {amount(v, _c['total_form'])}"
            return ["", s], 1, s

        info = emit_group(d, c, it, tot)
        d.blank(2)
        where = " (first country)" if n == 0 else (" (last country)" if n == len(C) - 1 else "")
        findings += findings_for(info, en, "USD", where)
        rows.append(row_for(info))
        infos.append(info)
    d.add("3. REGIONAL TOTAL\n")
    d.add(wrap("The regional requirement is the sum of the 22 country totals above, as published in "
               "the national plans.") + "\n")
    reg = sum(i["declared"] for i in infos)
    assert reg == 3 * D(10) ** 9, reg
    rs = f"Total funding requirements for Latin America and the Caribbean – {amount(reg, 'bn')}"
    rl = d.add(rs)
    d.blank()
    d.add("\n4. COORDINATION\n")
    d.add(wrap("Country teams will revise their plans in June 2023. Requirements for the response to "
               "the 2023 hurricane season, which starts on 1 June, are not included and will be "
               "published in a flash appeal if needed.") + "\n")
    text = d.text()
    open(f"{OUT}/scale-words.txt", "w", encoding="utf-8").write(text)
    for i, l in enumerate(text.split("\n"), 1):
        if l.lstrip().lower().startswith("total") and "USD" not in l:
            print("WARN", i, l)
    rows.append(dict(line=rl, name="Latin America and the Caribbean (regional total)", bullets=len(infos),
                     amounted=len(infos), listed=reg, declared=reg))
    write_tsv(f"{OUT}/scale-words.sections.tsv", rows)
    by = {i["name"]: i for i in infos}
    L = dict(ven=by["Venezuela"]["total_line"], ven_i=by["Venezuela"]["item_lines"][1],
             pan=by["Panama"]["total_line"], guy=by["Guyana"]["total_line"],
             ury=by["Uruguay"]["item_lines"][1], gtm=by["Guatemala"]["item_lines"][2],
             dom=by["Dominican Republic"]["item_lines"][1], reg=rl,
             first=infos[0]["total_line"])
    findings = [(l, r.replace("USD 11,400,000' removed", "USD 11.4m' removed")) for l, r in findings]
    write_expected(f"{OUT}/scale-words.expected", HEADER.format(**L), findings)
    for f in sorted(findings):
        print(f[0], f[1][:110])


HEADER = """scale-words.txt — "Latin America and the Caribbean: Summary of Humanitarian Requirements 2023" (invented
publisher: Inter-American Humanitarian Coordination Group, Panama City). USD, English number format,
every amount written WITH A SCALE WORD: "USD 412.6 million", "USD 236.25m", "US$ 850k", "USD 1.05 bn".
Written with the text, never from crossfoot's output; lines and sums computed with scripts/layout-fixtures/set2/gen_scale.py and re-read
by scripts/layout-fixtures/set2/verify.py. 23 declared totals: 22 countries and the regional total (see
scale-words.sections.tsv).

Reading, decided here: scale words are exact multipliers of an exact decimal: "million" and "m" x
1,000,000, "k" x 1,000, "bn" x 1,000,000,000 ("USD 2.25m" = 2,250,000, "US$ 850k" = 850,000, "USD 1.05 bn"
= 1,050,000,000). Read so, every group without an injected error foots exactly (no tolerance needed),
and "1.5 million" is no malformed amount (the "." is the decimal mark). The figures in the key= values
and in the sums below are those exact readings.

Layout: sub-region heading in capitals, country name, prose, the sectors "• Sector – USD n million"
(forms mixed within a country), a blank line, "Total funding requirements for Peru – USD 140 million"
(Venezuela: "– USD 1.05 bn"). Then section 3: "Total funding requirements for Latin America and the
Caribbean – USD 3 bn" ({reg}), whose parts are the 22 country totals AS PRINTED (no bullets directly above
it: not an empty-section); with Guyana's printed 10.5 million they sum to exactly 3,000,000,000.

Injected errors (6): sum errors at {ven} (FIRST country: an item with two digits swapped, "USD 263.25m" at
{ven_i} where the total counts 236.25m), {pan} (Panama: a sector removed), {guy} (Guyana, the last country:
total misprinted, 10.5 million for 10 million); format errors at {ury} ("USD 1.5 milion", misspelled scale word), {gtm}
(no currency: "– 15.25 million"), {dom} ("USD 1,5 million", comma decimal). The regional total foots
with the printed country totals. Every other country foots exactly; those with a format error foot with
the reading given.

Looked at and NOT findings:
- the scale forms themselves ("m", "k", "bn", "million") and "US$" beside "USD": house variants here.
- prose figures: "USD 1.5 million, USD 2.25m (million), US$ 800k (thousand), USD 1 bn (billion)" (the
  style examples of the Overview), "USD 1.2 billion" received in 2022, "41 per cent", "USD 150 per person
  per month", "19.8 million people", "7 million people", "2.5 million", "1.6 million", "500,000",
  "300,000", "1.5 million Venezuelans", "90,000", "900 municipalities", "170,000", "5,000", "3,400",
  "248,000", "200,000", "118,000", "4.6 million", "2.6 million", "1 million", "40,000 houses",
  "4.7 million", "19,000", "115,000", "43,000", "100,000 houses", "35,000", "24,000", percentages, dates.
Ambiguity, decided here: "USD 1,5 million" could be read with the comma as a group separator (15 million)
or as a decimal comma (1.5 million); only 1.5 million makes the country foot, and that is the value given.
"USD 1.5 milion" is read as 1.5 million (a typo of the scale word, not an unreadable amount)."""

if __name__ == "__main__":
    main()
