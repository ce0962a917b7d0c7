import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { casesApi } from '../api/supervision';
import { useRequest } from '../api/use-request';
import { PageTitle } from '../features/common/page-title';
import { useUrlFilters } from '../features/common/use-url-filters';
import { CaseDetail } from '../features/supervision/case-detail';
import { CasesTab } from '../features/supervision/cases-tab';
import { MeasuresTab } from '../features/supervision/measures-tab';
import { RectificationsTab } from '../features/supervision/rectifications-tab';
import { useT } from '../i18n/i18n';

const TABS = ['cases', 'rectifications', 'measures'] as const;
type TabKey = (typeof TABS)[number];

/** 督查督办: cases, rectifications, interviews and accountability; the active tab is kept in the URL. */
function SupervisionTabs() {
  const t = useT();
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const cases = useRequest((signal) => casesApi.list(signal), []);
  const tab: TabKey = (TABS as readonly string[]).includes(filters.tab) ? (filters.tab as TabKey) : 'cases';
  const caseItems = cases.data?.items ?? [];
  return (
    <>
      <PageTitle title={t('supervision.title')} />
      <Card>
        <Tabs
          activeKey={tab}
          // Other tabs' filters do not carry over.
          onChange={(key) => setFilters({ tab: key === 'cases' ? null : key })}
          destroyOnHidden
          items={[
            { key: 'cases', label: t('supervision.tabCases'), children: <CasesTab cases={cases} /> },
            {
              key: 'rectifications',
              label: t('supervision.tabRectifications'),
              children: <RectificationsTab cases={caseItems} />,
            },
            {
              key: 'measures',
              label: t('supervision.tabMeasures'),
              children: <MeasuresTab cases={caseItems} />,
            },
          ]}
        />
      </Card>
    </>
  );
}

function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <Button
        type="link"
        className="luoshi-no-print"
        icon={<ArrowLeftOutlined />}
        style={{ paddingInline: 0, marginBottom: 8 }}
        onClick={() => navigate('/supervision')}
      >
        {t('case.back')}
      </Button>
      <CaseDetail id={id} />
    </>
  );
}

/** The supervision area: the tabbed page and a case's own page (/supervision/cases/:id). */
export function SupervisionPage() {
  return (
    <Routes>
      <Route index element={<SupervisionTabs />} />
      <Route path="cases/:id" element={<CasePage />} />
    </Routes>
  );
}
