#!/usr/bin/env python3
"""Generate fixtures/layouts/blind7/chf-project-tables.txt (written blind: no crossfoot source, no
crossfoot run).

An IFRC-style regional plan written as plain text, as a PDF extraction gives it: "Federation of Red
Shield and Crescent Societies, Southern Africa Regional Emergency Plan 2017", in Swiss francs with
apostrophe grouping (1'245'000). Seven countries; per country one or two narrative paragraphs, then a
project table with the header "Code  Operation / project  Partner  Budget CHF": per sector a heading
in capitals, project rows (code, title wrapped in the title column with the figure on the first line,
partner, bare right-aligned figure), and "Subtotal <Sector>"; after the third sector "Total
<Country>" (the sum of the printed subtotals). At the end a closing paragraph and a one-line block
"Grand total" under its own "Budget CHF" header (the sum of the seven printed country totals).

Injected errors (the .expected beside the document is written by hand from the text):
  sum    - Zimbabwe (first country), Health: a row printed with two adjacent digits swapped; the
           subtotal states the sum of the intended figure.
         - Zambia (fourth, middle country), Water and Sanitation: a project row dropped; the subtotal
           still counts it.
         - Grand total: one digit wrong.
  format - Malawi: a row figure grouped with commas ("1,318,000").
         - Madagascar: a row figure with no separator ("845000").
         - Lesotho: a row figure with a space after the first apostrophe ("1' 275'000").
Country totals always equal their printed subtotals.

Usage: python3 scripts/layout-fixtures/set7/gen_chf_tables.py   (from anywhere; deterministic)"""
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "fixtures" / "layouts" / "blind7" / "chf-project-tables.txt"

W_CODE, W_TITLE, W_PARTNER, W_FIG = 15, 41, 9, 13
TITLE_WRAP = 39
WIDTH = W_CODE + W_TITLE + W_PARTNER + W_FIG  # 78
SUBTOTAL = "Subtotal"


def chf(n: int) -> str:
    """Swiss grouping with a straight apostrophe: 1'245'000."""
    assert n > 0
    return f"{n:,}".replace(",", "'")


def swap_digits(s: str, i: int) -> str:
    pos = [k for k, c in enumerate(s) if c.isdigit()]
    a, b = pos[i], pos[i + 1]
    assert s[a] != s[b]
    t = list(s)
    t[a], t[b] = t[b], t[a]
    return "".join(t)


