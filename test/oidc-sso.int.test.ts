import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Single sign-on over OpenID Connect (decision 0132) against a real identity provider on 127.0.0.1
 * (oidc-provider with its built-in login and consent pages), never the internet: every step is a real
 * HTTP request, redirects followed by hand with a cookie jar per host, as a browser does.
 */

const CLIENT_ID = 'dialogcenter-test';
const CLIENT_SECRET = 'test-client-secret-0123456789abcdef';

/** The provider's accounts and their claims (changed between logins to see roles follow the provider). */
const people: Record<string, Record<string, unknown>> = {
  'u-redaktion': {
    name: 'Rita Redlich',
    preferred_username: 'R.Redlich',
    email: 'rita.redlich@laatzen.example',
    groups: ['dc-redaktion', 'laatzen-alle'],
    tenant: 'laatzen',
  },
  // Calls herself "agent", the name of a local demo account: she must get her own account, never that one.
  'u-agentin': { name: 'Anna Anruf', preferred_username: 'agent', groups: ['dc-agenten'] },
  'u-ohne-rolle': { name: 'Otto Ohnerolle', preferred_username: 'o.ohne', groups: ['laatzen-alle'], tenant: 'laatzen' },
  'u-fremd': { name: 'Frieda Fremd', preferred_username: 'f.fremd', groups: ['dc-redaktion'], tenant: 'hannover' },
};

let provider: Server;
let issuer: string;
let appBase: string;
let t: TestApp;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  // The app's port first (the provider registers the redirect URI), then the provider's (the app's config names it).
  const reserve = createServer();
  const appPort = await listen(reserve);
  await new Promise((resolve) => reserve.close(resolve));
  appBase = `http://127.0.0.1:${appPort}`;

  provider = createServer();
  issuer = `http://127.0.0.1:${await listen(provider)}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appBase}/api/v1/auth/oidc/callback`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email'],
      dialogcenter: ['groups', 'tenant'],
    },
    findAccount: (_ctx, id) => (people[id] ? { accountId: id, claims: () => ({ sub: id, ...people[id] }) } : undefined),
  });
  provider.on('request', oidc.callback());

  t = await createTestApp({
    env: {
      OIDC_ISSUER_URL: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_BASE_URL: appBase,
      OIDC_SCOPES: 'openid profile email dialogcenter',
      OIDC_GROUP_ROLES: 'dc-redaktion=editor;dc-agenten=agent',
      OIDC_ALLOWED_TENANTS: 'laatzen,langenhagen',
    },
  });
  await t.app.listen({ port: appPort, host: '127.0.0.1' });
});

afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => provider?.close(resolve));
});

/** A browser: one cookie jar per origin, redirects followed by hand, forms posted urlencoded. */
function browser() {
  const jars = new Map<string, Map<string, string>>();
  const jar = (url: URL) => jars.get(url.origin) ?? jars.set(url.origin, new Map()).get(url.origin)!;
  async function request(url: URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const cookies = [...jar(url)].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(cookies ? { cookie: cookies } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value.join('=') === '') jar(url).delete(name!.trim());
      else jar(url).set(name!.trim(), value.join('='));
    }
    return res;
  }
  return {
    jar: (origin: string) => jar(new URL(origin)),
    /** Follows redirects from `url`; on the provider's login or consent page submits the form. Returns the last answer and its URL. */
    async signIn(start: string, login: string) {
      let url = new URL(start);
      const visited: URL[] = [];
      let init: { method?: string; form?: Record<string, string> } = {};
      for (let step = 0; step < 15; step++) {
        visited.push(url);
        const res = await request(url, init);
        init = {};
        const location = res.headers.get('location');
        if (location) {
          url = new URL(location, url);
          await res.arrayBuffer();
          continue;
        }
        if (url.origin === issuer && res.status === 200) {
          const html = await res.text();
          const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
          const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
          expect(action, html).toBeTruthy();
          url = new URL(action!, url);
          init = { method: 'POST', form: prompt === 'login' ? { prompt, login, password: 'egal' } : { prompt: prompt ?? 'consent' } };
          continue;
        }
        return { res, url, visited };
      }
      throw new Error('too many redirects');
    },
  };
}

const audit = (action: string) =>
  t.db.database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ actor_name: string; entity_id: string | null; tenant_id: string | null; details: Record<string, unknown> }>(
      tx,
      sql`select actor_name, entity_id, tenant_id, details from audit_log where action = ${action} order by id`,
    ),
  );

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `dc_session=${cookie}` } });

