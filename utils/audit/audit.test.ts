import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { Profile } from '@/utils/profile/profile-schema';
import { emptySnapshot } from '@/utils/snapshot/max-snapshot';
import { type AuditChat, type AuditSnapshot, audit, matchedChatIds, type Override, toAuditSnapshot } from './audit';
import { describeReason } from './reason-text';
import type { Assignment } from './requirements';

const NOW = Date.UTC(2025, 10, 24, 9);
const ME = '1000001';
const OTHER = '1000007';
const profile: Profile = {
  ...DEFAULT_PROFILE,
  groups: [
    { code: 'ИСП-21', size: 25 },
    { code: 'ИСП-22', size: 25 },
  ],
};
const curator: Assignment = { roles: [{ role: 'curator', group: 'ИСП-21' }] };
const teacher: Assignment = { roles: [{ role: 'teacher', group: 'ИСП-21', discipline: 'Математика' }] };

let nextId = 100;
function chat(title: string, extra: Partial<AuditChat> = {}): AuditChat {
  nextId += 1;
  return {
    // Same length, so string order is creation order (as numeric order was).
    id: `-70000000${nextId}`,
    type: 'CHAT',
    status: 'ACTIVE',
    title,
    owner: ME,
    admins: [ME],
    participantsCount: 26,
    ...extra,
  };
}
const snap = (chats: AuditChat[], extra: Partial<AuditSnapshot> = {}): AuditSnapshot => ({
  chats,
  me: { id: ME },
  listComplete: true,
  ...extra,
});
const finding = (chats: AuditChat[], id: string, extra: Partial<AuditSnapshot> = {}, overrides: Override[] = []) => {
  const assignment = id.startsWith('teacher') ? teacher : curator;
  const f = audit(profile, assignment, snap(chats, extra), overrides, NOW).findings.find(
    (x) => x.requirement.id === id,
  );
  if (!f) throw new Error(`no finding ${id}`);
  return f;
};
const texts = (f: { reasons: Parameters<typeof describeReason>[0][] }) => f.reasons.map((r) => describeReason(r, 'ru'));

