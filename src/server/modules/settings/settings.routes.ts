import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { readSettings, updateSettings, ZSettingsPatch } from './settings';

const ZSettings = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]));

export function registerSettingsRoutes(app: App): void {
  app.get('/api/v1/settings', { schema: { tags: ['settings'], summary: '系统设置 Settings', response: { 200: ZSettings } } }, async (request) =>
    readSettings(requireActor(request.ctx)),
  );
  app.patch('/api/v1/settings', { schema: { tags: ['settings'], summary: '修改设置 Change settings (admin)', body: ZSettingsPatch, response: { 200: ZSettings } } }, async (request) =>
    updateSettings(requireActor(request.ctx), request.body),
  );
}
