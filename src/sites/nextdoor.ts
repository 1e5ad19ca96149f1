// Nextdoor: no verified public evidence of its composer markup (sites.md §13), so it is the
// generic adapter (visible editor + a Post/Reply/Comment control nearby) under its own id, which
// IT can disable separately.
import { genericAdapter } from './generic';

export const nextdoor = genericAdapter('nextdoor', 'social', ['https://nextdoor.com/*', 'https://*.nextdoor.com/*']);
