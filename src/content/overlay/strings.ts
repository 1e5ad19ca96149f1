// Plain words for the warning. Categories are named the way a clinician would say them.
import type { Category } from '../../detector/types';
import type { SiteKind } from '../../sites/types';

export const CATEGORY_WORDS: Record<Category, string> = {
  NAME: 'Name',
  ADDRESS: 'Street address',
  LOCATION: 'Place',
  ZIP: 'ZIP code',
  DATE: 'Date',
  AGE: 'Age',
  PHONE: 'Phone number',
  FAX: 'Fax number',
  EMAIL: 'Email address',
  SSN: 'Social Security number',
  MRN: 'Medical record number',
  PLAN_ID: 'Health plan number',
  ACCOUNT: 'Account number',
  LICENSE: 'Licence or certificate number',
  VEHICLE: 'Vehicle or plate number',
  DEVICE: 'Device identifier',
  URL: 'Web address',
  IP: 'IP address',
  ROOM: 'Room or bed',
  OTHER_ID: 'Identifying number',
  STORY: 'Details that together could identify a patient',
};

export interface DialogWords {
  title: string;
  intro: string;
  edit: string;
  proceed: string;
  blocked: string;
}

export function dialogWords(kind: SiteKind): DialogWords {
  const ai = kind === 'ai';
  const thing = ai ? 'message' : kind === 'reviews' ? 'reply' : 'post';
  return {
    title: ai ? 'This message may contain patient information' : 'This post may contain patient information',
    intro: `Before you ${ai ? 'send' : 'publish'}, check the words listed below. Nothing has been ${ai ? 'sent' : 'posted'}, and your ${thing} is unchanged.`,
    edit: ai ? 'Edit message' : 'Edit post',
    proceed: ai ? 'Send anyway' : 'Post anyway',
    blocked: `Your organisation does not allow ${ai ? 'sending' : 'publishing'} this. Edit the ${thing} to remove the patient information.`,
  };
}
