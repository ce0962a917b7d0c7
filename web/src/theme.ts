import type { ThemeConfig } from 'antd';

/** Deep government blue for actions; the deep red is kept for the header band so it never reads as a red light. */
export const BRAND_BLUE = '#1f4e8c';
export const BRAND_RED = '#b71c1c';

/** The three light colours, always shown with a word (红灯/黄灯/绿灯). */
export const LIGHT_COLORS = { red: '#cf1322', yellow: '#d48806', green: '#389e0d' } as const;

export const FONT_FAMILY =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** antd theme tokens: restrained, serious, 14px body, small radii. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorError: LIGHT_COLORS.red,
    colorWarning: LIGHT_COLORS.yellow,
    colorSuccess: LIGHT_COLORS.green,
    colorTextBase: '#1f1f1f',
    colorBgLayout: '#f2f4f7',
    // antd's default secondary greys (45% black) fall below WCAG AA on the grey layout; darken them.
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#8c8c8c',
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    borderRadius: 4,
    wireframe: false,
  },
  components: {
    Layout: {
      headerBg: BRAND_RED,
      headerHeight: 56,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: '#f2f4f7',
    },
    Menu: {
      itemSelectedBg: '#e8eef7',
      itemSelectedColor: BRAND_BLUE,
    },
    Table: {
      headerBg: '#f5f7fa',
      headerColor: '#1f1f1f',
    },
    Card: {
      headerFontSize: 15,
    },
  },
};
