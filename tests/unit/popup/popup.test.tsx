import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { Popup } from '../../../src/popup/Popup';
import { siteStatus } from '../../../src/popup/site-status';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); });

describe('popup status', () => {
  const base = effectiveFromLayers(DEFAULT_POLICY, {}, {});

  it('tells protected, unsupported, turned-off and paused apart', () => {
    expect(siteStatus(base, 'https://www.linkedin.com/feed/')).toEqual({ kind: 'protected', siteId: 'linkedin' });
    expect(siteStatus(base, 'https://example.org/')).toEqual({ kind: 'unsupported' });
    expect(siteStatus({ ...base, disabledSites: ['linkedin'] }, 'https://www.linkedin.com/')).toEqual({ kind: 'site-off', siteId: 'linkedin' });
    expect(siteStatus({ ...base, pausedUntil: Date.now() + 1000 }, 'https://www.linkedin.com/').kind).toBe('paused');
  });

  it('offers the pause only when policy allows it', () => {
    installFakeExtension();
    const { unmount } = render(<Popup settings={base} tabUrl="https://x.com/home" />);
    expect(screen.getByRole('button', { name: 'Pause for 15 minutes' })).toBeTruthy();
    expect(screen.getByText(/Checking your posts on X/)).toBeTruthy();
    unmount();
    render(<Popup settings={{ ...base, allowPause: false }} tabUrl="https://x.com/home" />);
    expect(screen.queryByRole('button', { name: 'Pause for 15 minutes' })).toBeNull();
  });
});
