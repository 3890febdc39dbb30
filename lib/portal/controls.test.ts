import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadFixturePage } from '../../test/fixtures/portal/load';
import { classifyControl, findControls } from './controls';

const doc = (body: string) =>
  new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`, { url: 'https://hoithicchc.thuathienhue.gov.vn/' }).window.document;

describe('classifyControl', () => {
  it('should walk up from a span inside a button whose text is split across elements', () => {
    const d = doc('<div role="button" tabindex="0"><span>Bắt</span> <span><i>đầu</i></span> <b>THI</b></div>');
    expect(classifyControl(d.querySelector('i')!)).toBe('start');
  });

  it('should read the value of an input submit', () => {
    expect(classifyControl(doc('<input type="submit" value="Gửi bài thi">').querySelector('input')!)).toBe('submit');
  });

  it('should read aria-label when a control has no visible text', () => {
    expect(classifyControl(doc('<a role="button" aria-label="Gửi bài thi"><svg></svg></a>').querySelector('svg')!)).toBe('submit');
  });

  it('should accept NFD text and decoration around the label', () => {
    const d = doc(`<button>➜ ${'Bắt đầu thi'.normalize('NFD')}&nbsp;</button>`);
    expect(classifyControl(d.querySelector('button')!)).toBe('start');
  });

  it('should trim icons, emoji and punctuation but keep letters and digits at the edges', () => {
    for (const label of ['» Bắt đầu thi «', '🚀 BẮT ĐẦU THI ✓', '▶️Bắt đầu thi!', '… bắt đầu thi …']) {
      expect(classifyControl(doc(`<button>${label}</button>`).querySelector('button')!), label).toBe('start');
    }
    // Letters (Vietnamese ones too) and digits are words, not decoration: these are other labels.
    for (const label of ['Bắt đầu thi 2', 'Bắt đầu thiế', 'Ở Bắt đầu thi', '1 Bắt đầu thi']) {
      expect(classifyControl(doc(`<button>${label}</button>`).querySelector('button')!), label).toBeUndefined();
    }
  });

  it('should not classify a hidden control or a control whose label only contains the words', () => {
    expect(classifyControl(doc('<button hidden>BẮT ĐẦU THI</button>').querySelector('button')!)).toBeUndefined();
    expect(classifyControl(doc('<button>Hướng dẫn bắt đầu thi</button>').querySelector('button')!)).toBeUndefined();
    expect(classifyControl(doc('<p>BẮT ĐẦU THI</p>').querySelector('p')!)).toBeUndefined();
  });

  it('should count cancel and confirm only inside the confirm step', () => {
    const d = doc('<form><button id="a">Hủy</button><button id="b">Đồng ý</button></form>' +
      '<div role="dialog"><p>Bạn có chắc chắn nộp bài?</p><div><button id="c">Huỷ</button><button id="d">Đồng ý</button></div></div>');
    expect(classifyControl(d.getElementById('a')!)).toBeUndefined();
    expect(classifyControl(d.getElementById('b')!)).toBeUndefined();
    expect(classifyControl(d.getElementById('c')!)).toBe('cancel');
    expect(classifyControl(d.getElementById('d')!)).toBe('confirm');
  });

  it('should recognise the confirm step of a box without dialog semantics', () => {
    const d = doc('<div class="popup"><div class="box"><p>Bạn có chắc chắn nộp bài?</p>' +
      '<div class="actions"><button id="yes"><span>Đồng ý</span></button><button id="no">Hủy</button></div></div></div>' +
      '<div><p>Bạn có chắc chắn nộp bài?</p><div><div><div><div><div><button id="far">Đồng ý</button></div></div></div></div></div></div>');
    expect(classifyControl(d.querySelector('#yes span')!)).toBe('confirm');
    expect(classifyControl(d.getElementById('no')!)).toBe('cancel');
    // A question more than four levels up is not this button's step.
    expect(classifyControl(d.getElementById('far')!)).toBeUndefined();
  });

  it('should classify the confirm button of each saved confirm page', () => {
    for (const name of ['classic/confirm.html', 'spa/confirm.html']) {
      const { document } = loadFixturePage(name);
      const yes = [...document.querySelectorAll('button, [role="button"]')].find((b) => /^(Đồng ý|Nộp bài)$/.test(b.textContent ?? ''))!;
      expect(classifyControl(yes)).toBe('confirm');
    }
  });
});

describe('findControls', () => {
  it('should find the visible submit control of each variant', () => {
    for (const name of ['classic/confirm.html', 'spa/confirm.html']) {
      const { document } = loadFixturePage(name);
      expect(findControls(document, 'submit').map((c) => c.tagName)).toEqual([name.startsWith('spa') ? 'INPUT' : 'BUTTON']);
    }
  });

  it('should find the SPA start control, a div with role=button', () => {
    const { document } = loadFixturePage('spa/ready.html');
    expect(findControls(document, 'start').map((c) => c.getAttribute('role'))).toEqual(['button']);
  });
});
