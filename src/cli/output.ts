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

type StepProgress = { step: string; done: number; total: number };

/**
 * Follows a long job of named steps: on a terminal one bar redrawn in place (a new line per step); in a
 * log or a pipe plain lines, at each step's start, each quarter and its end, so a log shows it moving.
 */
export function stepProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY === true;
  let current = '';
  let lastShown = -1;
  return (progress: StepProgress) => {
    if (progress.step !== current) {
      if (tty && current) stream.write('\n');
      current = progress.step;
      lastShown = -1;
    }
    const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 100;
    // A log gets a line per quarter; a terminal a redraw per percent.
    const shown = tty ? percent : Math.floor(percent / 25) * 25;
    if (shown === lastShown) return;
    lastShown = shown;
    const counted = progress.total > 1 ? ` (${progress.done}/${progress.total})` : '';
    if (!tty) {
      stream.write(`${label}: ${current} ${shown}%${counted}\n`);
      return;
    }
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    stream.write(
      `\r${label}: ${current} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%${counted}`,
    );
  };
}

/** Ends the bar's line on a terminal, so what follows starts on its own line. */
export function endStepProgress(stream: NodeJS.WriteStream = process.stderr): void {
  if (stream.isTTY) stream.write('\n');
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
