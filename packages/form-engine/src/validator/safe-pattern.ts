/**
 * `pattern` without catastrophic backtracking. JavaScript's RegExp backtracks: `^([A-Za-zÀ-ỹ]+\s?)*$` takes seconds
 * on a 30-letter name that ends in a digit, and a form runs it on every keystroke. A pattern that can backtrack
 * that way (a quantified group around a variable quantifier or an alternation) is run instead by a
 * non-backtracking automaton (Thompson's construction, simulated in time proportional to text × pattern); every
 * other pattern by RegExp. Single characters, classes and escapes are still judged by RegExp, so the syntax and
 * meaning stay JavaScript's. A risky pattern the automaton cannot run (backreferences, lookaround) is refused when
 * the validator is created, with the reason.
 */

export interface PatternTest {
  test(text: string): boolean;
}

/** Automaton size past which a pattern is refused rather than checked slowly (counted repeats are unrolled). */
const MAX_STATES = 20_000;

type Node =
  | { kind: 'alternation'; options: Node[] }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'char'; source: string }
  | { kind: 'start' | 'end' | 'boundary' | 'non-boundary' }
  | { kind: 'unsupported'; what: string; node?: Node };

/** Why a pattern cannot be checked safely, or undefined when it can (an invalid pattern is the linter's business). */
export function patternProblem(pattern: string): string | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    return error instanceof UnsafePatternError ? error.message : undefined;
  }
}

export class UnsafePatternError extends Error {}

/** A tester for a JSON Schema `pattern` (Unicode mode, unanchored), safe from catastrophic backtracking. */
export function compilePattern(pattern: string): PatternTest {
  const native = new RegExp(pattern, 'u'); // throws SyntaxError for an invalid pattern
  const tree = new Parser(pattern).parse();
  if (!canBacktrackBadly(tree)) return native;
  const unsupported = findUnsupported(tree);
  if (unsupported) {
    throw new UnsafePatternError(
      `The pattern ${JSON.stringify(pattern)} can take exponential time on some texts (a repeated group with a variable repeat or an alternation inside), and it uses ${unsupported}, which the safe matcher does not run. Rewrite it without nested repeats, e.g. "^[A-Za-z]+(\\s[A-Za-z]+)*$" instead of "^([A-Za-z]+\\s?)*$".`,
    );
  }
  return new Automaton(tree, pattern);
}

// ---- parsing ---------------------------------------------------------------------------------

class Parser {
  #at = 0;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  parse(): Node {
    const node = this.#alternation();
    if (this.#at < this.#source.length) throw new SyntaxError(`Unexpected ")" in ${this.#source}`);
    return node;
  }

