// The options a composer is scanned with: a review site's reply box says the text is a reply to a review.
import { describe, expect, it } from 'vitest';
import { scanOptionsFor } from '../../../src/content/scans';

describe('scanOptionsFor', () => {
  it('marks the text as a reply to a review on a review site, keeping the settings', () => {
    const settings = { sensitivity: 'high' as const, allowList: ['St. Jude'] };
    expect(scanOptionsFor('reviews', settings)).toEqual({ sensitivity: 'high', allowList: ['St. Jude'], replyToReview: true });
    expect(settings).not.toHaveProperty('replyToReview');
  });

  it('leaves social sites and AI chats as they are', () => {
    const settings = { sensitivity: 'medium' as const };
    expect(scanOptionsFor('social', settings)).toBe(settings);
    expect(scanOptionsFor('ai', settings)).toBe(settings);
    expect(scanOptionsFor(undefined, settings)).toBe(settings);
  });
});
