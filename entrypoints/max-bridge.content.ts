export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {},
});
