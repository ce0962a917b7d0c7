import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { PROJECT_SOURCES, PROJECT_STAGES, projectsApi, type Project } from '../../api/projects';
import { useRequest } from '../../api/use-request';
import { applyServerErrors, errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';
import { NotFoundResult } from '../common/status-results';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { useT } from '../../i18n/i18n';
import { sourceLabel, stageLabel } from './labels';
import { bodyOf, FIELDS, REASON_STAGES, valuesOf, type FormValues } from './project-form-values';
import { MonthlyPlanField, TargetsField, WanInput, wanRules } from './project-form-parts';
import { TaskPicker } from './task-picker';
import { useProjectOptions, useProjectTypes } from './use-project-options';

interface Option {
  value: string;
  label: string;
}
const withOwn = (options: Option[], own: Option[]) => [
  ...options,
  ...own.filter((o) => !options.some((x) => x.value === o.value)),
];

/** 项目登记 / 编辑: every field of a project, the month plan summed live, the server's 422 beside its field. */
export function ProjectFormPage() {
  const { id } = useParams();
  const loaded = useRequest(
    (signal) => (id ? projectsApi.get(id, signal) : Promise.resolve(undefined)),
    [id],
  );
  const t = useT();
  if (id && isApiError(loaded.error) && loaded.error.status === 404) return <NotFoundResult />;
  if (id && loaded.error && !loaded.loading)
    return (
      <Empty description={t('common.loadFailed', { message: errorMessage(t, loaded.error) })}>
        <Button onClick={loaded.reload}>{t('common.retry')}</Button>
      </Empty>
    );
  if (id && (!loaded.data || loaded.data.id !== id)) return <Skeleton active paragraph={{ rows: 10 }} />;
  return (
    <ProjectForm
      key={`${id ?? 'new'}-${loaded.data?.version ?? 0}`}
      project={loaded.data}
      reload={loaded.reload}
    />
  );
}

function ProjectForm({ project, reload }: { project: Project | undefined; reload: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<unknown>(null);
  const types = useProjectTypes();
  const options = useProjectOptions();
  // The project's own units and leaders stay named even when the pickers do not offer them (inactive, moved).
  const own = (project?.units ?? []).map((u) => ({ value: u.unitId, label: u.unitName }));
  const unitOptions = withOwn(options.unitOptions, own);
  const streetOptions = withOwn(
    options.streetOptions,
    (project?.units ?? [])
      .filter((u) => u.role === 'street')
      .map((u) => ({ value: u.unitId, label: u.unitName })),
  );
  const leaderOptions = withOwn(
    options.leaderOptions,
    (project?.leaderIds ?? []).map((id, i) => ({ value: id, label: project?.leaderNames[i] ?? id })),
  );
  const stage = Form.useWatch('stage', form);
  useEffect(() => form.setFieldsValue(valuesOf(project)), [project]);

  const save = async (v: FormValues) => {
    setSaving(true);
    setConflict(null);
    try {
      const body = bodyOf(v);
      const saved = project
        ? await projectsApi.update(project.id, { ...body, version: project.version })
        : await projectsApi.create(body);
      message.success(t(project ? 'project.saved' : 'project.created'));
      void navigate(`/projects/${saved.id}`);
    } catch (e) {
      if (isVersionConflict(e)) {
        setConflict(e);
        // The alert is at the top of a long form.
        window.scrollTo({ top: 0, behavior: 'smooth' });
      } else if (!applyServerErrors(form, e, { DUPLICATE: t('project.codeTaken') }, FIELDS))
        message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const req = (label: string) => [
    { required: true, whitespace: true, message: t('common.required', { field: label }) },
  ];
  return (
    <>
      <PageTitle title={project ? t('project.editTitle', { name: project.name }) : t('project.newTitle')} />
      {conflict ? <VersionConflictAlert error={conflict} onReload={reload} /> : null}
      <Form<FormValues>
        // A server message beside a field goes as soon as that field is changed.
        onValuesChange={(changed: Partial<FormValues>) =>
          form.setFields((Object.keys(changed) as (keyof FormValues)[]).map((name) => ({ name, errors: [] })))
        }
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        scrollToFirstError
        initialValues={valuesOf(project)}
      >
        <Card title={t('project.sectionBasic')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="code"
                label={t('project.code')}
                extra={project ? undefined : t('project.codeHint')}
              >
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={t('project.name')} rules={req(t('project.name'))}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="type"
                label={t('project.type')}
                rules={[{ required: true, message: t('common.required', { field: t('project.type') }) }]}
              >
                <Select options={types.map((v) => ({ value: v, label: v }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="source" label={t('project.source')} rules={[{ required: true }]}>
                <Select options={PROJECT_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="stage" label={t('project.stage')} rules={[{ required: true }]}>
                <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="year" label={t('project.year')} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {stage && REASON_STAGES.includes(stage) ? (
              <Col span={24}>
                <Form.Item
                  name="stageReason"
                  label={t('project.stageReason')}
                  rules={req(t('project.stageReason'))}
                >
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12}>
              <Form.Item name="ownerEnterprise" label={t('project.ownerEnterprise')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label={t('project.address')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="plannedStart" label={t('project.plannedStart')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="plannedEnd"
                label={t('project.plannedEnd')}
                dependencies={['plannedStart']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_, v: Dayjs | null) => {
                      const s = getFieldValue('plannedStart') as Dayjs | null;
                      if (v && s && v.isBefore(s, 'day')) throw new Error(t('project.endBeforeStart'));
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('project.sectionResponsibility')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="leaderIds" label={t('project.leaders')}>
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={leaderOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="streetUnitId"
                label={t('project.unitRole.street')}
                rules={[
                  { required: true, message: t('common.required', { field: t('project.unitRole.street') }) },
                ]}
              >
                <Select showSearch={{ optionFilterProp: 'label' }} allowClear options={streetOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="commandPostIds" label={t('project.unitRole.command_post')}>
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="guideIds" label={t('project.unitRole.guide')}>
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="contactName" label={t('project.contactName')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="contactPhone" label={t('project.contactPhone')}>
                <Input maxLength={30} inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('project.sectionInvestment')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="totalInvestment"
                label={t('project.totalInvestment')}
                rules={wanRules(t, t('project.totalInvestment'))}
              >
                <WanInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="annualPlan"
                label={t('project.annualPlan')}
                rules={wanRules(t, t('project.annualPlan'))}
              >
                <WanInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="carryOver"
                label={t('project.carryOver')}
                rules={wanRules(t, t('project.carryOver'), false)}
              >
                <WanInput />
              </Form.Item>
            </Col>
          </Row>
          <MonthlyPlanField />
        </Card>
        <Card title={t('project.sectionTasks')} style={{ marginBottom: 16 }}>
          <Form.Item name="taskIds" label={t('project.tasks')} extra={t('project.tasksHint')}>
            <TaskPicker />
          </Form.Item>
        </Card>
        <Card title={t('project.sectionTargets')} style={{ marginBottom: 16 }}>
          <TargetsField />
        </Card>
        <Flex gap={8} justify="flex-end">
          <Button onClick={() => navigate(project ? `/projects/${project.id}` : '/projects')}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {project ? t('common.save') : t('project.register')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
