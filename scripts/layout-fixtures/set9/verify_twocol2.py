#!/usr/bin/env python3
"""Re-read fixtures/layouts/two-column-2/appeal-layout.txt (pdftotext -layout of a two-column
PDF) by its own column-aware parsing, independently of the generator's data, and check:
  - every section's items against its declared total; the sections that do not foot must be
    exactly the injected sum errors (Ba, Sanma, Isabel);
  - the format slips (hyphen, lakh grouping, no currency) are exactly the injected ones;
  - these findings equal appeal-layout.expected, and each .expected line's first quoted
    snippet occurs on the line it gives;
  - appeal-layout.sections.tsv equals the sections read here;
  - every figure of the text occurs once (years and page numbers aside).

Run from the repository root:  python3 scripts/layout-fixtures/set9/verify_twocol2.py
"""
import collections
import os
import re
import sys

DIR = os.path.join("fixtures", "layouts", "two-column-2")
TXT = os.path.join(DIR, "appeal-layout.txt")
EXP = os.path.join(DIR, "appeal-layout.expected")
TSV = os.path.join(DIR, "appeal-layout.sections.tsv")
INJECTED_SUM = {"Ba Province", "Sanma Province", "Isabel Province"}

SHY, HYPHEN = "\u00ad", "\u2010"
errors = []


def fail(msg):
    errors.append(msg)


def read_lines():
    data = open(TXT, encoding="utf-8").read()
    raw = data.split("\n")  # lines end at \n only; a form feed starts the next page
    pages, cur = [], []
    for i, line in enumerate(raw, 1):
        if line.startswith("\f"):
            pages.append(cur)
            cur = []
            line = line[1:]
        cur.append((i, line))
    pages.append(cur)
    return raw, [p for p in pages if any(t.strip() for _, t in p)]


def furniture(pages):
    """Running header (same first line on every page) and footer ("-N-") lines."""
    firsts = [next(t.strip() for _, t in p if t.strip()) for p in pages]
    header = collections.Counter(firsts).most_common(1)[0][0]
    if firsts.count(header) != len(pages):
        fail("running header not on every page: %r" % firsts)
    skip = set()
    numbers = []
    for p in pages:
        nonblank = [(n, t) for n, t in p if t.strip()]
        if nonblank[0][1].strip() == header:
            skip.add(nonblank[0][0])
        n, t = nonblank[-1]
        m = re.fullmatch(r"\s*-\s*(\d+)\s*-\s*", t)
        if m:
            skip.add(n)
            numbers.append(int(m.group(1)))
        else:
            fail("page without a '-N-' footer (last line %d: %r)" % (n, t))
    if numbers != list(range(1, len(pages) + 1)):
        fail("page numbers %r" % numbers)
    return header, skip


def right_start(page, skip):
    """The column where the right column's lines begin: the commonest start of text that
    follows a run of 3+ spaces in the right half of the line."""
    width = max(len(t) for _, t in page)
    starts = collections.Counter()
    for n, t in page:
        if n in skip:
            continue
        for m in re.finditer(r"(?<=   )\S", t):
            if m.start() > 0.4 * width:
                starts[m.start()] += 1
                break
    return starts.most_common(1)[0][0]


def stream(pages, skip):
    """The text in reading order: (line, text) pieces. A page is cut into bands by the lines
    that cross the gutter (title, part heading); in each band the left column is read, then
    the right one."""
    out, full, gutters = [], [], []
    for page in pages:
        R = right_start(page, skip)
        gutters.append(R)
        band = []

        def flush():
            for n, t in band:
                if t[:R - 3].strip():
                    out.append((n, t[:R - 3].strip()))
            for n, t in band:
                if t[R - 3:].strip():
                    out.append((n, t[R - 3:].strip()))
            band.clear()

        for n, t in page:
            if n in skip or not t.strip():
                continue
            if t[R - 3:R].strip():  # text in the gutter: a line across both columns
                flush()
                full.append((n, t.strip()))
                out.append((n, t.strip()))
            else:
                band.append((n, t))
        flush()
    return out, full, gutters


AMOUNT_END = re.compile(r"(?:^|\s)([\u2013-])\s*(USD\s*)?(\d[\d,]*\d)$")


