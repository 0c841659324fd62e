import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { OptionsTranslator } from '@/utils/i18n/translator';
import { nextReminderAt, type ReminderSchedule } from '@/utils/reminders/schedule';

interface Props {
  t: OptionsTranslator;
  initial: ReminderSchedule;
  onSave(schedule: ReminderSchedule): Promise<ReminderSchedule>;
}

/** Monday first, as a Russian week is read. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** When reminders come: on or off, the days, the time. */
export function ReminderScheduleForm({ t, initial, onSave }: Props) {
  const [schedule, setSchedule] = useState(initial);
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const dayNames = t.t('weekdays').split(',');
  const time = `${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute ?? 0).padStart(2, '0')}`;
  const update = (patch: Partial<ReminderSchedule>) => {
    setSchedule({ ...schedule, ...patch });
    setMessage(null);
  };

  return (
    <form
      class="schedule"
      data-testid="reminder-schedule"
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          const stored = await onSave(schedule);
          const next = nextReminderAt(stored, Date.now());
          setMessage({
            tone: 'ok',
            text: t.t('remindersSaved', {
              next: next === null ? t.t('remindersOff') : t.t('remindersNext', { time: t.dateTime(next) }),
            }),
          });
        } catch (error) {
          setMessage({
            tone: 'problem',
            text: t.saveError(error),
          });
        }
      }}
    >
      <label>
        <input
          type="checkbox"
          data-testid="reminders-enabled"
          checked={schedule.enabled}
          onChange={(e) => update({ enabled: e.currentTarget.checked })}
        />{' '}
        {t.t('remindersEnabled')}
      </label>
      <fieldset disabled={!schedule.enabled} class="schedule__days">
        <legend>{t.t('remindersDays')}</legend>
        {WEEK_ORDER.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              data-testid={`reminders-day-${day}`}
              checked={schedule.days.includes(day)}
              onChange={(e) =>
                update({
                  days: e.currentTarget.checked
                    ? [...schedule.days, day].sort()
                    : schedule.days.filter((d) => d !== day),
                })
              }
            />
            {dayNames[day]}
          </label>
        ))}
      </fieldset>
      <label>
        {t.t('remindersHour')}{' '}
        <input
          type="time"
          data-testid="reminders-time"
          disabled={!schedule.enabled}
          value={time}
          onChange={(e) => {
            const [hour, minute] = e.currentTarget.value.split(':').map(Number);
            if (Number.isInteger(hour) && Number.isInteger(minute)) update({ hour, minute });
          }}
        />
      </label>
      <Button type="submit" data-testid="reminders-save">
        {t.t('remindersSave')}
      </Button>
      {message && (
        <p class={`message message--${message.tone}`} role={message.tone === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
