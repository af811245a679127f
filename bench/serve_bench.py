#!/usr/bin/env python3
"""The server benchmark (issue 27, item 8; issue 29, item 5): N respondents saving
concurrently over loopback against `maturity serve`, beside a floor measured in the same run:
the same writes straight into the store with the same durability, no HTTP and no server.

Usage: serve_bench.py MATURITY FRAMEWORK [--clients 50,200,1000] [--seconds 10]
                      [--think 0] [--postgres URL [--processes N]] [--markdown]

The store is SQLite (`serve --data DIR`; the floor: WAL, synchronous=FULL, one transaction
per save, into a copy of the store) unless --postgres names a PostgreSQL database the
benchmark may create databases beside (one per run, dropped afterwards; under
tests/store/with_postgres.sh, $MATURITY_TEST_POSTGRES). Then the server runs with
`--database URL`, --processes of them on one database (the shared deployment), and the
floor is the save's transaction (the respondent's row locked, the answers read, the changed
answer replaced with its evidence, last_saved stamped, the audit line, one COMMIT) sent
straight through libpq with the same statements, from as many connections as the servers
hold (one each), and from 8.

Each client is a respondent with their own link and session, saving as the form's autosave
does (POST /form/autosave: the first dimension page's answers, one changed per save), then
waiting `--think` seconds on average (0: saves back to back, the server saturated). Counts
and time are bounded: at most --clients connections for --seconds seconds, on 127.0.0.1.
Prints per client count: saves, saves/s, p50/p99 latency, errors, the server's peak memory
(VmHWM) and CPU seconds per 1,000 saves, and the floor's saves/s.
"""
import argparse
import asyncio
import ctypes
import ctypes.util
import html
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ASSESSMENT = 'coleg-y-bryn-2026-27'
# The level elements of the first dimension page of frameworks/social-partnership.yaml.
ELEMENTS = ['vision-shared-purpose', 'vision-joint-commitment', 'vision-legitimate-interests',
            'vision-employment-security', 'vision-quality-of-working-life']
EVIDENCE = 'Joint forum minutes, March'


