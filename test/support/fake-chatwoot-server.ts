import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response, type NextFunction } from 'express';

/** One request the fake received, as sent (header names lower-cased). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A message as Chatwoot's REST API renders it (integer `message_type`, unix `created_at`). */
export interface FakeMessage {
  id: number;
  content: string | null;
  inbox_id: number;
  conversation_id: number;
  message_type: number;
  content_type: string;
  status: 'sent';
  content_attributes: Record<string, unknown>;
  created_at: number;
  private: boolean;
  source_id: null;
  sender: Record<string, unknown>;
}

export interface FakeConversationState {
  status: 'open' | 'resolved' | 'pending' | 'snoozed';
  snoozedUntil: number | null;
  labels: string[];
  assignee: { id: number; type: 'User' | 'AgentBot' } | null;
  teamId: number | null;
}

/** The contact fields Kesher may write. */
export interface FakeContact {
  id: number;
  email: string | null;
  identifier: string | null;
  custom_attributes: Record<string, unknown>;
}

export interface FakeChatwoot {
  /** Base URL, e.g. `http://127.0.0.1:40123` (no trailing slash). */
  url: string;
  requests: RecordedRequest[];
  /**
   * Calls `listener` with each request as it arrives (after it is recorded, before it is answered);
   * returns the unsubscribe. For measurements that must not poll, such as the benchmark.
   */
  onRequest(listener: (request: RecordedRequest) => void): () => void;
  messages(accountId: number, conversationId: number): FakeMessage[];
  conversation(accountId: number, conversationId: number): FakeConversationState;
  /** A contact as the fake holds it (one it never heard of has no email, identifier or attributes). */
  contact(accountId: number, id: number): FakeContact;
  /** Sets what a contact already holds, as if created in Chatwoot. */
  seedContact(accountId: number, contact: Partial<FakeContact> & { id: number }): void;
  /** The next `n` requests answer `status` (500 or 429 as Chatwoot/Rack::Attack would) and change nothing. */
  failNext(n: number, status?: number): void;
  /** The next request is carried out, then answered after `ms`: a timeout after the side effect. */
  delayNext(ms: number): void;
  close(): Promise<void>;
}

export interface FakeChatwootOptions {
  /** A user's token: may call everything. */
  token: string;
  /** An agent bot's token: limited to Chatwoot's bot allow-list (create message, toggle status, assign). */
  botToken?: string;
}

const INBOX_ID = 3;
const AGENT = {
  id: 7,
  name: 'Sam Agent',
  available_name: 'Sam Agent',
  avatar_url: '',
  type: 'user',
  availability_status: 'online',
  thumbnail: '',
};
const BOT = { id: 2, name: 'Triage Bot', avatar_url: '', type: 'agent_bot' };
const BASE = '/api/v1/accounts/:accountId/conversations/:conversationId';

