/**
 * The built-in profile, following the regulation («Положение об использовании МАХ», clause by clause in docs/regulation.md).
 * Only duties that are «a chat that must exist» become rules; the rest of the regulation is covered elsewhere or
 * cannot be checked from the user's chat list:
 *
 * - 2.1 (everyone who used «Сферум» in VK must make sure all needed chats exist, create the missing ones): this is
 *   what the audit itself does, with the rules below.
 * - 2.3 (the administrator): org-wide duties — registering the organization, sending and annulling invite links,
 *   appointing administrators, accepting requests, channels, broadcasts, statistics for the director. None of them is
 *   a chat the administrator must have, so there is no admin rule; the annulling of unclaimed invite links is the
 *   invite-link view (utils/links), with `settings.staleInviteDays`.
 * - 2.4 (the administration): meetings «в чатах» and oversight, without a chat that can be named per group: no rule.
 * - 2.7 (staff): «создает и/или вступает в чаты» — no particular chat is required: no rule.
 * - 2.8, 2.9 (students, parents): they join the chats the curator and teachers create; those chats are the rules
 *   2.5 and 2.6 below, seen from the other side.
 * - 2.10 (safe mode) and 3.1 (support links): reminders, not chats.
 *
 * Groups and people are empty: the user's assignment (their roles, groups and disciplines) supplies them, or an
 * administrator's profile does.
 */
import { DEFAULT_STALE_INVITE_DAYS, type Profile } from './profile-schema';

export const DEFAULT_PROFILE: Profile = {
  format: 'sverka-profile',
  version: 1,
  organization: { name: 'Организация по Положению об использовании МАХ' },
  settings: { staleInviteDays: DEFAULT_STALE_INVITE_DAYS },
  rules: [
    // 2.5: the curator creates «чат с обучающимися своей группы».
    {
      id: 'curator-students',
      role: 'curator',
      per: 'group',
      kind: 'students',
      title: '{group} — обучающиеся',
      clause: '2.5',
    },
    // 2.5: «чат с родителями (законными представителями) обучающихся».
    {
      id: 'curator-parents',
      role: 'curator',
      per: 'group',
      kind: 'parents',
      title: '{group} — родители',
      clause: '2.5',
    },
    // 2.5: «чат с педагогическими работниками, ведущими учебные дисциплины … с обучающимися группы».
    {
      id: 'curator-teachers',
      role: 'curator',
      per: 'group',
      kind: 'teachers',
      title: '{group} — преподаватели',
      clause: '2.5',
    },
    // 2.6: the teacher creates «чат с обучающимися группы по учебной дисциплине», one per (group, discipline).
    {
      id: 'teacher-discipline',
      role: 'teacher',
      per: 'discipline',
      kind: 'students',
      title: '{group} — {discipline}',
      clause: '2.6',
    },
  ],
  groups: [],
  people: [],
  aliases: {},
};
