// The portal profile: the one place that knows the contest portal (PRODUCT.md §3, STYLE.md).
// Texts are written normalised (see normalize.ts). Every entry lists how many times it must match on
// each saved replica page; profile.test.ts asserts those counts, so a portal change shows up as a
// failing fixture, not as a silent miss. Counts run in order: logged-out, sso-login, ready, exam,
// confirm, timeout, result, other.

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
export type FixtureCounts = Readonly<Record<FixtureName, number>>;

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
    portal: { hosts: PORTAL_HOSTS, fixtures: {
      'classic/logged-out.html': 1, 'classic/sso-login.html': 1, 'classic/ready.html': 1, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 1, 'classic/other.html': 1,
      'spa/logged-out.html': 1, 'spa/sso-login.html': 1, 'spa/ready.html': 1, 'spa/exam.html': 1, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 1, 'spa/other.html': 1 } },
    login: { paths: [/^\/sso\/login\/?$/, /^\/dang-nhap\/?$/], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 1, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 0, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 1, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 0, 'spa/result.html': 0, 'spa/other.html': 0 } },
    exam: { paths: [/^\/thi(\/bai-thi)?\/?$/], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 1, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    result: { paths: [/^(\/thi)?\/ket-qua\/?$/], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 0, 'classic/result.html': 1, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 0, 'spa/result.html': 1, 'spa/other.html': 0 } },
  },
  controls: {
    start: { texts: ['bắt đầu thi'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 1, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 0, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 1, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 0, 'spa/result.html': 0, 'spa/other.html': 0 } },
    // The SPA shows its submit input only on the last step (the prediction).
    submit: { texts: ['gửi bài thi'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 1, 'spa/timeout.html': 0, 'spa/result.html': 0, 'spa/other.html': 0 } },
    // Counted only inside a visible confirm step (see controls.ts); the time-out prompt is one too.
    confirm: { texts: ['đồng ý', 'nộp bài', 'xác nhận', 'có'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    cancel: { texts: ['hủy', 'hủy bỏ', 'không', 'quay lại'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    login: { texts: ['đăng nhập'], fixtures: {
      'classic/logged-out.html': 1, 'classic/sso-login.html': 1, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 0, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 1, 'spa/sso-login.html': 1, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 0, 'spa/result.html': 0, 'spa/other.html': 0 } },
    logout: { texts: ['đăng xuất'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 1, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 1, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 1, 'spa/exam.html': 1, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 1, 'spa/other.html': 0 } },
  },
  texts: {
    // Words that introduce the logged-in identity; extract.ts cuts the name after them.
    greeting: { texts: ['xin chào', 'thí sinh:'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 1, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 1, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 1, 'spa/exam.html': 1, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 1, 'spa/other.html': 0 } },
    countdown: { texts: ['thời gian còn lại'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 1, 'classic/confirm.html': 1, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 1, 'spa/confirm.html': 1, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    // "Câu 1: …" / "Câu hỏi 1/10"; not "Câu trước" nor "Câu hỏi dự đoán". Both confirm pages sit on the prediction step.
    question: { texts: [], patterns: [/^câu(?: hỏi)? \d+\b/], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 1, 'classic/confirm.html': 0, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 1, 'spa/confirm.html': 0, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    confirmQuestion: { texts: ['bạn có chắc chắn nộp bài', 'bạn có chắc chắn muốn nộp bài'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 1, 'classic/timeout.html': 0, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 1, 'spa/timeout.html': 0, 'spa/result.html': 0, 'spa/other.html': 0 } },
    timeout: { texts: ['hết thời gian làm bài'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
    // Not "kết quả" alone: it is also a menu item and footer wording on every page.
    result: { texts: ['nộp bài thi thành công', 'nộp bài thành công'], fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 0, 'classic/confirm.html': 0, 'classic/timeout.html': 0, 'classic/result.html': 1, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 0, 'spa/confirm.html': 0, 'spa/timeout.html': 0, 'spa/result.html': 1, 'spa/other.html': 0 } },
  },
  selectors: {
    radioGroups: { selector: 'input[type="radio" i]', fixtures: {
      'classic/logged-out.html': 0, 'classic/sso-login.html': 0, 'classic/ready.html': 0, 'classic/exam.html': 1, 'classic/confirm.html': 0, 'classic/timeout.html': 1, 'classic/result.html': 0, 'classic/other.html': 0,
      'spa/logged-out.html': 0, 'spa/sso-login.html': 0, 'spa/ready.html': 0, 'spa/exam.html': 1, 'spa/confirm.html': 0, 'spa/timeout.html': 1, 'spa/result.html': 0, 'spa/other.html': 0 } },
  },
} as const satisfies {
  urls: Record<string, UrlEntry>;
  controls: Record<ControlKind | 'login' | 'logout', ControlEntry>;
  texts: Record<string, TextEntry>;
  selectors: Record<string, SelectorEntry>;
};
