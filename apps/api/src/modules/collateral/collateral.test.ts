import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Caller,
  cookieFrom,
  createPartner,
  createTestApp,
  errorOf,
  onPostgreSQL,
  signedInAdmin,
  type TestApp,
  unique,
} from '../../test-support/test-app.js';
import { AdminRole } from '../../kernel/admin-user.entity.js';
import { gif, jpeg, multipartBody, pdf, png, svg, webp, zip } from '../../test-support/files.js';
import { CollateralItem } from './collateral-item.entity.js';

/** Same as in click.test.ts and tracking-link.test.ts (one shared database). */
const TEST_SETTINGS = {
  defaultLandingUrl: 'https://shop.example.com/welcome',
  allowedDomains: ['shop.example.com', '*.example.org'],
};
const BANNER_LIMIT_MB = 0.25;
const FILE_LIMIT_MB = 1;

const filesDir = mkdtempSync(join(tmpdir(), 'partnerkit-collateral-'));
let t: TestApp;
let admin: Caller;
let programA: string;
let programB: string;
let alice: { id: string; code: string; caller: Caller };
let bob: { id: string; code: string; caller: Caller };

async function program(name: string) {
  const result = await t.gql(
    'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }',
    {
      i: {
        name: `${name} ${unique()}`,
        currency: 'USD',
        rules: [{ layer: 'DEFAULT', levels: [{ level: 1, sale: { kind: 'PERCENT', percent: '10' } }] }],
      },
    },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createProgram.id as string;
}

async function signedInPartner(programIds: string[], extra: Record<string, unknown> = {}) {
  const password = 'partner-pass-123';
  const partner = await createPartner(t, admin, { password, programIds, status: 'ACTIVE', ...extra });
  const signIn = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: partner.code, p: password },
    { app: 'portal' },
  );
  return {
    id: partner.id,
    code: partner.code,
    caller: { cookie: cookieFrom(signIn.headers), app: 'portal' } as Caller,
  };
}

beforeAll(async () => {
  t = await createTestApp({
    PUBLIC_URL: 'https://go.example.com',
    FILES_DIR: filesDir,
    COLLATERAL_MAX_BANNER_MB: String(BANNER_LIMIT_MB),
    COLLATERAL_MAX_FILE_MB: String(FILE_LIMIT_MB),
  });
  admin = await signedInAdmin(t);
  const settings = await t.gql(
    'mutation($i: UpdateMerchantSettingsInput!) { updateMerchantSettings(input: $i) { defaultLandingUrl } }',
    { i: TEST_SETTINGS },
    admin,
  );
  if (settings.errors) throw new Error(JSON.stringify(settings.errors));
  programA = await program('Program A');
  programB = await program('Program B');
  alice = await signedInPartner([programA], { name: 'Alice <Agency>' });
  bob = await signedInPartner([programB]);
});
afterAll(async () => {
  await t.close();
  rmSync(filesDir, { recursive: true, force: true });
});

