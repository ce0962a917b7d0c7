import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useT, type Translate } from '../../i18n/i18n';
import { formatCents, wanToCents, WAN_PATTERN } from './labels';

/** Rules of an amount in 万元 (two decimals, not negative), as the user types. */
export function wanRules(t: Translate, label: string, required = true) {
  return [
    ...(required ? [{ required: true, message: t('common.required', { field: label }) }] : []),
    {
      validator: async (_: unknown, value: unknown) => {
        if (value === undefined || value === null || value === '') return;
        if (typeof value === 'string' && value.trim().startsWith('-')) throw new Error(t('project.negative'));
        if (typeof value !== 'string' || !WAN_PATTERN.test(value.trim()))
          throw new Error(t('project.wanFormat'));
      },
    },
  ];
}

/** An amount field: text with a decimal keyboard on a phone, "万元" after it. */
export function WanInput(props: { 'aria-label'?: string; placeholder?: string; id?: string }) {
  const t = useT();
  return <Input inputMode="decimal" suffix={t('project.wanUnit')} autoComplete="off" {...props} />;
}

/**
 * 月度计划: 12 amounts of the plan year with their running sum, compared live with the annual plan
 * (a difference is shown, not refused: the office may still be splitting it).
 */
export function MonthlyPlanField() {
  const t = useT();
  const months = Form.useWatch<{ month: number; amount?: string }[] | undefined>('monthlyPlan');
  const annual = Form.useWatch<string | undefined>('annualPlan');
  const sum = (months ?? []).reduce((acc, m) => {
    const cents = wanToCents(m?.amount ?? '0');
    return Number.isFinite(cents) ? acc + cents : acc;
  }, 0);
  const annualCents = wanToCents(annual ?? '');
  const matches = Number.isFinite(annualCents) && annualCents === sum;
  return (
    <>
      <Row gutter={[12, 0]}>
        {Array.from({ length: 12 }, (_, i) => (
          <Col key={i} xs={12} sm={8} md={6} lg={4}>
            <Form.Item name={['monthlyPlan', i, 'month']} hidden initialValue={i + 1}>
              <InputNumber />
            </Form.Item>
            <Form.Item
              name={['monthlyPlan', i, 'amount']}
              label={t('project.monthN', { month: i + 1 })}
              rules={wanRules(t, t('project.monthN', { month: i + 1 }), false)}
              style={{ marginBottom: 12 }}
            >
              <WanInput aria-label={t('project.monthPlanAria', { month: i + 1 })} placeholder="0" />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Alert
        type={matches ? 'success' : 'warning'}
        showIcon
        role="status"
        data-testid="monthly-sum"
        title={t('project.monthlySum', {
          sum: formatCents(sum),
          annual: Number.isFinite(annualCents) ? formatCents(annualCents) : '—',
        })}
        description={matches ? undefined : t('project.monthlySumDiffers')}
      />
    </>
  );
}

/** 预期产出: indicator, value, unit (税收 万元, 就业 人). */
export function TargetsField() {
  const t = useT();
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }) => (
            <Flex key={key} gap={8} wrap align="flex-start">
              <Form.Item name={[name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item
                name={[name, 'indicator']}
                style={{ flex: '2 1 200px', marginBottom: 12 }}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('project.indicator') }),
                  },
                ]}
              >
                <Input
                  placeholder={t('project.indicator')}
                  aria-label={t('project.indicator')}
                  maxLength={100}
                />
              </Form.Item>
              <Form.Item name={[name, 'targetValue']} style={{ width: 130, marginBottom: 12 }}>
                <InputNumber
                  min={0}
                  placeholder={t('project.targetValue')}
                  aria-label={t('project.targetValue')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item name={[name, 'unit']} style={{ width: 100, marginBottom: 12 }}>
                <Input
                  placeholder={t('project.targetUnit')}
                  aria-label={t('project.targetUnit')}
                  maxLength={20}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                aria-label={t('project.removeTarget')}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ indicator: '', unit: '' })}>
            {t('project.addTarget')}
          </Button>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('project.targetsHint')}
            </Typography.Paragraph>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
