import { type FastifyInstance } from 'fastify';
import { clientError } from '../../errors/client-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET /embed/signup.js?program=<id>`: the embeddable signup snippet for a merchant's site. It renders the
 * hosted signup page of the program in an iframe (in place of the script tag, or inside
 * `data-target="#element-id"`), passes on a recruiting link's `?parent=CODE` of the merchant page, and
 * follows the form's height.
 */
export function registerSignupEmbedRoutes(app: FastifyInstance, publicUrl: string | undefined) {
  app.get<{ Querystring: { program?: unknown } }>('/embed/signup.js', async (request, reply) => {
    const programId = typeof request.query.program === 'string' ? request.query.program : '';
    if (!UUID.test(programId)) {
      // Loaded by a <script> tag: the refusal is a script that tells the merchant's console (code included).
      const error = clientError('ID_INVALID', '?program=<id> is missing or invalid.', 'program');
      return reply
        .code(error.status)
        .type('application/javascript; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(`console.error(${JSON.stringify(`Partnerkit: ${error.message} (${error.code})`)});\n`);
    }
    const base = (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
    const script = `(function () {
  var script = document.currentScript;
  var base = ${JSON.stringify(base)};
  var src = ${JSON.stringify(`${base}/portal/signup/${programId.toLowerCase()}?embed=1`)};
  var parent = new URLSearchParams(window.location.search).get('parent') || (script && script.getAttribute('data-parent'));
  if (parent) src += '&parent=' + encodeURIComponent(parent);
  var frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'Partner signup';
  frame.style.cssText = 'width:100%;max-width:640px;height:900px;border:0;';
  var target = script && script.getAttribute('data-target') && document.querySelector(script.getAttribute('data-target'));
  if (target) target.appendChild(frame); else if (script && script.parentNode) script.parentNode.insertBefore(frame, script);
  window.addEventListener('message', function (event) {
    if (event.origin !== new URL(base).origin || !event.data || typeof event.data.partnerkitSignupHeight !== 'number') return;
    frame.style.height = Math.ceil(event.data.partnerkitSignupHeight) + 'px';
  });
})();
`;
    return reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send(script);
  });
}
