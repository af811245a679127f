#!/usr/bin/env python3
"""End-to-end tests of `maturity serve` and `maturity collect` over HTTP (issue 27).

Each test starts its own server on a loopback port with a temporary store and stops it.
They check what people and attackers do: answer, save, resume, submit; the rules of
blind answering; every refusal (exact message or status); the security headers,
cookies and form tokens; the limits; SIGTERM and kill -9; export scored by `maturity
score`. Usage: serve_http.py MATURITY FRAMEWORK
"""
import http.client
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

import yaml

import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import asyncore
    import smtpd

MATURITY = None
FRAMEWORK = None
ASSESSMENT = "coleg-y-bryn-2026-27"
MEASURE = "process-forum-meetings"  # A measure from 0 to 100.
CHECKLIST = "vision-partnership-agreement"
LEVEL = "vision-shared-purpose"


def run(*args, check=True):
    result = subprocess.run([MATURITY, *args], capture_output=True, text=True, timeout=60)
    if check and result.returncode != 0:
        raise AssertionError(f"maturity {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


POSTGRES = os.environ.get("MATURITY_TEST_POSTGRES_HOST")  # Set by tests/store/with_postgres.sh.
DATABASES = iter(range(1, 100000))


def new_store(folder):
    """The options naming a new, empty store: an SQLite folder, or (under with_postgres.sh)
    a new PostgreSQL database of its own."""
    if not POSTGRES:
        return ["--data", os.path.join(folder, "store")]
    name = f"maturity_{os.getpid()}_{next(DATABASES)}"
    subprocess.run([os.path.join(os.environ["MATURITY_TEST_POSTGRES_BIN"], "createdb"),
                    "-h", POSTGRES, "-p", os.environ["MATURITY_TEST_POSTGRES_PORT"],
                    "-U", os.environ["MATURITY_TEST_POSTGRES_USER"], name], check=True)
    return ["--database", f"postgresql://{os.environ['MATURITY_TEST_POSTGRES_USER']}@/{name}"
                          f"?host={POSTGRES}&port={os.environ['MATURITY_TEST_POSTGRES_PORT']}"]


def sqlite_only(test):
    """A test of the SQLite file itself."""
    return unittest.skipIf(POSTGRES, "reads the SQLite file")(test)


class Server:
    """A `maturity serve` of its own, on a free loopback port."""

    def __init__(self, store):
        self.store = store if isinstance(store, list) else ["--data", store]
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [MATURITY, "serve", *self.store, "--listen", "127.0.0.1:0"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if not match:
            raise AssertionError("server did not start: " + line + self.process.stderr.read())
        self.port = int(match.group(1))

    def stop(self, sig=signal.SIGTERM):
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("the server did not stop on SIGTERM within 20 s")
        return self.process.returncode


class Browser:
    """One person's browser: a cookie jar and the last page's form token."""

    def __init__(self, server):
        self.server = server
        self.cookie = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        headers = dict(headers or {})
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body is not None and not isinstance(body, (bytes, str)):
            body = urllib.parse.urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", errors="replace")
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        token = re.search(r'name="csrf" value="([^"]+)"', text)
        if token:
            self.csrf = token.group(1)
        connection.close()
        return response, text

    def open_link(self, link):
        return self.request("GET", urllib.parse.urlparse(link).path)

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, with_token=True):
        fields = list(fields.items()) if isinstance(fields, dict) else list(fields)
        if with_token:
            fields.append(("csrf", self.csrf))
        return self.request("POST", path, fields)


def level_answer(element, level, version=0, evidence="", note=""):
    return {f"v.{element}": str(version), f"level.{element}": str(level),
            f"evidence.{element}": evidence, f"note.{element}": note}


class ServeTestCase(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.store = new_store(self.folder.name)
        self.data = self.store[1]
        created = run("collect", "create", *self.store, "--framework", FRAMEWORK,
                      "--institution", "coleg-y-bryn", "--name", "Coleg y Bryn",
                      "--period", "2026-27", "--profile", "sector=fe", "--profile", "staff=820",
                      "--json")
        self.created = json.loads(created.stdout)
        self.links = {}
        for respondent, side in [("m1", "management"), ("m2", "management"),
                                 ("u1", "trade_union"), ("u2", "trade_union")]:
            invited = run("collect", "invite", *self.store, ASSESSMENT, "--respondent",
                          respondent, "--perspective", side, "--name", f"Person {respondent}", "--json")
            self.links[respondent] = json.loads(invited.stdout)["link"]
        self.server = Server(self.store)

    def tearDown(self):
        if self.server.process.poll() is None:
            self.server.stop()
        self.folder.cleanup()

    def respondent(self, name):
        browser = Browser(self.server)
        response, text = browser.open_link(self.links[name])
        self.assertEqual(response.status, 200, text)
        return browser

    def on_form(self, name):
        """A respondent's browser on their form (its form token read)."""
        browser = self.respondent(name)
        browser.get("/form")
        return browser

    def posted(self, browser, path, fields, status):
        """Posts `fields` to `path` through `browser`; checks the answer's status and returns
        its page."""
        response, text = browser.post(path, fields)
        self.assertEqual(response.status, status, text[:500])
        return text

    def coordinator(self, side):
        browser = Browser(self.server)
        response, text = browser.open_link(self.created["coordinator_links"][side])
        self.assertEqual(response.status, 200, text)
        browser.get("/coordinator")
        return browser

    def status(self):
        return json.loads(run("collect", "status", *self.store, ASSESSMENT, "--json").stdout)

    def respondent_status(self, name):
        return next(r for r in self.status()["respondents"] if r["id"] == name)


class CollectCommandLine(ServeTestCase):
    def test_create_prints_one_coordinator_link_per_side(self):
        self.assertEqual(self.created["assessment"], ASSESSMENT)
        links = self.created["coordinator_links"]
        self.assertEqual(sorted(links), ["management", "trade_union"])
        for link in links.values():
            token = link.rsplit("/", 1)[1]
            self.assertRegex(token, r"^[A-Za-z0-9_-]{43}$")  # 256 random bits.

    @sqlite_only
    def test_links_are_kept_only_as_hashes(self):
        token = self.links["m1"].rsplit("/", 1)[1]
        with open(os.path.join(self.data, "maturity.sqlite"), "rb") as store:
            self.assertNotIn(token.encode(), store.read())

    def test_refusals_exit_1_with_a_clear_message_and_change_nothing(self):
        before = self.status()
        cases = [
            (["collect", "create", *self.store, "--framework", FRAMEWORK, "--institution",
              "coleg-y-bryn", "--name", "Coleg y Bryn", "--period", "2026-27", "--profile",
              "sector=fe", "--profile", "staff=820"],
             "maturity collect: an assessment for coleg-y-bryn in 2026-27 exists already: "
             "coleg-y-bryn-2026-27\n"),
            (["collect", "create", *self.store, "--framework", FRAMEWORK, "--institution",
              "x", "--name", "X", "--period", "2026-27", "--profile", "sector=college",
              "--profile", "staff=10"],
             "maturity collect: --profile sector: expected one of fe, he, nhs, local_government, "
             "school, other, got 'college'\n"),
            (["collect", "invite", *self.store, ASSESSMENT, "--respondent", "s1",
              "--perspective", "students"],
             "maturity collect: unknown perspective 'students': expected management or "
             "trade_union\n"),
            (["collect", "invite", *self.store, "nowhere-2026-27", "--respondent", "s1",
              "--perspective", "management"],
             "maturity collect: no assessment 'nowhere-2026-27' in this store\n"),
            (["collect", "export", *self.store, ASSESSMENT, "-o",
              os.path.join(self.folder.name, "out.yaml")],
             "maturity collect: answering is still open for coleg-y-bryn-2026-27: each side "
             "answers blind until it closes (maturity collect close)\n"),
            (["collect", "close", *self.store, ASSESSMENT],
             "maturity collect: not closed: m1, m2, u1, u2 have not submitted; close with "
             "--force to close without them\n"),
            (["collect", "revoke", *self.store, ASSESSMENT, "--respondent", "nobody"],
             "maturity collect: no respondent 'nobody' in coleg-y-bryn-2026-27\n"),
            (["collect", "status", "--data", os.path.join(self.folder.name, "none"), ASSESSMENT],
             f"maturity collect: no store in {os.path.join(self.folder.name, 'none')}: create an "
             f"assessment first (maturity collect create --data "
             f"{os.path.join(self.folder.name, 'none')} ...)\n"),
        ]
        for args, message in cases:
            with self.subTest(args=args[:2]):
                result = run(*args, check=False)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertEqual(result.stderr, message)
        self.assertEqual(self.status(), before)
        self.assertFalse(os.path.exists(os.path.join(self.folder.name, "out.yaml")))

    def test_usage_errors_exit_2(self):
        result = run("collect", "frobnicate", *self.store, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("unknown action 'frobnicate'", result.stderr)
        result = run("serve", check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--data DIR (or --database URL) is required", result.stderr)

    @sqlite_only
    def test_backup_while_serving_is_a_whole_store(self):
        Browser(self.server).open_link(self.links["m1"])
        backup = os.path.join(self.folder.name, "backup.sqlite")
        run("collect", "backup", *self.store, "-o", backup)
        with sqlite3.connect(backup) as copy:
            self.assertEqual(copy.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            self.assertEqual(copy.execute("SELECT id FROM assessments").fetchall(), [(ASSESSMENT,)])
            self.assertEqual(copy.execute("SELECT count(*) FROM respondents").fetchone()[0], 4)

    @sqlite_only
    def test_the_schema_is_versioned_and_a_newer_one_refused(self):
        self.server.stop()
        with sqlite3.connect(os.path.join(self.data, "maturity.sqlite")) as store:
            self.assertEqual(store.execute("PRAGMA user_version").fetchone()[0], 3)
            store.execute("PRAGMA user_version = 99")
        result = run("collect", "status", *self.store, ASSESSMENT, check=False)
        self.assertEqual(result.returncode, 3)
        self.assertIn("the store's schema is version 99, newer than this program's (3)", result.stderr)
        with sqlite3.connect(os.path.join(self.data, "maturity.sqlite")) as store:
            store.execute("PRAGMA user_version = 3")
        self.server.start()

    @sqlite_only
    def test_a_store_of_schema_1_is_migrated_forward_whole(self):
        # tests/data/store/schema-1.sqlite was written by the first release of the store:
        # one assessment, m1 invited, one answer saved through the form.
        old = os.path.join(self.folder.name, "old")
        os.makedirs(old)
        source = os.path.join(os.path.dirname(__file__), "..", "data", "store")
        with open(os.path.join(source, "schema-1.sqlite"), "rb") as file:
            with open(os.path.join(old, "maturity.sqlite"), "wb") as copy:
                copy.write(file.read())
        status = json.loads(run("collect", "status", "--data", old, ASSESSMENT, "--json").stdout)
        self.assertEqual([(r["id"], r["answered"]) for r in status["respondents"]], [("m1", 1)])
        with sqlite3.connect(os.path.join(old, "maturity.sqlite")) as store:
            self.assertEqual(store.execute("PRAGMA user_version").fetchone()[0], 3)
            self.assertEqual(store.execute("PRAGMA foreign_key_check").fetchall(), [])
        with open(os.path.join(source, "schema-1-m1-link.json"), encoding="utf-8") as file:
            token = json.load(file)["link"].rsplit("/", 1)[1]
        server = Server(old)
        try:
            browser = Browser(server)
            response, _ = browser.get("/l/" + token)
            self.assertEqual(response.status, 200)
            _, text = browser.get("/form")
            self.assertIn("Forum minutes v1</textarea>", text)
        finally:
            server.stop()

    @sqlite_only
    def test_the_audit_trail_cannot_be_changed(self):
        with sqlite3.connect(os.path.join(self.data, "maturity.sqlite")) as store:
            self.assertGreater(store.execute("SELECT count(*) FROM audit").fetchone()[0], 4)
            for statement in ["UPDATE audit SET what = 'nothing'", "DELETE FROM audit"]:
                with self.assertRaisesRegex(sqlite3.DatabaseError, "the audit trail is never changed"):
                    store.execute(statement)


class Answering(ServeTestCase):
    def test_a_respondent_invited_in_welsh_has_welsh_pages(self):
        # `collect invite --lang cy`: their pages are Welsh from the link on (not only the mail).
        link = json.loads(run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "u3",
                              "--perspective", "trade_union", "--lang", "cy",
                              "--json").stdout)["link"]
        browser = Browser(self.server)
        _, text = browser.open_link(link)
        self.assertIn('<html lang="cy">', text)
        _, text = browser.get("/form")
        self.assertIn('<html lang="cy">', text)
        self.assertIn("Cyflwyno fy atebion", text)
        # Without --lang: the framework's first language, as before.
        _, text = self.respondent("u1").get("/form")
        self.assertIn('<html lang="en">', text)

    def test_the_audit_trail_on_a_welsh_page_is_in_welsh(self):
        # Kept as written, in English (`collect audit`); shown in the page's language.
        browser = self.coordinator("management")
        browser.post("/language", {"to": "cy", "back": "/coordinator"})
        _, text = browser.get("/coordinator")
        self.assertIn('<html lang="cy">', text)
        self.assertIn("Trywydd archwilio", text)
        self.assertIn("<td>llinell orchymyn</td>", text)
        self.assertIn("<td>wedi rhoi dolen i m1 (Cyflogwr / rheolwyr)</td>", text)
        self.assertNotIn("issued a link", text)
        self.assertNotIn('lang="en">', text.replace('<button type="submit" lang="en">', ""))
        self.assertIn("command line: issued a link to m1 (management)",
                      run("collect", "audit", *self.store, ASSESSMENT).stdout)

    def test_health(self):
        response, text = Browser(self.server).get("/healthz")
        self.assertEqual((response.status, text), (200, "ok\n"))

    def test_a_link_opens_a_strict_session(self):
        browser = Browser(self.server)
        response, text = browser.open_link(self.links["m1"])
        cookie = response.getheader("Set-Cookie")
        self.assertRegex(cookie, r"^maturity_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; "
                                 r"SameSite=Strict; Max-Age=43200$")
        self.assertIn('<meta http-equiv="refresh" content="0; url=/form"/>', text)
        response, text = browser.get("/form")
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Security-Policy"),
                         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                         "connect-src 'self'; form-action 'self'; base-uri 'none'; "
                         "frame-ancestors 'none'")
        self.assertEqual(response.getheader("X-Frame-Options"), "DENY")
        self.assertEqual(response.getheader("Referrer-Policy"), "no-referrer")
        # No inline script or style: the policy would block it, so none is written.
        self.assertNotRegex(text, r"<script(?![^>]*\bsrc=)")
        self.assertNotIn(" style=", text)

    def test_the_form_shows_each_element_as_a_fieldset_with_labelled_choices(self):
        browser = self.respondent("m1")
        response, text = browser.get("/form")
        self.assertIn('<fieldset class="element" id="element-vision-shared-purpose"><legend>'
                      'A shared definition of partnership and its purpose</legend>', text)
        self.assertIn('<label for="level-3-vision-shared-purpose"><strong>3 Established</strong>',
                      text)
        self.assertIn('<input type="checkbox" name="na.vision-shared-purpose"', text)
        self.assertIn("Submit my answers", text)
        self.assertIn("Overall: 0 of 42 answered", text)

    def test_save_resume_and_progress(self):
        browser = self.on_form("m1")
        response, _ = browser.post("/form", {"d": "0", **level_answer(
            LEVEL, 3, evidence="Joint forum minutes, May 2026\nPartnership agreement")})
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/form?d=0&n=saved#main")
        # A new browser through the same link finds the answer.
        again = self.respondent("m1")
        _, text = again.get("/form")
        self.assertIn('value="3" id="level-3-vision-shared-purpose" checked="checked"', text)
        self.assertIn("Joint forum minutes, May 2026\nPartnership agreement</textarea>", text)
        self.assertIn("Overall: 1 of 42 answered", text)
        status = self.respondent_status("m1")
        self.assertEqual((status["answered"], status["applicable"]), (1, 42))
        self.assertNotEqual(status["last_saved"], "")

    def test_a_bad_measure_is_shown_beside_its_field_and_not_saved(self):
        browser = self.on_form("m1")
        response, text = browser.post("/form", {"d": "4", f"v.{MEASURE}": "0",
                                                f"value.{MEASURE}": "140"})
        self.assertEqual(response.status, 422)
        self.assertIn(f'aria-invalid="true" aria-describedby="error-value-{MEASURE}"', text)
        self.assertIn(f'<p class="error" id="error-value-{MEASURE}">Enter a number from 0 to 100.</p>',
                      text)
        self.assertIn('value="140"', text)  # What was typed stays, to correct.
        self.assertEqual(self.respondent_status("m1")["answered"], 0)

    def test_errors_in_welsh_on_a_welsh_page(self):
        browser = self.on_form("m1")
        response, _ = browser.post("/language", {"to": "cy", "back": "/form?d=4"})
        self.assertEqual(response.getheader("Location"), "/form?d=4")
        response, text = browser.post("/form", {"d": "4", f"v.{MEASURE}": "0",
                                                f"value.{MEASURE}": "abc"})
        self.assertIn('<html lang="cy">', text)
        self.assertIn("Rhowch rif o 0 i 100.", text)
        self.assertIn("Cyflwyno fy atebion", text)
        # Remembered for the session.
        _, text = browser.get("/form")
        self.assertIn('<html lang="cy">', text)

    def test_the_same_rules_as_files(self):
        browser = self.on_form("m1")
        cases = [
            ({f"v.{LEVEL}": "0", f"level.{LEVEL}": "3", f"na.{LEVEL}": "1", f"reason.{LEVEL}": "n"},
             "Choose an answer or Not applicable, not both."),
            ({f"v.{LEVEL}": "0", f"na.{LEVEL}": "1"}, "Give the reason this does not apply."),
            ({f"v.{LEVEL}": "0", f"level.{LEVEL}": "9"}, "Choose one of the levels, 1 to 5."),
            ({f"v.{LEVEL}": "0", f"level.{LEVEL}": "2", f"evidence.{LEVEL}": "ok\n."},
             "Line 2 of the evidence says nothing: give at least 3 letters or digits."),
            ({f"v.{CHECKLIST}": "0", f"checked.{CHECKLIST}": "no-such-item"},
             "Tick only the items listed, each once."),
        ]
        for fields, message in cases:
            with self.subTest(message=message):
                response, text = browser.post("/form", {"d": "0", **fields})
                self.assertEqual(response.status, 422)
                self.assertIn(message, text)
        self.assertEqual(self.respondent_status("m1")["answered"], 0)

    def test_a_stale_page_is_told_rather_than_overwriting(self):
        first, second = self.respondent("m1"), self.respondent("m1")
        first.get("/form")
        second.get("/form")
        response, _ = second.post("/form", {"d": "0", **level_answer(LEVEL, 4, version=0)})
        self.assertEqual(response.status, 303)
        response, text = first.post("/form", {"d": "0", **level_answer(LEVEL, 2, version=0)})
        self.assertEqual(response.status, 422)
        self.assertIn("This answer was changed on another page after you opened this one", text)
        self.assertIn('value="4" id="level-4-vision-shared-purpose" checked="checked"', text)
        # On the fresh copy, the later save wins.
        response, _ = first.post("/form", {"d": "0", **level_answer(LEVEL, 2, version=1)})
        self.assertEqual(response.status, 303)
        _, text = second.get("/form")
        self.assertIn('value="2" id="level-2-vision-shared-purpose" checked="checked"', text)

    def test_checklist_none_in_place_is_an_answer_and_empty_is_not(self):
        browser = self.on_form("m1")
        browser.post("/form", {"d": "0", f"v.{CHECKLIST}": "0"})
        self.assertEqual(self.respondent_status("m1")["answered"], 0)
        browser.post("/form", {"d": "0", f"v.{CHECKLIST}": "0", f"none.{CHECKLIST}": "1"})
        self.assertEqual(self.respondent_status("m1")["answered"], 1)

    def test_submit_locks_and_the_own_sides_coordinator_reopens(self):
        browser = self.on_form("m1")
        browser.post("/form", {"d": "0", **level_answer(LEVEL, 3)})
        response, _ = browser.post("/form/submit", {})
        self.assertEqual(response.status, 303)
        _, text = browser.get("/form")
        self.assertIn("You submitted your answers on", text)
        self.assertIn('disabled="disabled"', text)
        response, text = browser.post("/form", {"d": "0", **level_answer(LEVEL, 5, version=1)})
        self.assertEqual(response.status, 422)
        self.assertIn("Nothing was saved: your answers have been submitted", text)
        # The other side's coordinator cannot reopen them; their own side's can.
        text = self.posted(self.coordinator("trade_union"), "/coordinator/reopen", {"respondent": "m1"}, 422)
        self.assertIn("no respondent &#39;m1&#39; on your side", text)
        self.posted(self.coordinator("management"), "/coordinator/reopen", {"respondent": "m1"}, 200)
        browser.get("/form")
        response, _ = browser.post("/form", {"d": "0", **level_answer(LEVEL, 5, version=1)})
        self.assertEqual(response.status, 303)

    def test_a_text_without_an_answer_is_kept_but_blocks_submitting(self):
        browser = self.on_form("m1")
        response, _ = browser.post("/form", {"d": "0", f"v.{LEVEL}": "0",
                                             f"evidence.{LEVEL}": "Forum minutes, June"})
        self.assertEqual(response.status, 303)
        response, text = browser.post("/form/submit", {})
        self.assertEqual(response.status, 422)
        self.assertIn("Give an answer to these, or clear their evidence and note, before you "
                      "submit: A shared definition of partnership and its purpose", text)
        self.assertIn("Forum minutes, June</textarea>", text)

    def test_autosave_answers_json_with_the_versions(self):
        browser = self.on_form("m1")
        response, text = browser.post("/form/autosave", {"d": "0", **level_answer(LEVEL, 3)})
        self.assertEqual(response.status, 200)
        self.assertEqual(json.loads(text), {"ok": True, "versions": {LEVEL: 1}})


class BlindAndRoles(ServeTestCase):
    SECRET = "Management private evidence 7731"

    def setUp(self):
        super().setUp()
        management = self.on_form("m1")
        management.post("/form", {"d": "0", **level_answer(LEVEL, 4, evidence=self.SECRET,
                                                           note="management note 5512")})

    def test_nobody_reads_another_respondents_answers_before_the_close(self):
        union = self.respondent("u1")
        other = self.respondent("m2")
        coordinators = [self.coordinator("management"), self.coordinator("trade_union")]
        for browser in [union, other, *coordinators]:
            for path in ["/form", "/form?d=0", "/coordinator", "/"]:
                _, text = browser.get(path)
                self.assertNotIn("7731", text)
                self.assertNotIn("5512", text)
        _, text = union.get("/form")
        self.assertIn("Overall: 0 of 42 answered", text)

    def test_a_coordinator_sees_their_side_and_only_counts_of_the_other(self):
        _, text = self.coordinator("trade_union").get("/coordinator")
        self.assertIn('id="respondent-u1"', text)
        self.assertNotIn('id="respondent-m1"', text)
        self.assertNotIn("Person m1", text)
        self.assertIn("Person u1", text)
        self.assertIn("<th scope=\"row\">Employer / management</th><td class=\"number\">2</td>", text)

    def test_a_respondent_cannot_open_a_coordinators_page(self):
        union = self.respondent("u1")
        union.get("/form")  # Its own form token, valid for its session.
        for path, fields in [("/coordinator", None), ("/coordinator/invite", {"respondent": "x"}),
                             ("/coordinator/done", {"force": "1"})]:
            with self.subTest(path=path):
                response, text = (union.get(path) if fields is None else union.post(path, fields))
                self.assertEqual(response.status, 403)
                self.assertIn("This page belongs to another role. Nothing was changed.", text)

    def test_a_coordinator_cannot_answer_or_act_on_the_other_side(self):
        union = self.coordinator("trade_union")
        response, _ = union.post("/form", {"d": "0", **level_answer(LEVEL, 1)})
        self.assertEqual(response.status, 303)
        self.assertEqual(response.getheader("Location"), "/coordinator")
        response, text = union.post("/coordinator/revoke", {"respondent": "m1"})
        self.assertEqual(response.status, 422)
        self.assertEqual(self.respondent_status("m1")["revoked"], False)
        # An invitation from the union coordinator is always for the union side.
        response, text = union.post("/coordinator/invite", {"respondent": "u3", "name": "U3"})
        self.assertEqual(response.status, 200)
        self.assertEqual(self.respondent_status("u3")["perspective"], "trade_union")
        self.assertRegex(text, r'id="issued-link">http://127\.0\.0\.1:\d+/l/[A-Za-z0-9_-]{43}<')

    @sqlite_only
    def test_a_form_without_its_token_is_refused_and_recorded(self):
        union = self.on_form("u1")
        for fields in [{"d": "0", **level_answer(LEVEL, 1)},
                       {"d": "0", "csrf": "x" * 43, **level_answer(LEVEL, 1)}]:
            response, text = union.post("/form", fields, with_token=False)
            self.assertEqual(response.status, 403)
            self.assertIn("Nothing was changed.", text)
        self.assertEqual(self.respondent_status("u1")["answered"], 0)
        with sqlite3.connect(os.path.join(self.data, "maturity.sqlite")) as store:
            refusals = store.execute("SELECT who, what FROM audit WHERE what LIKE 'refused%'").fetchall()
        self.assertIn(("respondent u1", "refused a form without its token (/form)"), refusals)

    def test_ending_a_link_asks_first_in_the_pages_language(self):
        union = self.coordinator("trade_union")
        _, text = union.get("/coordinator")
        self.assertIn('<form method="post" action="/coordinator/revoke"', text)
        # The button asks; nothing has ended yet.
        response, text = union.post("/coordinator/revoke", {"respondent": "u2"})
        self.assertEqual(response.status, 200)
        self.assertIn("<h1>End the link of u2?</h1>", text)
        self.assertIn("Their answers stay.", text)
        self.assertIn('<input type="hidden" name="confirm" value="1"/>', text)
        self.assertIn('<a href="/coordinator#respondent-u2" class="button">No, keep the link</a>', text)
        self.assertEqual(self.respondent_status("u2")["revoked"], False)
        # Yes: it ends, once.
        response, text = union.post("/coordinator/revoke", {"respondent": "u2", "confirm": "1"})
        self.assertEqual(response.status, 200)
        self.assertIn("The link of u2 has ended.", text)
        self.assertEqual(self.respondent_status("u2")["revoked"], True)
        # In Welsh, the question is in Welsh.
        union.post("/language", {"to": "cy", "back": "/coordinator"})
        union.get("/coordinator")
        response, text = union.post("/coordinator/revoke", {"respondent": "u1"})
        self.assertEqual(response.status, 200)
        self.assertIn('<html lang="cy">', text)
        self.assertIn("<h1>Dod â dolen u1 i ben?</h1>", text)
        self.assertIn("Ie, dod â&#39;r ddolen i ben", text)
        self.assertEqual(self.respondent_status("u1")["revoked"], False)

    def test_wrong_revoked_and_malformed_links_get_the_same_page(self):
        run("collect", "revoke", *self.store, ASSESSMENT, "--respondent", "u2")
        revoked = urllib.parse.urlparse(self.links["u2"]).path
        pages = []
        for path in [revoked, "/l/" + "A" * 43, "/l/short", "/l/" + "%00" * 10]:
            response, text = Browser(self.server).get(path)
            pages.append((response.status, text, response.getheader("Set-Cookie")))
        self.assertEqual(len(set(pages)), 1, pages)
        self.assertEqual(pages[0][0], 404)
        self.assertIsNone(pages[0][2])
        self.assertIn("This link does not work", pages[0][1])

    def test_a_session_ends_with_its_revoked_link(self):
        union = self.respondent("u2")
        run("collect", "revoke", *self.store, ASSESSMENT, "--respondent", "u2")
        response, text = union.get("/form")
        self.assertEqual(response.status, 403)
        self.assertIn("Open your personal link", text)

    def test_link_guessing_is_held_off(self):
        browser = Browser(self.server)
        statuses = [browser.get("/l/" + "B" * 43)[0].status for _ in range(21)]
        self.assertEqual(statuses[:20], [404] * 20)
        self.assertEqual(statuses[20], 429)
        # A good link from the same address is still served (a college behind one public
        # address, or every client behind nginx, is not locked out by one guesser).
        self.assertEqual(Browser(self.server).open_link(self.links["m1"])[0].status, 200)

    def test_behind_a_local_proxy_each_forwarded_client_is_counted_alone(self):
        guesser = Browser(self.server)
        for _ in range(21):
            response, _ = guesser.request("GET", "/l/" + "C" * 43, headers={"X-Forwarded-For": "203.0.113.9"})
        self.assertEqual(response.status, 429)
        response, text = Browser(self.server).request("GET", "/l/" + "D" * 43,
                                                      headers={"X-Forwarded-For": "198.51.100.7"})
        self.assertEqual(response.status, 404)
        self.assertIn('<div lang="cy"><h1>Nid yw&#39;r ddolen hon yn gweithio</h1>', text)


class ClosingAndExport(ServeTestCase):
    def answer_all(self, name, level):
        browser = self.on_form(name)
        for d in range(9):
            _, text = browser.get(f"/form?d={d}")
            fields = {"d": str(d)}
            for element in re.findall(r'name="v\.([a-z0-9-]+)"', text):
                fields[f"v.{element}"] = "0"
                if f'name="value.{element}"' in text:
                    fields[f"value.{element}"] = "50"
                elif f'name="none.{element}"' in text:
                    fields[f"none.{element}"] = "1"
                else:
                    fields[f"level.{element}"] = str(level)
            response, text = browser.post("/form", fields)
            self.assertEqual(response.status, 303, text[:2000])
        response, _ = browser.post("/form/submit", {})
        self.assertEqual(response.status, 303)

    def test_both_sides_done_closes_and_the_export_scores_as_the_status_says(self):
        self.answer_all("m1", 4)
        self.answer_all("u1", 2)
        management = self.coordinator("management")
        response, text = management.post("/coordinator/done", {})
        self.assertEqual(response.status, 422)
        self.assertIn("Not yet: m2 have not submitted.", text)
        response, _ = management.post("/coordinator/done", {"force": "1"})
        self.assertEqual(response.status, 303)
        self.assertFalse(self.status()["closed"])
        union = self.coordinator("trade_union")
        response, _ = union.post("/coordinator/done", {"force": "1"})
        self.assertTrue(self.status()["closed"])
        # Closed: nobody saves any more.
        late = self.on_form("m2")
        response, _ = late.post("/form", {"d": "0", **level_answer(LEVEL, 5)})
        self.assertEqual(response.status, 422)

        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, ASSESSMENT, "-o", exported)
        with open(exported, encoding="utf-8") as file:
            response_yaml = yaml.safe_load(file)
        answered = {}
        for element, answers in response_yaml["answers"].items():
            for answer in answers:
                answered[answer["by"]] = answered.get(answer["by"], 0) + 1
        status = {r["id"]: r["answered"] for r in self.status()["respondents"]}
        self.assertEqual(answered, {k: v for k, v in status.items() if v})
        result = os.path.join(self.folder.name, "result.json")
        run("score", "--framework", FRAMEWORK, exported, "--json", result, "--quiet")
        with open(result, encoding="utf-8") as file:
            scored = json.load(file)
        text = json.dumps(scored)
        self.assertIn('"management"', text)
        self.assertIn('"trade_union"', text)

    def test_close_force_names_who_had_not_submitted(self):
        result = run("collect", "close", *self.store, ASSESSMENT, "--force")
        self.assertEqual(result.stdout, "answering closed for coleg-y-bryn-2026-27 without 4 who "
                                        "had not submitted: m1, m2, u1, u2\n")


class Limits(ServeTestCase):
    def raw(self, data, read=True):
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=30) as connection:
            connection.sendall(data)
            return connection.recv(65536).decode("latin-1") if read else ""

    def test_a_large_body_is_refused(self):
        body = b"x" * (1024 * 1024 + 10)
        answer = self.raw(b"POST /form HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                          str(len(body)).encode() + b"\r\n\r\n" + body[:1000])
        self.assertTrue(answer.startswith("HTTP/1.1 413"), answer[:200])

    def test_too_many_or_too_large_headers_are_refused(self):
        many = b"".join(b"X-H%d: 1\r\n" % i for i in range(150))
        self.assertTrue(self.raw(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n")
                        .startswith("HTTP/1.1 431"))
        large = b"X-Big: " + b"a" * 20000 + b"\r\n"
        self.assertTrue(self.raw(b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + large + b"\r\n")
                        .startswith("HTTP/1.1 431"))

    def test_a_slow_client_is_cut_off_and_holds_nobody_up(self):
        with socket.create_connection(("127.0.0.1", self.server.port), timeout=40) as slow:
            slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # ...and never ends.
            started = time.monotonic()
            # Others are served meanwhile.
            self.assertEqual(Browser(self.server).get("/healthz")[0].status, 200)
            self.assertEqual(slow.recv(100), b"")  # Closed by the server...
            self.assertLess(time.monotonic() - started, 25)  # ...within the 20 s allowed.

    def test_garbage_gets_400_and_the_server_stays_up(self):
        self.assertTrue(self.raw(b"\x00\x01\x02 NONSENSE\r\n\r\n").startswith("HTTP/1.1 400"))
        response, _ = Browser(self.server).get("/healthz")
        self.assertEqual(response.status, 200)


class Durability(ServeTestCase):
    @sqlite_only
    def test_sigterm_stops_cleanly(self):
        self.assertEqual(self.server.stop(), 0)
        self.assertIn("stopped; the store is closed", self.server.process.stderr.read())
        self.assertFalse(os.path.exists(os.path.join(self.data, "maturity.sqlite-wal")) and
                         os.path.getsize(os.path.join(self.data, "maturity.sqlite-wal")) > 0)

    def test_every_acknowledged_save_survives_kill_9(self):
        acknowledged = {}
        stop = threading.Event()
        errors = []

        def save_continuously(name):
            browser = self.on_form(name)
            version = 0
            count = 0
            while not stop.is_set():
                count += 1
                try:
                    response, _ = browser.post("/form/autosave", {"d": "0", **level_answer(
                        LEVEL, 1 + count % 5, version=version, evidence=f"save number {count}")})
                except (ConnectionError, http.client.HTTPException, OSError):
                    return  # The server was killed mid-request: not acknowledged.
                if response.status == 200:
                    version += 1
                    acknowledged[name] = count
                else:
                    errors.append((name, response.status))
                    return

        threads = [threading.Thread(target=save_continuously, args=(n,)) for n in self.links]
        for thread in threads:
            thread.start()
        # Killed mid-stream once every respondent has had a save acknowledged: a fixed wait
        # (1.5 s) was not always enough for all four to open their link, their form and save
        # once on a loaded machine, and a respondent with nothing acknowledged failed the test.
        deadline = time.monotonic() + 60
        while len(acknowledged) < len(self.links) and not errors and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        self.server.process.kill()  # kill -9, mid-stream.
        self.server.process.wait()
        stop.set()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(sorted(acknowledged), sorted(self.links))
        self.server.start()
        run("collect", "close", *self.store, ASSESSMENT, "--force")
        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, ASSESSMENT, "-o", exported)
        with open(exported, encoding="utf-8") as file:
            answers = yaml.safe_load(file)["answers"][LEVEL]
        saved = {a["by"]: int(a["evidence"][0].split()[-1]) for a in answers}
        for name, count in acknowledged.items():
            # The last acknowledged save is there (or one the server took but had not yet
            # acknowledged when it died).
            self.assertIn(saved[name], (count, count + 1), name)



class AgreeingOnline(ServeTestCase):
    """Issue 28: the joint review, agreed actions, sign-off, reopening, the audit trail,
    links for a mail merge, the overseer, and the sector from the store."""

    def setUp(self):
        super().setUp()
        self.signatories = {}
        for respondent, side in [("ms", "management"), ("us", "trade_union")]:
            invited = run("collect", "invite", *self.store, ASSESSMENT, "--respondent",
                          respondent, "--perspective", side, "--name", f"Signatory {respondent}",
                          "--signatory", "--json")
            self.links[respondent] = json.loads(invited.stdout)["link"]
        for name, level in [("m1", 4), ("u1", 2)]:
            browser = self.on_form(name)
            browser.post("/form", {"d": "0", **level_answer(LEVEL, level,
                                                            evidence=f"Evidence of {name} 4242")})
            browser.post("/form/submit", {})

    def close(self):
        run("collect", "close", *self.store, ASSESSMENT, "--force")

    def test_the_review_is_blind_until_the_close(self):
        for browser in [self.coordinator("management"), self.respondent("ms")]:
            response, text = browser.get("/review")
            self.assertEqual(response.status, 403)
            self.assertIn("Answering is still open", text)
            self.assertNotIn("4242", text)
            response, _ = browser.get("/review/result.json")
            self.assertEqual(response.status, 403)

    def test_after_the_close_both_sides_see_every_answer_and_the_scores(self):
        self.close()
        for browser in [self.coordinator("trade_union"), self.respondent("ms")]:
            response, text = browser.get("/review")
            self.assertEqual(response.status, 200, text[:500])
            self.assertIn("Evidence of m1 4242", text)
            self.assertIn("Evidence of u1 4242", text)
            self.assertIn("Where the sides differ, widest first", text)
        # A respondent who does not sign has no review.
        response, _ = self.respondent("m2").get("/review")
        self.assertEqual(response.status, 403)

    def test_downloads_equal_the_command_line_on_the_export(self):
        self.close()
        browser = self.coordinator("management")
        response, served = browser.get("/review/result.json")
        self.assertEqual(response.status, 200)
        self.assertIn("attachment;", response.getheader("Content-Disposition"))
        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, ASSESSMENT, "-o", exported)
        result = os.path.join(self.folder.name, "result.json")
        run("score", "--framework", FRAMEWORK, exported, "--json", result, "--quiet")
        with open(result, encoding="utf-8") as file:
            from_command_line = json.load(file)
        from_server = json.loads(served)
        for document in (from_command_line, from_server):
            document.pop("source", None)
            document.get("institution", {}).pop("file", None)
        self.assertEqual(from_server, from_command_line)
        response, _ = browser.get("/review/scorecard.xlsx")
        self.assertEqual(response.status, 200)
        response, text = browser.get("/review/report.html")
        self.assertIn("<html", text)

    def test_actions_are_checked_as_in_files_and_recorded(self):
        self.close()
        browser = self.coordinator("management")
        browser.get("/review")
        response, text = browser.post("/review/actions", {
            "a.0.element": LEVEL, "a.0.action": "Agree a joint definition",
            "a.0.owner": "Principal", "a.0.due": "0000-01-01", "a.0.status": "planned"})
        self.assertEqual(response.status, 422)
        self.assertIn("The actions were not saved", text)
        self.assertIn('aria-invalid="true" aria-describedby="error-action-0"', text)
        response, text = browser.post("/review/actions", {
            "a.0.element": LEVEL, "a.0.action": "Agree a joint definition",
            "a.0.owner": "Principal", "a.0.due": "2027-03-31", "a.0.status": "planned"})
        self.assertEqual(response.status, 200)
        self.assertIn("The agreed actions are saved.", text)
        # A signatory reads them but cannot change them.
        signatory = self.respondent("us")
        _, text = signatory.get("/review")
        self.assertIn("Agree a joint definition", text)
        self.assertNotIn('action="/review/actions"', text)
        response, _ = signatory.post("/review/actions", {"a.0.element": LEVEL, "a.0.action": "x"})
        self.assertEqual(response.status, 422)
        audit = run("collect", "audit", *self.store, ASSESSMENT).stdout
        self.assertIn("management coordinator: changed the agreed actions (1)", audit)

    def test_each_signatory_signs_for_their_side_and_the_assessment_becomes_final(self):
        self.close()
        union = self.respondent("us")
        union.get("/review")
        response, text = union.post("/review/sign", {"agreed": "no", "statement": "  "})
        self.assertEqual(response.status, 422)
        self.assertIn("the statement is required", text)
        statement = "We do not agree: facility time was cut in March. " * 20
        response, text = union.post("/review/sign", {"agreed": "no", "statement": statement})
        self.assertEqual(response.status, 200, text[:300])
        text = self.posted(union, "/review/sign", {"agreed": "yes"}, 422)
        self.assertIn("this side has signed already", text)
        # A coordinator does not sign.
        coordinator = self.coordinator("management")
        self.posted(coordinator, "/review/sign", {"agreed": "yes"}, 422)
        management = self.respondent("ms")
        management.get("/review")
        response, text = management.post("/review/sign", {"agreed": "yes"})
        self.assertIn("Every side has signed off: the assessment is final", text)
        self.assertEqual(self.status()["closed"], True)
        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, ASSESSMENT, "-o", exported)
        with open(exported, encoding="utf-8") as file:
            sign_off = yaml.safe_load(file)["sign_off"]
        union_entry = next(e for e in sign_off if e["perspective"] == "trade_union")
        self.assertEqual(union_entry["agreed"], False)
        self.assertEqual(union_entry["statement"], statement.strip())
        self.assertEqual(union_entry["name"], "Signatory us")
        with open(exported, encoding="utf-8") as file:
            self.assertRegex(file.read(), r"audit trail sha256:[0-9a-f]{64}")
        # Final: read-only; reopening needs both coordinators and clears the sign-offs.
        response, _ = coordinator.post("/review/actions", {"a.0.element": LEVEL, "a.0.action": "x"})
        self.assertEqual(response.status, 422)
        _, text = coordinator.post("/review/reopen", {})
        self.assertIn("waiting for: trade_union", text)
        _, text = self.coordinator("trade_union").post("/review/reopen", {})
        self.assertIn("Reopened: the sign-offs are cleared.", text)
        audit = run("collect", "audit", *self.store, ASSESSMENT).stdout
        self.assertIn("trade_union coordinator: asked to reopen; every side has asked: reopened", audit)

    def test_one_person_signs_for_one_side_only(self):
        run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "us2",
            "--perspective", "trade_union", "--name", "Signatory MS", "--signatory")
        link = json.loads(run("collect", "invite", *self.store, ASSESSMENT, "--respondent",
                              "us2", "--perspective", "trade_union", "--name", "signatory ms",
                              "--signatory", "--json").stdout)["link"]
        self.close()
        management = self.respondent("ms")
        management.get("/review")
        management.post("/review/sign", {"agreed": "yes"})
        same_person = Browser(self.server)
        same_person.open_link(link)
        same_person.get("/review")
        response, text = same_person.post("/review/sign", {"agreed": "yes"})
        self.assertEqual(response.status, 422)
        self.assertIn("one person signs for one side only", text)

    def test_the_audit_trail_and_its_digest(self):
        result = json.loads(run("collect", "audit", *self.store, ASSESSMENT, "--json").stdout)
        whats = [entry["what"] for entry in result["trail"]]
        self.assertTrue(whats[0].startswith("created for coleg-y-bryn, 2026-27"))
        self.assertIn("submitted (1 of 42 answered)", whats)
        self.assertRegex(result["sha256"], r"^[0-9a-f]{64}$")
        # Before the close, a coordinator's trail shows only their own side.
        _, text = self.coordinator("trade_union").get("/coordinator")
        self.assertIn("respondent u1", text)
        self.assertNotIn("respondent m1", text)
        self.assertNotIn("link to m2", text)

    def test_links_for_a_mail_merge_are_new_and_end_the_old(self):
        coordinator = self.coordinator("management")
        response, text = coordinator.post("/coordinator/links.csv", {})
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Type"), "text/csv; charset=utf-8")
        rows = text.strip().split("\r\n")
        self.assertEqual(rows[0], "respondent,name,side,link")
        ids = sorted(row.split(",")[0].strip('"') for row in rows[1:])
        self.assertEqual(ids, ["m2", "ms"])  # m1 has submitted.
        old = Browser(self.server).open_link(self.links["m2"])[0]
        self.assertEqual(old.status, 404)

    def test_a_name_that_a_spreadsheet_would_run_is_written_as_text(self):
        run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "m9", "--perspective",
            "management", "--name", '=HYPERLINK("http://evil.example","click")')
        _, text = self.coordinator("management").post("/coordinator/links.csv", {})
        row = next(line for line in text.split("\r\n") if line.startswith('"m9"'))
        self.assertTrue(row.startswith('"m9","\'=HYPERLINK(""http://evil.example"",""click"")"'),
                        row)

    def test_the_overseer_sees_states_and_whom_to_chase_never_an_answer(self):
        link = run("collect", "overseer", *self.store).stdout.split(": ", 1)[1].strip()
        overseer = Browser(self.server)
        overseer.open_link(link)
        response, text = overseer.get("/overseer")
        self.assertEqual(response.status, 200)
        self.assertIn("Coleg y Bryn", text)
        self.assertIn("<td>Answering</td>", text)
        self.assertIn("m2, ms, u2, us", text)
        self.assertNotIn("4242", text)
        for path in ["/form", "/coordinator", "/review", "/review/result.json"]:
            response, text = overseer.get(path)
            self.assertEqual(response.status, 403, path)
            self.assertNotIn("4242", text)
        self.close()
        _, text = overseer.get("/overseer")
        self.assertIn("<td>In review</td>", text)
        self.assertIn("management to sign, trade_union to sign", text)

    def test_the_sector_from_the_store(self):
        self.close()
        result = run("sector", "--framework", FRAMEWORK, *self.store, "--period", "2026-27",
                     "--json", os.path.join(self.folder.name, "sector.json"), "--quiet",
                     "--min-group-size", "1")
        with open(os.path.join(self.folder.name, "sector.json"), encoding="utf-8") as file:
            sector = json.load(file)
        self.assertIn("coleg-y-bryn", json.dumps(sector))
        refused = run("sector", "--framework", FRAMEWORK, *self.store, check=False)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("--period is required with a store (--data or --database)", refused.stderr)



