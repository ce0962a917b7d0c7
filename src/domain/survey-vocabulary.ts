/** The words of satisfaction surveys (满意度测评, issue 17); vocabulary.ts re-exports them. */
/** How a survey question is answered (满意度测评, issue 17): 1–5 points, or 满意/基本满意/不满意. */
export const surveyScales = ['five_point', 'three_level'] as const;
export type SurveyScale = (typeof surveyScales)[number];

/** The three-level answers, best first. */
export const satisfactionLevels = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof satisfactionLevels)[number];

/** A survey is built (draft), answered (open), then closed; its results feed the assessment once closed. */
export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/** How an answer came: a one-time code, the open link, or the office's telephone follow-up (电话回访). */
export const surveyChannels = ['code', 'link', 'phone'] as const;
export type SurveyChannel = (typeof surveyChannels)[number];

/** What a survey is about (测评对象): units, tasks or projects. */
export const surveySubjectKinds = ['unit', 'task', 'project'] as const;
export type SurveySubjectKind = (typeof surveySubjectKinds)[number];

/** Who is asked (测评对象群体): residents, enterprises, deputies (人大代表、政协委员), others. */
export const surveyAudiences = ['residents', 'enterprises', 'deputies', 'other'] as const;
export type SurveyAudience = (typeof surveyAudiences)[number];
