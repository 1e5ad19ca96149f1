// A reply to a public review (ScanOptions.replyToReview, set on review sites' reply boxes): its reader is the
// reviewer, whose name the site shows beside it, so telling them of their own care confirms they are a patient.
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detector';

const replyFinding = (text: string, options = {}) => scan(text, { replyToReview: true, ...options }).findings.find((f) => f.ruleId === 'story.reply');

describe('a reply to a review', () => {
  it.each([
    'Our records show you missed two appointments before the crown was placed, which is why the fee applied.',
    'Sorry you felt rushed. Dr. Patel spent 25 minutes reviewing your MRI with you and referred you to physical therapy.',
    'Thanks for the update! Your recovery after the knee scope has been amazing, keep up with the exercises.',
    'Our billing team reviewed your account: the charge was for the lab work drawn during your annual physical.',
    // no "we": the reader, a past tense and care in one sentence
    'Hi Dana, the biopsy results you asked about were released to your portal yesterday.',
  ])('warns where it tells the reviewer of their own care: %j', (text) => {
    const result = scan(text, { replyToReview: true });
    expect(result.verdict).toBe('warn');
    const finding = replyFinding(text)!;
    expect(finding.category).toBe('STORY');
    expect(finding.end).toBeGreaterThan(finding.start);
  });

  it('is a reply only where the caller says so: the same text in a post has no reply finding', () => {
    const text = 'Our records show you missed two appointments before the crown was placed, which is why the fee applied.';
    expect(scan(text).findings.some((f) => f.ruleId === 'story.reply')).toBe(false);
  });

  it.each([
    'Thank you for your review. We take all feedback seriously; please call our office manager so we can learn more.',
    "We're sorry to hear about your experience. Privacy laws keep us from discussing any visit here, but we would welcome a call.",
    "Thanks for the kind words about our team! We're proud of our front desk and hygienists.",
    'Sorry to hear the parking was a hassle! The garage entrance moved to Elm St last month.',
    'Thanks for stopping by our booth at the county fair, it was great to meet so many neighbours!',
  ])('stays quiet on a reply that confirms nothing of the reviewer’s care: %j', (text) => {
    expect(scan(text, { replyToReview: true }).verdict).toBe('ok');
  });

  it('highlights the reply’s name and details with the sentence', () => {
    const text = 'Hi Dana, we reviewed your biopsy with Dr. Osei on Monday and everything looked fine.';
    const findings = scan(text, { replyToReview: true }).findings;
    expect(findings.some((f) => f.ruleId === 'story.reply')).toBe(true);
    expect(findings.some((f) => f.category === 'NAME' && text.slice(f.start, f.end) === 'Dana')).toBe(true);
  });

  it('leaves the decision to the settings where stories are switched off', () => {
    const text = 'Our records show you missed two appointments before the crown was placed, which is why the fee applied.';
    expect(replyFinding(text, { categories: { STORY: false } })).toBeUndefined();
  });
});
