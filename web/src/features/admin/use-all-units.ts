import { useMemo } from 'react';
import { unitsApi } from '../../api/endpoints';
import type { Unit } from '../../api/types';
import { useRequest } from '../../api/use-request';

export interface UnitTreeNode {
  value: string;
  title: string;
  disabled?: boolean;
  children?: UnitTreeNode[];
}

/** Every unit of the district (for parent and unit pickers and for id → name). */
export function useAllUnits() {
  const { data, loading, error, reload } = useRequest((signal) => unitsApi.list({}, signal), []);
  const units = useMemo(() => data?.items ?? [], [data]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  return { units, byId, loading, error, reload };
}

/** Ids of `rootId` and everything below it (a unit cannot move under itself). */
export function descendantIds(units: readonly Unit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const child of children.get(id) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}

/** Units as a tree for TreeSelect; `excluded` ids (and inactive units) cannot be chosen. */
export function unitTree(units: readonly Unit[], excluded: ReadonlySet<string> = new Set()): UnitTreeNode[] {
  const ids = new Set(units.map((u) => u.id));
  const nodes = new Map<string, UnitTreeNode>();
  for (const u of units) {
    nodes.set(u.id, {
      value: u.id,
      title: u.code ? `${u.name}（${u.code}）` : u.name,
      disabled: excluded.has(u.id) || !u.active,
    });
  }
  const roots: UnitTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id);
    if (!node) continue;
    const parent = u.parentId && ids.has(u.parentId) ? nodes.get(u.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
