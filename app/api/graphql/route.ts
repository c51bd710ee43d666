// POST /api/graphql (and GET for queries): the Apollo server behind Next's route handler, behind the body guard.
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import type { NextRequest } from 'next/server';
import { server, context } from './server';
import { guardRequest } from './request-guard';
import { executeGraphQL } from './execute';
import type { Context } from './context';

// Also starts the server; GET requests go through it unchanged.
const handler = startServerAndCreateNextHandler<NextRequest, Context>(server, { context });

// Wrapped so Next's typed routes see (request) => Promise<Response>, not the pages-router overload.
export const GET = (request: NextRequest) => handler(request);
export const POST = (request: NextRequest) => guardRequest(request, (body, json) => executeGraphQL(request, body, json));
