/**
 * A page that renders parts only when opened (the organization page's group tables) still prints whole: from the
 * browser's `beforeprint` (Ctrl+P, the menu) until `afterprint` everything is rendered, and the page's own print
 * button renders everything first and calls print once that is on the page.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

export interface PrintEverything {
  /** Render everything: a print is under way or about to start. */
  printing: boolean;
  /** Render everything, then call `print` (after the render is committed). */
  printAll(): void;
}

export function usePrintEverything(print: () => void): PrintEverything {
  const [printing, setPrinting] = useState(false);
  const [printAsked, setPrintAsked] = useState(false);
  // Listening from the moment the page is on screen (a layout effect: not after the first paint), so a Ctrl+P at
  // once still prints everything.
  useLayoutEffect(() => {
    // Preact renders the state change in a microtask, which runs before the browser lays the page out for print.
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  useEffect(() => {
    if (!printAsked) return;
    setPrintAsked(false);
    print();
  }, [printAsked]);
  return {
    printing,
    printAll: () => {
      setPrinting(true);
      setPrintAsked(true);
    },
  };
}
