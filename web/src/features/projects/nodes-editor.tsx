import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Grid, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  PROJECT_NODE_KINDS,
  projectsApi,
  type Project,
  type ProjectNode,
  type ProjectNodeKind,
} from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { nodeKindLabel } from './labels';
import { useProjectOptions } from './use-project-options';

interface NodeValues {
  id: string;
  name: string;
  kind: ProjectNodeKind;
  unitId?: string | null;
  range: [Dayjs, Dayjs];
  dependsOn: string[];
}

/** The usual pre-construction procedures (前期手续), offered in one click. */
const PROCEDURES = ['立项', '用地预审', '规划许可', '环评', '施工许可'];

const newId = () => crypto.randomUUID();

/**
 * 节点计划: the project's nodes (name, kind, unit, planned dates, finish-to-start dependencies) replaced as one
 * plan (PUT with the project's version). New nodes get their id here so that others can depend on them at once.
 */
export function NodesEditor({
  open,
  project,
  nodes,
  onClose,
  onSaved,
}: {
  open: boolean;
  project: Project;
  nodes: readonly ProjectNode[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const isMobile = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<{ nodes: NodeValues[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { unitOptions } = useProjectOptions();
  const watched = Form.useWatch<NodeValues[] | undefined>('nodes', form) ?? [];

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue({
      nodes: [...nodes]
        .sort((a, b) => a.sort - b.sort)
        .map((n) => ({
          id: n.id,
          name: n.name,
          kind: n.kind,
          unitId: n.unitId,
          range: [dayjs(n.plannedStart), dayjs(n.plannedEnd)],
          dependsOn: n.dependsOn,
        })),
    });
  }, [open, nodes]);

  const addProcedures = () => {
    const current = form.getFieldValue('nodes') as NodeValues[];
    const start = dayjs(project.plannedStart ?? undefined);
    let prev: string | undefined = current.at(-1)?.id;
    const added = PROCEDURES.filter((name) => !current.some((n) => n.name === name)).map((name, i) => {
      const id = newId();
      const node: NodeValues = {
        id,
        name,
        kind: 'procedure',
        unitId: null,
        range: [start.add(i * 30, 'day'), start.add(i * 30 + 29, 'day')],
        dependsOn: prev ? [prev] : [],
      };
      prev = id;
      return node;
    });
    form.setFieldsValue({ nodes: [...current, ...added] });
  };

  const save = async ({ nodes: values }: { nodes: NodeValues[] }) => {
    setSaving(true);
    setError(null);
    try {
      await projectsApi.putNodes(project.id, {
        version: project.version,
        nodes: values.map((n, i) => ({
          id: n.id,
          name: n.name.trim(),
          kind: n.kind,
          unitId: n.unitId ?? null,
          plannedStart: n.range[0].format('YYYY-MM-DD'),
          plannedEnd: n.range[1].format('YYYY-MM-DD'),
          dependsOn: n.dependsOn.filter((d) => values.some((v) => v.id === d)),
          sort: i,
        })),
      });
      message.success(t('project.nodesSaved'));
      onSaved();
      onClose();
    } catch (e) {
      // The server names nodes[i].plannedEnd; the form's field is nodes[i].range.
      const mapped = applyServerErrors(form, e, {}, ['nodes']);
      if (mapped) {
        const fields = form.getFieldsError().filter((f) => f.errors.length > 0 && f.name[2] === 'plannedEnd');
        for (const f of fields)
          form.setFields([{ name: ['nodes', f.name[1] as number, 'range'], errors: f.errors }]);
      }
      if (isVersionConflict(e) || !mapped) setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 760}
      title={t('project.nodesTitle', { name: project.name })}
      forceRender
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      }
    >
      {error ? (
        isVersionConflict(error) ? (
          <VersionConflictAlert
            error={error}
            onReload={() => {
              onSaved();
              onClose();
            }}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 12 }}
            title={errorMessage(t, error)}
          />
        )
      ) : null}
      <Form
        form={form}
        layout="vertical"
        name="project-nodes"
        onFinish={(v) => void save(v)}
        initialValues={{ nodes: [] }}
      >
        <Form.List name="nodes">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map(({ key, name }, i) => (
                <Card
                  key={key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={t('project.nodeN', { n: i + 1 })}
                  extra={
                    <Space size={2}>
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={i === 0}
                        aria-label={t('project.moveUp')}
                        onClick={() => move(i, i - 1)}
                      />
                      <Button
                        size="small"
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={i === fields.length - 1}
                        aria-label={t('project.moveDown')}
                        onClick={() => move(i, i + 1)}
                      />
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('project.removeNode')}
                        onClick={() => remove(name)}
                      />
                    </Space>
                  }
                >
                  <Form.Item name={[name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[name, 'name']}
                      label={t('project.nodeName')}
                      style={{ flex: '2 1 200px', marginBottom: 8 }}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('common.required', { field: t('project.nodeName') }),
                        },
                      ]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'kind']}
                      label={t('project.nodeKind')}
                      style={{ width: 120, marginBottom: 8 }}
                    >
                      <Select
                        options={PROJECT_NODE_KINDS.map((k) => ({ value: k, label: nodeKindLabel(t, k) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'unitId']}
                      label={t('project.nodeUnit')}
                      style={{ flex: '1 1 160px', marginBottom: 8 }}
                    >
                      <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
                    </Form.Item>
                  </Flex>
                  <Flex gap={8} wrap>
                    <Form.Item
                      name={[name, 'range']}
                      label={t('project.planned')}
                      style={{ flex: '1 1 240px', marginBottom: 8 }}
                      rules={[
                        {
                          required: true,
                          message: t('common.requiredSelect', { field: t('project.planned') }),
                        },
                      ]}
                    >
                      <DatePicker.RangePicker style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item
                      name={[name, 'dependsOn']}
                      label={t('project.dependsOn')}
                      style={{ flex: '1 1 240px', marginBottom: 8 }}
                    >
                      <Select
                        mode="multiple"
                        allowClear
                        options={watched
                          .filter((n, j) => j !== i && n?.id)
                          .map((n) => ({
                            value: n.id,
                            label: n.name || t('project.nodeN', { n: watched.indexOf(n) + 1 }),
                          }))}
                      />
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Flex gap={8} wrap>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    const last = watched.at(-1);
                    const from = last?.range?.[1]?.add(1, 'day') ?? dayjs(project.plannedStart ?? undefined);
                    add({
                      id: newId(),
                      name: '',
                      kind: 'construction',
                      unitId: null,
                      range: [from, from.add(29, 'day')],
                      dependsOn: last?.id ? [last.id] : [],
                    });
                  }}
                >
                  {t('project.addNode')}
                </Button>
                <Button onClick={addProcedures}>{t('project.addProcedures')}</Button>
              </Flex>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
