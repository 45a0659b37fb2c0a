import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSeries, type SeriesMember } from '../../../../renderer/src/domain/compare/series';

const sorted = (groups: string[][]) =>
  groups.map((group) => [...group].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('groupSeries (which assessments are cycles of one site)', () => {
  it('groups by site name, trimmed and ignoring case', () => {
    const groups = groupSeries([
      { id: 'a', siteName: 'West Plant' },
      { id: 'b', siteName: ' west plant' },
      { id: 'c', siteName: 'North Dam' },
    ]);
    expect(sorted(groups)).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps a renamed site in its series through the cycle link, transitively', () => {
    // a → b (renamed "West Plant Unit 2"), c is another assessment of the new name, d a cycle of b.
    const groups = groupSeries([
      { id: 'a', siteName: 'West Plant' },
      { id: 'b', siteName: 'West Plant Unit 2', seriesId: 'a' },
      { id: 'c', siteName: 'west plant unit 2' },
      { id: 'd', siteName: 'Plant W', seriesId: 'a' },
      { id: 'e', siteName: 'North Dam' },
    ]);
    expect(sorted(groups)).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('an assessment without a site name joins only through its links', () => {
    expect(
      sorted(
        groupSeries([
          { id: 'a', siteName: '' },
          { id: 'b', siteName: '  ' },
        ]),
      ),
    ).toEqual([['a'], ['b']]);
    expect(
      sorted(
        groupSeries([
          { id: 'a', siteName: '' },
          { id: 'b', siteName: '', seriesId: 'a' },
        ]),
      ),
    ).toEqual([['a', 'b']]);
  });

  it('a link to an assessment this device does not hold groups the cycles that share it', () => {
    // The first cycle was never imported here; its two later cycles still form one series.
    const groups = groupSeries([
      { id: 'b', siteName: 'Site 1', seriesId: 'gone' },
      { id: 'c', siteName: 'Site 2', seriesId: 'gone' },
    ]);
    expect(sorted(groups)).toEqual([['b', 'c']]);
  });

  it('is a partition that does not depend on the order of the members', () => {
    const member = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      siteName: fc.constantFrom('', 'X', 'x ', 'Y', 'Z'),
      seriesId: fc.option(fc.constantFrom('a', 'b', 'c', 'q'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.id }), (members: SeriesMember[]) => {
        const groups = groupSeries(members);
        // Every member exactly once.
        expect(groups.flat().sort()).toEqual(members.map((m) => m.id).sort());
        // Same site name ⇒ same group; a link to a member ⇒ same group as it.
        const groupOf = new Map(groups.flatMap((group, index) => group.map((id) => [id, index])));
        for (const a of members)
          for (const b of members) {
            const site = (m: SeriesMember) => m.siteName.trim().toLowerCase();
            if (site(a) && site(a) === site(b)) expect(groupOf.get(a.id)).toBe(groupOf.get(b.id));
            if (a.seriesId === b.id) expect(groupOf.get(a.id)).toBe(groupOf.get(b.id));
          }
        expect(sorted(groupSeries([...members].reverse()))).toEqual(sorted(groups));
      }),
    );
  });
});
