import { localItem } from './local-item';
import { PANEL_DEFAULT_WIDTH } from './panel-width';

/** Whether the sidebar is open, remembered across pages and restarts. Open on first run, so it is found. */
export const sidebarOpenItem = localItem<boolean>('sidebarOpen', true);

/** The sidebar's width, dragged by its left edge (320–560 px, utils/ui/panel-width.ts). */
export const panelWidthItem = localItem<number>('panelWidth', PANEL_DEFAULT_WIDTH);

/** «Только проблемы» in the list of required chats: only rows needing action. Off on first run, so all are seen. */
export const problemsOnlyItem = localItem<boolean>('problemsOnly', false);

/** The safe-mode card (regulation 2.10): answered «включено» (never again) or «позже» (again in a week). */
export const safeModeAnswerItem = localItem<{ answer: 'done' | 'later'; at: number } | null>('safeModeAnswer', null);

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function shouldShowSafeModeCard(answer: { answer: 'done' | 'later'; at: number } | null, now: number): boolean {
  if (!answer) return true;
  return answer.answer === 'later' && now - answer.at >= WEEK_MS;
}
