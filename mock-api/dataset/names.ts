import type { Rng } from './prng';

// Plausible Chinese personal names: surnames weighted as in Guangdong, one or two given characters.

const surnames: [string, number][] = [
  ['陈', 110], ['黄', 70], ['李', 68], ['梁', 48], ['林', 46], ['张', 45], ['何', 34], ['罗', 30],
  ['吴', 30], ['郑', 28], ['刘', 38], ['谢', 24], ['冯', 20], ['钟', 20], ['邓', 20], ['蔡', 16],
  ['杨', 22], ['周', 18], ['麦', 12], ['卢', 14], ['曾', 16], ['王', 30], ['叶', 14], ['朱', 12],
  ['潘', 10], ['许', 10], ['郭', 10], ['彭', 9], ['赖', 8], ['谭', 10], ['苏', 8], ['温', 8],
  ['关', 7], ['区', 5], ['欧阳', 4], ['司徒', 2], ['徐', 8], ['孙', 8], ['马', 7], ['胡', 8],
  ['唐', 6], ['韩', 4], ['萧', 5], ['莫', 6], ['邹', 5], ['古', 4], ['袁', 5], ['甘', 3],
];
const surnameWeights = surnames.map((s) => s[1]);

const givenChars = [
  ...'伟强磊军勇杰涛明超斌辉华建平志刚文俊峰浩宇鹏飞亮健波永锋东晨嘉豪家乐子轩梓泽铭志坚国栋',
  ...'芳娜敏静丽燕艳玲婷慧颖琳雪晴欣怡佳倩洁丹萍红霞秀兰凤琼诗韵淑珍咏仪海燕晓君惠卿嘉敏',
];

export function personName(rng: Rng): string {
  const surname = surnames[rng.weighted(surnameWeights)]?.[0] ?? '陈';
  const given = rng.chance(0.72) ? rng.pick(givenChars) + rng.pick(givenChars) : rng.pick(givenChars);
  return surname + given;
}

/** Strings that break naive HTML, layout and text handling; only ever used with `hostile`. */
export const hostileStrings = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("xss")</script>',
  '"><svg onload=alert(document.domain)>',
  "'; DROP TABLE issues; --",
  '{{constructor.constructor(\'alert(1)\')()}}',
  '\u202Eعكس النص\u202C',
  '零\u200B宽\u200D字\uFEFF符',
  '👷‍♀️⚡🔌🇨🇳',
  'Z̵̡̛͉̈a̶̢̛͖l̷͎̈́g̸̙͝o̵̗͌',
  '長'.repeat(150) + 'W'.repeat(150),
];

/** Adds a hostile fragment to a value, in turn, so that every kind shows up somewhere. */
export function hostile(value: string, k: number): string {
  const s = hostileStrings[k % hostileStrings.length] as string;
  // The first one goes in front so a truncated render still carries it.
  return k % 3 === 0 ? `${s}${value}` : `${value}${s}`;
}

/** Chinese ordinal for small numbers: 一, 二, … 十九. */
export function cnOrdinal(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n <= 0) return String(n);
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? (digits[n % 10] ?? '') : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)] ?? ''}十${n % 10 ? (digits[n % 10] ?? '') : ''}`;
  return String(n);
}

/** Distinct place-based names: 大沙, 大沙东, 大沙西, …, then numbered. */
export function placeNames(places: readonly string[], count: number): string[] {
  const suffixes = ['', '东', '西', '南', '北', '中', '新村', '二', '三', '四', '五', '六'];
  const out: string[] = [];
  for (let s = 0; out.length < count; s++) {
    for (const p of places) {
      if (out.length >= count) break;
      out.push(s < suffixes.length ? `${p}${suffixes[s] ?? ''}` : `${p}${s}`);
    }
  }
  return out;
}
