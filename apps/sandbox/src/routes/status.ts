// Confluence's `/status` (`{"state":"RUNNING"}`), and the root, which leads to the docs.
import type { FastifyPluginAsync } from 'fastify';

export const statusRoutes: FastifyPluginAsync<{ contextPath: string }> = async (app, { contextPath }) => {
  app.get(`${contextPath}/status`, async () => ({ state: 'RUNNING' }));
  app.get('/', (_request, reply) => reply.redirect(`${contextPath}/docs`));
};
