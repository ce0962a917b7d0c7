import { Tag, Tooltip, Typography } from 'antd';
import type { Light, LightReason } from '../../api/types';
import { useT, type MessageKey, type Translate } from '../../i18n/i18n';
import { LIGHT_COLORS } from '../../theme';

/** Darker shades of the light colours for the word itself, so the text passes WCAG AA on the tinted tag. */
const TEXT_COLORS: Record<Light, string> = { red: '#a8071a', yellow: '#874d00', green: '#237804' };
const BACKGROUNDS: Record<Light, string> = { red: '#fff1f0', yellow: '#fffbe6', green: '#f6ffed' };

export const lightLabel = (t: Translate, light: Light) => t(`light.${light}` as MessageKey);
export const lightReasonLabel = (t: Translate, reason: LightReason) =>
  t(`light.reason.${reason}` as MessageKey);

/**
 * 红灯/黄灯/绿灯: always the word with the colour (never colour alone, UI.md), the reasons in a tooltip.
 * A task without a light (a draft, no dates) shows a dash.
 */
export function LightTag({
  light,
  reasons = [],
  size = 'default',
}: {
  light: Light | null;
  reasons?: readonly LightReason[];
  size?: 'default' | 'small';
}) {
  const t = useT();
  if (!light) return <Typography.Text type="secondary">—</Typography.Text>;
  const why = reasons.map((r) => lightReasonLabel(t, r)).join('、');
  const label = lightLabel(t, light);
  const tag = (
    <Tag
      className={`luoshi-light luoshi-light-${light}`}
      aria-label={why ? `${label}：${why}` : label}
      style={{
        color: TEXT_COLORS[light],
        background: BACKGROUNDS[light],
        borderColor: LIGHT_COLORS[light],
        fontWeight: 600,
        marginInlineEnd: 0,
        ...(size === 'small' ? { fontSize: 12, lineHeight: '18px', paddingInline: 5 } : {}),
      }}
    >
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 8,
          height: 8,
          borderRadius: '50%',
          background: LIGHT_COLORS[light],
          marginInlineEnd: 5,
          verticalAlign: 'middle',
          position: 'relative',
          top: -1,
        }}
      />
      {label}
    </Tag>
  );
  if (!why) return tag;
  return (
    <Tooltip
      title={
        <div>
          {reasons.map((r) => (
            <div key={r}>· {lightReasonLabel(t, r)}</div>
          ))}
        </div>
      }
    >
      <span tabIndex={0} style={{ display: 'inline-block' }}>
        {tag}
      </span>
    </Tooltip>
  );
}
