// maturity serve in a real browser, as people use it (issue 27, item 7): headless Chromium
// (Debian's, never a downloaded one) driven by puppeteer-core, every page type checked by
// axe-core against WCAG 2.1 A and AA.
//
// Usage: node serve_browser_test.mjs MATURITY FRAMEWORK OUTPUT_DIR
// Starts its own server on a free loopback port over a temporary store, stops it at the end.
// Screenshots go to OUTPUT_DIR/screenshots. Exits 0 when every check holds, 1 otherwise.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [maturity, framework, outputDir] = process.argv.slice(2);
if (!maturity || !framework || !outputDir) {
  console.error('usage: node serve_browser_test.mjs MATURITY FRAMEWORK OUTPUT_DIR');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const screenshots = path.join(outputDir, 'screenshots');
fs.mkdirSync(screenshots, { recursive: true });
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-serve-browser-'));
const assessment = 'coleg-y-bryn-2026-27';

// ---- checks -------------------------------------------------------------------------------
const failures = [];
let checks = 0;
function check(condition, what) {
  ++checks;
  if (!condition) {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
}
function log(text) { console.log(text); }

// ---- the command line ---------------------------------------------------------------------
function cli(...args) { return execFileSync(maturity, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }); }
function cliJson(...args) { return JSON.parse(cli(...args, '--json')); }
function status() { return cliJson('collect', 'status', '--data', data, assessment); }

// ---- the server ---------------------------------------------------------------------------
let server = null;
function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(maturity, ['serve', '--data', data, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
let serverOutput = '';
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

// ---- the browser --------------------------------------------------------------------------
let base = '';
let browser = null;

/// Runs axe-core on the page (the page's own script-src stays in force: axe is evaluated
/// through the DevTools protocol, not added as a script) and checks WCAG 2.1 A and AA.
async function accessible(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const run = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    window.axePasses = run.passes.length;
    return run.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  log(`axe: ${what}: ${await page.evaluate(() => window.axePasses)} rules pass, ${result.length} violated`);
  check(result.length === 0, `axe: ${what}: no WCAG 2.1 A/AA violation${result.length ? ': ' + result.join(' | ') : ''}`);
}

/// The whole page as NAME.png, what the first screen shows as NAME-top.png, and, given a
/// selector, that part as NAME-part.png (to look at by eye; nothing compares them).
async function shot(page, name, part = null) {
  const file = path.join(screenshots, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await page.screenshot({ path: path.join(screenshots, `${name}-top.png`) });
  if (part) {
    const element = await page.$(part);
    if (element) await element.screenshot({ path: path.join(screenshots, `${name}-part.png`) });
  }
  log(`screenshot ${file}`);
}

/// A person with their own browser profile (cookies) and link.
class Person {
  constructor(id, side, link, { javascript = true } = {}) {
    this.id = id;
    this.side = side;
    this.path = new URL(link).pathname;  // /l/TOKEN: served by the server under test.
    this.javascript = javascript;
    this.seen = [];  // Every page's HTML this person was shown.
    this.marker = `private note of ${id} ${Math.random().toString(36).slice(2, 10)}`;
  }
  async open() {
    this.context = await browser.createBrowserContext();
    return this.newPage();
  }
  async newPage() {
    this.page = await this.context.newPage();
    await this.page.setJavaScriptEnabled(this.javascript);
    this.page.setDefaultTimeout(15000);
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

/// Clicks the button with this text, and waits for the page it leads to.
async function press(page, text) {
  const buttons = await page.$$('button');
  for (const button of buttons) {
    const label = await button.evaluate((b) => b.textContent.trim());
    if (label === text) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
      return;
    }
  }
  throw new Error(`no button "${text}" on ${page.url()}`);
}

/// Selects what a field holds and types over it.
async function replaceText(page, selector, text) {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

async function clickLabel(page, forId) {
  await page.click(`label[for="${forId}"]`);
}

/// Answers every element of the page shown, as a person does: clicks the label of a level,
/// of checklist items, types a measure. `level` picks the level; the respondent's marker goes
/// into the first element's note, and an evidence line into each.
async function answerPage(person, level, { measure = 10 } = {}) {
  const page = person.page;
  const elements = await page.$$eval('fieldset.element', (sets) => sets.map((s) => s.id.replace(/^element-/, '')));
  for (const [index, id] of elements.entries()) {
    const kinds = await page.$eval(`#element-${id}`, (set) => ({
      levels: Array.from(set.querySelectorAll('input[type=radio]')).map((r) => r.id),
      items: Array.from(set.querySelectorAll('fieldset.checklist input[type=checkbox]')).map((c) => c.id).filter((c) => !c.startsWith('none-')),
      measure: set.querySelector('input[type=number]') ? set.querySelector('input[type=number]').id : null,
    }));
    if (kinds.measure) {
      await replaceText(page, `#${kinds.measure}`, String(measure));
    } else if (kinds.items.length) {
      // Ticks what is not ticked yet (a second visit leaves the page as it is).
      for (const item of kinds.items.slice(0, level)) {
        if (!(await page.$eval(`#${item}`, (box) => box.checked))) await clickLabel(page, item);
      }
    } else {
      const radio = kinds.levels[Math.min(level, kinds.levels.length) - 1];
      await clickLabel(page, radio);
    }
    if (index < 2) await replaceText(page, `#evidence-${id}`, `Minutes of the joint forum ${person.id} ${index}`);
    if (index === 0) await replaceText(page, `#note-${id}`, person.marker);
  }
  return elements;
}

/// Answers every dimension page, "Save and continue" through to the last, then "Save".
async function answerAll(person, level, words) {
  let pages = 0;
  for (;;) {
    await answerPage(person, level);
    ++pages;
    const next = await person.page.$('button[value=next]');
    if (!next) break;
    await press(person.page, words.saveNext);
    check(await person.page.$eval('#notice', (n) => n.textContent).then((t) => t === words.saved).catch(() => false),
      `${person.id}: page ${pages} saved ("${words.saved}")`);
  }
  await press(person.page, words.save);
  check(await person.page.$eval('#notice', (n) => n.textContent).then((t) => t === words.saved).catch(() => false),
    `${person.id}: last page saved`);
  return pages;
}

const english = { save: 'Save', saveNext: 'Save and continue', saved: 'Your answers are saved.', submit: 'Submit my answers', done: 'Our side has finished' };
const welsh = { save: 'Cadw', saveNext: 'Cadw a pharhau', saved: "Mae eich atebion wedi'u cadw.", submit: 'Cyflwyno fy atebion', done: 'Mae ein hochr wedi gorffen' };

async function submit(person, words) {
  await press(person.page, words.submit);
  const text = await person.page.$eval('#notice', (n) => n.textContent).catch(() => '');
  check(/submitted|cyflwyno|gyflwyno/i.test(text), `${person.id}: submitted ("${text}")`);
  const record = status().respondents.find((r) => r.id === person.id);
  check(record && record.submitted !== '', `${person.id}: status says submitted`);
}

/// Every level radio checked on the page, by element.
async function checkedLevels(page) {
  return page.$$eval('input[type=radio]:checked', (radios) => radios.map((r) => r.id));
}

// ---- the story ----------------------------------------------------------------------------
async function main() {
  const created = JSON.parse(cli('collect', 'create', '--data', data, '--framework', framework,
    '--institution', 'coleg-y-bryn', '--name', 'Coleg y Bryn', '--period', '2026-27',
    '--profile', 'sector=fe', '--profile', 'staff=820', '--json'));
  const invite = (id, side, name, role) => cliJson('collect', 'invite', '--data', data, assessment,
    '--respondent', id, '--perspective', side, '--name', name, '--role', role).link;
  const links = {
    'mgmt-ann': invite('mgmt-ann', 'management', 'Ann Morgan', 'Principal'),
    'mgmt-bryn': invite('mgmt-bryn', 'management', 'Bryn Hughes', 'HR director'),
    'undeb-carys': invite('undeb-carys', 'trade_union', 'Carys Jones', 'UCU branch secretary'),
    'undeb-dafydd': invite('undeb-dafydd', 'trade_union', 'Dafydd Evans', 'UNISON branch secretary'),
  };
  base = await startServer();
  log(`server at ${base}, store ${data}`);
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--lang=en-GB'],
    defaultViewport: { width: 1024, height: 800 },
  });

  const ann = new Person('mgmt-ann', 'management', links['mgmt-ann']);
  const bryn = new Person('mgmt-bryn', 'management', links['mgmt-bryn']);
  const carys = new Person('undeb-carys', 'trade_union', links['undeb-carys']);
  const dafydd = new Person('undeb-dafydd', 'trade_union', links['undeb-dafydd'], { javascript: false });

  // An invalid link: the same page as any wrong one, in both languages.
  {
    const stranger = new Person('stranger', '', `${base}/l/not-a-link-at-all`);
    await stranger.open();
    const response = await stranger.page.goto(base + stranger.path);
    check(response.status() === 404, 'an invalid link answers 404');
    const text = await stranger.page.$eval('main', (m) => m.textContent);
    check(text.includes('This link does not work') && text.includes("Nid yw'r ddolen hon yn gweithio"),
      `the invalid-link page says so in English and Welsh ("${text.slice(0, 120)}")`);
    // Known (reported, not failed here): the Welsh half is not marked lang="cy" (WCAG 3.1.2),
    // which axe-core does not check.
    const welshMarked = await stranger.page.$$eval('[lang=cy]', (parts) => parts.length);
    if (!welshMarked) log('NOTE the invalid-link page does not mark its Welsh text lang="cy"');
    await accessible(stranger.page, 'invalid-link page');
    await shot(stranger.page, 'invalid-link');
    await stranger.leave();
  }

  // Ann answers the first page, saves, leaves (closes the page), comes back through her link.
  await ann.open();
  await ann.follow('/form');
  await accessible(ann.page, 'form (English)');
  await shot(ann.page, 'form-en');
  await ann.page.setViewport({ width: 375, height: 800 });
  await shot(ann.page, 'form-phone');
  await ann.page.setViewport({ width: 1024, height: 800 });
  await answerPage(ann, 3);
  await press(ann.page, english.save);
  check(await ann.page.$eval('#notice', (n) => n.textContent) === english.saved, 'mgmt-ann: saved');
  const before = await checkedLevels(ann.page);
  check(before.length >= 5, `mgmt-ann: her levels are checked after saving (${before.length})`);
  await ann.leave();
  await ann.open();
  await ann.follow('/form');
  const after = await checkedLevels(ann.page);
  check(JSON.stringify(after) === JSON.stringify(before), 'mgmt-ann: resuming through the same link finds her answers');
  check(await ann.page.$eval(`#note-${before[0].replace(/^level-\d+-/, '')}`, (n) => n.value) === ann.marker,
    'mgmt-ann: and her note');

  // Autosave (scripting on): a change is saved without pressing Save.
  {
    const savedBefore = status().respondents.find((r) => r.id === 'mgmt-ann').last_saved;
    const element = before[0].replace(/^level-\d+-/, '');
    await clickLabel(ann.page, `level-5-${element}`);
    await ann.page.waitForFunction(() => document.getElementById('autosave').textContent === 'Saved', { timeout: 10000 })
      .catch(() => {});
    const said = await ann.page.$eval('#autosave', (s) => s.textContent);
    check(said === 'Saved', `autosave: the page says "Saved" (said "${said}")`);
    const page = await ann.context.newPage();
    await page.goto(`${base}/form?d=0`);
    check(await page.$eval(`#level-5-${element}`, (r) => r.checked), 'autosave: the change is there on a fresh page');
    await page.close();
    const savedAfter = status().respondents.find((r) => r.id === 'mgmt-ann').last_saved;
    check(savedAfter !== '' && savedAfter >= savedBefore, `autosave: status "last saved" ${savedBefore} -> ${savedAfter}`);
  }
  // The rest of her form, then submit.
  await ann.page.goto(`${base}/form?d=0`);
  await answerAll(ann, 3, english);
  await submit(ann, english);
  await shot(ann.page, 'form-submitted-en');
  await accessible(ann.page, 'form after submitting');
  await ann.leave();

  // Bryn gives a measure out of range and sees the error beside the field.
  await bryn.open();
  await bryn.follow('/form');
  let measurePage = -1;
  const dimensionCount = await bryn.page.$$eval('nav ol.dimensions a', (a) => a.length);
  for (let d = 0; d < dimensionCount; ++d) {
    await bryn.page.goto(`${base}/form?d=${d}`);
    if (await bryn.page.$('input[type=number][max]')) { measurePage = d; break; }
  }
  check(measurePage >= 0, 'a dimension page with a bounded measure');
  {
    const page = bryn.page;
    const input = await page.$eval('input[type=number][max]', (i) => ({ id: i.id, max: Number(i.max) }));
    await replaceText(page, `#${input.id}`, String(input.max + 4000));
    // The form says novalidate: the browser sends it as typed and the server says what is
    // wrong, beside the field, in the page's language (a browser's own bubble would speak
    // the browser's language).
    check(await page.$eval('#answers', (form) => form.noValidate), 'the form leaves checking to the server');
    await Promise.all([page.waitForNavigation(), page.click('button[value=stay]')]);
    const field = await page.$eval(`#${input.id}`, (i) => ({ invalid: i.getAttribute('aria-invalid'), describedby: i.getAttribute('aria-describedby'), value: i.value }));
    check(field.invalid === 'true', 'the measure is marked aria-invalid');
    const message = field.describedby ? await page.$eval(`#${field.describedby}`, (m) => m.textContent).catch(() => '') : '';
    check(/Enter a number from 0 to 16,?000/.test(message), `aria-describedby points at the message ("${message}")`);
    const beside = await page.$eval(`#${input.id}`, (i) => {
      const fieldset = i.closest('fieldset.element');
      const error = document.getElementById(i.getAttribute('aria-describedby'));
      return fieldset.contains(error);
    });
    check(beside, 'the message is beside the field (in its fieldset)');
    check(field.value === String(input.max + 4000), 'the value typed is shown again');
    const summary = await page.$eval('#notice', (n) => n.textContent).catch(() => '');
    check(summary !== '', `a notice at the top says there are problems ("${summary}")`);
    await accessible(page, 'form with errors');
    await shot(page, 'form-error-en', `fieldset.element:has(#${input.id})`);
    // Put right.
    await replaceText(page, `#${input.id}`, '120');
    await press(page, english.save);
    check(await page.$eval('#notice', (n) => n.textContent) === english.saved, 'mgmt-bryn: the corrected value is saved');
  }
  await bryn.page.goto(`${base}/form?d=0`);
  await answerAll(bryn, 4, english);
  await submit(bryn, english);
  await bryn.leave();

  // Carys answers in Welsh.
  await carys.open();
  await carys.follow('/form');
  await press(carys.page, 'Cymraeg');
  {
    const page = carys.page;
    check(await page.$eval('html', (h) => h.lang) === 'cy', 'the Welsh form has lang="cy"');
    const text = await page.$eval('body', (b) => b.innerText);
    for (const words of ['Cyflwyno fy atebion', 'Eich atebion', 'Tystiolaeth', 'Nodyn', 'Cadw']) {
      check(text.includes(words), `the Welsh form says "${words}"`);
    }
    check(!text.includes('Submit my answers'), 'the Welsh form does not say "Submit my answers"');
    await accessible(page, 'form (Welsh)');
    await shot(page, 'form-cy', 'fieldset.element');
    // The language is remembered: a new page of the same session is in Welsh.
    const again = await carys.context.newPage();
    await again.goto(`${base}/form?d=1`);
    check(await again.$eval('html', (h) => h.lang) === 'cy', 'the language is remembered');
    await again.close();
  }
  // In Welsh, an out-of-range measure: the server's message beside the field is Welsh.
  {
    const page = carys.page;
    await page.goto(`${base}/form?d=${measurePage}`);
    const input = await page.$eval('input[type=number][max]', (i) => ({ id: i.id, max: Number(i.max) }));
    await replaceText(page, `#${input.id}`, String(input.max + 4000));
    await Promise.all([page.waitForNavigation(), page.click('button[value=stay]')]);
    const describedby = await page.$eval(`#${input.id}`, (i) => i.getAttribute('aria-describedby'));
    const message = describedby ? await page.$eval(`#${describedby}`, (m) => m.textContent).catch(() => '') : '';
    check(/^Rhowch rif o 0 i 16,?000/.test(message), `the error beside the field is in Welsh ("${message}")`);
    await accessible(page, 'form with errors (Welsh)');
    await shot(page, 'form-error-cy', `fieldset.element:has(#${input.id})`);
    await replaceText(page, `#${input.id}`, '80');
    await press(page, welsh.save);
    await page.goto(`${base}/form?d=0`);
  }
  await answerAll(carys, 2, welsh);
  // Her session cannot read the coordinator's page, nor act as one.
  {
    const response = await carys.page.goto(`${base}/coordinator`);
    check(response.status() === 403, `a respondent's session gets 403 from /coordinator (got ${response.status()})`);
    const body = await carys.page.content();
    check(!body.includes('mgmt-ann') && !body.includes('undeb-dafydd'), 'the refusal shows no respondent');
    await carys.page.goto(`${base}/form`);
    const csrf = await carys.page.$eval('input[name=csrf]', (i) => i.value);
    const forged = await carys.page.evaluate(async (token) => {
      const answers = [];
      for (const action of ['done', 'reopen', 'invite', 'revoke']) {
        const r = await fetch(`/coordinator/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `csrf=${token}&respondent=mgmt-ann&force=1` });
        answers.push(r.status);
      }
      return answers;
    }, csrf);
    check(forged.every((s) => s === 403), `a respondent's session cannot act as a coordinator (${forged})`);
  }
  await carys.page.goto(`${base}/form?d=0`);
  await submit(carys, welsh);

  // Dafydd, with scripting off: the link, save and submit still work.
  await dafydd.open();
  await dafydd.follow('/form');
  {
    // Nothing runs: a click is not saved until the form is sent.
    const first = await dafydd.page.$eval('input[type=radio]', (r) => r.id);
    await clickLabel(dafydd.page, first);
    await new Promise((r) => setTimeout(r, 1500));
    check(await dafydd.page.$eval('#autosave', (s) => s.textContent) === '', 'scripting off: no autosave message');
    check(status().respondents.find((r) => r.id === 'undeb-dafydd').last_saved === '', 'scripting off: nothing saved by a click alone');
  }
  await answerAll(dafydd, 3, english);
  {
    // Leave and come back, still without scripting.
    const before2 = await dafydd.page.$$eval('input:checked', (i) => i.length);
    await dafydd.close();
    await dafydd.newPage();
    await dafydd.page.goto(`${base}/form?d=0`);
    const again = await dafydd.page.$$eval('input:checked', (i) => i.length);
    check(again > 0 && before2 > 0, `scripting off: answers kept (${again} checked on the first page)`);
  }
  await submit(dafydd, english);

  // Blind: no page shown to the union side held a management answer text, nor the reverse.
  for (const person of [carys, dafydd]) {
    const all = person.seen.join('\n');
    for (const other of [ann, bryn, person === carys ? dafydd : carys]) {
      check(!all.includes(other.marker), `${person.id} never saw ${other.id}'s note`);
      check(!all.includes(`Minutes of the joint forum ${other.id}`), `${person.id} never saw ${other.id}'s evidence`);
    }
  }
  for (const person of [ann, bryn]) {
    const all = person.seen.join('\n');
    for (const other of [carys, dafydd]) {
      check(!all.includes(other.marker) && !all.includes(`Minutes of the joint forum ${other.id}`), `${person.id} never saw ${other.id}'s answers`);
    }
  }

  // The coordinators: each sees its side, the other side's counts, and declares done.
  const coordinators = {};
  for (const side of ['management', 'trade_union']) {
    const person = new Person(`coordinator-${side}`, side, created.coordinator_links[side]);
    await person.open();
    await person.follow('/coordinator');
    coordinators[side] = person;
  }
  {
    const page = coordinators.trade_union.page;
    const text = await page.$eval('main', (m) => m.innerText);
    check(text.includes('undeb-carys') && text.includes('undeb-dafydd'), 'the union coordinator sees the union respondents');
    check(!text.includes('mgmt-ann') && !text.includes('mgmt-bryn'), 'the union coordinator does not see management respondents');
    await accessible(page, 'coordinator page');
    await shot(page, 'coordinator-en');
    await page.setViewport({ width: 375, height: 800 });  // A phone.
    await shot(page, 'coordinator-phone');
    await page.setViewport({ width: 1024, height: 800 });
    await press(coordinators.management.page, english.done);
    await shot(coordinators.management.page, 'coordinator-done-en');
    await press(coordinators.trade_union.page, 'Cymraeg');
    await accessible(page, 'coordinator page (Welsh)');
    await shot(page, 'coordinator-cy');
    await press(page, welsh.done);
    const all = [...coordinators.trade_union.seen, ...coordinators.management.seen].join('\n');
    for (const person of [ann, bryn, carys, dafydd]) {
      check(!all.includes(person.marker), `the coordinators never saw ${person.id}'s note`);
    }
  }
  const final = status();
  check(final.closed === true, 'answering closed when both sides declared done');
  check(final.sides.management.done && final.sides.trade_union.done, 'both sides done');

  // The export, scored by `maturity score`, agrees with the server's status.
  const exported = path.join(outputDir, 'export.yaml');
  const scored = path.join(outputDir, 'export-score.json');
  execFileSync(maturity, ['collect', 'export', '--data', data, assessment, '-o', exported], { stdio: 'pipe' });
  execFileSync(maturity, ['score', '--quiet', '--framework', framework, exported, '-o', path.join(outputDir, 'export.xlsx'), '--json', scored], { stdio: 'pipe' });
  const score = JSON.parse(fs.readFileSync(scored, 'utf8'));
  const applicable = score.elements.filter((e) => e.applicable).length;
  for (const respondent of final.respondents) {
    const answered = score.elements.filter((e) => (e.answers || []).some((a) => a.by === respondent.id)).length;
    check(answered === respondent.answered, `${respondent.id}: the scored export holds ${answered} answers, status says ${respondent.answered}`);
    check(applicable === respondent.applicable, `${respondent.id}: ${applicable} elements apply in the score, status says ${respondent.applicable}`);
  }
  for (const [side, counts] of Object.entries(final.sides)) {
    const by = new Set(score.elements.flatMap((e) => (e.answers || []).filter((a) => a.perspective === side).map((a) => a.by)));
    check(by.size === counts.submitted, `${side}: ${by.size} respondents in the score, status says ${counts.submitted} submitted`);
  }
  check(final.respondents.every((r) => r.answered > 20), `every respondent answered most of the form (${final.respondents.map((r) => r.answered)})`);
}

let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
  console.log(`FAIL ${error.stack || error}`);
}
if (browser) await browser.close().catch(() => {});
await stopServer();
if (!crashed && failures.length === 0) fs.rmSync(data, { recursive: true, force: true });
else console.log(`store kept for a look: ${data}`);
console.log(`${checks} checks, ${failures.length} failed${crashed ? ', and the run stopped early' : ''}`);
process.exit(crashed || failures.length ? 1 : 0);
