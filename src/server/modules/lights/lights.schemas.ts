import { z } from 'zod';
import { lightReasons, lights } from '../../../domain/vocabulary';

const reasons = z.enum(lightReasons);
export const ZLightsResponse = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      taskId: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      leadUnitId: z.string().nullable(),
      light: z.enum(lights).exclude(['green']),
      reasons: z.array(reasons),
    }),
  ),
});
export type TLightsResponse = z.infer<typeof ZLightsResponse>;
