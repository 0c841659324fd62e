/** What the background accepts as an assignment or an override: checked before it reaches the database. */
import * as v from 'valibot';
import { MaxIdSchema } from '@/utils/max/bridge-events';
import { ROLES } from '@/utils/profile/profile-schema';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const AssignmentSchema = v.object({
  roles: v.pipe(
    v.array(v.object({ role: v.picklist(ROLES), group: v.optional(Name), discipline: v.optional(Name) })),
    v.maxLength(500),
  ),
});

export const OverrideSchema = v.object({
  requirementId: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  chatId: v.optional(MaxIdSchema),
  notRequiredReason: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  createdAt: v.pipe(v.number(), v.finite()),
});

export const AuditRecordSchema = v.object({
  userId: MaxIdSchema,
  at: v.pipe(v.number(), v.finite()),
  summary: v.object({
    total: v.pipe(v.number(), v.integer(), v.minValue(0)),
    ok: v.pipe(v.number(), v.integer(), v.minValue(0)),
    missing: v.pipe(v.number(), v.integer(), v.minValue(0)),
    unknown: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  requirementStatuses: v.record(
    v.pipe(v.string(), v.maxLength(500)),
    v.picklist(['ok', 'ambiguous', 'missing', 'incomplete', 'unknown']),
  ),
});

export const NoteSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  subjectType: v.picklist(['chat', 'requirement', 'link', 'audit']),
  subjectKey: v.pipe(v.string(), v.maxLength(500)),
  text: v.pipe(v.string(), v.maxLength(20_000)),
  due: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  done: v.optional(v.boolean()),
  createdAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  updatedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
});
