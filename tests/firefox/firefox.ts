/**
 * A system Firefox driven over WebDriver BiDi (puppeteer-core), headless, with every request sent to the stand-in's
 * proxy (tests/firefox/https-standin.ts) and Firefox's own background traffic switched off, so that anything the
 * proxy sees come from the page or from Сверка.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

const SYSTEM_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export const NO_FIREFOX_MESSAGE = [
  'No Firefox was found for the Firefox E2E tests.',
  '  • Debian/Ubuntu: sudo apt-get install firefox-esr',
  '  • or point to one: FIREFOX_PATH=/path/to/firefox npm run test:firefox',
].join('\n');

/** $FIREFOX_PATH, else Debian's firefox-esr, else a `firefox`. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.\n${NO_FIREFOX_MESSAGE}`);
    return fromEnv;
  }
  const found = SYSTEM_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error(NO_FIREFOX_MESSAGE);
  return found;
}

/** `Mozilla Firefox 153.8.0esr`, for the log and the README. */
export function firefoxVersion(path = findFirefox()): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Preferences on top of puppeteer's own (which already turn off updates, safebrowsing, normandy, remote settings and
 * health reports): everything through the proxy, no DNS of Firefox's own, none of its background services.
 */
function preferences(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.usage.uploadEnabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.contentblocking.report.lockwise.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'identity.fxaccounts.enabled': false,
    'geo.enabled': false,
    // Russian first, as the school's browser would be (the content script picks its language from navigator).
    'intl.accept_languages': 'ru-RU, ru',
    'intl.locale.requested': 'ru',
  };
}

/**
 * Launches Firefox headless (HEADED=1 shows it) over BiDi, every request through the proxy on `proxyPort`.
 * `extensionUuids` (add-on id → uuid) fixes the moz-extension:// origin of an extension installed later.
 */
export function launchFirefox(proxyPort: number, extensionUuids: Record<string, string> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: !process.env.HEADED,
    acceptInsecureCerts: true,
    // BiDi refuses to navigate a tab to moz-extension:// (the options page) without it: «Navigation to
    // "moz-extension://…/options.html" is not allowed in this context».
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      ...preferences(proxyPort),
      'extensions.webextensions.uuids': JSON.stringify(extensionUuids),
    },
    // Release builds ignore services.settings.server (remote settings) unless this is set.
    env: { ...process.env, TZ: 'Europe/Moscow', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    timeout: 60_000,
    protocolTimeout: 60_000,
  });
}
