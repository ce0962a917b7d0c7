import type { TAssessmentFacts } from '../../../domain/assessment/index';
import { shanghaiDate } from '../../clock';
import type { Executor } from '../../db/client';
import { bulletinTitle, type BulletinData } from '../../documents/bulletin-docx';
import { bulletinsInForce, remarksOf } from '../bulletins/bulletin-remarks.repository';

/**
 * The facts bulletins give the assessment (issue 16): each criticism (通报批评) named in a bulletin in force
 * deducts (`bulletin_criticism`), each praise (通报表扬) adds (`bulletin_praise`, verified by publishing). A
 * period's bulletin in force is its latest published version, so a correction replaces the facts of the
 * version it corrects. A fact is dated the day its bulletin was published and cites the bulletin in its label.
 */
export async function loadBulletinFacts(
  tx: Executor,
  year: number,
  asOf: string,
): Promise<Pick<TAssessmentFacts, 'bulletinCriticisms' | 'bonuses'>> {
  const inForce = (await bulletinsInForce(tx)).filter((b) => {
    const date = b.publishedAt ? shanghaiDate(b.publishedAt) : null;
    return date !== null && date >= `${year}-01-01` && date <= asOf;
  });
  const byId = new Map(inForce.map((b) => [b.id, b]));
  const rows = await remarksOf(
    tx,
    inForce.map((b) => b.id),
  );
  const criticisms: TAssessmentFacts['bulletinCriticisms'] = [];
  const bonuses: TAssessmentFacts['bonuses'] = [];
  for (const r of rows) {
    const bulletin = byId.get(r.remark.bulletinId);
    if (!bulletin?.publishedAt) continue;
    const date = shanghaiDate(bulletin.publishedAt);
    const named = r.remark.taskId ? `${r.taskCode ?? ''} ${r.taskTitle ?? ''}`.trim() : r.unitName;
    const title =
      `${bulletinTitle(bulletin.data as BulletinData)}（第${bulletin.version}版）：${named}：${r.remark.text}`.slice(
        0,
        500,
      );
    if (r.remark.kind === 'criticism')
      criticisms.push({ id: r.remark.id, unitId: r.remark.unitId, title, date });
    else
      bonuses.push({
        id: r.remark.id,
        unitId: r.remark.unitId,
        kind: 'bulletin_praise',
        level: null,
        title,
        date,
        isVerified: true,
      });
  }
  return { bulletinCriticisms: criticisms, bonuses };
}
