import type { ClickVerdict, RawClick } from './click.types.js';

/** One hour: repeated clicks of one IP and user agent on one link within it count once as unique. */
export const UNIQUE_CLICK_WINDOW_MS = 3_600_000;

const BOT_PATTERN = new RegExp(
  [
    '(?<!cu)bot\\b',
    '(?<!cu)bot/',
    '(?<!cu)bot;',
    'crawler',
    'spider',
    'crawling',
    'slurp',
    'archiver',
    'facebookexternalhit',
    'facebookcatalog',
    'embedly',
    'quora link preview',
    'outbrain',
    'pinterestbot',
    'vkshare',
    'w3c_validator',
    'whatsapp',
    'telegrambot',
    'discordbot',
    'slackbot',
    'skypeuripreview',
    'bingpreview',
    'google-inspectiontool',
    'googleother',
    'mediapartners-google',
    'adsbot-google',
    'apis-google',
    'feedfetcher',
    'lighthouse',
    'pagespeed',
    'headlesschrome',
    'phantomjs',
    'puppeteer',
    'playwright',
    'selenium',
    'curl/',
    'wget/',
    'python-requests',
    'python-urllib',
    'aiohttp',
    'httpx',
    'go-http-client',
    'java/',
    'okhttp',
    'apache-httpclient',
    'libwww-perl',
    'node-fetch',
    'axios/',
    'undici',
    'postmanruntime',
    'insomnia',
    'httpie',
    'scrapy',
    'ahrefs',
    'semrush',
    'mj12bot',
    'dotbot',
    'petalbot',
    'yandex',
    'baiduspider',
    'duckduckbot',
    'applebot',
    'bytespider',
    'gptbot',
    'chatgpt-user',
    'claudebot',
    'anthropic-ai',
    'ccbot',
    'perplexitybot',
    'uptimerobot',
    'pingdom',
    'statuscake',
    'monitor',
    'preview',
  ].join('|'),
  'i',
);

/**
 * True for known bots, crawlers, link-preview fetchers, monitoring services, headless browsers and HTTP
 * libraries (curl, python-requests, ...). Rule choice: a missing or blank user agent also counts as a bot,
 * since every real browser sends one. Bot clicks are kept as raw clicks but count zero.
 */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  if (typeof userAgent !== 'string' || userAgent.trim() === '') return true;
  return BOT_PATTERN.test(userAgent);
}

/** The de-duplication key of a click: one IP (hashed), one user agent, one link. */
export function uniqueClickKey(click: Pick<RawClick, 'ipHash' | 'userAgent' | 'linkId'>): string {
  return `${click.linkId}\u0000${click.ipHash}\u0000${click.userAgent ?? ''}`;
}

/**
 * Whether a human click is unique, given when the last unique click of the same key (link + IP + user
 * agent) was counted (null = never). Rule choice: the hour is a window opened by the last counted click,
 * so a click every 10 minutes counts once per hour, not once forever. For streaming use in the redirect
 * endpoint (keep the last unique time per key for an hour).
 */
export function isUniqueClick(at: Date, lastUniqueAt: Date | null): boolean {
  return lastUniqueAt === null || at.getTime() - lastUniqueAt.getTime() >= UNIQUE_CLICK_WINDOW_MS;
}

/**
 * Classifies a batch of raw clicks (any order): bots count zero and are never unique; a human click is
 * unique unless a unique click with the same key was counted less than an hour before it, in this batch or
 * in an earlier one (`lastUniqueAt(key)`: when the last unique click of the key was counted before this
 * batch, or null). Clicks are judged in time order (ties by input order); the verdicts are in input order.
 * `counted` holds, per key, the last unique click of this batch, for the caller to remember (only this
 * batch's keys, so a long-running caller pays per batch, not per key it remembers).
 */
export function classifyClicks(
  clicks: readonly RawClick[],
  lastUniqueAt: (key: string) => Date | null = () => null,
): { verdicts: ClickVerdict[]; counted: Map<string, Date> } {
  const verdicts = new Array<ClickVerdict>(clicks.length);
  const counted = new Map<string, Date>();
  const order = clicks
    .map((click, index) => ({ click, index }))
    .sort((a, b) => a.click.at.getTime() - b.click.at.getTime() || a.index - b.index);
  for (const { click, index } of order) {
    const bot = isBotUserAgent(click.userAgent);
    let unique = false;
    if (!bot) {
      const key = uniqueClickKey(click);
      unique = isUniqueClick(click.at, counted.get(key) ?? lastUniqueAt(key));
      if (unique) counted.set(key, click.at);
    }
    verdicts[index] = { id: click.id, bot, unique };
  }
  return { verdicts, counted };
}
