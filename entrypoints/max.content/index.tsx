/**
 * The sidebar's host in MAX web (isolated world): wiring only. What the sidebar knows and does is started by
 * utils/sidebar/sidebar-controller.ts; this mounts it in a shadow root, so no style leaks either way.
 */
import { render } from 'preact';
import { SidebarApp } from '@/components/SidebarApp';
import { startSidebar } from '@/utils/sidebar/sidebar-controller';
// Inlined into the script: the shadow root gets its styles without a fetch, so the sidebar can mount before MAX's
// first data (a fetch answered while the page loads took up to ~100 ms).
import sidebarCss from './style.css?inline';

export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  // document_start, so that no bridge event posted before the page finished loading is missed.
  runAt: 'document_start',
  cssInjectionMode: 'manual',

  async main(ctx) {
    const { model, actions, t } = await startSidebar(window, document, ctx);
    const ui = await createShadowRootUi(ctx, {
      name: 'sverka-ui',
      css: sidebarCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<SidebarApp model={model} t={t} actions={actions} />, container);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    // The first Intl formatter of a page costs ~15 ms (locale data): made while the page is idle, before MAX's data.
    requestIdleCallback(() => t.prepare(), { timeout: 300 });
  },
});
