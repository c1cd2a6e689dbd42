// Terminal output helpers shared by the commands: messages to stderr, data to stdout, and a progress
// bar that draws only when a person is watching (a TTY), so logs and pipes stay clean.

export function fail(message: string, exitCode = 1): number {
  process.stderr.write(`haven: ${message}\n`);
  return exitCode;
}

export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let last = -1;
  return {
    update(done: number) {
      if (!tty || total <= 0) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% (${done}/${total})`,
      );
    },
    finish() {
      if (tty && total > 0) process.stderr.write('\n');
    },
  };
}

/** Reads a secret from stdin: typed at a prompt without echo, or piped. Never from argv. */
export async function readSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let value = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\u007f') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
