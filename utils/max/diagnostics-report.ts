/**
 * The text of «Что видит Сверка», the one users copy into a bug report: shapes and counts from the bridge's census
 * (diagnostics.ts), the selectors' matches in the page and the connection's state. Built only from numbers, field
 * names, selector names and fixed words: no value from a frame or the page can reach it.
 */
import type { Translator } from '@/utils/i18n/translator';
import type { BridgeEvent } from './bridge-events';
import { Opcode } from './opcodes';

export type Census = Extract<BridgeEvent, { type: 'diagnostics' }>;

const OPCODE_NAMES = new Map<number, string>(Object.entries(Opcode).map(([name, code]) => [code, name]));
const CMD_NAMES = ['request/push', 'response', 'event', 'error', 'other'];

export interface DiagnosticsInput {
  census: Census | null;
  /** From utils/max/dom/selector-census.ts. */
  selectors: readonly [string, number][];
  /** The snapshot's protocol state and whether the chat list is complete (no counts of chats by title). */
  protocol: string;
  listComplete: boolean;
  /** Сверка's version and the browser's (for the report's reader). */
  version: string;
  userAgent: string;
}

export function diagnosticsLines(input: DiagnosticsInput, t: Translator): string[] {
  const { census } = input;
  const lines = [
    `${t.t('diagVersion')}: ${input.version} · ${input.userAgent.replace(/[^\w./ ();,-]/g, '').slice(0, 160)}`,
    `${t.t('diagProtocol')}: ${input.protocol} · ${input.listComplete ? t.t('diagListComplete') : t.t('diagListPartial')}`,
  ];
  if (census === null) {
    lines.push(t.t('diagNoFrames'));
  } else {
    const f = census.frames;
    lines.push(`${t.t('diagFrames')}: binary ${f.binary} · JSON ${f.json} · ${t.t('diagOther')} ${f.other}`);
    lines.push(`${t.t('diagVersions')}: ${census.versions.map(([v, n]) => `${v} × ${n}`).join(', ') || '—'}`);
    lines.push(`${t.t('diagOpcodes')}:`);
    for (const [opcode, cmd, n] of census.opcodes) {
      lines.push(`  ${opcode} ${OPCODE_NAMES.get(opcode) ?? '?'} (${CMD_NAMES[cmd] ?? cmd}) × ${n}`);
    }
    lines.push(`${t.t('diagChatFields', { n: census.chats })}:`);
    for (const [field, found, missing] of census.chatFields) lines.push(`  ${field}: ${found} / ${missing}`);
    lines.push(`${t.t('diagLinkFields', { n: census.links })}:`);
    for (const [field, found, missing] of census.linkFields) lines.push(`  ${field}: ${found} / ${missing}`);
  }
  lines.push(`${t.t('diagSelectors')}:`);
  for (const [name, count] of input.selectors) lines.push(`  ${name}: ${count < 0 ? t.t('diagSelectorBad') : count}`);
  return lines;
}
