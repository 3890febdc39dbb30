// The identity the portal shows for the logged-in user, cut from the words around it (PRODUCT.md §4.2).
import { CONTROL_SELECTOR, collectTextBlocks, visibleText, type TextBlock } from './dom';
import { findTextBlocks } from './match';
import { cleanText, normalizeText } from '../text/normalize';
import { portalProfile } from './profile';

// A greeting may sit alone in its own element ("<small>Thí sinh:</small> <b>Tên</b>"): look this far up.
const MAX_LEVELS_UP = 2;
const MAX_NAME_LENGTH = 80;
// Every character here is one UTF-16 unit, so no /u (a Unicode-mode pattern costs more to compile).
const EDGE_PUNCTUATION = /^[\s,:;!|·•\-–—]+|[\s,:;!|·•\-–—.]+$/g;

const isControl = (el: Element): boolean => el.matches(CONTROL_SELECTOR);

/** The text right after a greeting in `raw` (lines from visibleText), or undefined. */
function nameAfterGreeting(raw: string): string | undefined {
  const lines = raw.split('\n').map(cleanText).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    // cleanText and normalizeText keep Vietnamese text the same length, so indices carry over.
    const key = normalizeText(line);
    for (const greeting of portalProfile.texts.greeting.texts) {
      const at = key.indexOf(greeting);
      if (at < 0 || key.length !== line.length) continue;
      const rest = line.slice(at + greeting.length).replace(EDGE_PUNCTUATION, '');
      const name = cutAtLogout(rest || (lines[i + 1] ?? ''));
      if (name) return name;
    }
  }
  return undefined;
}

// "Nguyễn Văn AĐăng xuất" when the logout word is plain text glued to the name.
function cutAtLogout(s: string): string | undefined {
  const key = normalizeText(s);
  let end = s.length;
  for (const word of portalProfile.controls.logout.texts) {
    const at = key.indexOf(word);
    if (at >= 0 && at < end) end = at;
  }
  const name = s.slice(0, end).split('|')[0]!.replace(EDGE_PUNCTUATION, '');
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}

/** The account shown after a greeting among already collected blocks. */
export function extractAccountFromBlocks(blocks: readonly TextBlock[]): string | undefined {
  for (const block of findTextBlocks(blocks, portalProfile.texts.greeting)) {
    let el: Element | null = block.el;
    for (let level = 0; el && level <= MAX_LEVELS_UP; level += 1, el = el.parentElement) {
      // Controls glued to the name ("Đăng xuất", an avatar menu) are not part of it.
      const name = nameAfterGreeting(visibleText(el, isControl));
      if (name) return name;
    }
  }
  return undefined;
}

/** The logged-in name/account as shown (NFC, trimmed), cut from "Xin chào, …" or "Thí sinh: …". */
export function extractAccount(root: ParentNode): string | undefined {
  return extractAccountFromBlocks(collectTextBlocks(root));
}
