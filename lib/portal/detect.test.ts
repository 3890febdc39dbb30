import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadFixturePage } from '../../test/fixtures/portal/load';
import { detectPageKind, detectPortalPage, mayBeExamOrResult, type PortalPage } from './detect';

const ORIGIN = 'https://hoithicchc.thuathienhue.gov.vn';
const page = (body: string, url = `${ORIGIN}/`) => {
  const { document } = new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`, { url }).window;
  return detectPortalPage(document, new URL(url));
};

const expected: [string, PortalPage][] = [
  ['classic/logged-out.html', { kind: 'logged-out' }],
  ['classic/sso-login.html', { kind: 'logged-out' }],
  ['classic/ready.html', { kind: 'ready', account: 'Nguyễn Văn A' }],
  ['classic/exam.html', { kind: 'exam', account: 'Nguyễn Văn A' }],
  ['classic/confirm.html', { kind: 'confirm', account: 'Nguyễn Văn A' }],
  ['classic/timeout.html', { kind: 'confirm', account: 'Nguyễn Văn A' }],
  ['classic/result.html', { kind: 'result', account: 'Nguyễn Văn A' }],
  ['classic/other.html', { kind: 'unknown' }],
  ['spa/logged-out.html', { kind: 'logged-out' }],
  ['spa/sso-login.html', { kind: 'logged-out' }],
  ['spa/ready.html', { kind: 'ready', account: 'Nguyễn Văn A' }],
  ['spa/exam.html', { kind: 'exam', account: 'Nguyễn Văn A' }],
  ['spa/confirm.html', { kind: 'confirm', account: 'Nguyễn Văn A' }],
  ['spa/timeout.html', { kind: 'confirm', account: 'Nguyễn Văn A' }],
  ['spa/result.html', { kind: 'result', account: 'Nguyễn Văn A' }],
  ['spa/other.html', { kind: 'unknown' }],
];

describe('detectPortalPage', () => {
  it.each(expected)('should recognise %s', (name, want) => {
    const { document, url } = loadFixturePage(name);
    expect(detectPortalPage(document, url)).toEqual(want);
  });

  it('should treat a saved portal page served from another host as unknown', () => {
    const { document } = loadFixturePage('classic/ready.html');
    expect(detectPortalPage(document, new URL('https://hoithi.example.gov.vn/'))).toEqual({ kind: 'unknown' });
  });

  it('should say logged-in, not ready, when the start button is hidden', () => {
    const header = '<div>Xin chào, <b>Trần Thị B</b><a href="/dang-xuat">Đăng xuất</a></div>';
    expect(page(`${header}<button hidden>BẮT ĐẦU THI</button>`)).toEqual({ kind: 'logged-in', account: 'Trần Thị B' });
    expect(page(`${header}<div style="display: none"><button>BẮT ĐẦU THI</button></div>`).kind).toBe('logged-in');
    expect(page(`${header}<template><button>BẮT ĐẦU THI</button></template>`).kind).toBe('logged-in');
    expect(page(`${header}<button>BẮT ĐẦU THI</button>`).kind).toBe('ready');
  });

  it('should not see a confirm question inside a closed dialog or an aria-hidden box', () => {
    const exam = '<p>Thời gian còn lại: 10:00</p><button>GỬI BÀI THI</button>';
    const ask = '<p>Bạn có chắc chắn nộp bài?</p><button>Đồng ý</button><button>Hủy</button>';
    expect(page(`${exam}<dialog>${ask}</dialog>`).kind).toBe('exam');
    expect(page(`${exam}<div aria-hidden="true"><div>${ask}</div></div>`).kind).toBe('exam');
    expect(page(`${exam}<dialog open>${ask}</dialog>`).kind).toBe('confirm');
  });

  it('should not take the rules or a menu item for a result or an exam', () => {
    const body = '<nav><a href="/ket-qua">Kết quả</a><a href="/sso/login">Đăng nhập</a></nav>' +
      '<p>Thời gian làm bài tối đa 15 phút; mỗi thí sinh thi 01 lần/tuần.</p><p>Kết quả được công bố thứ Hai.</p>';
    expect(page(body)).toEqual({ kind: 'logged-out' });
  });

  it('should ignore text in scripts and styles', () => {
    expect(page('<script>var s = "Xin chào, Nguyễn Văn A";</script><style>/* Đăng xuất */</style>')).toEqual({ kind: 'unknown' });
  });
});

describe('mayBeExamOrResult', () => {
  const fixtures = expected.map(([name, result]) => [name, result.kind] as const);
  it.each(fixtures)('should let %s through only when it can be an exam or a result page', (name, kind) => {
    const { document } = loadFixturePage(name);
    const pass = mayBeExamOrResult(document.body);
    if (kind === 'exam' || kind === 'confirm' || kind === 'result') expect(pass).toBe(true);
    else expect(pass).toBe(false);
  });
});

describe('detectPageKind', () => {
  it('should recognise the replica on a configured host as on the built-in one', () => {
    const { document } = loadFixturePage('classic/result.html');
    expect(detectPageKind(document)).toEqual({ kind: 'result', account: 'Nguyễn Văn A' });
    expect(detectPortalPage(document, new URL('https://hoithi.example.gov.vn/thi/ket-qua'))).toEqual({ kind: 'unknown' });
  });
});
