import { Segmented } from 'antd';
import type { CockpitView } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';

/** 我的分管 / 全区: a leader's own portfolio or the district's red and yellow tasks. */
export function CockpitViewSwitch({
  value,
  onChange,
  size = 'small',
}: {
  value: CockpitView;
  onChange: (view: CockpitView) => void;
  size?: 'small' | 'middle' | 'large';
}) {
  const t = useT();
  return (
    <Segmented<CockpitView>
      size={size}
      value={value}
      onChange={onChange}
      aria-label={t('cockpit.viewSwitch')}
      data-testid="cockpit-view-switch"
      options={[
        { value: 'portfolio', label: t('cockpit.viewPortfolio') },
        { value: 'district', label: t('cockpit.viewDistrict') },
      ]}
    />
  );
}
