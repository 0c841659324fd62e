import '@/components/report/report.css';
import { render } from 'preact';
import { ReportPage } from '@/components/report/ReportApp';
import { downloadFile, MIME } from '@/utils/export/download';
import { exportCsvBytes, exportFileName, exportJsonText } from '@/utils/export/export-data';
import { exportInputOf, type ReportModel } from '@/utils/export/report-model';
import { reportText } from '@/utils/i18n/report-messages';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { sendMessage } from '@/utils/messaging/protocol';

// The director's report (report.html): reads the stored data from the background, computes the audit and the
// links the same way the sidebar does, and renders a page made for printing. When the data cannot be loaded or the
// report cannot be built from it, the page says so and leads to the options page's data section.
const t = createTranslator(pickLang(navigator.language));
const r = reportText(t.lang);
document.documentElement.lang = t.lang;
document.title = r('reportTitle');

const actionsFor = (model: ReportModel) => {
  const input = () => exportInputOf(model, t.lang);
  return {
    print: () => window.print(),
    downloadCsv: () => downloadFile(document, exportFileName('csv', model.at), exportCsvBytes(input()), MIME.csv),
    downloadJson: () => downloadFile(document, exportFileName('json', model.at), exportJsonText(input()), MIME.json),
  };
};

const root = document.getElementById('app');
if (root) {
  render(<p class="report-loading">{r('reportLoading')}</p>, root);
  sendMessage('getReportData', undefined).then(
    (data) => render(<ReportPage t={t} r={r} data={data} actionsFor={actionsFor} optionsUrl="options.html" />, root),
    (error: unknown) =>
      render(<ReportPage t={t} r={r} data={{ error }} actionsFor={actionsFor} optionsUrl="options.html" />, root),
  );
}