# A row: (code, title, partner, amount) with optional 5th element, a dict of injections:
#   {"swap": i}        print the figure with digits i and i+1 swapped (subtotal keeps the amount)
#   {"drop": True}     row not printed (subtotal keeps the amount)
#   {"print": "..."}   print this string instead of the house form (a format error; read as amount)
COUNTRIES = [
    {
        "name": "Zimbabwe",
        "heading": "ZIMBABWE",
        "prose": [
            "The failure of the 2015/16 rains left an estimated 4.1 million people in rural "
            "Zimbabwe in need of food assistance during the lean season, and the national "
            "vulnerability assessment of May 2016 found that 42 per cent of households in "
            "Masvingo and Matabeleland South had exhausted their own stocks by October. The "
            "Zimbabwe Red Shield Society (ZWRS) reached 61'400 people with cash and seed, "
            "using CHF 2.5 million received in 2016 from partner societies.",
            "For 2017 the operation keeps its focus on 11 districts. Cholera remains the main "
            "health risk in Harare and Chitungwiza, where 23 cases were confirmed in the first "
            "weeks of January 2017.",
        ],
        "sectors": [
            ("HEALTH", "Health", [
                ("MDRZW017-01", "Cholera preparedness and oral rehydration points in Harare and "
                 "Chitungwiza", "ZWRS", 836500, {"swap": 1}),
                ("MDRZW017-02", "Community health and first aid volunteers, Masvingo", "ZWRS",
                 412000),
                ("MDRZW017-03", "Malaria prevention in Mudzi and Rushinga", "FED", 297500),
            ]),
            ("WATER AND SANITATION", "Water and Sanitation", [
                ("MDRZW017-04", "Borehole rehabilitation and hand-pump repair in drought-affected "
                 "wards of Matabeleland South", "ZWRS", 1128000),
                ("MDRZW017-05", "Hygiene promotion in rural schools", "NORS", 354500),
            ]),
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("MDRZW017-06", "Cash transfers for food-insecure households in Chiredzi and "
                 "Mwenezi", "ZWRS", 2315000),
                ("MDRZW017-07", "Drought-tolerant seed and small-grain inputs", "DERS", 648000),
                ("MDRZW017-08", "Livestock feed and water points for cattle", "FED", 186500),
            ]),
        ],
    },
    {
        "name": "Malawi",
        "heading": "MALAWI",
        "prose": [
            "Malawi faces its second consecutive year of drought in the south and floods along "
            "the Shire river. About 6.7 million people, 39 per cent of the population, were "
            "assessed as food insecure for the 2016/17 lean season. The Malawi Red Shield Society "
            "(MWRS) has 4'800 trained volunteers, spread over the 14 districts of this plan.",
        ],
        "sectors": [
            ("HEALTH", "Health", [
                ("MW/17/HLTH/01", "Nutrition screening and referral of children under five in "
                 "Nsanje and Chikwawa", "MWRS", 524000),
                ("MW/17/HLTH/02", "Mobile clinics for flood-displaced families in Phalombe",
                 "CHRS", 389500),
            ]),
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("MW/17/FSL/01", "Unconditional cash grants for lean-season households", "MWRS",
                 1318000, {"print": "1,318,000"}),
                ("MW/17/FSL/02", "Irrigation kits and winter cropping", "FED", 442000),
                ("MW/17/FSL/03", "Community seed banks in Balaka", "NORS", 215500),
            ]),
            ("SHELTER", "Shelter", [
                ("MW/17/SHL/01", "Shelter kits and household items for flood-affected families",
                 "MWRS", 763000),
                ("MW/17/SHL/02", "Safer construction training for local builders", "DERS",
                 158000),
            ]),
        ],
    },
    {
        "name": "Mozambique",
        "heading": "MOZAMBIQUE",
        "prose": [
            "In Mozambique the drought in Gaza, Inhambane and Tete overlaps with the cyclone "
            "season on the coast. Some 1.5 million people needed assistance at the peak of the "
            "crisis, and a further 190'000 live in the districts of Sofala most exposed to "
            "cyclones. The Mozambique Red Shield Society (MZRS) received an allocation of "
            "CHF 410'000 from the regional emergency fund for water trucking in December 2016.",
            "Cholera was declared in Tete and Nampula in 2016; the 2017 plan keeps the two "
            "treatment units open until the end of the rainy season in April.",
        ],
        "sectors": [
            ("WATER AND SANITATION", "Water and Sanitation", [
                ("MDRMZ014-01", "Water trucking and household water treatment in Gaza and "
                 "Inhambane", "MZRS", 982000),
                ("MDRMZ014-02", "Latrine construction at resettlement sites", "MZRS", 436500),
                ("MDRMZ014-03", "Hygiene and dignity kits for women and girls", "FED", 174000),
            ]),
            ("HEALTH", "Health", [
                ("MDRMZ014-04", "Cholera treatment units in Tete and Nampula", "MZRS", 611000),
                ("MDRMZ014-05", "Psychosocial support for displaced families", "CHRS", 203500),
            ]),
            ("DISASTER RISK REDUCTION", "Disaster Risk Reduction", [
                ("MDRMZ014-06", "Cyclone early warning and community evacuation plans in coastal "
                 "districts of Sofala", "MZRS", 547000),
                ("MDRMZ014-07", "Pre-positioning of relief stocks in the Beira warehouse", "FED",
                 892500),
            ]),
        ],
    },
    {
        "name": "Zambia",
        "heading": "ZAMBIA",
        "prose": [
            "Zambia has two emergencies in one plan: cholera in the peri-urban compounds of "
            "Lusaka, where 1'150 suspected cases were recorded between October 2016 and "
            "January 2017, and the arrival of some 9'300 refugees in Luapula province "
            "since August 2016. The Zambia Red Shield Society (ZMRS) runs both operations "
            "with a team of 620 volunteers.",
        ],
        "sectors": [
            ("HEALTH", "Health", [
                ("ZM/17/HLTH/01", "Cholera response in Lusaka peri-urban compounds", "ZMRS",
                 1072000),
                ("ZM/17/HLTH/02", "Blood donor recruitment and first aid posts", "NORS", 268500),
            ]),
            ("WATER AND SANITATION", "Water and Sanitation", [
                ("ZM/17/WASH/01", "Chlorination of shallow wells", "ZMRS", 356000),
                ("ZM/17/WASH/02", "Solid waste clean-up campaigns in Kanyama and George "
                 "compounds", "ZMRS", 194500),
                ("ZM/17/WASH/03", "Rehabilitation of water kiosks in Chawama", "DERS", 428000,
                 {"drop": True}),
                ("ZM/17/WASH/04", "Handwashing stations at markets and bus stations", "FED",
                 137500),
            ]),
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("ZM/17/FSL/01", "Food and cash support for newly arrived refugees in Luapula",
                 "ZMRS", 1486000),
                ("ZM/17/FSL/02", "Conservation farming inputs in Southern Province", "CHRS",
                 312000),
            ]),
        ],
    },
    {
        "name": "Madagascar",
        "heading": "MADAGASCAR",
        "prose": [
            "In the far south of Madagascar three years of very poor rains have left 850'000 people "
            "in Androy, Anosy and Atsimo Andrefana short of food; in some communes the "
            "harvest was 80 per cent below the five-year average. The Madagascar Red Shield "
            "Society (MGRS) has worked in the south since 2014.",
            "The January 2017 floods in Analamanga damaged or destroyed some 3'600 houses, and "
            "the plan adds shelter repair for the worst-affected fokontany.",
        ],
        "sectors": [
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("MDRMG012-01", "Cash for work on irrigation canals in Androy and Anosy", "MGRS",
                 845000, {"print": "845000"}),
                ("MDRMG012-02", "Drought-resistant cassava and sweet potato cuttings", "FED",
                 276500),
                ("MDRMG012-03", "Community grain storage", "NORS", 118000),
            ]),
            ("SHELTER", "Shelter", [
                ("MDRMG012-04", "Emergency shelter after the January floods in Analamanga",
                 "MGRS", 934000),
                ("MDRMG012-05", "Roof repair kits and carpentry training", "DERS", 247500),
            ]),
            ("HEALTH", "Health", [
                ("MDRMG012-06", "Plague prevention and rodent control in the poorer districts "
                 "of Antananarivo", "MGRS", 386000),
                ("MDRMG012-07", "Community nutrition sites", "FED", 299000),
            ]),
        ],
    },
    {
        "name": "Lesotho",
        "heading": "LESOTHO",
        "prose": [
            "In Lesotho 709'000 people, about a third of the rural population, were assessed as "
            "food insecure after the 2015/16 harvest failed. Drought also weakens households "
            "already affected by HIV, with an adult prevalence close to 25 per cent. The Lesotho "
            "Red Shield Society (LSRS) will keep its home-based care programme running in 6 "
            "districts through 2017.",
        ],
        "sectors": [
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("LS/17/FSL/01", "Cash transfers for households in Mafeteng and Mohale's Hoek",
                 "LSRS", 1094000),
                ("LS/17/FSL/02", "Keyhole gardens and seed fairs", "CHRS", 203000),
            ]),
            ("WATER AND SANITATION", "Water and Sanitation", [
                ("LS/17/WASH/01", "Spring protection in mountain villages", "LSRS", 318500),
                ("LS/17/WASH/02", "Water tanks for schools and clinics", "FED", 146000),
            ]),
            ("HEALTH", "Health", [
                ("LS/17/HLTH/01", "HIV and TB home-based care in drought-affected districts",
                 "LSRS", 1275000, {"print": "1' 275'000"}),
                ("LS/17/HLTH/02", "First aid and ambulance support", "NORS", 94500),
            ]),
        ],
    },
    {
        "name": "Namibia",
        "heading": "NAMIBIA",
        "prose": [
            "In June 2016 Namibia declared a national drought emergency. It estimates that 595'000 people "
            "are food insecure, most of them in Kunene, Omusati and the Zambezi region, where "
            "the same communities were flooded in 2009 and 2011. The Namibia Red Shield Society "
            "(NARS) asks for a smaller budget than in 2016, when it received CHF 1.2 million.",
        ],
        "sectors": [
            ("FOOD SECURITY AND LIVELIHOODS", "Food Security and Livelihoods", [
                ("MDRNA009-01", "Food vouchers for drought-affected households in Kunene and "
                 "Omusati", "NARS", 1362000),
                ("MDRNA009-02", "Fodder for small livestock", "FED", 187000),
            ]),
            ("WATER AND SANITATION", "Water and Sanitation", [
                ("MDRNA009-03", "Borehole drilling and water point committees", "NARS", 714500),
                ("MDRNA009-04", "Water storage and treatment for San communities in Tsumkwe",
                 "DERS", 233000),
                ("MDRNA009-05", "Hygiene promotion in the informal settlements of Windhoek",
                 "NARS", 156500),
            ]),
            ("DISASTER RISK REDUCTION", "Disaster Risk Reduction", [
                ("MDRNA009-06", "Flood early warning along the Zambezi and Kwando rivers", "NARS",
                 342000),
                ("MDRNA009-07", "Volunteer training and emergency response teams", "CHRS",
                 128500),
            ]),
        ],
    },
]

