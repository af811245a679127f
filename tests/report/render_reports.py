#!/usr/bin/env python3
"""Both published reports, in every language, as a reader's browser shows and prints them.

Writes the institution's report (`maturity report`) and the regulator's sector report
(`maturity sector --report`) in en, cy and en+cy, then for each file checks that:

- the HTML is well formed (an XML parser reads it) and each language part carries `lang`;
- nothing outside the file is named (no URL, no `src`, no `url(` but the file's own
  patterns) and headless Chromium, printing it to PDF and taking a screenshot, requests
  nothing from the network (its net log; a probe page shows the check can fail);
- Chromium prints it to A4 pages and a screenshot comes out;
- every number a table or headline figure shows equals the JSON result's, as rounded;
- the en+cy document holds both languages' parts, and the anonymised sector report holds
  no institution's name or id anywhere (text, attributes, titles), while the one that is
  not anonymised does (so the check can fail);
- a 20,000-character statement without a space prints whole (pdftotext), and a
  right-to-left override in the institution's name leaves "2025-26" after it as it is.

Usage: render_reports.py MATURITY OUT_FOLDER [--docs IMAGES_FOLDER]
With --docs, the screenshots shown in docs/report.md are written there.
"""
import glob
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRAMEWORK = os.path.join(ROOT, "frameworks/social-partnership.yaml")
LAST = os.path.join(ROOT, "examples/annual-cycle/coleg-y-dyffryn-2024-25.yaml")
NOW = os.path.join(ROOT, "examples/annual-cycle/coleg-y-dyffryn-2025-26.yaml")
SECTOR = os.path.join(ROOT, "examples/regulator-sector-comparison/responses")

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def run(args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(args), result.stderr))
    return result


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("render_reports: no Chromium (the test set-up installs Debian's chromium)")


def browse(page, out, extra):
    """Runs headless Chromium on `page`; returns the URLs the page itself asked for."""
    net_log = out + ".netlog.json"
    profile = out + ".profile"
    shutil.rmtree(profile, ignore_errors=True)
    subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--user-data-dir=" + profile, "--log-net-log=" + net_log]
        + extra + ["file://" + os.path.abspath(page)],
        capture_output=True, text=True, timeout=120, check=True)
    shutil.rmtree(profile, ignore_errors=True)
    requested = set()
    with open(net_log, encoding="utf-8") as log:
        events = json.load(log).get("events", [])
    for event in events:
        params = event.get("params", {})
        url = params.get("url")
        if not url or re.match(r"(file|data|about|chrome|blob):", url):
            continue
        # The browser's own housekeeping (update checks) has no origin; a page's
        # requests carry the page's (file://) isolation key.
        if "file://" in str(params.get("network_isolation_key", "")) or \
                params.get("initiator") not in (None, "not an origin"):
            requested.add(url)
    # Requests are logged across events: look again by source id.
    sources = {event["source"]["id"] for event in events
               if "file://" in str(event.get("params", {}).get("network_isolation_key", ""))}
    for event in events:
        url = event.get("params", {}).get("url")
        if url and event["source"]["id"] in sources and not re.match(r"(file|data):", url):
            requested.add(url)
    os.remove(net_log)
    return requested


def pages_of(pdf):
    info = run(["pdfinfo", pdf]).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(found.group(1)) if found else 0


class Tables(html.parser.HTMLParser):
    """The numbers a page shows: {table: {row id: {field: text}}}, and headline figures
    (fields outside tables) per language part."""

    def __init__(self):
        super().__init__()
        self.tables = {}
        self.figures = {}
        self.table = self.row = self.field = None
        self.text = ""
        self.language = None
        self.languages = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.language = attrs.get("lang")
            self.languages.append(self.language)
        if tag == "table" and "data-table" in attrs:
            self.table = (self.language, attrs["data-table"])
            self.tables.setdefault(self.table, {})
        if tag == "tr" and self.table and "data-id" in attrs:
            self.row = attrs["data-id"]
            self.tables[self.table].setdefault(self.row, {})
        if "data-field" in attrs:
            self.field = attrs["data-field"]
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "table":
            self.table = None
        if tag == "tr":
            self.row = None
        if self.field and tag in ("td", "p"):
            if self.table and self.row is not None:
                self.tables[self.table][self.row][self.field] = self.text.strip()
            elif not self.table:
                self.figures.setdefault(self.language, {})[self.field] = self.text.strip()
            self.field = None

    def handle_data(self, data):
        if self.field:
            self.text += data


