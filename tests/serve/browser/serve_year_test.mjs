// The whole year of examples/annual-cycle done on the server, in a real browser (issue 28,
// item 8): headless Chromium (Debian's) driven by puppeteer-core, every new page type checked
// by axe-core against WCAG 2.1 A and AA.
//
// The story: Coleg y Dyffryn's 2025-26 assessment is created from its 2024-25 response
// (`collect create --from`); management's coordinator ends a carried link; four respondents
// (two a side, the union side in Welsh) answer the whole form and submit; both coordinators
// declare their side done, which closes answering; at the review, management's coordinator
// brings last year's open actions up to date and adds one; the union's signatory signs in
// Welsh without agreeing, with a statement; management's signatory agrees; the export scored
// by `maturity score --previous LAST-YEAR --json` equals the Progress figures the review page
// shows (read from the page); the regulator's page shows three institutions in three states;
// and the Welsh pages visited show no English.
//
// Usage: node serve_year_test.mjs MATURITY FRAMEWORK OUTPUT_DIR LAST_YEAR_RESPONSE
// Starts its own server on a free loopback port over a temporary store, stops it at the end.
// Screenshots go to OUTPUT_DIR/screenshots-year. Exits 0 when every check holds, 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import {
  accessible, answerAll, answerPage, base, begin, byId, check, cli, cliJson, english, followLink, log, notice, Person,
  press, replaceText, run, shot, start, status, submit, welsh,
} from './harness.mjs';

const assessment = 'coleg-y-dyffryn-2025-26';
const { FRAMEWORK: framework, OUTPUT_DIR: outputDir, LAST_YEAR_RESPONSE: lastYear, data, screenshots } = begin('serve_year_test.mjs',
  ['MATURITY', 'FRAMEWORK', 'OUTPUT_DIR', 'LAST_YEAR_RESPONSE'],
  { screenshots: 'screenshots-year', store: 'maturity-serve-year-', assessment, timeout: 20000 });

/// Answers the dimension page shown as a person does, at `level`: a little variety (every
/// third element one level lower, so that sides and years differ), a measure of 10 × level,
/// evidence on the first two elements.
const answerAt = (page, who, level) => answerPage(page, {
  levelOf: (index) => Math.max(1, index % 3 === 2 ? level - 1 : level),
  items: level,
  measure: 10 * level,
  written: (index) => ({ evidence: index < 2 ? `Joint forum minutes ${who} ${index + 1}` : null }),
});

/// Every dimension page, "Save and continue" to the last, "Save", then "Submit my answers".
async function answerAndSubmit(person, level, words) {
  const pages = await answerAll(person, words, (page) => answerAt(page, person.id, level));
  const record = await submit(person, words);
  check(record && record.submitted !== '' && record.answered === record.applicable,
    `${person.id}: status says submitted, every element answered (${record && record.answered} of ${record && record.applicable})`);
  return pages;
}

// ---- Welsh pages: no English in what a person sees -----------------------------------------
/// What the page shows, as separate pieces of text: every text node a person can see (with
/// every <details> opened, as a person may), the options of its lists and the page's title;
/// a part marked with another language (the "English" button, lang="en") is left out.
async function shownTexts(page) {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => { d.open = true; });
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (!text || parent.closest('script, style')) continue;
      const marked = parent.closest('[lang]');
      if (marked && marked.getAttribute('lang') !== document.documentElement.lang) continue;
      if (parent.closest('option') || parent.checkVisibility()) texts.push(text);
    }
    for (const field of document.querySelectorAll('input[type=submit], input[type=button]')) texts.push(field.value);
    return texts;
  });
}

// Words that are English and not Welsh (Welsh's own "a", "i", "o", "at", "am", "dim" are not
// here).
const englishWords = new Set(('the and of your you with this that these is are was has have not yet ' +
  'side sides answer answers answered save submit submitted signed sign agreed agree review score ' +
  'scores change since last period progress overall target gap gaps element elements dimension ' +
  'action actions owner due status planned done dropped management trade union answering started ' +
  'chase institution returned completeness download report result response statement reopen ' +
  'evidence note level both difference next step by for from to on or every where when who what ' +
  'link links page state narrowed none applicable').split(' '));

