/**
 * The error of the contract readers (`readDossier`, `readPayment`, `readStatistics`), in a module of its own: the
 * statistics reader shares it without the dossier reader and the working-day calendar that one imports (in a split
 * build, a chunk follows whole modules).
 */

/** An answer that breaks the contract; `pointer` (JSON Pointer) says where. */
export class ContractError extends Error {
  readonly pointer: string;
  constructor(pointer: string, message: string) {
    super(`${pointer || '/'}: ${message}`);
    this.name = 'ContractError';
    this.pointer = pointer;
  }
}
