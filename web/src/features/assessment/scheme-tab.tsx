import { Alert, App, Button, Col, Flex, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { assessmentApi, type AssessmentPreview, type Scheme, type SchemeRecord } from '../../api/assessment';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { LoadFailed } from './load-failed';
import type { FieldError } from './scheme/fields';
import { PreviewPanel } from './scheme/preview-panel';
import { SchemeForm } from './scheme/scheme-form';

const fieldErrorsOf = (e: unknown): FieldError[] => (isApiError(e) && e.status === 422 ? e.fieldErrors : []);

/**
 * 考核方案: the scheme as a form with a live preview of the ranking beside it. Drafts are saved as new
 * versions; a published version is frozen (read-only, with 新建版本 to start the next one).
 */
export function SchemeTab({ year }: { year: number }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const list = useRequest((signal) => assessmentApi.schemes(year, signal), [year]);
  const baseline = useRequest((signal) => assessmentApi.results({ year }, signal), [year]);
  const records = list.data?.items ?? [];
  // 'new' is an unsaved version being written; otherwise the version number shown.
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<Scheme | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<AssessmentPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState(false);

  useEffect(() => {
    setSelected(null);
    setDraft(null);
    setDirty(false);
  }, [year]);
  // The newest version is shown first; a draft opens for editing.
  useEffect(() => {
    // The list of the year before may still be shown while this year's loads: wait for this year's.
    if (selected !== null || records.length === 0 || records[0]?.year !== year) return;
    const latest = records[0]!;
    setSelected(latest.version);
    setDraft(structuredClone(latest.scheme));
    setDirty(false);
  }, [records, selected, year]);

  const record: SchemeRecord | undefined =
    selected === 'new' ? undefined : records.find((r) => r.version === selected);
  const editable = selected === 'new' || record?.status === 'draft';

  // Live preview, debounced: only the latest answer is shown.
  const seq = useRef(0);
  useEffect(() => {
    if (!draft) return;
    const mine = ++seq.current;
    setPreviewing(true);
    const timer = window.setTimeout(() => {
      assessmentApi
        .preview(year, draft)
        .then((r) => {
          if (seq.current !== mine) return;
          setPreview(r);
          setPreviewError(null);
        })
        .catch((e: unknown) => {
          if (seq.current !== mine) return;
          setPreviewError(e);
        })
        .finally(() => {
          if (seq.current === mine) setPreviewing(false);
        });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [draft, year]);

  const errors = [...saveErrors, ...fieldErrorsOf(previewError)];
  const uniqueErrors = errors.filter(
    (e, i) => errors.findIndex((o) => o.path === e.path && o.message === e.message) === i,
  );

  const select = (v: number | 'new') => {
    if (v === 'new') return;
    const r = records.find((x) => x.version === v);
    if (!r) return;
    setSelected(v);
    setDraft(structuredClone(r.scheme));
    setDirty(false);
    setSaveErrors([]);
  };

  const save = async (): Promise<SchemeRecord | null> => {
    if (!draft) return null;
    setSaving(true);
    setSaveErrors([]);
    try {
      const saved = await assessmentApi.saveScheme(year, draft);
      message.success(t('scheme.saved', { version: saved.version }));
      setSelected(saved.version);
      setDraft(structuredClone(saved.scheme));
      setDirty(false);
      list.reload();
      return saved;
    } catch (e) {
      const fields = fieldErrorsOf(e);
      if (fields.length) setSaveErrors(fields);
      else message.error(errorMessage(t, e));
      return null;
    } finally {
      setSaving(false);
    }
  };

  const publish = () =>
    modal.confirm({
      title: t('scheme.publish'),
      content: t('scheme.publishConfirm'),
      okText: t('scheme.publish'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const target = dirty || selected === 'new' ? await save() : (record ?? null);
        if (!target?.id) return;
        try {
          const done = await assessmentApi.publishScheme(target.id);
          message.success(t('scheme.published', { version: done.version }));
          setSelected(done.version);
          list.reload();
          baseline.reload();
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      },
    });

  if (list.error && !list.loading) {
    return <LoadFailed error={list.error} onRetry={list.reload} />;
  }
  if (!draft) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  const statusText = (s: SchemeRecord['status']) => t(`scheme.status.${s}` as MessageKey);
  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Space wrap>
          <Typography.Text>{t('scheme.version')}</Typography.Text>
          <Select<number | 'new'>
            aria-label={t('scheme.version')}
            style={{ width: 220 }}
            value={selected ?? undefined}
            onChange={select}
            options={[
              ...(selected === 'new' ? [{ value: 'new' as const, label: t('scheme.newDraft') }] : []),
              ...records.map((r) => ({
                value: r.version,
                label: t('scheme.versionLabel', { version: r.version, status: statusText(r.status) }),
              })),
            ]}
          />
        </Space>
        <Space wrap>
          {editable ? (
            <>
              <Button loading={saving} disabled={!dirty && selected !== 'new'} onClick={() => void save()}>
                {t('scheme.saveDraft')}
              </Button>
              <Button type="primary" onClick={publish}>
                {t('scheme.publish')}
              </Button>
            </>
          ) : (
            <Button
              type="primary"
              onClick={() => {
                setSelected('new');
                setDirty(true);
                setSaveErrors([]);
              }}
            >
              {t('scheme.newVersion')}
            </Button>
          )}
        </Space>
      </Flex>
      {!editable && record ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('scheme.readOnly', { status: statusText(record.status) })}
        />
      ) : null}
      {uniqueErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={t('scheme.invalid')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {uniqueErrors.map((e) => (
                <li key={`${e.path}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <SchemeForm
            scheme={draft}
            disabled={!editable}
            errors={uniqueErrors}
            onChange={(next) => {
              setDraft(next);
              setDirty(true);
              setSaveErrors([]);
            }}
          />
        </Col>
        <Col xs={24} xl={10}>
          <PreviewPanel
            preview={preview}
            baseline={baseline.data}
            loading={previewing}
            error={previewError}
          />
        </Col>
      </Row>
    </>
  );
}
