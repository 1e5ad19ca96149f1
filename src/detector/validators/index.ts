// Registry of identifier validators. Rules in rules/*.json name a validator by its key here; each validator
// takes the matched text as typed and says whether it is a real identifier of that kind.
import { abaRouting } from './abaRouting';
import { auIhi } from './auIhi';
import { auMedicare } from './auMedicare';
import { calendarDate } from './calendarDate';
import { canadaSin } from './canadaSin';
import { dea } from './dea';
import { iban } from './iban';
import { imei } from './imei';
import { ipv4 } from './ipv4';
import { ipv6 } from './ipv6';
import { itin } from './itin';
import { luhn } from './luhn';
import { mac } from './mac';
import { mbi } from './mbi';
import { nanpPhone } from './nanpPhone';
import { nhsNumber } from './nhsNumber';
import { npi } from './npi';
import { ohip } from './ohip';
import { nationalFormat } from './nationalFormat';
import { nationalPhone } from './nationalPhone';
import { phoneNumber } from './phoneNumber';
import { ssn } from './ssn';
import { vin } from './vin';

export const VALIDATORS = {
  ssn,
  luhn,
  npi,
  dea,
  mbi,
  vin,
  abaRouting,
  nhsNumber,
  canadaSin,
  auMedicare,
  ohip,
  auIhi,
  ipv4,
  ipv6,
  calendarDate,
  nanpPhone,
  phoneNumber,
  nationalPhone,
  nationalFormat,
  iban,
  mac,
  imei,
  itin,
} satisfies Record<string, (candidate: string) => boolean>;

export type ValidatorName = keyof typeof VALIDATORS;

export { isRealDate } from './calendarDate';
