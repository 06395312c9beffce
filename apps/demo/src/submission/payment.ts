/**
 * Starting to pay a dossier's fees (`POST /api/dossiers/:code/payments`, api13): the demo gateway settles the pending
 * payment after a delay. One idempotency key per attempt (a double click starts one payment); after a failed
 * payment the page forgets the key, so the next click starts a new attempt. No DOM here (tested in Node).
 */
export type PaymentStart = { ok: true } | { ok: false; retryable: boolean; status?: number; message: string };

export interface PaymentStartOptions {
  key: string;
  /** The receipt's capability (the tab that filed the dossier has it). */
  receiptToken?: string;
  fetch?: typeof fetch;
}

export function paymentsUrl(code: string): string {
  return `/api/dossiers/${encodeURIComponent(code)}/payments`;
}

export async function startPayment(code: string, { key, receiptToken, fetch: fetchFn = globalThis.fetch }: PaymentStartOptions): Promise<PaymentStart> {
  try {
    const response = await fetchFn(paymentsUrl(code), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(receiptToken ? { receiptToken } : {}),
      credentials: 'same-origin',
    });
    if (response.ok) return { ok: true };
    let message = '';
    try {
      const body = (await response.json()) as { message?: unknown };
      if (typeof body?.message === 'string') message = body.message;
    } catch {
      // no JSON body: the status says it
    }
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    return { ok: false, retryable, status: response.status, message };
  } catch (error) {
    return { ok: false, retryable: true, message: error instanceof Error ? error.message : String(error) };
  }
}
