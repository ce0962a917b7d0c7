import { Route, Routes } from 'react-router';
import { BlockerListPage } from '../features/blockers/blocker-list-page';
import { BlockerPage } from '../features/blockers/blocker-page';

/** 堵点清单: the ledger and a blocker's page. */
export function BlockersPage() {
  return (
    <Routes>
      <Route index element={<BlockerListPage />} />
      <Route path=":id" element={<BlockerPage />} />
    </Routes>
  );
}
