// Google Business Profile: replies to reviews (the most fined case: a reply that confirms the
// reviewer was a patient) and posts. The generic composer rule with reply/post/publish/send labels in
// every supported language. Known gap: since the standalone site merged into Search and Maps, replies
// are written in iframes at https://www.google.com/local/business/<id>/customers/reviews...
// (textarea[jsname="YPqjbf"], selectors-crosscheck.md §2.12); matching those frames needs the
// popup/policy host table (src/policy/site-ids.ts) to accept www.google.com first.
import { genericAdapter } from './generic';
import { labelsFor } from './publish-labels';

export const googleBusiness = genericAdapter(
  'google-business',
  'reviews',
  ['https://business.google.com/*'],
  [...labelsFor('reply', 'post', 'publish', 'send', 'submit'), 'Update'],
);
