/**
 * The sidebar's host in MAX web (isolated world): wiring only. What the sidebar knows and does is started by
 * utils/sidebar/sidebar-controller.ts; this mounts it in a shadow root, so no style leaks either way. The root is
 * closed in the build users install: MAX's page (and any script in it) cannot reach into it, and what is typed
 * into the sidebar stays there (utils/ui/event-isolation.ts).
 */
import { render } from 'preact';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
// Inlined into the script: the shadow root gets its styles without a fetch, so the sidebar can mount before MAX's
// first data (a fetch answered while the page loads took up to ~100 ms).
import sidebarCss from '@/components/sidebar/sidebar.css?inline';
import { startSidebar } from '@/utils/sidebar/sidebar-controller';
import { type IsolatedUi, isolateEvents } from '@/utils/ui/event-isolation';
import { isToggleShortcut } from '@/utils/ui/keyboard';

/**
 * Set at build time (wxt.config.ts): 'closed' in `npm run build`, 'open' only in `npm run build:e2e`
 * (.output/chrome-mv3-e2e), so that tests can reach inside. The one difference between the two builds.
 */
declare const __SVERKA_SHADOW_ROOT_MODE__: 'open' | 'closed';

export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  // document_start, so that no bridge event posted before the page finished loading is missed.
  runAt: 'document_start',
  cssInjectionMode: 'manual',

  async main(ctx) {
    // Before anything else, while no script of the page's has run yet: its listeners come after this one.
    let sidebar: IsolatedUi | null = null;
    isolateEvents(window, () => sidebar, ctx.signal);

    const { model, actions, t } = await startSidebar(window, document, ctx);
    const ui = await createShadowRootUi(ctx, {
      name: 'sverka-ui',
      mode: __SVERKA_SHADOW_ROOT_MODE__,
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
    sidebar = { host: ui.shadowHost, root: ui.shadow };
    // Alt+Shift+S while the focus is in the sidebar: that key reaches the sidebar only, so it is heard here (the
    // controller hears it everywhere else in the page).
    ui.shadow.addEventListener(
      'keydown',
      (event) => {
        if (!(event instanceof KeyboardEvent) || !isToggleShortcut(event)) return;
        event.preventDefault();
        actions.setOpen(!model.open.peek());
      },
      { signal: ctx.signal },
    );
    ui.mount();
    // The first Intl formatter of a page costs ~15 ms (locale data): made while the page is idle, before MAX's data.
    requestIdleCallback(() => t.prepare(), { timeout: 300 });
  },
});
