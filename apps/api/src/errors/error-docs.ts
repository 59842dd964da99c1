import { CATEGORY_STATUS, ERROR_CATALOGUE, type ErrorCategory, type ErrorCode } from './error-catalogue.js';

const CATEGORY_MEANING: Record<ErrorCategory, string> = {
  BAD_USER_INPUT: 'the request or its input is invalid; change it before sending it again',
  UNAUTHENTICATED: 'no valid session or API key',
  FORBIDDEN: 'signed in, but not allowed',
  NOT_FOUND: 'a record (or route) named by the request does not exist',
  CONFLICT: 'the request clashes with what is stored (taken, recorded before with other data, locked)',
  TOO_MANY_REQUESTS: 'a rate limit was reached; try again later',
  SERVICE_UNAVAILABLE: 'a dependency is down or not configured; retry after `Retry-After` seconds',
  INTERNAL_SERVER_ERROR: 'a bug: logged on the server, no details are sent',
};

/** `docs/errors.md`, generated from the catalogue (`pnpm --filter @partnerkit/api errors:docs`). */
export function renderErrorDocs(): string {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];
  const lines = [
    '# Error codes',
    '',
    '<!-- Generated from apps/api/src/errors/error-catalogue.ts by `pnpm --filter @partnerkit/api errors:docs`;',
    '     a test fails when this file is stale. Do not edit by hand. -->',
    '',
    'Every error Partnerkit sends has a **category** and a **code**, both stable:',
    '',
    '- GraphQL: `errors[].extensions.code` is the category, `extensions.reason` the code, and `extensions.field`',
    '  the input at fault (as you named it: `email`, `items[0].sku`, `referral.programId`).',
    '- HTTP routes (tracking, `/t/lead`, `/webhooks/stripe`, `/readyz`, ...): the status below, and a JSON body',
    '  `{ "code": category, "reason": code, "message": "...", "field": "..." }`.',
    '- `SERVICE_UNAVAILABLE` answers carry `Retry-After`; nothing was written, so the same request can be sent',
    '  again.',
    '',
    '## Categories',
    '',
    '| category | HTTP | meaning |',
    '| --- | --- | --- |',
    ...(Object.keys(CATEGORY_STATUS) as ErrorCategory[]).map(
      (category) => `| \`${category}\` | ${CATEGORY_STATUS[category]} | ${CATEGORY_MEANING[category]} |`,
    ),
    '',
    `## Codes (${codes.length})`,
    '',
  ];
  for (const category of Object.keys(CATEGORY_STATUS) as ErrorCategory[]) {
    const ofCategory = codes.filter((code) => ERROR_CATALOGUE[code].category === category).sort();
    if (ofCategory.length === 0) continue;
    lines.push(`### ${category}`, '', '| code | HTTP | when |', '| --- | --- | --- |');
    for (const code of ofCategory) {
      const entry = ERROR_CATALOGUE[code];
      lines.push(`| \`${code}\` | ${entry.status} | ${entry.when.replaceAll('|', '\\|')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
