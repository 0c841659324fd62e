import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is the extension's promise to the user and to an IT reviewer:
// only web.max.ru, only storage/alarms/notifications, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false, prerender: { enabled: false } })],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://web.max.ru/*'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__' },
    // In-place marks' styles (entrypoints/page-marks.content.css), injected by the browser itself.
    content_scripts: [{ matches: ['https://web.max.ru/*'], css: ['content-scripts/page-marks.css'] }],
    browser_specific_settings: { gecko: { id: 'sverka@sverka.local', strict_min_version: '128.0' } },
  },
});
