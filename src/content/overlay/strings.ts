// The warning's words for the kind of site: a post (social), a reply (review consoles) or a message
// (AI chats). The words themselves live in the message catalogue (src/i18n).
import { t } from '../../i18n';
import type { SiteKind } from '../../sites/types';

export interface DialogWords {
  title: string;
  intro: string;
  edit: string;
  proceed: string;
  blocked: string;
}

export function dialogWords(kind: SiteKind): DialogWords {
  const ai = kind === 'ai';
  const reviews = kind === 'reviews';
  return {
    title: t(ai ? 'dialogTitleMessage' : 'dialogTitlePost'),
    intro: t(ai ? 'dialogIntroMessage' : reviews ? 'dialogIntroReply' : 'dialogIntroPost'),
    edit: t(ai ? 'dialogEditMessage' : 'dialogEditPost'),
    proceed: t(ai ? 'dialogProceedMessage' : 'dialogProceedPost'),
    blocked: t(ai ? 'dialogBlockedMessage' : reviews ? 'dialogBlockedReply' : 'dialogBlockedPost'),
  };
}
