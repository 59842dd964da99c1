import fastifyMultipart from '@fastify/multipart';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, fail } from '../../errors/app-error.js';
import { type AuthService } from '../auth/auth.service.js';
import { isReadOnlyView, refuseReadOnlyView } from '../../graphql/read-only-view.js';
import { checkAccess } from '../../graphql/auth-checker.js';
import { tooLarge } from '../../storage/local-disk-storage.js';
import { type CollateralDownload, type CollateralService, type ReceivedFile } from './collateral.service.js';

/** What a request presents: its API key, its session token and the app it names (`x-partnerkit-app`). */
export interface RequestCredentials {
  bearer: string | undefined;
  sessionToken: string | undefined;
  audience: 'admin' | 'partner' | undefined;
}

export interface CollateralRouteOptions {
  orm: MikroORM;
  auth: AuthService;
  /** The credentials of a request; `audience` picks the session cookie (else the `x-partnerkit-app` header). */
  credentialsOf: (request: FastifyRequest, audience?: 'admin' | 'partner') => RequestCredentials;
  collateral: CollateralService;
  /** Base of the addresses in answers (else the origin of the request). */
  publicUrl?: string | undefined;
}

/** Room for the form fields and multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
/** Served files never run as a page: no scripts, no plug-ins, no requests, only the file's own styles. */
const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/**
 * The collateral library's HTTP routes:
 * - `POST /collateral/uploads` (admins: session cookie with `x-partnerkit-app: admin`): a multipart form with
 *   the fields `kind` (BANNER or FILE), `title`, `notes`, `sortOrder`, `landingUrl`, `programIds` (repeated,
 *   or comma-separated) first and the `file` last. The fields are checked before the file is read; the
 *   file is refused past its size limit while it streams (413 `FILE_TOO_LARGE`, nothing kept) and by its
 *   bytes when it is not an allowed type. Answers 201 with the item's id.
 * - `GET /collateral/:id/download` (admins; partners for items their programs can see, counted): the file
 *   as an attachment. `?app=portal|admin` picks the session when the browser holds both.
 * - `GET /collateral/banners/<token>.<ext>`: a banner's public image, for the pages partners put it on.
 */
export async function registerCollateralRoutes(app: FastifyInstance, options: CollateralRouteOptions) {
  const { collateral } = options;
  const maxFile = Math.max(collateral.limits.bannerBytes, collateral.limits.fileBytes);
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: {
        fileSize: maxFile + 1,
        files: 1,
        fields: 20,
        fieldSize: 16 * 1024,
        parts: 22,
        headerPairs: 50,
      },
    });

    scope.post('/collateral/uploads', async (request, reply) => {
      // An early refusal closes the connection: the rest of a large body is never read.
      try {
        return await upload(request, reply);
      } catch (error) {
        reply.header('connection', 'close');
        throw mapMultipartError(error, maxFile);
      }
    });
  });

  async function upload(request: FastifyRequest, reply: FastifyReply) {
    const em = options.orm.em.fork();
    const credentials = options.credentialsOf(request);
    const actor = await options.auth.resolveActor(em, credentials);
    if (actor.kind === 'anonymous') fail('UNAUTHENTICATED', 'Sign in first.');
    refuseReadOnlyView(actor);
    if (actor.kind !== 'admin') fail('FORBIDDEN', 'Only admins upload collateral.');
    checkAccess(actor, 'Mutation.createCollateral'); // the admin's role: an upload creates collateral
    // The custom header cannot be sent by a form on another site: no cross-site uploads with the cookie.
    if (credentials.audience !== 'admin') {
      fail('FORBIDDEN', 'Send the header x-partnerkit-app: admin with an upload.');
    }
    if (!request.isMultipart()) fail('CONTENT_TYPE_UNSUPPORTED', 'Send the upload as multipart/form-data.');
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxFile + FORM_OVERHEAD_BYTES) throw tooLarge(maxFile);

    const fields: Record<string, string[]> = {};
    let received: ReceivedFile | null = null;
    let plan;
    try {
      for await (const part of request.parts()) {
        if (received) fail('UPLOAD_INVALID', 'Send the file last, after every field.', part.fieldname);
        if (part.type === 'field') {
          if (part.valueTruncated) fail('TOO_LONG', `${part.fieldname} is too long.`, part.fieldname);
          (fields[part.fieldname] ??= []).push(String(part.value));
          continue;
        }
        if (part.fieldname !== 'file')
          fail('UPLOAD_INVALID', 'Send the file in the field "file".', part.fieldname);
        plan = await collateral.planUpload(em, fields);
        received = await collateral.receiveFile(plan, part.file);
        if (part.file.truncated) throw tooLarge(plan.maxBytes);
      }
    } catch (error) {
      if (received) await collateral.discard(received);
      throw error;
    }
    if (!received || !plan) {
      await collateral.planUpload(em, fields);
      fail('UPLOAD_FILE_MISSING', 'Add the file (field "file").', 'file');
    }
    const item = await collateral.createUploaded(em, plan, received);
    return reply.code(201).send({
      id: item.id,
      kind: item.kind,
      title: item.title,
      contentType: item.contentType,
      byteSize: item.byteSize,
      width: item.width,
      height: item.height,
    });
  }

  app.get<{ Params: { id: string }; Querystring: { app?: string } }>(
    '/collateral/:id/download',
    async (request, reply) => {
      const em = options.orm.em.fork();
      const app = request.query.app;
      const actor = await options.auth.resolveActor(
        em,
        options.credentialsOf(request, app === 'admin' ? 'admin' : app === 'portal' ? 'partner' : undefined),
      );
      if (actor.kind === 'anonymous') fail('UNAUTHENTICATED', 'Sign in first.');
      const partnerId = actor.kind === 'partner' ? actor.partnerId : null;
      if (actor.kind === 'apiKey' && !actor.scopes.includes('*:read')) {
        fail('SCOPE_MISSING', 'This API key needs the scope "*:read".');
      }
      // An admin's read-only view downloads like the partner but is not counted (it writes nothing).
      const download = await collateral.download(em, partnerId, request.params.id, baseUrl(request), {
        count: !isReadOnlyView(actor),
      });
      reply.header('cache-control', 'private, no-store');
      return send(reply, download, 'attachment');
    },
  );

  app.get<{ Params: { name: string } }>('/collateral/banners/:name', async (request, reply) => {
    const banner = await collateral.publicBanner(options.orm.em.fork(), request.params.name);
    reply
      .header('cache-control', 'public, max-age=3600')
      .header('cross-origin-resource-policy', 'cross-origin');
    return send(reply, banner, 'inline');
  });

  function baseUrl(request: FastifyRequest): string {
    if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
    return `${request.protocol}://${request.host}`;
  }
}

function send(reply: FastifyReply, file: CollateralDownload, disposition: 'attachment' | 'inline') {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${disposition}; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', FILE_CSP);
  if (file.byteSize !== null) reply.header('content-length', String(file.byteSize));
  return reply.send(file.body);
}

/** The multipart plugin's refusals, as the catalogue's codes. */
function mapMultipartError(error: unknown, maxFile: number): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxFile);
  if (code === 'FST_FILES_LIMIT') return new AppError('UPLOAD_INVALID', 'Send one file per upload.', 'file');
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new AppError('UPLOAD_INVALID', 'The form has more fields than an upload takes.');
  }
  if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new AppError('UPLOAD_INVALID', 'The form cannot be read.');
  }
  return error;
}
