// UI strings as TS objects: the English table must have exactly the Chinese table's shape.

export const zhCN = {
  app: {
    name: '党建智图',
    subtitle: '广州供电局 · 党建一张图 × 生产一张图',
    documentTitle: '党建智图 · 广州供电局',
  },
  header: {
    asOf: '数据截至',
    clock: '北京时间',
    freshness: {
      label: '数据状态：',
      loading: '正在连接数据服务…',
      live: '实时 · {{age}}更新',
      stale: '数据可能过期 · 最后更新于{{age}}',
      offline: '数据服务不可用 · 显示{{age}}的数据',
      unavailable: '数据服务不可用',
    },
    // The accessible name contains the visible text (WCAG 2.5.3).
    switchLanguage: '切换语言：English',
    switchLanguageShort: 'English',
    switchThemeToLight: '切换到浅色主题',
    switchThemeToDark: '切换到深色主题',
    themeLight: '浅色',
    themeDark: '深色',
    toolbar: '显示设置',
  },
  map: {
    label: '地图',
    canvasLabel: '地图画布：方向键平移，加号减号缩放',
    loading: '地图加载中…',
    recovering: '图形上下文丢失，正在恢复地图…',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetBearing: '拖动旋转地图，单击恢复正北',
    toggleAttribution: '显示或隐藏数据来源',
  },
  errors: {
    crashed: '界面出错了',
    reloading: '{{seconds}} 秒后自动重新加载。',
    reloadNow: '立即重新加载',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type AppMessages = Messages<typeof zhCN>;

export const en: AppMessages = {
  app: {
    name: 'Party-Building Smart Map',
    subtitle: 'Guangzhou Power Supply Bureau · party-building map over the production map',
    documentTitle: 'Party-Building Smart Map · Guangzhou Power Supply Bureau',
  },
  header: {
    asOf: 'Data as of',
    clock: 'Beijing time',
    freshness: {
      label: 'Data status: ',
      loading: 'Connecting to the data service…',
      live: 'Live · updated {{age}}',
      stale: 'Data may be stale · last updated {{age}}',
      offline: 'Data service unavailable · showing data from {{age}}',
      unavailable: 'Data service unavailable',
    },
    switchLanguage: 'Switch language: 中文',
    switchLanguageShort: '中文',
    switchThemeToLight: 'Switch to the light theme',
    switchThemeToDark: 'Switch to the dark theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    toolbar: 'Display settings',
  },
  map: {
    label: 'Map',
    canvasLabel: 'Map canvas: arrow keys pan, plus and minus zoom',
    loading: 'Loading the map…',
    recovering: 'Graphics context lost, recovering the map…',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Drag to rotate the map, click to reset north',
    toggleAttribution: 'Show or hide data sources',
  },
  errors: {
    crashed: 'The screen ran into a problem',
    reloading: 'Reloading by itself in {{seconds}} s.',
    reloadNow: 'Reload now',
  },
};

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;