/** Every file under the storage folder (the temporary `incoming/` included). */
function storedFiles(): string[] {
  return readdirSync(filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
const countItems = () => t.orm.em.fork().count(CollateralItem, {});

interface UploadOptions {
  kind?: string;
  title?: string;
  programIds?: string[];
  landingUrl?: string;
  name?: string;
  type?: string;
  caller?: Caller;
  extraFields?: Array<[string, string]>;
}

async function upload(bytes: Buffer | null, options: UploadOptions = {}) {
  const fields: Array<[string, string]> = [
    ['kind', options.kind ?? 'BANNER'],
    ['title', options.title ?? `Banner ${unique()}`],
    ['notes', 'For the sidebar'],
    ['sortOrder', '3'],
    ...(options.programIds ?? [programA]).map((id): [string, string] => ['programIds', id]),
    ...(options.landingUrl !== undefined ? [['landingUrl', options.landingUrl] as [string, string]] : []),
    ...(options.extraFields ?? []),
  ];
  const body = multipartBody(
    fields,
    bytes ? { name: options.name ?? 'banner.png', type: options.type ?? 'image/png', bytes } : undefined,
  );
  const caller = options.caller ?? admin;
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.app) headers['x-partnerkit-app'] = caller.app;
  const response = await t.app.inject({
    method: 'POST',
    url: '/collateral/uploads',
    headers,
    payload: body.payload,
  });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

/** Expects a refusal that leaves no row and no file behind. */
async function expectRefused(
  run: () => Promise<{ status: number; body: Record<string, unknown> }>,
  expected: { status: number; reason: string; field?: string },
) {
  const [items, files] = [await countItems(), storedFiles().length];
  const result = await run();
  expect([result.status, result.body.reason, result.body.field]).toEqual([
    expected.status,
    expected.reason,
    expected.field,
  ]);
  expect(await countItems()).toBe(items);
  expect(storedFiles()).toHaveLength(files);
  return result;
}

const MY_COLLATERAL = `query($k: CollateralKind) { myCollateral(kind: $k) { id kind title notes landingUrl trackingLink
  contentType width height imageUrl bannerHtml subject body format downloadUrl } }`;
const CREATE =
  'mutation($i: CreateCollateralInput!) { createCollateral(input: $i) { id kind title subject body format } }';
const USAGE = `query($id: ID!) { collateralItem(id: $id) { usage { copies downloads partners { partner { code } copies downloads } } } }`;

describe('uploads: each allowed type, detected from the bytes', () => {
  test.each([
    ['PNG', () => png(300, 250), 'image/png', 300, 250],
    ['JPEG', () => jpeg(728, 90), 'image/jpeg', 728, 90],
    ['GIF', () => gif(120, 600), 'image/gif', 120, 600],
    ['WebP', () => webp(160, 600), 'image/webp', 160, 600],
    ['SVG', () => svg(), 'image/svg+xml', 300, 250],
    ['SVG sized by its viewBox', () => svg(undefined, 'viewBox="0 0 468 60"'), 'image/svg+xml', 468, 60],
  ])('a %s banner is stored with its size', async (_name, bytes, type, width, height) => {
    // A misleading name and declared type: neither is believed.
    const result = await upload(bytes(), { name: 'whatever.bin', type: 'application/octet-stream' });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ kind: 'BANNER', contentType: type, width, height });
    const files = storedFiles();
    expect(files.some((file) => file.includes('whatever'))).toBe(false);
    expect(files.every((file) => /\/[0-9a-f]{2}\/[0-9a-f]{32}$/.test(file))).toBe(true);
  });

  test.each([
    ['PDF', pdf, 'application/pdf'],
    ['ZIP', () => zip(), 'application/zip'],
  ])('a %s file is stored', async (_name, bytes, type) => {
    const result = await upload(bytes(), { kind: 'FILE', name: 'x.dat' });
    expect([result.status, result.body.contentType, result.body.width]).toEqual([201, type, null]);
  });
});

