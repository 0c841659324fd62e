export declare const NO_BROWSER_MESSAGE: string;
/** $CHROME_PATH, Playwright's Chromium, the system's Chromium, Google Chrome; else `npx playwright install chromium`; else throws. */
export declare function findChromium(options?: { install?: boolean }): Promise<string>;
