"""Shared helpers for the layouts2 generators (written blind: no crossfoot source, no crossfoot run)."""
from decimal import Decimal as D
import re

OUT = "fixtures/layouts"


def group3(intpart: str, sep: str) -> str:
    s = intpart
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def fmt(n, sep=",", dec=".", cents=None):
    """Format a Decimal with thousands separator `sep` and decimal mark `dec`.
    cents=None: show 2 decimals only when the value has a fraction."""
    n = D(n)
    sign = "-" if n < 0 else ""
    q = abs(n).quantize(D("0.01"))
    ip, fp = f"{q:.2f}".split(".")
    out = sign + group3(ip, sep)
    if cents is True or (cents is None and fp != "00"):
        out += dec + fp
    return out


def en(n):
    return fmt(n, ",", ".")


def ch(n):
    return fmt(n, "'", ".")


def de(n):
    return fmt(n, ".", ",")


def plain(n):
    """Plain decimal for the .expected keys and the .tsv: no separators, '.' for decimals,
    trailing zeros dropped."""
    n = D(n)
    s = format(n.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def key(n):
    """declared=/computed=/value= form: cents kept when the value has any."""
    n = D(n)
    if n == n.to_integral_value():
        return str(int(n))
    return f"{n.quantize(D('0.01'))}"


class Doc:
    def __init__(self):
        self.lines = []

    def add(self, s=""):
        """Append one or more lines (s may contain \n); return the 1-based number of the FIRST."""
        first = len(self.lines) + 1
        self.lines.extend(s.split("\n"))
        return first

    def blank(self, n=1):
        for _ in range(n):
            self.lines.append("")

    def text(self):
        return "\n".join(self.lines) + "\n"

    def here(self):
        return len(self.lines)


def first_digit_line(lines, needle, start, end=None):
    """1-based line of the first digit of `needle` (a printed figure) searched from line `start`."""
    end = end or len(lines)
    for i in range(start - 1, end):
        if needle in lines[i]:
            return i + 1
    raise ValueError(f"{needle!r} not found from line {start}")


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("ordinal\ttotal_line\tname\tbullets\tamounted\tlisted_sum\tdeclared\n")
        for i, r in enumerate(rows, 1):
            f.write(f"{i}\t{r['line']}\t{r['name']}\t{r['bullets']}\t{r['amounted']}\t"
                    f"{plain(r['listed'])}\t{plain(r['declared'])}\n")


def header_paragraphs(header):
    """Split a header into paragraphs: blank lines separate; '- ' starts one; an unindented line after a
    '- ' paragraph starts one; indented lines continue."""
    paras, cur, bullet = [], [], False
    for l in header.strip("\n").split("\n"):
        if not l.strip():
            if cur:
                paras.append(cur)
            paras.append([""])
            cur, bullet = [], False
            continue
        new = l.startswith("- ") or (bullet and not l.startswith(" "))
        if new and cur:
            paras.append(cur)
            cur = []
        if new or not cur:
            bullet = l.startswith("- ")
        cur.append(l)
    if cur:
        paras.append(cur)
    return paras


def write_expected(path, header, findings):
    import textwrap
    findings = sorted(findings, key=lambda f: f[0])
    out = []
    for p in header_paragraphs(header):
        if max(len(x) for x in p) <= 104:
            out += p
        else:
            text = " ".join(x.strip() for x in p)
            ind = "  " if p[0].startswith("- ") else ""
            out += textwrap.fill(text, width=104, subsequent_indent=ind, break_on_hyphens=False,
                                 break_long_words=False).split("\n")
    with open(path, "w", encoding="utf-8") as f:
        for h in out:
            f.write(("# " + h).rstrip() + "\n")
        f.write("\n")
        for line, rest in findings:
            f.write(f"{line} {rest}\n")


def digits_of_9(d):
    return d % 9 == 0


def sum_expr(values, f):
    return " + ".join(f(v) for v in values)


def diff_note(diff):
    """Describe a difference declared - computed."""
    d = abs(D(diff))
    if d == d.to_integral_value() and int(d) % 9 == 0:
        return " (divisible by 9)"
    return ""


# ---------------------------------------------------------------- generic group engine
def emit_group(d, grp, render_item, render_total):
    """grp: name, items [(title, value)], err (dict or None), optional 'errs' list.
    render_item(title, value, mod) -> (lines, fig_idx, quote); render_total(name, value, mod) -> same.
    Returns info with the printed figures and the lines of each figure."""
    errs = grp.get("errs") or ([grp["err"]] if grp.get("err") else [])
    items = grp["items"]
    true_total = sum(v for _, v in items)
    printed = [v for _, v in items]
    dropped = set()
    declared = true_total
    mods = {}
    tmod = None
    for e in errs:
        if e["kind"] == "swap":
            printed[e["i"]] = e["printed"]
        elif e["kind"] == "drop":
            dropped.add(e["i"])
        elif e["kind"] == "total":
            declared = e["printed"]
        elif e["kind"] == "fmt":
            mods[e["i"]] = e["mod"]
        elif e["kind"] == "totalfmt":
            tmod = e["mod"]
    info = dict(name=grp["name"], item_lines={}, quotes={}, errs=errs, items=items,
                printed=printed, dropped=dropped, declared=declared, true_total=true_total)
    for i, (title, _) in enumerate(items):
        if i in dropped:
            continue
        lines, fi, q = render_item(title, printed[i], mods.get(i))
        first = d.add("\n".join(lines))
        info["item_lines"][i] = first + fi
        info["quotes"][i] = q
    rt = render_total(grp["name"], declared, tmod)
    lines, fi, q = rt[:3]
    si = rt[3] if len(rt) > 3 else fi
    first = d.add("\n".join(lines))
    info["total_line"] = first + fi
    info["total_start"] = first + si
    info["tquote"] = q
    info["listed_vals"] = [printed[i] for i in range(len(items)) if i not in dropped]
    info["listed"] = sum(info["listed_vals"])
    return info


def findings_for(info, nf, cur, where="", unit="project"):
    """Findings of one group; nf formats a number as printed, cur is the currency word for quotes."""
    out = []
    lv, listed, declared = info["listed_vals"], info["listed"], info["declared"]
    expr = sum_expr(lv, nf)
    name = info["name"] + where
    tq = info["tquote"]
    for e in info["errs"]:
        k = e["kind"]
        dd = declared - listed
        if k == "total":
            why = e.get("why") or (f"one wrong digit in the total ({nf(listed)} printed as {nf(declared)})")
            out.append((info["total_line"], f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                        f"{name}: \"{tq}\" but {expr} = {nf(listed)}; difference {nf(dd)}"
                        f"{diff_note(dd)} = {why}"))
        elif k == "swap":
            i = e["i"]
            why = e.get("why") or "has two digits swapped"
            out.append((info["total_line"], f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                        f"{name}: \"{tq}\" but {expr} = {nf(listed)}; difference {nf(dd)}{diff_note(dd)}: "
                        f"\"{info['quotes'][i]}\" (line {info['item_lines'][i]}) {why}, the total counts "
                        f"{nf(info['items'][i][1])}"))
        elif k == "drop":
            i = e["i"]
            t, v = info["items"][i]
            out.append((info["total_line"], f"total-mismatch declared={key(declared)} computed={key(listed)} | "
                        f"{name}: \"{tq}\" but {expr} = {nf(listed)}; difference {nf(dd)} is no listed "
                        f"amount: a {unit} is missing (injected: '{t} – {cur} {nf(v)}' removed, the total "
                        f"still counts it)"))
        elif k == "fmt":
            i = e["i"]
            v = info["printed"][i]
            out.append((info["item_lines"][i], f"{e['code']} value={key(v)} | {name}: \"{info['quotes'][i]}\": "
                        f"{e['why']}; read as {nf(v)} the group foots ({expr} = {nf(listed)} = \"{tq}\")"))
        elif k == "totalfmt":
            out.append((info["total_start"], f"{e['code']} | {name}: \"{tq}\": {e['why']}; its figure foots "
                        f"({expr} = {nf(listed)})"))
    return out


def row_for(info):
    n = len(info["listed_vals"])
    return dict(line=info["total_line"], name=info["name"], bullets=n, amounted=n,
                listed=info["listed"], declared=info["declared"])


def wrap(text, width=92, indent=""):
    """Fill a paragraph; an amount in prose ("USD 39.2 million", "CHF 2 million", "2 Mio. €") is
    never split over two lines."""
    import textwrap
    pat = re.compile(r"(?:USD|EUR|CHF|US\$) [\d.,']+(?: (?:million|billion|bn|m|k|Mio\.|Mrd\.))?"
                     r"|[\d.,]+ (?:Mio\. |Mrd\. )?€|[\d.,']+ (?:million|per cent|Prozent|%)")
    text = pat.sub(lambda m: m.group(0).replace(" ", "\x00"), text)
    out = textwrap.fill(text, width=width, subsequent_indent=indent, break_on_hyphens=False,
                        break_long_words=False)
    return out.replace("\x00", " ")
