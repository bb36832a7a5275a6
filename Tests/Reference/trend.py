#!/usr/bin/env python3
"""Reference figures of a trend (every meting of an area), from reference.py's scoring.

  trend.py FILE.csv METING1 METING2 ...

For every area (wijk and gemeente) and construct, in the order of the metingen given:
  point,AREA,CONSTRUCT,METING,n,mean,ci_low,ci_high           (figures empty below 10 respondents)
  step,AREA,CONSTRUCT,FROM,TO,difference,ci_low,ci_high,significant   (both sides 10 or more)
  span,AREA,CONSTRUCT,FIRST,LAST,pairs,mean_paired_difference,pct_improved,pct_worsened
Disclosure control beyond 10 respondents per cell (complementary suppression) is not applied here.
"""
import csv, sys
import numpy as np
import reference as ref


def main():
    path, metingen = sys.argv[1], sys.argv[2:]
    rows = ref.read_responses([path], None)
    out = csv.writer(sys.stdout, lineterminator="\n")
    for by in ("wijk", "gemeente"):
        areas = sorted({ref.area_of(r, by) for r in rows})
        for area in areas:
            for c in ref.CONSTRUCTS + ["veerkracht"]:
                for m in metingen:
                    xs = [r["score"][c] for r in rows if r["meting"] == m and ref.area_of(r, by) == area and r["score"][c] is not None]
                    d = ref.describe(xs) if xs else {"n": 0}
                    out.writerow(["point", area, c, m, d["n"]] + [ref.fmt(d.get(k)) for k in ("gemiddelde", "ci_laag", "ci_hoog")])
                for a, b in zip(metingen, metingen[1:]):
                    d = ref.change_row(rows, by, area, c, a, b)
                    if d["status"] == "ok":
                        out.writerow(["step", area, c, a, b] + [ref.fmt(d[k]) for k in ("verschil", "ci_laag", "ci_hoog", "significant")])
                first, last = metingen[0], metingen[-1]
                d = ref.change_row(rows, by, area, c, first, last)
                pre = {r["respondent"]: r["score"][c] for r in rows
                       if r["meting"] == first and ref.area_of(r, by) == area and r["score"][c] is not None}
                diffs = [r["score"][c] - pre[r["respondent"]] for r in rows if r["meting"] == last and ref.area_of(r, by) == area
                         and r["score"][c] is not None and r["respondent"] in pre]
                out.writerow(["span", area, c, first, last, len(diffs), ref.fmt(float(np.mean(diffs)) if diffs else None),
                              ref.fmt(d.get("pct_verbeterd")), ref.fmt(d.get("pct_verslechterd"))])


if __name__ == "__main__":
    main()
