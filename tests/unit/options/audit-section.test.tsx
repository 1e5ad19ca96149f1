import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Acknowledge } from '../../../src/ack/Acknowledge';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import { effectiveFromLayers } from '../../../src/policy/merge';
import { AuditSection } from '../../../src/options/AuditSection';
import type { AuditEvent } from '../../../src/shared/messages';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); vi.restoreAllMocks(); });

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  time: Date.now(), siteId: 'x', action: 'shown', categories: { NAME: 1 }, ruleIds: [], riskBucket: 'low',
  extensionVersion: '0.1.0', policyVersion: 'none', ...over,
});

describe('audit section', () => {
  it('filters by site and action and exports only what is shown, through a Blob URL', async () => {
    const fake = installFakeExtension();
    await fake.storage.local.set({ auditEvents: [event({ siteId: 'x' }), event({ siteId: 'reddit', action: 'blocked' })] });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => { blobs.push(blob); return 'blob:test'; }) as never;
    URL.revokeObjectURL = vi.fn();
    render(<AuditSection settings={effectiveFromLayers(DEFAULT_POLICY, {}, {})} />);
    await waitFor(() => expect(screen.getByText('2 events')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'reddit' } });
    await waitFor(() => expect(screen.getByText('1 event')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = await blobs[0].text();
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain(',reddit,blocked,');
  });
});

describe('acknowledgement page', () => {
  it('stores the acknowledged version and records it in the audit trail', async () => {
    const fake = installFakeExtension();
    const sent: unknown[] = [];
    fake.runtime.sendMessage = (async (m: unknown) => { sent.push(m); }) as never;
    const settings = effectiveFromLayers(DEFAULT_POLICY, {}, { acknowledgement: { required: true, text: 'Be careful.', version: '4' } });
    render(<Acknowledge settings={settings} />);
    expect(screen.getByText('Be careful.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /I have read and understood/ }));
    await waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
    expect(await fake.storage.local.get('acknowledgedVersion')).toEqual({ acknowledgedVersion: '4' });
    expect(sent).toEqual([{ type: 'audit', event: { siteId: 'all', action: 'acknowledged', categories: {}, ruleIds: [], riskBucket: 'low' } }]);
  });
});