GRAND_DIGIT = (2, 1)  # in the grand total's printed digits: position 2 is raised by 1


def para(text: str) -> list:
    lines = textwrap.wrap(text, WIDTH)
    for ln in lines:  # no prose line may end with a bare figure (it would look like a row)
        assert not ln.rstrip()[-1:].isdigit(), ln
    return lines


def row(code: str, title: str, partner: str, fig: str) -> str:
    return (code.ljust(W_CODE) + title.ljust(W_TITLE) + partner.ljust(W_PARTNER)
            + fig.rjust(W_FIG))


def label_row(label: str, fig: str) -> str:
    return label.ljust(WIDTH - W_FIG) + fig.rjust(W_FIG)


def main():
    out = []
    add = out.append
    add("FEDERATION OF RED SHIELD AND CRESCENT SOCIETIES")
    add("Southern Africa Regional Office, Pretoria")
    add("")
    add("SOUTHERN AFRICA REGIONAL EMERGENCY PLAN 2017")
    add("Budgets by country, sector and project, in Swiss francs (CHF)")
    add("Issued 20 February 2017, covering January to December 2017")
    add("")
    add("1. INTRODUCTION")
    add("")
    out += para(
        "The 2015/16 El Nino drought was the worst in southern Africa for 35 years. Across the "
        "seven countries of this plan some 12.4 million people are food insecure, and floods, "
        "cholera and the arrival of refugees add to the needs in several of them. The member "
        "societies of the Federation reached 318'000 people in 2016. This plan brings their "
        "2017 operations into one budget, presented country by country in the tables below.")
    add("")
    out += para(
        "Each table lists the operations and projects by sector. The code is the operation or "
        "project reference, the partner is the society or office that implements it (FED is the "
        "Federation's regional office; CHRS, DERS and NORS are partner societies), and the "
        "budget is in Swiss francs for the calendar year.")
    add("")
    printed_totals = []
    report = []
    for n, c in enumerate(COUNTRIES, start=1):
        add(f"{n + 1}. {c['heading']}")
        add("")
        for p in c["prose"]:
            out += para(p)
            add("")
        add(f"Table {n}: {c['name']}, budget by sector and project")
        add("")
        add("Code".ljust(W_CODE) + "Operation / project".ljust(W_TITLE)
            + "Partner".ljust(W_PARTNER) + "Budget CHF".rjust(W_FIG))
        add("-" * WIDTH)
        subtotals = []
        for si, (heading, label, rows) in enumerate(c["sectors"]):
            if si:
                add("")
            add(heading)
            declared = 0
            for r in rows:
                code, title, partner, amount = r[:4]
                inj = r[4] if len(r) > 4 else {}
                declared += amount
                if inj.get("drop"):
                    report.append(f"dropped {code} {chf(amount)} ({c['name']} / {label})")
                    continue
                fig = chf(amount)
                if "swap" in inj:
                    fig = swap_digits(fig, inj["swap"])
                if "print" in inj:
                    fig = inj["print"]
                parts = textwrap.wrap(title, TITLE_WRAP, break_on_hyphens=False)
                add(row(code, parts[0], partner, fig))
                if fig != chf(amount):
                    report.append(f"line {len(out)}: {code} printed {fig!r} (amount {chf(amount)})")
                for cont in parts[1:]:
                    add(" " * W_CODE + cont)
            add(label_row(f"{SUBTOTAL} {label}", chf(declared)))
            report.append(f"line {len(out)}: {SUBTOTAL} {c['name']} / {label} {chf(declared)}")
            subtotals.append(declared)
        add("-" * WIDTH)
        total = sum(subtotals)
        add(label_row(f"Total {c['name']}", chf(total)))
        report.append(f"line {len(out)}: Total {c['name']} {chf(total)}")
        add("=" * WIDTH)
        printed_totals.append(total)
        add("")
        add(f"Southern Africa Regional Emergency Plan 2017 - page {n + 1} of 9")
        add("")
    add("9. CLOSING NOTE")
    add("")
    out += para(
        "The budgets were consolidated by the regional office on 17 February 2017 and will be "
        "revised after the mid-year review in July. Partner societies that wish to earmark a "
        "contribution to one country or sector are asked to contact the regional office; "
        "unearmarked funds are allocated to the operations with the largest gaps.")
    add("")
    add("Table 8: Regional total")
    add("")
    add("".ljust(WIDTH - W_FIG) + "Budget CHF".rjust(W_FIG))
    add("-" * WIDTH)
    grand = sum(printed_totals)
    g = chf(grand)
    pos = [k for k, ch in enumerate(g) if ch.isdigit()]
    k = pos[GRAND_DIGIT[0]]
    g = g[:k] + str((int(g[k]) + GRAND_DIGIT[1]) % 10) + g[k + 1:]
    add(label_row("Grand total", g))
    report.append(f"line {len(out)}: Grand total printed {g} (sum of country totals {chf(grand)})")
    add("=" * WIDTH)
    add("")
    add("Federation of Red Shield and Crescent Societies - Southern Africa Regional Office")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    for r in report:
        print(r)
    print(f"wrote {OUT} ({len(out)} lines)")


if __name__ == "__main__":
    main()
