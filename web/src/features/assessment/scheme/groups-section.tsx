import { Button, Card, Col, Flex, Input, Row, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { Scheme } from '../../../api/assessment';
import { UNIT_KINDS, type Unit } from '../../../api/types';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { useAllUnits } from '../../admin/use-all-units';
import { Errors, errorsAt, Section, type SectionProps } from './fields';

/** Which units land in each group, as the engine places them: named units first, then by kind. */
function membersOf(scheme: Scheme, units: readonly Unit[]): Map<string, Unit[]> {
  const named = new Map<string, string>();
  for (const g of scheme.groups) for (const id of g.unitIds) named.set(id, g.key);
  const out = new Map<string, Unit[]>(scheme.groups.map((g) => [g.key, []]));
  for (const u of units) {
    if (!u.active) continue;
    const key = named.get(u.id) ?? scheme.groups.find((g) => g.unitKinds.includes(u.kind))?.key;
    if (key) out.get(key)?.push(u);
  }
  return out;
}

/** The groups units are ranked in: by kind, or named units. */
export function GroupsSection({ scheme, disabled, errors, update }: SectionProps) {
  const t = useT();
  const { units } = useAllUnits();
  const members = useMemo(() => membersOf(scheme, units), [scheme, units]);
  const unitOptions = units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Section title={t('scheme.groups')} path="groups" errors={errors}>
      <Flex vertical gap={12}>
        {scheme.groups.map((g, i) => (
          <Card
            key={g.key}
            size="small"
            type="inner"
            title={
              <Input
                aria-label={`${t('scheme.groupName')} ${i + 1}`}
                value={g.name}
                disabled={disabled}
                variant="borderless"
                style={{ fontWeight: 600, paddingInline: 0 }}
                onChange={(e) => update((s) => void (s.groups[i]!.name = e.target.value))}
              />
            }
            extra={
              !disabled && scheme.groups.length > 1 ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => update((s) => void s.groups.splice(i, 1))}
                >
                  {t('scheme.removeGroup')}
                </Button>
              ) : null
            }
          >
            <Row gutter={[12, 8]}>
              <Col xs={24} md={10}>
                <Typography.Text type="secondary">{t('scheme.groupKinds')}</Typography.Text>
                <Select
                  mode="multiple"
                  aria-label={`${g.name} ${t('scheme.groupKinds')}`}
                  style={{ width: '100%' }}
                  disabled={disabled}
                  value={g.unitKinds}
                  options={UNIT_KINDS.map((k) => ({
                    value: k,
                    label: t(`scheme.unitKind.${k}` as MessageKey),
                  }))}
                  onChange={(v) => update((s) => void (s.groups[i]!.unitKinds = v))}
                />
              </Col>
              <Col xs={24} md={14}>
                <Typography.Text type="secondary">{t('scheme.groupUnits')}</Typography.Text>
                <Select
                  mode="multiple"
                  aria-label={`${g.name} ${t('scheme.groupUnits')}`}
                  style={{ width: '100%' }}
                  disabled={disabled}
                  value={g.unitIds}
                  options={unitOptions}
                  optionFilterProp="label"
                  maxTagCount="responsive"
                  onChange={(v) => update((s) => void (s.groups[i]!.unitIds = v))}
                />
              </Col>
              <Col span={24}>
                <Typography.Text type="secondary">
                  {t('scheme.groupMembers', { n: members.get(g.key)?.length ?? 0 })}：
                </Typography.Text>
                {(members.get(g.key) ?? []).map((u) => (
                  <Tag key={u.id} style={{ marginBottom: 4 }}>
                    {u.name}
                  </Tag>
                ))}
              </Col>
            </Row>
            <Errors messages={errorsAt(errors, `groups.${i}`)} />
          </Card>
        ))}
        {!disabled ? (
          <Button
            type="dashed"
            onClick={() =>
              update((s) => {
                let n = s.groups.length + 1;
                while (s.groups.some((g) => g.key === `group_${n}`)) n += 1;
                s.groups.push({
                  key: `group_${n}`,
                  name: `${t('scheme.groupName')}${n}`,
                  unitKinds: [],
                  unitIds: [],
                });
              })
            }
          >
            {t('scheme.addGroup')}
          </Button>
        ) : null}
      </Flex>
    </Section>
  );
}
