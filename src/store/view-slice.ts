import type { StateCreator } from 'zustand';
import { defaultLanguage, defaultTheme, type Language, type Theme } from '../lib/view-options';
import type { AppState } from './app-store';

export interface ViewSlice {
  theme: Theme;
  language: Language;
  switchTheme: (theme?: Theme) => void;
  switchLanguage: (language?: Language) => void;
}

export const createViewSlice =
  (initial: Partial<Pick<ViewSlice, 'theme' | 'language'>>): StateCreator<AppState, [], [], ViewSlice> =>
  (set) => ({
    theme: initial.theme ?? defaultTheme,
    language: initial.language ?? defaultLanguage,
    // Without an argument these toggle: a single button switches between the two.
    switchTheme: (theme) => set((s) => ({ theme: theme ?? (s.theme === 'dark' ? 'light' : 'dark') })),
    switchLanguage: (language) =>
      set((s) => ({ language: language ?? (s.language === 'zh-CN' ? 'en' : 'zh-CN') })),
  });
