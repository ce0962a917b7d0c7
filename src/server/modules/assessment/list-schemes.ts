import { defaultScheme } from '../../../domain/assessment/index';
import { canReadAssessment } from './assessment.policy';
import { tenantTx, type AuthedContext } from '../../context';
import { iso } from '../../http';
import { assertCan } from '../../policy/assert';
import { schemesOfYear } from './assessment.repository';

export async function listSchemes(ctx: AuthedContext, year: number) {
  assertCan(canReadAssessment(ctx.actor));
  return tenantTx(ctx, async (tx) => {
    const rows = await schemesOfYear(tx, year);
    const items: Array<{
      id: string | null;
      year: number;
      version: number;
      status: 'default' | 'draft' | 'published';
      scheme: unknown;
      publishedAt: string | null;
    }> = rows.map((r) => ({
      id: r.id,
      year: r.year,
      version: r.version,
      status: r.status,
      scheme: r.scheme,
      publishedAt: iso(r.publishedAt),
    }));
    // Until the district publishes its own, the built-in default scheme is in force.
    if (!rows.some((r) => r.status === 'published'))
      items.push({
        id: null,
        year,
        version: 0,
        status: 'default',
        scheme: defaultScheme(year),
        publishedAt: null,
      });
    return items;
  });
}
