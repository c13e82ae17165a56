import { REPEAT_WINDOW_DAYS, type IndicatorKey, type IndicatorText } from './indicator-catalogue';

/*
 * The catalogue's definitions (INDICATOR_TEXT) in Chinese, for the Chinese UI: the API serves the
 * English text beside every value, the workspace shows these in its place. One entry per indicator
 * (the type asks for every key), in a file of its own so that only the workspace loads it.
 */

export type IndicatorTextZh = Pick<IndicatorText, 'formula' | 'period' | 'numerator' | 'denominator'>;

const VIOLATIONS_IN_WINDOW = '统计时段内发生的违章（违章发生时间 violations.occurredAt）';
const ISSUES_IN_WINDOW = '统计时段内新建的问题（issues.createdAt），按其当前状态';
const AS_OF_NOW = '按当前状态统计（不受统计时段影响）';
const MARKETING_MONTHS = '统计时段所涉及的自然月（marketing.month）';
const SUBJECT_VIOLATIONS = '对象所辖网格内的违章（党员：其身边的违章，即本人及与其联系的人员的违章）';
const REPEAT_RULE_ZH =
  `同一违章条款（violations.description）在此前 ${REPEAT_WINDOW_DAYS} 天（${REPEAT_WINDOW_DAYS * 24} 小时）内已由同一作业班组（violations.teamId）` +
  '或在同一台区（violations.transformerDistrictId）记录过，即为重复违章；此前的记录可早于统计时段';

