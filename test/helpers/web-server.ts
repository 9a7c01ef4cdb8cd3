/**
 * A web server for the URL-input tests, on 127.0.0.1 and a port the system picks: no test reaches past the
 * loopback interface. `close` drops the connections still open (a server that never answers keeps one).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** The address of `path` on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startServer(handler: http.RequestListener, onConnection?: (socket: import('node:net').Socket) => void): Promise<TestServer> {
  const server = http.createServer(handler);
  if (onConnection !== undefined) server.on('connection', onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
