import { createContext, useContext, type ReactNode } from 'react';
import type { AppealTargetKind } from '../../api/appeals';

/** What renders a 申诉 button beside an item of a unit's result; null when the caller may not appeal. */
export type AppealSlot = (kind: AppealTargetKind, key: string, label: string) => ReactNode;

const AppealSlotContext = createContext<AppealSlot | null>(null);

export const AppealSlotProvider = AppealSlotContext.Provider;

/** The slot of the unit page (its result is published and the window is open), else null. */
export function useAppealSlot(): AppealSlot | null {
  return useContext(AppealSlotContext);
}

/** Evidence kinds of a deduction an appeal may name (the server checks again). */
export const appealableDeductionKinds = [
  'bulletin_criticism',
  'interview',
  'accountability',
  'light',
  'report',
  'joint_review',
];
