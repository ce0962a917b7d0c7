/** Typed client of 驾驶舱 (GET /api/v1/cockpit; the shape is ZCockpit in src/server/modules/analysis/cockpit.schemas.ts). */

import type { TCockpit } from '../../../src/server/modules/analysis/cockpit.schemas';
import { api } from './client';

export type Cockpit = TCockpit;
export type CockpitCounts = Cockpit['portfolioCounts'];
export type CockpitTask = Cockpit['portfolio'][number];
export type CockpitUnit = Cockpit['units'][number];
export type CockpitInstruction = Cockpit['instructions'][number];
export type CockpitRectification = Cockpit['overdueRectifications'][number];
export type CockpitView = Cockpit['defaultView'];

export const cockpitApi = {
  get: (signal?: AbortSignal) => api.get<Cockpit>('/cockpit', undefined, signal),
};
