import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { Popup } from '../../../src/popup/Popup';
import type { SiteHealth } from '../../../src/shared/messages';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); });

const base = effectiveFromLayers(DEFAULT_POLICY, {}, {});
const report = (part: SiteHealth['part'], state: SiteHealth['state']): SiteHealth => ({ siteId: 'facebook', part, state });
const URL = 'https://www.facebook.com/';

describe('popup site health', () => {
  it('says nothing about health when the page is recognised as built', () => {
    installFakeExtension();
    const { container } = render(<Popup settings={base} tabUrl={URL} health={[]} />);
    expect(container.querySelector('[data-health]')).toBeNull();
  });

  it('says the general protection is in use when a fallback took over', () => {
    installFakeExtension();
    render(<Popup settings={base} tabUrl={URL} health={[report('submit', 'fallback')]} />);
    expect(screen.getByText('PHI Guard is using its general protection on this page.')).toBeTruthy();
  });

  it('says the post box could not be found, before anything milder', () => {
    installFakeExtension();
    render(<Popup settings={base} tabUrl={URL} health={[report('submit', 'fallback'), report('composer', 'missing')]} />);
    expect(screen.getByText(/PHI Guard could not find this page's post box\. Check your post yourself/)).toBeTruthy();
    expect(screen.queryByText(/general protection/)).toBeNull();
  });

  it('says the post button could not be found', () => {
    installFakeExtension();
    render(<Popup settings={base} tabUrl={URL} health={[report('submit', 'missing')]} />);
    expect(screen.getByText(/could not find this page's post button/)).toBeTruthy();
  });

  it('stays quiet about health while paused or turned off for the site', () => {
    installFakeExtension();
    const { container, unmount } = render(<Popup settings={{ ...base, pausedUntil: Date.now() + 60_000 }} tabUrl={URL} health={[report('composer', 'missing')]} />);
    expect(container.querySelector('[data-health]')).toBeNull();
    unmount();
    const off = render(<Popup settings={{ ...base, disabledSites: ['facebook'] }} tabUrl={URL} health={[report('composer', 'missing')]} />);
    expect(off.container.querySelector('[data-health]')).toBeNull();
  });
});
