import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * `npm run build:e2e` (scripts/build-e2e.mjs sets SVERKA_E2E_BUILD=1): the same extension with the sidebar's shadow
 * root open, so that tests can reach inside, into .output/<browser>-mv<n>-e2e. The one value differs; everything
 * else (manifest, every other file) is the same as in the build users install, where the root is closed.
 */
const e2eBuild = process.env.SVERKA_E2E_BUILD === '1';

// The manifest is the extension's promise to the user and to an IT reviewer:
// only web.max.ru, only storage/alarms/notifications, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(e2eBuild ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false, prerender: { enabled: false } })],
    // Read by entrypoints/max.content/index.tsx.
    define: { __SVERKA_SHADOW_ROOT_MODE__: JSON.stringify(e2eBuild ? 'open' : 'closed') },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://web.max.ru/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__' },
    // A shortcut people can change in the browser's shortcut settings; the in-page Alt+Shift+S stays as a fallback.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggle__' },
    },
    // A profile IT may set by browser policy (public/managed-schema.json, read by utils/organization/managed-profile.ts).
    // Chrome, Yandex Browser and Edge check the policy against this schema; Firefox reads policies.json's 3rdparty
    // section without a manifest key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Manifest content scripts in the page's MAIN world (the bridge) need Chrome 111; an older browser refuses the
    // install with its own message instead of a Сверка that silently sees nothing.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '111' }),
    // In-place marks' styles (entrypoints/page-marks.content.css), injected by the browser itself.
    content_scripts: [{ matches: ['https://web.max.ru/*'], css: ['content-scripts/page-marks.css'] }],
    // Firefox ≥ 128 runs the MAIN-world bridge from the manifest in MV2 too. AMO requires new add-ons to declare
    // what they collect: nothing (Firefox only; Chrome's manifest stays as it was).
    browser_specific_settings: {
      gecko: {
        id: 'sverka@sverka.local',
        strict_min_version: '128.0',
        ...(browser === 'firefox' ? { data_collection_permissions: { required: ['none'] } } : {}),
      },
    },
  }),
});
