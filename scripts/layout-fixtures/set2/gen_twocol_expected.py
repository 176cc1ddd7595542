#!/usr/bin/env python3
"""From the two pdftotext extractions of layouts2/two-column/appeal.pdf, write appeal-layout.expected,
appeal-raw.expected and their .sections.tsv. Lines are found by searching each printed figure (all
figures of the document are unique) in the extracted text; lines count '\\n' only (a form feed at a page
break is not a line end)."""
import re
import sys
from decimal import Decimal as D
from common import en, key, write_tsv, write_expected, findings_for, OUT
from twocol_data import S
from gen_twocol_html import printed_items, declared

DIR = f"{OUT}/two-column"


def fig_re(fig):
    return re.compile(r"(?<![\d,.])" + re.escape(fig) + r"(?![\d,])")


def find_line(lines, fig):
    r = fig_re(fig)
    hits = [i + 1 for i, l in enumerate(lines) if r.search(l)]
    assert len(hits) == 1, (fig, hits)
    return hits[0]


def infos_for(lines):
    infos = []
    for s in S:
        its = printed_items(s)
        item_lines = {it["i"]: find_line(lines, it["fig"]) for it in its}
        quotes = {it["i"]: f"{it['title']} {it['dash']} " + (f"USD {it['fig']}" if it["cur"] else it["fig"])
                  for it in its}
        dec = declared(s)
        tl = find_line(lines, en(dec))
        printed = [v for _, v in s["items"]]
        for it in its:
            printed[it["i"]] = it["value"]
        dropped = {e["i"] for e in s["errs"] if e["kind"] == "drop"}
        lv = [it["value"] for it in its]
        infos.append(dict(name=s["name"], item_lines=item_lines, quotes=quotes, errs=s["errs"],
                          items=s["items"], printed=printed, dropped=dropped, declared=dec,
                          true_total=sum(v for _, v in s["items"]), total_line=tl, total_start=tl,
                          tquote=f"Total funding requirements for {s['name']} – USD {en(dec)}",
                          listed_vals=lv, listed=sum(lv)))
    return infos


def heading_line(lines, name):
    hits = [i + 1 for i, l in enumerate(lines) if re.search(r"(^|\s{3,})" + re.escape(name) + r"\s*($|\s{3,})", l)]
    return hits


def scramble_report(lines, infos):
    """Per section: are its heading, items and total in order, with nothing of another section between
    the first and the last of them?"""
    spans = []
    for inf in infos:
        h = heading_line(lines, inf["name"])
        pts = list(inf["item_lines"].values()) + [inf["total_line"]]
        spans.append((inf["name"], h, pts))
    bad = []
    for k, (name, h, pts) in enumerate(spans):
        lo, hi = min(pts), max(pts)
        hl = [x for x in h if x <= lo]
        ok = bool(hl) and inf_sorted(pts, infos[k])
        if hl:
            lo = max(hl)
        # another section's figure inside [lo, hi]?
        for j, (_, _, p2) in enumerate(spans):
            if j != k and any(lo <= p <= hi for p in p2):
                ok = False
        if not ok:
            bad.append(name)
    return bad


def inf_sorted(pts, inf):
    items = [inf["item_lines"][i] for i in sorted(inf["item_lines"])]
    return items == sorted(items) and all(p <= inf["total_line"] for p in items)


def main():
    out = {}
    for kind in ("layout", "raw"):
        text = open(f"{DIR}/appeal-{kind}.txt", encoding="utf-8").read()
        lines = text.split("\n")
        infos = infos_for(lines)
        findings = []
        for n, inf in enumerate(infos):
            where = " (first district)" if n == 0 else (" (last district)" if n == len(infos) - 1 else "")
            findings += findings_for(inf, en, "USD", where)
        rows = [dict(line=i["total_line"], name=i["name"], bullets=len(i["listed_vals"]),
                     amounted=len(i["listed_vals"]), listed=i["listed"], declared=i["declared"])
                for i in infos]
        write_tsv(f"{DIR}/appeal-{kind}.sections.tsv", rows)
        bad = scramble_report(lines, infos) if kind == "raw" else []
        out[kind] = (lines, infos, findings, bad)
    return out


