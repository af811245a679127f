#!/usr/bin/python3
"""Questionnaire round trip and error paths, through the maturity binary.

Generates a questionnaire, fills it as a spreadsheet program would (openpyxl writes
shared strings, numbers and date serials as Excel does), imports it and compares every
answer with what went in. The same workbook is then rewritten with inline strings, and
saved again by LibreOffice (soffice --convert-to xlsx) when it is installed, so that a
real second writer is covered. Finally each error path is checked with its exact
message, exit code 1 and no output left.

With a fourth argument `cy`, the questionnaire is made in Welsh (template --lang cy) and
filled in with its Welsh answers (levels, "Ie"/"Na", "Amherthnasol", the sides' Welsh
labels); the round trip is checked through every writer, and the error paths (whose
messages the English run checks) are not repeated.

Usage: questionnaire_round_trip.py MATURITY FRAMEWORK SCRATCH_FOLDER [en|cy]
"""
import datetime
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl
import yaml

from checks import check, finish, runner

MATURITY, FRAMEWORK, SCRATCH = sys.argv[1:4]
LANGUAGE = sys.argv[4] if len(sys.argv) > 4 else "en"
WORDS = {"en": {"yes": "Yes", "no": "No", "not_applicable": "Not applicable"},
         "cy": {"yes": "Ie", "no": "Na", "not_applicable": "Amherthnasol"}}[LANGUAGE]
RESPONDENTS = 4
run = runner(MATURITY)


def path(name):
    return os.path.join(SCRATCH, name)


shutil.rmtree(SCRATCH, ignore_errors=True)
os.makedirs(SCRATCH)
blank = path("blank.xlsx")
result = run("template", "--framework", FRAMEWORK, "--format", "xlsx",
             "--respondents", str(RESPONDENTS), "--lang", LANGUAGE, "-o", blank)
assert result.returncode == 0, result.stderr

framework = yaml.safe_load(open(FRAMEWORK, encoding="utf-8"))
# A text is a string or {language: string}; the questionnaire is in LANGUAGE.
DEFAULT_LANGUAGE = (framework.get("languages") or ["en"])[0]


def text(value):
    if isinstance(value, dict):
        return value.get(LANGUAGE, value.get(DEFAULT_LANGUAGE))
    return value


scale = {level["level"]: text(level["label"]) for level in framework["scale"]}
side = {perspective["key"]: text(perspective["label"]) for perspective in framework["perspectives"]}
elements = {}


def walk(dimensions):
    for dimension in dimensions:
        for element in dimension.get("elements", []):
            elements[element["id"]] = element
        walk(dimension.get("dimensions", []))


walk(framework["dimensions"])


def read_map(workbook):
    meta = workbook["_maturity"]
    entries = []
    for row in meta.iter_rows(min_row=9, values_only=True):
        if not row[0]:
            break
        entries.append(dict(zip(["sheet", "cell", "role", "element", "item"], row[:5])))
    return entries


def shift(cell, columns):
    letters, digits = re.match(r"([A-Z]+)(\d+)", cell).groups()
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    number += columns
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(65 + rest) + name
    return name + digits


# ---- Fill it in as respondents would ----
random.seed(2025)
workbook = openpyxl.load_workbook(blank)
entries = read_map(workbook)
check(workbook["_maturity"].sheet_state == "hidden", "the meta sheet is hidden")
check(workbook["_maturity"].protection.sheet, "the meta sheet is protected")
check(all(workbook[name].protection.sheet for name in workbook.sheetnames),
      "every sheet is protected")
by_role = {}
for entry in entries:
    by_role.setdefault(entry["role"], []).append(entry)


def cell(entry, column=0):
    return workbook[entry["sheet"]][shift(entry["cell"], column)]


cell(by_role["institution.id"][0]).value = "coleg-y-bryn"
cell(by_role["institution.name"][0]).value = "Coleg y Bryn — Campws Ŵyn"  # Welsh letters survive
cell(by_role["period"][0]).value = "2025-26"
for entry in by_role["profile"]:
    cell(entry).value = {"sector": "fe", "staff": 640}.get(entry["item"], "x")
respondents_sheet = workbook[by_role["respondents"][0]["sheet"]]
first = int(by_role["respondents"][0]["cell"][1:])
people = {0: ("hr-director", side["management"], "Siân Owen", "Director of HR"),
          2: ("ucu-branch", side["trade_union"], "", ""),
          3: ("unison-branch", side["trade_union"], "Dafydd ap Gwyn", "")}  # row 1 left blank
