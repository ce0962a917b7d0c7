import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { unitsApi } from '../../api/endpoints';
import { SURVEY_AUDIENCES, SURVEY_SCALES, surveysApi, type Survey, type SurveyBody } from '../../api/surveys';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';

interface Values {
  title: string;
  intro?: string;
  subjectIds: string[];
  audiences: SurveyBody['audiences'];
  questions: Array<{ text: string; scale: SurveyBody['questions'][number]['scale'] }>;
  dates: [Dayjs, Dayjs];
  openLink: boolean;
  linkMaxAnswers?: number | null;
}

const fields = [
  'title',
  'intro',
  'subjectIds',
  'audiences',
  'questions',
  'opensOn',
  'closesOn',
  'linkMaxAnswers',
];

function initialValues(survey: Survey | null, t: ReturnType<typeof useT>): Partial<Values> {
  if (!survey)
    return {
      audiences: ['residents'],
      questions: [
        { text: t('survey.defaultQuestion1'), scale: 'five_point' },
        { text: t('survey.defaultQuestion2'), scale: 'three_level' },
      ],
      openLink: false,
    };
  return {
    title: survey.title,
    intro: survey.intro,
    subjectIds: survey.subjects.map((s) => s.id),
    audiences: survey.audiences,
    questions: survey.questions.map((q) => ({ text: q.text, scale: q.scale })),
    dates: [dayjs(survey.opensOn), dayjs(survey.closesOn)],
    openLink: survey.linkPath !== null,
    linkMaxAnswers: survey.linkMaxAnswers,
  };
}

/** 新建/修改测评: title, the units it is about, who is asked, the questions, the dates, the open link. */
export function SurveyFormModal({
  open,
  survey,
  onClose,
  onSaved,
}: {
  open: boolean;
  survey: Survey | null;
  onClose: () => void;
  onSaved: (s: Survey) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const units = useRequest((signal) => unitsApi.list({}, signal), []);
  const openLink = Form.useWatch('openLink', form);

  const save = async (v: Values) => {
    const body: SurveyBody = {
      title: v.title,
      intro: v.intro ?? '',
      subjectKind: 'unit',
      subjectIds: v.subjectIds,
      audiences: v.audiences,
      questions: v.questions.map((q, i) => ({ id: `q${i + 1}`, text: q.text, scale: q.scale })),
      opensOn: v.dates[0].format('YYYY-MM-DD'),
      closesOn: v.dates[1].format('YYYY-MM-DD'),
      openLink: v.openLink,
      linkMaxAnswers: v.openLink ? (v.linkMaxAnswers ?? null) : null,
    };
    setSaving(true);
    try {
      const saved = survey
        ? await surveysApi.update(survey.id, survey.version, body)
        : await surveysApi.create(body);
      message.success(t('survey.saved'));
      onSaved(saved);
    } catch (e) {
      if (!applyServerErrors(form as never, e, { opensOn: 'dates', closesOn: 'dates' }, fields))
        message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={survey ? t('survey.edit') : t('survey.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initialValues(survey, t)} onFinish={save}>
        <Form.Item name="title" label={t('survey.titleField')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} placeholder={t('survey.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="intro" label={t('survey.intro')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="subjectIds" label={t('survey.subjects')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            loading={units.loading}
            optionFilterProp="label"
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="audiences" label={t('survey.audiences')} rules={[{ required: true }]}>
          <Checkbox.Group
            options={SURVEY_AUDIENCES.map((a) => ({ value: a, label: t(`survey.audience.${a}`) }))}
          />
        </Form.Item>
        <Form.List name="questions">
          {(items, { add, remove }) => (
            <Form.Item label={t('survey.questions')} required>
              {items.map((item, i) => (
                <Space key={item.key} align="start" style={{ display: 'flex', flexWrap: 'wrap' }}>
                  <Form.Item
                    name={[item.name, 'text']}
                    rules={[{ required: true, min: 2 }]}
                    style={{ width: 380, maxWidth: '70vw', marginBottom: 8 }}
                  >
                    <Input
                      prefix={`${i + 1}.`}
                      maxLength={300}
                      aria-label={t('survey.questionText', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'scale']} style={{ width: 170, marginBottom: 8 }}>
                    <Select
                      options={SURVEY_SCALES.map((s) => ({ value: s, label: t(`survey.scale.${s}`) }))}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(item.name)} disabled={items.length === 1}>
                    {t('common.delete')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ text: '', scale: 'five_point' })}>
                {t('survey.addQuestion')}
              </Button>
              <div style={{ color: '#595959', marginTop: 4 }}>{t('survey.commentHint')}</div>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="dates" label={t('survey.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="openLink" label={t('survey.openLink')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {openLink ? (
            <Form.Item name="linkMaxAnswers" label={t('survey.linkMaxAnswers')}>
              <InputNumber min={1} max={100000} />
            </Form.Item>
          ) : null}
        </Space>
      </Form>
    </Modal>
  );
}