class Connection:
    """One keep-alive HTTP/1.1 connection to the server."""

    def __init__(self, port):
        self.port = port
        self.reader = None
        self.writer = None

    async def request(self, method, target, body=b'', headers=()):
        # A kept-alive connection the server closed while idle is opened again, as a browser
        # does; a new connection that fails is an error.
        if self.writer is not None:
            try:
                return await self.exchange(method, target, body, headers)
            except (OSError, asyncio.IncompleteReadError):
                self.close()
        self.reader, self.writer = await asyncio.open_connection('127.0.0.1', self.port)
        return await self.exchange(method, target, body, headers)

    async def exchange(self, method, target, body, headers):
        lines = [f'{method} {target} HTTP/1.1', 'Host: 127.0.0.1', *headers]
        if body:
            lines += ['Content-Type: application/x-www-form-urlencoded', f'Content-Length: {len(body)}']
        self.writer.write(('\r\n'.join(lines) + '\r\n\r\n').encode() + body)
        head = await self.reader.readuntil(b'\r\n\r\n')
        status = int(head.split(b' ', 2)[1])
        found = {}
        for line in head.decode('latin-1').split('\r\n')[1:]:
            if ':' in line:
                name, value = line.split(':', 1)
                found.setdefault(name.strip().lower(), []).append(value.strip())
        length = int(found.get('content-length', ['0'])[0])
        data = await self.reader.readexactly(length) if length else b''
        if found.get('connection', [''])[0].lower() == 'close':
            self.close()
        return status, found, data

    def close(self):
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class Postgres:
    """One libpq connection, through ctypes: libpq is what maturity links, so the floor needs
    no Python driver. A statement takes text parameters, as the store sends them."""
    library = None

    def __init__(self, url):
        if Postgres.library is None:
            lib = ctypes.CDLL(ctypes.util.find_library('pq') or 'libpq.so.5')
            lib.PQconnectdb.restype = ctypes.c_void_p
            lib.PQconnectdb.argtypes = [ctypes.c_char_p]
            lib.PQstatus.argtypes = [ctypes.c_void_p]
            lib.PQerrorMessage.restype = ctypes.c_char_p
            lib.PQerrorMessage.argtypes = [ctypes.c_void_p]
            lib.PQexecParams.restype = ctypes.c_void_p
            lib.PQexecParams.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p,
                                         ctypes.POINTER(ctypes.c_char_p), ctypes.c_void_p, ctypes.c_void_p,
                                         ctypes.c_int]
            lib.PQresultStatus.argtypes = [ctypes.c_void_p]
            lib.PQntuples.argtypes = [ctypes.c_void_p]
            lib.PQnfields.argtypes = [ctypes.c_void_p]
            lib.PQgetvalue.restype = ctypes.c_char_p
            lib.PQgetvalue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
            lib.PQclear.argtypes = [ctypes.c_void_p]
            lib.PQprepare.restype = ctypes.c_void_p
            lib.PQprepare.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
            lib.PQexecPrepared.restype = ctypes.c_void_p
            lib.PQexecPrepared.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                           ctypes.POINTER(ctypes.c_char_p), ctypes.c_void_p, ctypes.c_void_p,
                                           ctypes.c_int]
            lib.PQfinish.argtypes = [ctypes.c_void_p]
            Postgres.library = lib
        self.lib = Postgres.library
        self.connection = self.lib.PQconnectdb(url.encode())
        if self.lib.PQstatus(self.connection) != 0:
            reason = self.lib.PQerrorMessage(self.connection).decode()
            self.close()
            raise SystemExit(f'serve_bench: cannot connect to {url}: {reason}')

    def query(self, sql, values=()):
        """The rows, as lists of text. ctypes lets go of the GIL during the call, so threads
        each with a connection run their statements at once."""
        texts = (ctypes.c_char_p * max(len(values), 1))(*[None if v is None else str(v).encode() for v in values])
        return self.check(self.lib.PQexecParams(self.connection, sql.encode(), len(values), None, texts, None, None, 0),
                          sql)

    def check(self, result, sql):
        """The rows of a result, which is cleared; a failed statement stops the benchmark."""
        try:
            if self.lib.PQresultStatus(result) not in (1, 2):  # PGRES_COMMAND_OK, PGRES_TUPLES_OK
                raise SystemExit(f'serve_bench: {sql[:60]}...: {self.lib.PQerrorMessage(self.connection).decode()}')
            return [[(self.lib.PQgetvalue(result, row, column) or b'').decode()
                     for column in range(self.lib.PQnfields(result))] for row in range(self.lib.PQntuples(result))]
        finally:
            self.lib.PQclear(result)

    def prepared(self, sql, values=()):
        """As query, the statement prepared on this connection at its first use and then
        only bound and run (PQprepare, PQexecPrepared), as the store sends its own."""
        names = self.__dict__.setdefault('names', {})
        if sql not in names:
            name = f'floor_{len(names)}'.encode()
            self.check(self.lib.PQprepare(self.connection, name, sql.encode(), len(values), None), sql)
            names[sql] = name
        texts = (ctypes.c_char_p * max(len(values), 1))(*[None if v is None else str(v).encode() for v in values])
        return self.check(self.lib.PQexecPrepared(self.connection, names[sql], len(values), texts, None, None, 0),
                          sql)

    def close(self):
        if self.connection:
            self.lib.PQfinish(self.connection)
            self.connection = None


def database_url(url, name):
    """The URL of database `name` on the server of `url`."""
    return urllib.parse.urlunparse(urllib.parse.urlparse(url)._replace(path='/' + name))


def postgres_cpu():
    """CPU seconds so far of the PostgreSQL cluster of tests/store/with_postgres.sh (the
    postmaster and every process it started: the backends, the WAL writer, the checkpointer),
    or None when the benchmark did not start it."""
    folder = os.environ.get('MATURITY_TEST_POSTGRES_HOST')
    try:
        with open(os.path.join(folder, 'data', 'postmaster.pid')) as pid_file:
            postmaster = int(pid_file.readline())
    except (TypeError, OSError, ValueError):
        return None
    total = 0.0
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/stat') as stat:
                fields = stat.read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        if int(entry) == postmaster or int(fields[1]) == postmaster:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    return total


