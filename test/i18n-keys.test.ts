/**
 * The web's strings are split by area (web/src/i18n/<area>.zh-CN.ts and <area>.en.ts) and merged in zh-CN.ts
 * and en.ts. The types require every zh-CN key in English; this also catches an English key with no zh-CN
 * twin, and a key written in two area files (the later spread would silently win).
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en';
import { zhCN } from '../web/src/i18n/zh-CN';

const dir = resolve('web/src/i18n');

async function areaModules(lang: 'zh-CN' | 'en'): Promise<Map<string, string[]>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(`.${lang}.ts`));
  const out = new Map<string, string[]>();
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, Record<string, string>>;
    out.set(
      f.slice(0, -`.${lang}.ts`.length),
      Object.values(mod).flatMap((strings) => Object.keys(strings)),
    );
  }
  return out;
}

describe('web strings', () => {
  it('have the same keys in zh-CN and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have the same keys in each area file of both languages, and no key in two area files', async () => {
    const zh = await areaModules('zh-CN');
    const english = await areaModules('en');
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    const seen = new Map<string, string>();
    for (const [area, keys] of zh) {
      expect(new Set(english.get(area))).toEqual(new Set(keys));
      for (const key of keys) {
        expect(seen.get(key), `${key} is in ${area} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    // Every key of the merged dictionary comes from an area file.
    expect([...seen.keys()].sort()).toEqual(Object.keys(zhCN).sort());
  });
});
