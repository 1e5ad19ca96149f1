import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { Options } from '../../../src/options/Options';
import { OrganisationSection } from '../../../src/options/OrganisationSection';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); });

describe('sites the organisation repaired', () => {
  it('lists each repaired site and what was repaired, read-only', () => {
    const settings = effectiveFromLayers(DEFAULT_POLICY, {}, { siteOverrides: {
      facebook: { submit: 'div[aria-label="Share now"]', submitLabels: ['Publicar', 'Publier'] },
      chatgpt: { composer: '#composer' },
    } });
    render(<OrganisationSection settings={settings} />);
    const list = screen.getByRole('list', { name: 'Sites your organisation repaired' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Facebook: the post button and 2 post button labels', 'ChatGPT: the post box']);
    expect(list.querySelector('input, button, textarea')).toBeNull();
  });

  it('says nothing when no site was repaired', () => {
    render(<OrganisationSection settings={effectiveFromLayers(DEFAULT_POLICY, {}, {})} />);
    expect(screen.queryByRole('list', { name: 'Sites your organisation repaired' })).toBeNull();
  });

  it('shows a bad selector from managed policy with its path while the good ones apply', async () => {
    const fake = installFakeExtension();
    fake.storage.managed.replace({ siteOverrides: { facebook: { submit: 'div[' }, linkedin: { submit: 'button.share-actions__primary-action' } } });
    render(<Options />);
    await waitFor(() => expect(screen.getByText('Some settings were ignored')).toBeTruthy());
    expect(screen.getByText('siteOverrides.facebook.submit')).toBeTruthy();
    expect(screen.getByText(/"div\[" is not a valid CSS selector/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Sites your organisation repaired' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['LinkedIn: the post button']);
  });
});
