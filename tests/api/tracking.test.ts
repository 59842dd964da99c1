import { describe, expect, inject, test } from 'vitest';
import { DEMO, gql, signInPartner } from '../support/graphql-client.js';

const base = () => inject('baseUrl');
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

describe('tracking links, as `pnpm start` runs them', () => {
  test('a click on /r/alice redirects to the demo shop with the visitor id, sets the cookie, and counts', async () => {
    const response = await fetch(`${base()}/r/alice?sub=blackbox`, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER },
    });
    expect(response.status).toBe(302);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/example\.com\/\?pk_vid=[0-9a-f]{32}$/);
    const visitorId = new URL(location).searchParams.get('pk_vid');
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(
      new RegExp(`^pk_vid=${visitorId}; Max-Age=${60 * 86400}; Path=/; SameSite=Lax; Secure$`),
    );

    // The second click of the same visitor keeps the id.
    const again = await fetch(`${base()}/r/alice`, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER, cookie: `pk_vid=${visitorId}` },
    });
    expect(again.headers.get('location')).toBe(`https://example.com/?pk_vid=${visitorId}`);

    // Clicks are written within 250 ms; alice sees them in her stats.
    const alice = await signInPartner(DEMO.alice.code, DEMO.alice.password);
    await expect
      .poll(
        async () =>
          (await gql('{ myClickSummary { today { raw unique } } }', {}, alice)).data.myClickSummary.today.raw,
        { timeout: 10_000, interval: 100 },
      )
      .toBeGreaterThanOrEqual(2);
  });

  test('a deep link to another domain is refused (the default destination instead)', async () => {
    const response = await fetch(`${base()}/r/bobby?url=${encodeURIComponent('https://evil.test/')}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/^https:\/\/example\.com\/\?pk_vid=/);
    const shop = await fetch(
      `${base()}/r/bobby?url=${encodeURIComponent('https://www.example.com/pricing')}`,
      {
        redirect: 'manual',
      },
    );
    expect(shop.headers.get('location')).toMatch(/^https:\/\/www\.example\.com\/pricing\?pk_vid=/);
  });

  test('the merchant snippet is served', async () => {
    const response = await fetch(`${base()}/snippet.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('window.Partnerkit');
  });
});
