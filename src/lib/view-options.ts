// The two axes of how the app looks, shared by the store, the URL and the base-map style.

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

export const themes = ['dark', 'light'] as const;
export type Theme = (typeof themes)[number];
/** Dark is the default: the wall screen is the primary audience. */
export const defaultTheme: Theme = 'dark';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** Accepts the short forms people type into a URL (`en`, `zh`, `en-US`). */
export function parseLanguage(value: string | null | undefined): Language | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return null;
}
