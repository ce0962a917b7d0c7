import type { Executor } from '../../db/client';
import { publicFieldsOf } from '../projects/build-board';
import { publicTaskRows } from '../public-disclosure/build-public-tasks';
import { publicProjects } from './feedback.repository';

export interface PublicSubject {
  id: string;
  key: string;
  /** How the public pages name it: the code, and the title or name when that is public. */
  label: string;
}

/**
 * What a public message may be about, inside a transaction of the district: its public tasks and public
 * projects, each by its code. A project's name is named only when the office made names public.
 */
export async function publicSubjects(
  tx: Executor,
  tenantId: string,
): Promise<{ tasks: PublicSubject[]; projects: PublicSubject[] }> {
  const showNames = (await publicFieldsOf(tx, tenantId)).includes('name');
  return {
    tasks: (await publicTaskRows(tx)).map((t) => ({ id: t.id, key: t.code, label: `${t.code} ${t.title}` })),
    projects: (await publicProjects(tx)).map((p) => ({
      id: p.id,
      key: p.code,
      label: showNames ? `${p.code} ${p.name}` : p.code,
    })),
  };
}
