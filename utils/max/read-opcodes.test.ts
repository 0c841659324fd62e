import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBinaryFrame } from './binary/read-binary-frame';
import { type BridgeEvent, parseBridgeEvent } from './bridge-events';
import { isWanted, readFrame } from './frames';
import { Opcode } from './opcodes';
import { READ_OPCODES, type ReadOpcode } from './read-opcodes';

const FIXTURES = join(__dirname, '../../tests/fixtures');
const jsonFrame = (name: string) =>
  JSON.stringify(JSON.parse(readFileSync(join(FIXTURES, 'frames', `${name}.json`), 'utf8')));
const binaryFrame = (name: string) =>
  new Uint8Array(Buffer.from(readFileSync(join(FIXTURES, 'frames-binary', `${name}.b64`), 'utf8'), 'base64'));

/** Event types in order of first appearance, the diagnostics' own event left out. */
const typesOf = (events: BridgeEvent[]) => [...new Set(events.map((e) => e.type))].filter((t) => t !== 'diagnostics');

/** The chat open in the page (a CHAT_HISTORY answer names no chat: the bridge takes the open one's). */
const PAGE = { openChatId: '-68001234567802' };

const entries = Object.entries(READ_OPCODES) as [string, ReadOpcode][];

describe('every frame Сверка reads, with its examples', () => {
  for (const [name, read] of entries) {
    describe(`${name} (${read.opcode})`, () => {
      it('is named by its opcode', () => expect(Opcode[name as keyof typeof Opcode]).toBe(read.opcode));

      it('has an example on each protocol', () => {
        expect(read.json.length).toBeGreaterThan(0);
        expect(read.binary.length).toBeGreaterThan(0);
      });

      it.each(read.json)('JSON %s gives %j', (fixture, gives) => {
        const text = jsonFrame(fixture);
        expect(JSON.parse(text).opcode).toBe(read.opcode);
        const events = readFrame(text, PAGE);
        for (const e of events) expect(parseBridgeEvent(e)).not.toBeNull();
        expect(typesOf(events)).toEqual(gives);
      });

      it.each(read.binary)('binary %s gives %j', (fixture, gives) => {
        const bytes = binaryFrame(fixture);
        expect((bytes[4] as number) * 256 + (bytes[5] as number)).toBe(read.opcode);
        const events = readBinaryFrame(bytes, PAGE);
        for (const e of events) expect(parseBridgeEvent(e)).not.toBeNull();
        expect(typesOf(events)).toEqual(gives);
      });
    });
  }
});

describe('the list of frames Сверка reads', () => {
  it('is exactly what the bridge wants: answers (cmd 1) and pushes (cmd 0)', () => {
    const wanted: string[] = [];
    for (let opcode = 0; opcode < 1024; opcode++)
      for (const [cmd, kind] of [
        [1, 'response'],
        [0, 'push'],
      ] as const)
        if (isWanted(cmd, opcode)) wanted.push(`${kind} ${opcode}`);
    expect(wanted.sort()).toEqual(entries.map(([, r]) => `${r.kind} ${r.opcode}`).sort());
  });

  it('names every example frame stored, and every example it names is stored', () => {
    const named = (protocol: 'json' | 'binary') => new Set(entries.flatMap(([, r]) => r[protocol].map(([n]) => n)));
    const stored = (dir: string, ext: string) =>
      new Set(
        readdirSync(join(FIXTURES, dir))
          .filter((f) => f.endsWith(ext))
          .map((f) => f.slice(0, -ext.length)),
      );
    // Frames Сверка does not read are stored too, as examples of what it skips.
    const skipped = (name: string) => !entries.some(([, r]) => name.startsWith(`${r.opcode}-`));
    const jsonStored = [...stored('frames', '.json')].filter((n) => !skipped(n));
    const binaryStored = [...stored('frames-binary', '.b64')].filter((n) => !skipped(n));
    expect(jsonStored.sort()).toEqual([...named('json')].sort());
    expect(binaryStored.sort()).toEqual([...named('binary')].sort());
  });
});
