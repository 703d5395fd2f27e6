import { fork } from 'node:child_process';
import net from 'node:net';
import { FakeChannel } from '/work/wt/turns3/test/support/fakeChannel';
import { inConversation, messageActivity } from '/work/wt/turns3/test/support/activities';
(async () => {
  const channel = await new FakeChannel().start();
  const child = fork('/work/wt/turns3/bench/turnServers.ts', [], { execArgv: ['-r', 'ts-node/register/transpile-only'] });
  const urls: any = await new Promise((r) => child.once('message', r));
  for (const name of ['botUrl', 'echoUrl']) {
    const u = new URL(urls[name]);
    const body = JSON.stringify(messageActivity('can I use a VM', { serviceUrl: channel.serviceUrl, ...inConversation('raw-1') }));
    const raw: string = await new Promise((resolve) => {
      const s = net.connect(Number(u.port), '127.0.0.1', () => s.write(`POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`));
      let out = ''; s.on('data', (d) => (out += d)); s.on('end', () => resolve(out));
    });
    console.log('=== ' + name + '\n' + raw);
  }
  console.log('channel received', JSON.stringify(channel.received.map((r: any) => ({ len: JSON.stringify(r).length }))));
  console.log(Object.keys(channel.received[0] ?? {}));
  child.send('stop'); await channel.stop();
})();
