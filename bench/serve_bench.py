#!/usr/bin/env python3
"""The server benchmark (issue 27, item 8): N respondents saving concurrently over loopback
against `maturity serve`, beside a floor measured in the same run: the same writes straight
into SQLite with the same durability (WAL, synchronous=FULL, one transaction per save).

Usage: serve_bench.py MATURITY FRAMEWORK [--clients 50,200,1000] [--seconds 10]
                      [--think 0] [--markdown]

Each client is a respondent with their own link and session, saving as the form's autosave
does (POST /form/autosave: the first dimension page's answers, one changed per save), then
waiting `--think` seconds on average (0: saves back to back, the server saturated). Counts
and time are bounded: at most --clients connections for --seconds seconds, on 127.0.0.1.
Prints per client count: saves, saves/s, p50/p99 latency, errors, the server's peak memory
(VmHWM) and CPU seconds per 1,000 saves, and the floor's saves/s.
"""
import argparse
import asyncio
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


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def start_server(maturity, data):
    # Its messages go to a file: a pipe nobody reads while it runs could fill and stop it.
    errors = open(os.path.join(data, 'serve.err'), 'w+')
    server = subprocess.Popen([maturity, 'serve', '--data', data, '--listen', '127.0.0.1:0'],
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


async def load(port, links, seconds, think, pid):
    respondents = [Respondent(port, link) for link in links]
    # Sessions opened a few at a time, as people arrive (not part of the figures).
    for start in range(0, len(respondents), 50):
        await asyncio.gather(*(r.open() for r in respondents[start:start + 50]))
    _, cpu_before = process_figures(pid)
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
    _, cpu_after = process_figures(pid)
    for problem, count in problems.items():
        print(f'serve_bench: {len(links)} clients: {count} x {problem}', file=sys.stderr)
    return latencies, errors, elapsed, acknowledged[0], cpu_after - cpu_before


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
        db.execute('DELETE FROM answers WHERE assessment = ? AND respondent = ? AND element = ?',
                   (ASSESSMENT, respondent, element))
        db.execute('DELETE FROM answer_items WHERE assessment = ? AND respondent = ? AND element = ?',
                   (ASSESSMENT, respondent, element))
        db.execute('INSERT INTO answers (assessment, respondent, element, level, value, has_checked, '
                   'not_applicable, reason, note, version, saved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
                   (ASSESSMENT, respondent, element, turn % 5 + 1, None, 0, 0, '', '', version + 1, at))
        db.execute('INSERT INTO answer_items (assessment, respondent, element, list, seq, text) '
                   'VALUES (?,?,?,?,?,?)', (ASSESSMENT, respondent, element, 'evidence', 0, EVIDENCE))
        db.execute('UPDATE respondents SET last_saved_at = ? WHERE assessment = ? AND id = ?',
                   (at, ASSESSMENT, respondent))
        if commits == 2:
            db.execute('COMMIT')
            db.execute('BEGIN IMMEDIATE')
        db.execute('INSERT INTO audit (assessment, at, who, what) VALUES (?,?,?,?)',
                   (ASSESSMENT, at, 'respondent ' + respondent, 'saved ' + element))
        db.execute('COMMIT')
        saves += 1
    elapsed = time.monotonic() - began
    db.close()
    return saves / elapsed


def measure(maturity, framework, clients, seconds, think, work):
    floor_seconds = min(seconds / 2, 5)
    data = os.path.join(work, f'store-{clients}')
    os.makedirs(data)
    created = run(maturity, 'collect', 'create', '--data', data, '--framework', framework,
                  '--institution', 'coleg-y-bryn', '--name', 'Coleg y Bryn', '--period', '2026-27',
                  '--profile', 'sector=fe', '--profile', 'staff=820', '--json')
    coordinator_links = json.loads(created)['coordinator_links']
    server, port = start_server(maturity, data)
    try:
        links = asyncio.run(invite_all(port, coordinator_links, clients))
        # The floor's store: a consistent copy of this one (same schema, same rows). The floor
        # runs before and after the load (the server idle, then stopped), so that the disk's
        # slow and fast moments on a shared machine weigh on both.
        copy = os.path.join(work, f'floor-{clients}.sqlite')
        with sqlite3.connect(os.path.join(data, 'maturity.sqlite')) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        floors = [floor(copy, floor_seconds), floor(copy, floor_seconds, commits=2)]
        # MATURITY_BENCH_STRACE=FILE: the server's fsync calls counted during the load (a
        # diagnosis: strace slows every call it traces, so the figures of such a run are not kept).
        tracer = None
        if os.environ.get('MATURITY_BENCH_STRACE'):
            tracer = subprocess.Popen(['strace', '-f', '-c', '-e', 'trace=fsync,fdatasync', '-p', str(server.pid),
                                       '-o', f"{os.environ['MATURITY_BENCH_STRACE']}-{clients}"], stderr=subprocess.DEVNULL)
            time.sleep(1)
        latencies, errors, elapsed, acknowledged, cpu = asyncio.run(load(port, links, seconds, think, server.pid))
        if tracer:
            tracer.send_signal(2)
            tracer.wait()
            print(f'{clients} clients: {acknowledged} saves acknowledged during the trace', file=sys.stderr)
        peak, _ = process_figures(server.pid)
    finally:
        stop_server(server)
    # Every acknowledged save is in the store: its audit line says so.
    with sqlite3.connect(os.path.join(data, 'maturity.sqlite')) as db:
        written = db.execute("SELECT count(*) FROM audit WHERE what LIKE 'saved %'").fetchone()[0]
    if written != acknowledged:
        raise SystemExit(f'serve_bench: {acknowledged} saves acknowledged, {written} in the audit trail')
    floors += [floor(copy, floor_seconds), floor(copy, floor_seconds, commits=2)]
    floor_rate = (floors[0] + floors[2]) / 2
    floor_two_commits = (floors[1] + floors[3]) / 2
    saves = len(latencies)
    return {
        'clients': clients, 'saves': saves, 'rate': saves / elapsed, 'errors': errors,
        'p50': percentile(latencies, 0.50) * 1000, 'p99': percentile(latencies, 0.99) * 1000,
        'peak_mb': peak / 1024, 'cpu_per_1000': cpu / max(acknowledged, 1) * 1000,
        'floor': floor_rate, 'floor2': floor_two_commits,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('maturity')
    parser.add_argument('framework')
    parser.add_argument('--clients', default='50,200,1000')
    parser.add_argument('--seconds', type=float, default=10)
    parser.add_argument('--think', type=float, default=0, help='mean seconds between a client\'s saves')
    parser.add_argument('--markdown', action='store_true')
    args = parser.parse_args()
    counts = [int(c) for c in args.clients.split(',')]
    if max(counts) > 2000 or args.seconds > 120:
        raise SystemExit('serve_bench: at most 2,000 clients and 120 seconds')
    work = tempfile.mkdtemp(prefix='maturity-serve-bench-')
    try:
        rows = [measure(args.maturity, args.framework, n, args.seconds, args.think, work) for n in counts]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pace = 'back to back' if not args.think else f'one save every {args.think:g} s on average per client'
    print(f'\n{args.seconds:g} s per run, saves {pace}, {os.cpu_count()} cores, {time.strftime("%Y-%m-%d")}\n')
    print('| clients | saves | saves/s | p50 ms | p99 ms | errors | floor saves/s | rate / floor | '
          'floor, 2 commits per save | server peak RSS MB | server CPU s per 1,000 saves |')
    print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
    for row in rows:
        print(f"| {row['clients']} | {row['saves']} | {row['rate']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
              f"{row['errors']} | {row['floor']:.0f} | {row['rate'] / row['floor']:.2f} | {row['floor2']:.0f} | {row['peak_mb']:.1f} | "
              f"{row['cpu_per_1000']:.2f} |")
    failed = [row for row in rows if row['saves'] == 0 or row['errors']]
    if failed:
        print(f'serve_bench: {len(failed)} run(s) with errors or no saves', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
