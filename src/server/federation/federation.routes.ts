import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses, ifMatchHeader } from '../http/openapi.ts';
import { publicRoute, requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as federation from './federation.service.ts';
import * as s from './federation.schemas.ts';
import { federationIdentity } from './identity.ts';
import { confirmPeer, peers, registerPeer, revokePeer } from './peers.service.ts';
import { receiveDelivery } from './receive.service.ts';

const tags = ['Federation'];
const manage = requires('federation.manage');

export function registerFederationRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const db = ctx.database.db;

  // Other nodes deliver here. No session: the signatures are the authentication (receive.service.ts).
  app.post(
    '/api/federation/messages',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Deliver a signed message from a peer node (node to node, not for people)',
        body: s.deliveryBody,
        response: { 200: s.receiptResponse, ...errorResponses(400, 401, 403, 409, 421) },
      },
    },
    async (request) =>
      receiveDelivery(ctx, await federationIdentity(ctx.config), request.body.token, actorOf(request)),
  );

  app.get(
    '/api/federation/identity',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'This node’s id, address and public keys (confirm the fingerprint out of band)',
        response: { 200: s.identity },
      },
    },
    async () => federation.identityView(ctx),
  );

  app.get(
    '/api/admin/federation/peers',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Registered peers',
        response: { 200: s.peerList, ...errorResponses(401, 403) },
      },
    },
    async () => ({ items: await peers(db) }),
  );

  app.post(
    '/api/admin/federation/peers',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Register a peer (or its new keys): pending until its fingerprint is confirmed',
        body: s.peerBody,
        response: { 200: s.peer, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request) => registerPeer(db, await federationIdentity(ctx.config), actorOf(request), request.body),
  );

  app.post(
    '/api/admin/federation/peers/:country/confirm',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Confirm a peer’s fingerprint, read out by its administrator (If-Match: the peer you read)',
        headers: ifMatchHeader,
        params: s.peerParams,
        body: s.confirmBody,
        response: { 200: s.peer, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const peer = await confirmPeer(
        db,
        actorOf(request),
        request.params.country,
        request.body.fingerprint,
        requiredVersion(request),
      );
      setEtag(reply, peer.version);
      return peer;
    },
  );

  app.post(
    '/api/admin/federation/peers/:country/revoke',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Revoke a peer: nothing it sends is accepted any more (If-Match: the peer you read)',
        headers: ifMatchHeader,
        params: s.peerParams,
        response: { 200: s.peer, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const peer = await revokePeer(db, actorOf(request), request.params.country, requiredVersion(request));
      setEtag(reply, peer.version);
      return peer;
    },
  );

  app.get(
    '/api/admin/federation/outbox',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Messages to deliver: pending, delivered, failed after the last attempt',
        querystring: s.outboxQuery,
        response: { 200: s.outboxList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({ items: await federation.outbox(ctx, request.query.status) }),
  );

  app.post(
    '/api/admin/federation/outbox/:id/retry',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Try a message again now, with a fresh count of attempts',
        params: s.messageParams,
        response: { 200: s.outboxItem, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => federation.retryMessage(ctx, actorOf(request), request.params.id),
  );

  app.get(
    '/api/admin/federation/inbox',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Messages received: applied, or held for their predecessor',
        response: { 200: s.inboxList, ...errorResponses(401, 403) },
      },
    },
    async () => ({ items: await federation.inbox(ctx) }),
  );

  app.post(
    '/api/admin/federation/test-messages',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send a ping (answered by a pong) or a sealed test text to a peer',
        body: s.testMessageBody,
        response: { 201: s.queued, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return federation.sendTestMessage(ctx, actorOf(request), request.body);
    },
  );
}
