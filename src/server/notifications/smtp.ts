import nodemailer from 'nodemailer';

// Sending a plain-text notice through the SMTP server of HAVEN_SMTP_URL with nodemailer: smtp:// upgrades
// with STARTTLS when the server offers it, smtps:// speaks TLS from the start, credentials come from the
// URL. One transport per configured URL, reused between messages.

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

const transports = new Map<string, ReturnType<typeof nodemailer.createTransport>>();

function transportFor(url: string) {
  let transport = transports.get(url);
  if (!transport) {
    const parsed = new URL(url);
    const secure = parsed.protocol === 'smtps:';
    transport = nodemailer.createTransport({
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
      secure,
      ...(parsed.username
        ? {
            auth: {
              user: decodeURIComponent(parsed.username),
              pass: decodeURIComponent(parsed.password),
            },
          }
        : {}),
      // Generous timeouts: a slow relay must not hold a notice for minutes, nor fail a healthy one.
      connectionTimeout: 30_000,
      socketTimeout: 60_000,
    });
    transports.set(url, transport);
  }
  return transport;
}

export async function sendMail(url: string, message: MailMessage): Promise<void> {
  try {
    await transportFor(url).sendMail({
      ...message,
      textEncoding: 'base64',
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  } catch (error) {
    const failure = error as { command?: unknown; code?: unknown; responseCode?: unknown };
    // The SMTP command (or nodemailer's error code) names the stage; the reply text is never kept.
    const stage = typeof failure.command === 'string' ? failure.command.split(' ')[0] : failure.code;
    throw new SmtpError(
      typeof stage === 'string' ? stage : 'send',
      typeof failure.responseCode === 'number' ? failure.responseCode : null,
    );
  }
}
