// @ts-check
// Finds a Chromium-family browser for the E2E tests and `npm run demo`: $CHROME_PATH, Playwright's own Chromium,
// the system's Chromium, Google Chrome; as a last resort `npx playwright install chromium`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_BROWSER_MESSAGE = [
  'No Chromium or Google Chrome was found, and `npx playwright install chromium` did not work.',
  'Get one of:',
  '  • Debian/Ubuntu: sudo apt-get install chromium',
  '  • Playwright’s own: npx playwright install chromium',
  '  • or point to any Chromium-based browser: CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * @param {{ install?: boolean }} [options] install: try `npx playwright install chromium` when nothing is found
 * @returns {Promise<string>} the browser's executable path
 */
export async function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no such file.\n${NO_BROWSER_MESSAGE}`);
  }
  const own = await playwrightChromium();
  if (own) return own;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  if (install) {
    try {
      execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
      const installed = await playwrightChromium();
      if (installed) return installed;
    } catch {
      // offline or no permission: fall through to the message
    }
  }
  throw new Error(NO_BROWSER_MESSAGE);
}