def join(pieces):
    """Join the pieces of a wrapped item or total; return the text and, per character, the
    line it came from. A soft hyphen + hyphen (or a lone U+2010) at a line end is dropped and
    the word joined; a hyphen-minus or en dash ending a word at a line end is kept, with no
    space; a dash standing alone ("... –" / "USD 1,234") is followed by a space."""
    text, where = "", []
    for n, t in pieces:
        if text:
            if text.endswith(SHY + HYPHEN):
                text, where = text[:-2], where[:-2]
            elif text.endswith(HYPHEN):
                text, where = text[:-1], where[:-1]
            elif text.endswith(("-", "\u2013")) and not text[-2:-1].isspace():
                pass  # "flood-" / "affected", "Honiara–" / "Tenaru": a compound, kept whole
            else:
                text += " "
                where.append(n)
        text += t
        where.extend([n] * len(t))
    return text, where


def parse(items_stream):
    sections, hyphenated = [], []
    state, pending, country = "intro", None, None
    cur = None
    for n, t in items_stream:
        if t.endswith(HYPHEN):
            hyphenated.append((n, t.split()[-1]))
        if pending is not None:
            pending["pieces"].append((n, t))
            if finish(pending):
                pending = None
                if state == "total":
                    state = "after_total"
            continue
        if re.match(r"Part (One|Two) \u2013 ", t):
            continue
        if re.fullmatch(r"[A-Z][A-Z ]{3,}", t):
            country, state = t, "after_banner"
            continue
        if t.startswith("\u2022"):
            if cur is None:
                fail("item outside a section at %d" % n)
                continue
            pending = {"kind": "item", "pieces": [(n, t)]}
            cur["items"].append(pending)
            state = "items"
            if finish(pending):
                pending = None
            continue
        if t.startswith("Total funding requirements for"):
            pending = {"kind": "total", "pieces": [(n, t)]}
            cur["total"] = pending
            state = "total"
            if finish(pending):
                pending, state = None, "after_total"
            continue
        if state in ("after_banner", "after_total") and len(t) < 30 and not t.endswith("."):
            cur = {"name": t, "line": n, "country": country, "items": [], "total": None,
                   "prose": []}
            sections.append(cur)
            state = "prose"
            continue
        if cur is not None and state == "prose":
            cur["prose"].append((n, t))
    if pending is not None:
        fail("unfinished %s at %d" % (pending["kind"], pending["pieces"][0][0]))
    # the closing lines after the last total (signature) are no section
    if sections and not sections[-1]["items"] and sections[-1]["total"] is None:
        last = sections.pop()
        print("closing text, no section: %d %r" % (last["line"], last["name"]))
    return sections, hyphenated


def finish(entry):
    text, where = join(entry["pieces"])
    m = AMOUNT_END.search(text)
    if not m:
        return False
    entry["text"] = text
    entry["dash"] = m.group(1)
    entry["currency"] = m.group(2)
    entry["figure"] = m.group(3)
    entry["value"] = int(m.group(3).replace(",", ""))
    entry["figure_line"] = where[m.start(3)]
    entry["title"] = text[:m.start(1)].strip()
    return True


def findings(sections):
    found = []
    for s in sections:
        tot = s["total"]
        if tot is None:
            fail("no total in %s" % s["name"])
            continue
        m = re.match(r"Total funding requirements for (.+?) \u2013 USD ", tot["text"])
        if not m or m.group(1) != s["name"]:
            fail("total %r does not name %s" % (tot["text"], s["name"]))
        if tot["dash"] != "\u2013" or not tot["currency"] or \
                not re.fullmatch(r"\d{1,3}(,\d{3})*", tot["figure"]):
            fail("total not in the house form: %r" % tot["text"])
        for it in s["items"]:
            if "figure" not in it:
                continue
            if not re.fullmatch(r"\d{1,3}(,\d{3})*", it["figure"]):
                found.append((it["figure_line"], "malformed-amount", "value=%d" % it["value"],
                              s["name"], it["figure"]))
            elif it["dash"] != "\u2013":
                found.append((it["figure_line"], "malformed-amount", "value=%d" % it["value"],
                              s["name"], "hyphen"))
            if not it["currency"]:
                found.append((it["figure_line"], "missing-currency", "value=%d" % it["value"],
                              s["name"], it["figure"]))
        computed = sum(it["value"] for it in s["items"])
        s["computed"] = computed
        if computed != tot["value"]:
            found.append((tot["figure_line"], "total-mismatch",
                          "declared=%d computed=%d" % (tot["value"], computed), s["name"], ""))
    return found


