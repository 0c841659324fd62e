import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '@/utils/db/database';
import { reportData } from '@/utils/export/report-fixture.testing';
import { DAY, recordOf } from '@/utils/organization/summary.testing';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { parseSummaryText } from '@/utils/summary/summary-schema';
import { registerBackgroundHandlers } from './background-handlers';
import { registerOrganizationHandlers } from './organization-handlers';
import { sendMessage } from './protocol';

const NOW = new Date(2026, 11, 1, 10).getTime();

describe('the organization’s messages in the background', () => {
  let db: SverkaDatabase;
  let unregister: Array<() => void>;
  beforeEach(() => {
    db = new SverkaDatabase(`org-${Math.random()}`);
    unregister = [registerBackgroundHandlers(db, () => NOW), registerOrganizationHandlers(db, () => NOW)];
  });
  afterEach(async () => {
    for (const remove of unregister) remove();
    await db.delete();
  });

  it('says why no summary can be made: no MAX data, then no roles — in the asked language', async () => {
    expect(await sendMessage('exportSummary', null)).toEqual({
      ok: false,
      error: expect.stringMatching(/нет сохранённых данных MAX/),
    });
    const { snapshot } = reportData();
    if (!snapshot) throw new Error('fixture');
    await sendMessage('saveSnapshot', snapshot);
    expect(await sendMessage('exportSummary', { lang: 'en' })).toEqual({
      ok: false,
      error: expect.stringMatching(/no roles are set/),
    });
  });

  it('makes the summary from what is stored: a file that passes its schema, named after the person', async () => {
    const { snapshot } = reportData();
    if (!snapshot) throw new Error('fixture');
    await sendMessage('saveSnapshot', snapshot);
    await sendMessage('saveAssignment', { roles: [{ role: 'curator', group: 'ИСП-21' }] });
    const answer = await sendMessage('exportSummary', null);
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.fileName).toBe('sverka-сводка-Иванова-М-П-2026-12-01.json');
    const parsed = parseSummaryText(answer.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.summary.requirements.map((r) => r.id)).toContain('curator-parents/ИСП-21');
    expect(parsed.summary.organization).toBe(DEFAULT_PROFILE.organization.name);
  });

  it('keeps what the import accepts, in one write, and gives it back to the organization page', async () => {
    const ivanova = recordOf({
      name: 'Иванова Мария Петровна',
      group: 'ИСП-21',
      statuses: ['ok'],
      createdAt: NOW - DAY,
    });
    const foreign = { ...ivanova.summary, organization: 'Школа № 5' };
    const results = await sendMessage('importSummaries', {
      files: [
        {
          name: 'a.json',
          text: JSON.stringify({ ...ivanova.summary, organization: DEFAULT_PROFILE.organization.name }),
        },
        { name: 'b.json', text: JSON.stringify(foreign) },
      ],
    });
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    const data = await sendMessage('getOrganizationData', undefined);
    expect(data.summaries).toHaveLength(1);
    expect(data.summaries[0]).toMatchObject({ personKey: 'иванова мария петровна', importedAt: NOW });
    await expect(sendMessage('importSummaries', { files: 'nope' } as never)).rejects.toThrow();
  });
});
