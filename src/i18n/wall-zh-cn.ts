// The wall screen's words: an i18next namespace of their own ('wall'), loaded with the wall's code,
// so that the first screen's table does not grow. The English table must have the same shape.

export const wallZhCN = {
  title: '党建智图 · 大屏',
  bureau: '广州供电局',
  place: '当前单位',
  kpis: '{{name}} · 关键指标 · {{from}} 至 {{to}}',
  ranking: '各区局排名 · {{indicator}}',
  rankingBranches: '各党支部排名 · {{indicator}}',
  rankingZones: '{{unit}}网格排名 · {{indicator}}',
  rankingCurrent: '当前',
  rankingEmpty: '暂无下级单位数据',
  trend: { title: '本年违章月度趋势', last: '{{month}} 月：{{value}} 起', lastPartial: '{{month}} 月至今（{{days}} 天）：{{value}} 起' },
  ticker: { title: '最新严重违章', label: '最新严重违章与新超期问题', new: '新', overdue: '超期', daysOverdue_one: '已逾期 {{count}} 天', daysOverdue_other: '已逾期 {{count}} 天' },
  loading: '正在读取数据…',
  noData: '暂无数据',
  dataFor: '（{{name}}的数据）',
  tour: {
    label: '自动巡览',
    step: '第 {{n}}/{{total}} 站',
    next: '下一站：{{name}}',
    paused: '巡览已暂停 · 无操作 {{seconds}} 秒后继续',
    off: '巡览已关闭',
  },
  freshness: {
    label: '数据状态',
    asOf: '数据截至 {{time}}',
    refreshed: '{{age}}刷新 · 每 {{seconds}} 秒自动刷新',
    justNow: '刚刚刷新 · 每 {{seconds}} 秒自动刷新',
    loading: '正在连接数据服务…',
    stale: '数据未能按时刷新：显示的是 {{age}}的数据，正在自动重试',
  },
  notice: {
    option: '参数 {{param}}={{value}} 无效，已使用默认值 {{fallback}}',
    offTour: '链接中的 at={{value}} 不在本大屏的巡览站点中，已显示{{stop}}',
    signIn: '无法以账号 {{account}} 登录：请检查链接中的 account 参数',
    noAccount: '链接中没有 account 参数：请在链接中加上 ?account=<账号>',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type WallMessages = Messages<typeof wallZhCN>;
