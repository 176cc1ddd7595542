#!/usr/bin/env python3
"""Independent check of fixtures/layouts/blind7/chf-project-tables.txt (written blind: no crossfoot
source, no crossfoot run). Re-reads the TEXT only (none of the generator's data) and checks:

  - every project table: header "Code ... Budget CHF", sector headings in capitals, project rows
    (code, title, partner, figure right-aligned at the header's right edge, figure on the row's
    first line), title continuation lines (no figure), "Subtotal <Sector>", "Total <Country>";
    the regional block "Budget CHF" / "Grand total";
  - the groups: a subtotal sums its sector's rows, a country total its printed subtotals, the grand
    total the printed country totals; which groups do not foot must be exactly the
    table-total-mismatch lines of the .expected (line, declared, computed);
  - every figure not in the house form 1'234'567 must be exactly a malformed-amount line of the
    .expected (line, value = its digits), and its group must foot with that value;
  - the .sections.tsv equals the groups read here;
  - the first quoted snippet of each .expected note occurs on the line given;
  - no prose line ends with a bare figure, and no figure-like text outside the tables.

Usage: python3 scripts/layout-fixtures/set7/verify_chf_tables.py   (exit status 1 on any failure)"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BASE = ROOT / "fixtures" / "layouts" / "blind7" / "chf-project-tables"
TXT, EXP, TSV = (BASE.with_suffix(s) for s in (".txt", ".expected", ".sections.tsv"))

HOUSE = re.compile(r"^\d{1,3}(?:'\d{3})*$")
FIGLIKE = re.compile(r"^\d[\d' ,.]*\d$|^\d$")
HEADER = re.compile(r"^Code\s+Operation / project\s+Partner\s+Budget CHF$")
CAPTION = re.compile(r"^Table (\d+): (.+?), budget by sector and project$")

errors = []


def fail(msg):
    errors.append(msg)


def read_figure(field, lineno, right_edge, line, malformed):
    f = field.strip()
    if not FIGLIKE.match(f):
        fail(f"{lineno}: no figure in {field!r}")
        return 0
    if len(line.rstrip()) != right_edge:
        fail(f"{lineno}: figure does not end at column {right_edge}: {line!r}")
    value = int(re.sub(r"\D", "", f))
    if not HOUSE.match(f):
        malformed.append((lineno, value, f))
    return value


def main():
    lines = TXT.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "file must end with a newline"
    lines = lines[:-1]
    groups = []  # dicts: line, name, parts (list of values), declared, kind
    malformed = []  # (line, value, text)
    country_totals = []  # (line, value)
    country = None
    i = 0
    in_table = False
    right_edge = None
    sector = None
    sector_rows = []
    subtotals = []
    grand_block = False
    while i < len(lines):
        ln = lines[i]
        no = i + 1
        m = CAPTION.match(ln)
        if m:
            country = m.group(2)
        if HEADER.match(ln):
            in_table, right_edge, sector, sector_rows, subtotals = True, len(ln), None, [], []
            i += 1
            continue
        if ln.strip() == "Budget CHF":
            grand_block, right_edge = True, len(ln)
            i += 1
            continue
        if grand_block:
            if ln.startswith("Grand total"):
                fig = re.split(r"\s{2,}", ln.strip())[-1]
                v = read_figure(fig, no, right_edge, ln, malformed)
                groups.append(dict(line=no, name="Grand total", parts=[t for _, t in country_totals],
                                   declared=v, kind="grand", malformed=[]))
            elif ln.startswith("="):
                grand_block = False
            elif ln.strip() and not ln.startswith("-"):
                fail(f"{no}: unexpected line in the grand total block: {ln!r}")
            i += 1
            continue
        if in_table:
            s = ln.strip()
            if not s or re.fullmatch(r"-+", s):
                pass
            elif re.fullmatch(r"=+", s):
                in_table = False
            elif re.fullmatch(r"[A-Z][A-Z ]+", s):
                sector, sector_rows = s, []
            elif ln.startswith("Subtotal "):
                label, fig = re.split(r"\s{2,}", s)
                v = read_figure(fig, no, right_edge, ln, malformed)
                sec_name = label[len("Subtotal "):]
                if sec_name.upper() != sector:
                    fail(f"{no}: subtotal {sec_name!r} under heading {sector!r}")
                groups.append(dict(line=no, name=f"{country} / {label}",
                                   parts=[r[1] for r in sector_rows], declared=v, kind="subtotal",
                                   malformed=[r for r in sector_rows if r[2]]))
                subtotals.append(v)
                sector = None
            elif ln.startswith("Total "):
                label, fig = re.split(r"\s{2,}", s)
                if label != f"Total {country}":
                    fail(f"{no}: total label {label!r} in table of {country!r}")
                v = read_figure(fig, no, right_edge, ln, malformed)
                groups.append(dict(line=no, name=label, parts=list(subtotals), declared=v,
                                   kind="country", malformed=[]))
                country_totals.append((no, v))
            elif ln.startswith(" " * 15):
                if re.search(r"\d", ln):
                    fail(f"{no}: digits on a title continuation line: {ln!r}")
            else:
                cells = re.split(r"\s{2,}", s)
                if len(cells) != 4:
                    fail(f"{no}: project row with {len(cells)} cells: {ln!r}")
                    i += 1
                    continue
                code, title, partner, fig = cells
                if not re.fullmatch(r"[A-Z]{3,}\d{3}-\d{2}|[A-Z]{2}/\d{2}/[A-Z]+/\d{2}", code):
                    fail(f"{no}: odd code {code!r}")
                if sector is None:
                    fail(f"{no}: project row outside a sector")
                before = len(malformed)
                v = read_figure(fig, no, right_edge, ln, malformed)
                sector_rows.append((no, v, len(malformed) > before))
            i += 1
            continue
        # outside tables: prose, headings, captions, footers
        footer = re.match(r"^Southern Africa Regional Emergency Plan 2017 - page \d of 9$", ln)
        year_end = re.search(r"[A-Za-z,] (?:19|20)\d\d$", ln) and re.match(r"^[A-Z]", ln)
        if re.search(r"\d$", ln) and not footer and not (year_end and no <= 6):
            fail(f"{no}: line outside a table ends with a figure: {ln!r}")
        i += 1

    # ---- expected
    exp_sum, exp_fmt, snippets = {}, {}, []
    for raw in EXP.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        m = re.match(r"^(\d+) (\S+)((?: \w+=\d+)*) \| (.*)$", raw)
        if not m:
            fail(f"bad .expected line: {raw!r}")
            continue
        lno, code, keys, note = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        kv = dict(k.split("=") for k in keys.split())
        if code == "table-total-mismatch":
            exp_sum[lno] = (int(kv["declared"]), int(kv["computed"]))
        elif code == "malformed-amount":
            exp_fmt[lno] = int(kv["value"])
        else:
            fail(f"unexpected code {code!r} in .expected")
        q = re.search(r'"([^"]+)"', note)
        if not q:
            fail(f"{lno}: note quotes nothing")
        else:
            snippets.append((lno, q.group(1)))

    got_sum = {g["line"]: (g["declared"], sum(g["parts"])) for g in groups
               if g["declared"] != sum(g["parts"])}
    if got_sum != exp_sum:
        fail(f"non-footing groups {got_sum} != expected {exp_sum}")
    got_fmt = {ln_: v for ln_, v, _ in malformed}
    if got_fmt != exp_fmt:
        fail(f"malformed figures {malformed} != expected {exp_fmt}")
    for g in groups:
        if g["malformed"] and g["declared"] != sum(g["parts"]):
            fail(f"{g['line']}: group with a malformed figure does not foot with its reading")
    for lno, snip in snippets:
        if snip not in lines[lno - 1]:
            fail(f"{lno}: snippet {snip!r} not on that line: {lines[lno - 1]!r}")

    # ---- tsv
    rows = [r.split("\t") for r in TSV.read_text(encoding="utf-8").splitlines() if r.strip()]
    want_head = ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]
    if rows[0] != want_head:
        fail(f"tsv header {rows[0]} != {want_head}")
    body = rows[1:]
    if len(body) != len(groups):
        fail(f"tsv has {len(body)} rows, text has {len(groups)} groups")
    for k, (r, g) in enumerate(zip(body, groups), start=1):
        want = [str(k), str(g["line"]), g["name"], str(len(g["parts"])), str(sum(g["parts"])),
                str(g["declared"])]
        if r != want:
            fail(f"tsv row {r} != text {want}")

    kinds = [g["kind"] for g in groups]
    print(f"groups: {len(groups)} ({kinds.count('subtotal')} subtotals, "
          f"{kinds.count('country')} country totals, {kinds.count('grand')} grand total)")
    for g in groups:
        flag = "" if g["declared"] == sum(g["parts"]) else "  <-- does not foot"
        print(f"  {g['line']:4d} {g['name']:50s} parts={len(g['parts'])} "
              f"sum={sum(g['parts'])} declared={g['declared']}{flag}")
    for ln_, v, f in malformed:
        print(f"  malformed at {ln_}: {f!r} read as {v}")
    if len(groups) != 29:
        fail(f"expected 29 groups, found {len(groups)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: the text agrees with the .expected and the .sections.tsv")


if __name__ == "__main__":
    main()
