import { hasPermission } from '../permissions';
import { canEditSurvey, canMakeSurveyCodes, canMoveSurvey } from '../survey-rules';
import type { SurveyStatus } from '../vocabulary';
import { toAbilities, verdict, type AbilityActor, type Verdict } from './verdict';

/** The office's actions on one survey (满意度测评). */
export const surveyAbilityKeys = ['edit', 'open', 'close', 'makeCodes', 'recordPhone', 'voidAnswer'] as const;

/** The office builds, runs and checks surveys; leaders read them and their results. */
export function surveyVerdicts(actor: AbilityActor, survey: { status: SurveyStatus }) {
  const office = hasPermission(actor.roles, 'surveys:manage');
  return {
    edit: verdict(office, canEditSurvey(survey.status)),
    open: verdict(office, canMoveSurvey(survey.status, 'open')),
    close: verdict(office, canMoveSurvey(survey.status, 'closed')),
    makeCodes: verdict(office, canMakeSurveyCodes(survey.status)),
    recordPhone: verdict(office, survey.status === 'open'),
    voidAnswer: verdict(office, survey.status !== 'draft'),
  } satisfies Record<(typeof surveyAbilityKeys)[number], Verdict>;
}

export function surveyAbilities(actor: AbilityActor, survey: { status: SurveyStatus }) {
  return toAbilities(surveyVerdicts(actor, survey));
}
