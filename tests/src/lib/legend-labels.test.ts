import { describe, expect, it } from 'vitest';
import { thresholdEdgeLabels, thresholdLabels } from '../../../src/lib/legend-labels';

const bins = (edges: number[]) => edges.slice(1).map((to, i) => ({ from: edges[i] ?? 0, to, color: [0, 0, 0, 255] as const }));

describe('thresholdLabels', () => {
  it('open ends for fixed anchors: "< 60" … "≥ 90"', () => {
    expect(thresholdLabels({ unit: '%', bins: bins([0, 60, 70, 100]) }, 'en')).toEqual(['< 60%', '60% – 70%', '≥ 70%']);
  });

  it('data ends for classes from the data: whole counts read as inclusive ranges', () => {
    expect(thresholdLabels({ unit: 'count', ends: 'data', bins: bins([0, 1, 11, 21, 57]) }, 'en')).toEqual(['0', '1 – 10', '11 – 20', '21 – 57']);
  });

  it('shows a break with the decimals it has, never rounded into a neighbour', () => {
    expect(thresholdLabels({ unit: 'per100', ends: 'data', bins: bins([118.37, 200, 412.5, 2304.2]) }, 'zh-CN')).toEqual([
      '118.4 – 200',
      '200 – 412.5',
      '412.5 – 2,304.2',
    ]);
    expect(thresholdLabels({ unit: '%', ends: 'data', bins: bins([1.2, 2.5, 7]) }, 'en')).toEqual(['1.2% – 2.5%', '2.5% – 7%']);
  });

  it('a single class reads as its range, or its one value', () => {
    expect(thresholdLabels({ unit: 'count', ends: 'data', bins: bins([4, 4]) }, 'en')).toEqual(['4']);
    expect(thresholdLabels({ unit: 'per100', ends: 'data', bins: bins([12.5, 40]) }, 'en')).toEqual(['12.5 – 40']);
  });
});

describe('thresholdEdgeLabels (the numbers at the steps of a colour bar)', () => {
  it('the breaks, and the data’s own ends where the classes come from the data, alike in decimals', () => {
    expect(thresholdEdgeLabels({ unit: 'per100', ends: 'data', bins: bins([2.46, 8.5, 14, 21.4, 35, 55.83]) }, 'zh-CN')).toEqual(['2.5', '8.5', '14', '21.4', '35', '55.8']);
  });

  it('no number at an open end (fixed anchors: "< 60" has no low end)', () => {
    expect(thresholdEdgeLabels({ unit: '%', bins: bins([0, 60, 70, 100]) }, 'en')).toEqual([null, '60%', '70%', null]);
  });

  it('one more edge than classes, none without classes', () => {
    expect(thresholdEdgeLabels({ unit: 'count', ends: 'data', bins: bins([4, 9]) }, 'en')).toEqual(['4', '9']);
    expect(thresholdEdgeLabels({ unit: 'count', ends: 'data', bins: [] }, 'en')).toEqual([]);
  });
});
