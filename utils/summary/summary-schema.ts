/**
 * The summary file a member of staff hands to the administrator (issue #17): format `sverka-summary`, version 1.
 * What that person's MAX web showed: their requirements with status, reason codes and the chosen chat, their
 * overrides, and the invite links they see. Never message text, phone numbers, tokens, or names of others (only
 * the person's own name, as in the profile). Every file is checked with this schema before anything is kept; the
 * README («Сводка для администратора») documents it field by field.
 */
import * as v from 'valibot';
import { MaxIdSchema } from '@/utils/max/bridge-events';
import { ROLES } from '@/utils/profile/profile-schema';

export const SUMMARY_FORMAT = 'sverka-summary';
export const SUMMARY_VERSION = 1;
/** A summary file larger than this is refused before it is read (300 requirements and 2,000 links fit in ~1 MB). */
export const MAX_SUMMARY_CHARS = 2_000_000;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const SUMMARY_STATUSES = ['ok', 'ambiguous', 'missing', 'incomplete', 'unknown'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

const SummaryChatSchema = v.object({
  id: MaxIdSchema,
  title: Text(500),
  members: Count,
  /** The person owns the chat or is one of its admins. */
  ownerOrAdmin: v.boolean(),
});

const SummaryRequirementSchema = v.object({
  /** `<rule id>/<group>[/<discipline>]`, as in the profile (docs/profile.md). */
  id: Text(500),
  role: v.picklist(ROLES),
  group: v.optional(Text(200)),
  discipline: v.optional(Text(200)),
  /** The chat's name as the profile's rule spells it («ИСП-21 — родители»). */
  title: Text(500),
  status: v.picklist(SUMMARY_STATUSES),
  /** Reason codes of the finding (utils/audit/reason-text.ts), without their words. */
  reasons: v.pipe(v.array(Text(60)), v.maxLength(30)),
  chat: v.optional(SummaryChatSchema),
  /** The person marked it «не требуется», with their reason. */
  notRequired: v.optional(v.object({ reason: Text(1000) })),
  /** The person linked the chat by hand. */
  linkedByHand: v.optional(v.literal(true)),
});

const SummaryLinkSchema = v.object({
  /** Normalized: https://max.ru/join/<token>. */
  url: v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/max\.ru\/join\/[\w-]+$/)),
  status: v.picklist(['used', 'unused', 'stale', 'revoked', 'unknown']),
  ageDays: v.optional(Count),
  /** The chat the link leads to, when known (its title, for the administrator's spot check). */
  chatTitle: v.optional(Text(500)),
});

export const SummarySchema = v.object({
  format: v.literal(SUMMARY_FORMAT),
  version: v.literal(SUMMARY_VERSION),
  organization: Name,
  person: v.object({ name: Name, maxUserId: MaxIdSchema }),
  roles: v.pipe(
    v.array(v.object({ role: v.picklist(ROLES), group: v.optional(Name), discipline: v.optional(Name) })),
    v.maxLength(500),
  ),
  /** When the summary was made (ms). */
  createdAt: Time,
  /** When MAX's data was read (ms): the stored snapshot's time. */
  dataAt: Time,
  /** MAX web had shown the whole chat list: otherwise «unknown» is not «missing». */
  listComplete: v.boolean(),
  requirements: v.pipe(v.array(SummaryRequirementSchema), v.maxLength(2000)),
  links: v.pipe(v.array(SummaryLinkSchema), v.maxLength(5000)),
});

export type Summary = v.InferOutput<typeof SummarySchema>;
export type SummaryRequirement = Summary['requirements'][number];
export type SummaryLink = Summary['links'][number];

export type SummaryProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-summary' }
  | { kind: 'version'; version: unknown }
  | { kind: 'field'; path: string; expected: string };

/** Reads a summary file's text: the summary, or the first problem (where, and what was expected). Never throws. */
export function parseSummaryText(
  text: string,
): { ok: true; summary: Summary } | { ok: false; problem: SummaryProblem } {
  if (text.length > MAX_SUMMARY_CHARS) return { ok: false, problem: { kind: 'too-large' } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== SUMMARY_FORMAT)
    return { ok: false, problem: { kind: 'not-summary' } };
  if (head.version !== SUMMARY_VERSION) return { ok: false, problem: { kind: 'version', version: head.version } };
  const result = v.safeParse(SummarySchema, json, { abortEarly: true });
  if (result.success) return { ok: true, summary: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  return { ok: false, problem: { kind: 'field', path, expected: issue.expected ?? issue.message } };
}
