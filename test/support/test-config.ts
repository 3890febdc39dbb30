import { formatZonedIso } from '../../lib/rounds';

const DAY = 24 * 60 * 60 * 1000;
const TZ = 'Asia/Ho_Chi_Minh';

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * A config file (PRODUCT.md 4.1) whose four weekly rounds sit around `now` in ICT: round 1 last week,
 * round 2 this week (open), rounds 3 and 4 after. Makes the e2e tests and the demo independent of the date.
 */
export function makeTestConfig(now = Date.now(), endpointUrl: string | null = null) {
  const today = formatZonedIso(now, TZ).slice(0, 10);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const monday = shiftDate(today, -((weekday + 6) % 7));
  const rounds = [-1, 0, 1, 2].map((week, i) => ({
    number: i + 1,
    opens: shiftDate(monday, week * 7),
    closes: shiftDate(monday, week * 7 + 6),
  }));
  return {
    kind: 'hoithi.config',
    version: 1,
    contest: {
      id: 'cchc-test',
      name: 'Hội thi thử nghiệm CCHC',
      timeZone: TZ,
      rounds,
      attemptsPerRound: 1,
      timeLimitMinutes: null,
    },
    organization: { name: 'Sở Khoa học và Công nghệ', units: ['Văn phòng Sở', 'Phòng Quản lý Khoa học'] },
    endpoint: endpointUrl === null ? null : { url: endpointUrl },
  };
}

/** The person every test and the demo act as; the replica portal logs in as the same name. */
export const TEST_PROFILE = { fullName: 'Nguyễn Văn A', unit: 'Văn phòng Sở', position: 'Chuyên viên', isLeader: false, account: 'nguyenvana' };
