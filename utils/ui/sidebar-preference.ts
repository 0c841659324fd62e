import { storage } from '#imports';

/** Whether the sidebar is open, remembered across pages and restarts. Open on first run, so it is found. */
export const sidebarOpenItem = storage.defineItem<boolean>('local:sidebarOpen', { fallback: true });
