import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAgencyRoutes } from './agencies/agencies.routes.ts';
import { registerTeamRoutes } from './teams/teams.routes.ts';
import { registerApprovalRoutes } from './approvals/approvals.routes.ts';
import { registerReferralRoutes } from './referrals/referrals.routes.ts';
import { registerAttachmentRoutes } from './attachments/attachments.routes.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerRefusalTrail } from './audit/refusal-trail.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerAuthentication } from './auth/authenticate.ts';
import { registerBreakGlassRoutes } from './break-glass/break-glass.routes.ts';
import { registerPasskeyRoutes } from './auth/passkeys.routes.ts';
import { registerBestInterestsRoutes } from './best-interests/best-interests.routes.ts';
import { registerCasePeopleRoutes } from './case-people/case-people.routes.ts';
import { registerCaseRoutes } from './cases/cases.routes.ts';
import { registerAgeAssessmentRoutes } from './cases/age-assessments.routes.ts';
import { registerConsentRoutes } from './consents/consents.routes.ts';
import { registerDirectoryRoutes } from './directory/directory.routes.ts';
import { registerLegalHoldRoutes } from './retention/legal-holds.routes.ts';
import { registerSubjectAccessRoutes } from './retention/subject-access.routes.ts';
import { registerDuplicateRoutes } from './duplicates/duplicates.routes.ts';
import { registerFederationRoutes } from './federation/federation.routes.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandling, sendNotFoundOrMethodNotAllowed } from './http/error-handler.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSystemRoutes } from './http/system.routes.ts';
import { registerWebAssets } from './http/web-assets.ts';
import { registerInboxRoutes } from './inbox/inbox.routes.ts';
import { loggerOptions } from './logger.ts';
import { registerDashboardRoutes } from './dashboard/dashboard.routes.ts';
import { registerJusticeRoutes } from './justice/justice.routes.ts';
import { registerNoteRoutes } from './notes/notes.routes.ts';
import { registerMailer } from './notifications/mailer.ts';
import { registerPlanRoutes } from './plans/plans.routes.ts';
import { registerNotificationRoutes } from './notifications/notifications.routes.ts';
import { registerReferenceRoutes } from './reference/reference.routes.ts';
import { registerScreeningRoutes } from './screening/screening.routes.ts';
import { registerMonitoringRoutes } from './monitoring/monitoring.routes.ts';
import { registerStatusRoutes } from './status/status.routes.ts';
import { registerTraffickingHistoryRoutes } from './trafficking-history/trafficking-history.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';

export type BuildOptions = { webRoot?: string; logger?: boolean; logStream?: NodeJS.WritableStream };

/**
 * A hop count becomes "trust the n nearest hops" (Fastify's own reading of a number, which its types do
 * not declare); addresses go through as they are.
 */
function fastifyTrustProxy(trust: false | number | string[]) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

function patternOf(url: string): RegExp {
  const escaped = url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            ...loggerOptions(ctx.config.logLevel),
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(ctx.config.trustProxy),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every API route must declare its access; the 405 answer needs each path's methods.
  const apiRoutes = new Map<string, Set<string>>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`Route ${route.url} declares no access rule`);
    const methods = apiRoutes.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) if (method !== 'HEAD') methods.add(method);
    apiRoutes.set(route.url, methods);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Haven national node API',
        version: '0.1.0',
        description:
          'Child-centred National Referral Mechanism. Sign in with POST /api/auth/login; the session travels in an ' +
          'HttpOnly cookie, and every write must echo the haven_csrf cookie in the x-csrf-token header. Errors use ' +
          '{ error: { code, message, details }, requestId }.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'haven_session' } } },
      security: [{ session: [] }],
    },
    transform: createJsonSchemaTransform({
      skipList: ['/api/docs', '/api/docs/*'],
      zodToJsonConfig: { target: 'draft-2020-12' },
    }),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: false },
  });

  registerErrorHandling(app);
  registerRefusalTrail(app, ctx);
  registerSecurityHeaders(app);
  registerAuthentication(app, ctx);

  registerSystemRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerPasskeyRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerFederationRoutes(app, ctx);
  // The regional hub never holds a child's identity: it has its accounts, its audit log and the
  // federation endpoints, and none of the case routes (docs/federation.md).
  if (ctx.config.role === 'node') registerNodeRoutes(app, ctx);

  app.get('/api/openapi.json', { config: { access: { kind: 'public' } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webRoot = options.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) await registerWebAssets(app, webRoot);

  await app.after();
  const routes = [...apiRoutes.entries()].map(([url, methods]) => ({ pattern: patternOf(url), methods }));
  const apiNotFound = sendNotFoundOrMethodNotAllowed(routes);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !hasWeb || request.method !== 'GET') {
      return apiNotFound(request, reply);
    }
    // A chunk of an earlier release (a tab open across an upgrade) must fail as a 404, not parse HTML as code.
    if (request.url.startsWith('/assets/')) return apiNotFound(request, reply);
    // The web app routes on the client: any other GET gets its shell.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}

/** The national node's case work: everything the hub does not run. */
function registerNodeRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerAgencyRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerReferenceRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerAgeAssessmentRoutes(app, ctx);
  registerDuplicateRoutes(app, ctx);
  registerBreakGlassRoutes(app, ctx);
  registerCasePeopleRoutes(app, ctx);
  registerConsentRoutes(app, ctx);
  registerNoteRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerTraffickingHistoryRoutes(app, ctx);
  registerScreeningRoutes(app, ctx);
  registerStatusRoutes(app, ctx);
  registerMonitoringRoutes(app, ctx);
  registerPlanRoutes(app, ctx);
  registerBestInterestsRoutes(app, ctx);
  registerJusticeRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerApprovalRoutes(app, ctx);
  registerReferralRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerInboxRoutes(app, ctx);
  registerMailer(app, ctx);
  registerDirectoryRoutes(app, ctx);
  registerLegalHoldRoutes(app, ctx);
  registerSubjectAccessRoutes(app, ctx);
}