describe('statuses', () => {
  it('ok: one chat, with its reason in words', () => {
    const parents = chat('ИСП-21 Родители');
    const f = finding([parents, chat('ИСП-21 Студенты')], 'curator-parents/ИСП-21');
    expect(f).toMatchObject({ status: 'ok', chatId: parents.id });
    expect(texts(f)).toEqual(['Найден чат «ИСП-21 Родители»: название содержит группу ИСП-21 и слово «родители»']);
  });

  it('ok: one clearly best (a plain group chat beats a discipline chat and a group-only title)', () => {
    const plain = chat('ИСП-21 Студенты 🎓');
    const f = finding([chat('Математика ИСП-21'), chat('ИСП-21'), plain], 'curator-students/ИСП-21');
    expect(f).toMatchObject({ status: 'ok', chatId: plain.id });
    expect(f.candidates.map((c) => c.title)).toEqual(['ИСП-21 Студенты 🎓', 'ИСП-21', 'Математика ИСП-21']);
    expect(texts(f)[1]).toBe('Подходят и другие чаты, но слабее: «ИСП-21», «Математика ИСП-21»');
  });

  it('ok: a group-code-only title is the students’ chat when nothing better exists', () => {
    const f = finding([chat('ИСП-21')], 'curator-students/ИСП-21');
    expect(f.status).toBe('ok');
    expect(f.reasons[0]?.code).toBe('group-only');
  });

  it('ambiguous: several equally good', () => {
    const a = chat('ИСП-21 Родители');
    const b = chat('Родители ИСП 21');
    const f = finding([b, a], 'curator-parents/ИСП-21');
    expect(f.status).toBe('ambiguous');
    expect(f.chatId).toBeUndefined();
    expect(f.candidates.map((c) => c.chatId)).toEqual([a.id, b.id]);
    expect(texts(f)).toEqual(['Два равноценных чата: «ИСП-21 Родители» и «Родители ИСП 21» — свяжите нужный вручную']);
  });

  it('owning the chat breaks a tie; an old title loses', () => {
    const mine = chat('ИСП-21 Родители');
    const theirs = chat('ИСП-21 Родители', { owner: OTHER, admins: [OTHER] });
    expect(finding([theirs, mine], 'curator-parents/ИСП-21')).toMatchObject({ status: 'ok', chatId: mine.id });
    const old = chat('Родители ИСП-21 — 2023/24 (VK)');
    const current = chat('Родительский чат ИСП-21 (2024-2028)');
    expect(finding([old, current], 'curator-parents/ИСП-21')).toMatchObject({ status: 'ok', chatId: current.id });
  });

  it('incomplete: few members against the group size', () => {
    const f = finding([chat('ИСП-21 Студенты', { participantsCount: 10 })], 'curator-students/ИСП-21');
    expect(f.status).toBe('incomplete');
    expect(texts(f)).toContain('В чате 9 из 25 — пригласите оставшихся');
  });

  it('not incomplete at 60 % or when the size or count is unknown; teachers’ chats are not counted', () => {
    expect(finding([chat('ИСП-21 Студенты', { participantsCount: 16 })], 'curator-students/ИСП-21').status).toBe('ok');
    expect(finding([chat('ИСП-21 Студенты', { participantsCount: undefined })], 'curator-students/ИСП-21').status).toBe(
      'ok',
    );
    expect(finding([chat('ИСП-21 преподаватели', { participantsCount: 5 })], 'curator-teachers/ИСП-21').status).toBe(
      'ok',
    );
  });

  it('incomplete: the user is neither owner nor admin', () => {
    const f = finding([chat('ИСП-21 Родители', { owner: OTHER, admins: [OTHER] })], 'curator-parents/ИСП-21');
    expect(f.status).toBe('incomplete');
    expect(texts(f)).toContain(
      'Вы не владелец и не администратор чата «ИСП-21 Родители» — попросите владельца сделать вас администратором',
    );
  });

  it('incomplete: only a discipline chat for the curator’s students’ chat; only an old chat', () => {
    const f = finding([chat('Математика ИСП-21')], 'curator-students/ИСП-21');
    expect(f.status).toBe('incomplete');
    expect(f.reasons.map((r) => r.code)).toContain('discipline-chat-only');
    expect(finding([chat('Сферум — ИСП-21 (архив VK)')], 'curator-students/ИСП-21').status).toBe('incomplete');
  });

  it('missing: complete list, no candidate; channels, dialogs, removed chats and ИСП-211 never count', () => {
    const chats = [
      chat('ИСП-21 Родители', { type: 'CHANNEL' }),
      chat('ИСП-21 Родители', { type: 'DIALOG' }),
      chat('ИСП-21 Родители', { status: 'REMOVED' }),
      chat('ИСП-211 Родители'),
      chat('ИСП-21 Студенты'),
    ];
    const f = finding(chats, 'curator-parents/ИСП-21');
    expect(f).toMatchObject({ status: 'missing', candidates: [] });
    expect(texts(f)).toEqual([
      'Чата нет. Создайте «ИСП-21 — родители» и пригласите: родители (законные представители) обучающихся группы ИСП-21',
    ]);
  });

  it('an archived chat counts (ok), and its finding says it is archived', () => {
    const archived = chat('ИСП-21 Родители', { status: 'ARCHIVED' });
    const f = finding([archived], 'curator-parents/ИСП-21');
    expect(f).toMatchObject({ status: 'ok', chatId: archived.id });
    expect(f.reasons.map((r) => r.code)).toEqual(['found', 'archived']);
    expect(texts(f)).toEqual([
      'Найден чат «ИСП-21 Родители»: название содержит группу ИСП-21 и слово «родители»',
      '«ИСП-21 Родители»: чат в архиве — он всё равно засчитан',
    ]);
    expect(describeReason(f.reasons[1] as Parameters<typeof describeReason>[0], 'en')).toBe(
      '“ИСП-21 Родители”: the chat is archived — it still counts',
    );
    // An archived chat with a problem is incomplete for that problem, and still says it is archived.
    const few = finding(
      [chat('ИСП-21 Родители', { status: 'ARCHIVED', participantsCount: 3 })],
      'curator-parents/ИСП-21',
    );
    expect(few.status).toBe('incomplete');
    expect(few.reasons.map((r) => r.code)).toEqual(['found', 'archived', 'few-members']);
  });

  it('a removed chat, or one in any other status than ACTIVE or ARCHIVED, does not count: missing', () => {
    for (const status of ['REMOVED', 'LEFT', 'HIDDEN']) {
      const f = finding([chat('ИСП-21 Родители', { status })], 'curator-parents/ИСП-21');
      expect(f, status).toMatchObject({ status: 'missing', candidates: [] });
      expect(f.reasons.map((r) => r.code)).toEqual(['no-chat']);
    }
  });

  it('unknown, never missing: partial list, or a data problem', () => {
    const partial = finding([chat('ИСП-21 Студенты')], 'curator-parents/ИСП-21', { listComplete: false });
    expect(partial.status).toBe('unknown');
    expect(texts(partial)[0]).toBe('Список чатов MAX ещё не загружен полностью — чат может быть дальше в списке');
    const problem = finding([], 'curator-parents/ИСП-21', { dataProblem: 'unknown-version' });
    expect(problem.status).toBe('unknown');
    expect(problem.reasons.map((r) => r.code)).toEqual(['data-problem', 'no-chat']);
  });

  it('teacher: one chat per discipline, found by abbreviation; not satisfied by the parents’ chat', () => {
    const math = chat('Матем. ИСП-21', { participantsCount: 20 });
    const f = finding([chat('ИСП-21 Математика родители'), math], 'teacher-discipline/ИСП-21/Математика');
    expect(f).toMatchObject({ status: 'ok', chatId: math.id });
    expect(texts(f)[0]).toBe('Найден чат «Матем. ИСП-21»: название содержит группу ИСП-21 и дисциплину «Математика»');
  });
});

