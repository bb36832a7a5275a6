#!/usr/bin/env python3
"""Print test of the reports: the demo's gemeente summary and wijk dashboard are printed to PDF by
headless chromium and read back, to check they make a tidy A4 document: a sane number of pages,
every page A4, every section title in the text and none alone at the foot of a page, no text
outside the page, and every word of the tables' wijk names and column headers printed as often as
the page shows it (chromium drops what runs off the page edge, so a cut table loses words), and
every story (verhaal) whole on one page.

Usage: print_test.py [VEERKRACHT_BINARY] [--keep DIR]
Needs chromium (Debian) and pypdf (PyPI); skips with a message without them.
Prints "N passed, N failed" last; exit status 1 when a check failed.
"""
import argparse, html, os, re, shutil, subprocess, sys, tempfile

A4 = (595.28, 841.89)   # points
PAGES = range(3, 15)    # a sane length for a summary of one gemeente or wijk
CHECKS = []


def check(name, ok, detail=""):
    CHECKS.append(ok)
    print(("ok    " if ok else "FAIL  ") + name + ("" if ok else f": {detail}"))


def squeeze(text):
    """Text in lower case (print may capitalise) without whitespace and hyphens, so words wrapped or
    hyphenated in a narrow column still match."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", text).lower()


def texts(pattern, page):
    return [html.unescape(re.sub(r"<[^>]+>", "", m)).strip() for m in re.findall(pattern, page, re.S)]


def print_pdf(chromium, page, pdf):
    subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + page], check=True, capture_output=True, timeout=120)


def check_report(name, page_file, pdf_file, chromium):
    from pypdf import PdfReader
    page = open(page_file, encoding="utf-8").read()
    print_pdf(chromium, page_file, pdf_file)
    reader = PdfReader(pdf_file)
    check(f"{name}: {len(reader.pages)} pages, within {PAGES.start}–{PAGES.stop - 1}", len(reader.pages) in PAGES)
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    check(f"{name}: every page is A4", sizes == {(round(A4[0]), round(A4[1]))}, str(sizes))

    outside = []
    pages = []
    for number, p in enumerate(reader.pages, 1):
        width, height = float(p.mediabox.width), float(p.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, width=width, height=height):
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and not (0 <= x <= width and 0 <= y <= height):
                outside.append(f"page {number}: {text.strip()[:30]!r} at ({x:.0f}, {y:.0f})")
        pages.append(p.extract_text(visitor_text=visit))
    check(f"{name}: no text outside the page", not outside, "; ".join(outside[:5]))
    whole = squeeze("".join(pages))
    shown = squeeze(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|title|desc)>.*?</\1>", "", page, flags=re.S))))

    titles = texts(r"<h2>(.*?)<span", page) + texts(r"<h2>([^<]*)</h2>", page)
    missing = [t for t in titles if squeeze(t) not in whole]
    check(f"{name}: all {len(titles)} section titles are printed", titles and not missing, str(missing))
    alone = [t for t in titles for text in pages
             if squeeze(t) in squeeze(text) and len(squeeze(text).split(squeeze(t), 1)[1]) < 60]
    check(f"{name}: no section title alone at the foot of a page", not alone, str(alone))

    # A story prints whole: its title and the end of its text on one page.
    stories = re.findall(r'<article class="verhaal">.*?<h4>(.*?)</h4>.*?<blockquote>(.*?)</blockquote>', page, re.S)
    split = [title for title, text in stories
             if not any(squeeze(html.unescape(title)) in squeeze(p) and squeeze(texts(r"(.*)", text)[0][-40:]) in squeeze(p) for p in pages)]
    check(f"{name}: all {len(stories)} stories printed whole, each on one page", not split, str(split))

    # A word of a table's headers or row names printed fewer times than the page shows it was cut off.
    for table in re.findall(r'<table class="(?:wijken|groups)[^"]*">.*?</table>', page, re.S):
        heads = texts(r'<th scope="col"[^>]*>(.*?)</th>', table)
        rows = texts(r'<th scope="row">(.*?)<span', table)
        words = {squeeze(w) for t in heads + rows for w in t.split() if len(w) > 3}
        cut = sorted(w for w in words if whole.count(w) < shown.count(w))
        check(f"{name}: table with {len(rows)} rows × {len(heads)} columns printed whole", rows and not cut,
              "cut off: " + ", ".join(cut))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=os.path.join(here, "..", "..", ".build", "debug", "veerkracht"))
    parser.add_argument("--keep", help="folder for the reports and their PDFs")
    args = parser.parse_args()
    try:
        import pypdf  # noqa: F401
    except ImportError:
        print("SKIP: pypdf is not installed (pip install pypdf): print test not run")
        return 0
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("SKIP: chromium is not installed (apt-get install chromium): print test not run")
        return 0

    work = args.keep or tempfile.mkdtemp(prefix="veerkracht-print-")
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, "demo.sqlite")
    binary = os.path.abspath(args.binary)
    run = lambda *a: subprocess.run([binary, *a, "--db", db], check=True, capture_output=True, text=True, cwd=work)
    run("demo")
    reports = {
        "gemeente summary": ["gemeente", "GM0772"],
        "wijk dashboard": ["wijk", "WK077201"],
    }
    # The demo's reports have stories, so that the print of the section and its blocks is checked.
    sections = {"gemeente summary": "Verhalen uit de wijken", "wijk dashboard": "Verhalen uit de wijk"}
    for name, (kind, code) in reports.items():
        page_file = os.path.join(work, f"{kind}.html")
        run("report", kind, code, "--meting", "2026-voorjaar", "--vorige", "2025-voorjaar", "--out", page_file)
        check(f"{name}: has the section {sections[name]!r}", f"<h2>{sections[name]}<span" in open(page_file, encoding="utf-8").read())
        check_report(name, page_file, os.path.join(work, f"{kind}.pdf"), chromium)
    shutil.rmtree(work, ignore_errors=True) if not args.keep else None
    failed = CHECKS.count(False)
    print(f"{len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
