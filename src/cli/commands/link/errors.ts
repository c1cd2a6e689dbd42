/** An input problem the user can fix; the CLI prints `file:line:column: message` and exits with 1. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }

  override toString(): string {
    const where = [this.file, this.line, this.column].filter((x) => x !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** Wrong command-line usage; exits with 2 like most Unix tools. */
export class UsageError extends Error {
  override name = 'UsageError';
}
