#!/usr/bin/env python3
"""Generate fixtures/layouts/blind7/region-tree.txt (and its .sections.tsv).

"Global Appeal 2019 - Requirements by operation", an invented publisher (Meridian
Humanitarian Alliance).  A short narrative, then a summary table in US dollars whose
hierarchy is shown by indentation only (no "Total" labels): 6 regions at the left
margin, sub-regions indented, countries indented further; each region has its own
indentation step (2/4, 4/8, 3/6 spaces, or one and two TABs).  The last row,
"All operations", is the sum of the region rows.  Bare, right-aligned English-format
figures.

Injected errors (the .expected is written by hand, not by this script):
  sum:    region figure of the first region wrong (one digit);
          a country row changed in South-East Asia (Asia and the Pacific, a middle region);
          the "All operations" figure one digit wrong.
  format: Niger "12, 450,000" (space slip), Ukraine "3,4120,000" (4-digit group, read
          34,120,000), El Salvador "4500000" (no separators).

Run from the repository root: python3 scripts/layout-fixtures/set7/gen_region_tree.py
"""
import os

OUT_DIR = os.path.join("fixtures", "layouts", "blind7")
NAME = "region-tree"
RIGHT = 68          # display column of the figures' right edge (tabs expanded to 8)

# (region, (indent1, indent2), [children]); a child is (name, figure) for a childless
# row at sub-region level or (name, [(country, figure), ...]) for a sub-region.
REGIONS = [
    ("Eastern and Southern Africa", ("  ", "    "), [
        ("East Africa", [
            ("Kenya", 38420000),
            ("Uganda", 61275000),
            ("United Republic of Tanzania", 27140000),
            ("Rwanda", 9860000),
            ("Burundi", 14365000),
        ]),
        ("Horn of Africa", [
            ("Ethiopia", 96730000),
            ("Somalia", 88415000),
            ("Djibouti", 6250000),
        ]),
        ("Southern Africa", [
            ("Mozambique", 42680000),
            ("Zimbabwe", 23115000),
            ("Malawi", 11940000),
            ("Madagascar", 8575000),
        ]),
    ]),
    ("West and Central Africa", ("    ", "        "), [
        ("Sahel", [
            ("Mali", 34860000),
            ("Niger", 12450000),
            ("Burkina Faso", 29730000),
            ("Chad", 31085000),
            ("Mauritania", 7420000),
        ]),
        ("Nigeria", 118640000),
        ("Central Africa", [
            ("Central African Republic", 45215000),
            ("Cameroon", 26390000),
            ("Democratic Republic of the Congo", 87960000),
            ("Republic of the Congo", 5135000),
        ]),
    ]),
    ("Middle East and North Africa", ("   ", "      "), [
        ("Syria crisis", [
            ("Syrian Arab Republic", 212480000),
            ("Lebanon", 96150000),
            ("Jordan", 71325000),
            ("Iraq", 84760000),
        ]),
        ("Arabian Peninsula", [
            ("Yemen", 163920000),
        ]),
        ("North Africa", [
            ("Libya", 28645000),
            ("Tunisia", 4980000),
            ("Egypt", 19370000),
            ("Morocco", 6815000),
        ]),
    ]),
    ("Asia and the Pacific", ("\t", "\t\t"), [
        ("South Asia", [
            ("Afghanistan", 74290000),
            ("Bangladesh", 118305000),
            ("Pakistan", 22640000),
            ("Nepal", 5870000),
        ]),
        ("South-East Asia", [
            ("Myanmar", 36915000),
            ("Philippines", 14280000),
            ("Indonesia", 17465000),
            ("Thailand", 3210000),
        ]),
        ("Pacific", [
            ("Fiji", 2945000),
            ("Vanuatu", 1860000),
            ("Papua New Guinea", 6430000),
            ("Solomon Islands", 1275000),
        ]),
    ]),
    ("Europe and Central Asia", ("    ", "        "), [
        ("Turkey", 109580000),
        ("Western Balkans", [
            ("Bosnia and Herzegovina", 9740000),
            ("Serbia", 6215000),
            ("North Macedonia", 2380000),
            ("Montenegro", 1465000),
        ]),
        ("Eastern Europe", [
            ("Ukraine", 34120000),
            ("Republic of Moldova", 2935000),
            ("Belarus", 1780000),
        ]),
        ("Central Asia", [
            ("Tajikistan", 4615000),
            ("Kyrgyzstan", 3290000),
            ("Uzbekistan", 2140000),
        ]),
    ]),
    ("The Americas", ("  ", "    "), [
        ("South America", [
            ("Colombia", 68470000),
            ("Venezuela (Bolivarian Republic of)", 41250000),
            ("Peru", 19830000),
            ("Ecuador", 15690000),
            ("Brazil", 12375000),
        ]),
        ("Central America and Mexico", [
            ("Guatemala", 8960000),
            ("Honduras", 7245000),
            ("El Salvador", 4500000),
            ("Mexico", 13610000),
        ]),
        ("Caribbean", [
            ("Haiti", 21735000),
            ("Dominican Republic", 3480000),
            ("Cuba", 2150000),
        ]),
    ]),
]

