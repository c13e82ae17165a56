import type { Language } from '../../lib/view-options';
import { useLanguage } from '../../store/hooks';

/*
 * The workspace's UI strings, zh-CN first, kept in the feature (like the filters'): they load with
 * the route, not with the first screen. Plain strings with {{placeholders}} (fill() below).
 */

export const analysisZhCN = {
  title: '分析工作台',
  levelHeading: '{{kind}} · {{name}}',
  window: '统计时段：{{from}} 至 {{to}}',
  loading: '正在读取…',
  failed: '读取失败',
  forbidden: '超出您的权限范围',
  kpis: '关键指标',
  sparkline: '近36个月走势：最低 {{min}}，最高 {{max}}，最近一月 {{last}}',
  noSparkline: '无逐月数据',
  trend: {
    title: '违章趋势（近36个月，按类别）',
    label: '近36个月每月违章数，按违章类别堆叠：共 {{total}} 起，最多的月份 {{peak}}（{{peakValue}} 起）',
    month: '月份',
    total: '合计',
  },
  issues: {
    title: '问题新增与闭环（近36个月）',
    label: '近36个月每月新增问题与闭环问题：新增共 {{opened}} 个，闭环共 {{closed}} 个；最近一月新增 {{lastOpened}} 个、闭环 {{lastClosed}} 个',
    opened: '新增问题',
    closed: '闭环问题',
  },
  funnel: {
    title: '问题闭环漏斗',
    caption: '统计时段内新增的问题按当前所处阶段；“已达或越过”为到达该阶段及之后阶段的问题数',
    stage: '阶段',
    now: '当前在此阶段',
    reached: '已达或越过',
    overdue: '其中超期',
  },
  workTypes: {
    title: '按作业类型',
    caption: '统计时段内违章数与作业次数（网格与党员无作业统计）',
    workType: '作业类型',
    violations: '违章数',
    operations: '作业次数',
    rate: '百次作业违章率',
  },
  explain: {
    summary: '口径',
    formula: '计算公式',
    period: '统计口径',
    numerator: '分子',
    denominator: '分母',
  },
  matrix: {
    title: '违章类别 × 严重程度',
    caption: '统计时段内违章数，按类别与严重程度；颜色越深数量越多',
    category: '类别',
    total: '合计',
  },
  ranking: {
    title: '下级排名：{{level}}',
    none: '党员为钻取路径的最末一级，没有下级排名。',
    indicator: '排名指标',
    order: '排序',
    best: '由好到差',
    worst: '由差到好',
    rank: '名次',
    name: '名称',
    value: '指标值',
    valueWithUnit: '指标值（{{unit}}）',
    csvValue: '{{label}}（{{unit}}）',
    numerator: '分子',
    denominator: '分母',
    drill: '进入{{name}}',
    export: '导出 CSV',
    exportLabel: '将排名表导出为 CSV 文件（Excel 可直接打开）',
    empty: '没有可排名的下级',
  },
  chart: {
    showTable: '查看数据表',
    showChart: '查看图表',
  },
  levels: { bureau: '供电局', unit: '区局', branch: '党支部', zone: '网格', member: '党员' },
  childLevels: { unit: '各区局', branch: '各党支部', zone: '各网格', member: '网格员' },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type AnalysisMessages = Messages<typeof analysisZhCN>;

export const analysisEn: AnalysisMessages = {
  title: 'Analysis workspace',
  levelHeading: '{{kind}} · {{name}}',
  window: 'Period: {{from}} to {{to}}',
  loading: 'Loading…',
  failed: 'Could not load',
  forbidden: 'Outside your scope',
  kpis: 'Key indicators',
  sparkline: 'Last 36 months: lowest {{min}}, highest {{max}}, latest month {{last}}',
  noSparkline: 'no monthly series',
  trend: {
    title: 'Violations, last 36 months, by category',
    label: 'Violations per month over the last 36 months, stacked by category: {{total}} in all, most in {{peak}} ({{peakValue}})',
    month: 'Month',
    total: 'Total',
  },
  issues: {
    title: 'Issues opened and closed, last 36 months',
    label: 'Issues opened and closed per month over the last 36 months: {{opened}} opened and {{closed}} closed in all; in the latest month {{lastOpened}} opened, {{lastClosed}} closed',
    opened: 'Opened',
    closed: 'Closed',
  },
  funnel: {
    title: 'Issue closure funnel',
    caption: 'Issues created in the period by the stage they are at now; “reached” counts those at that stage or a later one',
    stage: 'Stage',
    now: 'At this stage now',
    reached: 'Reached',
    overdue: 'Of which overdue',
  },
  workTypes: {
    title: 'By work type',
    caption: 'Violations and work operations in the period (zones and members have no work tallied)',
    workType: 'Work type',
    violations: 'Violations',
    operations: 'Operations',
    rate: 'Per 100 operations',
  },
  explain: {
    summary: 'Definition',
    formula: 'Formula',
    period: 'Period',
    numerator: 'Numerator',
    denominator: 'Denominator',
  },
  matrix: {
    title: 'Category × severity',
    caption: 'Violations in the period by category and severity; darker means more',
    category: 'Category',
    total: 'Total',
  },
  ranking: {
    title: 'Ranking: {{level}}',
    none: 'A party member is the last step of the drill path: there is nothing below to rank.',
    indicator: 'Rank by',
    order: 'Order',
    best: 'Best first',
    worst: 'Worst first',
    rank: 'Rank',
    name: 'Name',
    value: 'Value',
    valueWithUnit: 'Value ({{unit}})',
    csvValue: '{{label}} ({{unit}})',
    numerator: 'Numerator',
    denominator: 'Denominator',
    drill: 'Open {{name}}',
    export: 'Export CSV',
    exportLabel: 'Export the ranking as a CSV file (opens in Excel)',
    empty: 'Nothing below to rank',
  },
  chart: {
    showTable: 'Show data table',
    showChart: 'Show chart',
  },
  levels: { bureau: 'Bureau', unit: 'District bureau', branch: 'Party branch', zone: 'Grid zone', member: 'Party member' },
  childLevels: { unit: 'district bureaus', branch: 'party branches', zone: 'grid zones', member: 'gridders' },
};

export const analysisStrings: Record<Language, AnalysisMessages> = { 'zh-CN': analysisZhCN, en: analysisEn };

export function useAnalysisStrings(): AnalysisMessages {
  return analysisStrings[useLanguage()];
}

/** `fill('{{a}} to {{b}}', { a: 1, b: 2 })` → '1 to 2' (text only: the result is rendered as text). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
