#!/usr/bin/env python3
"""Independent reference implementation of SPEC.md sections 2-6 (scoring, aggregation, change).

Written from the specification only, without reading the Swift sources, for use by tests and
benchmarks as an oracle. Not part of the product.

  reference.py scores --by wijk|gemeente [--meting M] [--default-meting L] FILE.csv ...
  reference.py change --by wijk|gemeente --van M1 --naar M2 [--default-meting L] FILE.csv ...

--groep NAAM=WK1,WK2 (repeatable, with --by wijk) counts those wijken as one area NAAM, as a
rapportagegebied: its figures over the members' respondents pooled.

Output: the SPEC section 6 "Score export" / "Change export" CSV on stdout, numbers via repr().
"""
import argparse, csv, io, math, sys
import numpy as np
from scipy import stats

SCALES = {"eens5": (1, 5), "kans5": (1, 5), "freq5": (1, 5), "score11": (0, 10), "aantal": (0, 5)}
ITEMS = [  # (item, construct, scale, reverse)
    ("coh1", "cohesie", "eens5", 0), ("coh2", "cohesie", "eens5", 0), ("coh3", "cohesie", "eens5", 0),
    ("coh4", "cohesie", "eens5", 1), ("coh5", "cohesie", "eens5", 0),
    ("bin1", "binding", "eens5", 0), ("bin2", "binding", "eens5", 0), ("bin3", "binding", "eens5", 1),
    ("bin4", "binding", "eens5", 0),
    ("svt1", "sociaal_vertrouwen", "score11", 0), ("svt2", "sociaal_vertrouwen", "score11", 0),
    ("svt3", "sociaal_vertrouwen", "score11", 0),
    ("vb1", "veranderingsbereidheid", "eens5", 0), ("vb2", "veranderingsbereidheid", "eens5", 1),
    ("vb3", "veranderingsbereidheid", "eens5", 0), ("vb4", "veranderingsbereidheid", "eens5", 1),
    ("dig1", "digitaal_contact", "freq5", 0), ("dig2", "digitaal_contact", "freq5", 0),
    ("dig3", "digitaal_contact", "eens5", 0),
    ("zr1", "zelfredzaamheid", "eens5", 0), ("zr2", "zelfredzaamheid", "eens5", 1),
    ("zr3", "zelfredzaamheid", "eens5", 1), ("zr4", "zelfredzaamheid", "eens5", 0),
    ("zr5", "zelfredzaamheid", "eens5", 0),
    ("sr1", "samenredzaamheid", "eens5", 0), ("sr2", "samenredzaamheid", "eens5", 0),
    ("sr3", "samenredzaamheid", "eens5", 1), ("sr4", "samenredzaamheid", "aantal", 0),
    ("cr1", "community_redzaamheid", "eens5", 0), ("cr2", "community_redzaamheid", "kans5", 0),
    ("cr3", "community_redzaamheid", "kans5", 0), ("cr4", "community_redzaamheid", "eens5", 0),
]
CONSTRUCTS = list(dict.fromkeys(c for _, c, _, _ in ITEMS))
REDZAAM = ["zelfredzaamheid", "samenredzaamheid", "community_redzaamheid"]
LAAG, HOOG, MIN_N, OK_N = 4.0, 7.0, 10, 30


def normalise(item, raw):
    """Normalised 0-10 item score, or None when missing (SPEC 3.1-3.4)."""
    if raw is None:
        return None
    _, _, scale, rev = next(t for t in ITEMS if t[0] == item)
    lo, hi = SCALES[scale]
    v = float(raw)
    assert v == int(v), f"{item}: not a whole number: {raw!r}"
    if scale == "aantal":
        assert v >= 0, f"{item}: negative count {raw!r}"
        v = min(v, 5.0)
    assert lo <= v <= hi, f"{item}: {raw!r} outside {scale}"
    if rev:
        v = lo + hi - v
    return 10.0 * (v - lo) / (hi - lo)


def score(norm):
    """norm: {item: normalised or None} -> {construct: score or None} (SPEC 3.5-3.6)."""
    out = {}
    for c in CONSTRUCTS:
        vals = [norm[i] for i, cc, _, _ in ITEMS if cc == c and norm[i] is not None]
        k = sum(1 for _, cc, _, _ in ITEMS if cc == c)
        out[c] = sum(vals) / len(vals) if len(vals) >= math.ceil(2 * k / 3) else None
    red = [out[c] for c in REDZAAM if out[c] is not None]
    out["veerkracht"] = sum(red) / len(red) if len(red) >= 2 else None
    return out


def read_responses(paths, default_meting):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
        header = text.splitlines()[0] if text else ""
        delim = ";" if header.count(";") > header.count(",") else ","
        for rec in csv.DictReader(io.StringIO(text), delimiter=delim):
            get = lambda k: (None if (rec.get(k) or "").strip() in ("", "NA") else rec[k].strip())
            norm = {i: normalise(i, get(i)) for i, _, _, _ in ITEMS}
            rows.append({"respondent": rec["respondent"].strip(), "wijk": rec["wijk"].strip(),
                         "meting": get("meting") or default_meting, "norm": norm, "score": score(norm)})
    return rows


GROUPS = {}  # wijk -> rapportagegebied name (--groep)


def area_of(row, by):
    return GROUPS.get(row["wijk"], row["wijk"]) if by == "wijk" else "GM" + row["wijk"][2:6]


def fmt(x):
    return "" if x is None else repr(float(x)) if isinstance(x, (float, np.floating)) else str(x)


