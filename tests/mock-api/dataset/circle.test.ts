import { beforeAll, describe, expect, it } from 'vitest';
import { circleMemberIndexes, circleRowsByPerson } from '../../../mock-api/dataset/circle';
import { generateDataset } from '../../../mock-api/dataset/generate';
import type { Dataset } from '../../../mock-api/dataset/model';
import { AS_OF } from '../../factories/dataset-fixtures';

// The circles (党员身边) computed per row and per person are the same circles.

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

  it('are small: a member answers for their own conduct and a few linked people, so most months pass without a violation around them', () => {
    const { offsets } = circleRowsByPerson(d);
    const members = d.people.flatMap((p, i) => (p.kind === 'member' ? [i] : []));
    const sizes = members.map((p) => offsets[p + 1]! - offsets[p]!);
    // 3,000 rows over 37 months: a member's circle holds a handful of them, never a team's or a zone's share.
    expect(sizes.reduce((a, b) => a + b, 0) / members.length).toBeLessThan(2);
    expect(Math.max(...sizes)).toBeLessThan(20);
  });
});
