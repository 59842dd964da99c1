import 'reflect-metadata';
import { buildApp } from './composition/app.js';
import { filesDir, listenHost, loadConfig, loadDotEnv, wantsDemoData } from './config/config.js';
import { LocalDiskStorage } from './storage/local-disk-storage.js';
import { openDatabase } from './composition/database.js';
import { DEMO_ACCOUNTS, demoDataPresent, ensureOwnerAdmin, seedDemoData } from './seed/seed.js';

loadDotEnv();
const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  embeddedPort: config.EMBEDDED_DB_PORT,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
});
const storage = new LocalDiskStorage(filesDir(config));
const app = await buildApp({ config, orm: database.orm, storage });

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await database.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'error during shutdown');
    process.exit(1);
  }
}
// Every SIGTERM/SIGINT is handled (a second one, e.g. from both a process manager and its process group,
// must not kill the process in the middle of its graceful shutdown).
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const em = database.orm.em.fork();
if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
  if (await ensureOwnerAdmin(em, config.ADMIN_EMAIL, config.ADMIN_PASSWORD)) {
    app.log.info({ email: config.ADMIN_EMAIL }, 'created the owner admin');
  }
}
const demo = wantsDemoData(config) && (await seedDemoData(em, storage));

await app.listen({ host: listenHost(config), port: config.PORT });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const base = config.PUBLIC_URL ?? `http://localhost:${port}`;
const lines = [
  '',
  'Partnerkit is running',
  `  Admin console   ${base}/admin/`,
  `  Partner portal  ${base}/portal/`,
  `  GraphQL API     ${base}/graphql`,
  `  Database        ${database.embedded ? `embedded PostgreSQL (PGlite), data in ${database.embedded.dataDir}` : 'DATABASE_URL'}`,
];
// The truth, whatever was asked: DEMO_DATA=true on a database that already has admins (e.g. the owner of
// ADMIN_EMAIL) loads no demo data, and then no demo account exists to print.
if (await demoDataPresent(database.orm.em.fork())) {
  lines.push(
    '',
    `Demo accounts${demo ? ' (just created)' : ''}:`,
    `  admin    ${DEMO_ACCOUNTS.admin.email} / ${DEMO_ACCOUNTS.admin.password}`,
    ...DEMO_ACCOUNTS.partners.map((p) => `  partner  ${p.email} (or code "${p.code}") / ${p.password}`),
  );
} else if (wantsDemoData(config)) {
  lines.push(
    '',
    'No demo data: the database has admins already (demo data is only loaded into an empty one).',
  );
}
console.log(lines.join('\n') + '\n');
