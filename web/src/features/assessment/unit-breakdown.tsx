import { Alert, Card, Collapse, Descriptions, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Adjustments, Evidence, UnitDetail } from '../../api/assessment';
import { useT } from '../../i18n/i18n';
import {
  bonusLabel,
  componentLabel,
  deductionLabel,
  evidenceHref,
  evidenceKindLabel,
  gradeColor,
  partyLabel,
  pts,
  reasonLabel,
} from './labels';
import { appealableDeductionKinds, useAppealSlot } from '../appeals/appeal-slot';

const REASON_COLORS: Record<string, string> = {
  on_time: 'green',
  late: 'orange',
  late_floor: 'orange',
  in_progress: 'blue',
  not_due_in_year: 'cyan',
  overdue: 'red',
  missing: 'red',
  red: 'red',
  yellow: 'gold',
  unverified: 'default',
  no_amount: 'default',
  waived: 'purple',
  appeal_ruling: 'purple',
};

/** One fact behind a number, linked to where it lives. */
function EvidenceItem({ e, year, inDeduction }: { e: Evidence; year: number; inDeduction?: boolean }) {
  const t = useT();
  const appealSlot = useAppealSlot();
  const appealable =
    appealSlot &&
    ((inDeduction &&
      appealableDeductionKinds.includes(e.kind) &&
      (e.value ?? 0) > 0 &&
      e.reason !== 'waived') ||
      (e.kind === 'veto' && e.reason === 'counted'));
  return (
    <List.Item style={{ paddingBlock: 6 }}>
      <Flex gap={8} wrap align="center" style={{ width: '100%' }}>
        <Tag style={{ marginInlineEnd: 0 }}>{evidenceKindLabel(t, e.kind)}</Tag>
        <Link to={evidenceHref(e, year)} style={{ flex: '1 1 240px', minWidth: 0, overflowWrap: 'anywhere' }}>
          {e.label}
        </Link>
        {e.party ? <Typography.Text type="secondary">{partyLabel(t, e.party)}</Typography.Text> : null}
        <Tag color={REASON_COLORS[e.reason] ?? 'default'} style={{ marginInlineEnd: 0 }}>
          {reasonLabel(t, e.reason)}
        </Tag>
        {e.waiver ? (
          <Link
            to={
              e.waiver.by === 'appeal'
                ? `/assessment?tab=appeals&year=${year}`
                : `/tolerance?id=${encodeURIComponent(e.waiver.id)}`
            }
            title={e.waiver.label}
          >
            {e.waiver.by === 'appeal'
              ? t('appeals.waivedBy', { points: pts(e.waiver.points) })
              : t('tolerance.waivedBy', { points: pts(e.waiver.points) })}
          </Link>
        ) : null}
        {e.daysLate ? (
          <Typography.Text type="warning">{t('breakdown.daysLate', { n: e.daysLate })}</Typography.Text>
        ) : null}
        {e.yearShare !== undefined ? (
          <Typography.Text type="secondary">
            {t('breakdown.yearShare', { share: `${Math.round(e.yearShare * 10_000) / 100}%` })}
          </Typography.Text>
        ) : null}
        {e.weight !== undefined && e.weight !== 1 ? (
          <Typography.Text type="secondary">
            {t('breakdown.taskWeight', { weight: e.weight })}
          </Typography.Text>
        ) : null}
        {e.value !== undefined ? (
          <Typography.Text strong>{t('breakdown.value', { value: pts(e.value) })}</Typography.Text>
        ) : null}
        {appealable
          ? appealSlot(
              e.kind === 'veto' ? 'veto' : 'deduction',
              e.kind === 'veto' ? e.id : `${e.kind}:${e.id}`,
              e.label,
            )
          : null}
      </Flex>
    </List.Item>
  );
}

function EvidenceList({
  items,
  year,
  inDeduction,
}: {
  items: Evidence[];
  year: number;
  inDeduction?: boolean;
}) {
  const t = useT();
  if (items.length === 0)
    return <Typography.Text type="secondary">{t('breakdown.noEvidence')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      rowKey={(e) => `${e.kind}:${e.id}`}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small', hideOnSinglePage: true } : false}
      renderItem={(e) => <EvidenceItem e={e} year={year} inDeduction={inDeduction} />}
    />
  );
}

function AdjustmentPanel({
  adj,
  sign,
  label,
  year,
}: {
  adj: Adjustments;
  sign: '−' | '+';
  label: (kind: string) => string;
  year: number;
}) {
  const t = useT();
  const items = adj.items.filter((i) => i.count > 0 || i.evidence.length > 0);
  if (items.length === 0)
    return (
      <Typography.Text type="secondary">
        {sign === '−' ? t('breakdown.noDeductions') : t('breakdown.noBonuses')}
      </Typography.Text>
    );
  return (
    <Collapse
      size="small"
      defaultActiveKey={items.filter((i) => i.evidence.length <= 6).map((i) => i.kind)}
      items={items.map((i) => ({
        key: i.kind,
        label: (
          <Flex gap={8} wrap justify="space-between" style={{ width: '100%' }}>
            <span>
              {label(i.kind)} · {t('breakdown.count', { n: i.count })}
            </span>
            <Space size={8} wrap>
              {i.cap !== null && i.uncappedPoints > i.points ? (
                <Typography.Text type="secondary">
                  {t('breakdown.capped', { cap: pts(i.cap), uncapped: pts(i.uncappedPoints) })}
                </Typography.Text>
              ) : null}
              <Typography.Text strong type={sign === '−' ? 'danger' : 'success'}>
                {sign}
                {pts(i.points)}
              </Typography.Text>
            </Space>
          </Flex>
        ),
        children: <EvidenceList items={i.evidence} year={year} inDeduction={sign === '−'} />,
      }))}
    />
  );
}

