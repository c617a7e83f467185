import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, addMonthsToDay } from '../activities/offline/agents/policy/calendar';

describe('calendar arithmetic on day and month strings', () => {
  test('months are added across years', () => {
    assert.equal(addMonths('2026-11', 3), '2027-02');
    assert.equal(addMonths('2027-01', -2), '2026-11');
  });

  test("a day plus months keeps its day, or takes the month's last", () => {
    assert.equal(addMonthsToDay('2026-09-15', 6), '2027-03-15');
    assert.equal(addMonthsToDay('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonthsToDay('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonthsToDay('2026-12-31', 4), '2027-04-30');
  });
});
