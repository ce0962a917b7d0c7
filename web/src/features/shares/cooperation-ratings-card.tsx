import { Alert, App, Button, Card, Flex, Input, List, Radio, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ratingNeedsReason } from '../../../../src/domain/shares';
import type { CooperationRating } from '../../../../src/domain/vocabulary';
import { responsibilityApi, type CooperationRatings } from '../../api/responsibility';
import type { Task } from '../../api/types';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';

const COLORS: Record<CooperationRating, string> = { good: 'green', fair: 'gold', poor: 'red' };
type Draft = Record<string, { rating: CooperationRating | null; reason: string }>;

const draftOf = (data: CooperationRatings): Draft =>
  Object.fromEntries(data.items.map((i) => [i.coUnitId, { rating: i.rating, reason: i.reason ?? '' }]));

/**
 * 配合评价 on the task page. The lead unit rates each co-unit for the year when the task says it may
 * (`abilities.rateCooperation`); others see the ratings the server shows them, and no card while there are none.
 */
export function CooperationRatingsCard({ task }: { task: Task }) {
  const t = useT();
  const { message } = App.useApp();
  const canRate = task.abilities.rateCooperation;
  const loaded = useRequest(
    (signal) => responsibilityApi.ratings(task.id, undefined, signal),
    [task.id, task.version],
  );
  const data = loaded.data;
  const [draft, setDraft] = useState<Draft>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (data) setDraft(draftOf(data));
  }, [data]);

  if (!data || data.items.length === 0) return null;
  if (!canRate && data.items.every((i) => i.rating === null)) return null;

  const missingReason = (coUnitId: string) => {
    const d = draft[coUnitId];
    return d?.rating != null && ratingNeedsReason(d.rating) && d.reason.trim() === '';
  };
  const chosen = data.items.filter((i) => draft[i.coUnitId]?.rating != null);
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await responsibilityApi.rate(task.id, {
        year: data.year,
        ratings: chosen.map((i) => {
          const d = draft[i.coUnitId] as { rating: CooperationRating; reason: string };
          return {
            coUnitId: i.coUnitId,
            rating: d.rating,
            reason: d.reason.trim(),
            ...(i.version !== null ? { version: i.version } : {}),
          };
        }),
      });
      setDraft(draftOf(saved));
      void message.success(t('rating.saved'));
      loaded.reload();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={t('rating.title', { year: data.year })}
      data-testid="cooperation-ratings"
      extra={
        canRate ? (
          <Button
            type="primary"
            size="small"
            loading={saving}
            disabled={chosen.length === 0 || data.items.some((i) => missingReason(i.coUnitId))}
            onClick={() => void save()}
          >
            {t('rating.save')}
          </Button>
        ) : null
      }
    >
      {canRate ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('rating.hint')}
        </Typography.Paragraph>
      ) : null}
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={errorMessage(t, error)} />
      ) : null}
      <List
        size="small"
        dataSource={data.items}
        renderItem={(item) => {
          const d = draft[item.coUnitId] ?? { rating: null, reason: '' };
          return (
            <List.Item
              key={item.coUnitId}
              style={{ display: 'block', paddingInline: 0 }}
              data-testid="rating-line"
            >
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text strong>{item.coUnitName ?? '—'}</Typography.Text>
                {canRate ? (
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    size="small"
                    value={d.rating}
                    aria-label={item.coUnitName ?? undefined}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        [item.coUnitId]: { ...d, rating: e.target.value as CooperationRating },
                      })
                    }
                    options={(['good', 'fair', 'poor'] as const).map((r) => ({
                      value: r,
                      label: t(`rating.${r}`),
                    }))}
                  />
                ) : item.rating ? (
                  <Tag color={COLORS[item.rating]}>{t(`rating.${item.rating}`)}</Tag>
                ) : (
                  <Tag>{t('rating.notYet')}</Tag>
                )}
              </Flex>
              {canRate && d.rating !== null ? (
                <Input.TextArea
                  style={{ marginTop: 8 }}
                  value={d.reason}
                  maxLength={1000}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  placeholder={t('rating.reasonPlaceholder')}
                  aria-label={t('rating.reason')}
                  status={missingReason(item.coUnitId) ? 'error' : undefined}
                  onChange={(e) => setDraft({ ...draft, [item.coUnitId]: { ...d, reason: e.target.value } })}
                />
              ) : item.reason ? (
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>{item.reason}</Typography.Paragraph>
              ) : null}
              {canRate && missingReason(item.coUnitId) ? (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('rating.reasonRequired')}
                </Typography.Text>
              ) : null}
              {item.ratedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('rating.by', { name: item.ratedByName ?? '—', at: formatDateTime(item.ratedAt) })}
                </Typography.Text>
              ) : null}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
