// Speed of the web interface (ui.md, Quality bars), measured in Debian's headless Chromium against a running
// platform with the demo portfolio:
//   ./run.sh --sla.demo-data=true &          (or any port: E2E_BASE_URL=http://localhost:PORT)
//   cd web-ui && npm run build && E2E_BASE_URL=http://localhost:8080 npm run bench
// Cold load: a fresh browser context (empty cache) opens / signed in as manager; "usable" is when the worklist's
// lists are on screen (performance.now() in the page, i.e. since navigation start). Navigation: a click on a link of
// the main navigation until the next page's content is on screen. Bundle: gzip sizes of web-ui/dist.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:8080';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);
const ms = (value) => `${Math.round(value)} ms`;

function bundle() {
  const dist = path.resolve('dist');
  const files = [];
  const walk = (dir) => readdirSync(dir).forEach((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file); else files.push(file);
  });
  walk(dist);
  const sizes = files.filter((f) => /\.(js|css|html)$/.test(f)).map((file) => ({
    file: path.relative(dist, file), raw: statSync(file).size, gzip: gzipSync(readFileSync(file), { level: 9 }).length,
  }));
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = sizes.filter((s) => s.file === 'index.html' || index.includes(s.file));
  return { sizes, total: sizes.reduce((n, s) => n + s.gzip, 0), initial: initial.reduce((n, s) => n + s.gzip, 0) };
}

async function session(context) {
  const me = await (await context.request.get(`${BASE}/api/me`, {
    headers: { Authorization: `Basic ${Buffer.from('manager:manager').toString('base64')}` },
  })).json();
  const value = JSON.stringify({ credentials: { kind: 'basic', username: 'manager', password: 'manager' }, user: me });
  await context.addInitScript((v) => sessionStorage.setItem('sla.session', v), value);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
try {
  // warm-up: the platform's JIT and caches, as a person's second visit of the day would find them
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    await session(context);
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { name: /Months to close/ }).waitFor();
    await context.close();
  }

  const cold = [];
  const domContentLoaded = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    await session(context);
    const page = await context.newPage();
    await page.goto(`${BASE}/`, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: /Months to close/ }).waitFor();
    await page.getByRole('region', { name: /Months with nothing recorded/ }).getByRole('link').first().waitFor();
    cold.push(await page.evaluate(() => performance.now()));
    domContentLoaded.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
    await context.close();
  }

  const context = await browser.newContext();
  await session(context);
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: /Months to close/ }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  const steps = [
    ['Vendors', async () => page.getByRole('table').getByRole('link').first().waitFor()],
    ['Worklist', async () => page.getByRole('heading', { name: /Months to close/ }).waitFor()],
    ['Agreements', async () => page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor()],
  ];
  const firstVisit = {};
  const navigations = {};
  for (let round = 0; round < RUNS; round++) {
    for (const [link, ready] of steps) {
      const start = await page.evaluate(() => performance.now());
      await nav.getByRole('link', { name: link, exact: true }).click();
      await ready();
      const took = (await page.evaluate(() => performance.now())) - start;
      if (round === 0) firstVisit[link] = took; else (navigations[link] ??= []).push(took);
    }
  }
  // a vendor page, fetched for the first time (vendor, agreements, lineage, scorecard, targets)
  await nav.getByRole('link', { name: 'Vendors', exact: true }).click();
  await page.getByRole('table').getByRole('link').first().waitFor();
  const startVendor = await page.evaluate(() => performance.now());
  await page.getByRole('link', { name: 'Northwind Hosting' }).click();
  await page.getByRole('heading', { level: 1, name: 'Northwind Hosting' }).waitFor();
  await page.getByRole('table', { name: /Monthly values/ }).first().waitFor();
  const vendorPage = (await page.evaluate(() => performance.now())) - startVendor;
  await context.close();

  const sizes = bundle();
  console.log(`Web interface speed against ${BASE}, ${RUNS} runs after 3 warm-up loads`);
  console.log(`cold load of the worklist to usable: median ${ms(median(cold))}, max ${ms(max(cold))} (DOMContentLoaded median ${ms(median(domContentLoaded))})`);
  for (const [link] of steps) {
    console.log(`navigation to ${link}: first visit ${ms(firstVisit[link])}; later median ${ms(median(navigations[link]))}, max ${ms(max(navigations[link]))}`);
  }
  console.log(`navigation Vendors -> Northwind Hosting (first visit, scorecard included): ${ms(vendorPage)}`);
  console.log(`bundle gzip: ${(sizes.total / 1024).toFixed(1)} KB in all, ${(sizes.initial / 1024).toFixed(1)} KB loaded by the first screen`);
  sizes.sizes.forEach((s) => console.log(`  ${s.file}: ${(s.raw / 1024).toFixed(1)} KB, gzip ${(s.gzip / 1024).toFixed(1)} KB`));
} finally {
  await browser.close();
}