describe('longer disciplines: another discipline, not a weaker match', () => {
  const teaches = (...named: Array<[group: string, discipline: string]>): Assignment => ({
    roles: named.map(([group, discipline]) => ({ role: 'teacher', group, discipline })),
  });
  const findingOf = (assignment: Assignment, chats: AuditChat[], id: string, p: Profile = profile) => {
    const f = audit(p, assignment, snap(chats), [], NOW).findings.find((x) => x.requirement.id === id);
    if (!f) throw new Error(`no finding ${id}`);
    return f;
  };
  const RU = 'teacher-discipline/ИСП-21/Русский язык';

  it('only the shorter one named: the longer title is ambiguous, with the reason in words, never ok', () => {
    const f = findingOf(teaches(['ИСП-21', 'Русский язык']), [chat('ИСП-21 Русский язык и культура речи')], RU);
    expect(f.status).toBe('ambiguous');
    expect(f.chatId).toBeUndefined();
    expect(f.candidates.map((c) => c.title)).toEqual(['ИСП-21 Русский язык и культура речи']);
    expect(texts(f)).toEqual([
      '«ИСП-21 Русский язык и культура речи» — похоже, чат другой дисциплины: её название длиннее, чем «Русский язык». Если это тот же чат, свяжите его вручную',
    ]);
    expect(describeReason(f.reasons[0] as Parameters<typeof describeReason>[0], 'en')).toBe(
      '“ИСП-21 Русский язык и культура речи” looks like a chat of another discipline, with a longer name than “Русский язык”. If it is the same chat, link it by hand',
    );
    const two = findingOf(
      teaches(['ИСП-21', 'Философия']),
      [chat('Основы философии ИСП-21'), chat('ИСП-21 История и философия науки')],
      'teacher-discipline/ИСП-21/Философия',
    );
    expect(two.status).toBe('ambiguous');
    expect(texts(two)).toEqual([
      '«Основы философии ИСП-21», «ИСП-21 История и философия науки» — похоже, чаты других дисциплин: их названия длиннее, чем «Философия». Если среди них нужный, свяжите его вручную',
    ]);
  });

  it('a title naming the discipline itself wins over a longer one, even when it looks old', () => {
    const own = chat('Механика ИСП-21 (2023/24)');
    const f = findingOf(
      teaches(['ИСП-21', 'Механика']),
      [chat('Техническая механика ИСП-21'), own],
      'teacher-discipline/ИСП-21/Механика',
    );
    expect(f).toMatchObject({ status: 'incomplete', chatId: own.id });
    expect(texts(f)).toContain('Подходят и другие чаты, но слабее: «Техническая механика ИСП-21»');
  });

  it('both named: each chat goes to its own (the demo college’s Математика and Элементы высшей математики)', () => {
    const math = chat('Математика 📐 ИСП-21');
    const evm = chat('ИСП-21 | Элементы высшей математики');
    const both = teaches(['ИСП-21', 'Математика'], ['ИСП-21', 'Элементы высшей математики']);
    const M = 'teacher-discipline/ИСП-21/Математика';
    const E = 'teacher-discipline/ИСП-21/Элементы высшей математики';
    expect(findingOf(both, [evm], M)).toMatchObject({ status: 'missing', candidates: [] });
    expect(findingOf(both, [evm], E)).toMatchObject({ status: 'ok', chatId: evm.id });
    expect(findingOf(both, [math, evm], M)).toMatchObject({ status: 'ok', chatId: math.id, candidates: [{}] });
    expect(findingOf(both, [math, evm], E)).toMatchObject({ status: 'ok', chatId: evm.id, candidates: [{}] });
  });

  it('named by a colleague in the profile for the same group: not the user’s chat; for another group: ambiguous', () => {
    const colleague = (group: string): Profile => ({
      ...profile,
      people: [
        { name: 'Петров П.П.', roles: [{ role: 'teacher', group, discipline: 'Русский язык и культура речи' }] },
      ],
    });
    const longer = chat('ИСП 21 — Русский язык и культура речи');
    const mine = teaches(['ИСП-21', 'Русский язык']);
    expect(findingOf(mine, [longer], RU, colleague('исп21')).status).toBe('missing');
    expect(findingOf(mine, [longer], RU, colleague('ИСП-22')).status).toBe('ambiguous');
  });

  it('a name after the discipline, a part in brackets, kind and filler words do not make it longer', () => {
    for (const title of [
      'Математика Иванова М.П. ИСП-21',
      'Математика ИСП-21 (основы)',
      'Математика ИСП-21 студенты',
      'Математика для ИСП-21: домашние задания',
      'МАТЕМАТИКА ИСП-21',
    ])
      expect(findingOf(teacher, [chat(title)], 'teacher-discipline/ИСП-21/Математика').status, title).toBe('ok');
  });
});

