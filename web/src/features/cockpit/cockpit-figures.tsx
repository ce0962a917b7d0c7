import { Progress } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Cockpit } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';
import { BRAND_BLUE } from '../../theme';
import { formatNumber } from '../common/format';

/** Darker shades of the light colours for figures on white (WCAG AA); the big screen uses the bright ones. */
const ON_WHITE = { red: '#a8071a', yellow: '#874d00' } as const;
const ON_DARK = { red: '#ff4d4f', yellow: '#fadb14' } as const;

function Figure({
  label,
  value,
  unit,
  color,
  to,
  testId,
}: {
  label: string;
  value: ReactNode;
  unit?: string;
  color?: string;
  to?: string;
  testId: string;
}) {
  const body = (
    <>
      <div className="luoshi-cockpit-figure-label">{label}</div>
      <div className="luoshi-cockpit-figure-value" style={color ? { color } : undefined} data-testid={testId}>
        {value}
        {unit ? <span className="luoshi-cockpit-figure-unit">{unit}</span> : null}
      </div>
    </>
  );
  return to ? (
    <Link to={to} className="luoshi-cockpit-figure luoshi-cockpit-figure-link">
      {body}
    </Link>
  ) : (
    <div className="luoshi-cockpit-figure">{body}</div>
  );
}

/**
 * 总体情况: tasks published, completed, the completion rate as a ring, red and yellow (each a link to the
 * ledger filtered by that light).
 */
export function CockpitFigures({
  overall,
  screen = false,
}: {
  overall: Cockpit['overall'];
  screen?: boolean;
}) {
  const t = useT();
  const ringSize = screen ? 150 : 96;
  return (
    <section className="luoshi-cockpit-figures" aria-label={t('cockpit.figuresAria')}>
      <Figure
        testId="cockpit-published"
        label={t('cockpit.published')}
        value={formatNumber(overall.published)}
        unit={t('cockpit.unitItems')}
      />
      <Figure
        testId="cockpit-completed"
        label={t('cockpit.completed')}
        value={formatNumber(overall.completed)}
        unit={t('cockpit.unitItems')}
      />
      <div className="luoshi-cockpit-figure luoshi-cockpit-ring">
        <Progress
          type="circle"
          percent={overall.completionRate}
          size={ringSize}
          strokeWidth={10}
          strokeColor={screen ? '#4fa3ff' : BRAND_BLUE}
          railColor={screen ? 'rgba(255,255,255,0.15)' : undefined}
          format={() => <span className="luoshi-cockpit-ring-value">{overall.completionRate}%</span>}
          aria-label={`${t('cockpit.completionRate')} ${overall.completionRate}%`}
        />
        <div className="luoshi-cockpit-figure-label">{t('cockpit.completionRate')}</div>
      </div>
      <Figure
        testId="cockpit-red"
        label={t('cockpit.red')}
        value={formatNumber(overall.red)}
        unit={t('cockpit.unitItems')}
        color={screen ? ON_DARK.red : ON_WHITE.red}
        to={screen ? undefined : '/ledger?light=red'}
      />
      <Figure
        testId="cockpit-yellow"
        label={t('cockpit.yellow')}
        value={formatNumber(overall.yellow)}
        unit={t('cockpit.unitItems')}
        color={screen ? ON_DARK.yellow : ON_WHITE.yellow}
        to={screen ? undefined : '/ledger?light=yellow'}
      />
    </section>
  );
}