def numbered(sql):
    """`sql` with its `?` placeholders numbered as PostgreSQL's: $1, $2, ..."""
    count = iter(range(1, sql.count('?') + 1))
    return re.sub(r'\?', lambda _: f'${next(count)}', sql)


def write_save(execute, respondent, element, level, version, at, who, between=None):
    """The writes of one save once its reads are done, as the store sends them (SaveAnswers):
    the changed answer deleted and inserted with its evidence, last_saved stamped; then
    `between()` when given (a commit, say); then the audit line, by `who`. `execute(sql,
    values)` runs one statement, written with `?` placeholders."""
    execute('DELETE FROM answers WHERE assessment = ? AND respondent = ? AND element = ?',
            (ASSESSMENT, respondent, element))
    execute('DELETE FROM answer_items WHERE assessment = ? AND respondent = ? AND element = ?',
            (ASSESSMENT, respondent, element))
    execute('INSERT INTO answers (assessment, respondent, element, level, value, has_checked, '
            'not_applicable, reason, note, version, saved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
            (ASSESSMENT, respondent, element, level, None, 0, 0, '', '', version + 1, at))
    execute('INSERT INTO answer_items (assessment, respondent, element, list, seq, text) '
            'VALUES (?,?,?,?,?,?)', (ASSESSMENT, respondent, element, 'evidence', 0, EVIDENCE))
    execute('UPDATE respondents SET last_saved_at = ? WHERE assessment = ? AND id = ?',
            (at, ASSESSMENT, respondent))
    if between:
        between()
    execute('INSERT INTO audit (assessment, at, who, what) VALUES (?,?,?,?)',
            (ASSESSMENT, at, who, 'saved ' + element))


def floor_postgres(url, seconds, connections):
    """The save's transaction straight through libpq, as fast as it goes, from `connections`
    connections at once (threads; each its own respondents, so no two wait on one row lock),
    with the statements the store sends (store/postgres_store.cc, SaveAnswers), each prepared
    once per connection as the store prepares them. Its audit
    lines say `floor`, so the check of the server's saves does not count them."""
    admin = Postgres(url)
    respondents = [row[0] for row in admin.query('SELECT id FROM respondents WHERE assessment = $1 ORDER BY id',
                                                 (ASSESSMENT,))]
    admin.close()
    connections = max(1, min(connections, len(respondents)))
    counts = [0] * connections
    stop = time.monotonic() + seconds
    began = time.monotonic()

    def writer(index):
        db = Postgres(url)
        mine = respondents[index::connections]
        turn = 0
        while time.monotonic() < stop:
            respondent = mine[turn % len(mine)]
            element = ELEMENTS[turn // len(mine) % len(ELEMENTS)]
            turn += 1
            at = time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())
            db.prepared('BEGIN')
            db.prepared('SELECT r.submitted_at, r.revoked_at, a.closed_at FROM respondents r '
                     'JOIN assessments a ON a.id = r.assessment WHERE r.assessment = $1 AND r.id = $2 '
                     'FOR UPDATE OF r', (ASSESSMENT, respondent))
            current = db.prepared('SELECT respondent, element, level, value, has_checked, not_applicable, reason, '
                               'note, version, saved_at FROM answers WHERE assessment = $1 AND respondent = $2 '
                               'ORDER BY respondent, element', (ASSESSMENT, respondent))
            db.prepared('SELECT respondent, element, list, text FROM answer_items WHERE assessment = $1 AND '
                     'respondent = $2 ORDER BY respondent, element, list, seq', (ASSESSMENT, respondent))
            version = max([int(row[8]) for row in current if row[1] == element] or [0])
            write_save(lambda sql, values: db.prepared(numbered(sql), values), respondent, element,
                       turn % 5 + 1, version, at, 'floor ' + respondent)
            db.prepared('COMMIT')
            counts[index] += 1
        db.close()

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (time.monotonic() - began)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def start_server(maturity, store, errors_file):
    """`store`: ['--data', DIR] or ['--database', URL]."""
    # Its messages go to a file: a pipe nobody reads while it runs could fill and stop it.
    errors = open(errors_file, 'w+')
    server = subprocess.Popen([maturity, 'serve', *store, '--listen', '127.0.0.1:0'],
                              stdout=subprocess.PIPE, stderr=errors, text=True)
    server.errors = errors
    line = server.stdout.readline()
    found = re.search(r'listening on http://127\.0\.0\.1:(\d+)', line)
    if not found:
        server.kill()
        errors.seek(0)
        raise SystemExit(f'serve_bench: the server did not start: {line}{errors.read()}')
    return server, int(found.group(1))