for column, person in people.items():
    for offset, value in enumerate(person):
        if value:
            respondents_sheet.cell(row=first + column, column=1 + offset).value = value

expected = {}  # (element, respondent) -> answer as the YAML should hold it
answered_elements = sorted({entry["element"] for entry in entries if entry["element"]})
for element_id in answered_elements:
    element = elements[element_id]
    rows = {entry["role"] + (entry["item"] or ""): entry for entry in entries
            if entry["element"] == element_id}
    for column, person in people.items():
        choice = random.random()
        if choice < 0.12:
            continue  # left blank: no answer
        answer = {"by": person[0]}
        if choice < 0.2:
            if "measure" in element or "checklist" in element:
                cell(rows["not_applicable"], column).value = WORDS["not_applicable"]
            else:
                cell(rows["level"], column).value = WORDS["not_applicable"]
            cell(rows["note"], column).value = "We have no such forum yet"
            answer.update({"not_applicable": True, "reason": "We have no such forum yet"})
        elif "measure" in element:
            measure = element["measure"]
            value = random.choice([v for v in [0, 4.5, 12, 30]
                                   if measure.get("min", 0) <= v <= measure.get("max", 30)])
            # Numbers stored as text, as pasted from elsewhere, half of the time.
            cell(rows["value"], column).value = str(value) if random.random() < 0.5 else value
            answer["value"] = value
        elif "checklist" in element:
            checked = []
            for item in element["checklist"]["items"]:
                yes = random.random() < 0.5
                cell(rows["checked" + item], column).value = WORDS["yes" if yes else "no"]
                if yes:
                    checked.append(item)
            answer["checked"] = checked
        else:
            level = random.randint(1, 5)
            cell(rows["level"], column).value = f"{level} {scale[level]}"
            answer["level"] = level
        if not answer.get("not_applicable") and random.random() < 0.4:
            cell(rows["evidence"], column).value = "JCC minutes, May 2025\nPartnership agreement"
            answer["evidence"] = ["JCC minutes, May 2025", "Partnership agreement"]
        if not answer.get("not_applicable") and random.random() < 0.2:
            cell(rows["note"], column).value = "Agreed at the JCC; \"work in progress\""
            answer["note"] = "Agreed at the JCC; \"work in progress\""
        expected[(element_id, person[0])] = answer
sign_off = {entry["item"]: entry for entry in by_role["sign_off.name"]}
dates = {entry["item"]: entry for entry in by_role["sign_off.date"]}
cell(sign_off["management"]).value = "Principal"
cell(dates["management"]).value = datetime.datetime(2025, 11, 3)  # a date serial
cell(sign_off["trade_union"]).value = "UCU branch secretary"
cell(dates["trade_union"]).value = "2025-11-05"  # a date typed as text
filled = path("filled.xlsx")
workbook.save(filled)


def compare(label, response_path):
    response = yaml.safe_load(open(response_path, encoding="utf-8"))
    check(response["institution"]["name"] == "Coleg y Bryn — Campws Ŵyn",
          f"{label}: institution name with Welsh letters")
    check(response["institution"]["profile"] == {"sector": "fe", "staff": 640},
          f"{label}: profile {response['institution']['profile']}")
    check([r["id"] for r in response["respondents"]] == ["hr-director", "ucu-branch", "unison-branch"],
          f"{label}: respondents {response['respondents']}")
    check(response["respondents"][0].get("name") == "Siân Owen", f"{label}: respondent name")
    got = {}
    for element_id, answers in (response.get("answers") or {}).items():
        for answer in answers:
            got[(element_id, answer["by"])] = answer
    check(len(got) == len(expected), f"{label}: {len(got)} answers imported, {len(expected)} given")
    for key, answer in expected.items():
        check(got.get(key) == answer, f"{label}: {key}: expected {answer}, got {got.get(key)}")
    check(response.get("sign_off") == [
        {"perspective": "management", "name": "Principal", "date": datetime.date(2025, 11, 3)},
        {"perspective": "trade_union", "name": "UCU branch secretary", "date": datetime.date(2025, 11, 5)}],
        f"{label}: sign-off {response.get('sign_off')}")
    scored = run("score", "--quiet", "--framework", FRAMEWORK, response_path,
                 "--json", response_path + ".json")
    check(scored.returncode == 0, f"{label}: the imported response scores: {scored.stderr}")


def import_and_compare(label, workbook_path):
    output = workbook_path.replace(".xlsx", ".yaml")
    result = run("import", workbook_path, "-o", output)
    check(result.returncode == 0, f"{label}: import exit code {result.returncode}: {result.stderr}")
    if result.returncode == 0:
        compare(label, output)


