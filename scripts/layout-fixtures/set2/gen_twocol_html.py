#!/usr/bin/env python3
"""Write layouts2/two-column/appeal.html and make.sh from twocol_data.py (rendering is make.sh's job)."""
import html
import os
from decimal import Decimal as D
from common import en, OUT
from twocol_data import S

DIR = f"{OUT}/two-column"
TITLE = "South Asia Monsoon Floods 2022 – Joint Appeal"


def printed_items(s):
    """[(i, title, printed figure text, dash, currency)] after the injected errors."""
    out = []
    drop = {e["i"] for e in s["errs"] if e["kind"] == "drop"}
    swap = {e["i"]: e["printed"] for e in s["errs"] if e["kind"] == "swap"}
    mods = {e["i"]: e["mod"] for e in s["errs"] if e["kind"] == "fmt"}
    for i, (t, v) in enumerate(s["items"]):
        if i in drop:
            continue
        v = swap.get(i, v)
        m = mods.get(i)
        dash = "-" if m == "hyphen" else "–"
        cur = "" if m == "nocur" else "USD"
        fig = m[1] if isinstance(m, tuple) else en(v)
        out.append(dict(i=i, title=t, value=v, fig=fig, dash=dash, cur=cur))
    return out


def declared(s):
    for e in s["errs"]:
        if e["kind"] == "total":
            return e["printed"]
    return sum(v for _, v in s["items"])


CSS = """
@page {
  size: A4;
  margin: 24mm 17mm 20mm 17mm;
  @top-center {
    content: "%s";
    font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #444;
    border-bottom: 0.4pt solid #888; vertical-align: bottom; padding-bottom: 2mm;
  }
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages);
    font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #444;
  }
}
html { font-family: "DejaVu Serif", serif; font-size: 9pt; line-height: 1.3; }
body { margin: 0; }
header.title { column-span: all; margin-bottom: 6mm; }
header.title h1 { font-family: "DejaVu Sans", sans-serif; font-size: 17pt; margin: 0 0 2mm 0; }
header.title p { margin: 0 0 1.5mm 0; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.3pt solid #bbb; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; letter-spacing: 0.03em;
     margin: 4mm 0 1.5mm 0; break-after: avoid; }
h3 { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; margin: 3mm 0 1mm 0; break-after: avoid; }
p { margin: 0 0 1.5mm 0; text-align: left; hyphens: manual; }
p.item { margin: 0 0 0.6mm 0; padding-left: 3.2mm; text-indent: -3.2mm; }
p.total { font-weight: bold; margin: 1.5mm 0 2mm 0; }
.fig { white-space: nowrap; }
""" % TITLE


def main():
    os.makedirs(DIR, exist_ok=True)
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    h.append(f"<title>{html.escape(TITLE)}</title>\n<style>{CSS}</style>\n</head>\n<body>")
    h.append('<header class="title">')
    h.append("<h1>South Asia Monsoon Floods 2022</h1>")
    h.append("<p><b>Joint Appeal of the Indus and Brahmaputra Flood Response Consortium</b></p>")
    h.append("<p>Islamabad and Dhaka, 14 November 2022</p>")
    h.append("</header>")
    h.append('<div class="cols">')
    h.append("<h2>INTRODUCTION</h2>")
    for p in [
        "The monsoon of 2022 brought the heaviest rains Pakistan has recorded since 1961: from mid-June "
        "to the end of August, Sindh received nearly five times its usual rainfall. At the peak, about "
        "a third of the country was under water and 33 million people were affected. Earlier in the "
        "year, pre-monsoon floods struck north-eastern Bangladesh and the Indian state of Assam.",
        "The Consortium's 19 members received USD 6.3 million for the first phase of the response, "
        "from June to October. This appeal covers the second phase, from November 2022 to April 2023, "
        "in 22 districts. For each district the projects are listed with their requirements in US "
        "dollars, followed by the district's total funding requirements.",
    ]:
        h.append(f"<p>{html.escape(p)}</p>")
    region = None
    for s in S:
        if s["region"] != region:
            region = s["region"]
            h.append(f"<h2>{html.escape(region)}</h2>")
        h.append(f"<h3>{html.escape(s['name'])}</h3>")
        h.append(f"<p>{html.escape(s['prose'])}</p>")
        for it in printed_items(s):
            amount = f"{it['cur']}&nbsp;{it['fig']}" if it["cur"] else it["fig"]
            h.append(f'<p class="item">•&nbsp;{html.escape(it["title"])} {it["dash"]} '
                     f'<span class="fig">{amount}</span></p>')
        h.append(f'<p class="total">Total funding requirements for {html.escape(s["name"])} – '
                 f'<span class="fig">USD&nbsp;{en(declared(s))}</span></p>')
    h.append("<h2>COORDINATION</h2>")
    h.append("<p>" + html.escape(
        "District coordination cells meet weekly with the district disaster management authorities. "
        "The Consortium will publish a revision of this appeal in February 2023, when the extent of "
        "the rabi planting is known.") + "</p>")
    h.append("</div>\n</body>\n</html>\n")
    open(f"{DIR}/appeal.html", "w", encoding="utf-8").write("\n".join(h))
    open(f"{DIR}/make.sh", "w").write(MAKE)
    os.chmod(f"{DIR}/make.sh", 0o755)
    # every printed figure must be unique in the document, so that it can be found in the extraction
    figs = []
    for s in S:
        figs += [it["fig"] for it in printed_items(s)] + [en(declared(s))]
    dup = {f for f in figs if figs.count(f) > 1}
    assert not dup, dup
    print("wrote", DIR)


MAKE = r"""#!/bin/sh
# Regenerate appeal.pdf, appeal-layout.txt and appeal-raw.txt from appeal.html.
# Needs Debian's chromium and poppler-utils (apt-get install -y chromium poppler-utils).
set -eu
cd "$(dirname "$0")"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf=appeal.pdf "file://$PWD/appeal.html" 2>/dev/null
rm -rf "$profile"
pdftotext -layout appeal.pdf appeal-layout.txt
pdftotext appeal.pdf appeal-raw.txt
echo "appeal.pdf: $(pdfinfo appeal.pdf | sed -n 's/^Pages: *//p') pages; appeal-layout.txt, appeal-raw.txt written"
"""

if __name__ == "__main__":
    main()
