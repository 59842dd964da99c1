import { DOMAIN_ERROR_CODES, type DomainErrorCode } from '@partnerkit/domain';
import { CommonErrorCode } from '../common/common.errors.js';
import { GraphQLErrorCode } from '../graphql/graphql.errors.js';
import { ApiKeyErrorCode } from '../modules/api-keys/api-key.errors.js';
import { AttributionApiErrorCode } from '../modules/attribution/attribution.errors.js';
import { AuthErrorCode } from '../modules/auth/auth.errors.js';
import { ClickErrorCode } from '../modules/tracking/click.errors.js';
import { CollateralApiErrorCode } from '../modules/collateral/collateral.errors.js';
import { CouponApiErrorCode } from '../modules/coupons/coupon.errors.js';
import { CustomerErrorCode } from '../modules/customers/customer.errors.js';
import { InboundEventErrorCode } from '../modules/inbound-events/inbound-event.errors.js';
import { LeadErrorCode } from '../modules/leads/lead.errors.js';
import { OrderErrorCode } from '../modules/orders/order.errors.js';
import { PayoutErrorCode } from '../modules/payouts/payout.errors.js';
import { PartnerImportErrorCode } from '../modules/partner-import/partner-import.errors.js';
import { PartnerApiErrorCode } from '../modules/partners/partner.errors.js';
import { ProductErrorCode } from '../modules/products/product.errors.js';
import { ProgramApiErrorCode } from '../modules/programs/program.errors.js';
import { StripeErrorCode } from '../modules/stripe/stripe.errors.js';
import { TrackingLinkErrorCode } from '../modules/tracking/tracking-link.errors.js';
import { WebhookErrorCode } from '../modules/webhooks/webhook.errors.js';
import { ReportErrorCode } from '../modules/reports/reports.errors.js';
import { RequestErrorCode } from './request.errors.js';
import { StorageErrorCode } from '../storage/storage.errors.js';
import { TeamErrorCode } from '../modules/team/team.errors.js';

/**
 * What kind of error a client sees: GraphQL `extensions.code`, and the `code` of an HTTP route's JSON error
 * body. Each category has one HTTP status (a code may name a more precise one, e.g. 413).
 */
export type ErrorCategory =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const CATEGORY_STATUS = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Record<ErrorCategory, number>;

/** The code objects of the API's modules, each declared in the module's `*.errors.ts`. */
const API_CODE_OBJECTS = [
  CommonErrorCode,
  RequestErrorCode,
  GraphQLErrorCode,
  AuthErrorCode,
  ApiKeyErrorCode,
  TeamErrorCode,
  AttributionApiErrorCode,
  ClickErrorCode,
  CouponApiErrorCode,
  CustomerErrorCode,
  InboundEventErrorCode,
  LeadErrorCode,
  OrderErrorCode,
  PartnerImportErrorCode,
  PartnerApiErrorCode,
  PayoutErrorCode,
  ProductErrorCode,
  ProgramApiErrorCode,
  StripeErrorCode,
  TrackingLinkErrorCode,
  CollateralApiErrorCode,
  StorageErrorCode,
  WebhookErrorCode,
  ReportErrorCode,
] as const;

type CodesOf<T> = T extends unknown ? T[keyof T] : never;

/** Every code the API itself raises. */
export type ApiErrorCode = CodesOf<(typeof API_CODE_OBJECTS)[number]>;

/** Every stable code a client can receive (GraphQL `extensions.reason`, HTTP body `reason`). */
export type ErrorCode = DomainErrorCode | ApiErrorCode;

export const API_ERROR_CODES: readonly ApiErrorCode[] = [
  ...new Set(API_CODE_OBJECTS.flatMap((codes) => Object.values(codes) as ApiErrorCode[])),
];

export interface ErrorEntry {
  readonly category: ErrorCategory;
  /** The HTTP status of an HTTP route answering with this code. */
  readonly status: number;
  /** When a client gets it (one line, for docs/errors.md). */
  readonly when: string;
  /** Seconds after which a retry may succeed (sent as `Retry-After`). */
  readonly retryAfterSeconds?: number;
}

const entry =
  (category: ErrorCategory, status: number = CATEGORY_STATUS[category]) =>
  (when: string, extra: { retryAfterSeconds?: number } = {}): ErrorEntry => ({
    category,
    status,
    when,
    ...extra,
  });