def stop_server(server):
    """SIGTERM: the server must stop cleanly (exit 0; under the sanitizers, nothing found)."""
    server.terminate()
    try:
        server.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    server.errors.seek(0)
    said = server.errors.read()
    server.errors.close()
    if server.returncode != 0:
        raise SystemExit(f'serve_bench: the server exited {server.returncode} on SIGTERM:\n{said[-3000:]}')


def process_figures(pid):
    """Peak resident memory (kB) and CPU seconds so far of a running process."""
    peak = 0
    with open(f'/proc/{pid}/status') as status:
        for line in status:
            if line.startswith('VmHWM:'):
                peak = int(line.split()[1])
    with open(f'/proc/{pid}/stat') as stat:
        fields = stat.read().rsplit(')', 1)[1].split()
    ticks = os.sysconf('SC_CLK_TCK')
    return peak, (int(fields[11]) + int(fields[12])) / ticks


def form_value(page, name):
    found = re.search(r'name="' + re.escape(name) + r'" value="([^"]*)"', page)
    return html.unescape(found.group(1)) if found else None


class Respondent:
    def __init__(self, port, link):
        self.connection = Connection(port)
        self.path = urllib.parse.urlparse(link).path
        self.cookie = ''
        self.csrf = ''
        self.versions = {element: 0 for element in ELEMENTS}
        self.levels = {element: 1 for element in ELEMENTS}
        self.turn = 0
        self.problem = ''

    async def open(self):
        status, headers, _ = await self.connection.request('GET', self.path)
        assert status == 200, f'{self.path}: {status}'
        self.cookie = headers['set-cookie'][0].split(';')[0]
        status, _, body = await self.connection.request('GET', '/form?d=0', headers=[f'Cookie: {self.cookie}'])
        assert status == 200, f'/form: {status}'
        page = body.decode()
        self.csrf = form_value(page, 'csrf')
        for element in ELEMENTS:
            self.versions[element] = int(form_value(page, 'v.' + element) or 0)

    def body(self):
        """The page's fields as the autosave sends them, one level changed."""
        element = ELEMENTS[self.turn % len(ELEMENTS)]
        self.turn += 1
        self.levels[element] = self.levels[element] % 5 + 1
        fields = [('csrf', self.csrf), ('d', '0')]
        for name in ELEMENTS:
            fields += [('v.' + name, str(self.versions[name])), ('level.' + name, str(self.levels[name])),
                       ('reason.' + name, ''), ('evidence.' + name, EVIDENCE), ('note.' + name, '')]
        return urllib.parse.urlencode(fields).encode()

    async def save(self):
        status, _, body = await self.connection.request(
            'POST', '/form/autosave', self.body(),
            headers=[f'Cookie: {self.cookie}', 'Accept: application/json'])
        if status != 200:
            self.problem = f'HTTP {status}'
            return False
        result = json.loads(body)
        if not result.get('ok'):
            self.problem = 'not saved: ' + body.decode()[:200]
        for element, version in result.get('versions', {}).items():
            self.versions[element] = version
        return bool(result.get('ok'))


async def invite_all(port, coordinator_links, count):
    """Invites `count` respondents through the coordinators' pages, half on each side."""
    links = []
    for side, link in coordinator_links.items():
        coordinator = Respondent(port, link)
        status, headers, _ = await coordinator.connection.request('GET', coordinator.path)
        cookie = headers['set-cookie'][0].split(';')[0]
        _, _, body = await coordinator.connection.request('GET', '/coordinator', headers=[f'Cookie: {cookie}'])
        csrf = form_value(body.decode(), 'csrf')
        share = count // 2 if side == 'management' else count - count // 2
        for i in range(share):
            fields = urllib.parse.urlencode([('csrf', csrf), ('respondent', f'{side[:5]}-{i}'),
                                             ('name', ''), ('role', '')]).encode()
            status, _, body = await coordinator.connection.request(
                'POST', '/coordinator/invite', fields, headers=[f'Cookie: {cookie}'])
            found = re.search(r'id="issued-link">([^<]+)<', body.decode())
            assert status == 200 and found, f'invite: {status}'
            links.append(html.unescape(found.group(1)))
        coordinator.connection.close()
    return links


