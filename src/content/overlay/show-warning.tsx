// Mounts the warning in an open shadow root of our own host element appended to <html>
// (outside the site's app and editors), traps focus in it, and resolves with the user's choice.
// Escape means Edit. Focus returns to the composer afterwards.
import { render } from 'preact';
import { WarningDialog, type WarningDialogProps } from './WarningDialog';
import { focusFirst, trapTab } from './focus-trap';
import { OVERLAY_CSS } from './styles';

export type WarningChoice = { action: 'edit' } | { action: 'proceed'; reason?: string };
export type WarningRequest = Omit<WarningDialogProps, 'onEdit' | 'onProceed'>;

let open: Promise<WarningChoice> | null = null;

export const warningOpen = (): boolean => open !== null;

function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}

export function showWarning(request: WarningRequest, returnFocusTo: HTMLElement | null): Promise<WarningChoice> {
  if (open) return open;
  const host = document.createElement('phi-guard-warning');
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  const trusted = request.trusted ?? ((e: Event) => e.isTrusted);

  open = new Promise<WarningChoice>((resolve) => {
    const close = (choice: WarningChoice) => {
      render(null, root);
      host.remove();
      open = null;
      if (choice.action === 'edit') returnFocusTo?.focus();
      resolve(choice);
    };
    // Keys typed in the warning are ours: the site's own shortcuts must not act on them.
    root.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      e.stopPropagation();
      if (e.key === 'Escape' && trusted(e)) {
        e.preventDefault();
        close({ action: 'edit' });
      } else if (e.key === 'Tab') {
        trapTab(root, e);
      }
    });
    for (const type of ['keyup', 'keypress', 'input'] as const) root.addEventListener(type, (e) => e.stopPropagation());
    render(
      <div class="backdrop">
        <WarningDialog
          {...request}
          trusted={trusted}
          onEdit={() => close({ action: 'edit' })}
          onProceed={(reason) => close({ action: 'proceed', reason })}
        />
      </div>,
      root,
    );
    document.documentElement.append(host);
    focusFirst(root);
  });
  return open;
}