export const INDICATOR_TEXT_ZH: { readonly [K in IndicatorKey]: IndicatorTextZh } = {
  violation_count: {
    formula: '统计时段内对象范围内的违章起数（党员：其身边，即本人及与其联系的人员的违章）',
    period: VIOLATIONS_IN_WINDOW,
    numerator: SUBJECT_VIOLATIONS,
    denominator: null,
  },
  violations_per_100_operations: {
    formula: '违章数 ÷ 对象所属作业班组在统计时段内的作业次数（每次作业对应一张工作票）× 100；部分覆盖的月份按天数折算其作业量',
    period: `${VIOLATIONS_IN_WINDOW}；统计时段内完成的作业（work.month）`,
    numerator: `${SUBJECT_VIOLATIONS}；作业班组只在本支部的网格内作业`,
    denominator: '对象所属作业班组在统计时段内的作业次数',
  },
  violations_per_100_workers_per_year: {
    formula: '违章数 ÷ 人年 × 100；人年 =（作业班组自有人员 + 登记的外包人员）× 统计时段长度（年，按 365.25 天；仅计数据三年之内的部分）',
    period: `${VIOLATIONS_IN_WINDOW}；同期的作业人员`,
    numerator: SUBJECT_VIOLATIONS,
    denominator: '对象所属作业班组在统计时段内的人年数',
  },
  violations_per_transformer_district_per_year: {
    formula: '违章数 ÷（对象网格内的台区数 × 统计时段长度（年，按 365.25 天；仅计数据三年之内的部分））',
    period: `${VIOLATIONS_IN_WINDOW}；台区按当前在册`,
    numerator: SUBJECT_VIOLATIONS,
    denominator: '台区·年：对象网格内的台区数 × 统计时段的年数',
  },
  severe_share: {
    formula: '严重违章数 ÷ 违章总数 × 100',
    period: VIOLATIONS_IN_WINDOW,
    numerator: '其中严重程度为"严重"的违章',
    denominator: SUBJECT_VIOLATIONS,
  },
  repeat_violation_share: {
    formula: `重复违章数 ÷ 违章总数 × 100；${REPEAT_RULE_ZH}`,
    period: `${VIOLATIONS_IN_WINDOW}；每起违章之前的 ${REPEAT_WINDOW_DAYS} 天可早于统计时段`,
    numerator: '其中的重复违章',
    denominator: SUBJECT_VIOLATIONS,
  },
  members_without_violation_rate: {
    formula:
      '身边无违章的党员月数 ÷ 党员月数 × 100，按统计时段所涉及的自然月逐月计（党员身边无违章）；党员身边：党员本人的违章，及联系链上与其联系的人员的违章' +
      '（党员：其联系的群众；支部委员：其联系的党员）；外包人员不在任何党员身边',
    period: `统计时段所涉及的自然月；${VIOLATIONS_IN_WINDOW}；党员按当前在册`,
    numerator: '对象的党员身边没有违章的党员月数',
    denominator: '对象的党员（区局：其下全部党员；党支部：本支部党员；网格：其网格团队的 4 名网格员）× 统计时段所涉及的自然月数',
  },
  months_without_violation: {
    formula: '统计时段内党员身边没有违章的月数（党员身边无违章）',
    period: '统计时段所涉及的自然月；统计时段内发生的违章',
    numerator: '党员身边没有违章的月数',
    denominator: '统计时段所涉及的自然月数',
  },
  open_issues: {
    formula: '统计时段内新建、目前尚未闭环（待处理、已派单、整改中、待验收）的问题数',
    period: ISSUES_IN_WINDOW,
    numerator: '未闭环问题：由对象的违章产生的问题，及其网格内的其他来源问题（党员：其身边违章产生的问题）',
    denominator: null,
  },
  overdue_open_issues: {
    formula: '统计时段内新建、目前未闭环且已超过整改期限的问题数',
    period: ISSUES_IN_WINDOW,
    numerator: '整改期限（当日 24 时，北京时间）已过的未闭环问题',
    denominator: null,
  },
  issue_closure_rate: {
    formula: '已闭环问题数 ÷ 统计时段内新建问题数 × 100',
    period: ISSUES_IN_WINDOW,
    numerator: '其中目前已闭环的问题',
    denominator: '统计时段内新建的问题',
  },
  on_time_closure_rate: {
    formula: '按期闭环问题数 ÷ 已闭环问题数 × 100',
    period: ISSUES_IN_WINDOW,
    numerator: '闭环时间未超过整改期限的已闭环问题',
    denominator: '统计时段内新建的问题中目前已闭环的',
  },
  mean_days_to_close: {
    formula: 'Σ（闭环时间 − 创建时间，天）÷ 已闭环问题数',
    period: ISSUES_IN_WINDOW,
    numerator: '各已闭环问题的（闭环时间 − 创建时间）之和，单位天',
    denominator: '统计时段内新建的问题中目前已闭环的',
  },
  days_to_close_p90: {
    formula: '已闭环问题闭环天数（闭环时间 − 创建时间）的 90 分位数（最近秩法）：n 个天数中第 ⌈0.9n⌉ 小的',
    period: ISSUES_IN_WINDOW,
    numerator: '⌈0.9n⌉：在该天数内闭环的问题数',
    denominator: 'n：统计时段内新建的问题中目前已闭环的',
  },
  reopened_issue_share: {
    formula: '闭环后又被重新打开过的问题数 ÷ 统计时段内新建问题数 × 100',
    period: ISSUES_IN_WINDOW,
    numerator: '其中至少被重新打开过一次的问题（不论当前状态）',
    denominator: '统计时段内新建的问题',
  },
  four_plus_n_completeness: {
    formula: '配齐 4 名党员网格员且有 N ≥ 1 名群众的"4+N"网格团队数 ÷ 服务对象网格的网格团队数 × 100',
    period: AS_OF_NOW,
    numerator: '完整的网格团队：成员为 4 名担任网格员的党员，且至少 1 名群众员工',
    denominator: '服务对象网格的网格团队（每个网格一个）',
  },
  transformer_district_coverage: {
    formula: '有责任网格员（包干到户）的台区数 ÷ 对象网格内的台区数 × 100',
    period: AS_OF_NOW,
    numerator: '对象网格内已指定党员为责任网格员的台区',
    denominator: '对象网格内的台区',
  },
  win_orders: {
    formula: '统计时段各月网格团队赢单数之和',
    period: MARKETING_MONTHS,
    numerator: '服务对象网格的网格团队的赢单数之和',
    denominator: null,
  },
  win_order_completion: {
    formula: 'Σ 赢单数 ÷ Σ 赢单数目标 × 100',
    period: MARKETING_MONTHS,
    numerator: '服务对象网格的网格团队的赢单数之和',
    denominator: '同一团队、同一月份的赢单数目标之和',
  },
  win_amount_completion: {
    formula: 'Σ 赢单金额 ÷ Σ 赢单金额目标 × 100',
    period: MARKETING_MONTHS,
    numerator: '服务对象网格的网格团队的赢单金额之和',
    denominator: '同一团队、同一月份的赢单金额目标之和',
  },
};