def servers_cpu(pids):
    return sum(process_figures(pid)[1] for pid in pids)


async def load(ports, links, seconds, think, pids):
    """Each respondent on one server (in turn, when there are several: a balancer's round
    robin); the servers' CPU, and the database's when the benchmark started it, measured
    over the load alone."""
    respondents = [Respondent(ports[i % len(ports)], link) for i, link in enumerate(links)]
    # Sessions opened a few at a time, as people arrive (not part of the figures).
    for start in range(0, len(respondents), 50):
        await asyncio.gather(*(r.open() for r in respondents[start:start + 50]))
    cpu_before = servers_cpu(pids)
    database_before = postgres_cpu()
    latencies = []
    errors = 0
    acknowledged = [0]
    problems = {}
    stop = time.monotonic() + seconds

    async def client(respondent):
        nonlocal errors
        if think:
            await asyncio.sleep(random.uniform(0, 2 * think))
        while time.monotonic() < stop:
            began = time.monotonic()
            try:
                ok = await respondent.save()
            except (OSError, asyncio.IncompleteReadError) as error:
                ok = False
                respondent.problem = f'connection: {error!r}'
                respondent.connection.close()
            if not ok:
                problems[respondent.problem] = problems.get(respondent.problem, 0) + 1
            ended = time.monotonic()
            acknowledged[0] += 1 if ok else 0
            if ended <= stop:
                latencies.append(ended - began)
                errors += 0 if ok else 1
            if think:
                await asyncio.sleep(random.uniform(0, 2 * think))

    began = time.monotonic()
    await asyncio.gather(*(client(r) for r in respondents))
    elapsed = min(time.monotonic(), stop) - began
    for respondent in respondents:
        respondent.connection.close()
    cpu = servers_cpu(pids) - cpu_before
    database = postgres_cpu() - database_before if database_before is not None else None
    for problem, count in problems.items():
        print(f'serve_bench: {len(links)} clients: {count} x {problem}', file=sys.stderr)
    return latencies, errors, elapsed, acknowledged[0], cpu, database


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float('nan')


def floor(store_file, seconds, commits=1):
    """The same writes as one autosave, straight into a copy of the store: one transaction
    each (the respondent's state read, the answers read, the changed answer deleted and
    inserted with its evidence, last_saved stamped, the audit line), WAL, synchronous=FULL.
    With `commits=2`, the audit line in a transaction of its own, as the server writes it
    today: what that costs, measured rather than guessed."""
    db = sqlite3.connect(store_file, isolation_level=None)
    db.execute('PRAGMA journal_mode=WAL')
    db.execute('PRAGMA synchronous=FULL')
    db.execute('PRAGMA foreign_keys=ON')
    respondents = [row[0] for row in db.execute('SELECT id FROM respondents WHERE assessment = ?', (ASSESSMENT,))]
    saves = 0
    turn = 0
    stop = time.monotonic() + seconds
    began = time.monotonic()
    while time.monotonic() < stop:
        respondent = respondents[saves % len(respondents)]
        element = ELEMENTS[turn % len(ELEMENTS)]
        turn += 1
        at = time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())
        db.execute('BEGIN IMMEDIATE')
        db.execute('SELECT r.submitted_at, r.revoked_at, a.closed_at FROM respondents r JOIN assessments a '
                   'ON a.id = r.assessment WHERE r.assessment = ? AND r.id = ?', (ASSESSMENT, respondent)).fetchall()
        current = db.execute('SELECT element, version FROM answers WHERE assessment = ? AND respondent = ?',
                             (ASSESSMENT, respondent)).fetchall()
        db.execute('SELECT respondent, element, list, text FROM answer_items WHERE assessment = ? AND respondent = ?',
                   (ASSESSMENT, respondent)).fetchall()
        version = dict(current).get(element, 0)

        def commit_and_begin():
            db.execute('COMMIT')
            db.execute('BEGIN IMMEDIATE')

        write_save(db.execute, respondent, element, turn % 5 + 1, version, at, 'respondent ' + respondent,
                   between=commit_and_begin if commits == 2 else None)
        db.execute('COMMIT')
        saves += 1
    elapsed = time.monotonic() - began
    db.close()
    return saves / elapsed


