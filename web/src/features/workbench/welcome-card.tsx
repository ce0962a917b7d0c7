import { Card, Descriptions, Tag, Typography } from 'antd';
import type { Me } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { formatDate } from '../common/format';
import { unitOrOffice } from '../common/unit-or-office';

/** Greets the user and says who they are in the system: roles, unit, district. */
export function WelcomeCard({ me }: { me: Me }) {
  const t = useT();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('workbench.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('workbench.today', { date: formatDate(new Date()) })}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 3 }}
        items={[
          {
            key: 'roles',
            label: t('workbench.roles'),
            children: (
              <span>
                {me.roles.map((r) => (
                  <Tag key={r} color="blue">
                    {t(`role.${r}`)}
                  </Tag>
                ))}
              </span>
            ),
          },
          { key: 'unit', label: t('workbench.unit'), children: unitOrOffice(t, me.unitName, me.roles) },
          { key: 'district', label: t('workbench.district'), children: me.tenant.name },
        ]}
      />
    </Card>
  );
}
