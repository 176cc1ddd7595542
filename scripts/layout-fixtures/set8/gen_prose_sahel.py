#!/usr/bin/env python3
"""Generate fixtures/layouts/blind8/prose-sahel.txt (blind layout fixture, set 8).

"Central Sahel Recovery Plan 2021" of an invented NGO consortium (Niger Bend Relief
Consortium), amounts in euros written "EUR 1.234.567" (European grouping).  Each of the
22 regional sections has a heading line, 1-3 hard-wrapped paragraphs whose sentences
state the projects, and a closing "Total requirements: EUR n".

Markup in the paragraph strings below:
  [[1.140.000]]            a project amount, printed "EUR 1.140.000"
  [[318.000|381.000]]      a project amount printed "EUR 318.000"; the second figure is the
                           one the section's total is made of (injected errors)
Amounts written literally ("EUR 40 per household") are not projects.

Run from the repository root:  python3 scripts/layout-fixtures/set8/gen_prose_sahel.py
"""
import os
import re
import textwrap

OUT = os.path.join("fixtures", "layouts", "blind8", "prose-sahel.txt")
WIDTH = 85
NBSP = "\u00a0"

HEADER = [
    "CENTRAL SAHEL RECOVERY PLAN 2021",
    "Mali - Burkina Faso - Niger",
    "",
    "Niger Bend Relief Consortium (NBRC)",
    "Published in Niamey, February 2021. All amounts are in euros (EUR).",
    "",
    "",
    "INTRODUCTION",
    "",
]

INTRO = [
    "Three years of violence in the border area of Mali, Burkina Faso and Niger have driven "
    "more than 2.000.000 people from their homes. The lean season of 2021 is expected to be the "
    "hardest in a decade: prices of millet and sorghum in the markets of the Central Sahel are 35 "
    "per cent above the five-year average, and the closure of schools and health centres has left "
    "whole districts without services.",
    "The Niger Bend Relief Consortium brings together seven national and international NGOs that "
    "work in 22 regions of the three countries. In 2020 the members received EUR 11.400.000 of "
    "the EUR 17.900.000 they had appealed for, or 64 per cent.",
    "How to read this plan: each regional section describes the situation and states, in its "
    "text, the projects for which the consortium seeks funds in 2021; it closes with the region's "
    "total requirements. Amounts spent or received in 2020, unit costs and the breakdowns given "
    "in the text are for information only and are not added again.",
]