def measure(maturity, framework, clients, seconds, think, work, postgres=None, processes=1):
    floor_seconds = min(seconds / 2, 5)
    if postgres:
        # A database of this run's own beside the one named, dropped afterwards.
        name = f'maturity_bench_{clients}_{processes}'
        admin = Postgres(postgres)
        admin.query('SET client_min_messages = warning')
        admin.query(f'DROP DATABASE IF EXISTS {name}')
        admin.query(f'CREATE DATABASE {name}')
        url = database_url(postgres, name)
        store = ['--database', url]
    else:
        data = os.path.join(work, f'store-{clients}')
        os.makedirs(data)
        store = ['--data', data]
    created = run(maturity, 'collect', 'create', *store, '--framework', framework,
                  '--institution', 'coleg-y-bryn', '--name', 'Coleg y Bryn', '--period', '2026-27',
                  '--profile', 'sector=fe', '--profile', 'staff=820', '--json')
    coordinator_links = json.loads(created)['coordinator_links']
    servers = []
    try:
        for index in range(processes):
            servers.append(start_server(maturity, store, os.path.join(work, f'serve-{clients}-{index}.err')))
        ports = [port for _, port in servers]
        pids = [server.pid for server, _ in servers]
        links = asyncio.run(invite_all(ports[0], coordinator_links, clients))
        # The floor runs before and after the load (the servers idle, then stopped), so that
        # the disk's slow and fast moments on a shared machine weigh on both.
        if postgres:
            # In the same database, the same rows: from as many connections as the servers
            # hold (one each), and from 8.
            floors = [floor_postgres(url, floor_seconds, processes), floor_postgres(url, floor_seconds, 8)]
        else:
            # Into a consistent copy of this store (same schema, same rows).
            copy = os.path.join(work, f'floor-{clients}.sqlite')
            with sqlite3.connect(os.path.join(data, 'maturity.sqlite')) as source, sqlite3.connect(copy) as target:
                source.backup(target)
            floors = [floor(copy, floor_seconds), floor(copy, floor_seconds, commits=2)]
        # MATURITY_BENCH_STRACE=FILE: the server's fsync calls counted during the load (a
        # diagnosis: strace slows every call it traces, so the figures of such a run are not kept).
        tracer = None
        if os.environ.get('MATURITY_BENCH_STRACE'):
            tracer = subprocess.Popen(['strace', '-f', '-c', '-e', 'trace=fsync,fdatasync', '-p', str(pids[0]),
                                       '-o', f"{os.environ['MATURITY_BENCH_STRACE']}-{clients}"], stderr=subprocess.DEVNULL)
            time.sleep(1)
        latencies, errors, elapsed, acknowledged, cpu, database_cpu = asyncio.run(
            load(ports, links, seconds, think, pids))
        if tracer:
            tracer.send_signal(2)
            tracer.wait()
            print(f'{clients} clients: {acknowledged} saves acknowledged during the trace', file=sys.stderr)
        peak = sum(process_figures(pid)[0] for pid in pids)
    finally:
        for server, _ in servers:
            stop_server(server)
    # Every acknowledged save is in the store: its audit line says so.
    if postgres:
        db = Postgres(url)
        written = int(db.query("SELECT count(*) FROM audit WHERE what LIKE 'saved %' AND who NOT LIKE 'floor %'")[0][0])
        db.close()
    else:
        with sqlite3.connect(os.path.join(data, 'maturity.sqlite')) as db:
            written = db.execute("SELECT count(*) FROM audit WHERE what LIKE 'saved %'").fetchone()[0]
    if written != acknowledged:
        raise SystemExit(f'serve_bench: {acknowledged} saves acknowledged, {written} in the audit trail')
    if postgres:
        floors += [floor_postgres(url, floor_seconds, processes), floor_postgres(url, floor_seconds, 8)]
        admin.query(f'DROP DATABASE {name}')
        admin.close()
    else:
        floors += [floor(copy, floor_seconds), floor(copy, floor_seconds, commits=2)]
    saves = len(latencies)
    return {
        'clients': clients, 'saves': saves, 'rate': saves / elapsed, 'errors': errors,
        'p50': percentile(latencies, 0.50) * 1000, 'p99': percentile(latencies, 0.99) * 1000,
        'peak_mb': peak / 1024, 'cpu_per_1000': cpu / max(acknowledged, 1) * 1000,
        'database_cpu_per_1000': None if database_cpu is None else database_cpu / max(acknowledged, 1) * 1000,
        # SQLite: the floor, and the floor with the audit line in a 2nd transaction.
        # PostgreSQL: the floor from the servers' connections, and from 8.
        'floor': (floors[0] + floors[2]) / 2, 'floor2': (floors[1] + floors[3]) / 2,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('maturity')
    parser.add_argument('framework')
    parser.add_argument('--clients', default='50,200,1000')
    parser.add_argument('--seconds', type=float, default=10)
    parser.add_argument('--think', type=float, default=0, help='mean seconds between a client\'s saves')
    parser.add_argument('--postgres', metavar='URL',
                        help='PostgreSQL: a database beside which the benchmark creates its own')
    parser.add_argument('--processes', type=int, default=1,
                        help='with --postgres: server processes on one database')
    parser.add_argument('--markdown', action='store_true')
    args = parser.parse_args()
    counts = [int(c) for c in args.clients.split(',')]
    if max(counts) > 2000 or args.seconds > 120:
        raise SystemExit('serve_bench: at most 2,000 clients and 120 seconds')
    if args.processes != 1 and not args.postgres:
        raise SystemExit('serve_bench: --processes needs --postgres (one SQLite store, one server)')
    if not 1 <= args.processes <= 4:
        raise SystemExit('serve_bench: --processes from 1 to 4')
    work = tempfile.mkdtemp(prefix='maturity-serve-bench-')
    try:
        rows = [measure(args.maturity, args.framework, n, args.seconds, args.think, work, args.postgres,
                        args.processes) for n in counts]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pace = 'back to back' if not args.think else f'one save every {args.think:g} s on average per client'
    if args.postgres:
        servers = '1 server' if args.processes == 1 else f'{args.processes} servers on one database'
        print(f'\nPostgreSQL, {servers}: {args.seconds:g} s per run, saves {pace}, {os.cpu_count()} cores, '
              f'{time.strftime("%Y-%m-%d %H:%M")}\n')
        connections = 'connection' if args.processes == 1 else 'connections'
        print(f'| clients | saves | saves/s | p50 ms | p99 ms | errors | floor saves/s, {args.processes} {connections} | '
              'rate / floor | floor, 8 connections | server peak RSS MB | server CPU s per 1,000 saves | '
              'PostgreSQL CPU s per 1,000 saves |')
        print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    else:
        print(f'\nSQLite: {args.seconds:g} s per run, saves {pace}, {os.cpu_count()} cores, '
              f'{time.strftime("%Y-%m-%d %H:%M")}\n')
        print('| clients | saves | saves/s | p50 ms | p99 ms | errors | floor saves/s | rate / floor | '
              'floor, 2 commits per save | server peak RSS MB | server CPU s per 1,000 saves |')
        print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for row in rows:
        line = (f"| {row['clients']} | {row['saves']} | {row['rate']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
                f"{row['errors']} | {row['floor']:.0f} | {row['rate'] / row['floor']:.2f} | {row['floor2']:.0f} | "
                f"{row['peak_mb']:.1f} | {row['cpu_per_1000']:.2f} |")
        if args.postgres:
            database = row['database_cpu_per_1000']
            line += ' — |' if database is None else f' {database:.2f} |'
        print(line)
    failed = [row for row in rows if row['saves'] == 0 or row['errors']]
    if failed:
        print(f'serve_bench: {len(failed)} run(s) with errors or no saves', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
