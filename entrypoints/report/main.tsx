import './style.css';
import { render } from 'preact';
import { ReportApp } from '@/components/ReportApp';
import { downloadFile, MIME } from '@/utils/export/download';
import { exportCsvBytes, exportFileName, exportJsonText } from '@/utils/export/export-data';
import { buildReportModel, exportInputOf } from '@/utils/export/report-model';
import { reportText } from '@/utils/i18n/report-messages';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { sendMessage } from '@/utils/messaging/protocol';

// The director's report (report.html): reads the stored data from the background, computes the audit and the
// links the same way the sidebar does, and renders a page made for printing.
const t = createTranslator(pickLang(navigator.language));
const r = reportText(t.lang);
document.documentElement.lang = t.lang;
document.title = r('reportTitle');

const root = document.getElementById('app');
if (root) {
  render(<p class="report-loading">{r('reportLoading')}</p>, root);
  sendMessage('getReportData', undefined)
    .then((data) => {
      const model = buildReportModel(data);
      const input = () => exportInputOf(model, t.lang);
      render(
        <ReportApp
          t={t}
          r={r}
          model={model}
          actions={{
            print: () => window.print(),
            downloadCsv: () =>
              downloadFile(document, exportFileName('csv', model.at), exportCsvBytes(input()), MIME.csv),
            downloadJson: () =>
              downloadFile(document, exportFileName('json', model.at), exportJsonText(input()), MIME.json),
          }}
        />,
        root,
      );
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      render(
        <p class="report-problem" role="alert">
          {r('reportLoadError', { error: message })}
        </p>,
        root,
      );
    });
}
