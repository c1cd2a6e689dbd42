import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { hostname } from 'node:os';
import tls from 'node:tls';

// A small SMTP client (RFC 5321) for plain-text notices: EHLO, STARTTLS when the server offers it (or
// implicit TLS with smtps://), AUTH PLAIN when the URL names a user, MAIL FROM, RCPT TO, DATA, QUIT.
// No dependency: Haven sends one short generic message at a time and needs nothing more.

export class SmtpError extends Error {
  /** The stage that failed and the server's reply code: never the reply text, which may hold addresses. */
  constructor(
    readonly stage: string,
    readonly replyCode: number | null,
  ) {
    super(`SMTP ${stage} failed${replyCode ? ` (${replyCode})` : ''}`);
  }
}

export type MailMessage = { from: string; to: string; subject: string; text: string };

type Reply = { code: number; lines: string[] };

const HEADER_SAFE = /^[^\r\n<>]+$/;

function encodeHeader(value: string): string {
  // Non-ASCII subjects as an RFC 2047 encoded word (UTF-8, base64).
  return /^[\x20-\x7e]*$/.test(value)
    ? value
    : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

function wrap76(base64: string): string {
  return base64.replace(/.{1,76}/g, '$&\r\n');
}

export function buildMessage(message: MailMessage, domain: string): string {
  return [
    `From: ${message.from}`,
    `To: ${message.to}`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    'Auto-Submitted: auto-generated',
    '',
    wrap76(Buffer.from(message.text, 'utf8').toString('base64')),
  ].join('\r\n');
}

class Connection {
  private buffer = '';
  private replies: Reply[] = [];
  private partial: string[] = [];
  private waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(
    public socket: net.Socket,
    timeoutMs: number,
  ) {
    this.attach(socket, timeoutMs);
  }

  attach(socket: net.Socket, timeoutMs: number) {
    this.socket = socket;
    socket.setTimeout(timeoutMs, () => socket.destroy(new SmtpError('timeout', null)));
    socket.on('data', (chunk: Buffer) => this.onData(chunk.toString('utf8')));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new SmtpError('connection closed', null)));
  }

  private fail(error: Error) {
    this.failure ??= error;
    if (this.waiting) {
      this.waiting.reject(this.failure);
      this.waiting = null;
    }
  }

  private onData(text: string) {
    this.buffer += text;
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end < 0) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const match = /^(\d{3})([ -])(.*)$/.exec(line);
      if (!match) continue;
      this.partial.push(match[3] ?? '');
      if (match[2] === ' ') {
        this.replies.push({ code: Number(match[1]), lines: this.partial });
        this.partial = [];
      }
    }
    if (this.waiting && this.replies.length > 0) {
      this.waiting.resolve(this.replies.shift()!);
      this.waiting = null;
    }
  }

  read(): Promise<Reply> {
    const ready = this.replies.shift();
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  async command(stage: string, line: string | null, expected: number[]): Promise<Reply> {
    if (line !== null) this.socket.write(`${line}\r\n`);
    const reply = await this.read();
    if (!expected.includes(reply.code)) throw new SmtpError(stage, reply.code);
    return reply;
  }

  detach() {
    this.socket.removeAllListeners('data');
    this.socket.removeAllListeners('error');
    this.socket.removeAllListeners('close');
    this.socket.setTimeout(0);
  }
}

function connect(options: { host: string; port: number; secure: boolean }): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = options.secure
      ? tls.connect({ host: options.host, port: options.port, servername: options.host }, () =>
          resolve(socket),
        )
      : net.connect({ host: options.host, port: options.port }, () => resolve(socket));
    socket.once('error', reject);
  });
}

function upgrade(socket: net.Socket, host: string): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername: host }, () => resolve(secure));
    secure.once('error', reject);
  });
}

/** Sends one message through the server named by an smtp:// or smtps:// URL. */
export async function sendMail(url: string, message: MailMessage, options: { timeoutMs?: number } = {}) {
  for (const address of [message.from, message.to])
    if (!HEADER_SAFE.test(address)) throw new SmtpError('address check', null);
  const target = new URL(url);
  const secure = target.protocol === 'smtps:';
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = target.port ? Number(target.port) : secure ? 465 : 587;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const me = hostname() || 'haven.localhost';
  const socket = await connect({ host, port, secure });
  const connection = new Connection(socket, timeoutMs);
  try {
    await connection.command('greeting', null, [220]);
    let hello = await connection.command('EHLO', `EHLO ${me}`, [250]);
    const offers = (keyword: string) => hello.lines.some((line) => line.toUpperCase().startsWith(keyword));
    if (!secure && offers('STARTTLS')) {
      await connection.command('STARTTLS', 'STARTTLS', [220]);
      connection.detach();
      connection.attach(await upgrade(connection.socket, host), timeoutMs);
      hello = await connection.command('EHLO', `EHLO ${me}`, [250]);
    }
    if (target.username) {
      const user = decodeURIComponent(target.username);
      const password = decodeURIComponent(target.password);
      const token = Buffer.from(`\0${user}\0${password}`, 'utf8').toString('base64');
      await connection.command('AUTH', `AUTH PLAIN ${token}`, [235]);
    }
    await connection.command('MAIL FROM', `MAIL FROM:<${message.from}>`, [250]);
    await connection.command('RCPT TO', `RCPT TO:<${message.to}>`, [250, 251]);
    await connection.command('DATA', 'DATA', [354]);
    // Dot-stuffing is not needed for base64 bodies, but headers are ours too: no line starts with '.'.
    await connection.command('message', `${buildMessage(message, host)}.`, [250]);
    await connection.command('QUIT', 'QUIT', [221]).catch(() => undefined);
  } finally {
    connection.detach();
    connection.socket.destroy();
  }
}
