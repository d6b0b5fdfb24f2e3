import { createReadStream } from 'node:fs';

/**
 * Checks that a JSON file is valid JSON, reading it as a stream: a 100,000-file report is larger
 * than the longest string V8 can hold, so it cannot be `JSON.parse`d whole, and a check that only
 * balanced brackets would pass a report with a missing comma or a value cut short. Besides
 * validity it counts the values found at given paths (`['*']` the items of a top-level array,
 * `['runs', '*', 'results', '*']` SARIF's results), so that a report can be held to the number of
 * files and findings it should have. Only the counted structure is kept, never the text.
 */
export async function checkJsonFile(
  path: string,
  counted: Record<string, readonly string[]>,
): Promise<{ valid: boolean; problem?: string; counts: Record<string, number> }> {
  const checker = new JsonChecker(counted);
  for await (const chunk of createReadStream(path, {
    encoding: 'utf8',
    highWaterMark: 1 << 20,
  }) as AsyncIterable<string>) {
    if (!checker.write(chunk)) break;
  }
  return checker.end();
}

// eslint-disable-next-line no-control-regex -- control characters end a run: JSON strings may not hold them
const plainRun = /[^"\\\u0000-\u001f]+/y;

type Container =
  | { kind: 'object'; key: string | undefined; state: 'key' | 'colon' | 'value' | 'comma' }
  | {
      kind: 'array';
      index: number;
      state: 'value' | 'comma';
    };

/** A JSON checker fed text in pieces: a state machine over containers, strings, numbers and literals. */
export class JsonChecker {
  private readonly stack: Container[] = [];
  private readonly paths: [string, readonly string[]][];
  private readonly counts: Record<string, number> = {};
  private problem: string | undefined;
  private done = false;
  /** A string, number or literal being read, which may span chunks. */
  private token:
    | { kind: 'string'; escaped: boolean; unicode: number; key: boolean }
    | { kind: 'number' | 'literal'; text: string }
    | undefined;
  private offset = 0;

  constructor(counted: Record<string, readonly string[]>) {
    this.paths = Object.entries(counted);
    for (const name of Object.keys(counted)) this.counts[name] = 0;
  }

  /** Feeds text; false once the text is known to be invalid. */
  write(text: string): boolean {
    for (let at = 0; at < text.length && this.problem === undefined;) {
      const token = this.token;
      if (token?.kind === 'string' && !token.escaped && token.unicode === 0) {
        // Most of a report is the inside of strings: skipped at once up to a quote, a backslash or a control character.
        plainRun.lastIndex = at;
        plainRun.test(text);
        const end = plainRun.lastIndex;
        if (end > at) {
          if (token.key) this.keyText += text.slice(at, end);
          this.offset += end - at;
          at = end;
          continue;
        }
      }
      this.step(text[at]!);
      at++;
      this.offset++;
    }
    return this.problem === undefined;
  }

  end(): { valid: boolean; problem?: string; counts: Record<string, number> } {
    if (this.problem === undefined && this.token && this.token.kind !== 'string') this.finishScalar();
    if (this.problem === undefined && this.token) this.fail('the text ends inside a string');
    if (this.problem === undefined && (this.stack.length > 0 || !this.done))
      this.fail('the text ends before the value does');
    return this.problem === undefined
      ? { valid: true, counts: this.counts }
      : { valid: false, problem: this.problem, counts: this.counts };
  }

  private fail(problem: string): void {
    this.problem ??= `${problem} (at character ${this.offset})`;
  }

  private step(character: string): void {
    const token = this.token;
    if (token?.kind === 'string') {
      this.stringStep(token, character);
      return;
    }
    if (token) {
      if (/[0-9a-zA-Z.+-]/.test(character)) {
        token.text += character;
        return;
      }
      this.finishScalar();
      if (this.problem !== undefined) return;
    }
    if (character === ' ' || character === '\n' || character === '\r' || character === '\t') return;
    const top = this.stack.at(-1);
    if (top?.kind === 'object' && top.state === 'key') {
      if (character === '"') this.token = { kind: 'string', escaped: false, unicode: 0, key: true };
      else if (character === '}' && top.key === undefined) this.close();
      else this.fail(`expected a key, found ${JSON.stringify(character)}`);
      return;
    }
    if (top?.kind === 'object' && top.state === 'colon') {
      if (character === ':') top.state = 'value';
      else this.fail(`expected ":", found ${JSON.stringify(character)}`);
      return;
    }
    if (top && top.state === 'comma') {
      if (character === ',') {
        if (top.kind === 'object') top.state = 'key';
        else top.state = 'value';
      } else if (character === (top.kind === 'object' ? '}' : ']')) this.close();
      else this.fail(`expected "," or the end of the ${top.kind}, found ${JSON.stringify(character)}`);
      return;
    }
    if (top?.kind === 'array' && character === ']' && top.index === 0) {
      this.close();
      return;
    }
    this.value(character);
  }

  /** The first character of a value, where one is expected. */
  private value(character: string): void {
    if (this.done) {
      this.fail(`text after the end of the value: ${JSON.stringify(character)}`);
      return;
    }
    this.countValue();
    if (character === '{') this.stack.push({ kind: 'object', key: undefined, state: 'key' });
    else if (character === '[') this.stack.push({ kind: 'array', index: 0, state: 'value' });
    else if (character === '"') this.token = { kind: 'string', escaped: false, unicode: 0, key: false };
    else if (/[-0-9]/.test(character)) this.token = { kind: 'number', text: character };
    else if (/[tfn]/.test(character)) this.token = { kind: 'literal', text: character };
    else this.fail(`expected a value, found ${JSON.stringify(character)}`);
  }

  /** Counts the value about to start if its path is one of those counted. */
  private countValue(): void {
    if (this.paths.length === 0) return;
    const path = this.stack.map((container) => (container.kind === 'array' ? '*' : container.key!));
    for (const [name, wanted] of this.paths) {
      if (wanted.length === path.length && wanted.every((part, index) => part === path[index])) this.counts[name]!++;
    }
  }

  private stringStep(token: { escaped: boolean; unicode: number; key: boolean }, character: string): void {
    if (token.unicode > 0) {
      if (!/[0-9a-fA-F]/.test(character)) this.fail('a \\u escape needs four hex digits');
      token.unicode--;
    } else if (token.escaped) {
      if (character === 'u') token.unicode = 4;
      else if (!'"\\/bfnrt'.includes(character)) this.fail(`invalid escape \\${character}`);
      token.escaped = false;
    } else if (character === '\\') token.escaped = true;
    else if (character === '"') {
      this.token = undefined;
      // Keys are kept only as far as the counted paths need: a key is one step of a path.
      if (token.key) this.keyDone();
      else this.valueDone();
    } else if (character < ' ') this.fail('a control character inside a string');
    else if (token.key) this.keyText += character;
  }

  private keyText = '';

  private keyDone(): void {
    const top = this.stack.at(-1);
    if (top?.kind !== 'object') return;
    top.key = this.keyText;
    this.keyText = '';
    top.state = 'colon';
  }

  private finishScalar(): void {
    const token = this.token as { kind: 'number' | 'literal'; text: string };
    this.token = undefined;
    const valid =
      token.kind === 'number'
        ? /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(token.text)
        : token.text === 'true' || token.text === 'false' || token.text === 'null';
    if (!valid) this.fail(`invalid ${token.kind} ${JSON.stringify(token.text.slice(0, 20))}`);
    else this.valueDone();
  }

  /** A value ended: its container now expects a comma or its end. */
  private valueDone(): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.done = true;
      return;
    }
    if (top.kind === 'array') top.index++;
    top.state = 'comma';
  }

  private close(): void {
    this.stack.pop();
    this.valueDone();
  }
}
