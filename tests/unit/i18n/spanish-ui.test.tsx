// The interface in Spanish: the warning in every mode, the popup, and the audit words.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WarningDialog, type WarningDialogProps } from '../../../src/content/overlay/WarningDialog';
import { hasMessage, setLanguage } from '../../../src/i18n';
import { AUDIT_ACTIONS } from '../../../src/audit/sanitize-event';
import { auditActionLabel } from '../../../src/options/audit-words';
import { DEFAULT_JUSTIFICATION_REASONS, DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { Popup } from '../../../src/popup/Popup';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';
import { loadSpanish } from './spanish';

beforeAll(loadSpanish);
afterEach(() => { cleanup(); removeFakeExtension(); setLanguage('en'); });

const base: WarningDialogProps = {
  kind: 'social', mode: 'warn',
  findings: [{ category: 'MRN', ruleId: 'mrn.labelled', words: '00482917', reason: 'This looks like a medical record number.' }],
  reasons: [...DEFAULT_JUSTIFICATION_REASONS], policyUrl: 'https://example.org/policy', orgName: 'Mercy', supportContact: 'privacy@example.org',
  onEdit: () => {}, onProceed: () => {}, trusted: () => true,
};

describe('the warning in Spanish', () => {
  it('warns with lang="es", Spanish buttons, category and reason', () => {
    setLanguage('es');
    render(<WarningDialog {...base} />);
    const dialog = screen.getByRole('alertdialog', { name: 'Esta publicación puede contener información del paciente' });
    expect(dialog.getAttribute('lang')).toBe('es');
    expect(screen.getByText('Número de historia clínica')).toBeTruthy();
    expect(screen.getByText('Parece un número de historia clínica.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Editar publicación' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publicar de todos modos' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Política de redes sociales de Mercy' })).toBeTruthy();
  });

  it('says Enviar de todos modos on AI chats', () => {
    setLanguage('es');
    render(<WarningDialog {...base} kind="ai" />);
    expect(screen.getByRole('alertdialog', { name: 'Este mensaje puede contener información del paciente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar de todos modos' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Editar mensaje' })).toBeTruthy();
  });

  it('justify: Spanish labels on the default reasons, English values', () => {
    setLanguage('es');
    render(<WarningDialog {...base} mode="justify" />);
    expect(screen.getByRole('group', { name: '¿Por qué se puede publicar esto?' })).toBeTruthy();
    const radio = screen.getByRole('radio', { name: 'No se trata de un paciente real' }) as HTMLInputElement;
    expect(radio.value).toBe('This is not about a real patient');
  });

  it('block: no way to post, the support contact in Spanish', () => {
    setLanguage('es');
    render(<WarningDialog {...base} mode="block" />);
    expect(screen.getByText(/Su organización no permite publicar esto/)).toBeTruthy();
    expect(screen.getByText(/¿Tiene preguntas\? Contacte con/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publicar de todos modos' })).toBeNull();
  });
});

describe('the popup in Spanish', () => {
  it('describes the site and offers the pause in Spanish', () => {
    setLanguage('es');
    installFakeExtension();
    render(<Popup settings={effectiveFromLayers(DEFAULT_POLICY, {}, {})} tabUrl="https://x.com/home" />);
    expect(screen.getByText('Revisando sus publicaciones en X (Twitter).')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pausar durante 15 minutos' })).toBeTruthy();
  });
});

describe('audit words', () => {
  it('has a label for every audit action in both languages', () => {
    for (const action of AUDIT_ACTIONS) expect(hasMessage(`auditAction_${action.replace(/-/g, '_')}`), action).toBe(true);
    setLanguage('es');
    expect(auditActionLabel('posted-anyway')).toBe('publicado de todos modos');
  });
});
