import type { DeclareResult, WithdrawResult } from '@/lib/attempts/declare-message';
import type { StatusView } from '@/lib/messaging/protocol';
import type { Translate } from '@/lib/i18n';
import { formatDateRange, formatWallDateTime } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging/protocol';

/** Declares `round` taken elsewhere; resolves with the refusal to show, or undefined once it is stored. */
export async function declareRound(t: Translate, view: StatusView, round: number, value: { date: string; time: string }): Promise<string | undefined> {
  const result: DeclareResult = await sendMessage('declareRound', { round, ...value });
  if (result.ok) return undefined;
  const spec = view.rounds.find((r) => r.number === round);
  const reason = result.reason === 'invalid-message' ? 'bad-time' : result.reason;
  return t(`popup.declare.error.${reason}`, { number: round, range: spec ? formatDateRange(spec.opens, spec.closes) : '' });
}

/** Withdraws the declaration of `round`; the message says what happened either way. */
export async function withdrawRound(t: Translate, round: number): Promise<{ ok: boolean; message: string }> {
  const result: WithdrawResult = await sendMessage('withdrawDeclaration', { round });
  if (result.ok) return { ok: true, message: t('popup.withdraw.done', { number: round }) };
  const reason = result.reason === 'invalid-message' ? 'not-declared' : result.reason;
  return { ok: false, message: t(`popup.withdraw.error.${reason}`, { number: round }) };
}

export const declaredText = (t: Translate, round: number, startedAt: string) =>
  t('popup.declare.done', { number: round, time: formatWallDateTime(startedAt) });
