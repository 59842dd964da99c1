import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { classifyClicks, isBotUserAgent, type RawClick } from './index.js';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const safari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

describe('isBotUserAgent', () => {
  test.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Twitterbot/1.0',
    'curl/8.4.0',
    'python-requests/2.31.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'WhatsApp/2.23.20.0',
    'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)',
    '',
    '   ',
    null,
  ])('%j is a bot', (ua) => {
    expect(isBotUserAgent(ua)).toBe(true);
  });
  test.each([
    chrome,
    safari,
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0',
  ])('%j is a person', (ua) => {
    expect(isBotUserAgent(ua)).toBe(false);
  });
});

describe('classifyClicks', () => {
  const at = (minutes: number) => new Date(Date.UTC(2024, 4, 1, 10, minutes));
  const click = (id: string, minutes: number, extra: Partial<RawClick> = {}): RawClick => ({
    id,
    linkId: 'l1',
    ipHash: 'ip1',
    userAgent: chrome,
    at: at(minutes),
    ...extra,
  });
  test('one unique click per IP + user agent + link per hour; bots count zero', () => {
    const { verdicts } = classifyClicks([
      click('a', 0),
      click('b', 10),
      click('c', 59),
      click('d', 60),
      click('e', 61, { userAgent: safari }),
      click('f', 62, { linkId: 'l2' }),
      click('g', 63, { ipHash: 'ip2' }),
      click('h', 64, { userAgent: 'curl/8.0' }),
      click('i', 119),
      click('j', 120),
    ]);
    expect(verdicts.map((v) => [v.id, v.bot, v.unique])).toEqual([
      ['a', false, true],
      ['b', false, false],
      ['c', false, false],
      ['d', false, true],
      ['e', false, true],
      ['f', false, true],
      ['g', false, true],
      ['h', true, false],
      ['i', false, false],
      ['j', false, true],
    ]);
  });

  test('property: classified in consecutive batches with what earlier batches counted, clicks count as in one batch', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minute: fc.integer({ min: 0, max: 300 }),
            ip: fc.constantFrom('i1', 'i2'),
            ua: fc.constantFrom(chrome, safari, 'curl/1'),
          }),
          { maxLength: 40 },
        ),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, cuts) => {
          const clicks = rows
            .map((r, i) => click(`c${i}`, r.minute, { ipHash: r.ip, userAgent: r.ua }))
            .sort((a, b) => a.at.getTime() - b.at.getTime());
          const whole = classifyClicks(clicks).verdicts;
          const bounds = [...new Set(cuts.map((c) => c % (clicks.length + 1)))].sort((a, b) => a - b);
          const remembered = new Map<string, Date>();
          const streamed = [0, ...bounds].flatMap((start, i) => {
            const batch = clicks.slice(start, bounds[i] ?? clicks.length);
            const { verdicts, counted } = classifyClicks(batch, (key) => remembered.get(key) ?? null);
            for (const [key, at] of counted) remembered.set(key, at);
            return verdicts;
          });
          expect(streamed).toEqual(whole);
        },
      ),
    );
  });

  test('property: the result does not depend on the order clicks arrive in, and unique clicks of a key are an hour apart', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            minute: fc.integer({ min: 0, max: 600 }),
            link: fc.constantFrom('l1', 'l2'),
            ip: fc.constantFrom('i1', 'i2'),
            ua: fc.constantFrom(chrome, safari, 'curl/1'),
          }),
          { maxLength: 30, selector: (r) => r.minute },
        ),
        fc.func(fc.integer()),
        (rows, shuffle) => {
          const clicks = rows.map((r, i) =>
            click(`c${i}`, r.minute, { linkId: r.link, ipHash: r.ip, userAgent: r.ua }),
          );
          const sorted = (list: RawClick[]) =>
            classifyClicks(list).verdicts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          const shuffled = clicks
            .map((c, i) => ({ c, k: shuffle(i) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.c);
          expect(sorted(shuffled)).toEqual(sorted(clicks));
          const { verdicts } = classifyClicks(clicks);
          const last = new Map<string, number>();
          clicks
            .map((c, i) => ({ c, v: verdicts[i] }))
            .filter((x) => x.v?.unique)
            .sort((a, b) => a.c.at.getTime() - b.c.at.getTime())
            .forEach(({ c }) => {
              const key = `${c.linkId}|${c.ipHash}|${c.userAgent}`;
              const previous = last.get(key);
              if (previous !== undefined) expect(c.at.getTime() - previous).toBeGreaterThanOrEqual(3_600_000);
              last.set(key, c.at.getTime());
            });
        },
      ),
    );
  });
});