# Injections.
FIRST_REGION_WRONG_BY = 10000000      # region figure of Eastern and Southern Africa: +10,000,000
CHANGED_COUNTRY = ("Philippines", 14820000)   # printed instead of 14,280,000 (digits swapped)
OVERALL_WRONG_BY = 200000             # "All operations": one digit (hundred-thousands, 0 -> 2) wrong
FORMAT = {                            # printed text of the figure for three country rows
    "Niger": "12, 450,000",
    "Ukraine": "3,4120,000",
    "El Salvador": "4500000",
}


def fmt(n):
    return f"{n:,}"


def width(s):
    return len(s.expandtabs(8))


def row(indent, name, figure_text):
    head = indent + name
    pad = RIGHT - width(head) - len(figure_text)
    assert pad >= 3, (name, pad)
    return head + " " * pad + figure_text


NARRATIVE = """\
MERIDIAN HUMANITARIAN ALLIANCE

GLOBAL APPEAL 2019

Foreword

In 2019 the Alliance and its 41 member agencies will work in 58 countries and
territories to assist an estimated 71.3 million people affected by conflict,
displacement and disaster. Almost two thirds of them (64 per cent) are women and
children, and some 12.6 million live in areas that remain hard to reach.

Last year our donors made USD 1.2 billion available, 61 per cent of what was asked
for in the Global Appeal 2018. This funding allowed country teams to reach
9.8 million people with safe water and 4.3 million children with schooling, and to
pre-position relief stocks in 17 warehouses ahead of the 2018 cyclone season.

The requirements below were prepared by the country operations between August and
October 2018 and reviewed by the regional offices. They cover the period 1 January to
31 December 2019 and include the operations' support costs (7 per cent). Where an
operation serves several countries, it is shown under the country that hosts its
office.

"""

NOTES = """\

Notes
The figures are requirements as at 30 November 2018, rounded to the nearest thousand
US dollars. Nigeria and Turkey are stand-alone operations reporting directly to their
regional office; they are shown at the same level as the sub-regions.
Requirements of the Alliance's global programmes (logistics, surge staffing and the
emergency fund) are appealed for separately and are not included above.

Meridian Humanitarian Alliance - Resource Mobilisation Unit, Geneva
"""


def build():
    lines = NARRATIVE.splitlines()
    lines.append("Global Appeal 2019 - Requirements by operation")
    lines.append("")
    head = "Region / sub-region / operation"
    col = "Requirements (US$)"
    lines.append(head + " " * (RIGHT - len(head) - len(col)) + col)
    lines.append("=" * RIGHT)

    sections = []   # (line, name, parts, listed_sum, declared)
    region_printed = []
    for rname, (i1, i2), children in REGIONS:
        region_line = len(lines)       # index where the region row will go
        lines.append(None)
        child_printed = []
        for cname, spec in children:
            if isinstance(spec, int):
                lines.append(row(i1, cname, fmt(spec)))
                child_printed.append(spec)
                continue
            sub_line = len(lines)
            lines.append(None)
            parts = []
            for country, fig in spec:
                if country == CHANGED_COUNTRY[0]:
                    fig = CHANGED_COUNTRY[1]
                text = FORMAT.get(country, fmt(fig))
                lines.append(row(i2, country, text))
                parts.append(fig)
            declared = sum(f for c, f in spec)      # the true figure
            lines[sub_line] = row(i1, cname, fmt(declared))
            sections.append((sub_line + 1, cname, len(parts), sum(parts), declared))
            child_printed.append(declared)
        declared = sum(child_printed)
        if rname == REGIONS[0][0]:
            declared += FIRST_REGION_WRONG_BY
        lines[region_line] = row("", rname, fmt(declared))
        sections.append((region_line + 1, rname, len(child_printed), sum(child_printed), declared))
        region_printed.append(declared)
    lines.append("-" * RIGHT)
    listed = sum(region_printed)
    declared = listed + OVERALL_WRONG_BY
    lines.append(row("", "All operations", fmt(declared)))
    sections.append((len(lines), "All operations", len(region_printed), listed, declared))
    lines.extend(NOTES.splitlines())
    return "\n".join(lines) + "\n", sections


def main():
    text, sections = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    sections.sort()
    with open(os.path.join(OUT_DIR, NAME + ".sections.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("ordinal\ttotal_line\tname\tparts\tlisted_sum\tdeclared\n")
        for i, (line, name, parts, listed, declared) in enumerate(sections, 1):
            f.write(f"{i}\t{line}\t{name}\t{parts}\t{listed}\t{declared}\n")
    print(f"wrote {NAME}.txt ({text.count(chr(10))} lines), {len(sections)} declared figures")


if __name__ == "__main__":
    main()
