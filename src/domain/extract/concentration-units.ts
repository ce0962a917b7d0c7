/**
 * Units of concentration and noise written with Latin symbols, as environmental targets state them
 * (PM2.5年均浓度低于47μg/m3, 化学需氧量≤30mg/L, 区域噪声55dB): with them the number is a target's figure.
 * The Chinese spellings (微克/立方米, 毫克/升) are in quantities.ts with the other units.
 */
export const CONCENTRATION_UNITS: readonly string[] = [
  'μg/m³',
  'μg/m3',
  'µg/m³',
  'µg/m3',
  'ug/m3',
  'mg/m³',
  'mg/m3',
  'mg/L',
  'mg/l',
  '毫克/立方米',
  'dB(A)',
  'dB',
  '分贝',
];
