// Gregorian calendar rules: 2000 was a leap year (divisible by 400), 1900 was not (divisible by 100).
import { calendarDate, isRealDate } from '../../../src/detector/validators/calendarDate';

describe('isRealDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2023, 2, 29, false],
    [2024, 2, 30, false],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
    [2024, 1.5, 1, false],
  ])('%i-%i-%i is %s', (year, month, day, expected) => {
    expect(isRealDate(year, month, day)).toBe(expected);
  });
});

describe('calendarDate', () => {
  it.each([
    ['3/14/2024', 'm/d/yyyy'],
    ['03/14/2024', 'zero-padded'],
    ['3-14-24', 'm-d-yy'],
    ['2024-03-14', 'ISO 8601'],
    ['14/03/2024', 'day first, as written in the UK and Australia'],
    ['2/29/2024', '29 February of a leap year'],
    ['2/29/00', '29 February 2000 (a leap century)'],
    ['12.31.1999', 'dots'],
  ])('accepts %s (%s)', (candidate) => {
    expect(calendarDate(candidate)).toBe(true);
  });

  it.each([
    ['2/30/2024', '30 February'],
    ['2/29/2023', '29 February in a common year'],
    ['13/13/2024', 'no month 13 either way'],
    ['2024-13-01', 'ISO month 13'],
    ['2024-02-30', 'ISO 30 February'],
    ['4/31/2024', '31 April, and no month 31'],
    ['0/12/2024', 'month 0'],
    ['3/14-2024', 'mixed separators'],
    ['3/14/1850', 'year outside 1900-2099'],
    ['3/14/202', 'three-digit year'],
    ['3/14', 'no year'],
    ['', 'empty'],
  ])('rejects %s (%s)', (candidate) => {
    expect(calendarDate(candidate)).toBe(false);
  });
});
