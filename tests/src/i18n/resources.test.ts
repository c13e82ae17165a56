import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/i18n/zh-cn';
import { en } from '../../../src/i18n/en';
import { branchZhCN } from '../../../src/i18n/branch-zh-cn';
import { branchEn } from '../../../src/i18n/branch-en';
import { issuesEn } from '../../../src/i18n/issues-en';
import { wallEn } from '../../../src/i18n/wall-en';
import { createI18n, switchLanguage } from '../../../src/i18n/i18n';

function leaves(obj: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('i18n resources', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('has every key in both languages, none empty', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, value] of [...zh, ...english]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) expect(vars(english.get(key) ?? ''), key).toEqual(vars(value));
  });

  it('speaks Chinese in zh-CN and English in en', () => {
    expect(zhCN.map.label).toBe('地图');
    expect(en.map.label).toBe('Map');
    for (const [key, value] of english) {
      if (key === 'header.switchLanguageShort' || key === 'header.switchLanguage') continue; // names the other language
      expect(value, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('translates through i18next: Chinese at once, English once its table has been loaded', async () => {
    const i18n = createI18n();
    expect(i18n.t('app.name')).toBe('党建智图');
    expect(i18n.hasResourceBundle('en', 'translation'), 'English is not in the first screen').toBe(false);
    await switchLanguage(i18n, 'en');
    expect(i18n.t('header.freshness.live', { age: '2 minutes ago' })).toBe('Live · updated 2 minutes ago');
    await switchLanguage(i18n, 'zh-CN');
    expect(i18n.t('app.name')).toBe('党建智图');
  });

  it('says one violation, two violations in English, and the same words for any number in Chinese', async () => {
    const i18n = createI18n();
    expect([1, 2].map((count) => i18n.t('tooltip.violations', { count }))).toEqual(['违章 1 起', '违章 2 起']);
    await switchLanguage(i18n, 'en');
    expect([1, 2].map((count) => i18n.t('tooltip.violations', { count }))).toEqual(['1 violation', '2 violations']);
    expect([1, 3].map((count) => i18n.t('tooltip.members', { count }))).toEqual(['1 member', '3 members']);
    // A team's two counts, each agreeing with its own noun.
    const team = (gridders: number, staff: number) =>
      i18n.t('place.teamCounts', { gridders: i18n.t('place.gridders', { count: gridders }), staff: i18n.t('place.staff', { count: staff }) });
    expect([team(1, 1), team(4, 2)]).toEqual(['1 gridder, 1 staff member', '4 gridders, 2 staff']);
  });

  // "Show 1 more", and "the newest 5000 shown" (a capped list): no noun to agree.
  const READ_THE_SAME = new Set(['table.more', 'countCapped']);

  it('gives every English phrase that counts something a singular and a plural, as i18next asks (key_one, key_other)', () => {
    for (const table of [en, branchEn, issuesEn, wallEn]) {
      const words = leaves(table);
      // "{{count}} days left" must have its "1 day left"; "Party branches ({{count}})" needs none.
      const counted = [...words].filter(([key, value]) => /\{\{count\}\} [a-z]/.test(value) && !/_(one|other)$/.test(key) && !READ_THE_SAME.has(key));
      expect(counted.map(([key]) => key)).toEqual([]);
      for (const [key] of words) if (key.endsWith('_one')) expect(words.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });
});

describe('the branch workspace\'s words (namespace branch)', () => {
  it('counts a team\'s gridders and staff each in its own number', async () => {
    const i18n = createI18n();
    i18n.addResourceBundle('zh-CN', 'branch', branchZhCN);
    i18n.addResourceBundle('en', 'branch', branchEn);
    const caption = (gridders: number, staff: number) =>
      i18n.t('branch:zones.rosterCaption', {
        team: 'T',
        gridders: i18n.t('branch:zones.gridderCount', { count: gridders }),
        staff: i18n.t('branch:zones.staffCount', { count: staff }),
      });
    expect(caption(4, 1)).toBe('T：4 名网格员、1 名群众');
    await switchLanguage(i18n, 'en');
    expect([caption(1, 1), caption(4, 3)]).toEqual(['T: 1 gridder, 1 staff member', 'T: 4 gridders, 3 staff']);
  });

  it('has every key in both languages with the same variables, and no Chinese in English', () => {
    const zh = leaves(branchZhCN);
    const english = leaves(branchEn);
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, value] of zh) {
      expect(value.trim(), key).not.toBe('');
      expect(vars(english.get(key) ?? ''), key).toEqual(vars(value));
      expect(english.get(key), key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
