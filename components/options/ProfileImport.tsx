import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import { errorMessage, type OptionsTranslator } from '@/utils/i18n/translator';
import { type ProfileFilePreview, readProfileFile } from '@/utils/profile/profile-file';
import type { Profile } from '@/utils/profile/profile-schema';

interface Props {
  t: OptionsTranslator;
  current: Profile;
  onApply(profile: Profile): Promise<{ ok: true } | { ok: false; errors: string[] }>;
}

/** Choose a file, see what is in it, apply it. A rejected file says why and changes nothing. */
export function ProfileImport({ t, current, onApply }: Props) {
  const [preview, setPreview] = useState<ProfileFilePreview | null>(null);
  const [result, setResult] = useState<{ tone: 'ok' | 'problem'; lines: string[] } | null>(null);

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setResult(null);
    if (!file) return setPreview(null);
    // The size is checked before the file is read (readProfileFile).
    setPreview(await readProfileFile(file, current, t.lang));
  };

  const apply = async () => {
    if (!preview?.ok) return;
    try {
      const answer = await onApply(preview.profile);
      if (answer.ok) {
        setResult({ tone: 'ok', lines: [t.t('profileApplied')] });
        setPreview(null);
      } else setResult({ tone: 'problem', lines: [t.t('profileRejected'), ...answer.errors, t.t('profileFixHint')] });
    } catch (error) {
      setResult({ tone: 'problem', lines: [t.t('profileSaveFailed', { error: errorMessage(error) })] });
    }
  };

  return (
    <div class="import">
      <label class="import__label" for="sverka-profile-import">
        {t.t('profileImportLabel')}
      </label>
      <input
        id="sverka-profile-import"
        type="file"
        accept=".json,.csv,.txt,application/json,text/csv"
        data-testid="profile-import"
        onChange={choose}
      />
      <p class="hint">{t.t('profileImportHint')}</p>
      {preview && !preview.ok && (
        <div class="message message--problem" role="alert" data-testid="profile-errors">
          <p>{t.t('profileRejected')}</p>
          <ul>
            {preview.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          <p>{t.t('profileFixHint')}</p>
        </div>
      )}
      {preview?.ok && (
        <div class="preview" data-testid="profile-preview">
          <p>
            {preview.kind === 'profile'
              ? t.t('profilePreviewProfile', {
                  name: preview.profile.organization.name,
                  rules: preview.profile.rules.length,
                  groups: preview.profile.groups.length,
                  people: preview.profile.people.length,
                })
              : t.t('profilePreviewPeople', { people: preview.profile.people.length })}
          </p>
          {preview.warnings.length > 0 && (
            <>
              <p>{t.t('warnings')}</p>
              <ul>
                {preview.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          )}
          <Button data-testid="profile-apply" onClick={apply}>
            {t.t('profileApply')}
          </Button>
        </div>
      )}
      {result && (
        <div class={`message message--${result.tone}`} role={result.tone === 'ok' ? 'status' : 'alert'}>
          {result.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
