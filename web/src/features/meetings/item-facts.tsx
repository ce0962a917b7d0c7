import { Tag } from 'antd';
import type { ItemFacts } from '../../api/meetings';
import { useT, type MessageKey } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';

/**
 * The facts of one agenda item: project (stage, light and reasons, investment), blocker and its history,
 * the joint review's departments, the earlier decision's task, photos. The page shows it compact, the meeting
 * mode large (`screen`).
 */
/** Lighter shades for the dark meeting-mode screen (the page's colours are too dark to read there). */
const SCREEN_LIGHT_COLORS = { red: '#ff7875', yellow: '#ffd666', green: '#95de64' } as const;

export function ItemFactsView({ facts, screen = false }: { facts: ItemFacts; screen?: boolean }) {
  const t = useT();
  const { project, blocker, review, carried, photos } = facts;
  const nothing = !project && !blocker && !review && !carried && photos.length === 0;
  return (
    <div className={`luoshi-meeting-facts${screen ? ' luoshi-meeting-facts-screen' : ''}`}>
      {project ? (
        <section>
          <h3>{t('meetings.facts.project')}</h3>
          <dl>
            <dt>{t('meetings.facts.project')}</dt>
            <dd>
              {project.name} <span className="luoshi-meeting-muted">{project.code}</span>
            </dd>
            <dt>{t('meetings.facts.stage')}</dt>
            <dd>{t(`project.stage.${project.stage}` as MessageKey)}</dd>
            <dt>{t('meetings.facts.light')}</dt>
            <dd>
              <span
                className="luoshi-meeting-light"
                style={{ color: (screen ? SCREEN_LIGHT_COLORS : LIGHT_COLORS)[project.light] }}
              >
                ● {t(`light.${project.light}` as MessageKey)}
              </span>
              {project.reasons.length > 0
                ? `：${project.reasons.map((r) => t(`project.lightReason.${r}` as MessageKey)).join('、')}`
                : ''}
            </dd>
            <dt>{t('meetings.facts.investment')}</dt>
            <dd>
              {t('meetings.facts.investmentValue', {
                plan: project.annualPlan,
                due: project.planToDate,
                done: project.completed,
              })}
            </dd>
            {project.leaders.length > 0 ? (
              <>
                <dt>{t('meetings.facts.leaders')}</dt>
                <dd>{project.leaders.join('、')}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      {blocker ? (
        <section>
          <h3>
            {t('meetings.facts.blocker')} <Tag>{blocker.kind}</Tag>
          </h3>
          <p className="luoshi-meeting-strong">{blocker.title}</p>
          {blocker.description ? <p>{blocker.description}</p> : null}
          {blocker.ask ? (
            <p>
              {t('meetings.facts.ask')}：{blocker.ask}
            </p>
          ) : null}
          <p className="luoshi-meeting-muted">
            {t('meetings.facts.raised', {
              unit: blocker.raisedByUnitName ?? '',
              date: blocker.raisedAt.slice(0, 10),
            })}
          </p>
          {blocker.events.length > 0 ? (
            <>
              <h4>{t('meetings.facts.history')}</h4>
              <ol className="luoshi-meeting-history">
                {blocker.events.map((e, i) => (
                  <li key={i}>
                    <span className="luoshi-meeting-muted">{e.at.slice(0, 10)}</span>{' '}
                    {t(`meetings.event.${e.kind}` as MessageKey)}
                    {e.actorName ? ` · ${e.actorName}` : ''}
                    {e.reason ? `：${e.reason}` : ''}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}
      {review ? (
        <section>
          <h3>{t('meetings.facts.review')}</h3>
          <p className="luoshi-meeting-strong">{review.title}</p>
          <p className="luoshi-meeting-muted">{t('meetings.facts.deadline', { date: review.deadline })}</p>
          <ul className="luoshi-meeting-review">
            {review.items.map((i, n) => (
              <li key={n} className={i.overdue ? 'luoshi-meeting-overdue' : undefined}>
                <span>
                  {i.unitName}
                  {i.subject ? `（${i.subject}）` : ''}
                </span>
                <span>
                  {t(`meetings.review.${i.status}` as MessageKey)}
                  {i.overdue ? ` · ${t('meetings.review.overdue')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {carried ? (
        <section>
          <h3>{t('meetings.facts.carried')}</h3>
          <p className="luoshi-meeting-strong">{carried.content}</p>
          <p>
            {t('meetings.facts.carriedValue', {
              meeting: carried.meetingTitle,
              date: carried.heldOn,
              unit: carried.leadUnitName ?? '',
              due: carried.dueDate,
              progress: carried.taskProgress ?? 0,
            })}
            {carried.taskCode ? ` · ${t('meetings.decision.task', { code: carried.taskCode })}` : ''}
          </p>
        </section>
      ) : null}
      {photos.some((p) => p.url) ? (
        <section>
          <h3>{t('meetings.facts.photos')}</h3>
          <div className="luoshi-meeting-photos">
            {photos
              .filter((p) => p.url)
              .map((p) => (
                <img key={p.id} src={p.url ?? undefined} alt={p.name} />
              ))}
          </div>
        </section>
      ) : null}
      {nothing ? <p className="luoshi-meeting-muted">{t('meetings.facts.none')}</p> : null}
    </div>
  );
}
