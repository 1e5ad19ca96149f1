// Payment-card test numbers published by card networks and processors (Visa/Stripe/PayPal test cards).
import { luhn, luhnValid } from '../../../src/detector/validators/luhn';

describe('luhn', () => {
  it.each([
    ['4111111111111111', 'Visa test card'],
    ['4111 1111 1111 1111', 'Visa test card, spaced'],
    ['4111-1111-1111-1111', 'Visa test card, dashed'],
    ['5555555555554444', 'Mastercard test card'],
    ['378282246310005', 'American Express test card (15 digits)'],
    ['6011111111111117', 'Discover test card'],
  ])('accepts %s (%s)', (candidate) => {
    expect(luhn(candidate)).toBe(true);
  });

  it.each([
    ['4111111111111112', 'last digit changed'],
    ['4111111111111121', 'two adjacent digits swapped'],
    ['0000000000000000', 'all zeros pass the arithmetic but are filler'],
    ['41111111111', 'too short for a card (11 digits)'],
    ['41111111111111111111', 'too long for a card (20 digits)'],
    ['4111x11111111111', 'letter inside'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(luhn(candidate)).toBe(false);
  });

  it('exposes the bare checksum for other validators', () => {
    expect(luhnValid('79927398713')).toBe(true); // the classic worked example of the algorithm
    expect(luhnValid('79927398710')).toBe(false);
  });
});
