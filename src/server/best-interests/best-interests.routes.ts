import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './best-interests.schemas.ts';
import * as decision from './best-interests.decision.ts';
import * as bi from './best-interests.service.ts';

const tags = ['Best interests'];

export function registerBestInterestsRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const base = '/api/cases/:id/best-interests';

  app.get(
    base,
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Best-interests assessments and determinations of a case, sections shown per field group',
        params: s.caseIdParams,
        response: { 200: s.assessmentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => bi.listAssessments(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.get(
    `${base}/panel-candidates`,
    {
      config: requires('best-interests.record'),
      schema: {
        tags,
        summary: 'People who may sit on the decision panel for this case (besides you)',
        params: s.caseIdParams,
        response: { 200: s.panelCandidates, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => decision.panelCandidates(ctx, requireUser(request), request.params.id),
  );

  app.post(
    base,
    {
      config: requires('best-interests.record'),
      schema: {
        tags,
        summary: "Start a best-interests assessment (the child's views, family, risk, options)",
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.sectionsBody,
        response: { 201: s.assessment, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        bi.createAssessment(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    `${base}/:assessmentId`,
    {
      config: requires('best-interests.record'),
      schema: {
        tags,
        summary: 'Replace the sections sent (the others stay) while the assessment is open',
        headers: ifMatchHeader,
        params: s.assessmentParams,
        body: s.sectionsBody,
        response: { 200: s.assessment, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await bi.updateSections(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.assessmentId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    `${base}/:assessmentId/propose`,
    {
      config: requires('best-interests.record'),
      schema: {
        tags,
        summary:
          'Propose the determination (durable solution and reasons) to a panel; return or reunification against the risk assessment is refused (422)',
        headers: ifMatchHeader,
        params: s.assessmentParams,
        body: s.proposeBody,
        response: { 200: s.assessment, ...errorResponses(400, 401, 403, 404, 409, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const saved = await decision.proposeDecision(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.assessmentId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  for (const [step, summary, run] of [
    [
      'confirm',
      'Confirm the proposed determination as a panel member; the last confirmation takes it',
      decision.confirmDecision,
    ],
    [
      'decline',
      'Do not confirm: the proposal is withdrawn and the assessment reopens',
      decision.declineDecision,
    ],
  ] as const) {
    app.post(
      `${base}/:assessmentId/${step}`,
      {
        config: requires('best-interests.decide'),
        schema: {
          tags,
          summary,
          headers: ifMatchHeader,
          params: s.assessmentParams,
          response: { 200: s.assessment, ...errorResponses(401, 403, 404, 409, 412, 422, 428) },
        },
      },
      async (request, reply) => {
        const saved = await run(
          ctx,
          requireUser(request),
          actorOf(request),
          request.params.id,
          request.params.assessmentId,
          requiredVersion(request),
        );
        setEtag(reply, saved.version);
        return saved;
      },
    );
  }
}