def fixed(value, places=2):
    if value is None:
        return "-"
    text = "%.*f" % (places, value)
    return text[1:] if re.fullmatch(r"-0\.?0*", text) else text


def change(value):
    if value is None:
        return "-"
    text = fixed(value)
    return text if text.startswith("-") or text == fixed(0) else "+" + text


def percent(value):
    return "-" if value is None else fixed(value * 100, 0) + "%"


def get(data, path):
    for part in path.split("."):
        if data is None:
            return None
        data = data.get(part)
    return data


class Comparison:
    def __init__(self, name):
        self.name = name
        self.checked = 0

    def same(self, where, shown, expected):
        self.checked += 1
        if shown != expected:
            fail("%s: %s shows %r, the JSON gives %r" % (self.name, where, shown, expected))


def check_rows(comparison, rows, by_id, fields, table):
    if not rows:
        fail("%s: table %s is missing or empty" % (comparison.name, table))
    for row_id, cells in rows.items():
        if row_id not in by_id:
            fail("%s: %s row %s is not in the JSON" % (comparison.name, table, row_id))
            continue
        for field, shown in cells.items():
            if field in fields:
                comparison.same("%s/%s/%s" % (table, row_id, field), shown,
                                fields[field](by_id[row_id], field))


def number(key_format):
    return lambda row, field: key_format(get(row, field))


def check_scorecard_numbers(page, result, languages):
    parsed = Tables()
    with open(page, encoding="utf-8") as f:
        parsed.feed(f.read())
    comparison = Comparison(os.path.basename(page))
    dimensions = {d["id"]: d for d in result["dimensions"]}
    elements = {e["id"]: e for e in result["elements"]}
    gaps = {g["element"]: dict(g, score=elements[g["element"]]["score"],
                               target=elements[g["element"]]["target"]) for g in result["gaps"]}
    actions = {a["element"]: a for a in result["actions"]}
    two = number(fixed)
    fields = {"score": two, "target": two, "gap": two, "previous_score": two,
              "change": number(change), "completeness": number(percent), "priority": two,
              "divergence": two, "element_change": number(change)}
    for key in result["overall"]["by_perspective"]:
        fields["by_perspective." + key] = two
    for language in languages:
        check_rows(comparison, parsed.tables.get((language, "dimensions")), dimensions, fields,
                   "dimensions")
        check_rows(comparison, parsed.tables.get((language, "gaps")), gaps, fields, "gaps")
        check_rows(comparison, parsed.tables.get((language, "perceptions")), elements, fields,
                   "perceptions")
        check_rows(comparison, parsed.tables.get((language, "actions")), actions, fields,
                   "actions")
        figures = parsed.figures.get(language, {})
        comparison.same("overall score", figures.get("overall.score"),
                        fixed(result["overall"]["score"]))
        comparison.same("overall target", figures.get("overall.target"),
                        fixed(result["overall"]["target"]))
        comparison.same("change", figures.get("overall.change"),
                        change(result["overall"]["change"]))
    if parsed.languages != languages:
        fail("%s: language parts %s, expected %s" % (comparison.name, parsed.languages,
                                                     languages))
    return comparison.checked