class MailServer(smtpd.SMTPServer):
    """A mail server of the test's own, on a loopback port: keeps what it receives."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), None, decode_data=False)
        self.port = self.socket.getsockname()[1]
        self.received = []
        self.thread = threading.Thread(target=lambda: asyncore.loop(timeout=0.1, map=self._map),
                                       daemon=True)
        self.thread.start()

    def process_message(self, peer, sender, recipients, data, **kwargs):
        self.received.append((sender, recipients, data.decode("utf-8")))

    def stop(self):
        self.close()


class Mail(ServeTestCase):
    def setUp(self):
        super().setUp()
        self.mail = MailServer()
        self.smtp = f"smtp://127.0.0.1:{self.mail.port}"

    def tearDown(self):
        self.mail.stop()
        super().tearDown()

    def wait_for(self, count):
        deadline = time.monotonic() + 10
        while len(self.mail.received) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.mail.received

    def test_an_invitation_is_mailed_in_the_respondents_language(self):
        run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "u3",
            "--perspective", "trade_union", "--name", "Siân", "--email", "sian@example.org",
            "--lang", "cy", "--smtp", self.smtp, "--mail-from", "partneriaeth@example.ac.uk")
        [(sender, recipients, message)] = self.wait_for(1)
        self.assertEqual(sender, "partneriaeth@example.ac.uk")
        self.assertEqual(recipients, ["sian@example.org"])
        self.assertIn("Subject: Eich hunanasesiad ar gyfer Coleg y Bryn, 2026-27", message)
        self.assertIn("Annwyl Siân,", message)
        link = re.search(r"http://127\.0\.0\.1:\d+/l/[A-Za-z0-9_-]{43}", message).group(0)
        self.assertEqual(Browser(self.server).open_link(link)[0].status, 200)

    def test_reminders_reach_those_who_have_not_submitted_with_new_links(self):
        for name, address in [("m1", "m1@example.org"), ("m2", "")]:
            run("collect", "invite", *self.store, ASSESSMENT, "--respondent", name,
                "--perspective", "management", "--email", address)
        result = run("collect", "remind", *self.store, ASSESSMENT, "--smtp", self.smtp,
                     "--mail-from", "x@example.ac.uk", "--perspective", "management")
        self.assertEqual(result.stdout, "reminded m1\nnot reminded m2: no e-mail address\n")
        [(_, recipients, message)] = self.wait_for(1)
        self.assertEqual(recipients, ["m1@example.org"])
        self.assertIn("Subject: Reminder: your self-assessment for Coleg y Bryn, 2026-27", message)
        self.assertIn("This is a reminder", message)

    def test_a_mail_server_that_is_not_there_is_reported_and_exit_3(self):
        result = run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "u3",
                     "--perspective", "trade_union", "--email", "a@example.org",
                     "--smtp", "smtp://127.0.0.1:1", "--mail-from", "x@example.org", check=False)
        self.assertEqual(result.returncode, 3)
        self.assertIn("mail to a@example.org not sent", result.stderr)

    def test_a_line_break_in_an_address_is_refused(self):
        result = run("collect", "invite", *self.store, ASSESSMENT, "--respondent", "u4",
                     "--perspective", "trade_union", "--email", "a@example.org\r\nBcc: b@x.org",
                     check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn("expected an e-mail address", result.stderr)



@unittest.skipUnless(POSTGRES, "needs the PostgreSQL server of tests/store/with_postgres.sh")
class SharedDeployment(ServeTestCase):
    """Issue 29: several server processes against one PostgreSQL database behave as one."""

    def setUp(self):
        super().setUp()
        self.other = Server(self.store)

    def tearDown(self):
        if self.other.process.poll() is None:
            self.other.stop()
        super().tearDown()

    def test_a_save_through_one_process_is_seen_by_the_other(self):
        first = self.on_form("m1")
        response, _ = first.post("/form", {"d": "0", **level_answer(LEVEL, 4, evidence="Shared 99")})
        self.assertEqual(response.status, 303)
        second = Browser(self.other)
        second.open_link(self.links["m1"])
        _, text = second.get("/form")
        self.assertIn("Shared 99</textarea>", text)
        # The stale rule holds across processes: the second page's copy is now out of date
        # only if it was opened before; a copy made on version 0 is refused.
        response, text = second.post("/form", {"d": "0", **level_answer(LEVEL, 2, version=0)})
        self.assertEqual(response.status, 422)
        self.assertIn("This answer was changed on another page", text)

    def test_concurrent_saves_through_two_processes_lose_nothing(self):
        results = {}

        def save(server, name, level):
            browser = Browser(server)
            browser.open_link(self.links[name])
            browser.get("/form")
            statuses = []
            version = 0
            for count in range(15):
                response, text = browser.post("/form/autosave", {"d": "0", **level_answer(
                    LEVEL, level, version=version, evidence=f"{name} {count}")})
                statuses.append(response.status)
                version = json.loads(text)["versions"][LEVEL]
            results[name] = statuses

        threads = [threading.Thread(target=save, args=(self.server, "m1", 3)),
                   threading.Thread(target=save, args=(self.other, "m2", 4)),
                   threading.Thread(target=save, args=(self.server, "u1", 2)),
                   threading.Thread(target=save, args=(self.other, "u2", 1))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual({name: set(s) for name, s in results.items()},
                         {name: {200} for name in ["m1", "m2", "u1", "u2"]})
        run("collect", "close", *self.store, ASSESSMENT, "--force")
        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, ASSESSMENT, "-o", exported)
        with open(exported, encoding="utf-8") as file:
            answers = yaml.safe_load(file)["answers"][LEVEL]
        self.assertEqual({a["by"]: a["evidence"] for a in answers},
                         {name: [f"{name} 14"] for name in ["m1", "m2", "u1", "u2"]})

    def test_two_signatories_signing_at_once_give_one_outcome_recorded_once(self):
        for name, side in [("ms", "management"), ("us", "trade_union")]:
            self.links[name] = json.loads(run(
                "collect", "invite", *self.store, ASSESSMENT, "--respondent", name,
                "--perspective", side, "--name", f"Signatory {name}", "--signatory",
                "--json").stdout)["link"]
        run("collect", "close", *self.store, ASSESSMENT, "--force")
        browsers = []
        for name, server in [("ms", self.server), ("us", self.other)]:
            browser = Browser(server)
            browser.open_link(self.links[name])
            browser.get("/review")
            browsers.append(browser)
        statuses = []
        threads = [threading.Thread(target=lambda b=b: statuses.append(
            b.post("/review/sign", {"agreed": "yes"})[0].status)) for b in browsers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(sorted(statuses), [200, 200])
        trail = json.loads(run("collect", "audit", *self.store, ASSESSMENT, "--json").stdout)["trail"]
        finals = [e for e in trail if e["what"].endswith("every side has signed")]
        self.assertEqual(len(finals), 1, trail)

    def test_a_restarted_database_is_reconnected(self):
        browser = self.on_form("m1")
        data = os.path.join(POSTGRES, "data")
        as_user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        subprocess.run([*as_user, os.path.join(os.environ["MATURITY_TEST_POSTGRES_BIN"], "pg_ctl"),
                        "-D", data, "-l", os.path.join(POSTGRES, "log"), "-m", "fast", "-w",
                        "restart", "-o", f"-c listen_addresses='' -k {POSTGRES} -p "
                        f"{os.environ['MATURITY_TEST_POSTGRES_PORT']}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        response, _ = browser.post("/form", {"d": "0", **level_answer(LEVEL, 3)})
        self.assertIn(response.status, (303, 503))  # The first may find the old connection gone...
        response, _ = browser.post("/form", {"d": "0", **level_answer(LEVEL, 3)})
        self.assertEqual(response.status, 303)  # ...and the next is served.
        # The statements prepared on the old connection are prepared again on the new one:
        # the session, the form and the saved answer are read back.
        response, text = browser.get("/form?d=0")
        self.assertEqual(response.status, 200)
        self.assertIn("Overall: 1 of 42 answered", text)
        self.assertEqual(self.respondent_status("m1")["answered"], 1)


class ChangeSinceLastPeriod(unittest.TestCase):
    """Created from last period's response (`collect create --from`): the review shows the
    change since last period, and its downloads equal `score --previous` on the export."""

    LAST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples",
                        "annual-cycle", "coleg-y-dyffryn-2024-25.yaml")

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.store = new_store(self.folder.name)
        self.server = None

    def tearDown(self):
        if self.server and self.server.process.poll() is None:
            self.server.stop()
        self.folder.cleanup()

    def create(self, period, check=True):
        return run("collect", "create", *self.store, "--framework", FRAMEWORK, "--from",
                   self.LAST, "--period", period, "--json", check=check)

    def test_a_period_not_after_last_periods_is_refused_and_nothing_is_made(self):
        result = self.create("2024-25", check=False)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("coleg-y-dyffryn-2024-25.yaml:9:9: error: period: the previous period '2024-25' "
                      "is the same period as this one ('2024-25'); give an earlier period",
                      result.stderr)
        result = run("collect", "status", *self.store, "coleg-y-dyffryn-2024-25", check=False)
        self.assertEqual(result.returncode, 1)

    def test_the_review_shows_the_change_that_score_previous_gives(self):
        created = json.loads(self.create("2025-26").stdout)
        assessment = "coleg-y-dyffryn-2025-26"
        signatory = json.loads(run("collect", "invite", *self.store, assessment, "--respondent",
                                   "principal", "--perspective", "management", "--signatory",
                                   "--json").stdout)["link"]
        self.server = Server(self.store)
        links = dict(created["respondent_links"], principal=signatory)
        for name, level in [("principal", 4), ("ucu-branch", 2)]:
            browser = Browser(self.server)
            browser.open_link(links[name])
            browser.get("/form")
            browser.post("/form", {"d": "0", **level_answer(LEVEL, level)})
        run("collect", "close", *self.store, assessment, "--force")
        exported = os.path.join(self.folder.name, "response.yaml")
        run("collect", "export", *self.store, assessment, "-o", exported)
        result = os.path.join(self.folder.name, "result.json")
        run("score", "--framework", FRAMEWORK, exported, "--previous", self.LAST, "--json", result,
            "--quiet")
        with open(result, encoding="utf-8") as file:
            from_command_line = json.load(file)
        browser = Browser(self.server)
        browser.open_link(links["principal"])
        response, page = browser.get("/review")
        self.assertEqual(response.status, 200, page[:300])
        page = page.replace("\u2011", "-")  # Periods are written with non-breaking hyphens.
        self.assertIn("<h2>Progress from 2024-25 to 2025-26</h2>", page)
        overall = from_command_line["overall"]
        row = re.search(r'<tr data-id="overall">(.*?)</tr>', page, re.S).group(1)
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
        self.assertEqual(cells[0], f"{overall['previous_score']:.2f}")
        self.assertAlmostEqual(float(cells[2]), overall["change"], delta=0.005)
        response, served = browser.get("/review/result.json")
        from_server = json.loads(served)
        for document in (from_command_line, from_server):
            document.pop("source", None)
            document.get("institution", {}).pop("file", None)
        self.assertEqual(from_server, from_command_line)


class MigrateStore(unittest.TestCase):
    @unittest.skipUnless(POSTGRES, "needs the PostgreSQL server of tests/store/with_postgres.sh")
    def test_an_sqlite_store_moves_whole_and_exports_the_same(self):
        with tempfile.TemporaryDirectory() as folder:
            source = os.path.join(folder, "store")
            run("collect", "create", "--data", source, "--framework", FRAMEWORK, "--institution",
                "coleg-y-bryn", "--name", "Coleg y Bryn", "--period", "2026-27", "--profile",
                "sector=fe", "--profile", "staff=820")
            link = json.loads(run("collect", "invite", "--data", source, ASSESSMENT,
                                  "--respondent", "m1", "--perspective", "management",
                                  "--json").stdout)["link"]
            server = Server(source)
            browser = Browser(server)
            browser.open_link(link)
            browser.get("/form")
            browser.post("/form", {"d": "4", f"v.{MEASURE}": "0", f"value.{MEASURE}": "0.1"})
            browser.post("/form", {"d": "0", **level_answer(LEVEL, 4, evidence="Minutes, May")})
            server.stop()
            run("collect", "close", "--data", source, ASSESSMENT, "--force")
            target = new_store(folder)
            result = run("collect", "migrate-store", "--from", source, "--to", target[1])
            self.assertRegex(result.stdout, r"^moved 1 assessment, \d+ rows in all")
            exports = []
            for store in (["--data", source], target):
                path = os.path.join(folder, f"export-{len(exports)}.yaml")
                run("collect", "export", *store, ASSESSMENT, "-o", path)
                with open(path, encoding="utf-8") as file:
                    exports.append(file.read())
            self.assertEqual(exports[0], exports[1])
            again = run("collect", "migrate-store", "--from", source, "--to", target[1], check=False)
            self.assertEqual(again.returncode, 3)
            self.assertIn("the PostgreSQL store is not empty", again.stderr)


if __name__ == "__main__":
    MATURITY, FRAMEWORK = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=[sys.argv[0], "-v", *sys.argv[3:]])
