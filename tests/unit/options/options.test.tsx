import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/detector/types';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { checkPatternBacktracking } from '../../../src/policy/regex-safety';
import { usePatternCheck } from '../../../src/policy/settings';
import { CategoriesSection } from '../../../src/options/CategoriesSection';
import { HighlightedText } from '../../../src/options/HighlightedText';
import { Options } from '../../../src/options/Options';
import { PolicyProblems } from '../../../src/options/PolicyProblems';
import { SensitivitySection } from '../../../src/options/SensitivitySection';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); });
const noop = () => {};

describe('options components', () => {
  it('disables a locked sensitivity and says who set it', () => {
    const settings = effectiveFromLayers(DEFAULT_POLICY, {}, { sensitivity: 'high' });
    render(<SensitivitySection settings={settings} announce={noop} />);
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Set by your organisation')).toBeTruthy();
  });

  it('disables only the levels below the floor', () => {
    const settings = effectiveFromLayers(DEFAULT_POLICY, {}, { minSensitivity: 'medium' });
    render(<SensitivitySection settings={settings} announce={noop} />);
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.disabled)).toEqual([true, false, false]);
  });

  it('labels every category switch and locks only the organisation\'s', () => {
    const settings = effectiveFromLayers(DEFAULT_POLICY, {}, { categories: { SSN: true } });
    render(<CategoriesSection settings={settings} announce={noop} />);
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(CATEGORIES.length);
    expect((screen.getByLabelText('Social Security numbers') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Names') as HTMLInputElement).disabled).toBe(false);
  });

  it('lists policy problems with their source and path', () => {
    render(<PolicyProblems problems={[{ source: 'managed', path: 'customRules[0].pattern', message: 'can backtrack catastrophically' }]} />);
    expect(screen.getByText(/Your organisation’s policy/)).toBeTruthy();
    expect(screen.getByText('customRules[0].pattern')).toBeTruthy();
  });

  it('highlights spans with marks built from text, not HTML', () => {
    const { container } = render(<HighlightedText text="<b>Bed 4</b> ok" spans={[{ start: 3, end: 8 }]} label="preview" />);
    expect(container.querySelector('mark')?.textContent).toBe('Bed 4');
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('options page', () => {
  it('shows locked controls disabled and a bad policy value while the rest applies', async () => {
    usePatternCheck(checkPatternBacktracking);
    const fake = installFakeExtension();
    fake.storage.managed.replace({
      disabledSites: ['reddit'], allowList: ['555-0100'],
      customRules: [{ id: 'bad', category: 'MRN', pattern: '(a+)+$' }, { id: 'org-mrn', category: 'MRN', pattern: 'MRN\\d{7}' }],
    });
    render(<Options />);
    await waitFor(() => expect(screen.getByText('Some settings were ignored')).toBeTruthy());
    expect(screen.getByText(/catastrophically/)).toBeTruthy();
    expect((screen.getByLabelText('Reddit') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Reddit') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText(/Words and numbers that are never flagged/) as HTMLTextAreaElement).disabled).toBe(true);
    expect(screen.getByText('org-mrn')).toBeTruthy();
    expect(screen.getAllByText('Set by your organisation').length).toBeGreaterThanOrEqual(3);
  });

  it('checks a new custom rule as it is typed and shows its matches', async () => {
    usePatternCheck(checkPatternBacktracking);
    installFakeExtension();
    render(<Options />);
    const pattern = await screen.findByLabelText(/Pattern/);
    fireEvent.input(screen.getByLabelText('Rule id'), { target: { value: 'mrn' } });
    fireEvent.input(pattern, { target: { value: '(\\d+)+x' } });
    await waitFor(() => expect(screen.getByText(/catastrophically|too complex/)).toBeTruthy());
    fireEvent.input(pattern, { target: { value: 'MRN \\d{7}' } });
    await waitFor(() => expect(screen.getByText('1 match.')).toBeTruthy());
    expect((screen.getByRole('button', { name: 'Add rule' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('extra sites', () => {
  it('asks for access to the organisation\'s extra sites on a click', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ extraSites: ['forum.example.org'] });
    render(<Options />);
    const button = await screen.findByRole('button', { name: 'Allow PHI Guard on these sites' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Allowed.')).toBeTruthy());
    expect([...fake.permissions.granted]).toEqual(['https://forum.example.org/*']);
  });
});
