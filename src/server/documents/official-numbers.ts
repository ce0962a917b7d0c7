/** Numbers and dates as official documents write them (GB/T 9704 §7.3.5). */

// ---------------------------------------------------------------------------------------------
// Numbers and dates as official documents write them
// ---------------------------------------------------------------------------------------------

/** "2024-08-01" → "2024年8月1日" (Arabic numerals, no leading zeros: GB/T 9704 §7.3.5). */
export function formatChineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** "2024-07" → "2024年7月". */
export function formatChineseMonth(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`not a period YYYY-MM: ${period}`);
  return `${m[1]}年${Number(m[2])}月`;
}

/** An integer with thousands separators: 12345 → "12,345". */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage (0..100) with one decimal: 87.456 → "87.5%". */
export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 1 → "一", 12 → "十二", 20 → "二十": numbering of headings "一、" and "（一）" (1..99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`heading numbers run from 1 to 99: ${n}`);
  if (n <= 10) return CHINESE_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}
