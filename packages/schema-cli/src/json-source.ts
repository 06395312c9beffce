/**
 * A small JSON parser that remembers where every value (and every object key) starts, by JSON
 * Pointer, so lint problems can be printed as `file:line:column`. JSON.parse gives no positions.
 */

/** A 1-based line and column. Columns count UTF-16 code units, as editors do for Vietnamese text. */
export interface Position {
  line: number;
  column: number;
}

export interface Located {
  /** Where the value starts. */
  value: Position;
  /** Where the member's key starts (object members only). */
  key?: Position;
}

export interface JsonSource {
  value: unknown;
  /** Positions by JSON Pointer (`''` is the root). */
  positions: ReadonlyMap<string, Located>;
  /** Keys given twice in one object (JSON.parse silently keeps the last), by pointer of the second. */
  duplicateKeys: readonly string[];
}

export class JsonSyntaxError extends Error {
  readonly position: Position;
  constructor(message: string, position: Position) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.position = position;
  }
}

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Parses JSON text (a leading BOM is allowed) into its value and the positions of its parts. */
export function parseJsonSource(text: string): JsonSource {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;
  const positions = new Map<string, Located>();
  const duplicateKeys: string[] = [];

  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, here());
  };
  const skipWhitespace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        i++;
        line++;
        lineStart = i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else return;
    }
  };
  const describe = () => (i >= text.length ? 'end of input' : JSON.stringify(text[i]));

  const parseString = (): string => {
    if (text[i] !== '"') fail(`Expected a string, found ${describe()}.`);
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === 0x0a) fail('Unterminated string.');
      if (c < 0x20) fail('Control character in a string.');
      if (c === 0x22) break;
      if (c === 0x5c) i++;
      i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('Invalid escape in a string.');
    }
  };

  const parseValue = (pointer: string, key?: Position): unknown => {
    skipWhitespace();
    const at = here();
    positions.set(pointer, key ? { value: at, key } : { value: at });
    const c = text[i];
    if (c === '{') {
      i++;
      const result: Record<string, unknown> = {};
      skipWhitespace();
      if (text[i] === '}') {
        i++;
        return result;
      }
      for (;;) {
        skipWhitespace();
        const keyAt = here();
        const name = parseString();
        skipWhitespace();
        if (text[i] !== ':') fail(`Expected ":" after a key, found ${describe()}.`);
        i++;
        const childPointer = `${pointer}/${escapeToken(name)}`;
        if (Object.prototype.hasOwnProperty.call(result, name)) duplicateKeys.push(childPointer);
        Object.defineProperty(result, name, { value: parseValue(childPointer, keyAt), enumerable: true, writable: true, configurable: true });
        skipWhitespace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return result;
        }
        fail(`Expected "," or "}", found ${describe()}.`);
      }
    }
    if (c === '[') {
      i++;
      const result: unknown[] = [];
      skipWhitespace();
      if (text[i] === ']') {
        i++;
        return result;
      }
      for (;;) {
        result.push(parseValue(`${pointer}/${result.length}`));
        skipWhitespace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return result;
        }
        fail(`Expected "," or "]", found ${describe()}.`);
      }
    }
    if (c === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return fail(`Unexpected ${describe()}.`);
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };

  const value = parseValue('');
  skipWhitespace();
  if (i < text.length) fail(`Unexpected ${describe()} after the JSON value.`);
  return { value, positions, duplicateKeys };
}

/**
 * Where to point for a JSON Pointer: the value there (or its key when `preferKey`), else the
 * nearest ancestor that exists in the text (a pointer into data the engine added, for example).
 */
export function locate(source: JsonSource, pointer: string, preferKey = false): Position {
  let current = pointer;
  for (;;) {
    const found = source.positions.get(current);
    if (found) return (preferKey && current === pointer ? found.key : undefined) ?? found.value;
    if (current === '') return { line: 1, column: 1 };
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
