import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

describe('units of concentration and noise in Latin symbols (issue 19, eighth pass)', () => {
  it('make the number before them a quantity; PM2.5 and PM10 stay names', () => {
    const found = findQuantities('PM2.5、PM10年均浓度分别低于35μg/m3、60μg/m³，出水化学需氧量不高于30mg/L。');
    expect(found.map((q) => `${q.value}${q.unit}`)).toEqual(['35μg/m3', '60μg/m³', '30mg/L']);
  });

  it('a noise limit in dB too', () => {
    expect(findQuantities('区域环境噪声昼间控制在55dB以内。').map((q) => `${q.value}${q.unit}`)).toEqual([
      '55dB',
    ]);
  });
});
