import { isNodeLate } from '../../../domain/project-lights';
import type { NodeWithDeps } from './projects.repository';
import type { TProjectNode } from './projects.schemas';

export function presentProjectNode(node: NodeWithDeps, asOf: string): TProjectNode {
  return {
    id: node.id,
    projectId: node.projectId,
    name: node.name,
    kind: node.kind,
    unitId: node.unitId,
    unitName: node.unitName,
    plannedStart: node.plannedStart,
    plannedEnd: node.plannedEnd,
    baselineStart: node.baselineStart,
    baselineEnd: node.baselineEnd,
    actualStart: node.actualStart,
    actualEnd: node.actualEnd,
    dependsOn: node.dependsOn,
    sort: node.sort,
    late: isNodeLate(node, asOf),
    version: node.version,
  };
}
