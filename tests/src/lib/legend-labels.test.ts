import { describe, expect, it } from 'vitest';
import { edgeLabelLayout, stepWidthCh, SWATCH_STEP_CH, thresholdEdgeLabels, thresholdLabels } from '../../../src/lib/legend-labels';

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

describe('edge labels of a colour bar, laid out so that none touches another', () => {
  it('a step as wide as two neighbours need: the ends flush with the bar, the others centred, a gap of 1ch', () => {
    // "35" centred (1ch each side) and "53.9" flush with the end (3.5ch): 1 + 3.5 + 1.
    expect(stepWidthCh(['2.5', '8.6', '13.7', '21', '35', '53.9'])).toBe(5.5);
    // One class: both ends flush, side by side.
    expect(stepWidthCh(['4', '9'])).toBe(3);
    // An open end (fixed anchors) takes no room: 60% and 70% centred, 1.75ch each side.
    expect(stepWidthCh([null, '60%', '70%', null])).toBe(4.5);
  });

  it('one row where the numbers fit under swatch-wide steps', () => {
    expect(edgeLabelLayout(['2.5', '8.6', '13.7', '21', '35', '53.9'])).toEqual({ rows: 1, stepCh: 5.5 });
    expect(edgeLabelLayout(['0', '3', '5', '6', '9', '28']).rows).toBe(1);
  });

  it('two rows where they would run into each other (8.71 beside 17.16), each clearing the one two steps on', () => {
    const edges = ['0.3', '2.43', '3.94', '5.78', '8.71', '17.16'];
    expect(stepWidthCh(edges)).toBeGreaterThan(SWATCH_STEP_CH);
    const layout = edgeLabelLayout(edges);
    expect(layout.rows).toBe(2);
    expect(layout.stepCh).toBe(stepWidthCh(edges, 2));
    expect(layout.stepCh).toBeLessThanOrEqual(SWATCH_STEP_CH);
    expect(edgeLabelLayout(['2.41%', '4.75%', '6%', '7.2%', '8.5%', '11.54%']).rows).toBe(2);
  });

  it('counts digits, separators, percent signs and Chinese at their widths', () => {
    expect(stepWidthCh(['1,294', '2,000'], 1, 0)).toBe(9);
    expect(stepWidthCh(['10%', '100%'], 1, 0)).toBe(8);
    expect(stepWidthCh(['1万', '2万'], 1, 0)).toBe(6);
  });
});
