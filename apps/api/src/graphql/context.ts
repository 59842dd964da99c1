import { type EntityManager } from '@mikro-orm/postgresql';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type Actor } from './actor.js';

/** Per-operation context: a forked EntityManager, the caller, and (over HTTP) the request and reply. */
export interface GraphQLContext {
  em: EntityManager;
  actor: Actor;
  request?: FastifyRequest;
  reply?: FastifyReply;
}
