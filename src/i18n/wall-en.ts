import type { WallMessages } from './wall-zh-cn';

// The wall screen's words in English (same shape as wall-zh-cn.ts).
export const wallEn: WallMessages = {
  title: 'Party-Building Smart Map · Wall',
  bureau: 'Guangzhou Power Supply Bureau',
  place: 'Unit',
  kpis: '{{name}} · key figures · {{from}} to {{to}}',
  ranking: 'District bureaus, ranked · {{indicator}}',
  rankingBranches: 'Party branches, ranked · {{indicator}}',
  rankingZones: 'Grid zones, ranked · {{indicator}}',
  rankingCurrent: 'now',
  rankingEmpty: 'No units below with data',
  trend: { title: 'Violations by month, this year', last: 'Month {{month}}: {{value}}', lastPartial: 'Month {{month}} to date ({{days}} d): {{value}}' },
  ticker: { title: 'Latest severe violations', label: 'Latest severe violations and newly overdue issues', new: 'New', overdue: 'Overdue', daysOverdue_one: '{{count}} day late', daysOverdue_other: '{{count}} days late' },
  loading: 'Reading the data…',
  noData: 'No data',
  dataFor: '(data of {{name}})',
  tour: {
    label: 'Tour',
    step: 'Stop {{n}} of {{total}}',
    next: 'Next: {{name}}',
    paused: 'Tour paused · resumes after {{seconds}} s without input',
    off: 'Tour off',
  },
  freshness: {
    label: 'Data status',
    asOf: 'Data as of {{time}}',
    refreshed: 'refreshed {{age}} · every {{seconds}} s',
    justNow: 'just refreshed · every {{seconds}} s',
    loading: 'Connecting to the data service…',
    stale: 'The data could not be refreshed: showing data from {{age}}, retrying by itself',
  },
  notice: {
    option: 'Option {{param}}={{value}} is not valid: using the default, {{fallback}}',
    offTour: 'The link\'s at={{value}} is not a stop of this wall\'s tour: showing {{stop}}',
    signIn: 'Could not sign in as {{account}}: check the account parameter of the link',
    noAccount: 'The link has no account parameter: add ?account=<id> to it',
  },
};