/// Checks a Welsh page: lang="cy", and no English (a part marked as English, lang="en", is
/// left out: the "English" button): no piece of text the same page shows in
/// English (but for the data people typed, names and ids), and no English word, once the
/// data people typed (`data`: names, roles, notes, actions) is taken out.
async function noEnglish(person, what, data) {
  const page = person.page;
  check(await page.$eval('html', (h) => h.lang) === 'cy', `${what}: lang="cy"`);
  const strip = (text) => {
    let rest = text;
    for (const given of [...data].sort((a, b) => b.length - a.length)) rest = rest.split(given).join(' ');
    return rest.replace(/\s+/g, ' ').trim();
  };
  const inWelsh = (await shownTexts(page)).map(strip).filter((t) => /\p{L}{2}/u.test(t));
  await press(page, 'English');
  const inEnglish = new Set((await shownTexts(page)).map(strip).filter((t) => /\p{L}{2}/u.test(t)));
  await press(page, 'Cymraeg');
  const leaks = [];
  for (const text of inWelsh) {
    const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) || [];
    const english = words.filter((w) => englishWords.has(w));
    if (inEnglish.has(text) && words.some((w) => w.length > 2)) leaks.push(`"${text}" (the same in English)`);
    else if (english.length) leaks.push(`"${text}" (${english.join(', ')})`);
  }
  log(`${what}: ${inWelsh.length} pieces of Welsh text checked`);
  check(leaks.length === 0, `${what}: no English in what the page shows${leaks.length ? ': ' + leaks.slice(0, 12).join('; ') : ''}`);
}

