# Checks every .expected line against the document text and the sections.tsv:
# the LINE holds the figure (first digit), declared/computed equal the tsv row at that line,
# value= is the figure read as intended, and every quoted snippet occurs in the document.
import re, sys
from decimal import Decimal as Dm
L = "fixtures/layouts/"
bad = 0
for n in ["wordings-markers", "project-table", "indented-summary", "totals-first", "eur-european"]:
    text = open(L + n + ".txt", encoding="utf-8").read()
    ls = text.split("\n")
    tsv = {int(r.split("\t")[1]): r.rstrip("\n").split("\t") for r in list(open(L + n + ".sections.tsv"))[1:]}
    flat = re.sub(r"\s+", " ", text)
    count = 0
    for e in open(L + n + ".expected", encoding="utf-8"):
        e = e.rstrip("\n")
        if not e or e.startswith("#"): continue
        count += 1
        head, expl = e.split(" | ", 1)
        parts = head.split()
        line, code, kv = int(parts[0]), parts[1], dict(p.split("=") for p in parts[2:])
        src = ls[line - 1]
        probs = []
        if code == "total-mismatch":
            r = tsv.get(line)
            if not r: probs.append("no tsv row at this line")
            else:
                if Dm(kv["declared"]) != Dm(r[6]) or Dm(kv["computed"]) != Dm(r[5]):
                    probs.append(f"tsv says declared={r[6]} listed={r[5]}")
                if Dm(r[5]) == Dm(r[6]): probs.append("tsv row foots")
            # the declared figure's digits must be on this line
            toks = [re.sub(r"\D", "", t) for t in re.findall(r"[\dO][\dO.,]*", src)]
            want = re.sub(r"\D", "", kv["declared"].replace(".50", "50"))
            if not any(t == re.sub(r"\D", "", kv["declared"]) or t == want for t in toks):
                probs.append(f"declared figure not on line: {src!r}")
        elif code in ("malformed-amount", "missing-currency"):
            toks = [re.sub(r"\D", "", t.replace("O", "0")) for t in re.findall(r"[\dO][\dO., ]*\d", src)]
            if str(int(Dm(kv["value"]))) not in toks: probs.append(f"value not on line: {src!r} {toks}")
        elif code == "malformed-total":
            if not re.match(r"^\s*\S*[Tt]ot", src): probs.append(f"no total label at line: {src!r}")
        for q in re.findall(r'"([^"]+)"', expl):
            for piece in re.split(r" \.\.\. | / |\.\.\.\.", q):
                piece = piece.strip()
                if piece and re.sub(r"\s+", " ", piece) not in flat:
                    probs.append(f"quote not in text: {piece!r}")
        if probs:
            bad += 1; print(n, line, code, probs)
    nf = sum(1 for r in tsv.values() if Dm(r[5]) != Dm(r[6]))
    tm = sum(1 for e in open(L + n + ".expected") if " total-mismatch " in e and not e.startswith("#"))
    print(f"{n}: {count} findings; tsv rows not footing {nf}, total-mismatch lines {tm}")
    if nf != tm: bad += 1
sys.exit(1 if bad else 0)