if __name__ == "__main__":
    res = main()
    for kind, (lines, infos, findings, bad) in res.items():
        print(kind, len(lines), "lines; scrambled sections:", bad)
        for f in sorted(findings):
            print("  ", f[0], f[1][:120])


def section_positions(lines, inf):
    h = heading_line(lines, inf["name"])
    its = [inf["item_lines"][i] for i in sorted(inf["item_lines"])]
    return h, its, inf["total_line"]


COMMON = """"South Asia Monsoon Floods 2022 – Joint Appeal" (invented publisher: Indus and Brahmaputra Flood
Response Consortium, Islamabad and Dhaka). USD, English number format. Made the way an editor makes a
two-column PDF: appeal.html (CSS column-count: 2, A4, a running header "South Asia Monsoon Floods 2022 –
Joint Appeal" and a footer "Page N of 3" in @page margin boxes, which Chromium 156 renders) printed to
appeal.pdf by headless Chromium, then extracted with pdftotext 22.12 ({how}); make.sh regenerates it.
Lines and sums computed by scripts/layout-fixtures/set2/gen_twocol_expected.py, which finds each printed
figure in this text (every figure of the document is unique), and re-read by verify.py. Lines count
"\\n" only: the form feed that starts each new page is not a line end (Python's splitlines() would
count it). 22 declared totals, one per district (see {tsv}); same findings, codes and
figures as {other}, other lines.

Text of the HTML: district heading, prose, the projects "• Title – USD n" (USD and the figure joined by a
no-break space, which pdftotext writes as a plain space), then
"Total funding requirements for Dadu – USD n" (bold). In the narrow columns long items wrap: the
"– USD n" or the "USD n" alone starts the next line, sometimes after the dash; every total wraps as
"Total funding requirements for Dadu –" / "USD 2,670,500" (two as "... for Dera Ismail" / "Khan – USD n"
and "... for Dera Ghazi" / "Khan – USD n"); the figure's line is the one listed. No hyphenation.
"""

NOT = """Looked at and NOT findings:
- the running header "South Asia Monsoon Floods 2022 – Joint Appeal" on every page (an en dash followed
  by words) and the footers "Page 1 of 3" ... "Page 3 of 3".
- prose figures: "USD 6.3 million" (Introduction; wrapped as "USD 6.3" / "million"), "USD 1.4 million in
  2010" (Larkana), "33 million people", "A total of 310,000 people", "400 villages", "86 per cent",
  "18,500 houses", "50 °C", "726 per cent", "90 per cent", "A total of 2,400 head of cattle", "26 August",
  "9,700 houses", "52 union councils", "1.1 million people", "122 years", "7.2 million", "250,000 people",
  "3,200 villages", "120,000 people", "19 members", "22 districts", years, dates.
- figures inside titles: "Food assistance for 6,000 families for three months – USD 812,400",
  "Rehabilitation of 45 primary schools – USD 226,400": the amount is the one after the dash.
- "women-headed", "Koh-e-Suleiman", "thirty-year", "pre-monsoon": hyphens inside words."""


