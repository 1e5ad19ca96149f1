// Mounts the warning in an open shadow root of our own host element appended to <html>
// (outside the site's app and editors), traps focus in it, and resolves with the user's choice.
// Escape means Edit. Focus (and the caret) return to the composer afterwards.
import { render } from 'preact';
import { onLanguageChange } from '../../i18n';
import { WarningDialog, type WarningDialogProps } from './WarningDialog';
import { focusFirst, trapTab } from './focus-trap';
import { captureCaret, restoreCaret } from './selection';
import { OVERLAY_CSS } from './styles';

export type WarningChoice = { action: 'edit' } | { action: 'proceed'; reason?: string };
export type WarningRequest = Omit<WarningDialogProps, 'onEdit' | 'onProceed'>;

interface OpenWarning {
  host: Element;
  choice: Promise<WarningChoice>;
  close(choice: WarningChoice): void;
  /** Re-renders the open dialog with new findings (a photo finished reading). */
  update(request: WarningRequest): void;
  /** Re-renders it as it is, in the language now in use. */
  redraw(): void;
}

let open: OpenWarning | null = null;

// A warning raised in the milliseconds before the chosen language's catalogue arrives (or on a publish
// with no composer focus before it) opens in English; it switches in place when the catalogue lands,
// keeping focus and the reason chosen so far.
onLanguageChange(() => open?.redraw());

/**
 * Whether a warning is up. A page that removes our host element gets the "edit" outcome: the
 * draft stays, and later publishes are decided afresh rather than held behind a dialog that no
 * longer exists.
 */
export function warningOpen(): boolean {
  if (open && !open.host.isConnected) open.close({ action: 'edit' });
  return open !== null;
}

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

/** `caret`: where the caret was before the publish attempt, if known (restored on Edit). */
export function showWarning(
  request: WarningRequest,
  returnFocusTo: HTMLElement | null,
  caret: Range | null = null,
): Promise<WarningChoice> {
  if (warningOpen() && open) return open.choice;
  const host = document.createElement('phi-guard-warning');
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);
  const trusted = request.trusted ?? ((e: Event) => e.isTrusted);
  const savedCaret = captureCaret(returnFocusTo) ?? caret;

  let close: (choice: WarningChoice) => void = () => {};
  const choice = new Promise<WarningChoice>((resolve) => {
    close = (answer: WarningChoice) => {
      if (open?.host !== host) return;
      open = null;
      render(null, root);
      host.remove();
      // Back to the composer either way: to edit, or so a replayed shortcut reaches an editor that
      // has focus and its caret (Quill ignores keys while it is not focused).
      if (returnFocusTo?.isConnected) restoreCaret(returnFocusTo, savedCaret);
      resolve(answer);
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
  });
  const draw = (current: WarningRequest) =>
    render(
      <div class="backdrop">
        <WarningDialog
          {...current}
          trusted={trusted}
          onEdit={() => close({ action: 'edit' })}
          onProceed={(reason) => close({ action: 'proceed', reason })}
        />
      </div>,
      root,
    );
  let shown = request;
  draw(shown);
  open = {
    host,
    choice,
    close,
    update: (next) => draw((shown = next)),
    redraw: () => draw(shown),
  };
  document.documentElement.append(host);
  focusFirst(root);
  return choice;
}

/** Updates the open warning in place (the photo it waited for has been read). */
export function updateWarning(request: WarningRequest): void {
  if (warningOpen()) open?.update(request);
}

/**
 * Closes the open warning with an answer the person did not have to give: the photo it waited for
 * turned out clean and nothing else warned, so the post proceeds without another click.
 */
export function settleWarning(choice: WarningChoice): void {
  open?.close(choice);
}
