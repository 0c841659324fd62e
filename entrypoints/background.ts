import { SverkaDatabase } from '@/utils/db/database';
import { registerBackgroundHandlers } from '@/utils/messaging/background-handlers';

export default defineBackground(() => {
  registerBackgroundHandlers(new SverkaDatabase());
});
