// Google Business Profile: replies to reviews (the most fined case: a reply that confirms the
// reviewer was a patient) and posts. The reply box is a textarea with a "Reply"/"Post reply"
// button; markup is unverified, so the generic composer rule applies with review-reply labels.
import { genericAdapter } from './generic';

export const googleBusiness = genericAdapter(
  'google-business',
  'reviews',
  ['https://business.google.com/*'],
  ['Reply', 'Post reply', 'Post', 'Publish', 'Submit', 'Update', 'Send'],
);
