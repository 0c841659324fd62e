/**
 * The stand-in MAX web over real HTTPS and WSS, for a browser that Playwright does not drive (Firefox over WebDriver
 * BiDi has request interception but no WebSocket routing). FakeMaxServer stays as it is: it installs its routes on
 * anything with Playwright's `route` / `routeWebSocket` / `addInitScript`, and this module is such a thing, backed by
 * Node servers on 127.0.0.1:
 *
 *   Firefox ──(every request: network.proxy.* prefs)──► the proxy
 *     CONNECT web.max.ru:443 / api.oneme.ru:443 / ws-api.oneme.ru:443 ──► the HTTPS server (a certificate made at test
 *       time for those three names) ──► FakeMaxServer's page route and its two sockets (`ws`)
 *     anything else ──► refused (403) and recorded in `offsite`
 *
 * So the page sees MAX's real host names on the default port, nothing needs root or /etc/hosts, Firefox resolves no
 * name itself (an HTTP proxy gets names, not addresses), and the proxy's log is every connection Firefox tried.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

/** The host names the stand-in answers for; the certificate covers these and nothing else. */
export const STANDIN_HOSTS = ['web.max.ru', 'api.oneme.ru', 'ws-api.oneme.ru'] as const;

type RouteHandler = (route: {
  request(): { url(): string };
  fulfill(response: { status: number; contentType: string; body: string }): Promise<void>;
}) => unknown;
type SocketHandler = (ws: {
  send(message: string | Buffer): void;
  close(options?: { code?: number; reason?: string }): void;
  onMessage(handler: (message: string | Buffer) => unknown): void;
  onClose(handler: (code?: number, reason?: string) => unknown): void;
  url(): string;
}) => unknown;

export interface HttpsStandin {
  /** The port of the HTTP proxy Firefox must use for everything (network.proxy.http/ssl on 127.0.0.1). */
  proxyPort: number;
  /** Every connection Firefox asked the proxy for, in order: `CONNECT web.max.ru:443`, `GET http://…`. */
  connections: string[];
  /** The ones that were refused: anything but the stand-in's hosts on 443. */
  offsite: string[];
  /** Every URL the HTTPS server answered (pages, assets, sockets). */
  served: string[];
  /** Scripts given to `addInitScript` (the stand-in's spies), for the browser to run before the page's own. */
  initScripts: string[];
  // Playwright's BrowserContext surface that FakeMaxServer.attach uses.
  route(pattern: string, handler: RouteHandler): Promise<void>;
  routeWebSocket(url: string, handler: SocketHandler): Promise<void>;
  addInitScript(script: { content: string }): Promise<void>;
  close(): Promise<void>;
}

/** A self-signed certificate for the stand-in's host names, made with openssl in a temporary folder. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-standin-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=web.max.ru',
        '-addext',
        `subjectAltName=${STANDIN_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

/** `https://web.max.ru/**` (the only pattern FakeMaxServer routes) → does `url` fall under it? */
const matchesRoute = (pattern: string, url: string) =>
  pattern.endsWith('/**') ? url.startsWith(pattern.slice(0, -2)) : url === pattern;
/** Playwright matches a socket URL string exactly; MAX's client may add a query string. */
const matchesSocket = (pattern: string, url: string) => url === pattern || url.startsWith(`${pattern}?`);

/** Starts the HTTPS server and the proxy; `FakeMaxServer.attach(standin)` then serves MAX through them. */
export async function startHttpsStandin(): Promise<HttpsStandin> {
  const routes: Array<{ pattern: string; handler: RouteHandler }> = [];
  const socketRoutes: Array<{ url: string; handler: SocketHandler }> = [];
  const connections: string[] = [];
  const offsite: string[] = [];
  const served: string[] = [];
  const initScripts: string[] = [];
  const openSockets = new Set<Socket>();
  const track = (socket: Socket) => {
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  };

  const urlOf = (request: IncomingMessage, scheme: 'https' | 'wss') =>
    `${scheme}://${(request.headers.host ?? '').replace(/:443$/, '')}${request.url ?? '/'}`;

  const https = createHttpsServer(makeCertificate(), async (request, response) => {
    const url = urlOf(request, 'https');
    served.push(url);
    const route = routes.findLast((r) => matchesRoute(r.pattern, url));
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not routed by the stand-in');
      return;
    }
    await route.handler({
      request: () => ({ url: () => url }),
      fulfill: async ({ status, contentType, body }) => {
        response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
      },
    });
  });
  https.on('connection', track);

  const sockets = new WebSocketServer({ noServer: true });
  https.on('upgrade', (request, socket, head) => {
    const url = urlOf(request, 'wss');
    served.push(url);
    const route = socketRoutes.findLast((r) => matchesSocket(r.url, url));
    if (!route) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      route.handler({
        send: (message) => ws.send(message),
        close: ({ code, reason } = {}) => ws.close(code, reason),
        onMessage: (handler) =>
          ws.on('message', (data: RawData, isBinary: boolean) => {
            const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
            handler(isBinary ? bytes : bytes.toString('utf8'));
          }),
        onClose: (handler) => ws.on('close', (code: number, reason: Buffer) => handler(code, reason.toString())),
        url: () => url,
      });
    });
  });
  const httpsPort = await listen(https);

  const proxy = createHttpServer((request, response) => {
    // A plain-HTTP request through the proxy: nothing of MAX's is plain HTTP.
    const line = `${request.method} ${request.url}`;
    connections.push(line);
    offsite.push(line);
    response.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by the Сверка test harness');
  });
  proxy.on('connection', track);
  proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    connections.push(`CONNECT ${target}`);
    const [host, port] = target.split(':');
    if (port !== '443' || !STANDIN_HOSTS.includes(host as (typeof STANDIN_HOSTS)[number])) {
      offsite.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const proxyPort = await listen(proxy);

  return {
    proxyPort,
    connections,
    offsite,
    served,
    initScripts,
    async route(pattern, handler) {
      routes.push({ pattern, handler });
    },
    async routeWebSocket(url, handler) {
      socketRoutes.push({ url, handler });
    },
    async addInitScript({ content }) {
      initScripts.push(content);
    },
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      for (const socket of openSockets) socket.destroy();
      await Promise.all([
        new Promise((resolve) => sockets.close(resolve)),
        new Promise((resolve) => https.close(resolve)),
        new Promise((resolve) => proxy.close(resolve)),
      ]);
    },
  };
}
