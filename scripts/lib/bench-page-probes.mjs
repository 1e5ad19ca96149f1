// In-page probes for scripts/bench-browser.mjs. Each function is serialised into the page by Playwright,
// so it must be self-contained.

/** Installs keystroke timing: keydown -> end of the task that dispatched the keystroke's `input` event
 *  (every keydown/beforeinput/input handler and the editor's own synchronous update have run by then), and
 *  keydown -> next animation frame; plus a long-task counter. Results accumulate on window.__bench. */
export function installKeystrokeProbe() {
  const bench = { processing: [], frame: [], longTasks: 0, longTaskMs: 0 };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { bench.longTasks += 1; bench.longTaskMs += entry.duration; }
  }).observe({ type: 'longtask' });
  let downAt = 0;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => bench.processing.push(performance.now() - downAt);
  window.addEventListener('keydown', (event) => {
    downAt = event.timeStamp;
    requestAnimationFrame(() => bench.frame.push(performance.now() - event.timeStamp));
  }, true);
  // A message posted while `input` is dispatched runs once that whole task, and every handler in it, is done.
  window.addEventListener('input', () => channel.port2.postMessage(0), true);
}

/** Records the timestamp of the next mousedown, the start of a publish click. */
export function markNextMousedown() {
  window.__mousedownAt = 0;
  window.addEventListener('mousedown', (event) => { window.__mousedownAt = event.timeStamp; }, { capture: true, once: true });
}

/** Polled with requestAnimationFrame: ms from the recorded mousedown to a visible [role=alertdialog]
 *  anywhere, including open shadow roots; false until it appears. */
export function alertDialogDelay() {
  const walk = (root) => {
    const hit = root.querySelector('[role="alertdialog"]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && walk(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const dialog = walk(document);
  if (!dialog || dialog.getBoundingClientRect().height === 0) return false;
  return performance.now() - window.__mousedownAt;
}

/** Records the timestamp of the next keydown, the last keystroke of a draft. */
export function markNextKeydown() {
  window.__keydownAt = 0;
  window.addEventListener('keydown', (event) => { window.__keydownAt = event.timeStamp; }, { capture: true, once: true });
}

/** Polled with requestAnimationFrame: ms from the recorded keydown until CSS.highlights has an entry.
 *  Chromium shares one highlight registry per document between the page and extension worlds. */
export function highlightDelay() {
  return CSS.highlights.size > 0 ? performance.now() - window.__keydownAt : false;
}