import_and_compare("openpyxl (inline strings)", filled)


# ---- The same answers as shared strings, as Excel writes them ----
def to_shared_strings(source, target):
    """openpyxl writes inline strings; Excel keeps every text in xl/sharedStrings.xml."""
    items = []
    index = {}

    def shared(match):
        attributes, item = match.group(1), match.group(2)
        if item not in index:
            index[item] = len(items)
            items.append(item)
        attributes = attributes.replace(' t="inlineStr"', "")
        return f'<c{attributes} t="s"><v>{index[item]}</v></c>'

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = re.sub(r'<c([^>]*t="inlineStr"[^>]*)><is>(.*?)</is></c>', shared,
                              data.decode("utf-8"), flags=re.S)
                data = text.encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.'
                                    b'spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdShared" Type="http:'
                                    b'//schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            zout.writestr(item, data)
        strings = "".join(f"<si>{item}</si>" for item in items)
        zout.writestr("xl/sharedStrings.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
                      'schemas.openxmlformats.org/spreadsheetml/2006/main" count="'
                      f'{len(items)}" uniqueCount="{len(items)}">{strings}</sst>')


with zipfile.ZipFile(filled) as archive:
    check(b"inlineStr" in archive.read("xl/worksheets/sheet2.xml"), "openpyxl wrote inline strings")
shared_path = path("shared.xlsx")
to_shared_strings(filled, shared_path)
with zipfile.ZipFile(shared_path) as archive:
    check(b't="s"' in archive.read("xl/worksheets/sheet2.xml"), "shared strings were written")
import_and_compare("shared strings", shared_path)

# ---- Saved again by LibreOffice ----
soffice = shutil.which("soffice")
if soffice:
    folder = path("libreoffice")
    os.makedirs(folder)
    converted = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{os.path.abspath(path('lo-profile'))}",
         "--headless", "--convert-to", "xlsx", "--outdir", folder, filled],
        capture_output=True, text=True, timeout=300)
    check(converted.returncode == 0, f"LibreOffice conversion: {converted.stderr}")
    saved = os.path.join(folder, "filled.xlsx")
    with zipfile.ZipFile(saved) as archive:
        app = archive.read("docProps/app.xml").decode("utf-8")
    check("LibreOffice" in app, "the converted file was written by LibreOffice")
    import_and_compare("LibreOffice", saved)
elif os.environ.get("MATURITY_REQUIRE_LIBREOFFICE"):
    check(False, "soffice is not installed (scripts/install-dependencies.sh installs it)")
else:
    print("note: soffice not installed; the LibreOffice round trip was not run")


if LANGUAGE != "en":
    finish(f"questionnaire round trip ({LANGUAGE}): {len(expected)} answers through "
           f"{3 if soffice else 2} writers: all as expected")
    sys.exit(0)


# ---- Error paths: each with its exact message, exit code 1, and no output ----
def mutate(name, change):
    workbook = openpyxl.load_workbook(filled)
    change(workbook)
    target = path(name + ".xlsx")
    workbook.save(target)
    return target


def expect_error(name, workbook_path, expected_lines, extra=()):
    output = path(name + ".out.yaml")
    result = run("import", workbook_path, *extra, "-o", output)
    check(result.returncode == 1, f"{name}: exit code {result.returncode} (expected 1)")
    check(result.stderr.splitlines() == expected_lines,
          f"{name}: stderr\n{result.stderr}expected\n" + "\n".join(expected_lines))
    check(not os.path.exists(output), f"{name}: no output is written")


def sheet_ref(sheet):
    return sheet if re.fullmatch(r"[A-Za-z0-9_]+", sheet) else f"'{sheet}'"


first_level = by_role["level"][0]
level_sheet = first_level["sheet"]
descriptor_cell = shift(first_level["cell"], 0).replace(
    re.search(r"\d+", first_level["cell"]).group(), str(int(first_level["cell"][1:]) - 1))


def put(sheet, ref, value):
    return lambda workbook: workbook[sheet].__setitem__(ref, value)


target = mutate("stray", put(level_sheet, descriptor_cell, "4 Embedded"))
expect_error("stray", target, [
    f"{target}:{sheet_ref(level_sheet)}!{descriptor_cell}: error: a value outside the answer "
    "cells (\"4 Embedded\"); the importer cannot place it. Put answers in the shaded cells"])

