import { Button, Empty, Spin } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { surveysApi, type SurveyCode } from '../api/surveys';
import { useRequest } from '../api/use-request';
import { useT } from '../i18n/i18n';

const cardsCss = `
.survey-cards{display:grid;grid-template-columns:repeat(2,1fr);gap:8mm;max-width:180mm;margin:0 auto}
.survey-card{border:1px dashed #8c8c8c;border-radius:4px;padding:5mm;display:flex;gap:4mm;align-items:center;break-inside:avoid;height:60mm}
.survey-card svg{width:34mm;height:34mm;flex:none}
.survey-card h3{font-size:14px;margin:0 0 2mm}
.survey-card .code{font-family:monospace;font-size:20px;font-weight:bold;letter-spacing:1px}
.survey-card p{margin:1mm 0;font-size:12px;line-height:1.4}
@media print{.no-print{display:none!important}.survey-cards{gap:6mm}@page{size:A4;margin:12mm}}
`;

/**
 * 测评卡 (A4, eight a page): each unused code with the QR of its answering address, the code to type, and one
 * line on what to do. Printed from the browser; used codes are left out.
 */
export function SurveyCardsPage() {
  const t = useT();
  const { id = '' } = useParams();
  const survey = useRequest((signal) => surveysApi.get(id, signal), [id]);
  const codes = useRequest((signal) => surveysApi.codes(id, true, signal), [id]);
  const [svgs, setSvgs] = useState<Record<string, string>>({});
  const items = codes.data?.items ?? [];

  useEffect(() => {
    let live = true;
    void Promise.all(
      items.map(
        async (c) =>
          [
            c.id,
            await QRCode.toString(`${window.location.origin}${c.path}`, { type: 'svg', margin: 0 }),
          ] as const,
      ),
    ).then((pairs) => {
      if (live) setSvgs(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [items]);

  if (codes.loading || survey.loading) return <Spin />;
  if (items.length === 0) return <Empty description={t('survey.noUnusedCodes')} />;
  return (
    <div style={{ background: '#fff', padding: 16 }}>
      <style>{cardsCss}</style>
      <div className="no-print" style={{ marginBottom: 12, display: 'flex', gap: 12, alignItems: 'center' }}>
        <Button type="primary" onClick={() => window.print()}>
          {t('survey.print')}
        </Button>
        <span>{t('survey.cardsHint', { n: items.length })}</span>
      </div>
      <div className="survey-cards">
        {items.map((c: SurveyCode) => (
          <div className="survey-card" key={c.id}>
            <div
              role="img"
              aria-label={t('survey.qrAlt', { code: c.code })}
              dangerouslySetInnerHTML={{ __html: svgs[c.id] ?? '' }}
            />
            <div>
              <h3>{survey.data?.title}</h3>
              <p>{t('survey.cardSubject', { subject: c.subjectLabel })}</p>
              <p className="code">{c.code}</p>
              <p>{t('survey.cardHowTo')}</p>
              <p style={{ color: '#595959' }}>#{c.serial}</p>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
