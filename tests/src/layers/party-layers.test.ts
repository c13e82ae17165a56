import { describe, expect, it } from 'vitest';
import { branchRadiusPixels, buildPartyBranchesLayer, partyBranchesLegend, BRANCH_RADIUS } from '../../../src/layers/party-branches';
import { buildPartyMembersLayer, MEMBER_ROLE_COLORS, PARTY_MEMBERS_MIN_ZOOM } from '../../../src/layers/party-members';
import { buildViolationLinksLayer } from '../../../src/layers/violation-links';
import { LINK_COLOR, SELECTION_COLOR } from '../../../src/layers/palette';
import { partyBranchesEntry } from '../../../src/layers/party-branches';
import { partyMembersEntry } from '../../../src/layers/party-members';
import { violationsEntry } from '../../../src/layers/violation-points';
import { makeBranch, makeMember } from '../../factories/layers-features';
import { evalAccessor, plain } from '../../factories/layers-accessors';

describe('buildPartyBranchesLayer', () => {
  const small = makeBranch({ id: 'B1', memberCount: 9 });
  const big = makeBranch({ id: 'B2', memberCount: 100, center: [113.5, 23.0] });

  it('sizes markers by √members, clamped, at the branch centre', () => {
    const layer = buildPartyBranchesLayer([small, big], { opacity: 0.6, selectedId: 'B2' });
    expect(layer.id).toBe(partyBranchesEntry.id);
    expect(layer.props.opacity).toBe(0.6);
    expect(evalAccessor(layer.props.getRadius, small)).toBeCloseTo(BRANCH_RADIUS.pixelsPerSqrtMember * 3);
    expect(evalAccessor(layer.props.getRadius, big)).toBeCloseTo(BRANCH_RADIUS.pixelsPerSqrtMember * 10);
    expect(branchRadiusPixels(0)).toBe(BRANCH_RADIUS.min);
    expect(branchRadiusPixels(10_000)).toBe(BRANCH_RADIUS.max);
    expect(plain(evalAccessor(layer.props.getPosition, big))).toEqual([113.5, 23.0]);
    expect(plain(evalAccessor(layer.props.getLineColor, big))).toEqual(plain(SELECTION_COLOR));
  });

  it('size legend uses the drawing function', () => {
    const legend = partyBranchesLegend([25]);
    expect(legend.items).toEqual([{ value: 25, radiusPixels: branchRadiusPixels(25) }]);
  });
});

describe('buildPartyMembersLayer', () => {
  const markers = [
    { member: makeMember({ id: 'M1', role: 'secretary' }), position: [113.3, 23.1] as [number, number] },
    { member: makeMember({ id: 'M2', role: 'member', isGridder: true }), position: [113.31, 23.11] as [number, number] },
  ];

  it('shows only the members passed in, and only at zone zoom', () => {
    const near = buildPartyMembersLayer(markers, { zoom: PARTY_MEMBERS_MIN_ZOOM });
    expect(near.id).toBe(partyMembersEntry.id);
    expect(near.props.data).toBe(markers);
    expect(near.props.visible).toBe(true);
    expect(buildPartyMembersLayer(markers, { zoom: PARTY_MEMBERS_MIN_ZOOM - 0.5 }).props.visible).toBe(false);
    expect(buildPartyMembersLayer(markers, { zoom: 16, visible: false }).props.visible).toBe(false);
  });

  it('colours by role and rings gridders', () => {
    const layer = buildPartyMembersLayer(markers, { zoom: 15, highlightedIds: new Set(['M1']) });
    expect(plain(evalAccessor(layer.props.getFillColor, markers[0]))).toEqual(plain(MEMBER_ROLE_COLORS.secretary));
    expect(plain(evalAccessor(layer.props.getFillColor, markers[1]))).toEqual(plain(MEMBER_ROLE_COLORS.member));
    expect(plain(evalAccessor(layer.props.getLineColor, markers[0]))).toEqual(plain(SELECTION_COLOR));
    expect(evalAccessor(layer.props.getLineWidth, markers[1])).toBe(2);
    expect(plain(evalAccessor(layer.props.getPosition, markers[1]))).toEqual([113.31, 23.11]);
  });
});

describe('buildViolationLinksLayer', () => {
  it('draws a line per link and hides itself when there is none', () => {
    const link = { from: [113.3, 23.1] as [number, number], to: [113.4, 23.2] as [number, number], memberId: 'M1' };
    const layer = buildViolationLinksLayer([link], { opacity: 0.9 });
    expect(layer.id).toBe(`${violationsEntry.id}-links`);
    expect(layer.props.opacity).toBe(0.9);
    expect(plain(evalAccessor(layer.props.getSourcePosition, link))).toEqual([113.3, 23.1]);
    expect(plain(evalAccessor(layer.props.getTargetPosition, link))).toEqual([113.4, 23.2]);
    expect(plain(evalAccessor(layer.props.getColor, link))).toEqual(plain(LINK_COLOR));
    expect(buildViolationLinksLayer([]).props.visible).toBe(false);
  });
});
