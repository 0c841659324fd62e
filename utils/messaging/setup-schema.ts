/** What the background accepts as an assignment or an override: checked before it reaches the database. */
import * as v from 'valibot';
import { ROLES } from '../profile/profile-schema';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

export const AssignmentSchema = v.object({
  roles: v.pipe(
    v.array(v.object({ role: v.picklist(ROLES), group: v.optional(Name), discipline: v.optional(Name) })),
    v.maxLength(500),
  ),
});

export const OverrideSchema = v.object({
  requirementId: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  chatId: v.optional(v.pipe(v.number(), v.integer(), v.safeInteger())),
  notRequiredReason: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  createdAt: v.pipe(v.number(), v.finite()),
});
