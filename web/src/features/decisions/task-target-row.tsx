import { MinusCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { COMPARATORS, type Comparator } from '../../api/types';
import { useT } from '../../i18n/i18n';

/** One quantified target: indicator, comparator, value (or a range), unit. */
export function TargetRow({ name, onRemove }: { name: number; onRemove: () => void }) {
  const t = useT();
  const comparator = Form.useWatch(['targets', name, 'comparator']) as Comparator | undefined;
  return (
    <Flex gap={8} align="flex-start" wrap style={{ marginBottom: 4 }}>
      <Form.Item
        name={[name, 'indicator']}
        style={{ flex: '2 1 180px', marginBottom: 12 }}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('task.indicator') }) },
        ]}
      >
        <Input placeholder={t('task.indicator')} aria-label={t('task.indicator')} maxLength={200} />
      </Form.Item>
      <Form.Item name={[name, 'comparator']} style={{ width: 96, marginBottom: 12 }}>
        <Select
          aria-label={t('task.comparator')}
          options={COMPARATORS.map((c) => ({ value: c, label: t(`task.comparator.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name={[name, 'targetValue']} style={{ width: 110, marginBottom: 12 }}>
        <InputNumber
          placeholder={t('task.targetValue')}
          aria-label={t('task.targetValue')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {comparator === 'range' ? (
        <Form.Item name={[name, 'targetValueMax']} style={{ width: 110, marginBottom: 12 }}>
          <InputNumber
            placeholder={t('task.targetValueMax')}
            aria-label={t('task.targetValueMax')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ) : null}
      <Form.Item name={[name, 'unit']} style={{ width: 90, marginBottom: 12 }} rules={[{ max: 20 }]}>
        <Input placeholder={t('task.unit')} aria-label={t('task.unit')} maxLength={20} />
      </Form.Item>
      <Form.Item name={[name, 'baseline']} hidden>
        <InputNumber />
      </Form.Item>
      <Form.Item name={[name, 'deadline']} hidden>
        <Input />
      </Form.Item>
      <Button
        type="text"
        icon={<MinusCircleOutlined />}
        aria-label={t('task.removeTarget')}
        onClick={onRemove}
      />
    </Flex>
  );
}