describe('overrides', () => {
  const parents = chat('ИСП-21 Родители');
  const other = chat('Чат для своих', { owner: OTHER, admins: [OTHER], participantsCount: 3 });
  const id = 'curator-parents/ИСП-21';

  it('a chat linked by hand always wins', () => {
    const f = finding([parents, other], id, {}, [{ requirementId: id, chatId: other.id }]);
    expect(f).toMatchObject({ status: 'ok', chatId: other.id, linkedByHand: true });
    expect(texts(f)).toEqual(['Связан вручную с чатом «Чат для своих»']);
  });

  it('a chat linked by hand that is archived counts, and says it is archived', () => {
    const archived = chat('Чат для своих', { status: 'ARCHIVED' });
    const f = finding([parents, archived], id, {}, [{ requirementId: id, chatId: archived.id }]);
    expect(f).toMatchObject({ status: 'ok', chatId: archived.id, linkedByHand: true });
    expect(texts(f)).toEqual([
      'Связан вручную с чатом «Чат для своих»',
      '«Чат для своих»: чат в архиве — он всё равно засчитан',
    ]);
  });

  it('a linked chat gone from a complete list is missing; from a partial list unknown; removed is missing', () => {
    const o = [{ requirementId: id, chatId: '-70000000999' }];
    expect(finding([parents], id, {}, o)).toMatchObject({ status: 'missing', reasons: [{ code: 'linked-chat-gone' }] });
    expect(finding([parents], id, { listComplete: false }, o).status).toBe('unknown');
    const removed = chat('x', { status: 'REMOVED' });
    expect(finding([removed], id, { listComplete: false }, [{ requirementId: id, chatId: removed.id }]).status).toBe(
      'missing',
    );
  });

  it('not required → ok with the flag; the last override wins', () => {
    const f = finding([], id, {}, [
      { requirementId: id, chatId: parents.id },
      { requirementId: id, notRequiredReason: 'родители в общем чате техникума' },
    ]);
    expect(f).toMatchObject({ status: 'ok', notRequired: true });
    expect(texts(f)).toEqual(['Отмечено как ненужное: родители в общем чате техникума']);
  });
});

