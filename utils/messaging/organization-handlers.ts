/**
 * The organization picture (issue #17) in the background, which alone opens the database: a member of staff's
 * summary file made from what is stored, and the administrator's summaries kept and read. Every request is checked
 * with valibot; a summary that cannot be made is answered with why, in the asked language.
 */
import * as v from 'valibot';
import { audit } from '@/utils/audit/audit';
import type { SverkaDatabase } from '@/utils/db/database';
import { linksRepository } from '@/utils/db/links-repository';
import { setupRepository } from '@/utils/db/setup-repository';
import { snapshotRepository } from '@/utils/db/snapshot-repository';
import { summariesRepository } from '@/utils/db/summaries-repository';
import { orgText } from '@/utils/i18n/organization-messages';
import type { Lang } from '@/utils/i18n/translator';
import { sortForAdministrator } from '@/utils/links/annul-order';
import { linkFindings } from '@/utils/links/link-status';
import { checkSummaryFiles } from '@/utils/organization/import-summaries';
import { buildSummary, summaryFileName } from '@/utils/summary/build-summary';
import { MAX_SUMMARY_CHARS } from '@/utils/summary/summary-schema';
import { onMessage } from './protocol';

const ExportRequest = v.nullish(v.object({ lang: v.optional(v.picklist(['ru', 'en'])) }));
/** A file over the summary's size still comes through, to be refused by name with its reason. */
const ImportRequest = v.object({
  files: v.pipe(
    v.array(
      v.object({
        name: v.pipe(v.string(), v.maxLength(500)),
        text: v.pipe(v.string(), v.maxLength(MAX_SUMMARY_CHARS + 1)),
      }),
    ),
    v.maxLength(2000),
  ),
});

export function registerOrganizationHandlers(
  db: SverkaDatabase,
  now: () => number = Date.now,
  defaultLang: Lang = 'ru',
): () => void {
  const summaries = summariesRepository(db);
  const removers = [
    onMessage('exportSummary', async ({ data }) => {
      const lang = v.parse(ExportRequest, data)?.lang ?? defaultLang;
      const o = orgText(lang);
      const setup = await setupRepository(db).get();
      const snapshot = await snapshotRepository(db).get();
      if (!snapshot) return { ok: false as const, error: o('summaryNoData') };
      if (!setup.assignment) return { ok: false as const, error: o('summaryNoAssignment') };
      const at = now();
      // The audit and the links computed as the sidebar and the report do (not through the report's model: that
      // brings the CSV writer, with its network code, into the background).
      const result = audit(
        setup.profile,
        setup.assignment,
        { chats: snapshot.chats, me: { id: snapshot.userId }, listComplete: snapshot.listComplete },
        setup.overrides,
        at,
      );
      const links = sortForAdministrator(
        linkFindings(
          {
            chats: snapshot.chats,
            me: { id: snapshot.userId },
            seen: snapshot.links,
            history: await linksRepository(db).history(snapshot.userId),
            staleDays: setup.profile.settings.staleInviteDays,
            contacts: snapshot.contacts,
          },
          at,
        ),
      );
      const summary = buildSummary({
        profile: setup.profile,
        assignment: setup.assignment,
        snapshot,
        result,
        links,
        now: at,
      });
      return {
        ok: true as const,
        fileName: summaryFileName(summary.person.name, at),
        text: JSON.stringify(summary, null, 2),
      };
    }),
    onMessage('importSummaries', async ({ data }) => {
      const { files } = v.parse(ImportRequest, data);
      const { profile } = await setupRepository(db).get();
      return db.transaction('rw', db.summaries, async () => {
        const kept = await summaries.all();
        const outcome = checkSummaryFiles(files, profile.organization.name, kept, now());
        await summaries.addAll(outcome.accepted);
        return outcome.results;
      });
    }),
    onMessage('getOrganizationData', async () => ({
      profile: (await setupRepository(db).get()).profile,
      summaries: await summaries.all(),
    })),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
