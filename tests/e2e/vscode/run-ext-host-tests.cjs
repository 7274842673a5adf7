// node run-ext-host-tests.cjs: opens code-server in headless chromium with VS Code's test
// payload (extensionDevelopmentPath = the installed .vsix's folder, extensionTestsPath =
// suite.cjs), so that suite.cjs runs inside the real extension host. The extension host
// does not report the outcome to the browser in any other way than its console, where
// suite.cjs writes "E2E PASS" or "E2E FAIL". Exit code 0 = pass.
// Environment: CS_URL, EXT_DIR, EXT_TESTS, WS_DIR, ARTIFACTS, TIMEOUT_MS (default 150000).
const { launchBrowser } = require('./browser.cjs');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { CS_URL, EXT_DIR, EXT_TESTS, WS_DIR, ARTIFACTS } = process.env;
const timeout = Number(process.env.TIMEOUT_MS || 150000);
const host = new URL(CS_URL).host;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', `vscode-remote://${host}${EXT_DIR}`],
  ['extensionTestsPath', `vscode-remote://${host}${EXT_TESTS}`],
]);

(async () => {
  const t0 = Date.now();
  const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1)}s]`;
  const lines = [];
  const { browser, page } = await launchBrowser();
  let settle;
  const outcome = new Promise((resolve) => {
    settle = resolve;
  });
  page.on('console', (message) => {
    const text = message.text();
    lines.push(text);
    if (/E2E|replylint|Error/.test(text)) console.log(stamp(), text.slice(0, 2000));
    if (text.includes('E2E PASS')) settle(0);
    if (text.includes('E2E FAIL') || /Running extension tests.*failed/i.test(text)) settle(1);
  });
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
  page.on('close', () => settle(2));
  await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS_DIR)}&payload=${encodeURIComponent(payload)}`);
  const code = await Promise.race([outcome, new Promise((resolve) => setTimeout(() => resolve(124), timeout))]);
  if (code !== 0) {
    await page.screenshot({ path: join(ARTIFACTS, 'ext-host-tests-failed.png') }).catch(() => {});
    const why = code === 124 ? `no "E2E PASS" within ${timeout / 1000} s` : code === 2 ? 'the page closed' : 'a test failed';
    console.error(`extension-host tests FAILED: ${why} (browser console in ${join(ARTIFACTS, 'ext-host-console.log')})`);
  }
  writeFileSync(join(ARTIFACTS, 'ext-host-console.log'), `${lines.join('\n')}\n`);
  await browser.close().catch(() => {});
  process.exit(code);
})().catch((error) => {
  console.error('extension-host tests FAILED:', error);
  process.exit(1);
});
