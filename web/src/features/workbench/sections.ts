import type { ComponentType } from 'react';
import type { WorkbenchSection as WorkbenchSectionKey } from '../../../../src/domain/abilities/page';
import type { MessageKey } from '../../i18n/i18n';
import { CasesDueCard } from '../supervision/cases-due-card';
import { LeaderProjectsCard, RedProjectsCard, UnitProjectsCard } from '../projects/workbench-cards';
import { UnitJointReviewsCard } from '../joint-reviews/workbench-card';
import { PendingAcceptanceCard } from '../acceptance/workbench-card';
import { UnitTargetSharesCard } from '../target-shares/workbench-card';
import { BatchWorkCard } from './batch-work-card';
import { DueSharesCard } from '../shares/due-shares-card';
import { SectionSubtasksBody } from '../subtasks/my-subtasks-card';
import {
  InstructionsCard,
  MyRequestsCard,
  NewRedCard,
  PendingRequestsCard,
  PortfolioCard,
  ReturnedCard,
  ToAcceptCard,
  ToReportCard,
  ToReviewCard,
} from './execution-cards';

/** One card on the workbench. Later issues give it a `Body` (a list, a count); until then it shows `emptyKey`. */
export interface WorkbenchCard {
  key: string;
  titleKey: MessageKey;
  /** What will be here and what to do, shown while there is nothing (or no Body yet). */
  emptyKey: MessageKey;
  /** A page the card leads to. */
  link?: string;
  /** A shortcut card (admin, audit): the text describes the page and the card leads there; no empty state. */
  isShortcut?: boolean;
  Body?: ComponentType;
  /** Spans the whole row (a table rather than a short list). */
  isWide?: boolean;
}

export interface WorkbenchSection {
  /** Which users get it is decided on the server (`me.abilities.workbench`). */
  key: WorkbenchSectionKey;
  titleKey: MessageKey;
  cards: readonly WorkbenchCard[];
}

/** The workbench by role: add a card here when its feature lands. */
export const WORKBENCH_SECTIONS: readonly WorkbenchSection[] = [
  {
    key: 'unit',
    titleKey: 'workbench.unitTitle',
    cards: [
      {
        key: 'to-accept',
        titleKey: 'workbench.card.toAccept',
        emptyKey: 'workbench.card.toAcceptEmpty',
        link: '/ledger?status=published',
        Body: ToAcceptCard,
      },
      {
        key: 'to-report',
        titleKey: 'workbench.card.toReport',
        emptyKey: 'workbench.card.toReportEmpty',
        link: '/ledger?status=in_progress',
        Body: ToReportCard,
      },
      {
        key: 'returned',
        titleKey: 'workbench.card.returned',
        emptyKey: 'workbench.card.returnedEmpty',
        Body: ReturnedCard,
      },
      { key: 'due-shares', titleKey: 'share.dueTitle', emptyKey: 'share.dueEmpty', Body: DueSharesCard },
      {
        key: 'my-requests',
        titleKey: 'workbench.card.myRequests',
        emptyKey: 'workbench.card.myRequestsEmpty',
        Body: MyRequestsCard,
      },
      {
        key: 'target-shares',
        titleKey: 'targetShares.wbTitle',
        emptyKey: 'targetShares.wbEmpty',
        Body: UnitTargetSharesCard,
      },
      {
        key: 'unit-projects',
        titleKey: 'project.wbUnit',
        emptyKey: 'project.wbUnitEmpty',
        link: '/projects',
        Body: UnitProjectsCard,
      },
      {
        key: 'joint-reviews',
        titleKey: 'jointReview.wbTitle',
        emptyKey: 'jointReview.wbEmpty',
        link: '/joint-reviews',
        Body: UnitJointReviewsCard,
      },
      {
        key: 'batch',
        titleKey: 'batch.title',
        emptyKey: 'batch.empty',
        Body: BatchWorkCard,
        isWide: true,
      },
    ],
  },
  {
    // 科室: its people act on the sub-tasks given to them; the unit's tasks, shares and targets are not theirs.
    key: 'section',
    titleKey: 'section.title',
    cards: [
      {
        key: 'section-subtasks',
        titleKey: 'section.subtasks',
        emptyKey: 'section.subtasksEmpty',
        Body: SectionSubtasksBody,
        isWide: true,
      },
    ],
  },
  {
    key: 'supervisor',
    titleKey: 'workbench.supervisorTitle',
    cards: [
      {
        key: 'to-review',
        titleKey: 'workbench.card.toReview',
        emptyKey: 'workbench.card.toReviewEmpty',
        link: '/ledger/review',
        Body: ToReviewCard,
      },
      {
        key: 'pending-acceptance',
        titleKey: 'acceptance.wbTitle',
        emptyKey: 'acceptance.wbEmpty',
        Body: PendingAcceptanceCard,
      },
      {
        key: 'pending-requests',
        titleKey: 'workbench.card.pendingRequests',
        emptyKey: 'workbench.card.pendingRequestsEmpty',
        Body: PendingRequestsCard,
      },
      {
        key: 'new-red',
        titleKey: 'workbench.card.newRed',
        emptyKey: 'workbench.card.newRedEmpty',
        link: '/ledger?light=red',
        Body: NewRedCard,
      },
      {
        key: 'cases-due',
        titleKey: 'workbench.card.casesDue',
        emptyKey: 'workbench.card.casesDueEmpty',
        link: '/supervision',
        Body: CasesDueCard,
      },
      {
        key: 'red-projects',
        titleKey: 'project.wbRed',
        emptyKey: 'project.wbRedEmpty',
        link: '/projects?light=red',
        Body: RedProjectsCard,
      },
    ],
  },
  {
    key: 'leader',
    titleKey: 'workbench.leaderTitle',
    cards: [
      {
        key: 'portfolio',
        titleKey: 'workbench.card.portfolio',
        emptyKey: 'workbench.card.portfolioEmpty',
        Body: PortfolioCard,
      },
      {
        key: 'instructions',
        titleKey: 'workbench.card.instructions',
        emptyKey: 'workbench.card.instructionsEmpty',
        Body: InstructionsCard,
      },
      {
        key: 'leader-projects',
        titleKey: 'project.wbLeader',
        emptyKey: 'project.wbLeaderEmpty',
        link: '/projects',
        Body: LeaderProjectsCard,
      },
    ],
  },
  {
    key: 'admin',
    titleKey: 'workbench.adminTitle',
    cards: [
      {
        key: 'units',
        isShortcut: true,
        titleKey: 'workbench.card.adminUnits',
        emptyKey: 'workbench.card.adminUnitsDesc',
        link: '/admin/units',
      },
      {
        key: 'users',
        isShortcut: true,
        titleKey: 'workbench.card.adminUsers',
        emptyKey: 'workbench.card.adminUsersDesc',
        link: '/admin/users',
      },
    ],
  },
  {
    key: 'auditor',
    titleKey: 'workbench.auditorTitle',
    cards: [
      {
        key: 'audit',
        isShortcut: true,
        titleKey: 'workbench.card.audit',
        emptyKey: 'workbench.card.auditDesc',
        link: '/audit',
      },
    ],
  },
];

/** The sections the server offers this user, in table order. */
export function sectionsFor(keys: readonly WorkbenchSectionKey[]): WorkbenchSection[] {
  return WORKBENCH_SECTIONS.filter((s) => keys.includes(s.key));
}
