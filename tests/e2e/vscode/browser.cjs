// Headless chromium (Debian's) with a fresh profile, as both VS Code checks drive it: no
// sandbox (containers), and nothing that would reach the network on its own.
const { chromium } = require('playwright-core');
const { mkdtempSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');

async function launchBrowser() {
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chrome-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  return { browser, page };
}

module.exports = { launchBrowser };
