// The floor of collectorPostsPerSec: a bare node:http server that reads each POST and answers 201
// with the collector's body, storing nothing. Prints its URL, like the collector.
import { createServer } from 'node:http';
import { listen } from '../../lib/collector/server';

const server = createServer((req, res) => {
  const key = req.headers['idempotency-key'];
  req.resume();
  req.on('end', () => {
    const body = JSON.stringify({ status: 'accepted', receiptId: key });
    res.writeHead(201, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Access-Control-Allow-Origin': '*' }).end(body);
  });
});
const port = await listen(server, '127.0.0.1', 0);
console.log(`floor: http://127.0.0.1:${port}/receipts`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