# (country banner or None, heading, paragraphs, hidden amount in total, printed total override)
SECTIONS = [
    ("MALI", "Mopti Region (Mali)", [
        "Violence between armed groups and self-defence militias in the circles of Bandiagara, "
        "Bankass and Koro has displaced more than 160.000 people since 2019, and a third of the "
        "villages on the Seno plain could not be farmed last season. In 2020 the consortium spent "
        "EUR 610.000 in the region, mostly on food distributions and the repair of water points "
        "in Sevare.",
        "Emergency food assistance for 9.500 displaced households is budgeted at [[1.140.000]], a "
        "ration worth EUR 40 per household per month for the three months of the lean season. We "
        "are asking for [[318.000|381.000]] to restore the livelihoods of 2.600 farming and herding "
        "families with seed, small ruminants and tools. The cost of rehabilitating 14 boreholes "
        "and their hand pumps in Bankass and Koro is estimated at [[226.500]]. Of this amount, "
        "EUR 38.000 covers water quality testing and the training of pump committees.",
        "An amount of [[97.000]] is sought for psychosocial support and safe spaces for women and "
        "girls in the Sevare and Mopti displacement sites, where 41 per cent of the displaced are "
        "children under 15.",
    ], 0, None),
    (None, "Segou Region (Mali)", [
        "The insecurity spreading south from Mopti now reaches the rice-growing areas of Macina "
        "and Niono, where rice production fell by 23 per cent in 2020 and about 48.000 people "
        "depend on assistance. Donors disbursed EUR 190.000 for the 2020 lean season, which "
        "reached 1.400 households.",
        "[[512.000]] will fund cash transfers to 3.200 households in Macina and Niono, at EUR 2 a "
        "day per household for 80 days. Seed and fertiliser for the coming rainy season are "
        "budgeted at [[274.500]]. The consortium requests [[88.000]] for two mobile clinics that "
        "will visit the villages along the canal network every week.",
    ], 0, None),
    (None, "Tombouctou Region (Mali)", [
        "In the circles of Goundam and Niafunke the schools have been closed for two years, and "
        "4.800 pupils have had no lessons since 2019. Families who return from the camps in "
        "Mauritania need a return package, which costs between EUR 180 and EUR 260 depending on "
        "the size of the household.",
        "Rehabilitation of 22 classrooms, with school kits for the 4.800 pupils, is budgeted at "
        "[[356.000]]. We are asking for [[143.500]] to run 18 temporary learning spaces until the "
        "schools reopen.",
        "The cost of the livestock vaccination campaign is estimated at [[201.000]], covering some "
        "67.000 animals at EUR 3 per animal. An amount of [[64.000]] is sought for community radio "
        "programmes in Songhai and Tamasheq on return, schooling and the risk of mines.",
    ], 0, None),
    (None, "Gao Region (Mali)", [
        "Ansongo and Bourem receive families displaced from the Menaka border and from the far "
        "bank of the river. In 2020, EUR 275.000 was received from a private foundation for the "
        "water network of Ansongo, which now serves 11.000 people.",
        "The consortium seeks [[628.000]] for water trucking in the hot season and the repair of "
        "the pumping stations of Ansongo and Bourem. Of the EUR 628.000 for water, EUR 210.000 is "
        "for trucking between March and June and the rest for the repairs. Shelter kits for 2.100 "
        "families will cost [[315.000]], at EUR 150 per kit.",
    ], 0, None),
    (None, "Menaka Region (Mali)", [
        "Menaka town has doubled in size since 2018 and the 32.000 people sheltering in and around "
        "it depend almost entirely on aid. The consortium's members funded the first response in "
        "2020 with EUR 340.000 of their own resources.",
        "Food and nutrition support for these 32.000 people over six months will require "
        "[[1,250,000|1.250.000]]. [[186.000]] will fund nutrition screening of all children under "
        "five and the treatment of those found malnourished. We are asking for [[72.500]] to set "
        "up a complaints and feedback line in Tamasheq, Arabic and French.",
    ], 0, None),
    (None, "Kidal Region (Mali)", [
        "Kidal remains the hardest region to reach: road convoys from Gao take up to four days, "
        "and fuel prices in the town have varied between EUR 1 and EUR 2 a litre over the past "
        "year.",
        "The cost of keeping the Kidal and Tessalit health centres open for twelve months, with "
        "staff, drugs and generators, is estimated at [[418.000]]. An amount of [[96.000]] is "
        "sought for the transport of medicines by air, at about EUR 8.000 a month.",
    ], 0, None),
    (None, "Koulikoro Region (Mali)", [
        "About 27.000 displaced people have settled with host families in the circles of Nara and "
        "Banamba, where 18% of the displaced children have no birth certificate.",
        "Support to host families, with cash for food and household items, is budgeted at "
        "[[233.000]]. We are asking for [[167.500]] to train 60 community health workers and equip "
        "them with bicycles and kits. Of this amount, EUR 40.000 pays the workers' allowances for "
        "the first six months. A further [[58.000]] is needed for birth registration and civil "
        "documentation for 4.300 children.",
    ], 0, None),
    ("BURKINA FASO", "Sahel Region (Burkina Faso)", [
        "The Sahel region is the centre of the crisis in Burkina Faso. Djibo has been cut off by "
        "road for most of the year and hosts more than 190.000 displaced people; Dori and "
        "Gorom-Gorom together host another 120.000. Only EUR 520.000 of the 2020 requirements for "
        "the region was received.",
        "Emergency food assistance in Djibo, Dori and Gorom-Gorom is budgeted at [[1.480.000]]. "
        "The consortium requests [[395.000]] for new water points in the displacement sites "
        "around Dori, where each person has less than 8 litres a day.",
        "[[212.000]] will fund protection monitoring and case management for survivors of "
        "violence. The cost of airlifting food and medicines to Djibo while the road stays closed "
        "is estimated at [[164.500]].",
    ], 0, None),
    (None, "Nord Region (Burkina Faso)", [
        "Ouahigouya and Titao receive families from the Loroum province and from the Mopti "
        "border. Rents in Ouahigouya have doubled, and many displaced families now pay EUR 25 per "
        "family per month for a single room.",
        "We are asking for [[306.000]] to provide food and cash to 2.400 displaced households "
        "over four months. Cash for rent, at EUR 25 per family per month for 600 families, is "
        "budgeted at [[180.000]]. The EUR 180.000 for rent support would keep these families "
        "housed for a full year. An amount of [[77.500]] is sought for legal aid on housing, land "
        "and property.",
    ], 0, None),
    (None, "Centre-Nord Region (Burkina Faso)", [
        "Kaya and Barsalogho receive new arrivals every week. In 2020 the consortium built 1.150 "
        "shelters in the region, at a cost of EUR 690.000. Depending on the site, a transitional "
        "shelter costs from EUR 480 to EUR 650.",
        "Shelter for new arrivals in Kaya and Barsalogho is budgeted at [[742.000]]. [[268.000]] "
        "will fund latrines, showers and hygiene kits in the 14 sites of the Sanmatenga province.",
        "The cost of the school feeding programme for 9.000 displaced pupils is estimated at "
        "[[133.000]]. We seek [[49.500]] for the coordination of the sites with the local "
        "authorities.",
    ], 0, None),
    # injected: the sentence "An amount of EUR 96.500 is sought for solar lighting and
    # fuel-efficient stoves for 1.900 families, to reduce the trips into the forests." was
    # removed from the second paragraph; the total still counts it.
    (None, "Est Region (Burkina Faso)", [
        "In the Est region the armed groups have closed 340 schools around Fada N'Gourma and "
        "Diapaga, and the forest reserves that families once used for grazing and firewood are no "
        "longer safe. In 2020 the consortium spent EUR 45.000 on school kits for the few schools "
        "that stayed open.",
        "The cost of reopening 40 schools, with repairs, furniture and teacher incentives, is "
        "estimated at [[284.000]]. [[119.000]] will fund accelerated learning classes for 2.700 "
        "children who have missed more than a year.",
        "We are asking for [[58.000]] to support the parents' associations that run the reopened "
        "schools.",
    ], 96500, None),
    (None, "Boucle du Mouhoun Region (Burkina Faso)", [
        "In the provinces of Kossi and Sourou, attacks on villages have displaced about 64.000 "
        "people towards Dedougou and Nouna, and 30 per cent of the fields were left unsown. "
        "EUR 88.000 was spent in 2020 on food distributions in Nouna.",
        "Food assistance for 5.200 households in Dedougou and Nouna is budgeted at [[455.000]]. "
        "The consortium requests [[137.000]] for the protection of livestock, the main asset of "
        "the displaced herders. Of this amount, EUR 52.000 is for the purchase of veterinary kits "
        "and the rest for fodder.",
    ], 0, None),
    (None, "Centre-Est Region (Burkina Faso)", [
        "The Centre-Est region, on the borders with Togo and Ghana, has seen its first attacks in "
        "the past year and now receives families from the Est region.",
        "[[204.000]] will fund the reception of displaced families in Tenkodogo and Bittou, with "
        "household kits and a first month of food. Mental health and psychosocial care is "
        "budgeted at [[91.500]]. We are asking for [[146.000]] to extend the water network of "
        "Bittou to the new neighbourhoods.",
        "The repair of the Tenkodogo-Bittou road, estimated at between EUR 900.000 and "
        "EUR 1.200.000, is left to the government and is not part of this plan.",
    ], 0, None),
    (None, "Centre-Ouest Region (Burkina Faso)", [
        "Koudougou and Reo have received displaced families from the north since 2019, and the "
        "schools of the Boulkiemde province now teach 6.500 displaced pupils in double shifts.",
        "Support to the 21 host schools, with extra classrooms and teaching materials, is "
        "budgeted at [[312 .500|312.500]]. School kits cost about EUR 12 per pupil. An amount of "
        "[[128.000]] is sought for cash for work on the town's drainage, which will employ 450 "
        "displaced and host workers. The cost of a referral system for the most vulnerable "
        "families is estimated at [[64.000]].",
    ], 0, None),
    ("NIGER", "Tillaberi Region (Niger)", [
        "The Tillaberi region, on the borders with Mali and Burkina Faso, has suffered the "
        "deadliest attacks in Niger; more than 100.000 people have fled their villages in the "
        "departments of Ouallam, Abala and Banibangou. In 2020 donors disbursed EUR 2.050.000 "
        "through the consortium for the region.",
        "Emergency food assistance for 14.000 households is budgeted at [[1.680.000]], or EUR 30 "
        "per household per month over four months. We are asking for [[436.000]] to treat acute "
        "malnutrition in children under five in Ouallam and Tillaberi town.",
        "[[255.500]] will fund water, sanitation and hygiene in the Ouallam displacement sites. A "
        "further [[118.000]] is needed for protection and the follow-up of unaccompanied "
        "children. The consortium requests [[73.000]] for its logistics base in Tillaberi town.",
    ], 0, None),
    (None, "Tahoua Region (Niger)", [
        "The departments of Tillia and Tassara receive displaced families from the Menaka region "
        "of Mali, and 38% of them are women and girls.",
        "The cost of food and cash assistance for 2.900 households is estimated at [[347.000]]. "
        "[[162.000]] will fund two health posts in Tillia, of which EUR 60.000 for the first year "
        "of staff salaries. We are asking for [[81.500]] to rehabilitate the pastoral wells on "
        "the transhumance routes.",
    ], 0, None),
    (None, "Diffa Region (Niger)", [
        "In Diffa the displacement caused by the Lake Chad crisis is in its seventh year; about "
        "260.000 displaced people and refugees live along the Komadougou river. The 2020 "
        "programme, funded with EUR 1.010.000, reached 41.000 people.",
        "Water and sanitation in the sites of Kindjandi and Sayam Forage is budgeted at "
        "[[524.000]]. An amount of [[233.500]] is sought for cash transfers to 1.300 "
        "women-headed households, at EUR 5 per person per month. The consortium requests "
        "[[169.000]] for irrigated gardens along the river.",
    ], 0, None),
    (None, "Maradi Region (Niger)", [
        "Maradi receives refugees from the Katsina and Sokoto states of Nigeria, more than 77.000 "
        "since 2019, and a child's treatment for severe acute malnutrition costs between EUR 110 "
        "and EUR 150 in the region.",
        "We are asking for [[398.000]] to treat 3.100 malnourished children in Guidan Roumdji and "
        "Madarounfa. [[145.000]] will fund the relocation of refugees from the border villages to "
        "the opportunity villages further inland.",
    ], 0, None),
    (None, "Zinder Region (Niger)", [
        "In Zinder the arrivals from Nigeria and the poor harvest of 2020 have left 180.000 "
        "people in need; 44 per cent of them are children.",
        "The cost of food assistance for 3.400 households during the lean season is estimated at "
        "[[4O5.000|405.000]]. We seek [[122.500]] for the screening and treatment of malnourished "
        "children in Magaria. A further [[57.000]] is needed for seed fairs before the rains.",
    ], 0, None),
    (None, "Agadez Region (Niger)", [
        "Agadez is a crossroads for migrants expelled from Algeria and Libya; 9.600 of them passed "
        "through the transit centre of Assamaka in 2020. EUR 96.000 received in 2020 paid for "
        "water and food at the centre.",
        "Protection and shelter for migrants and asylum seekers in Agadez and Arlit is budgeted "
        "at [[276.000]]. [[138.000]] will fund the transport home of 700 stranded migrants, at "
        "about EUR 190 each.",
    ], 0, None),
    (None, "Dosso Region (Niger)", [
        "Dosso, on the borders with Nigeria and Benin, has been spared the violence but hosts "
        "15.000 displaced people from Tillaberi, 60 per cent of them in Gaya.",
        "An amount of [[187.000]] is sought for the livelihoods of displaced and host families in "
        "Gaya and Dioundiou. We are asking for [[94.500]] to equip the Gaya district hospital. The "
        "cost of coordinating the response with the regional authorities is estimated at "
        "[[46.000]].",
    ], 0, None),
    # injected: the printed total has its first two digits swapped (455.000 -> 545.000)
    (None, "Niamey Capital District (Niger)", [
        "About 40.000 displaced people live in the informal settlements of the capital. In 2020 "
        "the consortium spent EUR 120.000 on cash assistance in the city during the COVID-19 "
        "restrictions.",
        "The consortium requests [[215.000]] for cash assistance to 1.800 families in the "
        "settlements of the fifth district. Flood protection of the sites on the river bank is "
        "budgeted at [[168.000]]. [[72.000]] will fund the consortium's coordination unit, which "
        "serves all three countries.",
    ], 0, "545.000"),
]

