import { CloseOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, theme as antdTheme } from 'antd';
import { useEffect, useState } from 'react';
import type { MeetingDetail } from '../../api/meetings';
import { useT, type MessageKey } from '../../i18n/i18n';
import { ItemFactsView } from './item-facts';

/**
 * 会议模式: the agenda on the meeting room's projector, one item per screen with its facts and photos, in
 * large type on the cockpit's dark screen; ← and → (or the buttons) move between items, Esc leaves.
 */
export function MeetingMode({ meeting, onExit }: { meeting: MeetingDetail; onExit: () => void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const total = meeting.agenda.length;
  const item = meeting.agenda[Math.min(index, Math.max(0, total - 1))];
  const decisions = meeting.decisions.filter((d) => item && d.itemId === item.id);

  useEffect(() => {
    const before = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onExit();
      if (e.key === 'ArrowRight' || e.key === 'PageDown') setIndex((i) => Math.min(i + 1, total - 1));
      if (e.key === 'ArrowLeft' || e.key === 'PageUp') setIndex((i) => Math.max(i - 1, 0));
    };
    window.addEventListener('keydown', onKey);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.body.style.overflow = before;
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit, total]);

  return (
    <ConfigProvider
      theme={{
        algorithm: antdTheme.darkAlgorithm,
        token: { fontSize: 22, colorTextBase: '#ffffff', colorBgBase: '#0a1a30' },
      }}
    >
      <div
        className="luoshi-meeting-screen"
        role="region"
        aria-label={t('meetings.mode')}
        data-testid="meeting-mode"
      >
        <header className="luoshi-meeting-screen-header">
          <h1>{meeting.title}</h1>
          <span className="luoshi-meeting-screen-counter" data-testid="meeting-mode-counter">
            {total > 0 ? t('meetings.modeCounter', { n: index + 1, total }) : ''}
          </span>
          <Button size="large" icon={<CloseOutlined />} onClick={onExit} title={t('meetings.modeHint')}>
            {t('meetings.modeExit')}
          </Button>
        </header>
        {item ? (
          <main className="luoshi-meeting-screen-main">
            <div className="luoshi-meeting-screen-title">
              <span className={`luoshi-meeting-kind luoshi-meeting-kind-${item.kind}`}>
                {t(`meetings.kind.${item.kind}` as MessageKey)}
              </span>
              <h2>{item.title}</h2>
            </div>
            {item.notes ? <p className="luoshi-meeting-screen-notes">{item.notes}</p> : null}
            <ItemFactsView facts={item.facts} screen />
            {decisions.length > 0 ? (
              <section className="luoshi-meeting-screen-decisions">
                <h3>{t('meetings.decisions')}</h3>
                <ol>
                  {decisions.map((d) => (
                    <li key={d.id}>
                      {d.content}
                      <span className="luoshi-meeting-muted">
                        {' '}
                        — {t('meetings.decision.owner', { unit: d.leadUnitName ?? '', date: d.dueDate })}
                      </span>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </main>
        ) : (
          <main className="luoshi-meeting-screen-main">
            <p>{t('meetings.modeEmpty')}</p>
          </main>
        )}
        <footer className="luoshi-meeting-screen-footer">
          <Button
            size="large"
            icon={<LeftOutlined />}
            disabled={index <= 0}
            onClick={() => setIndex((i) => Math.max(i - 1, 0))}
          >
            {t('meetings.modePrev')}
          </Button>
          <span className="luoshi-meeting-muted">{t('meetings.modeHint')}</span>
          <Button
            size="large"
            disabled={index >= total - 1}
            onClick={() => setIndex((i) => Math.min(i + 1, total - 1))}
          >
            {t('meetings.modeNext')} <RightOutlined />
          </Button>
        </footer>
      </div>
    </ConfigProvider>
  );
}
