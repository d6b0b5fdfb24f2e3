declare module 'nspell' {
  interface Dictionary {
    aff: Uint8Array | string;
    dic?: Uint8Array | string;
  }
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
    dictionary(dic: Uint8Array | string): NSpell;
    personal(dic: Uint8Array | string): NSpell;
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
  }
  function nspell(dictionary: Dictionary | Dictionary[]): NSpell;
  export default nspell;
}
