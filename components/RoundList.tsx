import type { StatusView } from '@/lib/messaging/protocol';
import type { Translate } from '@/lib/i18n';
import { formatDateRange, formatWallDateTime } from '@/lib/i18n/format';
import { formatDuration, formatZonedIso } from '@/lib/rounds';

interface Props {
  view: StatusView;
  t: Translate;
  /** "Tôi đã thi đợt này trên thiết bị khác" for a round not taken (open, or closed). */
  onDeclare?: (round: number) => void;
  onWithdraw?: (round: number) => void;
}

type Round = StatusView['rounds'][number];
const canDeclare = (round: Round) => round.status === 'not-taken' || round.status === 'closed';

function durationText(ms: number, t: Translate): string {
  const { days, hours, minutes } = formatDuration(ms);
  const parts = [
    days > 0 && t('duration.days', { n: days }),
    hours > 0 && t('duration.hours', { n: hours }),
    days === 0 && t('duration.minutes', { n: minutes }),
  ];
  return parts.filter(Boolean).join(' ');
}

/** The rounds of the contest, each with its name and this person's state (PRODUCT.md §5). */
export function RoundList({ view, t, onDeclare, onWithdraw }: Props) {
  const { openRound, timeLeftMs, nextOpening } = view;
  return (
    <section>
      <ul className="rounds" aria-label={t('popup.roundsLabel')}>
        {view.rounds.map((round) => (
          <li key={round.number} className={`round round--${round.status}`} aria-current={round.number === openRound ? 'date' : undefined}>
            <span className="round__name" id={`round-${round.number}`}>{t('popup.roundName', { number: round.number })}</span>
            <span className="round__dates">{formatDateRange(round.opens, round.closes)}</span>
            <span className="round__state">{t(round.declared ? 'popup.status.declared' : `popup.status.${round.status}`)}</span>
            {round.takenAt && (
              <span className="round__detail">
                {t('popup.takenAt', { time: formatWallDateTime(round.takenAt) })}
                {round.elsewhere ? ` · ${t('popup.elsewhere')}` : !round.submittedAt && ` · ${t('popup.notSubmitted')}`}
                {round.attempts > 1 && ` · ${t('popup.attemptCount', { count: round.attempts })}`}
              </span>
            )}
            {onDeclare && canDeclare(round) && (
              <button type="button" className="link round__action" aria-describedby={`round-${round.number}`} onClick={() => onDeclare(round.number)}>
                {t('popup.declare.open')}
              </button>
            )}
            {onWithdraw && round.declared?.withdrawable && (
              <button type="button" className="link round__action" aria-describedby={`round-${round.number}`} onClick={() => onWithdraw(round.number)}>
                {t('popup.withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {onDeclare && view.rounds.some(canDeclare) && <p className="hint">{t('popup.declare.phoneNote')}</p>}
      {openRound !== undefined && timeLeftMs !== undefined && (
        <p className="summary">{t('popup.timeLeft', { number: openRound, duration: durationText(timeLeftMs, t) })}</p>
      )}
      {openRound === undefined && nextOpening && (
        <p className="summary">
          {t('popup.nextOpening', { number: nextOpening.round, time: formatWallDateTime(formatZonedIso(nextOpening.at, view.timeZone)) })}
        </p>
      )}
      {openRound === undefined && !nextOpening && <p className="summary">{t('popup.contestEnded')}</p>}
    </section>
  );
}
