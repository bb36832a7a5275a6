#!/usr/bin/env python3
"""The rows of Tests/VeerkrachtReportsTests/SmallWijkStore.swift as 2025-voorjaar.csv and
2026-voorjaar.csv in the current folder, for reference.py (same formula, written from that table)."""
import csv
items = "coh1 coh2 coh3 coh4 coh5 bin1 bin2 bin3 bin4 svt1 svt2 svt3 vb1 vb2 vb3 vb4 dig1 dig2 dig3 zr1 zr2 zr3 zr4 zr5 sr1 sr2 sr3 sr4 cr1 cr2 cr3 cr4".split()
wijken = [("WK077201", 40, 40, 30), ("WK077202", 25, 24, 5), ("WK077203", 14, 15, 0), ("WK077204", 6, 6, 0), ("WK077205", 8, 30, 0)]
for index, meting in enumerate(["2025-voorjaar", "2026-voorjaar"]):
    with open(f"{meting}.csv", "w", newline="") as f:
        w = csv.writer(f); w.writerow(["respondent", "wijk", "datum", "meting"] + items)
        for wi, (code, first, second, panel) in enumerate(wijken):
            for r in range(first if index == 0 else second):
                rid = f"{code}-{r}" if index == 0 or r < panel else f"{code}-nieuw-{r}"
                w.writerow([rid, code, f"{meting[:4]}-03-10", meting] + [str(1 + (r * 7 + i * 3 + wi + index * (wi + 1)) % 5) for i in range(len(items))])
