// Visibility filter: Reddit keeps a 0x0 decoy copy of its comment box, ChatGPT a hidden fallback
// textarea; only what a person can see and type into is a composer.

export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** A control that cannot act now: a click on it publishes nothing, so it never warrants a warning. */
export function isDisabledControl(control: Element): boolean {
  if ((control as HTMLButtonElement).disabled === true) return true;
  return control.getAttribute('aria-disabled') === 'true';
}