def check_sector_numbers(page, result, languages):
    parsed = Tables()
    with open(page, encoding="utf-8") as f:
        parsed.feed(f.read())
    comparison = Comparison(os.path.basename(page))
    two = number(fixed)
    stats = {f: two for f in ("min", "q1", "median", "q3", "max", "mean")}
    stats["n"] = lambda row, field: str(row.get("n", 0))
    distribution = {d["id"]: d for d in result["dimensions"]}
    distribution["overall"] = result["overall"]
    elements = {e["id"]: e for e in result["elements"]}
    periods = {p["period"]: p for p in result["periods"]}
    results = {r["code"] if "code" in r else r["name"]: r for r in result["results"]}
    perceptions = {p["id"]: p for p in result["perceptions"]["dimensions"]}
    for language in languages:
        check_rows(comparison, parsed.tables.get((language, "distribution")), distribution,
                   stats, "distribution")
        for by in ("sector", "staff"):
            groups = {g["value"]: dict(g.get("overall") or {}, n=g.get("n", 0))
                      for g in result["groups"] if g["by"] == by and not g["suppressed"]}
            rows = {k: v for k, v in parsed.tables.get((language, "groups." + by), {}).items()
                    if v}  # Suppressed rows show no number.
            check_rows(comparison, rows, groups, stats, "groups." + by)
        check_rows(comparison, parsed.tables.get((language, "periods")), periods,
                   {"institutions": lambda r, f: str(r["institutions"]),
                    "overall.median": two, "overall.mean": two,
                    "median_change": number(change), "mean_change": number(change),
                    "matched": lambda r, f: str(r["matched"])}, "periods")
        check_rows(comparison, parsed.tables.get((language, "agreement")), result["agreement"],
                   {k: (lambda r, f: str(r[f])) for k in ("agreed", "not_agreed", "not_signed")},
                   "agreement")
        check_rows(comparison, parsed.tables.get((language, "elements")), elements,
                   {"n": lambda r, f: str(r["n"]), "median": two,
                    "below_target": number(percent), "perception_gap": number(percent),
                    "unevidenced": number(percent)}, "elements")
        check_rows(comparison, parsed.tables.get((language, "perceptions")), perceptions,
                   {k: two for k in ("management", "trade_union", "median_divergence")},
                   "perceptions")
        if result["institutions_withheld"]:
            # Anonymised beside peer groups: no code's scores, no table of them.
            if parsed.tables.get((language, "results")) is not None or results:
                comparison.same("results withheld", "a table of codes", "none")
        else:
            check_rows(comparison, parsed.tables.get((language, "results")), results,
                       {"overall": two, "percentile_rank": number(percent),
                        "completeness": number(percent)}, "results")
        figures = parsed.figures.get(language, {})
        comparison.same("institutions", figures.get("responses_in_period"),
                        str(result["responses_in_period"]))
        comparison.same("median", figures.get("overall.median"),
                        fixed(result["overall"]["median"]))
        comparison.same("jointly agreed", figures.get("jointly_agreed"),
                        str(result["jointly_agreed"]))
        comparison.same("completeness", figures.get("mean_completeness"),
                        percent(result["mean_completeness"]))
    if parsed.languages != languages:
        fail("%s: language parts %s, expected %s" % (comparison.name, parsed.languages,
                                                     languages))
    return comparison.checked


def check_self_contained(page):
    with open(page, encoding="utf-8") as f:
        content = f.read()
    try:
        root = ElementTree.fromstring(content[content.index("<html"):])
    except ElementTree.ParseError as error:
        fail("%s is not well formed: %s" % (page, error))
        return
    if not root.get("lang"):
        fail("%s: <html> has no lang" % page)
    for pattern in (r"://", r"\bsrc\s*=", r"@import", r"url\((?!#)", r"<script", r"<iframe",
                    r"<object", r"<embed"):
        for match in re.finditer(pattern, content, re.I):
            fail("%s names something outside the file: ...%s..." %
                 (page, content[max(0, match.start() - 40):match.end() + 40]))
    for match in re.finditer(r'href="([^"]*)"', content):
        if not (match.group(1).startswith("#") or match.group(1) == "data:,"):
            fail("%s links outside the file: %s" % (page, match.group(1)))


