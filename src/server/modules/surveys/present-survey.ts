import { surveyAbilities } from '../../../domain/abilities';
import type { Actor } from '../../context';
import { iso } from '../../http';
import type { SurveyRow } from './surveys.repository';
import type { TSurvey } from './surveys.schemas';

/** The public answering address of a code or the open link (the web puts its own origin before it). */
export function surveyPath(slug: string, codeOrToken: string): string {
  return `/public/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(codeOrToken)}`;
}

/** A survey as the office sees it, with its subjects' names and what the caller may do with it. */
export function presentSurvey(
  actor: Actor,
  row: SurveyRow,
  extra: { slug: string; labels: Map<string, string>; codeCount: number; answerCount: number },
): TSurvey {
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    subjectKind: row.subjectKind,
    subjects: row.subjectIds.map((id) => ({ id, label: extra.labels.get(id) ?? '' })),
    audiences: row.audiences,
    questions: row.questions,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    status: row.status,
    linkPath: row.linkToken ? surveyPath(extra.slug, row.linkToken) : null,
    linkMaxAnswers: row.linkMaxAnswers,
    codeCount: extra.codeCount,
    answerCount: extra.answerCount,
    updatedAt: iso(row.updatedAt),
    abilities: surveyAbilities(actor, row),
    version: row.version,
  };
}