describe('single sign-on with a municipal service account', () => {
  it('tells the login page that it is configured', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc' });
    expect(res.json()).toEqual({ enabled: true });
  });

  it('signs an editor of Laatzen in: account made and linked, role and tenant from the claims, session, audit', async () => {
    const b = browser();
    const { url } = await b.signIn(`${appBase}/api/v1/auth/oidc/start`, 'u-redaktion');
    // Back at the staff app, signed in.
    expect(url.href).toBe(`${appBase}/`);
    const session = b.jar(appBase).get('dc_session')!;
    expect(session).toBeTruthy();
    expect(b.jar(appBase).has('dc_oidc_state')).toBe(false);

    const who = (await me(session)).json();
    expect(who.user).toMatchObject({
      username: 'r.redlich',
      displayName: 'Rita Redlich',
      email: 'rita.redlich@laatzen.example',
      roles: ['editor'],
    });
    expect(who.tenant).toMatchObject({ slug: 'laatzen' });

    const [provisioned] = await audit('auth.sso_user_provisioned');
    expect(provisioned).toMatchObject({ entity_id: who.user.id, tenant_id: who.tenant.id });
    expect(provisioned!.details).toMatchObject({ username: 'r.redlich', roles: ['editor'], issuer, subject: 'u-redaktion' });
    expect((await audit('auth.login_sso')).map((a) => a.entity_id)).toEqual([who.user.id]);

    // No local password: the account cannot be signed into with the login form.
    const local = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'r.redlich', password: '!sso' } });
    expect(local.statusCode).toBe(401);

    // Next login, the provider has moved her to Langenhagen: same account, binding follows, audited as a permission change.
    people['u-redaktion']!.tenant = 'langenhagen';
    const again = await b.signIn(`${appBase}/api/v1/auth/oidc/start`, 'u-redaktion');
    expect(again.url.href).toBe(`${appBase}/`);
    const moved = (await me(b.jar(appBase).get('dc_session')!)).json();
    expect(moved.user.id).toBe(who.user.id);
    expect(moved.tenant).toMatchObject({ slug: 'langenhagen' });
    expect(await audit('auth.sso_user_provisioned')).toHaveLength(1);
    const [changed] = (await audit('permission.changed')).filter((a) => a.entity_id === who.user.id);
    expect(changed!.details).toMatchObject({ source: 'sso', changes: { tenantId: { from: who.tenant.id } } });

    // Logout ends the local session.
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `dc_session=${b.jar(appBase).get('dc_session')}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(b.jar(appBase).get('dc_session')!)).statusCode).toBe(401);
  });

  it('gives a center agent her own account even when her name is taken by a local one; local login unchanged', async () => {
    const b = browser();
    const { url } = await b.signIn(`${appBase}/api/v1/auth/oidc/start`, 'u-agentin');
    expect(url.pathname).toBe('/');
    const who = (await me(b.jar(appBase).get('dc_session')!)).json();
    expect(who.user).toMatchObject({ username: 'agent-2', roles: ['agent'], tenantId: null });
    expect(who.tenant).toBeNull();
    const local = await t.login('agent');
    const localMe = (await me(local.replace('dc_session=', ''))).json();
    expect(localMe.user.username).toBe('agent');
    expect(localMe.user.id).not.toBe(who.user.id);
  });

  it('refuses claims that map to no role or to a tenant the provider may not bind, audited, back on the login page', async () => {
    for (const [login, reason] of [
      ['u-ohne-rolle', 'no_role'],
      ['u-fremd', 'tenant_not_allowed'],
    ] as const) {
      const b = browser();
      const { url } = await b.signIn(`${appBase}/api/v1/auth/oidc/start`, login);
      expect(`${url.pathname}${url.search}`, login).toBe(`/anmelden?sso=${reason}`);
      expect(b.jar(appBase).has('dc_session')).toBe(false);
    }
    const refused = await audit('auth.sso_claims_refused');
    expect(refused.map((a) => [a.actor_name, a.details.reason, a.details.subject])).toEqual([
      ['o.ohne', 'no_role', 'u-ohne-rolle'],
      ['f.fremd', 'tenant_not_allowed', 'u-fremd'],
    ]);
    const users = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from users where oidc_subject in ('u-ohne-rolle', 'u-fremd')`),
    );
    expect(users[0]!.n).toBe(0);
  });

  it('refuses a callback in a browser that did not start the login (login forgery), and a state used twice', async () => {
    const attacker = browser();
    const { visited } = await attacker.signIn(`${appBase}/api/v1/auth/oidc/start`, 'u-agentin');
    const callback = visited.find((u) => u.pathname === '/api/v1/auth/oidc/callback')!;
    expect(callback.searchParams.get('code')).toBeTruthy();
    // The attacker's callback link (code and state of his own login), opened by a victim: no state cookie, refused.
    const victim = browser();
    const res = await victim.signIn(callback.href, 'u-agentin');
    expect(`${res.url.pathname}${res.url.search}`).toBe('/anmelden?sso=state_invalid');
    expect(victim.jar(appBase).has('dc_session')).toBe(false);
    // The same callback again with the state cookie put back: the state was used up.
    attacker.jar(appBase).set('dc_oidc_state', callback.searchParams.get('state')!);
    const twice = await attacker.signIn(callback.href, 'u-agentin');
    expect(`${twice.url.pathname}${twice.url.search}`).toBe('/anmelden?sso=state_invalid');
    expect((await audit('auth.sso_failed')).map((a) => a.details.error)).toEqual(['state_invalid', 'state_invalid']);
  });
});
