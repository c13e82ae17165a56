// Violation description templates (Chinese), grouped by category in violationCategories order.

export const descriptionsByCategory: readonly (readonly string[])[] = [
  [
    '作业人员未正确佩戴安全帽',
    '登高作业未系安全带或安全带低挂高用',
    '未经验电即装设接地线',
    '倒闸操作未执行监护复诵制度',
    '作业人员擅自扩大工作范围',
    '未按规定使用绝缘手套、绝缘靴',
    '工作负责人中途离开现场未指定代理人',
    '在带电设备附近使用金属梯子',
    '作业人员未穿全棉长袖工作服',
    '无票作业或先作业后补票',
    '跨越安全围栏进入带电区域',
    '单人进入配电房巡视未履行登记手续',
    '使用手机分散注意力，未专注监护',
    '攀登杆塔前未检查杆根及拉线',
  ],
  [
    '安全围栏设置不规范，未形成封闭通道',
    '接地线截面不满足要求或线夹松脱',
    '绝缘工器具超过试验周期仍在使用',
    '“在此工作”“止步，高压危险”标示牌缺失',
    '验电器自检不合格仍使用',
    '施工机械与带电线路安全距离不足',
    '临时用电未装设剩余电流保护器',
    '个人保安线未使用或使用不当',
    '吊装作业吊具有明显破损',
    '配电箱箱门未上锁，警示标志脱落',
  ],
  [
    '工作票安全措施填写不完整',
    '班前会未交代现场危险点及控制措施',
    '作业指导书未随工作票携带至现场',
    '外包队伍人员未经安全准入即进场作业',
    '操作票未按规定预演即执行',
    '现场勘察记录缺失或与实际不符',
    '工作许可手续不规范，许可时间早于停电时间',
    '安全交底签名代签',
    '到岗到位人员未按要求到场',
    '两票执行后未及时归档',
  ],
];

export const violationDescriptions: string[] = descriptionsByCategory.flat();

/** Offset of each category's first description in violationDescriptions. */
export const descriptionOffsets: number[] = descriptionsByCategory.map((_, i) =>
  descriptionsByCategory.slice(0, i).reduce((sum, list) => sum + list.length, 0),
);
