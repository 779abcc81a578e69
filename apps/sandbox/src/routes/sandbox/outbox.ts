// `GET outbox`: the mails `sendMail: true` would have sent, newest first (no mail leaves the machine).
import type { FastifyPluginAsync } from 'fastify';
import type { OutboxTable } from '../../db/outbox-table.js';

export const outboxRoutes: FastifyPluginAsync<{ outbox: OutboxTable }> = async (sandbox, { outbox }) => {
  sandbox.get('/outbox', async () => ({ mails: outbox.latest(100) }));
};