// ---- the story ----------------------------------------------------------------------------
async function main() {
  // The host creates this year's assessment from last year's response: the institution,
  // profile, respondents and open actions are carried, with a link for each person.
  const created = cliJson('collect', 'create', '--data', data, '--framework', framework,
    '--from', lastYear, '--period', '2025-26');
  check(created.assessment === assessment, `created ${created.assessment}`);
  const carried = Object.keys(created.respondent_links).sort();
  check(JSON.stringify(carried) === JSON.stringify(['deputy-principal', 'hr-director', 'principal', 'ucu-branch', 'unison-branch']),
    `last year's five respondents are carried with links (${carried})`);
  // Each side's signatory is one of its respondents; the union's signatory reads Welsh.
  const invite = (...args) => cliJson('collect', 'invite', '--data', data, assessment, ...args).link;
  const links = { ...created.respondent_links };
  links.principal = invite('--respondent', 'principal', '--perspective', 'management',
    '--name', 'Dr Angharad Jones', '--role', 'Principal', '--signatory');
  links['ucu-branch'] = invite('--respondent', 'ucu-branch', '--perspective', 'trade_union',
    '--name', 'Siân Roberts', '--role', 'Ysgrifennydd cangen UCU', '--signatory', '--lang', 'cy');
  links['unison-branch'] = invite('--respondent', 'unison-branch', '--perspective', 'trade_union',
    '--name', 'Dafydd Evans', '--role', 'Ysgrifennydd cangen UNISON', '--lang', 'cy');

  // Two more institutions on the same server, for the regulator's page.
  cli('collect', 'create', '--data', data, '--framework', framework, '--institution', 'coleg-y-bryn',
    '--name', 'Coleg y Bryn', '--period', '2025-26', '--profile', 'sector=fe', '--profile', 'staff=820');
  cli('collect', 'create', '--data', data, '--framework', framework, '--institution', 'coleg-y-mor',
    '--name', 'Coleg y Môr', '--period', '2025-26', '--profile', 'sector=fe', '--profile', 'staff=400');
  for (const [college, id, side] of [['coleg-y-bryn', 'bryn-m1', 'management'], ['coleg-y-bryn', 'bryn-u1', 'trade_union'],
    ['coleg-y-mor', 'mor-m1', 'management'], ['coleg-y-mor', 'mor-u1', 'trade_union']]) {
    links[id] = cliJson('collect', 'invite', '--data', data, `${college}-2025-26`, '--respondent', id, '--perspective', side).link;
  }

  await start();

  // Coleg y Môr: one respondent has begun (the first page saved), nobody has submitted.
  {
    const person = new Person('mor-m1', links['mor-m1']);
    await person.open('/form');
    await answerAt(person.page, person.id, 3);
    await press(person.page, english.save);
    check((await notice(person.page)) === english.saved, 'mor-m1: the first page saved');
    await person.leave();
  }

  // Management's coordinator: the deputy principal has left, so her carried link is ended.
  const managementCoordinator = new Person('management coordinator', created.coordinator_links.management);
  await managementCoordinator.open('/coordinator');
  {
    const page = managementCoordinator.page;
    const rows = await page.$$eval('table.respondents tbody tr', (trs) => trs.map((tr) => tr.id));
    check(rows.includes('respondent-deputy-principal') && rows.includes('respondent-principal'),
      `management's coordinator sees the carried respondents (${rows})`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
      page.click('form[action="/coordinator/revoke"] button[aria-label$=": deputy-principal"]')]);
    // Asked first, on a page of its own: nothing has ended yet.
    const question = await page.$eval('h1', (h) => h.innerText);
    check(question === 'End the link of deputy-principal?', `asked before the link ends ("${question}")`);
    await accessible(page, 'the question before a link ends');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
      page.click('form[action="/coordinator/revoke"] button[type=submit]')]);
    const cell = await page.$eval('#respondent-deputy-principal', (tr) => tr.innerText);
    check(/link ended/.test(cell), `deputy-principal's link is ended ("${cell.replace(/\s+/g, ' ')}")`);
  }

  // Four respondents answer the whole form and submit; the union side in Welsh.
  const principal = new Person('principal', links.principal);
  const hr = new Person('hr-director', links['hr-director']);
  const ucu = new Person('ucu-branch', links['ucu-branch']);
  const unison = new Person('unison-branch', links['unison-branch']);
  await principal.open('/form');
  await accessible(principal.page, 'form (English), created from last year');
  const pages = await answerAndSubmit(principal, 4, english);
  log(`principal answered ${pages} dimension pages`);
  await hr.open('/form');
  await answerAndSubmit(hr, 3, english);
  await hr.leave();
  await ucu.open('/form');
  await noEnglish(ucu, 'form (Welsh: the union signatory, --lang cy)', ['Siân Roberts', 'Ysgrifennydd cangen UCU', 'Coleg y Dyffryn']);
  await answerAndSubmit(ucu, 2, welsh);
  await unison.open('/form');
  await answerAndSubmit(unison, 2, welsh);
  await unison.leave();

  // The regulator while answering is under way (Coleg y Dyffryn answering, not yet closed).
  const overseerLink = cliJson('collect', 'overseer', '--data', data).link;

  // Each coordinator declares their side done; the second closes answering.
  await managementCoordinator.page.goto(`${base}/coordinator`, { waitUntil: 'load' });
  await press(managementCoordinator.page, 'Our side has finished');
  const unionCoordinator = new Person('union coordinator', created.coordinator_links.trade_union);
  await unionCoordinator.open('/coordinator');
  await press(unionCoordinator.page, 'Cymraeg');
  check(await unionCoordinator.page.$$eval('table.audit td[lang]', (cells) => cells.length) === 0,
    'the Welsh coordinator page gives every line of its audit trail in Welsh');
  await noEnglish(unionCoordinator, 'coordinator page (Welsh)',
    ['Siân Roberts', 'Dafydd Evans', 'Ysgrifennydd cangen UCU', 'Ysgrifennydd cangen UNISON', 'Coleg y Dyffryn', 'ucu-branch', 'unison-branch', ...actionTexts]);
  await press(unionCoordinator.page, 'Mae ein hochr wedi gorffen');
  check(status().closed === true, 'answering closed when both sides declared done');
  await unionCoordinator.leave();

  // The review: management's coordinator finds last year's open actions, brings them up to
  // date and adds one.
  {
    const page = managementCoordinator.page;
    await page.goto(`${base}/coordinator`, { waitUntil: 'load' });
    await followLink(page, 'Go to the joint review');
    check(new URL(page.url()).pathname === '/review', 'the coordinator reaches the review');
    await accessible(page, 'review (coordinator, with Progress and the actions form)');
    const carriedActions = await page.$$eval('fieldset.action select[name$=".element"]', (s) => s.filter((x) => x.value).length);
    check(carriedActions === openLastYear, `last year's ${openLastYear} open actions are carried (${carriedActions})`);
    await page.select(byId('a.0.status'), 'done');
    await replaceText(page, byId('a.0.note'), 'Done in March: the joint forum adopted it');
    const blank = carriedActions;  // The first blank row.
    const element = await page.$eval(byId(`a.${blank}.element`), (s) => s.options[3].value);
    await page.select(byId(`a.${blank}.element`), element);
    await page.type(byId(`a.${blank}.action`), 'Joint training for new managers and representatives');
    await page.type(byId(`a.${blank}.owner`), 'Director of people and UCU branch secretary');
    // A date field is typed in the browser's order of day, month and year.
    let due = '';
    for (const typed of ['07312026', '31072026']) {
      await page.$eval(byId(`a.${blank}.due`), (i) => { i.value = ''; });  // A fresh field for each order.
      await page.focus(byId(`a.${blank}.due`));
      await page.keyboard.type(typed);
      due = await page.$eval(byId(`a.${blank}.due`), (i) => i.value);
      if (due === '2026-07-31') break;
    }
    if (due !== '2026-07-31') {
      // A date field's typing follows the browser's locale; the person picks the date instead.
      log(`NOTE the date field took "${due}" from typing; picked as a date instead`);
      await page.$eval(byId(`a.${blank}.due`), (i) => { i.value = '2026-07-31'; });
      due = '2026-07-31';
    }
    await press(page, 'Save the actions');
    check((await notice(page)) === 'The agreed actions are saved.', `the actions are saved ("${await notice(page)}")`);
    const saved = await page.$$eval('fieldset.action select[name$=".element"]', (s) => s.filter((x) => x.value).length);
    check(saved === carriedActions + 1, `the review shows ${saved} actions after saving`);
    await shot(page, 'review-coordinator-en');
  }

  // The union's signatory, in Welsh: reaches the review from her form, does not agree, and
  // says why.
  const statement = 'Nid yw llais yr undebau yn y cynllun strategol wedi newid digon eto.';
  {
    const page = ucu.page;
    await page.goto(`${base}/form`, { waitUntil: 'load' });
    await followLink(page, "Ewch i'r adolygiad ar y cyd");
    check(new URL(page.url()).pathname === '/review', 'the union signatory reaches the review');
    await page.click('label[for="agreed-no"]');
    await page.type('#statement', statement);
    await accessible(page, 'review (Welsh, signatory, sign-off form)');
    await press(page, 'Llofnodi');
    check((await notice(page)) === "Mae eich llofnod wedi'i gofnodi.", `the union side's sign-off is recorded ("${await notice(page)}")`);
    const signOffs = await page.$eval('ul.sign-offs', (u) => u.innerText);
    check(signOffs.includes(statement), 'the statement is shown in full');
    await noEnglish(ucu, 'review page (Welsh)', ['Siân Roberts', 'Dafydd Evans', 'Dr Angharad Jones', 'Coleg y Dyffryn',
      statement, 'Done in March: the joint forum adopted it', 'Joint training for new managers and representatives',
      'Director of people and UCU branch secretary', 'Joint forum minutes', 'principal', 'hr-director', 'ucu-branch', 'unison-branch',
      ...actionTexts]);
    await shot(page, 'review-signatory-cy');
  }

  // Management's signatory agrees: every side has signed, the assessment is final.
  {
    await principal.page.goto(`${base}/form`, { waitUntil: 'load' });
    await followLink(principal.page, 'Go to the joint review');
    await principal.page.click('label[for="agreed-yes"]');
    await press(principal.page, 'Sign off');
    check((await notice(principal.page)) === 'Your sign-off is recorded.', 'management\'s sign-off is recorded');
    const state = await principal.page.$eval('p.state', (p) => p.textContent);
    check(state.startsWith('Every side has signed off'), `the review says final ("${state}")`);
    await accessible(principal.page, 'review (final, read-only)');
  }

  // The export, and `maturity score --previous` on it, against the Progress the page shows.
  const exported = path.join(outputDir, 'year-2025-26.yaml');
  const scored = path.join(outputDir, 'year-2025-26.json');
  cli('collect', 'export', '--data', data, assessment, '-o', exported);
  cli('score', '--quiet', '--framework', framework, exported, '--previous', lastYear, '--json', scored,
    '-o', path.join(outputDir, 'year-2025-26.xlsx'));
  const result = JSON.parse(fs.readFileSync(scored, 'utf8'));
  const response = fs.readFileSync(exported, 'utf8');
  check(/agreed: false/.test(response) && response.includes(statement), 'the export keeps the union side\'s statement');
  check(response.includes('Joint training for new managers and representatives') && /status: done/.test(response),
    'the export holds the actions as agreed');
  {
    const page = managementCoordinator.page;
    await page.goto(`${base}/review`, { waitUntil: 'load' });
    // Periods are written with non-breaking hyphens (U+2011), read here as hyphens.
    const heading = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent.replace(/\u2011/g, '-')));
    check(heading.includes('Progress from 2024-25 to 2025-26'), `the review shows "Progress from 2024-25 to 2025-26" (${heading})`);
    const table = await page.$eval('table#progress', (t) => ({
      headers: Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent.trim()),
      rows: Array.from(t.querySelectorAll('tbody tr')).map((tr) => ({
        id: tr.dataset.id, title: tr.querySelector('th').textContent.trim(),
        cells: Array.from(tr.querySelectorAll('td')).map((td) => td.textContent.trim()),
      })),
    })).catch(() => null);
    check(table !== null, 'the review has a Progress table');
    if (table) {
      const column = (name) => table.headers.indexOf(name) - 1;  // Cells follow the row's <th>.
      const sides = { management: column('Change: Employer / management'), trade_union: column('Change: Trade union side') };
      check(column('Last period') >= 0 && column('This period') >= 0 && column('Change') >= 0 && sides.management >= 0 && sides.trade_union >= 0,
        `the Progress table's columns (${table.headers})`);
      const shown = (text) => (text === '–' ? null : Number(text.replace('−', '-')));
      const same = (text, value) => (value === null || value === undefined ? text === '–' : Math.abs(shown(text) - value) < 0.0051);
      const items = [['overall', result.overall], ...result.dimensions.map((d) => [d.id, d])];
      let compared = 0;
      for (const [id, item] of items) {
        const row = table.rows.find((r) => r.id === id);
        check(row, `the Progress table has a row for ${id}`);
        if (!row) continue;
        const c = row.cells;
        check(same(c[column('Last period')], item.previous_score), `${id}: last period ${c[column('Last period')]} = score --previous ${item.previous_score}`);
        check(same(c[column('This period')], item.score), `${id}: this period ${c[column('This period')]} = ${item.score}`);
        check(same(c[column('Change')], item.change), `${id}: change ${c[column('Change')]} = ${item.change}`);
        for (const [side, index] of Object.entries(sides)) {
          const change = item.previous_by_perspective && item.previous_by_perspective[side] ? item.previous_by_perspective[side].change : null;
          check(same(c[index], change), `${id}: ${side}'s change ${c[index]} = ${change}`);
        }
        ++compared;
      }
      check(compared === items.length && table.rows.length === items.length,
        `every dimension and the overall score compared (${compared} of ${items.length}; ${table.rows.length} rows shown)`);
      const headline = await page.$eval('#change-overall', (p) => p.textContent.replace(/\u2011/g, '-'));
      check(headline.startsWith('Change since 2024-25: ') && same(headline.split(': ')[1], result.overall.change),
        `the headline "${headline}" = ${result.overall.change}`);
      log(`Progress: overall ${result.overall.previous_score} -> ${result.overall.score} (${result.overall.change}); ${items.length - 1} dimensions compared`);
    }
    // The response downloaded from the review is the export.
    const downloaded = await page.evaluate(async () => (await fetch('/review/response.yaml')).text());
    const body = (text) => text.split('\n').filter((line) => !line.startsWith('#')).join('\n');
    check(body(downloaded) === body(response), 'the response downloaded from the review equals `collect export`');
    await shot(page, 'review-final-en');
    const progressPart = await page.$('table#progress');
    if (progressPart) await progressPart.screenshot({ path: path.join(screenshots, 'review-progress-en.png') });
  }
  await principal.leave();
  await ucu.leave();
  await managementCoordinator.leave();

  // The regulator: three institutions, three states; then the same page in Welsh.
  {
    const overseer = new Person('overseer', overseerLink);
    await overseer.open('/overseer');
    const page = overseer.page;
    const stateOf = (id) => page.$eval(`#assessment-${id} td`, (td) => td.textContent.trim()).catch(() => '(missing)');
    check(await stateOf('coleg-y-dyffryn-2025-26') === 'Signed, not agreed', `Coleg y Dyffryn: ${await stateOf('coleg-y-dyffryn-2025-26')}`);
    check(await stateOf('coleg-y-mor-2025-26') === 'Answering', `Coleg y Môr: ${await stateOf('coleg-y-mor-2025-26')}`);
    check(await stateOf('coleg-y-bryn-2025-26') === 'Not started', `Coleg y Bryn: ${await stateOf('coleg-y-bryn-2025-26')}`);
    const text = await page.$eval('main', (m) => m.innerText);
    check(!text.includes('Joint forum minutes') && !text.includes(statement), 'the overseer sees no answer and no statement');
    await accessible(page, 'overseer page');
    await shot(page, 'overseer-en');
    await press(page, 'Cymraeg');
    check(await stateOf('coleg-y-dyffryn-2025-26') === "Wedi'i lofnodi, heb gytuno", `in Welsh, Coleg y Dyffryn: ${await stateOf('coleg-y-dyffryn-2025-26')}`);
    check(await stateOf('coleg-y-mor-2025-26') === 'Yn ateb', `in Welsh, Coleg y Môr: ${await stateOf('coleg-y-mor-2025-26')}`);
    check(await stateOf('coleg-y-bryn-2025-26') === 'Heb ddechrau', `in Welsh, Coleg y Bryn: ${await stateOf('coleg-y-bryn-2025-26')}`);
    await noEnglish(overseer, 'overseer page (Welsh)', ['Coleg y Dyffryn', 'Coleg y Bryn', 'Coleg y Môr', 'bryn-m1', 'bryn-u1', 'mor-m1', 'mor-u1']);
    await accessible(page, 'overseer page (Welsh)');
    await shot(page, 'overseer-cy');
    await overseer.leave();
  }
}

// The texts of last year's actions and its respondents' roles (data the people of 2024-25
// wrote, in English), read from the file: the Welsh pages show them as they were written.
const actionTexts = [];
let openLastYear = 0;
{
  const text = fs.readFileSync(lastYear, 'utf8');
  openLastYear = (text.match(/^\s*status: (planned|in_progress)\s*$/gm) || []).length;
  for (const match of text.matchAll(/^\s*(?:- )?(?:action|owner|note): (.+)$/gm)) actionTexts.push(match[1].replace(/^"|"$/g, ''));
  // And the roles of last year's respondents, carried with them.
  for (const match of text.matchAll(/role: ("[^"]+"|[^,}\n]+)/g)) actionTexts.push(match[1].replace(/^"|"$/g, '').trim());
}

await run(main);
