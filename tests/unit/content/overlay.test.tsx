import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { WarningDialog, type WarningDialogProps } from '../../../src/content/overlay/WarningDialog';
import { showWarning, warningOpen } from '../../../src/content/overlay/show-warning';
import { setLanguage } from '../../../src/i18n';
import { loadSpanish } from '../i18n/spanish';

afterEach(cleanup);

const trusted = () => true;
const base: WarningDialogProps = {
  kind: 'social',
  mode: 'warn',
  findings: [
    { category: 'MRN', words: '00482917', reason: 'Looks like a medical record number.' },
    { category: 'NAME', words: 'Delia Pemberton', reason: 'A person’s name next to a patient reference.' },
  ],
  reasons: ['Not about a real patient', 'Other'],
  policyUrl: '',
  orgName: '',
  supportContact: '',
  onEdit: () => {},
  onProceed: () => {},
  trusted,
};

describe('WarningDialog', () => {
  it('is an alertdialog named for the risk, listing category, words and reason', () => {
    render(<WarningDialog {...base} />);
    const dialog = screen.getByRole('alertdialog', { name: 'This post may contain patient information' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText('Medical record number')).toBeTruthy();
    expect(screen.getByText('00482917')).toBeTruthy();
    expect(screen.getByText('Looks like a medical record number.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit post' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Post anyway' })).toBeTruthy();
  });

  it('says message / Send anyway on AI chats', () => {
    render(<WarningDialog {...base} kind="ai" />);
    expect(screen.getByRole('alertdialog', { name: 'This message may contain patient information' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit message' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send anyway' })).toBeTruthy();
  });

  it('links the policy when set, with the organisation name', () => {
    render(<WarningDialog {...base} policyUrl="https://intranet.example.org/social" orgName="St Mary's" />);
    const link = screen.getByRole('link', { name: "St Mary's social media policy" });
    expect(link.getAttribute('href')).toBe('https://intranet.example.org/social');
  });

  it('justify mode: Post anyway stays disabled until a reason is chosen, and passes the reason', () => {
    const onProceed = vi.fn();
    render(<WarningDialog {...base} mode="justify" onProceed={onProceed} />);
    const proceed = screen.getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement;
    expect(proceed.disabled).toBe(true);
    fireEvent.click(proceed);
    expect(onProceed).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Not about a real patient' }));
    expect(proceed.disabled).toBe(false);
    fireEvent.click(proceed);
    expect(onProceed).toHaveBeenCalledWith('Not about a real patient');
  });

  it('block mode: no Post anyway, the support contact is shown', () => {
    render(<WarningDialog {...base} mode="block" supportContact="privacy@example.org, ext. 4455" />);
    expect(screen.queryByRole('button', { name: 'Post anyway' })).toBeNull();
    expect(screen.getByText('privacy@example.org, ext. 4455')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit post' })).toBeTruthy();
  });

  it('ignores untrusted (script-made) clicks on its buttons and reasons', () => {
    const onEdit = vi.fn();
    const onProceed = vi.fn();
    render(<WarningDialog {...base} mode="justify" onEdit={onEdit} onProceed={onProceed} trusted={undefined} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Other' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit post' }));
    expect(onEdit).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Post anyway' }) as HTMLButtonElement).disabled).toBe(true);
    expect(onProceed).not.toHaveBeenCalled();
  });

  it('renders page text as text, never as markup', () => {
    render(<WarningDialog {...base} findings={[{ category: 'NAME', words: '<img src=x onerror=alert(1)>', reason: '' }]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('showWarning', () => {
  const request = { ...base } as Partial<WarningDialogProps>;
  delete request.onEdit;
  delete request.onProceed;

  const shadow = () => document.querySelector('phi-guard-warning')?.shadowRoot ?? null;

  it('mounts in an open shadow root on <html>, focuses Edit, traps Tab, Escape = edit and refocuses', async () => {
    document.body.innerHTML = '<div id="composer" contenteditable="true" tabindex="0"></div>';
    const composer = document.getElementById('composer')!;
    const choice = showWarning(request as never, composer);
    const root = shadow()!;
    expect(root).toBeTruthy();
    expect(root.host.parentElement).toBe(document.documentElement);
    expect(root.activeElement?.textContent).toBe('Edit post');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    expect(root.activeElement?.textContent).toBe('Post anyway');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect(choice).resolves.toEqual({ action: 'edit' });
    expect(shadow()).toBeNull();
    expect(document.activeElement).toBe(composer);
  });

  it('ignores an untrusted Escape and untrusted clicks', () => {
    showWarning({ ...(request as object), trusted: undefined } as never, null);
    const root = shadow()!;
    root.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    for (const button of root.querySelectorAll('button')) button.click();
    expect(shadow()).not.toBeNull();
    expect(warningOpen()).toBe(true);
    root.host.remove();
  });

  it('a page that removes the warning gets "edit": nothing stays held behind a missing dialog', async () => {
    const choice = showWarning(request as never, null);
    shadow()!.host.remove();
    expect(warningOpen()).toBe(false);
    await expect(choice).resolves.toEqual({ action: 'edit' });
  });
  it('opened before the chosen language arrived, it switches to it in place, keeping focus', async () => {
    const choice = showWarning(request as never, null);
    const root = shadow()!;
    const edit = root.activeElement;
    expect(edit?.textContent).toBe('Edit post');
    expect(root.querySelector('[role="alertdialog"]')!.getAttribute('lang')).toBe('en');
    await loadSpanish();
    setLanguage('es');
    try {
      expect(root.querySelector('[role="alertdialog"]')!.getAttribute('lang')).toBe('es');
      expect(root.activeElement).toBe(edit);
      expect(edit?.textContent).not.toBe('Edit post');
      expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Publicar de todos modos');
    } finally {
      setLanguage('en');
    }
    expect(edit?.textContent).toBe('Edit post');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await expect(choice).resolves.toEqual({ action: 'edit' });
  });
});