FOOTER = [
    "",
    "",
    "CONTACTS",
    "",
    "Niger Bend Relief Consortium - Secretariat, Quartier Plateau, Niamey",
    "Liaison offices in Bamako, Ouagadougou and Mopti",
]

MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def euro(n):
    s = f"{n:,}".replace(",", ".")
    return "EUR " + s


def parse_int(s):
    return int(s.replace(".", ""))


def render(par):
    """Return (text, list of values that the total is made of)."""
    values = []

    def sub(m):
        printed, value = m.group(1), m.group(2) or m.group(1)
        values.append(parse_int(value))
        return "EUR " + printed

    return MARK.sub(sub, par), values


def wrap(par):
    # keep "EUR n" (and "EUR 312 .500") on one line
    glued = re.sub(r"EUR (\d[\dO]*(?: ?[.,][\d]{3})*)",
                   lambda m: ("EUR " + m.group(1)).replace(" ", NBSP), par)
    lines = textwrap.wrap(glued, width=WIDTH, break_long_words=False, break_on_hyphens=False)
    return [l.replace(NBSP, " ") for l in lines]


def main():
    out = list(HEADER)
    for par in INTRO:
        out += wrap(par) + [""]
    for banner, heading, paras, hidden, total_print in SECTIONS:
        if banner:
            out += ["", "=" * len(banner), banner, "=" * len(banner), ""]
        out += ["", heading, ""]
        vals = []
        for par in paras:
            text, v = render(par)
            vals += v
            out += wrap(text) + [""]
        total = sum(vals) + hidden
        out.append("Total requirements: " + ("EUR " + total_print if total_print else euro(total)))
        out.append("")
    out += FOOTER
    text = "\n".join(out) + "\n"
    text = re.sub(r"\n{4,}", "\n\n\n", text)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    for i, l in enumerate(text.split("\n"), 1):
        if len(l) > WIDTH:
            print("long line", i, len(l))
    print(OUT, text.count("\n"), "lines,", len(SECTIONS), "sections")


if __name__ == "__main__":
    main()