column_b = shift(first_level["cell"], 1)  # the blank respondent's column
target = mutate("no-respondent", put(level_sheet, column_b, "2 Developing"))
expect_error("no-respondent", target, [
    f"{target}:{sheet_ref(level_sheet)}!{column_b}: error: an answer in a column with no "
    f"respondent: give their id and side on the \"Respondents\" sheet, row {first + 1}"])

first_cell = first_level["cell"]
target = mutate("bad-level", put(level_sheet, first_cell, "Very good"))
options = ", ".join(f'"{level} {label}"' for level, label in scale.items())
expect_error("bad-level", target, [
    f"{target}:{sheet_ref(level_sheet)}!{first_cell}: error: expected one of {options} or "
    f"\"Not applicable\", got \"Very good\""])

note_entry = next(e for e in entries if e["role"] == "note" and e["element"] == first_level["element"])


def not_applicable_without_reason(workbook):
    workbook[level_sheet][first_cell] = "Not applicable"
    workbook[note_entry["sheet"]][note_entry["cell"]] = None


target = mutate("no-reason", not_applicable_without_reason)
expect_error("no-reason", target, [
    f"{target}:{sheet_ref(level_sheet)}!{note_entry['cell']}: error: expected the reason "
    f"{first_level['element']} does not apply, under Notes"])

# A measure below its minimum: the engine's one answer check (CheckAnswer), located at
# the cell, as a file's error is at its line (it was reported in the YAML the import wrote).
days = next(e for e in by_role["value"] if e["element"] == "communications-lead-time")
target = mutate("value-below-min", put(days["sheet"], days["cell"], -3))
expect_error("value-below-min", target, [
    f"{target}:{sheet_ref(days['sheet'])}!{days['cell']}: error: communications-lead-time: "
    "expected a number of at least 0 (days (mean over the last 12 months)), got -3"])

checked = by_role["checked"][0]
target = mutate("bad-item", put(checked["sheet"], checked["cell"], "Maybe"))
expect_error("bad-item", target, [
    f"{target}:{sheet_ref(checked['sheet'])}!{checked['cell']}: error: expected \"Yes\" or \"No\", "
    "got \"Maybe\""])

respondent_side = f"B{first}"
target = mutate("bad-side", put("Respondents", respondent_side, "Governors"))
expect_error("bad-side", target, [
    f"{target}:Respondents!{respondent_side}: error: expected \"Employer / management\" or "
    "\"Trade union side\", got \"Governors\""])

date_cell = dates["trade_union"]["cell"]
target = mutate("bad-date", put("Sign-off", date_cell, "5th November"))
expect_error("bad-date", target, [
    f"{target}:{sheet_ref('Sign-off')}!{date_cell}: error: expected a date as YYYY-MM-DD, got \"5th November\""])

target = mutate("extra-sheet", lambda workbook: workbook.create_sheet("My notes").__setitem__("A1", "3"))
expect_error("extra-sheet", target, [
    f"{target}: error: the sheet \"My notes\" is not part of the questionnaire; the importer "
    "cannot place what it holds. Move any answers into the questionnaire's sheets"])

target = mutate("renamed", lambda workbook: setattr(workbook["Sign-off"], "title", "Signatures"))
expect_error("renamed", target, [
    f"{target}: error: the sheet \"Sign-off\" is missing; was it renamed or deleted? Its answers "
    "cannot be read",
    f"{target}: error: the sheet \"Signatures\" is not part of the questionnaire; the importer "
    "cannot place what it holds. Move any answers into the questionnaire's sheets"])

target = mutate("other-version", put("_maturity", "B3", "0.9.0"))
expect_error("other-version", target, [
    f"{target}: error: made for social-partnership 0.9.0, but --framework {FRAMEWORK} is "
    "social-partnership 1.0.0; import it with the framework it was made for"],
    extra=("--framework", FRAMEWORK))

not_zip = path("not-a-workbook.xlsx")
open(not_zip, "w").write("id,name\n")
expect_error("not-zip", not_zip, [f"{not_zip}: error: not an .xlsx workbook (not a zip archive)"])

scorecard = path("scorecard.xlsx")
run("score", "--quiet", "--framework", FRAMEWORK, filled.replace(".xlsx", ".yaml"), "-o", scorecard)
expect_error("not-questionnaire", scorecard, [
    f"{scorecard}: error: not a maturity questionnaire: it has no \"_maturity\" sheet. Make "
    "questionnaires with: maturity template --format xlsx"])

finish(f"questionnaire round trip: {len(expected)} answers through "
      f"{3 if soffice else 2} writers, 13 error paths: all as expected")
