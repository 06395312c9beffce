/**
 * Paying a dossier's fees through the demo gateway. `POST /api/dossiers/:code/payments` starts a payment (once per
 * idempotency key) that the gateway settles after `gatewayDelayMs`: paid, or failed when it was told to fail the
 * next one (`POST /api/demo-gateway/fail-next`). A payment that settles while the dossier waits for payment
 * (PAYMENT_REQUIRED) takes it back into processing, through the lifecycle.
 */
import { randomBytes } from 'node:crypto';
import { randomId } from '../random-id.js';
import type { FastifyInstance } from 'fastify';
import { transition } from '@dvc-kit/dossier';
import type { Dossier, DossierEvent, DossierPayment } from '@dvc-kit/dossier/types';
import { canonicalJson, sha256Hex } from '../canonical.js';
import { limitTries, openAsCitizen, readProof } from '../citizen-access.js';
import type { ServerContext } from '../context.js';
import { changeDossier } from '../dossier-writes.js';
import { ApiError, notFound } from '../errors.js';
import type { PaymentRecord } from '../store/types.js';
import { vnInstant } from '../time.js';
import { payeeFor } from '../views.js';
import { idempotencyKeyOf } from './submit.js';

const GATEWAY = { name: 'Cổng thanh toán demo (VietQR)' };

export function registerPaymentRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post<{ Params: { code: string } }>('/api/dossiers/:code/payments', async (request, reply) => {
    limitTries(context, request.ip);
    const key = idempotencyKeyOf(request);
    const { code } = request.params;
    const record = await openAsCitizen(context, code, readProof(request.body ?? {}));
    const fees = record.dossier.fees;
    if (!fees || fees.payment.amount <= 0) throw notFound('Hồ sơ này không có khoản phí nào phải nộp.', 'This dossier has nothing to pay.');
    const requestHash = sha256Hex(canonicalJson({ code, amount: fees.payment.amount }));
    const nowMs = context.now();
    const outcome = await context.store.insertPayment({
      idempotencyKey: key,
      requestHash,
      build() {
        if (fees.payment.status === 'paid' || fees.payment.status === 'pending') {
          // Refused inside the key's transaction, so a replay of the key that started it still answers 201.
          throw new ApiError(409, 'invalid-transition', fees.payment.status === 'paid' ? 'Hồ sơ đã được thanh toán.' : 'Đang chờ xác nhận khoản thanh toán trước.', {
            messageEn: fees.payment.status === 'paid' ? 'The fees are paid already.' : 'A payment is pending already.',
          });
        }
        const payment: DossierPayment = { status: 'pending', amount: fees.payment.amount, payee: payeeFor(code), updatedAt: vnInstant(nowMs) };
        if (fees.payment.paidAmount !== undefined) payment.paidAmount = fees.payment.paidAmount;
        const payment_: PaymentRecord = {
          id: randomId(),
          dossierCode: code,
          payment,
          settleAt: vnInstant(nowMs + context.gatewayDelayMs),
          version: 1,
        };
        if (context.gateway.failNext) payment_.willFail = true;
        return { record: payment_, response: { status: 201, body: { paymentId: payment_.id, payment } } };
      },
    });
    if (outcome.kind === 'conflict') {
      throw new ApiError(409, 'idempotency-conflict', 'Khóa chống gửi trùng này đã dùng cho một yêu cầu khác.', { messageEn: 'This Idempotency-Key was used with a different request.' });
    }
    if (outcome.kind === 'created') {
      if (outcome.value.willFail) context.gateway.failNext = false;
      await changeDossier(context, code, (current) =>
        current.dossier.fees ? { next: { ...current, dossier: { ...current.dossier, fees: { ...current.dossier.fees, payment: outcome.value.payment } } }, newEvents: [] } : undefined,
      );
    } else {
      reply.header('idempotent-replayed', 'true');
    }
    return reply.status(outcome.response.status).send(outcome.response.body);
  });

  if (context.demoControls) {
    app.post('/api/demo-gateway/fail-next', async () => {
      context.gateway.failNext = true;
      return { failNext: true };
    });
  }
}

/** Settles the payments due at `nowMs`: each paid (with a reference) or failed, and its dossier updated. */
export async function settleDuePayments(context: ServerContext, nowMs: number): Promise<number> {
  const now = vnInstant(nowMs);
  let settled = 0;
  for (const due of await context.store.duePayments(now, 100)) {
    const payment: DossierPayment = due.willFail
      ? { ...due.payment, status: 'failed', failureReason: 'Ngân hàng từ chối giao dịch (cổng thanh toán demo).', updatedAt: now }
      : {
          ...due.payment,
          status: 'paid',
          paidAmount: (due.payment.paidAmount ?? 0) + due.payment.amount,
          paidAt: now,
          reference: `DEMO${randomBytes(6).toString('hex').toUpperCase()}`,
          updatedAt: now,
        };
    const { settleAt: _settled, willFail: _willFail, ...rest } = due;
    if (!(await context.store.updatePayment({ ...rest, payment, version: due.version + 1 }, due.version))) continue; // another instance settled it
    settled += 1;
    await changeDossier(context, due.dossierCode, (record) => {
      if (!record.dossier.fees) return undefined;
      let dossier: Dossier = { ...record.dossier, fees: { ...record.dossier.fees, payment } };
      const newEvents: DossierEvent[] = [];
      if (payment.status === 'paid' && dossier.state.kind === 'PAYMENT_REQUIRED') {
        const holder = [...dossier.events].reverse().find((event) => event.state.kind === 'IN_PROCESS')?.state;
        const agency = holder?.kind === 'IN_PROCESS' ? holder.agency : { name: GATEWAY.name };
        dossier = transition(dossier, { kind: 'IN_PROCESS', agency }, { at: now, actor: GATEWAY.name, note: `Đã thanh toán ${payment.amount} đồng, mã giao dịch ${payment.reference}.` });
        newEvents.push(dossier.events.at(-1) as DossierEvent);
      }
      return { next: { ...record, dossier }, newEvents };
    });
  }
  return settled;
}
