import type { IssueStatus, Severity, ViolationCategory } from '../../api/schemas/enums';
import type { Language } from '../../lib/view-options';

/*
 * The filters' UI strings, zh-CN first. Kept in the feature (no i18next namespace to register): the
 * components read the table of the store's language through useFiltersStrings(). The values are
 * plain strings with i18next-style {{placeholders}}, so the tables can move into
 * src/i18n/resources.ts under `filters` unchanged if we ever want one table.
 */

export const filtersZhCN = {
  timeline: {
    label: '时间轴',
    from: '时间窗口起',
    to: '时间窗口止',
    window: '{{from}} 至 {{to}}',
    windowLabel: '当前时间窗口',
    play: '按月回放',
    pause: '暂停回放',
    playShort: '回放',
    pauseShort: '暂停',
    allTime: '全部时间',
    allTimeLabel: '显示全部三年',
    histogram: '每月违章数量，最多的月份 {{max}} 起',
    noData: '暂无数据',
  },
  panel: {
    title: '违章筛选',
    category: '违章类别',
    severity: '严重程度',
    status: '闭环状态',
    workType: '作业类型',
    overdueOnly: '仅看超期',
    reset: '重置筛选',
    expand: '展开违章筛选',
    collapse: '收起违章筛选',
    active: '{{count}} 项已筛选',
    none: '未筛选',
  },
  category: { behaviour: '行为', equipment: '装置', management: '管理' } satisfies Record<ViolationCategory, string>,
  severity: { general: '一般', serious: '较严重', severe: '严重' } satisfies Record<Severity, string>,
  status: {
    found: '发现',
    assigned: '已派单',
    rectifying: '整改中',
    awaiting_verification: '待验证',
    closed: '已闭环',
  } satisfies Record<IssueStatus, string>,
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type FiltersMessages = Messages<typeof filtersZhCN>;

export const filtersEn: FiltersMessages = {
  timeline: {
    label: 'Timeline',
    from: 'Time window start',
    to: 'Time window end',
    window: '{{from}} to {{to}}',
    windowLabel: 'Current time window',
    play: 'Play back by month',
    pause: 'Pause playback',
    playShort: 'Play',
    pauseShort: 'Pause',
    allTime: 'All time',
    allTimeLabel: 'Show all three years',
    histogram: 'Violations per month, at most {{max}} in a month',
    noData: 'No data yet',
  },
  panel: {
    title: 'Filters',
    category: 'Category',
    severity: 'Severity',
    status: 'Closure status',
    workType: 'Work type',
    overdueOnly: 'Overdue only',
    reset: 'Reset filters',
    expand: 'Show the violation filters',
    collapse: 'Hide the violation filters',
    active: '{{count}} filtered',
    none: 'no filter',
  },
  category: { behaviour: 'Behaviour', equipment: 'Equipment', management: 'Management' },
  severity: { general: 'General', serious: 'Serious', severe: 'Severe' },
  status: {
    found: 'Found',
    assigned: 'Assigned',
    rectifying: 'Rectifying',
    awaiting_verification: 'Awaiting verification',
    closed: 'Closed',
  },
};

export const filtersStrings: Record<Language, FiltersMessages> = { 'zh-CN': filtersZhCN, en: filtersEn };

/** `fill('{{a}} to {{b}}', { a: 1, b: 2 })` → '1 to 2' (text only: the result is rendered as text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