def render(page, out_folder, name, docs):
    pdf = os.path.join(out_folder, name + ".pdf")
    png = os.path.join(out_folder, name + ".png")
    requested = browse(page, pdf, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf])
    requested |= browse(page, png, ["--window-size=1000,1350", "--screenshot=" + png])
    if requested:
        fail("%s: the browser requested %s" % (name, sorted(requested)))
    pages = pages_of(pdf) if os.path.exists(pdf) else 0
    if pages < 1:
        fail("%s: printing gave no page" % name)
    if not os.path.exists(png) or os.path.getsize(png) < 10000:
        fail("%s: no screenshot" % name)
    run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(out_folder, name + "-page")])
    print("%s: %d page(s), nothing requested" % (name, pages))
    if docs and name in ("report-en", "sector-en"):
        os.makedirs(docs, exist_ok=True)
        shutil.copy(png, os.path.join(docs, name + ".png"))
    return pages


def pdf_text(pdf):
    return run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout


def check_hostile_texts(maturity, out):
    """A 20,000-character statement with no space prints whole (it kept 222 characters,
    the rest ran off the page), and a right-to-left override in the institution's name
    does not reverse the report's own words after it ("2025-26" shown as "62-5202")."""
    with open(NOW, encoding="utf-8") as f:
        response = f.read()
    statement = "".join("%05d" % i for i in range(4000))  # 20,000 digits, no space.
    response = response.replace(
        "name: UCU branch secretary, date: 2025-11-05}",
        'name: UCU branch secretary, date: 2025-11-05, agreed: false, statement: "%s"}'
        % statement)
    response = response.replace("  name: Coleg y Dyffryn", '  name: "Coleg \\u202Eevil"')
    hostile = os.path.join(out, "hostile.yaml")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write(response)
    page = os.path.join(out, "hostile.html")
    run([maturity, "report", "-f", FRAMEWORK, hostile, "--lang", "en", "-o", page])
    render(page, out, "hostile", None)
    text = pdf_text(os.path.join(out, "hostile.pdf"))
    # The statement runs over pages: the page footers are not part of it.
    joined = re.sub(r"\s+", "", re.sub(r"Page \d+ of \d+", "", text))
    if statement not in joined:
        kept = max((len(run_) for run_ in re.findall(r"\d{100,}", joined)), default=0)
        fail("hostile: the long statement is not printed whole (%d of %d digits in a row)"
             % (kept, len(statement)))
    if re.search("62[-\u2011]5202", text) or not re.search("2025[-\u2011]26", text):
        fail("hostile: the name's right-to-left override reversed the period after it")
    print("hostile: checked a 20,000-character statement and a right-to-left override")
    return 1


def word_heights(pdf, page):
    """The heights of the words pdftotext finds on `page` (1-based), in points."""
    boxes = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"]).stdout
    return [float(m.group(2)) - float(m.group(1)) for m in
            re.finditer(r'<word xMin="[^"]*" yMin="([^"]*)" xMax="[^"]*" yMax="([^"]*)"', boxes)]


def check_print_size(name, pdf):
    """The printed text is at the style sheet's sizes: no table wider than the page makes
    Chromium shrink every page to fit it (the institution's report printed at 7-8 pt). A
    word's box is the font's ascent plus descent, about 1.16 times its size in DejaVu
    Sans: body text at 10 pt gives boxes 11.6 pt high, table text at 9 pt 10.5 pt; the
    shrunk report's commonest box was 9.3 pt (8 pt text)."""
    heights = [round(h, 1) for page in range(1, pages_of(pdf) + 1)
               for h in word_heights(pdf, page)]
    common = max(set(heights), key=heights.count) if heights else 0
    body = sum(1 for h in heights if h >= 11.4)
    if common < 10.2 or body < 100:
        fail("%s: the text prints smaller than the style sheet's 9 pt (tables) and 10 pt "
             "(body): commonest word %.1f pt high, %d words at body size" % (name, common, body))
    print("%s: commonest word %.1f pt high, %d words at body size" % (name, common, body))


