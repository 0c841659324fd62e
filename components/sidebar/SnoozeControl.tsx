import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { Translator } from '@/utils/i18n/translator';
import type { SnoozeKind } from '@/utils/reminders/snooze';

interface Props {
  t: Translator;
  snoozedUntil: number | undefined;
  onSnooze(kind: SnoozeKind): Promise<void>;
  onCancel(): Promise<void>;
}

/** «Напомнить позже»: a day, a week, or from a date; and back. */
export function SnoozeControl({ t, snoozedUntil, onSnooze, onCancel }: Props) {
  const [choice, setChoice] = useState<'1d' | '1w' | 'date'>('1d');
  const [date, setDate] = useState('');
  if (snoozedUntil !== undefined) {
    return (
      <p class="hint" data-testid="snoozed">
        {t.t('snoozedUntil', { date: t.dateTime(snoozedUntil) })}{' '}
        <Button variant="secondary" small onClick={() => void onCancel()}>
          {t.t('snoozeCancel')}
        </Button>
      </p>
    );
  }
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice === 'date' && !date) return;
        void onSnooze(choice === 'date' ? { until: date } : choice);
      }}
    >
      <label>
        {t.t('snoozeLabel')}
        <select data-testid="snooze-choice" value={choice} onChange={(e) => setChoice(e.currentTarget.value as never)}>
          <option value="1d">{t.t('snooze1d')}</option>
          <option value="1w">{t.t('snooze1w')}</option>
          <option value="date">{t.t('snoozeUntilDate')}</option>
        </select>
      </label>
      {choice === 'date' && (
        <input
          type="date"
          aria-label={t.t('snoozeDateLabel')}
          data-testid="snooze-date"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
      )}
      <Button type="submit" variant="secondary" small data-testid="snooze-apply">
        {t.t('snoozeApply')}
      </Button>
    </form>
  );
}
