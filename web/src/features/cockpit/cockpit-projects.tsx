import { Empty, Progress } from 'antd';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Cockpit } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';
import { BRAND_BLUE, LIGHT_COLORS } from '../../theme';
import { ProjectLight } from '../projects/project-bits';
import { formatWan, projectReasonLabel } from '../projects/labels';
import { lightLabel } from '../tasks/light-tag';

type Projects = Cockpit['projects'];

/** Darker shades of the lights for figures on white (WCAG AA); the big screen uses the bright ones. */
const ON_WHITE = { red: '#a8071a', yellow: '#874d00', green: '#237804' } as const;

/**
 * 重点项目 in the cockpit: how many projects of the year carry each light (each a link to the project list
 * filtered by it), the investment completed against the plan to date, and the red projects with their
 * reasons (each a link to the project). `onLeave` runs before a link is followed (the big screen closes).
 */
export function CockpitProjects({
  projects,
  screen = false,
  limit,
  onLeave,
}: {
  projects: Projects;
  screen?: boolean;
  limit?: number;
  onLeave?: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const follow = (to: string) => (e: MouseEvent) => {
    if (!onLeave) return;
    e.preventDefault();
    onLeave();
    void navigate(to);
  };
  if (projects.total === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('cockpit.projectsEmpty')}
        style={{ margin: '8px 0' }}
      />
    );
  return (
    <div className="luoshi-cockpit-projects" data-testid="cockpit-projects">
      <div className="luoshi-cockpit-projects-lights">
        {(['red', 'yellow', 'green'] as const).map((light) => {
          const to = `/projects?light=${light}`;
          return (
            <Link
              key={light}
              to={to}
              onClick={follow(to)}
              className="luoshi-cockpit-projects-light"
              data-testid={`cockpit-projects-${light}`}
            >
              <span aria-hidden className="luoshi-cockpit-dot" style={{ background: LIGHT_COLORS[light] }} />
              <span>{lightLabel(t, light)}</span>
              <strong style={screen ? undefined : { color: ON_WHITE[light] }}>{projects[light]}</strong>
              <span className="luoshi-cockpit-projects-unit">{t('cockpit.unitProjects')}</span>
            </Link>
          );
        })}
      </div>
      <div className="luoshi-cockpit-projects-money" data-testid="cockpit-projects-investment">
        <div>
          {t(screen ? 'cockpit.projectsInvestmentShort' : 'cockpit.projectsInvestment', {
            completed: formatWan(projects.completed),
            plan: formatWan(projects.planToDate),
            rate: projects.rate,
          })}
        </div>
        {/* The big screen has no room for a bar: the rate is in the line above. */}
        {screen ? null : (
          <Progress
            percent={Math.min(100, projects.rate)}
            format={() => `${projects.rate}%`}
            strokeColor={BRAND_BLUE}
            aria-label={`${t('cockpit.projectsRate')} ${projects.rate}%`}
          />
        )}
      </div>
      {projects.redProjects.length === 0 ? (
        <div className="luoshi-cockpit-projects-none">{t('cockpit.projectsRedEmpty')}</div>
      ) : (
        <ul className="luoshi-cockpit-list" data-testid="cockpit-red-projects">
          {projects.redProjects.slice(0, limit).map((p) => (
            <li key={p.id} className="luoshi-cockpit-row luoshi-cockpit-row-red">
              <div className="luoshi-cockpit-row-head">
                <ProjectLight light="red" reasons={p.reasons} />
                <Link
                  to={`/projects/${p.id}`}
                  onClick={follow(`/projects/${p.id}`)}
                  className="luoshi-cockpit-row-title"
                  title={p.name}
                >
                  <span className="luoshi-mono luoshi-cockpit-code">{p.code}</span>
                  {p.name}
                </Link>
              </div>
              {screen ? null : (
                <div className="luoshi-cockpit-row-meta">
                  {t('cockpit.projectMeta', {
                    street: p.streetName ?? t('cockpit.noStreet'),
                    completed: formatWan(p.completed),
                    plan: formatWan(p.planToDate),
                  })}
                </div>
              )}
              <div className="luoshi-cockpit-reasons">
                {p.reasons.map((r) => projectReasonLabel(t, r)).join('、')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
