/**
 * A `DossierStore` in memory, with the contract's semantics (idempotency, sequences, optimistic versions), so the
 * route tests run before and beside the real stores. Deep copies in and out, as a database would.
 */
import type {
  AttachmentRecord,
  BlobStore,
  DossierRecord,
  DossierStore,
  EventRecord,
  IdempotentOutcome,
  IdempotentResponse,
  OfficerRecord,
  PaymentRecord,
  SessionRecord,
} from '../../src/store/types.js';

const copy = <T>(value: T): T => structuredClone(value);

export function createMemoryStore(): DossierStore {
  const dossiers = new Map<string, DossierRecord>();
  const events: EventRecord[] = [];
  const attachments = new Map<string, AttachmentRecord>();
  const payments = new Map<string, PaymentRecord>();
  const officers = new Map<string, OfficerRecord>();
  const sessions = new Map<string, SessionRecord>();
  const keys = new Map<string, { requestHash: string; response: IdempotentResponse }>();
  const sequences = new Map<string, number>();

  function seen(scope: string, key: string, requestHash: string): IdempotentOutcome<never> | undefined {
    const found = keys.get(`${scope}:${key}`);
    if (!found) return undefined;
    return found.requestHash === requestHash ? { kind: 'replayed', response: copy(found.response) } : { kind: 'conflict' };
  }

  return {
    kind: 'sqlite',
    async migrate() {},
    async close() {},
    async insertDossier(input) {
      const earlier = seen('submit', input.idempotencyKey, input.requestHash);
      if (earlier) return earlier;
      const sequence = (sequences.get(input.codePrefix) ?? 0) + 1;
      const code = `${input.codePrefix}-${String(sequence).padStart(4, '0')}`;
      const built = input.build(code);
      sequences.set(input.codePrefix, sequence);
      const record = { ...copy(built.record), version: 1 };
      dossiers.set(code, record);
      record.dossier.events.forEach((event, index) => events.push({ dossierCode: code, agencyId: record.agencyId, sequence: index, event: copy(event) }));
      for (const attachment of built.attachments) attachments.set(attachment.id, copy(attachment));
      keys.set(`submit:${input.idempotencyKey}`, { requestHash: input.requestHash, response: copy(built.response) });
      return { kind: 'created', value: copy(record), response: copy(built.response) };
    },
    async getDossier(code) {
      const found = dossiers.get(code);
      return found ? copy(found) : undefined;
    },
    async updateDossier(next, expectedVersion, newEvents, newAttachments = []) {
      const current = dossiers.get(next.dossier.code);
      if (!current || current.version !== expectedVersion) return false;
      dossiers.set(next.dossier.code, { ...copy(next), version: expectedVersion + 1 });
      let sequence = events.filter((event) => event.dossierCode === next.dossier.code).length;
      for (const event of newEvents) events.push({ dossierCode: next.dossier.code, agencyId: next.agencyId, sequence: sequence++, event: copy(event) });
      for (const attachment of newAttachments) attachments.set(attachment.id, copy(attachment));
      return true;
    },
    async listDossiers(filter) {
      const offset = filter.offset ?? 0;
      return this.countDossiers(filter).then(() =>
        [...dossiers.values()]
          .filter((record) => (filter.agencyId === undefined || record.agencyId === filter.agencyId) && (filter.stateKinds === undefined || filter.stateKinds.includes(record.dossier.state.kind)))
          .sort((a, b) => Date.parse(b.dossier.submittedAt) - Date.parse(a.dossier.submittedAt) || b.dossier.code.localeCompare(a.dossier.code))
          .slice(offset, offset + Math.min(filter.limit ?? 50, 200))
          .map(copy),
      );
    },
    async countDossiers(filter) {
      return [...dossiers.values()].filter(
        (record) => (filter.agencyId === undefined || record.agencyId === filter.agencyId) && (filter.stateKinds === undefined || filter.stateKinds.includes(record.dossier.state.kind)),
      ).length;
    },
    async listEvents(filter) {
      return events
        .filter(
          (event) =>
            (filter.agencyId === undefined || event.agencyId === filter.agencyId) &&
            (filter.from === undefined || Date.parse(event.event.at) >= Date.parse(filter.from)) &&
            (filter.to === undefined || Date.parse(event.event.at) < Date.parse(filter.to)),
        )
        .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at))
        .map(copy);
    },
    async saveAttachment(record) {
      attachments.set(record.id, copy(record));
    },
    async getAttachment(id) {
      const found = attachments.get(id);
      return found ? copy(found) : undefined;
    },
    async listAttachments(dossierCode) {
      return [...attachments.values()].filter((attachment) => attachment.dossierCode === dossierCode).map(copy);
    },
    async insertPayment(input) {
      const earlier = seen('payment', input.idempotencyKey, input.requestHash);
      if (earlier) return earlier;
      const built = input.build();
      const record = { ...copy(built.record), version: 1 };
      payments.set(record.id, record);
      keys.set(`payment:${input.idempotencyKey}`, { requestHash: input.requestHash, response: copy(built.response) });
      return { kind: 'created', value: copy(record), response: copy(built.response) };
    },
    async latestPayment(dossierCode) {
      const found = [...payments.values()].filter((payment) => payment.dossierCode === dossierCode).at(-1);
      return found ? copy(found) : undefined;
    },
    async duePayments(now, limit) {
      return [...payments.values()]
        .filter((payment) => payment.settleAt !== undefined && Date.parse(payment.settleAt) <= Date.parse(now))
        .slice(0, limit)
        .map(copy);
    },
    async updatePayment(next, expectedVersion) {
      const current = payments.get(next.id);
      if (!current || current.version !== expectedVersion) return false;
      payments.set(next.id, { ...copy(next), version: expectedVersion + 1 });
      return true;
    },
    async upsertOfficer(officer) {
      officers.set(officer.username, copy(officer));
    },
    async getOfficer(username) {
      const found = officers.get(username);
      return found ? copy(found) : undefined;
    },
    async createSession(session) {
      sessions.set(session.id, copy(session));
    },
    async getSession(id, now) {
      const found = sessions.get(id);
      return found && Date.parse(found.expiresAt) > Date.parse(now) ? copy(found) : undefined;
    },
    async deleteSession(id) {
      sessions.delete(id);
    },
  };
}

export function createMemoryBlobs(): BlobStore & { count(): number } {
  const blobs = new Map<string, Uint8Array>();
  return {
    async put(sha256, bytes) {
      if (!blobs.has(sha256)) blobs.set(sha256, new Uint8Array(bytes));
    },
    async get(sha256) {
      return blobs.get(sha256);
    },
    count: () => blobs.size,
  };
}
