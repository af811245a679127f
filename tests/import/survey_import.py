#!/usr/bin/python3
"""Survey CSV import through the maturity binary: every answer of the bundled example
arrives (checked against Python's own csv reader), CSV edge cases, and each error path
with its exact message, exit code 1 and no output left.

Usage: survey_import.py MATURITY FRAMEWORK EXAMPLE_FOLDER SCRATCH_FOLDER
"""
import csv
import io
import os
import shutil
import sys

import yaml

from checks import check, finish, runner

MATURITY, FRAMEWORK, EXAMPLE, SCRATCH = sys.argv[1:5]
run = runner(MATURITY)


shutil.rmtree(SCRATCH, ignore_errors=True)
os.makedirs(SCRATCH)
survey = os.path.join(EXAMPLE, "survey.csv")
mapping_path = os.path.join(EXAMPLE, "mapping.yaml")
mapping = yaml.safe_load(open(mapping_path, encoding="utf-8"))
raw = open(survey, "rb").read()
check(raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, "the example has a BOM and CRLF")

# ---- Every non-empty answer cell arrives, with its value ----
output = os.path.join(SCRATCH, "response.yaml")
result = run("import", survey, "--map", mapping_path, "-o", output)
check(result.returncode == 0, f"example import: {result.stderr}")
response = yaml.safe_load(open(output, encoding="utf-8"))
rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
got = {(e, a["by"]): a for e, answers in response["answers"].items() for a in answers}
expected_count = 0
for row in rows:
    who = row[mapping["respondent_id"]]
    for header, spec in mapping["columns"].items():
        text = row[header].strip()
        if not text:
            continue
        element = spec if isinstance(spec, str) else spec["element"]
        role = "answer" if isinstance(spec, str) else spec.get("role", "answer")
        answer = got.get((element, who), {})
        if role == "note":
            check(answer.get("note") == text.replace("\r\n", "\n"), f"{element}/{who}: note")
        elif isinstance(spec, dict) and "items" in spec:
            expected_count += 1
            keys = [spec["items"][t.strip()] for t in text.split(";")]
            check(answer.get("checked") == keys, f"{element}/{who}: checked {answer}")
        elif text in mapping["levels"]:
            expected_count += 1
            check(answer.get("level") == mapping["levels"][text], f"{element}/{who}: level")
        else:
            expected_count += 1
            check(answer.get("value") == float(text), f"{element}/{who}: value {answer} {text}")
check(len(got) == expected_count, f"{len(got)} answers imported, {expected_count} in the file")
check(any("\n" in a.get("note", "") for a in got.values()), "an embedded newline survived")


# ---- Error paths ----
def write(name, text, encoding="utf-8"):
    target = os.path.join(SCRATCH, name)
    with open(target, "w", encoding=encoding, newline="") as out:
        out.write(text)
    return target


header = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))[0]


def expect_error(name, csv_path, expected_lines, map_path=mapping_path):
    target = os.path.join(SCRATCH, name + ".yaml")
    result = run("import", csv_path, "--map", map_path, "-o", target)
    check(result.returncode == 1, f"{name}: exit code {result.returncode}")
    check(result.stderr.splitlines() == expected_lines,
          f"{name}: stderr\n{result.stderr}expected\n" + "\n".join(expected_lines))
    check(not os.path.exists(target), f"{name}: no output")


def column_letter(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


lines = raw.decode("utf-8-sig").split("\r\n")
extra = write("extra-column.csv", "\r\n".join(
    [lines[0] + ",Anything else?"] + [line + ",More money" for line in lines[1:] if line] ) + "\r\n")
letter = column_letter(len(header))
expect_error("extra-column", extra, [
    f"{extra}:{letter}1: error: column \"Anything else?\": not in the mapping: map it under "
    "columns: or list it under ignore: so that no answer is lost"])

level_column = header.index(next(h for h, s in mapping["columns"].items() if isinstance(s, str)
                                 and s == "vision-shared-purpose"))
reader = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
reader[2][level_column] = "Meh"
buffer = io.StringIO()
csv.writer(buffer, lineterminator="\r\n").writerows(reader)
unmapped = write("unmapped-answer.csv", buffer.getvalue())
known = ", ".join(f'"{t}"' for t in sorted(mapping["levels"])[:-1])
last = sorted(mapping["levels"])[-1]
expect_error("unmapped-answer", unmapped, [
    f"{unmapped}:{column_letter(level_column)}3: error: column \"{header[level_column]}\": the "
    f"answer \"Meh\" is not mapped to a level; add it under levels: (known: {known} or \"{last}\")"])

broken = write("broken-quote.csv", lines[0] + "\r\n" + '1,"a"b,' + "\r\n")
expect_error("broken-quote", broken, [
    f"{broken}:2:6: error: malformed quoted field: a quote inside a quoted field must be "
    "doubled (\"\"), and a closing quote must end the field"])

latin = write("latin1.csv", lines[0] + "\r\n1,Caf\u00e9\r\n", encoding="latin-1")
expect_error("latin1", latin, [
    f"{latin}:2:6: error: invalid UTF-8; save the survey export as \"CSV UTF-8\" (it looks "
    "like another encoding, such as Windows-1252)"])

bad_map = write("bad-map.yaml", open(mapping_path, encoding="utf-8").read().replace(
    ": vision-shared-purpose\n", ": vision-shared-purpse\n", 1))
line = next(i for i, l in enumerate(open(bad_map, encoding="utf-8"), 1) if "vision-shared-purpse" in l)
column = open(bad_map, encoding="utf-8").read().splitlines()[line - 1].index("vision-shared-purpse") + 1
expect_error("unknown-element", survey, [
    f"{bad_map}:{line}:{column}: error: columns.A shared definition of partnership and its "
    "purpose: unknown element 'vision-shared-purpse'"], map_path=bad_map)

missing = write("missing-column-map.yaml", open(mapping_path, encoding="utf-8").read().replace(
    '"Joint commitment to the success of the organisation":',
    '"Joint commitment to the success of the organisations":', 1))
expect_error("missing-column", survey, [
    f"{missing}: error: the mapped column \"Joint commitment to the success of the "
    f"organisations\" is not in {survey}; did you mean \"Joint commitment to the success of "
    "the organisation\"?",
    f"{survey}:J1: error: column \"Joint commitment to the success of the organisation\": not "
    "in the mapping: map it under columns: or list it under ignore: so that no answer is lost"],
    map_path=missing)

no_map = run("import", survey, "-o", os.path.join(SCRATCH, "x.yaml"))
check(no_map.returncode == 2 and "needs --map" in no_map.stderr, f"--map required: {no_map.stderr}")

finish(f"survey import: {expected_count} answers, 6 error paths: all as expected")
