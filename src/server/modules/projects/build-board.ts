/**
 * The board of a district as of a day: its public projects with only their public fields, as the board
 * (poster, page) and as the public JSON. The poster, the public page and its JSON all come from here.
 */
import {
  buildBoard,
  isBoardField,
  publicProject,
  type Board,
  type BoardField,
  type PublicProject,
} from '../../../domain/project-board';
import type { Executor } from '../../db/client';
import { loadSettings } from '../settings/settings.repository';
import { loadBoardFacts } from './load-board-facts';

/** The public fields the district chose (the setting), unknown values dropped. */
export async function publicFieldsOf(tx: Executor, tenantId: string): Promise<BoardField[]> {
  const settings = await loadSettings(tx, tenantId);
  return settings['projects.board.publicFields'].filter(isBoardField);
}

export async function buildPublicBoard(
  tx: Executor,
  tenant: { id: string; name: string },
  asOf: string,
): Promise<{ board: Board; fields: BoardField[]; projects: PublicProject[] }> {
  const fields = await publicFieldsOf(tx, tenant.id);
  const facts = await loadBoardFacts(tx, tenant.id, { publicOnly: true }, asOf);
  return {
    board: buildBoard({ district: tenant.name, asOf, fields, projects: facts }),
    fields,
    projects: facts.map((f) => publicProject(f, fields)),
  };
}
