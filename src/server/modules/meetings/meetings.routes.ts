import { requireActor } from '../../context';
import { ZIdParams, type App } from '../../http';
import { createMeeting } from './create-meeting';
import { draftMeetingAgenda } from './draft-agenda';
import { getAgenda } from './get-agenda';
import { getMeeting } from './get-meeting';
import { listMeetingDecisions } from './list-meeting-decisions';
import { listMeetings } from './list-meetings';
import { meetingMinutes } from './meeting-minutes';
import {
  ZAgenda,
  ZAgendaBody,
  ZCreateMeetingBody,
  ZDecisionBody,
  ZDraftAgendaBody,
  ZMeetingDecision,
  ZMeetingDecisionList,
  ZMeetingDetail,
  ZMeetingList,
  ZUpdateMeetingBody,
} from './meetings.schemas';
import { recordMeetingDecision } from './record-decision';
import { replaceAgenda } from './replace-agenda';
import { updateMeeting } from './update-meeting';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['meetings'];

/** 周六例会: /api/v1/meetings (issue 14). */
export function registerMeetingRoutes(app: App): void {
  app.get(
    '/api/v1/meetings',
    { schema: { tags, summary: '项目例会 Weekly project meetings', response: { 200: ZMeetingList } } },
    async (request) => listMeetings(requireActor(request.ctx)),
  );
  app.post(
    '/api/v1/meetings',
    {
      schema: {
        tags,
        summary: '新建例会 Prepare a meeting (office)',
        body: ZCreateMeetingBody,
        response: { 201: ZMeetingDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(requireActor(request.ctx), request.body)),
  );
  app.get(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: '例会详情 A meeting with its agenda (facts per item) and decisions',
        params: ZIdParams,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => getMeeting(requireActor(request.ctx), request.params.id),
  );
  app.patch(
    '/api/v1/meetings/:id',
    {
      schema: {
        tags,
        summary: '修改例会 / 标记召开 Edit a meeting or mark it held',
        params: ZIdParams,
        body: ZUpdateMeetingBody,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => updateMeeting(requireActor(request.ctx), request.params.id, request.body),
  );
  app.get(
    '/api/v1/meetings/:id/agenda',
    {
      schema: { tags, summary: '议程 The agenda', params: ZIdParams, response: { 200: ZAgenda } },
    },
    async (request) => getAgenda(requireActor(request.ctx), request.params.id),
  );
  app.put(
    '/api/v1/meetings/:id/agenda',
    {
      schema: {
        tags,
        summary: '调整议程 Reorder, add and remove agenda items',
        params: ZIdParams,
        body: ZAgendaBody,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => replaceAgenda(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/meetings/:id/agenda/draft',
    {
      schema: {
        tags,
        summary: '生成议程 Draft the agenda from its sources',
        params: ZIdParams,
        body: ZDraftAgendaBody,
        response: { 200: ZMeetingDetail },
      },
    },
    async (request) => draftMeetingAgenda(requireActor(request.ctx), request.params.id, request.body),
  );
  app.get(
    '/api/v1/meetings/:id/decisions',
    {
      schema: {
        tags,
        summary: '议定事项 The decisions',
        params: ZIdParams,
        response: { 200: ZMeetingDecisionList },
      },
    },
    async (request) => listMeetingDecisions(requireActor(request.ctx), request.params.id),
  );
  app.post(
    '/api/v1/meetings/:id/decisions',
    {
      schema: {
        tags,
        summary: '记录议定事项 Record a decision (becomes a published task)',
        params: ZIdParams,
        body: ZDecisionBody,
        response: { 201: ZMeetingDecision },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordMeetingDecision(requireActor(request.ctx), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/meetings/:id/minutes.docx',
    { schema: { tags, summary: '会议纪要 The minutes as .docx', params: ZIdParams } },
    async (request, reply) => {
      const { fileName, bytes } = await meetingMinutes(requireActor(request.ctx), request.params.id);
      return reply
        .type(docxType)
        .header(
          'content-disposition',
          `attachment; filename="minutes.docx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(bytes);
    },
  );
}
