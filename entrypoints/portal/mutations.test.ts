import { describe, expect, it } from 'vitest';
import { isMeaningfulChange } from './mutations';

const text = (value: string) => ({ nodeType: 3, nodeValue: value, textContent: value }) as unknown as Node;
const element = () => ({ nodeType: 1 }) as unknown as Node;
const list = (...nodes: Node[]) => nodes as unknown as NodeList;
const record = (r: Partial<MutationRecord>) => ({ addedNodes: list(), removedNodes: list(), ...r }) as MutationRecord;

describe('isMeaningfulChange', () => {
  it('should ignore a ticking countdown', () => {
    const tick = record({ type: 'childList', target: text('14:59'), addedNodes: list(text('14:59')), removedNodes: list(text('15:00')) });
    expect(isMeaningfulChange([tick, record({ type: 'characterData', target: text('14:58') })])).toBe(false);
  });

  it('should notice new elements, attribute changes and long text', () => {
    expect(isMeaningfulChange([record({ type: 'childList', target: element(), addedNodes: list(element()) })])).toBe(true);
    expect(isMeaningfulChange([record({ type: 'attributes', target: element() })])).toBe(true);
    expect(isMeaningfulChange([record({ type: 'characterData', target: text('Bạn đã nộp bài thi thành công') })])).toBe(true);
  });
});
