// Yelp for Business: public comments and private messages answering reviews. A textarea with a
// "Post public comment"/"Send" button; markup is unverified, so the generic composer rule applies
// with review-reply labels.
import { genericAdapter } from './generic';

export const yelpBusiness = genericAdapter(
  'yelp-business',
  'reviews',
  ['https://biz.yelp.com/*'],
  ['Post public reply', 'Post public comment', 'Post', 'Reply', 'Send', 'Send message', 'Submit', 'Respond publicly', 'Update'],
);
