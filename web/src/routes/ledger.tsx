import { AreaPlaceholder } from '../features/common/area-placeholder';

/** Ledger area: what will be here, until its issue replaces this page. */
export function LedgerPage() {
  return <AreaPlaceholder titleKey="area.ledger.title" emptyKey="area.ledger.empty" />;
}
