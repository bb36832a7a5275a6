#!/usr/bin/env python3
"""Real-browser test of the web app: a veldwerker logs in on a tablet-sized window, submits an
invalid and then a valid questionnaire and a verhaal, and the stored scores are checked with the CLI.

Usage: web_test.py [VEERKRACHT_BINARY] [--shots DIR]
Needs chromium, chromium-driver (Debian) and selenium (PyPI); skips with a message without them.
Prints "N passed, N failed" last; exit status 1 when a check failed.
"""
import argparse, csv, io, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

PASSWORD = "een lang wachtwoord"
CHECKS = []


def check(name, ok, detail=""):
    CHECKS.append(ok)
    print(("ok    " if ok else "FAIL  ") + name + ("" if ok else f": {detail}"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("binary", nargs="?", default=os.path.join(here, "..", "..", ".build", "debug", "veerkracht"))
    parser.add_argument("--shots", help="folder for screenshots")
    args = parser.parse_args()
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
    except ImportError:
        print("SKIP: selenium is not installed (pip install selenium): web browser test not run")
        return 0
    if not shutil.which("chromedriver") or not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print("SKIP: chromium or chromium-driver is not installed (apt-get install chromium chromium-driver): web browser test not run")
        return 0

    work = tempfile.mkdtemp(prefix="veerkracht-web-")
    shots = args.shots or work
    os.makedirs(shots, exist_ok=True)
    db = os.path.join(work, "demo.sqlite")
    run = lambda *a, **k: subprocess.run([args.binary, *a, "--db", db], check=True, capture_output=True, text=True, **k)
    run("demo")
    run("users", "add", "fatima", "--role", "veldwerker", input=PASSWORD + "\n")
    run("metingen", "add", "2026-najaar", "--van", "2026-09-01", "--tot", "2026-11-30")
    port = free_port()
    server = subprocess.Popen([args.binary, "serve", "--db", db, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if urllib.request.urlopen(base + "/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1024,1366"]:
            options.add_argument(flag)
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))   # no download: Debian's driver
        browser = webdriver.Chrome(options=options, service=service)
        try:
            browser.get(base + "/invoer")
            check("anonymous visitor is sent to the login page", "/login" in browser.current_url, browser.current_url)
            browser.find_element(By.NAME, "gebruiker").send_keys("fatima")
            browser.find_element(By.NAME, "wachtwoord").send_keys(PASSWORD)
            browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            browser.get(base + "/invoer")
            browser.save_screenshot(os.path.join(shots, "invoer.png"))
            check("veldwerker sees the entry form", len(browser.find_elements(By.NAME, "coh1")) > 0, browser.current_url)

            def fill(respondent):
                browser.find_element(By.CSS_SELECTOR, "select[name=wijk] option[value=WK077201]").click()
                browser.find_element(By.CSS_SELECTOR, "select[name=meting] option[value='2026-najaar']").click()
                field = browser.find_element(By.NAME, "respondent")
                field.clear()
                field.send_keys(respondent)
                browser.execute_script("document.querySelector('[name=datum]').value = '2026-10-01'")
                for item in browser.execute_script(
                        "return [...new Set([...document.querySelectorAll('input[type=radio]')].map(r => r.name))]"):
                    value = {"svt1": "7", "svt2": "7", "svt3": "7", "sr4": "3", "geslacht": "2"}.get(item, "4")
                    radio = browser.find_element(By.CSS_SELECTOR, f"input[name='{item}'][value='{value}']")
                    browser.execute_script("arguments[0].click()", radio)
                age = browser.find_element(By.NAME, "leeftijd")   # the background question typed in
                age.clear()
                age.send_keys("67")
                browser.find_element(By.XPATH, "//form[.//input[@name='respondent']]//button[@type='submit']").click()

            fill("")
            browser.save_screenshot(os.path.join(shots, "invoer-fout.png"))
            respondent = browser.find_element(By.NAME, "respondent")
            check("an invalid questionnaire comes back with the problem next to the field",
                  respondent.get_attribute("aria-invalid") == "true" and "verbeteren" in browser.page_source, browser.current_url)
            check("the entered meting is kept", browser.find_element(By.NAME, "meting").get_attribute("value") == "2026-najaar")
            fill("sel-001")
            browser.save_screenshot(os.path.join(shots, "invoer-bevestigd.png"))
            check("a valid questionnaire is confirmed with its scores", "6,5" in browser.page_source, "cohesie 6,5 not shown")

            browser.get(base + "/verhalen/nieuw")
            browser.find_element(By.CSS_SELECTOR, "select[name=wijk] option[value=WK077201]").click()
            browser.find_element(By.NAME, "titel").send_keys("Samen de stoep op")
            browser.find_element(By.NAME, "tekst").send_keys("Na de straatbarbecue ruimen buren samen op.\n\nOok wie eerst niet meedeed.")
            browser.find_element(By.CSS_SELECTOR, "input[name=hulpbronnen][value=cohesie]").click()
            story = "//form[.//textarea[@name='tekst']]//button[@type='submit']"
            browser.find_element(By.XPATH, story).click()
            check("the browser will not send a verhaal without the confirmation",
                  browser.current_url.endswith("/verhalen/nieuw") and "verbeteren" not in browser.page_source, browser.current_url)
            browser.find_element(By.NAME, "bevestiging").click()
            browser.find_element(By.XPATH, story).click()
            browser.save_screenshot(os.path.join(shots, "verhaal-ingestuurd.png"))
            check("a verhaal is sent for review and shown with its paragraphs", "wacht op beoordeling" in browser.page_source
                  and "<p>Ook wie eerst niet meedeed.</p>" in browser.page_source, browser.current_url)
        finally:
            browser.quit()
    finally:
        server.terminate()
        server.wait(timeout=10)

    export = run("export", "scores", "--by", "wijk", "--meting", "2026-najaar", "--suppress-below", "1", "--indicative-below", "1").stdout
    rows = {r["construct"]: r for r in csv.DictReader(io.StringIO(export)) if r["gebied"] == "WK077201"}
    cohesie = rows.get("cohesie", {})
    check("the stored cohesie score is 6.5 (coh1–3, coh5 = 4 → 7.5; coh4 = 4 reversed → 2.5)",
          cohesie.get("n") == "1" and abs(float(cohesie.get("gemiddelde") or "nan") - 6.5) < 1e-9, str(cohesie))
    samen = rows.get("samenredzaamheid", {})
    check("the stored samenredzaamheid score is 5.875 (7.5, 7.5, 2.5 reversed, sr4 = 3 → 6)",
          abs(float(samen.get("gemiddelde") or "nan") - 5.875) < 1e-9, str(samen))
    answers = list(csv.DictReader(io.StringIO(run("export", "responses", "--meting", "2026-najaar").stdout)))
    check("the background questions are stored as entered (leeftijd 67, geslacht 2 = vrouw)",
          [(r["leeftijd"], r["geslacht"]) for r in answers] == [("67", "2")], str(answers))
    shutil.rmtree(work, ignore_errors=True) if not args.shots else None
    failed = CHECKS.count(False)
    print(f"{len(CHECKS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