  #peek(): string {
    return this.#source[this.#at] ?? '';
  }

  #alternation(): Node {
    const options = [this.#sequence()];
    while (this.#peek() === '|') {
      this.#at++;
      options.push(this.#sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alternation', options };
  }

  #sequence(): Node {
    const items: Node[] = [];
    while (this.#at < this.#source.length && this.#peek() !== '|' && this.#peek() !== ')') {
      const atom = this.#atom();
      items.push(this.#quantified(atom));
    }
    return items.length === 1 ? items[0]! : { kind: 'sequence', items };
  }

  #quantified(atom: Node): Node {
    const rest = this.#source.slice(this.#at);
    const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!match) return atom;
    this.#at += match[0].length;
    const [min, max] =
      match[1] === '*' ? [0, Infinity] : match[1] === '+' ? [1, Infinity] : match[1] === '?' ? [0, 1] : [Number(match[2]), match[3] === undefined ? Number(match[2]) : match[4] === '' ? Infinity : Number(match[4])];
    return { kind: 'repeat', node: atom, min, max };
  }

  #atom(): Node {
    const c = this.#peek();
    if (c === '^') return this.#skip(1, { kind: 'start' });
    if (c === '$') return this.#skip(1, { kind: 'end' });
    if (c === '.') return this.#skip(1, { kind: 'char', source: '.' });
    if (c === '(') return this.#group();
    if (c === '[') return this.#charClass();
    if (c === '\\') return this.#escape();
    const codePoint = String.fromCodePoint(this.#source.codePointAt(this.#at)!);
    this.#at += codePoint.length;
    return { kind: 'char', source: codePoint.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&') };
  }

  #skip(length: number, node: Node): Node {
    this.#at += length;
    return node;
  }

  #group(): Node {
    const opening = /^\((\?:|\?=|\?!|\?<=|\?<!|\?<[^>]+>)?/.exec(this.#source.slice(this.#at))!;
    this.#at += opening[0].length;
    const inner = this.#alternation();
    this.#at++; // ')'
    const kind = opening[1];
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') return { kind: 'unsupported', what: 'a lookaround', node: inner };
    return inner;
  }

  #charClass(): Node {
    const start = this.#at;
    this.#at++;
    if (this.#peek() === '^') this.#at++;
    if (this.#peek() === ']') this.#at++;
    while (this.#at < this.#source.length && this.#peek() !== ']') this.#at += this.#peek() === '\\' ? 2 : 1;
    this.#at++;
    return { kind: 'char', source: this.#source.slice(start, this.#at) };
  }

  #escape(): Node {
    const rest = this.#source.slice(this.#at);
    if (/^\\[1-9]/.test(rest) || rest.startsWith('\\k<')) {
      const reference = /^\\(?:\d+|k<[^>]*>)/.exec(rest)![0];
      return this.#skip(reference.length, { kind: 'unsupported', what: 'a backreference' });
    }
    if (rest.startsWith('\\b')) return this.#skip(2, { kind: 'boundary' });
    if (rest.startsWith('\\B')) return this.#skip(2, { kind: 'non-boundary' });
    const escape = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/u.exec(rest)![0];
    return this.#skip(escape.length, { kind: 'char', source: escape });
  }
}

/** A repeat that may run more than once around something that can match in several ways. */
function canBacktrackBadly(node: Node, insideRepeat = false): boolean {
  switch (node.kind) {
    case 'alternation':
      return (insideRepeat && node.options.length > 1) || node.options.some((option) => canBacktrackBadly(option, insideRepeat));
    case 'sequence':
      return node.items.some((item) => canBacktrackBadly(item, insideRepeat));
    case 'repeat':
      if (insideRepeat && node.max > node.min) return true;
      return canBacktrackBadly(node.node, insideRepeat || node.max > 1);
    case 'unsupported':
      return node.node !== undefined && canBacktrackBadly(node.node, insideRepeat);
    default:
      return false;
  }
}

function findUnsupported(node: Node): string | undefined {
  switch (node.kind) {
    case 'alternation':
      return node.options.map(findUnsupported).find(Boolean);
    case 'sequence':
      return node.items.map(findUnsupported).find(Boolean);
    case 'repeat':
      return findUnsupported(node.node);
    case 'unsupported':
      return node.what;
    default:
      return undefined;
  }
}

// ---- the automaton ---------------------------------------------------------------------------

interface State {
  kind: 'char' | 'split' | 'assert' | 'match';
  /** For 'char': whether one code point matches. For 'assert': whether the position fits. */
  test?: (text: readonly string[], position: number) => boolean;
  next?: State;
  alternative?: State;
  mark: number;
}

/** A piece of automaton: its start, and the dangling exits to connect to what follows. */
interface Fragment {
  start: State;
  exits: ((next: State) => void)[];
}

const isWordChar = (c: string | undefined) => c !== undefined && /^\w$/.test(c);

class Automaton implements PatternTest {
  readonly #start: State;
  #states = 0;
  #generation = 0;
  readonly #pattern: string;

  constructor(tree: Node, pattern: string) {
    this.#pattern = pattern;
    const fragment = this.#build(tree);
    const match = this.#state({ kind: 'match' });
    for (const exit of fragment.exits) exit(match);
    this.#start = fragment.start;
  }

  #state(state: Omit<State, 'mark'>): State {
    if (++this.#states > MAX_STATES) {
      throw new UnsafePatternError(`The pattern ${JSON.stringify(this.#pattern)} is too large to check safely (its repeat counts unroll into more than ${MAX_STATES} states).`);
    }
    return { ...state, mark: -1 };
  }

  #build(node: Node): Fragment {
    switch (node.kind) {
      case 'char': {
        const single = new RegExp(`^(?:${node.source})$`, 'u');
        const state = this.#state({ kind: 'char', test: (text, i) => single.test(text[i]!) });
        return { start: state, exits: [(next) => (state.next = next)] };
      }
      case 'start':
      case 'end':
      case 'boundary':
      case 'non-boundary': {
        const test =
          node.kind === 'start'
            ? (_: readonly string[], i: number) => i === 0
            : node.kind === 'end'
              ? (text: readonly string[], i: number) => i === text.length
              : (text: readonly string[], i: number) => (isWordChar(text[i - 1]) !== isWordChar(text[i])) === (node.kind === 'boundary');
        const state = this.#state({ kind: 'assert', test });
        return { start: state, exits: [(next) => (state.next = next)] };
      }
      case 'sequence':
        return this.#concatenate(node.items.map((item) => this.#build(item)));
      case 'alternation': {
        const options = node.options.map((option) => this.#build(option));
        let start = options.at(-1)!.start;
        for (let i = options.length - 2; i >= 0; i--) start = this.#state({ kind: 'split', next: options[i]!.start, alternative: start });
        return { start, exits: options.flatMap((option) => option.exits) };
      }
      case 'repeat':
        return this.#repeat(node.node, node.min, node.max);
      case 'unsupported':
        throw new UnsafePatternError(`unsupported: ${node.what}`);
    }
  }

  #concatenate(fragments: Fragment[]): Fragment {
    if (fragments.length === 0) return this.#empty();
    for (let i = 0; i < fragments.length - 1; i++) for (const exit of fragments[i]!.exits) exit(fragments[i + 1]!.start);
    return { start: fragments[0]!.start, exits: fragments.at(-1)!.exits };
  }

  #empty(): Fragment {
    const state = this.#state({ kind: 'split' });
    return { start: state, exits: [(next) => ((state.next = next), (state.alternative = next))] };
  }

  #optional(node: Node): Fragment {
    const body = this.#build(node);
    const split = this.#state({ kind: 'split', next: body.start });
    return { start: split, exits: [...body.exits, (next) => (split.alternative = next)] };
  }

  #star(node: Node): Fragment {
    const body = this.#build(node);
    const split = this.#state({ kind: 'split', next: body.start });
    for (const exit of body.exits) exit(split);
    return { start: split, exits: [(next) => (split.alternative = next)] };
  }

  #repeat(node: Node, min: number, max: number): Fragment {
    const parts: Fragment[] = [];
    for (let i = 0; i < min; i++) parts.push(this.#build(node));
    if (max === Infinity) parts.push(this.#star(node));
    else for (let i = min; i < max; i++) parts.push(this.#optional(node));
    return this.#concatenate(parts);
  }

  test(text: string): boolean {
    const chars = [...text];
    let current: State[] = [];
    for (let position = 0; ; position++) {
      // Unanchored: a match may start anywhere, as RegExp.test finds one.
      const generation = ++this.#generation;
      const next: State[] = [];
      // The states reachable without reading a character (splits, and assertions that hold here).
      const pending = [...current, this.#start];
      while (pending.length > 0) {
        const state = pending.pop()!;
        if (state.mark === generation) continue;
        state.mark = generation;
        if (state.kind === 'split') pending.push(state.next!, state.alternative!);
        else if (state.kind === 'assert') {
          if (state.test!(chars, position)) pending.push(state.next!);
        } else next.push(state);
      }
      if (next.some((state) => state.kind === 'match')) return true;
      if (position === chars.length) return false;
      const stepped: State[] = [];
      for (const state of next) if (state.kind === 'char' && state.test!(chars, position)) stepped.push(state.next!);
      current = stepped;
    }
  }
}