const input = entry('BAD_USER_INPUT');
const unauthenticated = entry('UNAUTHENTICATED');
const forbidden = entry('FORBIDDEN');
const notFound = entry('NOT_FOUND');
const conflict = entry('CONFLICT');

/**
 * THE catalogue: every code, domain and API, with its category and HTTP status. The type checker refuses
 * a code without an entry (and an entry without a code), so a new code cannot ship unmapped. Services
 * raise errors by code (`fail(code, message, field)`); `clientError` / `toClientError` (`client-error.ts`) read the category from here for
 * GraphQL (`graphql/format-error.ts`) and for the HTTP routes (`errors/http-error-handler.ts`) alike.
 */
export const ERROR_CATALOGUE = {
  // --- The request itself -------------------------------------------------------------------------------
  BODY_INVALID: input('The body is not valid JSON, or not the JSON value the route expects.'),
  BODY_TOO_LARGE: entry('BAD_USER_INPUT', 413)('The body is larger than the route accepts (1 MiB).'),
  CONTENT_TYPE_UNSUPPORTED: entry('BAD_USER_INPUT', 415)('The route does not read this content type.'),
  URL_INVALID: input('The URL is malformed (e.g. a bad percent-encoding).'),
  REQUEST_INVALID: input('The HTTP request is malformed (headers, length, method).'),
  ROUTE_NOT_FOUND: notFound('No route answers this method and path.'),
  DATABASE_UNAVAILABLE: entry('SERVICE_UNAVAILABLE')(
    'The database cannot be reached just now; nothing was written. Retry after `Retry-After` seconds.',
    { retryAfterSeconds: 5 },
  ),
  INTERNAL_SERVER_ERROR: entry('INTERNAL_SERVER_ERROR')(
    'An unexpected error; it is logged on the server, the client gets no details.',
  ),

  // --- GraphQL documents, variables, arguments ----------------------------------------------------------
  GRAPHQL_PARSE_FAILED: input('The GraphQL document does not parse.'),
  GRAPHQL_VALIDATION_FAILED: input('The document asks for fields or arguments the schema does not have.'),
  VARIABLES_INVALID: input('A variable does not fit its declared type.'),
  INVALID_ARGUMENT: input('An argument fails its validation.'),
  ARGUMENT_MISSING: input('An operation needs one of several optional arguments (e.g. `id` or `code`).'),
  CURSOR_INVALID: input('`after` is not an `endCursor` this list gave.'),
  OPERATION_INVALID: input(
    'The request holds no operation, or one that cannot run this way (e.g. a GET mutation).',
  ),
  OPERATION_NAME_UNKNOWN: input('`operationName` names no operation of the document.'),
  PERSISTED_QUERY_NOT_FOUND: notFound('The persisted-query hash is unknown: send the query with it once.'),
  PERSISTED_QUERY_NOT_SUPPORTED: input('The persisted-query extension has an unsupported version.'),
  PERSISTED_QUERY_HASH_MISMATCH: input('The persisted-query hash is not the SHA-256 of the query sent.'),

  // --- Limits of the public API -------------------------------------------------------------------------
  QUERY_TOO_DEEP: input('The query nests fields deeper than allowed (see the API page: limits).'),
  QUERY_TOO_COMPLEX: input('The query costs more than allowed (fields and nesting; see the API page).'),
  QUERY_TOO_MANY_ALIASES: input('The query uses more aliases than allowed.'),
  QUERY_TOO_MANY_DIRECTIVES: input('The query uses more directives than allowed.'),
  QUERY_TOO_LARGE: input('The document has more tokens than allowed.'),
  PAGE_SIZE_INVALID: input('`first` is not 1 to 200.'),
  OPERATION_TIMEOUT: input(
    'The query ran longer than its time budget and was stopped; ask for less (smaller pages, fewer fields).',
  ),
  INTROSPECTION_DISABLED: forbidden('Schema introspection needs a sign-in or an API key in production.'),
  PARTNER_SUSPENDED: forbidden('The partner is suspended; no sign-in.'),
  PARTNER_PENDING: forbidden(
    'A pending applicant may read its status and profile; every change waits for approval.',
  ),
  RESET_TOKEN_INVALID: input('The password-reset link is unknown, used already or expired.'),
  READ_ONLY_VIEW: forbidden(
    'An admin viewing a partner’s portal ("View as partner") reads only; every change and upload is refused.',
  ),
  PARTNER_VIEW_TOKEN_INVALID: input(
    'The "View as partner" link is unknown, used already, expired, or its admin signed out.',
  ),
  API_KEY_EXPIRED: unauthenticated('The API key (or the old secret of a rotated key) has expired.'),
  API_KEY_EXPIRY_INVALID: input('An API key expiry (or the end of an old secret) that is not in the future.'),
  API_KEY_RATE_LIMIT_INVALID: input('An API key rate limit that is not 1 to 100,000 operations per minute.'),
  LEAD_CLICK_REQUIRED: forbidden(
    'A snippet lead whose visitor id has no click of an active partner within the cookie window.',
  ),

  // --- Shared input checks ------------------------------------------------------------------------------
  REQUIRED: input('A required value is empty.'),
  TOO_LONG: input('A text is longer than its field allows.'),
  TOO_MANY: input('A list has more entries than allowed.'),
  TEXT_INVALID: input('A string holds a NUL character or is not valid UTF-16 (a lone surrogate).'),
  ID_INVALID: input('An id is not a UUID.'),
  EMAIL_INVALID: input('Not a valid email address.'),
  EXTERNAL_ID_INVALID: input('An external id is not 1 to 200 visible characters.'),
  VISITOR_ID_INVALID: input('Not a visitor id (8 to 64 of `A-Z a-z 0-9 _ -`).'),
  ALREADY_EXISTS: conflict('The record exists already.'),
  RATE_LIMITED: entry('TOO_MANY_REQUESTS')('Too many attempts from this client; try again later.'),

  // --- Authentication and access ------------------------------------------------------------------------
  UNAUTHENTICATED: unauthenticated('No session or API key (or an expired session).'),
  INVALID_CREDENTIALS: unauthenticated('Wrong sign-in or password.'),
  API_KEY_INVALID: unauthenticated('The API key is unknown or revoked.'),
  FORBIDDEN: forbidden('Signed in, but not allowed (e.g. a partner calling an admin operation).'),
  SCOPE_MISSING: forbidden('The API key lacks the scope the operation needs.'),
  ROLE_FORBIDDEN: forbidden(
    "The admin's role does not allow this: viewers change nothing, managers do not manage the team, API keys, webhooks or settings.",
  ),
  // --- The admin team -----------------------------------------------------------------------------------
  ADMIN_NOT_FOUND: notFound('No admin has this id.'),
  ADMIN_ALREADY_EXISTS: conflict('An admin with this email exists already (invite someone else).'),
  LAST_OWNER: conflict('The change would leave the program without an owner.'),
  ADMIN_INVITE_NOT_FOUND: notFound('No invitation has this id.'),
  ADMIN_INVITE_INVALID: input('The invitation link is unknown.'),
  ADMIN_INVITE_USED: conflict('The invitation was accepted already.'),
  ADMIN_INVITE_EXPIRED: input('The invitation link has expired (after seven days).'),
  ADMIN_INVITE_REVOKED: input('The invitation was withdrawn by an owner.'),
  PARTNER_REJECTED: forbidden('The partner application was rejected; no sign-in.'),
  CURRENT_PASSWORD_WRONG: input('The current password given to change it is wrong.'),
  PASSWORD_WEAK: input('A password is not 10 to 200 characters, or only letters or only digits.'),
  ORIGIN_NOT_ALLOWED: forbidden('A lead from a page outside the allowed domains.'),

  // --- Records that do not exist ------------------------------------------------------------------------
  PARTNER_NOT_FOUND: notFound('No partner has this id or code.'),
  PARENT_NOT_FOUND: notFound('No (active) partner has the parent code given.'),
  PROGRAM_NOT_FOUND: notFound('No program has this id (or its signup is closed).'),
  PRODUCT_NOT_FOUND: notFound('No product has this id or SKU (add it with `upsertProduct`).'),
  ORDER_NOT_FOUND: notFound('No order has this id.'),
  PAYMENT_NOT_FOUND: notFound('The order has no payment with this id.'),
  CUSTOMER_NOT_FOUND: notFound('No customer has this id.'),
  API_KEY_NOT_FOUND: notFound('No API key has this id.'),
  TRACKING_LINK_NOT_FOUND: notFound('No tracking link has this id.'),
  LANDING_PAGE_MISSING: notFound('A tracking link has nowhere to go: no default landing page is set.'),

  // --- Taken and conflicting ----------------------------------------------------------------------------
  PARTNER_CODE_TAKEN: conflict('The partner code is taken.'),
  PARTNER_EMAIL_TAKEN: conflict('A partner with this email exists (admins only).'),
  EMAIL_UNAVAILABLE: conflict('The email cannot be used (partners and public signups: neutral wording).'),
  COUPON_CODE_TAKEN: conflict('The coupon code exists already.'),
  LINK_SLUG_TAKEN: conflict('A tracking link with this slug exists already.'),
  EVENT_PAYLOAD_MISMATCH: conflict('An event id (`externalId`) was recorded before with other data.'),
  PROGRAM_CURRENCY_LOCKED: conflict('The currency of a program with partners cannot change.'),
  IMPORT_CONFLICT: conflict('A partner of the CSV file was created meanwhile; check the file again.'),
  // State conflicts: the record is not in a state that allows the change.
  PARTNER_NOT_PENDING: conflict('An approval or rejection names a partner that is not pending.'),
  PARTNER_STATUS_TRANSITION_INVALID: conflict('The status change is not allowed from the current status.'),
  LEDGER_COMMISSION_NOT_FLAGGED: conflict('A review of a commission that is not waiting for review.'),

  // --- Partners, coupons, customers ---------------------------------------------------------------------
  CUSTOM_FIELD_KEY_INVALID: input('A custom field key (filter) is not letters, digits or `_`.'),
  COUPON_CODE_INVALID: input('A coupon code is not 3 to 64 of `A-Z 0-9 _ -`.'),
  CUSTOMER_REQUIRED: input('A lead has neither a customer email nor a customer id.'),
  API_KEY_SCOPES_REQUIRED: input('An API key needs at least one scope.'),
  API_KEY_SCOPE_UNKNOWN: input('An API key scope is not one of the documented scopes.'),

  // --- Orders, payments, refunds ------------------------------------------------------------------------
  ORDER_ITEMS_INVALID: input('An order has no items, or more than allowed.'),
  ORDER_NOT_SUBSCRIPTION: input('A renewal of an order without a subscription product.'),
  PAYMENT_AMOUNT_INVALID: input('A payment of zero.'),
  PAYMENT_EXCEEDS_ORDER: input('The payments would exceed the order total.'),
  TAX_EXCEEDS_PAYMENT: input('A renewal payment whose tax is more than the payment.'),
  REFUND_AMOUNT_INVALID: input('A refund of zero.'),
  IP_ADDRESS_INVALID: input('`referral.ipAddress` is not an IPv4 or IPv6 address.'),

  // --- Clicks, statistics -------------------------------------------------------------------------------
  STATS_RANGE_INVALID: input('`from` is not before `to`.'),
  STATS_RANGE_TOO_LONG: input('A statistics range longer than 400 days.'),

  // --- Reports and dashboard -----------------------------------------------------------------------------
  REPORT_PERIOD_TOO_LONG: input('A report period longer than 400 days.'),
  REPORT_SORT_INVALID: input("`sortBy` is not one of the report's sortable columns."),
  REPORT_PAGE_INVALID: input('`first` is not 1 to 200, or `offset` is negative.'),
  REPORT_FILTER_INVALID: input('A report filter value is malformed (e.g. an unknown entry kind).'),

  // --- Partner CSV import -------------------------------------------------------------------------------
  CSV_COLUMN_MISSING: input('The CSV header lacks a required column (`code`, `name`, `email`).'),
  CSV_COLUMN_UNKNOWN: input('The CSV header has a column Partnerkit does not know.'),
  CSV_EMPTY: input('The CSV file has no partner rows.'),
  CSV_TOO_LARGE: input('The CSV file has more rows than one import takes.'),
  CSV_INVALID: input('The file is not valid CSV.'),
  CSV_TOO_MANY_VALUES: input('A CSV row has more values than the header has columns.'),
  IMPORT_DUPLICATE_CODE: input('Two rows of the CSV file have the same partner code.'),
  IMPORT_DUPLICATE_EMAIL: input('Two rows of the CSV file have the same email.'),

  // --- Stripe webhook -----------------------------------------------------------------------------------
  STRIPE_NOT_CONFIGURED: entry('SERVICE_UNAVAILABLE')('No `STRIPE_WEBHOOK_SECRETS` is set.'),
  SIGNATURE_MISSING: input('A Stripe delivery without a `Stripe-Signature` header or body.'),
  SIGNATURE_INVALID: input('The Stripe signature does not match, or is older than 5 minutes.'),
  STRIPE_EVENT_INVALID: input(
    'A signed Stripe event without the fields its type needs (e.g. `data.object`).',
  ),

  // --- Collateral library and uploaded files ------------------------------------------------------------
  COLLATERAL_NOT_FOUND: notFound('No collateral item (or public banner address) has this id.'),
  COLLATERAL_NOT_VISIBLE: forbidden(
    'A partner asked for an item outside their programs (or archived, or they are not active).',
  ),
  COLLATERAL_KIND_MISMATCH: input(
    "A change the item's kind does not take (a subject on a snippet; a banner written instead of uploaded).",
  ),
  SORT_ORDER_INVALID: input('A sort position is not a whole number from -1000000 to 1000000.'),
  SVG_UNSAFE: input(
    'An SVG with a script, an `on*` handler, a `javascript:` URL, `<foreignObject>`, a DOCTYPE or an external reference.',
  ),
  IMAGE_INVALID: input('A banner whose image header cannot be read (damaged or unfinished).'),
  UPLOAD_FILE_MISSING: input('An upload without its file (form field `file`).'),
  UPLOAD_INVALID: input(
    'An upload form that cannot be read: an unknown field, a second file, fields after the file.',
  ),
  FILE_TOO_LARGE: entry(
    'BAD_USER_INPUT',
    413,
  )('An uploaded file is larger than its limit; refused while it streams, nothing kept.'),
  STORED_FILE_MISSING: notFound("An item's file is missing from storage (removed outside Partnerkit)."),
  COLLATERAL_TYPE_NOT_ALLOWED: input(
    'An upload whose bytes are not an allowed type (banners: PNG, JPEG, GIF, WebP, SVG; files: PDF, ZIP).',
  ),
  COLLATERAL_MERGE_FIELD_UNKNOWN: input(
    'A swipe or snippet uses a merge field other than `{{trackingLink}}`, `{{name}}`, `{{code}}`.',
  ),
  COLLATERAL_KIND_INVALID: input('An upload whose `kind` is not BANNER or FILE.'),
  // --- Outgoing webhooks -------------------------------------------------------------------------------
  WEBHOOK_URL_INVALID: input(
    'A webhook endpoint is not an absolute http(s) URL (no credentials), or its host does not resolve.',
  ),
  WEBHOOK_URL_NOT_ALLOWED: input(
    'A webhook endpoint on a loopback or private address (refused in production).',
  ),
  WEBHOOK_EVENTS_REQUIRED: input('A webhook endpoint subscribes to no event.'),
  WEBHOOK_EVENT_UNKNOWN: input('A webhook event type is not one of the documented types.'),
  WEBHOOK_ENDPOINT_NOT_FOUND: notFound('No webhook endpoint has this id.'),
  WEBHOOK_DELIVERY_NOT_FOUND: notFound('No webhook delivery has this id.'),

  // --- Domain: partners ---------------------------------------------------------------------------------
  PARTNER_CODE_INVALID: input('A partner code is not 4 to 32 of `a-z 0-9 - _` starting with a letter.'),
  PARTNER_PARENT_CYCLE: input('The parent would make a partner its own ancestor.'),
  PARTNER_STATUS_INITIAL_INVALID: input('A new partner starts as something other than PENDING or ACTIVE.'),
  COOKIE_WINDOW_INVALID: input("A partner's cookie window override is not 1 to 3650 days."),

  // --- Domain: money and time ---------------------------------------------------------------------------
  MONEY_CURRENCY_UNKNOWN: input('Not an active ISO 4217 currency code.'),
  MONEY_CURRENCY_MISMATCH: input('Amounts of different currencies met in one sum or comparison.'),
  MONEY_AMOUNT_INVALID: input('An amount is not an integer number of minor units.'),
  MONEY_AMOUNT_TOO_LARGE: input(
    'An amount or an order total is beyond 10^15 minor units, or a balance it would make could not be stored; nothing was recorded.',
  ),
  MONEY_AMOUNT_NEGATIVE: input('An amount is negative where only zero or more is allowed.'),
  MONEY_DECIMAL_INVALID: input('A decimal amount has more decimals than the currency, or is malformed.'),
  MONEY_ALLOCATION_WEIGHTS_INVALID: input('Allocation weights are negative, not integers, or all zero.'),
  RATE_INVALID: input('A percent rate is not a decimal string (at most the allowed decimals).'),
  RATE_OUT_OF_RANGE: input('A percent rate is below 0 % or above its maximum.'),
  TIME_ZONE_INVALID: input('Not an IANA time zone name (e.g. `Europe/Paris`).'),
  TIME_INSTANT_INVALID: input('Not a valid date and time.'),
  TIME_DAY_KEY_INVALID: input('Not a `YYYY-MM-DD` calendar day.'),

  // --- Domain: programs and rules -----------------------------------------------------------------------
  PROGRAM_LEVELS_OUT_OF_RANGE: input('Paid levels are not 1 to 10, or a rule names a level beyond them.'),
  PROGRAM_LEVEL_DUPLICATE: input('Two level rules of one rule name the same level.'),
  PROGRAM_CHILD_COMMISSION_AT_LEVEL_1: input(
    "Level 1 pays a percent of the child's commission (it has no child).",
  ),
  PROGRAM_RATES_EXCEED_BASE: input(
    'The levels of one rule would pay more than 100 % of the commission base.',
  ),
  PROGRAM_FIELD_REQUIRED: input('A required program field (name, ...) is empty.'),
  PROGRAM_NUMBER_INVALID: input('A count (priority, days, payments, ...) is not an integer in its range.'),
  PROGRAM_OPTION_INVALID: input('An enumerated program setting has an unknown value.'),
  PROGRAM_SPLIT_WEIGHTS_INVALID: input('Split weights are missing or do not add up to 100 %.'),
  PROGRAM_RULE_LAYER_DUPLICATE: input('Two DEFAULT rules, or two catch-all SUBSCRIPTION rules.'),
  PROGRAM_RULE_PRODUCT_DUPLICATE: input('A product appears in two rules of the same layer.'),
  PROGRAM_RULE_PRODUCTS_INVALID: input('A PRODUCT rule without products, or products on a DEFAULT rule.'),
  PROGRAM_RULE_ID_DUPLICATE: input('Two rules share one id.'),
  PROGRAM_RECURRING_INVALID: input('Recurring terms on a non-subscription rule, or incomplete later rates.'),
  PROGRAM_OVERRIDE_INVALID: input('Rate overrides that do not belong together.'),
  PREVIEW_PERIOD_INVALID: input('A preview period ends before it starts, or is too long.'),
  PREVIEW_PROGRAM_NOT_USED: input('The previewed program is not the program of any previewed sale.'),

  // --- Domain: orders, commissions, ledger --------------------------------------------------------------
  ORDER_INVALID: input('An order or lead field is missing or malformed.'),
  ORDER_ITEM_QUANTITY_INVALID: input('An item quantity is not a positive integer.'),
  ORDER_DISCOUNT_EXCEEDS_PRICE: input('A discount is larger than the price it discounts.'),
  ORDER_PAYMENT_INVALID: input('A payment of an order is in an impossible state (e.g. a duplicate id).'),
  COMMISSION_CHAIN_CYCLE: input('The partner chain of a sale loops.'),
  COMMISSION_PARTNER_UNKNOWN: input('A credited partner or ancestor is unknown.'),
  COMMISSION_CREDITS_INVALID: input('Credits repeat a partner or do not add up to 100 %.'),
  COMMISSION_CURRENCY_MISMATCH: input('A program with flat amounts in one currency and an order in another.'),
  ATTRIBUTION_TOUCH_INVALID: input('A click given to attribution names no partner.'),
  ATTRIBUTION_COOKIE_WINDOW_INVALID: input('A cookie window used by attribution is not 0 to 3650 days.'),
  LEDGER_ENTRY_INVALID: input('A ledger entry or adjustment is malformed (zero amount, no reason).'),
  LEDGER_PERIOD_INVALID: input('A report period ends before it starts.'),
  LEDGER_PROGRAM_UNKNOWN: input('A commission names a program that is not known.'),
  LEDGER_COMMISSION_UNKNOWN: input('A commission id is not among the commissions of the sale.'),
  LEDGER_REFUND_EXCEEDS_SALE: input('Refunds would exceed what the customer paid.'),
  LEDGER_REFUND_INVALID: input('A refund is malformed, or mixes sales.'),
  PAYOUT_INVALID: input('A payout batch is malformed.'),

  // --- Payouts, payments, adjustments, reviews ----------------------------------------------------------
  PAYOUT_AMOUNT_INVALID: input('A payment of zero or less.'),
  PAYOUT_EXCEEDS_PAYABLE: input("A payment above the partner's payable balance in that currency."),
  PAYOUT_CURRENCY_NOT_HELD: input('A payment in a currency the partner holds nothing in.'),
  PAYOUT_NOTHING_TO_PAY: input(
    'A payout batch whose selection pays nobody (empty, nothing payable, below the minimum, no payout details, or paid already).',
  ),
  PAYMENT_NOT_VOIDABLE: input('A void of a ledger entry that is not a payment (or is itself a void).'),
  PAYMENT_ALREADY_VOIDED: conflict('A void of a payment that was voided already.'),
  PAYOUT_BATCH_NOT_FOUND: notFound('No payout batch has this id.'),
  LEDGER_ENTRY_NOT_FOUND: notFound('No ledger entry has this id.'),
  COMMISSION_NOT_FOUND: notFound('No commission has this id.'),
  IDEMPOTENCY_KEY_REUSED: conflict(
    'An idempotency key used before for a payout or adjustment with other details (currency, method, reference, partners, amount or reason).',
  ),

  // --- Domain: signup forms, emails, tracking -----------------------------------------------------------
  SIGNUP_FIELD_KEY_INVALID: input('A signup question key is not letters, digits or `_`.'),
  SIGNUP_FIELD_KEY_DUPLICATE: input('Two signup questions share one key.'),
  SIGNUP_FIELD_LABEL_INVALID: input('A signup question label is empty or too long.'),
  SIGNUP_FIELD_OPTIONS_INVALID: input('A choice question has no options, or options that repeat.'),
  SIGNUP_FIELDS_TOO_MANY: input('A signup form has more questions than allowed.'),
  CUSTOM_FIELD_REQUIRED: input('A required signup question is unanswered.'),
  CUSTOM_FIELD_INVALID: input('An answer does not fit its question (type, choice, length).'),
  CUSTOM_FIELD_UNKNOWN: input('An answer to a question the form does not ask.'),
  EMAIL_TEMPLATE_MERGE_FIELD_UNKNOWN: input('An email template uses an unknown merge field.'),
  EMAIL_TEMPLATE_INVALID: input('An email template is malformed (e.g. an unclosed `{{`).'),
  LINK_SLUG_INVALID: input(
    'A link slug is not 1 to 64 of `a-z 0-9 -` (starting and ending with a letter or digit).',
  ),
  SUB_ID_INVALID: input('A sub-id is not 1 to 100 of `a-z A-Z 0-9 _ - .`.'),
  LINK_URL_INVALID: input('A destination is not an absolute http(s) URL.'),
  LINK_DOMAIN_NOT_ALLOWED: input('A deep link to a host outside the allowed domains.'),
  ALLOWED_DOMAIN_INVALID: input('An allowed domain is not a host name or `*.` wildcard.'),
} as const satisfies Record<ErrorCode, ErrorEntry>;

/** Every code of the catalogue. */
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** Every code the domain and the API declare (the catalogue test compares both lists). */
export const DECLARED_ERROR_CODES: readonly ErrorCode[] = [...DOMAIN_ERROR_CODES, ...API_ERROR_CODES];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);

export const errorEntry = (code: ErrorCode): ErrorEntry => ERROR_CATALOGUE[code];
