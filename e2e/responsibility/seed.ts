/**
 * The district of the responsibility browser test (issue 15): 区人社局 leads "新增城镇就业" (a target of 3000
 * jobs) with three streets cooperating; 城关街道 has a section (社会事务科) with its own account. Seeding goes
 * through the HTTP API, as an office's script would.
 */
import { Client, createAccount, seedDistrict, shanghaiDay, type District } from '../helpers';

export const accounts = {
  supervisor: { username: 'duchashi', password: 'Duchashi#2024' },
  leadOperator: { username: 'rsj.liaison', password: 'Rsj#Liaison2024' },
  leadHead: { username: 'rsj.head', password: 'Rsj#Head2024' },
  streetOperator: { username: 'cgjd.liaison', password: 'Cgjd#Liaison2024' },
  streetHead: { username: 'cgjd.head', password: 'Cgjd#Head2024' },
  sectionStaff: { username: 'cgjd.shsw', password: 'Cgjd#Shsw2024' },
} as const;

export interface ResponsibilityWorld {
  district: District;
  taskId: string;
  targetId: string;
  /** Unit ids by code: RSJ (lead), CGJD, DMJD, XCJD (streets), SHSW (section of CGJD). */
  units: Record<'RSJ' | 'CGJD' | 'DMJD' | 'XCJD' | 'SHSW', string>;
}

export async function seedResponsibility(): Promise<ResponsibilityWorld> {
  const district = await seedDistrict({
    units: [
      { name: '区人力资源和社会保障局', code: 'RSJ' },
      { name: '城关街道', code: 'CGJD', kind: 'street' },
      { name: '东门街道', code: 'DMJD', kind: 'street' },
      { name: '西城街道', code: 'XCJD', kind: 'street' },
    ],
    accounts: [
      { ...accounts.supervisor, displayName: '督查室 李娜', roles: ['supervisor'] },
      {
        ...accounts.leadOperator,
        displayName: '人社局联络员 王芳',
        roles: ['unit_operator'],
        unitCode: 'RSJ',
      },
      { ...accounts.leadHead, displayName: '人社局局长 赵强', roles: ['unit_head'], unitCode: 'RSJ' },
      {
        ...accounts.streetOperator,
        displayName: '城关街道联络员 陈静',
        roles: ['unit_operator'],
        unitCode: 'CGJD',
      },
      { ...accounts.streetHead, displayName: '城关街道主任 刘洋', roles: ['unit_head'], unitCode: 'CGJD' },
    ],
  });
  const { admin, base } = district;
  // The section: a child unit of the street, with its own account.
  const section = await admin.call<{ id: string }>('POST', '/units', {
    name: '社会事务科',
    code: 'SHSW',
    kind: 'section',
    parentId: district.unitIds.CGJD,
  });
  district.userIds[accounts.sectionStaff.username] = await createAccount(admin, base, {
    ...accounts.sectionStaff,
    displayName: '社会事务科 周敏',
    roles: ['unit_operator'],
    unitId: section.id,
  });

  const sup = await Client.login(base, accounts.supervisor.username, accounts.supervisor.password);
  const decision = await sup.call<{ id: string }>('POST', '/decisions', {
    title: '区委五届七次全会工作报告',
    kind: 'plenary',
    date: shanghaiDay(-120),
    source: 'district_direct',
  });
  const task = await sup.call<{ id: string; targets: Array<{ id: string }> }>('POST', '/tasks', {
    decisionId: decision.id,
    title: '稳定和扩大就业，全年新增城镇就业3000人',
    leadUnitId: district.unitIds.RSJ,
    coUnitIds: [district.unitIds.CGJD, district.unitIds.DMJD, district.unitIds.XCJD],
    startDate: shanghaiDay(-100),
    dueDate: shanghaiDay(120),
    targets: [{ indicator: '新增城镇就业', unit: '人', targetValue: 3000, comparator: '>=' }],
  });
  await sup.call('POST', `/decisions/${decision.id}/publish`);
  const lead = await Client.login(base, accounts.leadOperator.username, accounts.leadOperator.password);
  await lead.call('POST', `/tasks/${task.id}/accept`);
  const targetId = task.targets[0]?.id;
  if (!targetId) throw new Error('the task has no target');
  return {
    district,
    taskId: task.id,
    targetId,
    units: {
      RSJ: district.unitIds.RSJ!,
      CGJD: district.unitIds.CGJD!,
      DMJD: district.unitIds.DMJD!,
      XCJD: district.unitIds.XCJD!,
      SHSW: section.id,
    },
  };
}
