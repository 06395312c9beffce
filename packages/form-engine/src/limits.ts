/**
 * The engine's documented limits: far beyond any real dossier, well within every runtime's stack. What goes
 * past them is reported in words (a located schema problem, a field error), never a crash.
 */

/** How deep subschemas may nest in a schema (the root is level 0). */
export const MAX_SCHEMA_DEPTH = 64;

/**
 * How deep the data may nest (a property or an item is one level). A person with forty generations of
 * ancestors is 41; below the limit the form keeps the value untouched and says it cannot be edited or checked.
 */
export const MAX_DATA_DEPTH = 128;