def check_statement_on_first_page(maturity, out):
    """Last year's report: the trade union side did not agree. Page 1 says so and gives
    its statement there, not six pages on."""
    with open(LAST, encoding="utf-8") as f:
        response = yaml.safe_load(f)
    statement = next(s["statement"] for s in response["sign_off"] if s.get("statement"))
    for language in ("en", "cy"):
        page = os.path.join(out, "disagreed-%s.html" % language)
        run([maturity, "report", "-f", FRAMEWORK, LAST, "--lang", language, "-o", page])
        render(page, out, "disagreed-" + language, None)
        pdf = os.path.join(out, "disagreed-%s.pdf" % language)
        first = re.sub(r"\s+", " ", run(["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1",
                                          pdf, "-"]).stdout)
        words = " ".join(statement.split()[:12])
        if words not in first:
            fail("disagreed-%s: the statement of disagreement is not on page 1" % language)
        check_print_size("disagreed-" + language, pdf)
    print("disagreed: the statement of disagreement is on page 1 in en and cy")


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    maturity, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    docs = sys.argv[sys.argv.index("--docs") + 1] if "--docs" in sys.argv else None
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)

    # The probe: a page that fetches an image. The check must see it.
    probe = os.path.join(out, "probe.html")
    with open(probe, "w") as f:
        f.write('<!DOCTYPE html><html lang="en"><body><img src="http://127.0.0.1:9/probe.png"'
                ' alt="probe"/></body></html>')
    if not any("probe.png" in url for url in browse(probe, probe + ".pdf",
                                                    ["--print-to-pdf=" + probe + ".pdf"])):
        fail("the network check did not see the probe page's request")

    benchmark = os.path.join(out, "benchmark.json")
    run([maturity, "sector", "-q", "-f", FRAMEWORK, SECTOR, "--benchmark-out", benchmark])
    result = os.path.join(out, "report.json")
    checked = 0
    for choice in ("en", "cy", "en+cy"):
        name = "report-" + choice.replace("+", "-")
        page = os.path.join(out, name + ".html")
        run([maturity, "report", "-f", FRAMEWORK, NOW, "--previous", LAST, "--benchmark",
             benchmark, "--lang", choice, "-o", page, "--json", result])
        check_self_contained(page)
        with open(result) as f:
            checked += check_scorecard_numbers(page, json.load(f), choice.split("+"))
        render(page, out, name, docs)
        check_print_size(name, os.path.join(out, name + ".pdf"))

    sector_json = os.path.join(out, "sector.json")
    for choice in ("en", "cy", "en+cy"):
        name = "sector-" + choice.replace("+", "-")
        page = os.path.join(out, name + ".html")
        run([maturity, "sector", "-q", "-f", FRAMEWORK, SECTOR, "--group-by", "sector,staff",
             "--anonymise", "--report", page, "--report-lang", choice, "--json", sector_json])
        check_self_contained(page)
        with open(sector_json) as f:
            checked += check_sector_numbers(page, json.load(f), choice.split("+"))
        render(page, out, name, docs)
        check_print_size(name, os.path.join(out, name + ".pdf"))

    # Anonymised: no institution's name or id anywhere in the file, in any case.
    names = set()
    for path in glob.glob(os.path.join(SECTOR, "**", "*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            institution = yaml.safe_load(f)["institution"]
        names.update([institution["id"], institution["name"]])
    named = os.path.join(out, "sector-named.html")
    named_json = os.path.join(out, "sector-named.json")
    run([maturity, "sector", "-q", "-f", FRAMEWORK, SECTOR, "--group-by", "sector,staff",
         "--report", named, "--json", named_json])
    with open(named_json) as f:  # Named, the table of institutions is there to check.
        checked += check_sector_numbers(named, json.load(f), ["en"])
    for page, anonymised in ((os.path.join(out, "sector-en-cy.html"), True), (named, False)):
        with open(page, encoding="utf-8") as f:
            content = f.read().lower()
        found = sorted(n for n in names if n.lower() in content)
        if anonymised and found:
            fail("%s: the anonymised report names %s" % (page, found))
        if not anonymised and len(found) < len(names) / 2:
            fail("%s: the named report shows only %s: the check cannot fail" % (page, found))

    check_hostile_texts(maturity, out)
    check_statement_on_first_page(maturity, out)

    if checked < 500:
        fail("only %d numbers were compared with the JSON" % checked)
    print("%d numbers compared with the JSON" % checked)
    if failures:
        raise SystemExit("%d failure(s)" % len(failures))


if __name__ == "__main__":
    main()
