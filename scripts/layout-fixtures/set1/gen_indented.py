# Generator for indented-summary.txt (narrative + "Funding requirements by region (USD)" table,
# hierarchy by indentation only).
import sys, json
sys.path.insert(0, "scripts/layout-fixtures/set1")
from common import *

R = [
 ("Africa", ("", "  ", "    "), [
   ("Eastern Africa", [("Ethiopia", 186420000), ("Kenya", 94315000), ("Somalia", 241800000),
                       ("South Sudan", 212650000), ("Uganda", 38240000)]),
   ("Central Africa", [("Central African Republic", 72480000), ("Chad", 118905000),
                       ("Democratic Republic of the Congo", 264300000), ("Cameroon", 31760000)]),
   ("West Africa", [("Mali", 86125000), ("Niger", 97440000), ("Nigeria", 58900000), ("Burkina Faso", 24615000)]),
   ("Southern Africa", [("Madagascar", 14280000), ("Malawi", 22150000), ("Mozambique", 17640000), ("Zimbabwe", 45310000)]),
 ]),
 ("Middle East and North Africa", ("", "  ", "    "), [
   ("Mashreq", [("Iraq", 104560000), ("Jordan", 128340000), ("Lebanon", 146275000), ("Syrian Arab Republic", 318900000)]),
   ("Arabian Peninsula", [("Yemen", 162480000)]),
   ("Maghreb", [("Algeria", 9875000), ("Libya", 18300000), ("Mauritania", 21460000)]),
 ]),
 ("Asia and the Pacific", ("", "    ", "        "), [
   ("South Asia", [("Afghanistan", 142600000), ("Pakistan", 176350000), ("Bangladesh", 28740000)]),
   ("South-East Asia", [("Myanmar", 63215000), ("Philippines", 91480000), ("Indonesia", 12360000)]),
   ("Pacific", [("Fiji", 3450000), ("Vanuatu", 2870000), ("Solomon Islands", 4125000)]),
 ]),
 ("Americas", ("", "    ", "        "), [
   ("Central America", [("Guatemala", 16480000), ("Honduras", 11250000), ("El Salvador", 7930000)]),
   ("Caribbean", [("Haiti", 68740000), ("Dominican Republic", 5120000), ("Cuba", 6350000)]),
   ("South America", [("Colombia", 54860000), ("Ecuador", 8415000)]),
 ]),
 ("Europe", ("", "\t", "\t\t"), [
   ("Eastern Europe", [("Ukraine", 36200000), ("Republic of Moldova", 4380000)]),
   ("South Caucasus", [("Armenia", 3960000), ("Azerbaijan", 5740000), ("Georgia", 12815000)]),
   ("Western Balkans", [("Bosnia and Herzegovina", 9640000), ("Serbia", 14275000)]),
 ]),
]
DROP_SUB = ("Africa", "Southern Africa")          # region-level error (b)
CHANGE = ("Honduras", 11520000)                    # sub-region-level error (a): true 11,250,000
FMT = {"Bangladesh": "2,87,40,000", "Cuba": "USD6,350,000", "Bosnia and Herzegovina": "9.640.000"}
ALL_PRINTED = None   # set below

COL = 76  # figures end at this display column

def disp_len(s):
    n = 0
    for ch in s:
        n = (n // 8 + 1) * 8 if ch == "\t" else n + 1
    return n

def line(indent, name, fig):
    left = indent + name
    pad = COL - disp_len(left) - len(fig)
    return left + " " * max(pad, 2) + fig

def build(all_printed=None):
    d = Doc()
    d.add("ALLIANCE FOR DISPLACED POPULATIONS")
    d.add("Humanitarian Funding Overview 2014")
    d.add("")
    d.add("Geneva, December 2013")
    d.add("")
    d.add("")
    d.add("Overview")
    d.add("")
    d.para("At the end of 2013 more than 51 million people were living away from their homes because of conflict, violence or disaster, the highest number since records began. Member agencies of the Alliance plan to assist 38.6 million of them in 2014, in 44 countries.", 88)
    d.para("The requirements below were compiled from the country plans submitted by member agencies between September and November 2013. They cover emergency response and the first year of recovery; multi-year development programmes for 2014-2016 are presented separately. Compared with 2013, requirements for the Middle East have grown by 61 per cent, mainly because of the Syria crisis, while those for the Americas have fallen by 9 per cent.", 88)
    d.para("Funding received in 2013 amounted to USD 2.9 billion, or 57 per cent of the revised requirements. Pooled funds contributed USD 412 million of that amount, and the private sector about 6 per cent.", 88)
    d.para("In the table, each region is followed by its sub-regions, and each sub-region by its countries, indented beneath it. Regional and sub-regional figures are the sums of the rows beneath them; there are no separate regional projects.", 88)
    d.add("")
    d.add("Funding requirements by region (USD)")
    d.add("")
    d.add(line("", "Region / sub-region / country", "Requirements"))
    d.add("-" * COL)
    rows = []
    region_rows = []
    for rname, (i0, i1, i2), subs in R:
        d.add(line(i0, rname, "@@"))
        rline = len(d.lines) - 1
        rtrue = 0
        printed_subs = []
        for sname, cs in subs:
            strue = sum(a for _, a in cs)
            rtrue += strue
            if (rname, sname) == DROP_SUB:
                continue
            sfig = en(strue)
            d.add(line(i1, sname, sfig))
            sl = len(d.lines)
            kids = []
            for cname, a in cs:
                shown = a
                fig = en(a)
                if cname == CHANGE[0]:
                    shown = CHANGE[1]; fig = en(shown)
                if cname in FMT: fig = FMT[cname]
                d.add(line(i2, cname, fig))
                kids.append(dict(name=cname, value=shown, fig=fig, line=len(d.lines)))
            printed_subs.append(dict(name=sname, line=sl, declared=strue, kids=kids))
        d.lines[rline] = line(i0, rname, en(rtrue))
        region_rows.append(dict(name=rname, line=rline + 1, declared=rtrue, kids=printed_subs))
        d.add("")
    d.lines.pop()
    d.add("-" * COL)
    allsum = sum(r["declared"] for r in region_rows)
    ap = all_printed if all_printed is not None else allsum
    d.add(line("", "All regions", en(ap)))
    top = dict(name="All regions", line=len(d.lines), declared=ap, listed=allsum)
    d.add("")
    d.para("Notes: figures for the Syrian Arab Republic cover needs inside the country only; the response for Syrian refugees appears under Jordan and Lebanon. Figures for Algeria concern the refugee camps near Tindouf. All figures are rounded to the nearest thousand dollars.", 88)
    d.para("Country plans, with the list of projects and partners for each country, are available from the Alliance secretariat and on its website.", 88)
    return d, region_rows, top

if __name__ == "__main__":
    d, regs, top = build()
    print("sum of printed region figures", top["listed"])
    ALL_PRINTED = 3328365000  # one digit wrong: the printed regions sum to 3,328,865,000
    d, regs, top = build(ALL_PRINTED)
    d.write("fixtures/layouts/indented-summary.txt")
    json.dump(dict(regions=regs, top=top), open("scripts/layout-fixtures/set1/indented-summary.meta.json", "w"), indent=1)