describe('uploads: refusals store nothing', () => {
  test('a disallowed type: a PDF as a banner, a PNG as a file, plain text', async () => {
    await expectRefused(() => upload(pdf(), { name: 'a.png' }), {
      status: 400,
      reason: 'COLLATERAL_TYPE_NOT_ALLOWED',
      field: 'file',
    });
    await expectRefused(() => upload(png(10, 10), { kind: 'FILE' }), {
      status: 400,
      reason: 'COLLATERAL_TYPE_NOT_ALLOWED',
      field: 'file',
    });
    await expectRefused(() => upload(Buffer.from('just some text\n'), { kind: 'FILE', name: 'a.pdf' }), {
      status: 400,
      reason: 'COLLATERAL_TYPE_NOT_ALLOWED',
      field: 'file',
    });
  });

  test('an HTML page renamed .png and declared image/png', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script><svg></svg></body></html>');
    await expectRefused(() => upload(html, { name: 'banner.png', type: 'image/png' }), {
      status: 400,
      reason: 'COLLATERAL_TYPE_NOT_ALLOWED',
      field: 'file',
    });
  });

  test('a PNG header over garbage (no readable size) is refused', async () => {
    const broken = png(10, 10);
    broken.writeUInt32BE(0, 16); // width 0
    await expectRefused(() => upload(broken), {
      status: 400,
      reason: 'IMAGE_INVALID',
      field: 'file',
    });
  });

  test.each([
    ['a <script>', '<script>alert(1)</script>'],
    ['a namespaced script', '<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'],
    ['an onload handler', '<rect width="10" height="10" onload="alert(1)"/>'],
    ['an ONCLICK handler', '<g ONCLICK="alert(1)"/>'],
    ['a javascript: link', '<a href="javascript:alert(1)"><rect width="5" height="5"/></a>'],
    [
      'a spaced java script: link',
      '<a xlink:href=" java&#x09;script:alert(1)"><rect width="5" height="5"/></a>',
    ],
    [
      'a <foreignObject>',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
    ],
    ['an external image', '<image href="https://evil.example/x.png" width="5" height="5"/>'],
    ['an external xlink:href', '<use xlink:href="https://evil.example/sprite.svg#a"/>'],
    [
      'an external url() in style',
      '<rect style="fill: url(https://evil.example/p.svg#g)" width="5" height="5"/>',
    ],
    ['an external url() attribute', '<rect fill="url(//evil.example/p#g)" width="5" height="5"/>'],
    ['a CSS @import', '<style>@import "https://evil.example/a.css";</style>'],
    [
      'an SVG data URL (could hide a script)',
      '<image href="data:image/svg+xml;base64,PHN2Zz4=" width="5" height="5"/>',
    ],
    ['an animated href', '<a><set attributeName="href" to="javascript:alert(1)"/></a>'],
  ])('an SVG with %s', async (_what, inner) => {
    await expectRefused(() => upload(svg(inner), { name: 'banner.svg', type: 'image/svg+xml' }), {
      status: 400,
      reason: 'SVG_UNSAFE',
      field: 'file',
    });
  });

  test('an SVG with a DOCTYPE (entities) is refused; internal references and inline PNGs are fine', async () => {
    const doctype = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e "x">]><svg xmlns="http://www.w3.org/2000/svg" width="5" height="5">&e;</svg>',
    );
    await expectRefused(() => upload(doctype, { name: 'a.svg' }), {
      status: 400,
      reason: 'SVG_UNSAFE',
      field: 'file',
    });
    const safe = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<rect fill="url(#g)" width="10" height="10"/><use href="#g"/>' +
        `<image href="data:image/png;base64,${png(1, 1).toString('base64')}" width="1" height="1"/>`,
    );
    expect((await upload(safe, { name: 'ok.svg' })).status).toBe(201);
  });

  test('an oversize file: 413 FILE_TOO_LARGE, per kind', async () => {
    const bigBanner = png(400, 400 + 1); // raw pixels compress well: pad instead
    const padded = Buffer.concat([bigBanner, Buffer.alloc(Math.ceil(BANNER_LIMIT_MB * 1024 * 1024))]);
    await expectRefused(() => upload(padded), { status: 413, reason: 'FILE_TOO_LARGE', field: 'file' });
    const bigPdf = Buffer.concat([pdf(), Buffer.alloc(FILE_LIMIT_MB * 1024 * 1024)]);
    await expectRefused(() => upload(bigPdf, { kind: 'FILE' }), {
      status: 413,
      reason: 'FILE_TOO_LARGE',
      field: 'file',
    });
    // Under the file limit but over the banner limit: a file, not a banner.
    const mid = Buffer.concat([pdf(), Buffer.alloc(Math.ceil(BANNER_LIMIT_MB * 1024 * 1024))]);
    expect((await upload(mid, { kind: 'FILE' })).status).toBe(201);
  });

  test('bad fields are refused before the file is read', async () => {
    await expectRefused(() => upload(png(5, 5), { landingUrl: 'https://elsewhere.test/page' }), {
      status: 400,
      reason: 'LINK_DOMAIN_NOT_ALLOWED',
      field: 'landingUrl',
    });
    await expectRefused(() => upload(png(5, 5), { programIds: [] }), {
      status: 400,
      reason: 'REQUIRED',
      field: 'programIds',
    });
    await expectRefused(() => upload(png(5, 5), { programIds: ['0b8c5a4e-6f0e-4a8e-9d3c-2f1e0d9c8b7a'] }), {
      status: 404,
      reason: 'PROGRAM_NOT_FOUND',
      field: 'programIds',
    });
    await expectRefused(() => upload(png(5, 5), { title: '  ' }), {
      status: 400,
      reason: 'REQUIRED',
      field: 'title',
    });
    await expectRefused(() => upload(png(5, 5), { kind: 'EMAIL_SWIPE' }), {
      status: 400,
      reason: 'COLLATERAL_KIND_INVALID',
      field: 'kind',
    });
    await expectRefused(() => upload(png(5, 5), { extraFields: [['storageKey', '../../etc']] }), {
      status: 400,
      reason: 'UPLOAD_INVALID',
      field: 'storageKey',
    });
    await expectRefused(() => upload(null), { status: 400, reason: 'UPLOAD_FILE_MISSING', field: 'file' });
  });

  test('only a signed-in admin, with the admin header, uploads', async () => {
    await expectRefused(() => upload(png(5, 5), { caller: alice.caller }), {
      status: 403,
      reason: 'FORBIDDEN',
    });
    await expectRefused(() => upload(png(5, 5), { caller: {} }), { status: 401, reason: 'UNAUTHENTICATED' });
    await expectRefused(() => upload(png(5, 5), { caller: { cookie: admin.cookie! } }), {
      status: 403,
      reason: 'FORBIDDEN',
    });
  });

  test('a viewer may not upload (as createCollateral); a manager may', async () => {
    const viewer = await signedInAdmin(t, AdminRole.VIEWER);
    await expectRefused(() => upload(png(5, 5), { caller: viewer }), {
      status: 403,
      reason: 'ROLE_FORBIDDEN',
    });
    const manager = await signedInAdmin(t, AdminRole.MANAGER);
    expect((await upload(png(5, 5), { caller: manager })).status).toBe(201);
  });

  test('an oversize upload is refused while it streams, long before the whole body is sent', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    const before = [await countItems(), storedFiles().length];
    const total = 200 * 1024 * 1024; // 200 MiB offered, in 64 KiB chunks made on demand
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const head = multipartBody([
      ['kind', 'FILE'],
      ['title', 'Huge'],
      ['programIds', programA],
    ]);
    const boundary = head.contentType.split('boundary=')[1]!;
    const opening = Buffer.concat([
      head.payload.subarray(0, head.payload.length - `--${boundary}--\r\n`.length),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      ),
    ]);
    let sent = 0;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/collateral/uploads',
          headers: {
            'content-type': head.contentType,
            'transfer-encoding': 'chunked',
            cookie: admin.cookie!,
            'x-partnerkit-app': 'admin',
          },
        },
        (response) => {
          let body = '';
          response.on('data', (data) => (body += data));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        },
      );
      request.on('error', (error) => (sent > 0 ? undefined : reject(error)));
      request.write(opening);
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        request.end();
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    // The server stopped reading at the limit: far less than the 200 MiB offered went out.
    expect(sent).toBeLessThan(total / 4);
    expect([await countItems(), storedFiles().length]).toEqual(before);
  });
});

