/**
 * The merchant snippet (`GET /snippet.js`): plain ES5-compatible JavaScript, no dependencies. Kept as text so
 * it is served exactly as written; `tests/e2e/merchant-snippet.test.ts` runs it in Chromium on a shop page.
 *
 * - Keeps the visitor id from the landing URL's `pk_vid` parameter in a first-party cookie `pk_vid` on the
 *   merchant's domain for the cookie window (never overwritten with an empty value).
 * - `window.Partnerkit.visitorId()` returns it (or null).
 * - `window.Partnerkit.decorate(formOrElement)` adds a hidden `pk_vid` input to a form (or to every form
 *   inside the element); forms marked `data-partnerkit` are decorated automatically.
 * - Every Stripe Payment Link (`https://buy.stripe.com/...`) gets `client_reference_id=<visitor id>`,
 *   including links added later (MutationObserver).
 * - `window.Partnerkit.lead({ email, name })` records an opt-in of the visitor (`POST /t/lead` on the API
 *   that served the script).
 */
export function snippetSource(options: { cookieDays: number }): string {
  const config = JSON.stringify({ cookieDays: options.cookieDays });
  return `/*! Partnerkit merchant snippet */
(function (window, document, config) {
  'use strict';
  if (window.Partnerkit && window.Partnerkit.version) return;
  var NAME = 'pk_vid';
  var VALID = /^[0-9a-f]{32}$/;

  function readCookie() {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].slice(0, eq) === NAME) {
        var value = decodeURIComponent(parts[i].slice(eq + 1));
        return VALID.test(value) ? value : null;
      }
    }
    return null;
  }

  function fromUrl() {
    var match = /[?&]pk_vid=([^&#]*)/.exec(window.location.search);
    var value = match ? decodeURIComponent(match[1]) : '';
    return VALID.test(value) ? value : null;
  }

  function remember(value) {
    var secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = NAME + '=' + value + '; Max-Age=' + config.cookieDays * 86400 + '; Path=/; SameSite=Lax' + secure;
  }

  var landed = fromUrl();
  if (landed) remember(landed);

  function visitorId() {
    return readCookie() || landed || null;
  }

  function decorateForm(form) {
    var id = visitorId();
    if (!id || !form || form.tagName !== 'FORM') return;
    var input = form.querySelector('input[name="' + NAME + '"]');
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = NAME;
      form.appendChild(input);
    }
    input.value = id;
  }

  function decorate(target) {
    if (!target) return;
    if (target.tagName === 'FORM') return decorateForm(target);
    var forms = target.querySelectorAll ? target.querySelectorAll('form') : [];
    for (var i = 0; i < forms.length; i++) decorateForm(forms[i]);
  }

  function tagPaymentLink(anchor) {
    var id = visitorId();
    if (!id || !anchor.href || anchor.href.indexOf('https://buy.stripe.com/') !== 0) return;
    if (/[?&]client_reference_id=/.test(anchor.href)) return;
    var hash = anchor.href.indexOf('#');
    var base = hash === -1 ? anchor.href : anchor.href.slice(0, hash);
    var fragment = hash === -1 ? '' : anchor.href.slice(hash);
    anchor.href = base + (base.indexOf('?') === -1 ? '?' : '&') + 'client_reference_id=' + id + fragment;
  }

  function scan(root) {
    if (!root || !root.querySelectorAll) return;
    if (root.tagName === 'A') tagPaymentLink(root);
    if (root.tagName === 'FORM' && root.hasAttribute('data-partnerkit')) decorateForm(root);
    var anchors = root.querySelectorAll('a[href^="https://buy.stripe.com/"]');
    for (var i = 0; i < anchors.length; i++) tagPaymentLink(anchors[i]);
    var forms = root.querySelectorAll('form[data-partnerkit]');
    for (var j = 0; j < forms.length; j++) decorateForm(forms[j]);
  }

  function start() {
    scan(document.documentElement);
    if (typeof window.MutationObserver !== 'function') return;
    new window.MutationObserver(function (mutations) {
      for (var i = 0; i < mutations.length; i++) {
        var mutation = mutations[i];
        if (mutation.type === 'attributes') scan(mutation.target);
        for (var j = 0; j < mutation.addedNodes.length; j++) scan(mutation.addedNodes[j]);
      }
    }).observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href', 'data-partnerkit'],
    });
  }

  // The API that served this script receives the leads.
  var script = document.currentScript;
  var api = script && script.src ? script.src.replace(/\\/snippet\\.js(?:[?#].*)?$/, '') : '';

  // lead({ email, name, externalId }): records an opt-in of the current visitor (attributed to the partner
  // whose link they came from). Resolves with { recorded, duplicate }; rejects with the API's error.
  function lead(data) {
    data = data || {};
    var body = JSON.stringify({ email: data.email, name: data.name, externalId: data.externalId, visitorId: visitorId() });
    return window
      .fetch(api + '/t/lead', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: body, credentials: 'omit', keepalive: true })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) {
            var error = new Error(json.message || 'The lead was not recorded.');
            error.code = json.reason;
            error.category = json.code;
            error.field = json.field;
            throw error;
          }
          return json;
        });
      });
  }

  window.Partnerkit = {
    version: 1,
    visitorId: visitorId,
    decorate: decorate,
    lead: lead,
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document, ${config});
`;
}
