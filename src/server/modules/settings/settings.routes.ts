import { z } from 'zod';
import { requireActor } from '../../context';
import type { App } from '../../http';
import { editableSettingKeys } from './editable-setting-keys';
import { readSettings } from './read-settings';
import { ZSettingsPatch } from './settings.schemas';
import { updateSettings } from './update-settings';

const ZSettings = z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())]));

/** The caller's ability on settings: the keys it may change (三员分立: admin business, security officer security). */
export const ZSettingsAbilities = z.object({ editableKeys: z.array(z.string()) });

export function registerSettingsRoutes(app: App): void {
  app.get(
    '/api/v1/settings/abilities',
    {
      schema: {
        tags: ['settings'],
        summary: '可修改的设置 Settings the caller may change',
        response: { 200: ZSettingsAbilities },
      },
    },
    async (request) => ({
      editableKeys: editableSettingKeys(requireActor(request.ctx)),
    }),
  );
  app.get(
    '/api/v1/settings',
    { schema: { tags: ['settings'], summary: '系统设置 Settings', response: { 200: ZSettings } } },
    async (request) => readSettings(requireActor(request.ctx)),
  );
  app.patch(
    '/api/v1/settings',
    {
      schema: {
        tags: ['settings'],
        summary: '修改设置 Change settings (admin)',
        body: ZSettingsPatch,
        response: { 200: ZSettings },
      },
    },
    async (request) => updateSettings(requireActor(request.ctx), request.body),
  );
}
