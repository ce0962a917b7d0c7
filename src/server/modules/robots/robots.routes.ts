import { requireActor } from '../../context';
import type { App } from '../../http';
import { createRobot } from './create-robot';
import { listRobots } from './list-robots';
import {
  ZCreateRobotBody,
  ZRobot,
  ZRobotList,
  ZRobotParams,
  ZRobotTestResult,
  ZUpdateRobotBody,
} from './robots.schemas';
import { testSendRobot } from './test-send-robot';
import { updateRobot } from './update-robot';

export function registerRobotRoutes(app: App): void {
  app.get(
    '/api/v1/robots',
    {
      schema: {
        tags: ['robots'],
        summary: '群机器人 The group robots notices go to (office, admin)',
        response: { 200: ZRobotList },
      },
    },
    async (request) => listRobots(requireActor(request.ctx)),
  );
  app.post(
    '/api/v1/robots',
    {
      schema: {
        tags: ['robots'],
        summary: '添加群机器人 Add a robot (钉钉, 企业微信, 飞书) of the district or of a unit',
        body: ZCreateRobotBody,
        response: { 201: ZRobot },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRobot(requireActor(request.ctx), request.body)),
  );
  app.patch(
    '/api/v1/robots/:id',
    {
      schema: {
        tags: ['robots'],
        summary: '修改群机器人 Change a robot (address and secret only when replaced)',
        params: ZRobotParams,
        body: ZUpdateRobotBody,
        response: { 200: ZRobot },
      },
    },
    async (request) => updateRobot(requireActor(request.ctx), request.params.id, request.body),
  );
  app.post(
    '/api/v1/robots/:id/test',
    {
      schema: {
        tags: ['robots'],
        summary: '测试发送 Send a test message now and show the vendor answer',
        params: ZRobotParams,
        response: { 200: ZRobotTestResult },
      },
    },
    async (request) => testSendRobot(requireActor(request.ctx), request.params.id),
  );
}
