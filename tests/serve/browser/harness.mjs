// What the browser tests of `maturity serve` share (serve_browser_test.mjs,
// serve_year_test.mjs): the checks and their count, the command line, the server (started on
// a free loopback port over a temporary store, stopped with SIGTERM), headless Chromium
// (Debian's) driven by puppeteer-core, axe-core's WCAG 2.1 A and AA checks, screenshots, a
// person with their own browser profile and link, and answering a dimension page.
//
// A test calls `begin` first, then `start` when its store is ready, and hands its story to
// `run`, which stops the browser and the server, and exits 0 when every check holds.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();

/// The server's address (http://127.0.0.1:PORT) and the browser, once `start` has run.
export let base = '';
export let browser = null;

const setup = { maturity: '', data: '', screenshots: '', assessment: '', timeout: 15000 };

/// Reads the command line (`names`: what each argument is, all required; exits 2 with the
/// usage otherwise), makes the screenshots' folder (OUTPUT_DIR/`screenshots`) and a
/// temporary store named after `store`. `assessment` is what `status()` asks about;
/// `timeout` (ms) each page's default. Returns the arguments by name, `data` (the store)
/// and `screenshots` (the screenshots' folder).
export function begin(script, names, { screenshots, store, assessment, timeout = 15000 }) {
  const values = process.argv.slice(2);
  if (names.some((_, i) => !values[i])) {
    console.error(`usage: node ${script} ${names.join(' ')}`);
    process.exit(2);
  }
  const given = Object.fromEntries(names.map((name, i) => [name, values[i]]));
  setup.maturity = given.MATURITY;
  setup.screenshots = path.join(given.OUTPUT_DIR, screenshots);
  fs.mkdirSync(setup.screenshots, { recursive: true });
  setup.data = fs.mkdtempSync(path.join(os.tmpdir(), store));
  setup.assessment = assessment;
  setup.timeout = timeout;
  return { ...given, data: setup.data, screenshots: setup.screenshots };
}

// ---- checks -------------------------------------------------------------------------------
const failures = [];
let checks = 0;
export function check(condition, what) {
  ++checks;
  if (!condition) {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
}
export function log(text) { console.log(text); }

// ---- the command line (the host's part) ---------------------------------------------------
export function cli(...args) { return execFileSync(setup.maturity, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); }
export function cliJson(...args) { return JSON.parse(cli(...args, '--json')); }
export function status(id = setup.assessment) { return cliJson('collect', 'status', '--data', setup.data, id); }

// ---- the server ---------------------------------------------------------------------------
let server = null;
let serverOutput = '';
function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(setup.maturity, ['serve', '--data', setup.data, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), 15000);
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const found = /listening on (http:\/\/[^\s]+)/.exec(seen);
      if (found) { clearTimeout(timer); resolve(found[1]); }
    });
    server.stderr.on('data', (chunk) => { seen += chunk; serverOutput += chunk; });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${seen}`)); });
  });
}
/// Stops the server with SIGTERM: it must stop cleanly (exit 0; under the sanitizers, with
/// nothing to report).
function stopServer() {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) { resolve(); return; }
    server.removeAllListeners('exit');
    server.on('exit', (code, signal) => {
      check(code === 0, `the server stops cleanly on SIGTERM (exit ${code}, signal ${signal})${code === 0 ? '' : ':\n' + serverOutput.slice(-3000)}`);
      resolve();
    });
    server.kill('SIGTERM');
    setTimeout(() => { if (server.exitCode === null) server.kill('SIGKILL'); }, 15000);
  });
}

/// Starts the server over the store, then the browser (sets `base` and `browser`).
export async function start() {
  base = await startServer();
  log(`server at ${base}, store ${setup.data}`);
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--lang=en-GB'],
    defaultViewport: { width: 1024, height: 800 },
  });
}

/// Runs the story, then closes the browser and stops the server; the store is removed when
/// every check held (kept for a look otherwise). Exits 0 when every check holds, 1 otherwise.
export async function run(story) {
  let crashed = null;
  try {
    await story();
  } catch (error) {
    crashed = error;
    console.log(`FAIL ${error.stack || error}`);
  }
  if (browser) await browser.close().catch(() => {});
  await stopServer();
  if (!crashed && failures.length === 0) fs.rmSync(setup.data, { recursive: true, force: true });
  else console.log(`store kept for a look: ${setup.data}`);
  console.log(`${checks} checks, ${failures.length} failed${crashed ? ', and the run stopped early' : ''}; ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(crashed || failures.length ? 1 : 0);
}