/** Starts an in-process Chatwoot that speaks the application API paths Kesher uses. */
export async function startFakeChatwoot(options: FakeChatwootOptions): Promise<FakeChatwoot> {
  const requests: RecordedRequest[] = [];
  const listeners = new Set<(request: RecordedRequest) => void>();
  const messageStore = new Map<string, FakeMessage[]>();
  const conversations = new Map<string, FakeConversationState>();
  const failures: number[] = [];
  const delays: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let nextMessageId = 1001;

  const contacts = new Map<string, FakeContact & { accountId: string }>();
  const contactOf = (accountId: string, id: number): FakeContact & { accountId: string } =>
    contacts.get(`${accountId}/${id}`) ??
    contacts
      .set(`${accountId}/${id}`, { accountId, id, email: null, identifier: null, custom_attributes: {} })
      .get(`${accountId}/${id}`)!;
  const key = (accountId: unknown, conversationId: unknown): string =>
    `${String(accountId)}/${String(conversationId)}`;
  const messagesOf = (k: string): FakeMessage[] => messageStore.get(k) ?? messageStore.set(k, []).get(k)!;
  const stateOf = (k: string): FakeConversationState =>
    conversations.get(k) ??
    conversations
      .set(k, { status: 'pending', snoozedUntil: null, labels: [], assignee: null, teamId: null })
      .get(k)!;

  const app = express();
  app.use(express.json());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const recorded: RecordedRequest = {
      method: req.method,
      path: req.path,
      query: Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, String(v)])),
      headers: { ...req.headers },
      body: req.body as unknown,
    };
    requests.push(recorded);
    for (const listener of listeners) listener(recorded);
    const failure = failures.shift();
    if (failure !== undefined) {
      if (failure === 429) res.status(429).type('text/plain').send('Retry later\n');
      else res.status(failure).json({ error: 'Internal Server Error' });
      return;
    }
    const delay = delays.shift();
    if (delay !== undefined) {
      // The handler runs now; only the answer is held back, as when Chatwoot is slow to respond.
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.headersSent) json(body);
        }, delay);
        timers.add(timer);
        return res;
      };
    }
    next();
  });
  app.use('/api/v1/accounts/:accountId', (req: Request, res: Response, next: NextFunction) => {
    const token = req.get('api_access_token');
    if (!token)
      return void res.status(401).json({ errors: ['You need to sign in or sign up before continuing.'] });
    if (token === options.token) return next();
    if (token !== options.botToken) return void res.status(401).json({ error: 'Invalid Access Token' });
    const allowed =
      req.method === 'POST' && /\/conversations\/\d+\/(messages|toggle_status|assignments)$/.test(req.path);
    if (!allowed)
      return void res.status(401).json({ error: 'Access to this endpoint is not authorized for bots' });
    res.locals['bot'] = true;
    next();
  });

  app.post(`${BASE}/messages`, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body['content'] !== 'string' && !body['content_attributes']) {
      return void res.status(422).json({ message: "Content can't be blank", attributes: ['content'] });
    }
    const message: FakeMessage = {
      id: nextMessageId++,
      content: typeof body['content'] === 'string' ? body['content'] : null,
      inbox_id: INBOX_ID,
      conversation_id: Number(req.params['conversationId']),
      message_type: body['message_type'] === 'incoming' ? 0 : 1,
      content_type: typeof body['content_type'] === 'string' ? body['content_type'] : 'text',
      status: 'sent',
      content_attributes: (body['content_attributes'] as Record<string, unknown> | undefined) ?? {},
      created_at: Math.floor(Date.now() / 1000),
      private: body['private'] === true,
      source_id: null,
      sender: res.locals['bot'] ? BOT : AGENT,
    };
    messagesOf(key(req.params['accountId'], req.params['conversationId'])).push(message);
    res.json(message);
  });

  app.get(`${BASE}/messages`, (req, res) => {
    const k = key(req.params['accountId'], req.params['conversationId']);
    const all = messagesOf(k);
    const before = Number(req.query['before']);
    const after = Number(req.query['after']);
    const page =
      req.query['after'] !== undefined
        ? all.filter((m) => m.id > after).slice(0, 100)
        : all.filter((m) => req.query['before'] === undefined || m.id < before).slice(-20);
    const state = stateOf(k);
    res.json({
      meta: { labels: state.labels, additional_attributes: {}, contact: null, assignee: null },
      payload: page,
    });
  });

  app.post(`${BASE}/toggle_status`, (req, res) => {
    const state = stateOf(key(req.params['accountId'], req.params['conversationId']));
    const body = (req.body ?? {}) as { status?: FakeConversationState['status']; snoozed_until?: number };
    const handoff = res.locals['bot'] === true && state.status === 'pending' && body.status === 'open';
    state.status = body.status ?? (state.status === 'open' ? 'resolved' : 'open');
    state.snoozedUntil = state.status === 'snoozed' ? (body.snoozed_until ?? null) : null;
    const payload = {
      success: handoff ? null : true,
      conversation_id: Number(req.params['conversationId']),
      current_status: state.status,
      snoozed_until: state.snoozedUntil,
    };
    res.json({ meta: {}, payload });
  });

  app.post(`${BASE}/assignments`, (req, res) => {
    const state = stateOf(key(req.params['accountId'], req.params['conversationId']));
    const body = (req.body ?? {}) as {
      assignee_id?: number | null;
      assignee_type?: string;
      team_id?: number;
    };
    if ('assignee_id' in body) {
      const isBot = body.assignee_type === 'AgentBot';
      state.assignee =
        body.assignee_id == null ? null : { id: body.assignee_id, type: isBot ? 'AgentBot' : 'User' };
      if (!state.assignee) return void res.json(null);
      return void res.json(
        isBot
          ? { ...BOT, id: body.assignee_id }
          : { ...AGENT, id: body.assignee_id, account_id: Number(req.params['accountId']), role: 'agent' },
      );
    }
    if (body.team_id !== undefined) {
      state.teamId = body.team_id;
      return void res.json({
        id: body.team_id,
        name: `team-${body.team_id}`,
        account_id: Number(req.params['accountId']),
        allow_auto_assign: true,
      });
    }
    res.json(null);
  });

  app.post(`${BASE}/labels`, (req, res) => {
    const state = stateOf(key(req.params['accountId'], req.params['conversationId']));
    const labels = ((req.body ?? {}) as { labels?: unknown }).labels;
    state.labels = Array.isArray(labels) ? labels.map(String) : [];
    res.json({ payload: state.labels });
  });

  // Chatwoot's contact update: only the fields sent change, custom attributes merge into the old
  // ones, and an email or identifier another contact of the account holds is a 422.
  app.put('/api/v1/accounts/:accountId/contacts/:contactId', (req, res) => {
    const accountId = String(req.params['accountId']);
    const contact = contactOf(accountId, Number(req.params['contactId']));
    const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown; custom_attributes?: unknown };
    for (const field of ['email', 'identifier'] as const) {
      const value = body[field];
      if (value === undefined) continue;
      const holder = [...contacts.values()].find(
        (other) => other.accountId === accountId && other.id !== contact.id && other[field] === value,
      );
      if (holder) {
        res.status(422).json({
          message: `${field === 'email' ? 'Email' : 'Identifier'} has already been taken`,
          attributes: [field],
        });
        return;
      }
    }
    if (typeof body.email === 'string') contact.email = body.email;
    if (typeof body.identifier === 'string') contact.identifier = body.identifier;
    if (body.custom_attributes && typeof body.custom_attributes === 'object')
      contact.custom_attributes = {
        ...contact.custom_attributes,
        ...(body.custom_attributes as Record<string, unknown>),
      };
    const { accountId: _account, ...view } = contact;
    res.json({ payload: view });
  });

  app.use(
    (_req: Request, res: Response) => void res.status(404).json({ error: 'Resource could not be found' }),
  );

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    onRequest: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    messages: (accountId, conversationId) => [...messagesOf(key(accountId, conversationId))],
    conversation: (accountId, conversationId) => ({ ...stateOf(key(accountId, conversationId)) }),
    contact: (accountId, id) => {
      const { accountId: _account, ...view } = contactOf(String(accountId), id);
      return { ...view, custom_attributes: { ...view.custom_attributes } };
    },
    seedContact: (accountId, contact) => {
      Object.assign(contactOf(String(accountId), contact.id), contact);
    },
    failNext: (n, status = 500) => failures.push(...Array.from({ length: n }, () => status)),
    delayNext: (ms) => void delays.push(ms),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
