// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFrame } from '@/tests/standin/max-binary.mjs';
import { createTranslator } from '@/utils/i18n/translator';
import type { BridgeEvent } from './bridge-events';
import { type Census, diagnosticsLines } from './diagnostics-report';
import { countSelectors } from './dom/selector-census';
import { createFrameTap } from './socket-tap';

const ROOT = process.cwd();
const binary = (name: string) =>
  new Uint8Array(
    Buffer.from(readFileSync(join(ROOT, 'tests/fixtures/frames-binary', `${name}.b64`), 'utf8'), 'base64'),
  );
const text = (name: string) =>
  JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/frames', `${name}.json`), 'utf8')));

/** Every string and number that appears anywhere in a value: what must never reach the copied text. */
function valuesOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.length >= 4) out.add(value);
  else if ((typeof value === 'number' || typeof value === 'bigint') && String(value).length >= 5)
    out.add(String(value));
  else if (Array.isArray(value)) for (const v of value) valuesOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (/^-?\d{5,}$/.test(k)) out.add(k); // member ids as keys
      valuesOf(v, out);
    }
  return out;
}

describe('«Что видит Сверка»', () => {
  const names = [
    '19-login-2000-chats',
    '53-chats-list-page',
    '128-notif-message-18-digit-id',
    '128-notif-message-plain',
    '135-notif-chat',
    '1-ping',
  ];
  const frames = [...names.map((n) => binary(n).slice().buffer), text('19-login'), text('49-chat-history')];
  const posted: BridgeEvent[] = [];
  const timers: (() => void)[] = [];
  const tap = createFrameTap({ post: (e) => posted.push(e), defer: () => {}, setTimer: (fn) => timers.push(fn) });
  for (const frame of frames) tap.onData(frame);
  tap.flush();
  for (const fire of timers.splice(0)) fire();
  const census = posted.find((e): e is Census => e.type === 'diagnostics') ?? null;

  it('counts frames by kind, version and opcode, and the fields found in the chats read', () => {
    expect(census).not.toBeNull();
    expect(census?.frames).toEqual({ binary: 6, json: 2, other: 0 });
    expect(census?.versions).toEqual([
      [10, 6],
      [11, 2],
    ]);
    expect(census?.opcodes).toContainEqual([128, 0, 2]);
    expect(census?.opcodes).toContainEqual([19, 1, 2]);
    const title = census?.chatFields.find(([field]) => field === 'title');
    expect(title && title[1] + title[2]).toBe(census?.chats);
  });

  it('the copied text holds no value from the frames it summarizes, nor from the page', () => {
    document.body.innerHTML = readFileSync(join(ROOT, 'tests/fixtures/dom/chat-list-2026.html'), 'utf8');
    const lines = diagnosticsLines(
      {
        census,
        selectors: countSelectors(document),
        protocol: 'ok',
        listComplete: false,
        version: '0.1.0',
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
      },
      createTranslator('ru'),
    );
    const copied = lines.join('\n');
    const secrets = new Set<string>();
    for (const n of names) valuesOf(decodeFrame(binary(n)).payload, secrets);
    for (const n of ['19-login', '49-chat-history']) valuesOf(JSON.parse(text(n)).payload, secrets);
    for (const el of document.querySelectorAll('.text')) secrets.add(el.textContent ?? '');
    // Words of the format itself may coincide with a field's value ("CHAT", "ACTIVE"): those are shapes, not values.
    for (const shape of ['CHAT', 'DIALOG', 'CHANNEL', 'ACTIVE', 'USER', 'TEXT', 'PRIVATE', 'PUBLIC', 'link', 'text'])
      secrets.delete(shape);
    expect(secrets.size).toBeGreaterThan(1000);
    const leaked = [...secrets].filter((s) => s.length >= 4 && copied.includes(s));
    expect(leaked).toEqual([]);
    expect(copied).toContain('chatListCell: 4');
    expect(copied).toContain('128 NOTIF_MESSAGE (request/push) × 2');
  });
});