describe('result', () => {
  it('summary counts and matchedChatIds', () => {
    const s = chat('ИСП-21 Студенты');
    const p = chat('ИСП-21 Родители', { participantsCount: 3 });
    const r = audit(profile, curator, snap([s, p]), [], NOW);
    expect(r.summary).toEqual({
      total: 3,
      ok: 1,
      ambiguous: 0,
      missing: 1,
      incomplete: 1,
      unknown: 0,
      notRequired: 0,
      linkedByHand: 0,
    });
    expect([...matchedChatIds(r)]).toEqual([
      [s.id, ['curator-students/ИСП-21']],
      [p.id, ['curator-parents/ИСП-21']],
    ]);
  });

  it('English reasons exist for every reason code it produced', () => {
    const r = audit(
      profile,
      curator,
      snap([chat('ИСП-21 Родители', { owner: OTHER, admins: [OTHER], participantsCount: 2 })], { listComplete: false }),
      [],
      NOW,
    );
    for (const f of r.findings) for (const reason of f.reasons) expect(describeReason(reason, 'en')).toMatch(/\w/);
  });
});

// ---- properties ----

const titleArb = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'ИСП-21 Родители',
    'ИСП 21 студенты',
    'ИСП-21',
    'Математика ИСП-21',
    'ИСП-22 преподаватели',
    'ИСП-211',
    'Педсовет',
  ),
  fc
    .tuple(
      fc.constantFrom('ИСП-21', 'исп21', 'ИСП-22', 'ТМ-31'),
      fc.constantFrom(' Родители', ' студенты', ' Матем.', ' преподы', '', ' 2023/24'),
    )
    .map(([a, b]) => a + b),
);
const chatArb = fc.record(
  {
    type: fc.constantFrom('CHAT', 'CHAT', 'CHANNEL', 'DIALOG', 'OTHER'),
    status: fc.option(fc.constantFrom('ACTIVE', 'ARCHIVED', 'REMOVED', 'LEFT'), { nil: undefined }),
    title: fc.option(titleArb, { nil: undefined }),
    owner: fc.option(fc.integer({ min: 0, max: 3 }).map(String), { nil: undefined }),
    admins: fc.option(fc.array(fc.integer({ min: 0, max: 3 }).map(String), { maxLength: 3 }), { nil: undefined }),
    participantsCount: fc.option(fc.nat(60), { nil: undefined }),
  },
  { requiredKeys: ['type'] },
);
const chatsArb = fc
  .array(chatArb, { maxLength: 25 })
  .map((list) => list.map((c, i) => ({ ...c, id: String(i * 7 - 30) }) as AuditChat));