def check_expected(found, raw):
    got = sorted((f[0], f[1], f[2]) for f in found)
    exp = []
    for ln in open(EXP, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.lstrip().startswith("#"):
            continue
        head, _, note = ln.partition("|")
        parts = head.split()
        line, code, keys = int(parts[0]), parts[1], " ".join(parts[2:])
        exp.append((line, code, keys))
        q = re.search(r'"([^"]+)"', note)
        if not q:
            fail("no quoted snippet in .expected line %r" % ln)
        elif q.group(1) not in raw[line - 1]:
            fail("snippet %r not on line %d: %r" % (q.group(1), line, raw[line - 1]))
    exp.sort()
    if got != exp:
        fail("findings differ from .expected:\n  read:     %r\n  expected: %r" % (got, exp))
    return exp


def check_tsv(sections):
    rows = [r.rstrip("\n").split("\t") for r in open(TSV, encoding="utf-8") if r.strip()]
    if rows[0] != ["ordinal", "total_line", "name", "parts", "listed_sum", "declared"]:
        fail("tsv header %r" % rows[0])
    want = [[str(i), str(s["total"]["figure_line"]), s["name"], str(len(s["items"])),
             str(s["computed"]), str(s["total"]["value"])] for i, s in enumerate(sections, 1)]
    if rows[1:] != want:
        for a, b in zip(rows[1:], want):
            if a != b:
                fail("tsv row %r, read %r" % (a, b))
        if len(rows) - 1 != len(want):
            fail("tsv has %d rows, %d sections read" % (len(rows) - 1, len(want)))


def check_unique(text_stream):
    seen = collections.Counter()
    for _, t in text_stream:
        for m in re.finditer(r"(?<![\d,.])\d[\d,.]*\d|(?<![\d,.])\d(?![\d,.])", t):
            f = m.group(0).rstrip(".,")
            if re.fullmatch(r"20(19|2[0-4])", f) or len(f) < 2:
                continue
            seen[f] += 1
    dups = {f: c for f, c in seen.items() if c > 1}
    if dups:
        fail("figures that occur more than once: %r" % dups)


def main():
    raw, pages = read_lines()
    header, skip = furniture(pages)
    text_stream, full, gutters = stream(pages, skip)
    sections, hyphenated = parse(text_stream)
    found = findings(sections)
    not_footing = {f[3] for f in found if f[1] == "total-mismatch"}
    if not_footing != INJECTED_SUM:
        fail("sections that do not foot: %r" % sorted(not_footing))
    exp = check_expected(found, raw)
    check_tsv(sections)
    check_unique(text_stream)
    if len(pages) < 3:
        fail("only %d pages" % len(pages))
    if len(sections) < 20:
        fail("only %d sections" % len(sections))

    print("%s: %d pages, right column at %r, header %r" % (TXT, len(pages), gutters, header))
    print("lines across the gutter:", ", ".join("%d %r" % (n, t[:40]) for n, t in full))
    country = None
    for i, s in enumerate(sections, 1):
        if s["country"] != country:
            country = s["country"]
            print("  %s" % country)
        print("  %2d %-24s heading %3d, %d items, listed %9d, declared %9d (line %d)%s" % (
            i, s["name"], s["line"], len(s["items"]), s["computed"], s["total"]["value"],
            s["total"]["figure_line"], "" if s["computed"] == s["total"]["value"] else "  <- does not foot"))
    print("hyphenated at line ends:", ", ".join("%d %s" % h for h in hyphenated))
    print("findings:")
    for f in sorted(found):
        print("  %d %s %s | %s %s" % f)
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: %d sections, %d findings equal %s" % (len(sections), len(exp), EXP))


if __name__ == "__main__":
    main()
