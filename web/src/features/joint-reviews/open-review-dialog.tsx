import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { jointReviewsApi, type JointReview } from '../../api/joint-reviews';
import { projectsApi } from '../../api/projects';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { applyServerErrors, errorMessage } from '../common/errors';

interface OpenForm {
  projectId: string;
  nodeId?: string;
  title: string;
  description?: string;
  deadline: Dayjs;
  departments: Array<{ unitId: string; subject?: string }>;
}

/**
 * 发起联审: the office picks the project (fixed when opened from a project's page), optionally its procedure
 * node, the deadline and the departments, each with what it reviews. Server errors land beside their fields.
 */
export function OpenReviewDialog({
  open,
  projectId,
  onClose,
  onOpened,
}: {
  open: boolean;
  projectId?: string;
  onClose: () => void;
  onOpened: (review: JointReview) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenForm>();
  const { units } = useAllUnits();
  const chosenProject = Form.useWatch('projectId', form) ?? projectId;
  const projects = useRequest(
    (signal) =>
      open && !projectId
        ? projectsApi.list({ pageSize: 500 }, signal)
        : Promise.resolve({ items: [], total: 0 }),
    [open, projectId],
  );
  const nodes = useRequest(
    (signal) =>
      open && chosenProject ? projectsApi.nodes(chosenProject, signal) : Promise.resolve({ items: [] }),
    [open, chosenProject],
  );
  useEffect(() => {
    if (open) form.setFieldsValue({ projectId, departments: [{ unitId: undefined as unknown as string }] });
  }, [open, projectId, form]);
  const unitOptions = useMemo(
    () => units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name })),
    [units],
  );
  const submit = async (v: OpenForm) => {
    try {
      const review = await jointReviewsApi.open({
        projectId: v.projectId,
        nodeId: v.nodeId ?? null,
        title: v.title,
        description: v.description ?? '',
        deadline: v.deadline.format('YYYY-MM-DD'),
        departments: v.departments.map((d) => ({ unitId: d.unitId, subject: d.subject ?? '' })),
      });
      void message.success(t('jointReview.opened'));
      form.resetFields();
      onOpened(review);
    } catch (e) {
      if (!applyServerErrors(form, e)) void message.error(errorMessage(t, e));
    }
  };
  const required = [{ required: true, message: t('jointReview.required') }];
  return (
    <Modal
      open={open}
      title={t('jointReview.open')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('jointReview.open')}
      width={640}
      destroyOnHidden
    >
      <Form<OpenForm> form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="projectId" label={t('jointReview.project')} rules={required} hidden={!!projectId}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={projects.loading}
            options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item name="nodeId" label={t('jointReview.node')}>
          <Select
            allowClear
            placeholder={t('jointReview.nodeNone')}
            options={(nodes.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('jointReview.title')} rules={required}>
          <Input maxLength={200} placeholder={t('jointReview.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="deadline" label={t('jointReview.deadline')} rules={required}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().startOf('day'))} />
        </Form.Item>
        <Form.Item name="description" label={t('jointReview.description')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.List
          name="departments"
          rules={[
            {
              validator: async (_, v: unknown[] | undefined) => {
                if (!v || v.length === 0) throw new Error(t('jointReview.pickDepartments'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('jointReview.departments')} required>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'unitId']}
                    rules={required}
                    style={{ flex: '1 1 200px', marginBottom: 8 }}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('jointReview.department')}
                      aria-label={t('jointReview.department')}
                      options={unitOptions}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'subject']} style={{ flex: '1 1 160px', marginBottom: 8 }}>
                    <Input
                      maxLength={200}
                      placeholder={t('jointReview.subjectPlaceholder')}
                      aria-label={t('jointReview.subject')}
                    />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                  ) : null}
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                {t('jointReview.addDepartment')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
