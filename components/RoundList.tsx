import type { StatusView } from '@/lib/messaging/protocol';
import type { Translate } from '@/lib/i18n';
import { formatDateRange, formatWallDateTime } from '@/lib/i18n/format';
import { formatDuration, formatZonedIso } from '@/lib/rounds';

interface Props {
  view: StatusView;
  t: Translate;
}

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
export function RoundList({ view, t }: Props) {
  const { openRound, timeLeftMs, nextOpening } = view;
  return (
    <section>
      <ul className="rounds" aria-label={t('popup.roundsLabel')}>
        {view.rounds.map((round) => (
          <li key={round.number} className={`round round--${round.status}`} aria-current={round.number === openRound ? 'date' : undefined}>
            <span className="round__name">{t('popup.roundName', { number: round.number })}</span>
            <span className="round__dates">{formatDateRange(round.opens, round.closes)}</span>
            <span className="round__state">{t(`popup.status.${round.status}`)}</span>
            {round.takenAt && (
              <span className="round__detail">
                {t('popup.takenAt', { time: formatWallDateTime(round.takenAt) })}
                {round.elsewhere ? ` · ${t('popup.elsewhere')}` : !round.submittedAt && ` · ${t('popup.notSubmitted')}`}
                {round.attempts > 1 && ` · ${t('popup.attemptCount', { count: round.attempts })}`}
              </span>
            )}
          </li>
        ))}
      </ul>
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
