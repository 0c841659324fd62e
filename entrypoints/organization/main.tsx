import '@/components/organization/organization.css';
import { render } from 'preact';
import { OrganizationApp, type OrganizationPageActions } from '@/components/organization/OrganizationApp';
import { downloadFile, MIME } from '@/utils/export/download';
import { orgText } from '@/utils/i18n/organization-messages';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { sendMessage } from '@/utils/messaging/protocol';
import {
  organizationCsvBytes,
  organizationFileName,
  organizationJsonText,
} from '@/utils/organization/organization-export';
import { loadSummaryMaxAgeDays, saveSummaryMaxAgeDays } from '@/utils/organization/summary-max-age';
import { MAX_SUMMARY_CHARS } from '@/utils/summary/summary-schema';

// The administrator's organization page (organization.html): staff summaries are read here, checked and kept by the
// background, and shown as the picture for the director, printable as the report is.
const t = createTranslator(pickLang(navigator.language));
const o = orgText(t.lang);
document.documentElement.lang = t.lang;
document.title = o('orgTitle');

const actions: OrganizationPageActions = {
  load: () => sendMessage('getOrganizationData', undefined),
  importFiles: async (files) => {
    // A file over the size cap is not read: an empty text stands for it, refused by name as too large.
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        text: file.size > MAX_SUMMARY_CHARS ? ' '.repeat(MAX_SUMMARY_CHARS + 1) : await file.text(),
      })),
    );
    return sendMessage('importSummaries', { files: read });
  },
  now: () => Date.now(),
  print: () => window.print(),
  loadMaxAgeDays: loadSummaryMaxAgeDays,
  saveMaxAgeDays: saveSummaryMaxAgeDays,
  downloadCsv: (model) =>
    downloadFile(document, organizationFileName('csv', model.at), organizationCsvBytes(model, t, o), MIME.csv),
  downloadJson: (model) =>
    downloadFile(document, organizationFileName('json', model.at), organizationJsonText(model), MIME.json),
  optionsUrl: 'options.html',
};

const root = document.getElementById('app');
if (root) render(<OrganizationApp t={t} o={o} actions={actions} />, root);