// ---- the browser --------------------------------------------------------------------------
/// Runs axe-core on the page (the page's own script-src stays in force: axe is evaluated
/// through the DevTools protocol, not added as a script) and checks WCAG 2.1 A and AA.
export async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const run = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { passes: run.passes.length, violations: run.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`) };
  });
  log(`axe: ${what}: ${result.passes} rules pass, ${result.violations.length} violated`);
  check(result.violations.length === 0, `axe: ${what}: no WCAG 2.1 A/AA violation${result.violations.length ? ': ' + result.violations.join(' | ') : ''}`);
}

/// The whole page as NAME.png; with `top`, what the first screen shows as NAME-top.png; and,
/// given a selector `part`, that part as NAME-part.png (to look at by eye; nothing compares
/// them).
export async function shot(page, name, { part = null, top = false } = {}) {
  const file = path.join(setup.screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (top) await page.screenshot({ path: path.join(setup.screenshots, `${name}-top.png`) });
  if (part) {
    const element = await page.$(part);
    if (element) await element.screenshot({ path: path.join(setup.screenshots, `${name}-part.png`) });
  }
  log(`screenshot ${file}`);
}

/// A person with their own browser profile (cookies) and personal link; `seen` holds every
/// page's HTML (and JSON) this person was shown.
export class Person {
  constructor(id, link, { javascript = true } = {}) {
    this.id = id;
    this.path = new URL(link).pathname;  // /l/TOKEN: served by the server under test.
    this.javascript = javascript;
    this.seen = [];
    this.marker = `private note of ${id} ${Math.random().toString(36).slice(2, 10)}`;
  }
  /// A fresh profile and page; given `expected`, follows the link and checks it leads there.
  async open(expected = null) {
    this.context = await browser.createBrowserContext();
    await this.newPage();
    if (expected) await this.follow(expected);
    return this.page;
  }
  async newPage() {
    this.page = await this.context.newPage();
    await this.page.setJavaScriptEnabled(this.javascript);
    this.page.setDefaultTimeout(setup.timeout);
    this.page.on('response', async (response) => {
      const type = response.headers()['content-type'] || '';
      if (type.startsWith('text/html') || type.startsWith('application/json')) {
        try { this.seen.push(await response.text()); } catch { /* a redirect has no body */ }
      }
    });
    return this.page;
  }
  /// Opens the personal link; the page it gives moves on to the form or coordinator page.
  async follow(expected) {
    await this.page.goto(base + this.path, { waitUntil: 'load' });
    if (!this.page.url().endsWith(expected)) {
      await this.page.waitForNavigation({ waitUntil: 'load' }).catch(() => {});
    }
    check(new URL(this.page.url()).pathname === expected, `${this.id}: the link leads to ${expected} (got ${this.page.url()})`);
  }
  async close() { await this.page.close(); }
  async leave() { await this.context.close(); }
}

/// Clicks the first element of `selector` whose text is `text`, and waits for the page it
/// leads to.
async function clickText(page, selector, text) {
  for (const element of await page.$$(selector)) {
    if ((await element.evaluate((e) => e.textContent.trim())) === text) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), element.click()]);
      return;
    }
  }
  throw new Error(`no ${selector === 'a' ? 'link' : selector} "${text}" on ${page.url()}`);
}
/// Clicks the button with this text (the first), and waits for the page it leads to.
export async function press(page, text) { await clickText(page, 'button', text); }
/// Follows the link with this text, as a person clicks it.
export async function followLink(page, text) { await clickText(page, 'a', text); }

/// Selects what a field holds and types over it.
export async function replaceText(page, selector, text) {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
}

export async function clickLabel(page, forId) {
  await page.click(`label[for="${forId}"]`);
}

/// A selector for the element with this id (an id may hold dots).
export const byId = (id) => `[id="${id}"]`;

/// The text of the page's notice ('' when there is none).
export async function notice(page) { return page.$eval('#notice', (n) => n.textContent.trim()).catch(() => ''); }

/// Answers every element of the dimension page shown as a person does: clicks the label of a
/// level (`levelOf(index)`), of checklist items (ticks the first `items`, those not ticked
/// yet: a second visit leaves the page as it is), types a measure (`measure`); then
/// `written(index, id)` for what to type into its evidence and note. Returns the elements'
/// ids.
export async function answerPage(page, { levelOf, items, measure, written }) {
  const elements = await page.$$eval('fieldset.element', (sets) => sets.map((s) => s.id.replace(/^element-/, '')));
  for (const [index, id] of elements.entries()) {
    const kinds = await page.$eval(byId(`element-${id}`), (set) => ({
      levels: Array.from(set.querySelectorAll('input[type=radio]')).map((r) => r.id),
      items: Array.from(set.querySelectorAll('fieldset.checklist input[type=checkbox]')).map((c) => c.id).filter((c) => !c.startsWith('none-')),
      measure: set.querySelector('input[type=number]') ? set.querySelector('input[type=number]').id : null,
    }));
    if (kinds.measure) {
      await replaceText(page, byId(kinds.measure), String(measure));
    } else if (kinds.items.length) {
      for (const item of kinds.items.slice(0, items)) {
        if (!(await page.$eval(byId(item), (box) => box.checked))) await clickLabel(page, item);
      }
    } else {
      await clickLabel(page, kinds.levels[Math.min(levelOf(index), kinds.levels.length) - 1]);
    }
    const { evidence, note } = written(index, id);
    if (evidence) await replaceText(page, byId(`evidence-${id}`), evidence);
    if (note) await replaceText(page, byId(`note-${id}`), note);
  }
  return elements;
}

/// Every dimension page: `answer(page)` on each, "Save and continue" to the last (checking
/// each is saved), then "Save". Returns how many pages.
export async function answerAll(person, words, answer) {
  const page = person.page;
  let pages = 0;
  for (;;) {
    await answer(page);
    ++pages;
    if (!(await page.$('button[value=next]'))) break;
    await press(page, words.saveNext);
    check((await notice(page)) === words.saved, `${person.id}: page ${pages} saved ("${words.saved}")`);
  }
  await press(page, words.save);
  check((await notice(page)) === words.saved, `${person.id}: the last page saved`);
  return pages;
}

/// Presses "Submit my answers" and checks the page says so; returns `status()`'s record of
/// the person.
export async function submit(person, words) {
  await press(person.page, words.submit);
  const said = await notice(person.page);
  check(/submitted|gyflwyno|cyflwyno/i.test(said), `${person.id}: submitted ("${said}")`);
  return status().respondents.find((r) => r.id === person.id);
}

export const english = { save: 'Save', saveNext: 'Save and continue', saved: 'Your answers are saved.', submit: 'Submit my answers', done: 'Our side has finished' };
export const welsh = { save: 'Cadw', saveNext: 'Cadw a pharhau', saved: "Mae eich atebion wedi'u cadw.", submit: 'Cyflwyno fy atebion', done: 'Mae ein hochr wedi gorffen' };
