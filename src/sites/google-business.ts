// Google Business Profile: replies to reviews (the most fined case: a reply that confirms the
// reviewer was a patient) and posts. Since the standalone site merged into Search and Maps, replies
// are written in iframes at https://www.google.com/local/business/<id>/customers/reviews... (the
// content script runs in those frames only: the manifest matches that path, all_frames, and the
// about:blank frames they make, match_about_blank), in a textarea[jsname="YPqjbf"] with a "Reply"
// button (selectors-crosscheck.md §2.12). The older business.google.com console keeps the generic
// composer rule. Labels: reply/post/publish/send in every supported language.
import { genericAdapter } from './generic';
import { labelsFor } from './publish-labels';

export const googleBusiness = genericAdapter(
  'google-business',
  'reviews',
  ['https://business.google.com/*', 'https://www.google.com/local/business/*'],
  [...labelsFor('reply', 'post', 'publish', 'send', 'submit'), 'Update'],
);
