// punycode 2.3.1 (MIT) ships no types; the engine uses only its decoder.
declare module 'punycode/punycode.es6.js' {
  export function decode(input: string): string;
}
