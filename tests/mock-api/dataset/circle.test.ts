import { beforeAll, describe, expect, it } from 'vitest';
import { circleMemberIndexes, circleRowsByPerson, membersWithCircleRows } from '../../../mock-api/dataset/circle';
import { generateDataset } from '../../../mock-api/dataset/generate';
import type { Dataset } from '../../../mock-api/dataset/model';
import { AS_OF } from '../../factories/dataset-fixtures';

// The circles (党员身边) computed three ways — per row, per person, per window — are the same circles.

let d: Dataset;
beforeAll(() => {
  d = generateDataset({ seed: 'circles', asOf: AS_OF, violations: 3000 });
});

/** Person index → rows, from the per-row definition. */
function rowsByPersonFromRows(dataset: Dataset): Map<number, number[]> {
  const byPerson = new Map<number, number[]>();
  for (let row = 0; row < dataset.violations.count; row++) {
    for (const person of circleMemberIndexes(dataset, row)) byPerson.set(person, [...(byPerson.get(person) ?? []), row]);
  }
  return byPerson;
}

describe('circles', () => {
  it('circleRowsByPerson holds, for every person, exactly the rows whose circle names them, ascending', () => {
    const expected = rowsByPersonFromRows(d);
    const { offsets, rows } = circleRowsByPerson(d);
    expect(offsets).toHaveLength(d.people.length + 1);
    let members = 0;
    d.people.forEach((person, p) => {
      const got = Array.from(rows.subarray(offsets[p], offsets[p + 1]));
      expect(got, person.id).toEqual(expected.get(p) ?? []);
      if (got.length > 0) members++;
      if (person.kind === 'staff') expect(got, person.id).toEqual([]);
    });
    expect(members).toBeGreaterThan(100);
    expect(rows.length).toBe([...expected.values()].reduce((a, list) => a + list.length, 0));
  });

  it('membersWithCircleRows marks exactly the members with a row of the range in their circle', () => {
    const expected = rowsByPersonFromRows(d);
    const [start, end] = [1000, 1100];
    const marks = membersWithCircleRows(d, start, end);
    let marked = 0;
    d.people.forEach((person, p) => {
      const has = (expected.get(p) ?? []).some((row) => row >= start && row < end);
      expect(marks[p] === 1, person.id).toBe(has);
      if (has) marked++;
    });
    // Some members have a violation around them in these hundred rows, and some have none.
    expect(marked).toBeGreaterThan(10);
    expect(marked).toBeLessThan(d.people.filter((p) => p.kind === 'member').length);
  });
});