def describe(xs):
    x = np.asarray(xs, dtype=float)
    n = len(x)
    d = {"n": n, "status": "onderdrukt" if n < MIN_N else "indicatief" if n < OK_N else "ok"}
    if n >= MIN_N:
        mean, sd = float(np.mean(x)), float(np.std(x, ddof=1))
        h = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
        d.update(gemiddelde=mean, sd=sd, ci_laag=mean - h, ci_hoog=mean + h,
                 pct_laag=100.0 * np.sum(x < LAAG) / n, pct_hoog=100.0 * np.sum(x >= HOOG) / n)
    return d


def cmd_scores(rows, by, meting):
    cols = ["meting", "gebied", "construct", "n", "gemiddelde", "sd", "ci_laag", "ci_hoog",
            "pct_laag", "pct_hoog", "status"]
    groups = {}
    for r in rows:
        if meting is not None and r["meting"] != meting:
            continue
        for c, s in r["score"].items():
            if s is not None:
                groups.setdefault((r["meting"], area_of(r, by), c), []).append(s)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(cols)
    for key in sorted(groups):
        d = dict(zip(cols, key), **describe(groups[key]))
        w.writerow([fmt(d.get(k)) for k in cols])


def cronbach_alpha(matrix):
    """matrix: respondents x items (complete cases). None when undefined."""
    m = np.asarray(matrix, dtype=float)
    if m.shape[0] < 2 or m.shape[1] < 2:
        return None
    var_total = np.var(m.sum(axis=1), ddof=1)
    if var_total == 0:
        return None
    k = m.shape[1]
    return k / (k - 1) * (1 - np.var(m, axis=0, ddof=1).sum() / var_total)


def change_row(rows, by, area, c, van, naar):
    van_rows = [r for r in rows if r["meting"] == van and area_of(r, by) == area]
    naar_rows = [r for r in rows if r["meting"] == naar and area_of(r, by) == area]
    a = np.array([r["score"][c] for r in van_rows if r["score"][c] is not None])
    b = np.array([r["score"][c] for r in naar_rows if r["score"][c] is not None])
    d = {"gebied": area, "construct": c, "n_van": len(a), "n_naar": len(b)}
    if len(a) < MIN_N or len(b) < MIN_N:
        return dict(d, status="onderdrukt")
    diff = float(b.mean() - a.mean())
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = math.sqrt(va + vb)
    if se > 0:
        df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
        h = stats.t.ppf(0.975, df) * se
    else:  # both samples constant: degenerate interval [diff, diff]
        h = 0.0
    lo, hi = diff - h, diff + h
    d.update(gem_van=float(a.mean()), gem_naar=float(b.mean()), verschil=diff, ci_laag=lo, ci_hoog=hi,
             significant="ja" if lo > 0 or hi < 0 else "nee", status="ok")
    pre = {r["respondent"]: r["score"][c] for r in van_rows if r["score"][c] is not None}
    pairs = [(pre[r["respondent"]], r["score"][c]) for r in naar_rows
             if r["score"][c] is not None and r["respondent"] in pre]
    d["n_gepaard"] = len(pairs)
    if c == "veerkracht" or len(pairs) < MIN_N:
        return d
    # SD_pre and alpha over ALL respondents of the `van` meting, every gebied together (SPEC §5):
    # the same reference group for every table, so reliable change is a property of the resident.
    everyone = [r for r in rows if r["meting"] == van]
    items = [i for i, cc, _, _ in ITEMS if cc == c]
    complete = [[r["norm"][i] for i in items] for r in everyone
                if all(r["norm"][i] is not None for i in items)]
    alpha = cronbach_alpha(complete)
    sd_pre = float(np.array([r["score"][c] for r in everyone if r["score"][c] is not None]).std(ddof=1))
    # Undefined RCI (alpha unknown, alpha == 1 up to rounding noise, or SD_pre == 0): leave empty.
    if alpha is None or 1 - alpha < 1e-9 or sd_pre == 0:
        return d
    s_diff = math.sqrt(2) * sd_pre * math.sqrt(1 - alpha)
    rci = [(post - prev) / s_diff for prev, post in pairs]
    d["pct_verbeterd"] = 100.0 * sum(1 for x in rci if x > 1.96) / len(pairs)
    d["pct_verslechterd"] = 100.0 * sum(1 for x in rci if x < -1.96) / len(pairs)
    return d


def cmd_change(rows, by, van, naar):
    cols = ["gebied", "construct", "n_van", "n_naar", "gem_van", "gem_naar", "verschil", "ci_laag",
            "ci_hoog", "significant", "n_gepaard", "pct_verbeterd", "pct_verslechterd", "status"]
    keys = sorted({(area_of(r, by), c) for r in rows if r["meting"] in (van, naar)
                   for c, s in r["score"].items() if s is not None})
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(cols)
    for area, c in keys:
        d = change_row(rows, by, area, c, van, naar)
        w.writerow([fmt(d.get(k)) for k in cols])


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("command", choices=["scores", "change"])
    p.add_argument("--by", choices=["wijk", "gemeente"], required=True)
    p.add_argument("--meting")
    p.add_argument("--van")
    p.add_argument("--naar")
    p.add_argument("--default-meting")
    p.add_argument("--groep", action="append", default=[])
    p.add_argument("files", nargs="+")
    args = p.parse_args(argv)
    for spec in args.groep:
        name, wijken = spec.split("=", 1)
        GROUPS.update({w: name for w in wijken.split(",")})
    rows = read_responses(args.files, args.default_meting)
    if args.command == "scores":
        cmd_scores(rows, args.by, args.meting)
    else:
        if not (args.van and args.naar):
            p.error("change needs --van and --naar")
        cmd_change(rows, args.by, args.van, args.naar)


if __name__ == "__main__":
    main()
