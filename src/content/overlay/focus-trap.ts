// Keeps Tab and Shift+Tab inside the warning while it is open (it is modal).

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function trapTab(root: ShadowRoot, event: KeyboardEvent): void {
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return;
  const index = items.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey
    ? index <= 0 ? items.length - 1 : index - 1
    : index === -1 || index === items.length - 1 ? 0 : index + 1;
  event.preventDefault();
  items[next].focus();
}

export function focusFirst(root: ShadowRoot): void {
  (root.querySelector<HTMLElement>('[data-autofocus]') ?? root.querySelector<HTMLElement>(FOCUSABLE))?.focus();
}
