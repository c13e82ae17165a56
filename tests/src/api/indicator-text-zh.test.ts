import { describe, expect, it } from 'vitest';
import { INDICATOR_KEYS, INDICATOR_TEXT } from '../../../src/api/indicator-catalogue';
import { INDICATOR_TEXT_ZH } from '../../../src/api/indicator-text-zh';

const chinese = /[\u4e00-\u9fff]/;

describe('the catalogue’s definitions in Chinese', () => {
  it('every indicator has its formula, period and numerator in Chinese, and a denominator exactly where the English has one', () => {
    for (const key of INDICATOR_KEYS) {
      const zh = INDICATOR_TEXT_ZH[key];
      for (const field of ['formula', 'period', 'numerator'] as const) expect(zh[field], `${key}.${field}`).toMatch(chinese);
      expect(zh.denominator === null, key).toBe(INDICATOR_TEXT[key].denominator === null);
      if (zh.denominator !== null) expect(zh.denominator, key).toMatch(chinese);
    }
  });
});