describe('partners: visibility by program, their link merged in', () => {
  let bannerA: string;
  let fileA: string;
  let swipeA: string;
  let fileB: string;

  beforeAll(async () => {
    bannerA = (
      await upload(png(300, 250), { title: 'Spring "banner"', landingUrl: 'https://shop.example.com/spring' })
    ).body.id;
    fileA = (await upload(pdf(), { kind: 'FILE', title: 'Price list 2026' })).body.id;
    fileB = (await upload(zip(), { kind: 'FILE', title: 'Program B kit', programIds: [programB] })).body.id;
    const swipe = await t.gql(
      CREATE,
      {
        i: {
          kind: 'EMAIL_SWIPE',
          title: 'Launch email',
          programIds: [programA],
          landingUrl: 'https://shop.example.com/launch',
          subject: '{{name}} recommends the launch',
          body: 'Hi! Have a look: {{trackingLink}}\n-- {{name}} ({{code}})',
        },
      },
      admin,
    );
    expect(swipe.errors).toBeUndefined();
    swipeA = swipe.data!.createCollateral.id;
  });

  test('a partner sees only the items of their programs, with their own deep link', async () => {
    const mine = await t.gql(MY_COLLATERAL, {}, alice.caller);
    expect(mine.errors).toBeUndefined();
    const ids = mine.data!.myCollateral.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([bannerA, fileA, swipeA]));
    expect(ids).not.toContain(fileB);
    const banner = mine.data!.myCollateral.find((item: { id: string }) => item.id === bannerA);
    const link = `https://go.example.com/r/${alice.code}?url=${encodeURIComponent('https://shop.example.com/spring')}`;
    expect(banner).toMatchObject({ trackingLink: link, width: 300, height: 250, contentType: 'image/png' });
    expect(banner.imageUrl).toMatch(/^https:\/\/go\.example\.com\/collateral\/banners\/[0-9a-f]{32}\.png$/);
    expect(banner.bannerHtml).toBe(
      `<a href="${link.replace(/&/g, '&amp;')}"><img src="${banner.imageUrl}" width="300" height="250" alt="Spring &quot;banner&quot;"></a>`,
    );
    const swipe = mine.data!.myCollateral.find((item: { id: string }) => item.id === swipeA);
    const swipeLink = `https://go.example.com/r/${alice.code}?url=${encodeURIComponent('https://shop.example.com/launch')}`;
    expect(swipe.subject).toBe('Alice <Agency> recommends the launch');
    expect(swipe.body).toBe(`Hi! Have a look: ${swipeLink}\n-- Alice <Agency> (${alice.code})`);

    const bobs = await t.gql(MY_COLLATERAL, { k: 'FILE' }, bob.caller);
    expect(bobs.data!.myCollateral.map((item: { id: string }) => item.id)).toContain(fileB);
    expect(bobs.data!.myCollateral.map((item: { id: string }) => item.id)).not.toContain(fileA);
  });

  test('archived items and partners who are not active see nothing of it', async () => {
    const archived = await t.gql(
      'mutation($id: ID!) { updateCollateral(id: $id, input: { archived: true }) { archived } }',
      { id: fileA },
      admin,
    );
    expect(archived.data!.updateCollateral.archived).toBe(true);
    const mine = await t.gql(MY_COLLATERAL, {}, alice.caller);
    expect(mine.data!.myCollateral.map((item: { id: string }) => item.id)).not.toContain(fileA);
    const download = await t.app.inject({
      url: `/collateral/${fileA}/download?app=portal`,
      headers: { cookie: alice.caller.cookie! },
    });
    expect([download.statusCode, download.json().reason]).toEqual([403, 'COLLATERAL_NOT_VISIBLE']);
    await t.gql(
      'mutation($id: ID!) { updateCollateral(id: $id, input: { archived: false }) { id } }',
      { id: fileA },
      admin,
    );

    const pending = await signedInPartner([programA], { status: 'PENDING' });
    expect((await t.gql(MY_COLLATERAL, {}, pending.caller)).data!.myCollateral).toEqual([]);
  });

  test('downloads: the file with safe headers; another program’s file is FORBIDDEN', async () => {
    const mine = await t.app.inject({
      url: `/collateral/${fileA}/download?app=portal`,
      headers: { cookie: alice.caller.cookie! },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(pdf())).toBe(true);
    expect(mine.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="Price-list-2026.pdf"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(mine.headers['content-security-policy']).toContain("default-src 'none'");

    const theirs = await t.app.inject({
      url: `/collateral/${fileB}/download?app=portal`,
      headers: { cookie: alice.caller.cookie! },
    });
    expect([theirs.statusCode, theirs.json().code, theirs.json().reason]).toEqual([
      403,
      'FORBIDDEN',
      'COLLATERAL_NOT_VISIBLE',
    ]);
    const anonymous = await t.app.inject({ url: `/collateral/${fileA}/download` });
    expect([anonymous.statusCode, anonymous.json().reason]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await t.app.inject({
      url: '/collateral/0b8c5a4e-6f0e-4a8e-9d3c-2f1e0d9c8b7a/download?app=portal',
      headers: { cookie: alice.caller.cookie! },
    });
    expect([unknown.statusCode, unknown.json().reason]).toEqual([404, 'COLLATERAL_NOT_FOUND']);
    const admins = await t.app.inject({
      url: `/collateral/${fileB}/download?app=admin`,
      headers: { cookie: admin.cookie! },
    });
    expect(admins.statusCode).toBe(200);
  });

  test('a swipe downloads as text with the partner’s link and name merged in', async () => {
    const response = await t.app.inject({
      url: `/collateral/${swipeA}/download?app=portal`,
      headers: { cookie: alice.caller.cookie! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="Launch-email.txt"');
    expect(response.body).toBe(
      `Subject: Alice <Agency> recommends the launch\n\nHi! Have a look: https://go.example.com/r/${alice.code}?url=${encodeURIComponent('https://shop.example.com/launch')}\n-- Alice <Agency> (${alice.code})`,
    );
  });

  test('the public banner image is served inline with nosniff and a restrictive CSP', async () => {
    const mine = await t.gql(MY_COLLATERAL, { k: 'BANNER' }, alice.caller);
    const banner = mine.data!.myCollateral.find((item: { id: string }) => item.id === bannerA);
    const response = await t.app.inject({ url: new URL(banner.imageUrl).pathname });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(png(300, 250))).toBe(true);
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="Spring-banner\.png"$/);
    const unknown = await t.app.inject({ url: `/collateral/banners/${'0'.repeat(32)}.png` });
    expect([unknown.statusCode, unknown.json().reason]).toEqual([404, 'COLLATERAL_NOT_FOUND']);
    const traversal = await t.app.inject({ url: '/collateral/banners/..%2F..%2Fetc%2Fpasswd' });
    expect(traversal.statusCode).toBe(404);
  });

  test('copies and downloads are counted per partner and shown to admins', async () => {
    const carol = await signedInPartner([programA, programB]);
    const before = (await t.gql(USAGE, { id: bannerA }, admin)).data!.collateralItem.usage;
    const copies = onPostgreSQL() ? 20 : 4;
    // Many copies really in flight at once: the counter is exact.
    const results = await Promise.all(
      Array.from({ length: copies }, () =>
        t.gql(
          'mutation($id: ID!) { recordCollateralUse(id: $id, kind: COPY) }',
          { id: bannerA },
          carol.caller,
        ),
      ),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    await t.gql(
      'mutation($id: ID!) { recordCollateralUse(id: $id, kind: COPY) }',
      { id: bannerA },
      alice.caller,
    );
    await t.app.inject({
      url: `/collateral/${bannerA}/download?app=portal`,
      headers: { cookie: carol.caller.cookie! },
    });
    await t.app.inject({
      url: `/collateral/${bannerA}/download?app=portal`,
      headers: { cookie: carol.caller.cookie! },
    });
    // An admin's download is not a partner's use.
    await t.app.inject({
      url: `/collateral/${bannerA}/download?app=admin`,
      headers: { cookie: admin.cookie! },
    });

    const usage = (await t.gql(USAGE, { id: bannerA }, admin)).data!.collateralItem.usage;
    expect(usage.copies - before.copies).toBe(copies + 1);
    expect(usage.downloads - before.downloads).toBe(2);
    expect(usage.partners).toEqual(
      expect.arrayContaining([
        { partner: { code: carol.code }, copies, downloads: 2 },
        expect.objectContaining({ partner: { code: alice.code } }),
      ]),
    );

    const refused = await t.gql(
      'mutation($id: ID!) { recordCollateralUse(id: $id, kind: COPY) }',
      { id: fileB },
      alice.caller,
    );
    expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'COLLATERAL_NOT_VISIBLE', field: 'id' });
  });
});

describe('swipes and snippets (admin)', () => {
  test('unknown merge fields and mismatched fields are refused; nothing is written', async () => {
    const before = await countItems();
    const unknownField = await t.gql(
      CREATE,
      {
        i: { kind: 'EMAIL_SWIPE', title: 'X', programIds: [programA], subject: 'Hi', body: 'Pay {{amount}}' },
      },
      admin,
    );
    expect(errorOf(unknownField)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'COLLATERAL_MERGE_FIELD_UNKNOWN',
      field: 'body',
    });
    const noSubject = await t.gql(
      CREATE,
      { i: { kind: 'EMAIL_SWIPE', title: 'X', programIds: [programA], body: 'Hi' } },
      admin,
    );
    expect(errorOf(noSubject)).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'subject' });
    const banner = await t.gql(
      CREATE,
      { i: { kind: 'BANNER', title: 'X', programIds: [programA], body: 'Hi' } },
      admin,
    );
    expect(errorOf(banner).reason).toBe('COLLATERAL_KIND_MISMATCH');
    const landing = await t.gql(
      CREATE,
      {
        i: {
          kind: 'SNIPPET',
          title: 'X',
          programIds: [programA],
          body: 'Hi',
          landingUrl: 'https://evil.test/',
        },
      },
      admin,
    );
    expect(errorOf(landing)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_DOMAIN_NOT_ALLOWED',
      field: 'landingUrl',
    });
    expect(await countItems()).toBe(before);
  });

  test('an HTML snippet escapes the merged values; a partner may not call admin operations', async () => {
    const created = await t.gql(
      CREATE,
      {
        i: {
          kind: 'SNIPPET',
          format: 'HTML',
          title: 'Footer link',
          programIds: [programA],
          body: '<a href="{{trackingLink}}">{{name}}</a>',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const mine = await t.gql(MY_COLLATERAL, { k: 'SNIPPET' }, alice.caller);
    const snippet = mine.data!.myCollateral.find(
      (item: { id: string }) => item.id === created.data!.createCollateral.id,
    );
    expect(snippet.body).toBe(`<a href="https://go.example.com/r/${alice.code}">Alice &lt;Agency&gt;</a>`);
    expect(snippet.downloadUrl).toBeNull();

    for (const [query, variables] of [
      [CREATE, { i: { kind: 'SNIPPET', title: 'X', programIds: [programA], body: 'Hi' } }],
      ['query { collateralItems { id } }', {}],
      ['mutation($id: ID!) { deleteCollateral(id: $id) }', { id: created.data!.createCollateral.id }],
    ] as const) {
      expect(errorOf(await t.gql(query, variables, alice.caller)).code).toBe('FORBIDDEN');
    }
  });

  test('deleting an item removes its file', async () => {
    const uploaded = await upload(gif(2, 2));
    const files = storedFiles().length;
    const deleted = await t.gql(
      'mutation($id: ID!) { deleteCollateral(id: $id) }',
      { id: uploaded.body.id },
      admin,
    );
    expect(deleted.data!.deleteCollateral).toBe(true);
    expect(storedFiles()).toHaveLength(files - 1);
    const list = await t.gql(
      'query { collateralItems(kind: BANNER) { id kind sortOrder programs { id } } }',
      {},
      admin,
    );
    expect(list.data!.collateralItems.map((item: { id: string }) => item.id)).not.toContain(uploaded.body.id);
  });
});