const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
  roles: fc.array(
    fc.record(
      {
        role: fc.constantFrom('curator', 'teacher', 'staff', 'admin'),
        group: fc.constantFrom('ИСП-21', 'исп 22', 'ТМ-31', '', '  ', '🎓'),
        discipline: fc.constantFrom('Математика', 'МДК 01.01', '', 'Элементы высшей математики'),
      },
      { requiredKeys: ['role'] },
    ),
    { maxLength: 5 },
  ),
});
const overridesArb = fc.array(
  fc.record(
    {
      requirementId: fc.constantFrom('curator-students/ИСП-21', 'curator-parents/ИСП-21', 'x'),
      chatId: fc.integer({ min: -40, max: 200 }).map(String),
      notRequiredReason: fc.string(),
    },
    { requiredKeys: ['requirementId'] },
  ),
  { maxLength: 3 },
);
const snapArb = fc.record({
  chats: chatsArb,
  me: fc.option(fc.record({ id: fc.integer({ min: 0, max: 3 }).map(String) }), { nil: undefined }),
  listComplete: fc.boolean(),
  dataProblem: fc.option(fc.constantFrom('unknown-version', ''), { nil: undefined }),
});

describe('properties', () => {
  it('total and deterministic; chat order does not matter', () => {
    fc.assert(
      fc.property(
        assignmentArb,
        snapArb,
        overridesArb,
        fc.integer(),
        fc.nat(),
        (assignment, snapshot, overrides, now, seed) => {
          const a = audit(profile, assignment, snapshot as AuditSnapshot, overrides, now);
          const b = audit(profile, assignment, structuredClone(snapshot) as AuditSnapshot, overrides, now);
          expect(b).toEqual(a);
          const rank = (i: number) => (i * 31 + seed) % 17;
          const shuffled = snapshot.chats
            .map((x, i) => ({ x, key: rank(i) }))
            .sort((p, q) => p.key - q.key)
            .map(({ x }) => x);
          const c = audit(profile, assignment, { ...snapshot, chats: shuffled } as AuditSnapshot, overrides, now);
          expect(c).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never missing while the list is partial (unless a linked chat is known to be removed)', () => {
    fc.assert(
      fc.property(assignmentArb, snapArb, (assignment, snapshot) => {
        const r = audit(profile, assignment, { ...snapshot, listComplete: false } as AuditSnapshot, [], NOW);
        expect(r.findings.filter((f) => f.status === 'missing')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on nonsense', () => {
    const nonsense = [
      null,
      undefined,
      {},
      { chats: null },
      { chats: [null, 1, 'x', { id: 'a' }, { id: 5, type: 'CHAT', title: 'ИСП-21 Родители' }] },
      { chats: [], me: { id: 5 } },
    ];
    for (const s of nonsense)
      expect(() => audit(profile, curator, s as unknown as AuditSnapshot, [], NOW)).not.toThrow();
    expect(() =>
      audit(profile, null as unknown as Assignment, snap([]), null as unknown as Override[], Number.NaN),
    ).not.toThrow();
  });
});

describe('properties: longer disciplines', () => {
  /** Disciplines and words that make a longer discipline of any of them (none of them a neutral or kind word). */
  const DISCIPLINES = [
    'Математика',
    'Философия',
    'Механика',
    'Русский язык',
    'Иностранный язык',
    'Экономика',
    'Химия',
    'История',
    'Физическая культура',
    'Бухгалтерский учёт',
    'Электротехника',
  ];
  const BEFORE = [
    'Основы',
    'Техническая',
    'Прикладная',
    'Элементы высшей',
    'Введение в',
    'Теоретическая',
    'Адаптивная',
  ];
  const AFTER = [
    'и культура речи',
    'в профессиональной деятельности',
    'организации',
    'отрасли',
    'и электроника',
    'для программистов',
    'в сфере сервиса',
  ];
  const GROUPS = ['ИСП-21', 'ТМ-31', 'СА-11'];
  const LAYOUTS: Array<(g: string, d: string) => string> = [
    (g, d) => `${g} ${d}`,
    (g, d) => `${d} ${g}`,
    (g, d) => `${g} | ${d}`,
    (g, d) => `${g} — ${d}`,
    (g, d) => `${d} (${g})`,
    (g, d) => `«${d}» ${g}`,
    (g, d) => `📚 ${g}: ${d} 🎓`,
  ];
  const caseOf = (title: string, upper: boolean, yo: boolean) => {
    const t = yo ? title : title.replace(/ё/g, 'е');
    return upper ? t.toUpperCase() : t;
  };
  const longerArb = fc.record({
    group: fc.constantFrom(...GROUPS),
    discipline: fc.constantFrom(...DISCIPLINES),
    extra: fc.oneof(
      fc.constantFrom(...BEFORE).map((w) => ({ w, before: true })),
      fc.constantFrom(...AFTER).map((w) => ({ w, before: false })),
    ),
    layout: fc.constantFrom(...LAYOUTS),
    upper: fc.boolean(),
    yo: fc.boolean(),
  });
  const requirementId = (group: string, discipline: string) => `teacher-discipline/${group}/${discipline}`;
  const run = (title: string, group: string, named: string[]) =>
    audit(
      profile,
      { roles: named.map((discipline) => ({ role: 'teacher', group, discipline })) },
      snap([chat(title)]),
      [],
      NOW,
    );

  it('group + (W D or D W) never makes D ok when the profile names D only; it is ambiguous with the reason', () => {
    fc.assert(
      fc.property(longerArb, ({ group, discipline, extra, layout, upper, yo }) => {
        const longer = extra.before ? `${extra.w} ${discipline}` : `${discipline} ${extra.w}`;
        const title = caseOf(layout(group, longer), upper, yo);
        const f = run(title, group, [discipline]).findings[0];
        expect(f?.status, title).toBe('ambiguous');
        expect(f?.reasons.map((r) => r.code)).toEqual(['longer-discipline']);
      }),
      { numRuns: 300 },
    );
  });

  it('when the profile names both, that chat goes to «W D» (or «D W») and is no candidate for D', () => {
    fc.assert(
      fc.property(longerArb, ({ group, discipline, extra, layout, upper, yo }) => {
        const longer = extra.before ? `${extra.w} ${discipline}` : `${discipline} ${extra.w}`;
        const title = caseOf(layout(group, longer), upper, yo);
        const r = run(title, group, [discipline, longer]);
        const byId = new Map(r.findings.map((f) => [f.requirement.id, f]));
        expect(byId.get(requirementId(group, longer))?.status, title).toBe('ok');
        expect(byId.get(requirementId(group, discipline))).toMatchObject({ status: 'missing', candidates: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('group + D itself (with kind words, a name, a part in brackets) is D’s, also when «W D» is named too', () => {
    const decorations = ['', ' студенты', ' (Иванова)', ' Иванова М.П.', ' 🎓', ', домашние задания'];
    fc.assert(
      fc.property(longerArb, fc.constantFrom(...decorations), (arb, decoration) => {
        const { group, discipline, extra, layout, upper, yo } = arb;
        const longer = extra.before ? `${extra.w} ${discipline}` : `${discipline} ${extra.w}`;
        const title = caseOf(layout(group, discipline) + (upper ? '' : decoration), upper, yo);
        const alone = run(title, group, [discipline]).findings[0];
        expect(alone?.status, title).toBe('ok');
        const r = run(title, group, [discipline, longer]);
        const byId = new Map(r.findings.map((f) => [f.requirement.id, f]));
        expect(byId.get(requirementId(group, discipline))?.status, title).toBe('ok');
        expect(byId.get(requirementId(group, longer))?.status, title).toBe('missing');
      }),
      { numRuns: 300 },
    );
  });
});

describe('toAuditSnapshot', () => {
  it('takes chats, me and completeness; protocol trouble becomes a data problem', () => {
    const s = {
      ...emptySnapshot(),
      chats: { '-70000000105': { id: '-70000000105', type: 'CHAT', title: 'ИСП-21' } },
      me: { id: ME, name: 'x' },
    };
    expect(toAuditSnapshot(s)).toEqual({
      chats: [{ id: '-70000000105', type: 'CHAT', title: 'ИСП-21' }],
      me: { id: ME },
      listComplete: false,
    });
    expect(toAuditSnapshot({ ...s, protocol: 'unknown-version', protocolDetail: 'ver 12' }).dataProblem).toBe('ver 12');
  });
});