/**
 * 单位得分明细: every component raw → points, each deduction, bonus and veto, and for every number the facts
 * that produced it, each linking to its page.
 */
export function UnitBreakdown({
  result,
  group,
  unit,
}: {
  result: { year: number; asOf: string };
  group: { name: string };
  unit: UnitDetail;
}) {
  const t = useT();
  const appealSlot = useAppealSlot();
  const year = result.year;
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            {
              key: 'rank',
              label: t('assess.rank'),
              children: (
                <Typography.Text strong>
                  {t('breakdown.summary', { rank: unit.rank, group: group.name })}
                </Typography.Text>
              ),
            },
            {
              key: 'total',
              label: t('assess.total'),
              children: (
                <Typography.Text strong style={{ fontSize: 18 }}>
                  {pts(unit.total)}
                </Typography.Text>
              ),
            },
            {
              key: 'grade',
              label: t('assess.grade'),
              children: (
                <Space size={4} wrap>
                  <Tag color={gradeColor(unit.gradeKey)}>{unit.grade}</Tag>
                  {unit.isVetoed ? <Tag color="red">{t('assess.vetoed')}</Tag> : null}
                  {unit.flags.includes('quota_demoted') ? <Tag>{t('assess.quotaDemoted')}</Tag> : null}
                  {unit.flags.includes('quota_tie_demoted') ? <Tag>{t('assess.quotaTieDemoted')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'asOf', label: t('assess.asOf'), children: result.asOf },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('breakdown.formula', {
            components: pts(unit.componentPoints),
            deductions: pts(unit.deductions.total),
            bonuses: pts(unit.bonuses.total),
            total: pts(unit.total),
          })}
        </Typography.Paragraph>
      </Card>

      {unit.vetoes.length > 0 ? (
        <Card size="small" title={t('breakdown.vetoes')}>
          {unit.isVetoed ? (
            <Alert type="error" showIcon title={t('breakdown.vetoNote')} style={{ marginBottom: 8 }} />
          ) : null}
          {unit.vetoes.map((v) => (
            <div key={v.kind}>
              <Typography.Text strong>{v.name}</Typography.Text>
              <EvidenceList items={v.evidence} year={year} />
            </div>
          ))}
        </Card>
      ) : null}

      <Card size="small" title={t('breakdown.components')}>
        <Collapse
          size="small"
          defaultActiveKey={unit.components
            .filter((c) => c.evidence.length > 0 && c.evidence.length <= 6)
            .map((c) => c.key)}
          items={unit.components.map((c) => ({
            key: c.key,
            label: (
              <Flex gap={8} wrap justify="space-between" style={{ width: '100%' }}>
                <Space size={8} wrap>
                  <Typography.Text strong>{componentLabel(t, c.key)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {c.raw !== null && c.effectiveWeight !== c.weight
                      ? t('breakdown.weightReweighted', {
                          weight: pts(c.weight),
                          effective: pts(c.effectiveWeight),
                        })
                      : t('breakdown.weight', { weight: pts(c.weight) })}
                  </Typography.Text>
                </Space>
                {c.raw === null ? (
                  <Typography.Text type="secondary">{t('breakdown.notApplicable')}</Typography.Text>
                ) : (
                  <Space size={8} wrap>
                    <Typography.Text>
                      {t('breakdown.rawToPoints', {
                        raw: pts(c.raw),
                        weight: pts(c.effectiveWeight),
                        points: pts(c.points),
                      })}
                    </Typography.Text>
                    {appealSlot ? appealSlot('component', c.key, componentLabel(t, c.key)) : null}
                  </Space>
                )}
              </Flex>
            ),
            children: <EvidenceList items={c.evidence} year={year} />,
          }))}
        />
      </Card>

      <Card
        size="small"
        title={
          unit.deductions.total > 0
            ? t('breakdown.totalDeductions', { points: pts(unit.deductions.total) })
            : t('assess.deductions')
        }
      >
        {unit.deductions.cap !== null && unit.deductions.uncappedTotal > unit.deductions.total ? (
          <Typography.Paragraph type="secondary">
            {t('breakdown.capped', {
              cap: pts(unit.deductions.cap),
              uncapped: pts(unit.deductions.uncappedTotal),
            })}
          </Typography.Paragraph>
        ) : null}
        <AdjustmentPanel
          adj={unit.deductions}
          sign="−"
          label={(kind) => deductionLabel(t, kind)}
          year={year}
        />
      </Card>

      <Card
        size="small"
        title={
          unit.bonuses.total > 0
            ? t('breakdown.totalBonuses', { points: pts(unit.bonuses.total) })
            : t('assess.bonuses')
        }
      >
        {unit.bonuses.cap !== null && unit.bonuses.uncappedTotal > unit.bonuses.total ? (
          <Typography.Paragraph type="secondary">
            {t('breakdown.capped', { cap: pts(unit.bonuses.cap), uncapped: pts(unit.bonuses.uncappedTotal) })}
          </Typography.Paragraph>
        ) : null}
        <AdjustmentPanel adj={unit.bonuses} sign="+" label={(kind) => bonusLabel(t, kind)} year={year} />
      </Card>

      <Card size="small" title={t('breakdown.achievements')}>
        {unit.achievements && unit.achievements.length > 0 ? (
          <List
            size="small"
            dataSource={unit.achievements}
            rowKey="id"
            renderItem={(a) => (
              <List.Item>
                <Link to={`/assessment?tab=achievements&year=${year}`}>{a.title}</Link>
                <Typography.Text type="secondary">{a.userName}</Typography.Text>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('breakdown.noAchievements')} />
        )}
      </Card>
    </Flex>
  );
}