def write_all(res):
    for kind, (lines, infos, findings, bad) in res.items():
        by = {i["name"]: i for i in infos}
        other = "appeal-raw.txt" if kind == "layout" else "appeal-layout.txt"
        how = ("`pdftotext -layout appeal.pdf appeal-layout.txt`" if kind == "layout"
               else "`pdftotext appeal.pdf appeal-raw.txt`, no -layout")
        head = f"two-column/appeal-{kind}.txt — " + COMMON.format(how=how, tsv=f"appeal-{kind}.sections.tsv",
                                                                  other=other)
        L = dict(dadu=by["Dadu"]["total_line"], las=by["Lasbela"]["total_line"],
                 las_i=by["Lasbela"]["item_lines"][0], nag=by["Nagaon"]["total_line"],
                 jac=by["Jacobabad"]["item_lines"][1], cha=by["Charsadda"]["item_lines"][0],
                 net=by["Netrokona"]["item_lines"][0])
        if kind == "layout":
            head += """
Layout of THIS extraction (-layout): the two columns stand side by side on the same text lines, the
right column starting near character column 59-60; a line often holds the end of one district (left)
and the middle of another (right), e.g. "USD 2,670,500" (Dadu's total) shares line {dadu} with the heading
"Sanghar". Left and right lines drift apart where their line heights differ. Read column by column (the
left column of a page, then its right column), every district is complete and in order.
""".format(**L)
        else:
            order = []
            for n in bad:
                h, its, t = section_positions(lines, by[n])
                hs = ",".join(map(str, h)) if h else "none"
                order.append(f"{n} (heading {hs}; items {','.join(map(str, its))}; total {t})")
            head += """
Layout of THIS extraction (no -layout): pdftotext's reading-order analysis INTERLEAVES THE COLUMNS
BADLY. It cuts the columns into blocks (heading, paragraph, run of items, total) and emits blocks of
the left and the right column alternately, so that {nbad} of the 22 districts are not contiguous: a
heading, its prose, its items and its total are separated by blocks of another district, and some
totals come before their own items. Districts whose parts are out of place or mixed with another's:
{order}.

The other {ngood} ({good}) are contiguous. A reader who trusts the order of this text cannot group the projects; the
findings below are those of the document (the same as for appeal-layout.txt), not those of a naive
reading, which would also raise spurious total-mismatch and empty-section findings.

(For comparison only, not a deliverable: `pdftotext -raw appeal.pdf` emits the content stream order,
in which every district is contiguous and in order, after the header and footer of each page.)

Also in THIS extraction: Jacobabad's hyphen before the amount was at the end of a PDF line
("...women-headed households -" / "USD 441,200"), and pdftotext took it for a hyphenation: it joined
the lines and DROPPED the hyphen, so line {jac} reads "• Cash assistance for women-headed households
USD 441,200", with no dash at all. Ambiguity, decided here: an amount with no dash between title and
currency still departs from the house form "– USD n", so it stays a malformed-amount (value 441,200),
the same finding as in appeal-layout.txt; its bullet keeps its amount (no bullet-without-amount).
""".format(order="; ".join(order), nbad=len(bad), ngood=22 - len(bad),
           good=", ".join(i["name"] for i in infos if i["name"] not in bad), **L)
        head += """
Injected errors (6): sum errors at {dadu} (FIRST district, Dadu: total with one wrong digit), {las} (Lasbela: an
item with two digits swapped, at {las_i}), {nag} (LAST district, Nagaon: a project removed); format errors at
{jac} (Jacobabad: hyphen for the dash{jnote}), {cha} (Charsadda: no currency), {net} (Netrokona: lakh grouping
"2,45,000"). Every other district foots exactly; those with a format error foot with the reading given.
""".format(jnote="" if kind == "layout" else "; in this text the hyphen is lost, no dash at all", **L)
        head += "\n" + NOT
        fixed = []
        for line, rest in findings:
            if kind == "raw" and "value=441200" in rest:
                rest = ("malformed-amount value=441200 | Jacobabad: the HTML has \"Cash assistance for "
                        "women-headed households - USD 441,200\" (a hyphen for the en dash); pdftotext "
                        "dropped the line-final hyphen and joined the lines, so this text reads \"• Cash "
                        "assistance for women-headed households USD 441,200\": no dash before the amount at "
                        "all; read as 441,200 the district foots (356,800 + 441,200 + 187,000 = 985,000 = "
                        "\"Total funding requirements for Jacobabad – USD 985,000\")")
            fixed.append((line, rest))
        write_expected(f"{DIR}/appeal-{kind}.expected", head, fixed)


if __name__ == "__main__":
    write_all(main())
