// Plain-language names and one-line descriptions of each category, for the options page.
import type { Category } from '../detector/types';

export const CATEGORY_INFO: Record<Category, { name: string; description: string }> = {
  NAME: { name: 'Names', description: 'A patient’s or relative’s name, including initials with a room or bed.' },
  ADDRESS: { name: 'Street addresses', description: 'House number and street, or a full postal address.' },
  LOCATION: { name: 'Places smaller than a state', description: 'Towns, neighbourhoods, landmarks and named places.' },
  ZIP: { name: 'ZIP and postal codes', description: 'Codes that narrow a person down to a small area.' },
  DATE: { name: 'Dates about a person', description: 'Admission, discharge, birth or death dates and the like.' },
  AGE: { name: 'Ages', description: 'A specific age, especially over 89.' },
  PHONE: { name: 'Phone numbers', description: 'Personal phone numbers (your organisation’s public line can be allowed).' },
  FAX: { name: 'Fax numbers', description: 'Fax numbers that could belong to a person.' },
  EMAIL: { name: 'Email addresses', description: 'Any email address.' },
  SSN: { name: 'Social Security numbers', description: 'US Social Security numbers and similar national IDs.' },
  MRN: { name: 'Medical record numbers', description: 'Record numbers, including your organisation’s own format.' },
  PLAN_ID: { name: 'Health plan IDs', description: 'Insurance member and beneficiary numbers (e.g. Medicare).' },
  ACCOUNT: { name: 'Account numbers', description: 'Bank, billing and card numbers.' },
  LICENSE: { name: 'Licence and certificate numbers', description: 'Driving licences, professional licences, DEA and NPI.' },
  VEHICLE: { name: 'Vehicle identifiers', description: 'Number plates and VINs.' },
  DEVICE: { name: 'Device identifiers', description: 'Serial numbers of implants and medical devices.' },
  URL: { name: 'Web addresses', description: 'Links that could lead to a person.' },
  IP: { name: 'IP addresses', description: 'Internet addresses of a computer or phone.' },
  ROOM: { name: 'Rooms and beds', description: 'Room, bed, bay and unit numbers that point to one patient.' },
  OTHER_ID: { name: 'Other identifying numbers', description: 'Any other unique number or code about a person.' },
  STORY: { name: 'Patient stories', description: 'A patient story with enough detail (time, place, event) to recognise someone.' },
};
