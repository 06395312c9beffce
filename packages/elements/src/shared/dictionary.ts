type Text<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The shape of a UI text dictionary: every key of the source, each a string or a function of the same arguments. */
export type Dictionary<Source> = { readonly [K in keyof Source]: Text<Source[K]> };
