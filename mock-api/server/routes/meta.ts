import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { DatasetMeta } from '../../../src/api/schemas/session';
import { EnumsResponse } from '../../../src/api/schemas/enums';
import { NoQuery } from '../../../src/api/schemas/params';
import type { ServerContext } from '../context';
import { etagFor } from '../context';
import { sendJson } from '../conditional';
import { responses } from '../openapi';

type Labels = Record<string, [zh: string, en: string]>;

const enumLabels: Record<string, Labels> = {
  unitKind: { bureau: ['供电局', 'Bureau'], district_bureau: ['区局', 'District bureau'] },
  accountRole: { bureau_manager: ['局管理人员', 'Bureau manager'], district_manager: ['区局管理人员', 'District manager'], branch_secretary: ['支部书记', 'Branch secretary'] },
  memberRole: { secretary: ['支部书记', 'Secretary'], branch_committee: ['支委委员', 'Branch committee member'], member: ['党员', 'Party member'] },
  teamKind: { grid: ['网格团队', 'Grid team'], operations: ['班组', 'Operations team'] },
  violationCategory: { behaviour: ['行为违章', 'Behaviour'], equipment: ['装置违章', 'Equipment'], management: ['管理违章', 'Management'] },
  severity: { general: ['一般', 'General'], serious: ['较严重', 'Serious'], severe: ['严重', 'Severe'] },
  workType: {
    patrol: ['巡视', 'Patrol'],
    switching: ['倒闸操作', 'Switching'],
    maintenance: ['检修', 'Maintenance'],
    emergency_repair: ['抢修', 'Emergency repair'],
    live_work: ['带电作业', 'Live work'],
    construction: ['施工', 'Construction'],
  },
  issueSource: { violation: ['违章', 'Violation'], public_safety_hazard: ['涉电公共安全隐患', 'Public electrical-safety hazard'], asset_recovery: ['电网资产回收', 'Grid-asset recovery'] },
  issueStatus: {
    found: ['发现', 'Found'],
    assigned: ['已派单', 'Assigned'],
    rectifying: ['整改中', 'Rectifying'],
    awaiting_verification: ['待验收', 'Awaiting verification'],
    closed: ['已闭环', 'Closed'],
  },
  issueAction: {
    assign: ['派单', 'Assign'],
    start: ['开始整改', 'Start rectifying'],
    submit: ['提交验收', 'Submit for verification'],
    verify: ['验收闭环', 'Verify and close'],
    reject: ['验收不通过', 'Reject'],
    reopen: ['重新打开', 'Reopen'],
  },
  voltageKv: { '110': ['110千伏', '110 kV'], '220': ['220千伏', '220 kV'] },
  datasetScale: { default: ['广州（默认）', 'Guangzhou (default)'], province: ['全省', 'Province'] },
  indicatorLevel: { unit: ['单位', 'Unit'], branch: ['党支部', 'Party branch'], member: ['党员', 'Party member'] },
};

const enums = Object.fromEntries(
  Object.entries(enumLabels).map(([name, labels]) => [
    name,
    Object.entries(labels).map(([code, [zh, en]]) => ({ code: name === 'voltageKv' ? Number(code) : code, zh, en })),
  ]),
);

export function metaRoutes(ctx: ServerContext): FastifyPluginCallbackZod {
  return (app, _options, done) => {
    app.get('/meta', {
      config: { public: true },
      schema: { tags: ['meta'], summary: 'Dataset metadata: as-of time, seed, scale, counts', querystring: NoQuery, response: responses({ 200: DatasetMeta }, [400]) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => ctx.dataset.meta),
    });
    app.get('/meta/enums', {
      config: { public: true },
      schema: { tags: ['meta'], summary: 'Every enumeration code with its zh-CN and en labels', querystring: NoQuery, response: responses({ 200: EnumsResponse }, [400]) },
      handler: (request, reply) => sendJson(ctx.bodies, request, reply, etagFor(ctx, request, false), () => enums),
    });
    done();
  };
}
