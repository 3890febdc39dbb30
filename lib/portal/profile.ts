// The portal profile: the one place that knows the contest portal (PRODUCT.md §3, STYLE.md).
// Texts are written normalised (see normalize.ts). Every entry lists how many times it must match on
// each saved replica page; profile.test.ts asserts those counts, so a portal change shows up as a
// failing fixture, not as a silent miss. Counts run in order: logged-out, sso-login, ready, exam,
// confirm, timeout, result, other (see `counts`).

/** Host names of the built-in contest portal (a future edition may move: see notes-facts.md G). */
export const PORTAL_HOSTS: readonly string[] = ['hoithicchc.thuathienhue.gov.vn'];
/** The portal's main origin, e.g. for an "open the portal" link. */
export const PORTAL_ORIGIN = 'https://hoithicchc.thuathienhue.gov.vn';
/** Every portal origin, for sender checks. */
export const PORTAL_ORIGINS: readonly string[] = PORTAL_HOSTS.map((host) => `https://${host}`);
/** Content-script match patterns for the portal. */
export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => `https://${host}/*`);

export const FIXTURE_VARIANTS = ['classic', 'spa'] as const;
export const FIXTURE_STATES = ['logged-out', 'sso-login', 'ready', 'exam', 'confirm', 'timeout', 'result', 'other'] as const;
export type FixtureName = `${(typeof FIXTURE_VARIANTS)[number]}/${(typeof FIXTURE_STATES)[number]}.html`;
/**
 * Expected match counts, one digit per saved page in FIXTURE_STATES order, for the classic and the
 * SPA variant: '00110000' = 1 on exam and confirm. Kept as written: this module ships in the
 * content script, and expanding the table on every page load cost the portal time for nothing.
 */
export interface FixtureCounts { readonly classic: string; readonly spa: string }

const counts = (classic: string, spa: string): FixtureCounts => ({ classic, spa });

/** How many times an entry must match on one saved page (for profile.test.ts). */
export function expectedCount(fixtures: FixtureCounts, name: FixtureName): number {
  const [variant, page] = name.split('/') as [(typeof FIXTURE_VARIANTS)[number], string];
  const state = FIXTURE_STATES.indexOf(page.replace(/\.html$/, '') as (typeof FIXTURE_STATES)[number]);
  return Number(fixtures[variant][state]);
}

/** Matched against a control's whole normalised label (equality). */
export interface ControlEntry { readonly texts: readonly string[]; readonly fixtures: FixtureCounts }
/** Matched inside the normalised text of visible text blocks (substring or pattern). */
export interface TextEntry { readonly texts: readonly string[]; readonly patterns?: readonly RegExp[]; readonly fixtures: FixtureCounts }
/** Matched against the page's URL (`host` and `pathname`). */
export interface UrlEntry { readonly hosts?: readonly string[]; readonly paths?: readonly RegExp[]; readonly fixtures: FixtureCounts }
/** Distinct radio groups (by name) among visible inputs matching `selector`. */
export interface SelectorEntry { readonly selector: string; readonly fixtures: FixtureCounts }

export type ControlKind = 'start' | 'submit' | 'confirm' | 'cancel';

export const portalProfile = {
  urls: {
    portal: { hosts: PORTAL_HOSTS, fixtures: counts('11111111', '11111111') },
    login: { paths: [/^\/sso\/login\/?$/, /^\/dang-nhap\/?$/], fixtures: counts('01000000', '01000000') },
    exam: { paths: [/^\/thi(\/bai-thi)?\/?$/], fixtures: counts('00011100', '00011100') },
    result: { paths: [/^(\/thi)?\/ket-qua\/?$/], fixtures: counts('00000010', '00000010') },
  },
  controls: {
    start: { texts: ['bắt đầu thi'], fixtures: counts('00100000', '00100000') },
    // The SPA shows its submit input only on the last step (the prediction).
    submit: { texts: ['gửi bài thi'], fixtures: counts('00011100', '00001000') },
    // Counted only inside a visible confirm step (see controls.ts); the time-out prompt is one too.
    confirm: { texts: ['đồng ý', 'nộp bài', 'xác nhận', 'có'], fixtures: counts('00001100', '00001100') },
    cancel: { texts: ['hủy', 'hủy bỏ', 'không', 'quay lại'], fixtures: counts('00001100', '00001100') },
    login: { texts: ['đăng nhập'], fixtures: counts('11000000', '11000000') },
    logout: { texts: ['đăng xuất'], fixtures: counts('00111110', '00111110') },
  },
  texts: {
    // Words that introduce the logged-in identity; extract.ts cuts the name after them.
    greeting: { texts: ['xin chào', 'thí sinh:'], fixtures: counts('00111110', '00111110') },
    countdown: { texts: ['thời gian còn lại'], fixtures: counts('00011100', '00011100') },
    // "Câu 1: …" / "Câu hỏi 1/10"; not "Câu trước" nor "Câu hỏi dự đoán". Both confirm pages sit on the prediction step.
    question: { texts: [], patterns: [/^câu(?: hỏi)? \d+\b/], fixtures: counts('00010100', '00010100') },
    confirmQuestion: { texts: ['bạn có chắc chắn nộp bài', 'bạn có chắc chắn muốn nộp bài'], fixtures: counts('00001000', '00001000') },
    timeout: { texts: ['hết thời gian làm bài'], fixtures: counts('00000100', '00000100') },
    // Not "kết quả" alone: it is also a menu item and footer wording on every page.
    result: { texts: ['nộp bài thi thành công', 'nộp bài thành công'], fixtures: counts('00000010', '00000010') },
  },
  selectors: {
    radioGroups: { selector: 'input[type="radio" i]', fixtures: counts('00010100', '00010100') },
  },
} as const satisfies {
  urls: Record<string, UrlEntry>;
  controls: Record<ControlKind | 'login' | 'logout', ControlEntry>;
  texts: Record<string, TextEntry>;
  selectors: Record<string, SelectorEntry>;
};
