import { surveyAvailability } from '../../../domain/survey-rules';
import { normalizeCode } from '../../../domain/surveys';
import { shanghaiDate } from '../../clock';
import type { AppDeps } from '../../context';
import type { Executor } from '../../db/client';
import { withTenantTx } from '../../db/tx';
import { findPublicDistrict } from '../public-disclosure/find-public-district';
import { codeHash } from './make-survey-codes';
import {
  countLinkAnswers,
  findCodeByHash,
  findSurvey,
  findSurveyByLink,
  isCodeUsed,
  subjectLabels,
  type SurveyCodeRow,
  type SurveyRow,
} from './surveys.repository';
import type { TPublicSurvey } from './surveys.schemas';

/** Why a code or link cannot be answered, each with its own page: a typo, unknown, used, not yet, over, full. */
export type PublicSurveyRefusal = 'mistyped' | 'unknown' | 'used' | 'not_yet' | 'ended' | 'full';

export type PublicSurveyLookup =
  | { state: 'refused'; district: { id: string; name: string }; reason: PublicSurveyRefusal }
  | {
      state: 'ok';
      district: { id: string; name: string };
      survey: SurveyRow;
      code: SurveyCodeRow | null;
      /** The subjects offered: the code's one subject, or the survey's list for the open link. */
      subjects: Array<{ key: string; id: string; label: string }>;
      view: TPublicSurvey;
    };

const linkShape = /^[0-9a-f]{24}$/;

/**
 * What a public address `/public/<slug>/surveys/<code or link>` opens, in the district's transaction: null for
 * an unknown district, a refusal with its reason, or the survey with what the respondent may answer about.
 */
export async function lookUpPublicSurvey(
  tx: Executor,
  district: { id: string; name: string },
  raw: string,
  today: string,
): Promise<PublicSurveyLookup> {
  const refuse = (reason: PublicSurveyRefusal): PublicSurveyLookup => ({
    state: 'refused',
    district,
    reason,
  });
  let survey: SurveyRow | undefined;
  let code: SurveyCodeRow | null = null;
  if (linkShape.test(raw)) {
    survey = await findSurveyByLink(tx, raw);
    if (!survey) return refuse('unknown');
  } else {
    const canonical = normalizeCode(raw);
    if (!canonical) return refuse('mistyped');
    code = (await findCodeByHash(tx, codeHash(canonical))) ?? null;
    if (!code) return refuse('unknown');
    survey = await findSurvey(tx, code.surveyId);
    if (!survey) return refuse('unknown');
  }
  const availability = surveyAvailability(survey, today);
  if (availability !== 'open') return refuse(availability);
  if (code && (await isCodeUsed(tx, code.id))) return refuse('used');
  if (
    !code &&
    survey.linkMaxAnswers !== null &&
    (await countLinkAnswers(tx, survey.id)) >= survey.linkMaxAnswers
  )
    return refuse('full');
  const labels = await subjectLabels(tx, survey.subjectKind, survey.subjectIds);
  const ids = code ? [code.subjectId] : survey.subjectIds;
  const subjects = ids.map((id, i) => ({ key: String(i + 1), id, label: labels.get(id) ?? '' }));
  return {
    state: 'ok',
    district,
    survey,
    code,
    subjects,
    view: {
      district: district.name,
      title: survey.title,
      intro: survey.intro,
      closesOn: survey.closesOn,
      subjects: subjects.map((s) => ({ key: s.key, label: s.label })),
      questions: survey.questions.map((q) => ({ id: q.id, text: q.text, scale: q.scale })),
    },
  };
}

/** The same, opened from a slug: null for an unknown district. */
export async function findPublicSurvey(
  deps: AppDeps,
  slug: string,
  raw: string,
): Promise<PublicSurveyLookup | null> {
  const district = await findPublicDistrict(deps, slug);
  if (!district) return null;
  const today = shanghaiDate(deps.clock.now());
  return withTenantTx(deps.db, { tenantId: district.id, userId: null }, (tx) =>
    lookUpPublicSurvey(tx, district, raw.slice(0, 64), today),
  );
}
