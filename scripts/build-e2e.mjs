// @ts-check
// `npm run build:e2e`: the extension as `npm run build` makes it, with the sidebar's shadow root open so that
// Playwright can reach inside, into .output/chrome-mv3-e2e (wxt.config.ts reads SVERKA_E2E_BUILD). E2E tests, the
// demo and the browser bench load this build; tests/e2e/build-output.spec.ts checks that it differs from the
// production build (.output/chrome-mv3) in that one value only. Extra arguments: `-b firefox` builds Firefox.
import { build } from 'wxt';

process.env.SVERKA_E2E_BUILD = '1';
const browserArg = process.argv.indexOf('-b');
await build(browserArg > 0 ? { browser: process.argv[browserArg + 1] } : {});
