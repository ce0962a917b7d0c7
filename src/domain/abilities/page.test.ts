import { describe, expect, it } from 'vitest';
import { actors, type ActorKey } from './fixtures.test-helpers';
import { pageAbilities, type PageAbilities } from './page';

type Flag = Exclude<keyof PageAbilities, 'areas' | 'workbench' | 'entryKinds'>;
/** Who is offered each page-level action. */
const flags: Record<Flag, readonly ActorKey[]> = {
  manageDecisions: ['supervisor'],
  seeAllTasks: ['supervisor', 'leader'],
  manageSupervision: ['supervisor'],
  generateBulletins: ['supervisor'],
  manageAssessment: ['supervisor'],
  seeAllAssessment: ['supervisor', 'leader'],
  enterForAnyUnit: ['supervisor'],
  declareAchievements: ['headA', 'operatorA', 'operatorB', 'headC'],
  cockpitPortfolio: ['leader'],
  securitySettings: ['security'],
  manageProjects: ['supervisor'],
  seeAllProjects: ['supervisor', 'leader'],
  manageCalendar: ['supervisor'],
  manageRobots: ['admin', 'supervisor'],
  raiseBlockers: ['headA', 'operatorA', 'operatorB', 'headC'],
  manageSurveys: ['supervisor'],
};

describe('pageAbilities', () => {
  for (const [flag, who] of Object.entries(flags) as [Flag, readonly ActorKey[]][]) {
    it(`${flag}: ${who.join(', ')}`, () => {
      for (const actor of Object.keys(actors) as ActorKey[]) {
        expect(pageAbilities(actors[actor])[flag], actor).toBe(who.includes(actor));
      }
    });
  }

  it('menu areas by role, the three administrators each only their own (三员分立)', () => {
    const areas = (a: ActorKey) => pageAbilities(actors[a]).areas;
    expect(areas('admin')).toEqual(['workbench', 'admin', 'settings']);
    expect(areas('auditor')).toEqual(['workbench', 'audit']);
    expect(areas('security')).toEqual(['workbench', 'settings']);
    expect(areas('supervisor')).toEqual([
      'workbench',
      'decisions',
      'ledger',
      'review',
      'supervision',
      'bulletins',
      'assessment',
      'projects',
      'joint_reviews',
      'blockers',
      'cockpit',
      'analysis',
      'calendar',
      'meetings',
      'tolerance',
      'feedback',
      'robots',
      'surveys',
    ]);
    expect(areas('leader')).toEqual([
      'workbench',
      'decisions',
      'ledger',
      'supervision',
      'bulletins',
      'assessment',
      'projects',
      'joint_reviews',
      'blockers',
      'cockpit',
      'analysis',
      'meetings',
      'tolerance',
      'feedback',
      'surveys',
    ]);
    const unitAreas = [
      'workbench',
      'ledger',
      'supervision',
      'bulletins',
      'assessment',
      'projects',
      'joint_reviews',
      'blockers',
      'tolerance',
    ];
    expect(areas('operatorA')).toEqual(unitAreas);
    expect(areas('headA')).toEqual(unitAreas);
  });

  it('workbench sections by role, merged for several roles', () => {
    expect(pageAbilities(actors.operatorA).workbench).toEqual(['unit']);
    expect(pageAbilities(actors.supervisor).workbench).toEqual(['supervisor']);
    expect(pageAbilities({ userId: 'x', unitId: 'A', roles: ['leader', 'unit_head'] }).workbench).toEqual([
      'unit',
      'leader',
    ]);
    expect(pageAbilities(actors.security).workbench).toEqual([]);
  });

  it('people of a section (科室) get the section cards instead of the unit cards', () => {
    expect(pageAbilities(actors.operatorA, { isSectionUser: true }).workbench).toEqual(['section']);
    expect(pageAbilities(actors.headA, { isSectionUser: true }).workbench).toEqual(['section']);
    expect(pageAbilities(actors.supervisor, { isSectionUser: true }).workbench).toEqual(['supervisor']);
    expect(pageAbilities(actors.headA, { isSectionUser: false }).workbench).toEqual(['unit']);
  });

  it('entry kinds come from the entry rule', () => {
    expect(pageAbilities(actors.headA).entryKinds).toEqual(['evaluation', 'bonus']);
  });
});
