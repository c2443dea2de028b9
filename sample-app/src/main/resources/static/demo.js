'use strict';

// The page sends every request to the API at http://127.0.0.1:PORT, whatever origin the page itself was loaded
// from. Where that is depends on what the reader typed, and decides what the browser does with the requests:
//  - http://127.0.0.1:PORT: the API's own origin, so every request is same-origin and CORS does not apply;
//  - http://localhost:PORT: another origin (and another site), one the sample's policy allows
//    (cors.allowed-origins in application.yml), so the browser enforces that policy request by request;
//  - any other origin, such as http://127.0.0.2:PORT: cross-origin and not allowed, so every request is blocked.
const port = location.port ? ':' + location.port : '';
const api = location.protocol + '//127.0.0.1' + port;
const allowedPage = location.protocol + '//localhost' + port + '/';
const otherPage = location.protocol + '//127.0.0.2' + port + '/';
const samePage = api + '/';

const SAME_ORIGIN = 'same-origin';
const ALLOWED = 'cross-origin-allowed';
const REFUSED = 'cross-origin-refused';

// What to expect from the page's origin is the server's own answer: same origin, or an origin the policy in force
// allows, or one it does not. The policy can change while the sample runs (the "live" profile), so the page asks
// the server (/public/policy, a same-origin request) rather than knowing the sample's application.yml.
let situation;

async function situationOf(origin) {
	const policy = await json(await fetch('/public/policy?origin=' + encodeURIComponent(origin)));
	document.getElementById('generation').textContent = String(policy.generation);
	document.getElementById('policy-source').textContent = policy.source;
	document.getElementById('policy-applied').textContent = policy.appliedAt;
	document.body.dataset.generation = String(policy.generation);
	if (origin === api) {
		return SAME_ORIGIN;
	}
	return policy.originAllowed ? ALLOWED : REFUSED;
}

async function json(response) {
	try {
		return await response.json();
	}
	catch (error) {
		return {};
	}
}

// What a reader should conclude from a row that behaved as expected, when the page's origin is not allowed: the
// server answered, but the browser kept the answer from the script (or, for a preflighted request, the starter
// refused the preflight and the browser never sent the request).
const REFUSED_SIMPLE = 'this origin is not allowed: no Access-Control-Allow-Origin came back, so the browser kept '
	+ 'the response from the script';
const REFUSED_PREFLIGHT = 'this origin is not allowed: the starter refused the preflight (403), so the browser never '
	+ 'sent the request';
const SAME_ORIGIN_NO_CORS = 'same origin: the browser applies no CORS, and the starter leaves the request alone';

// Each scenario sends one request; "check" turns the response into what the script could see, and may say that
// reading part of it was blocked. A rejected fetch is how the browser reports a CORS failure to scripts.
// "expected" gives, for the situation the page is in, whether the script gets to read the response, and "means"
// what a reader should conclude when it does as expected.
const scenarios = [
	{
		id: 'simple-get',
		request: 'GET /api/greeting?name=Browser',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: SAME_ORIGIN_NO_CORS,
			[ALLOWED]: 'a simple request from an allowed origin: Access-Control-Allow-Origin names this page, so '
				+ 'the script reads the answer',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/greeting?name=Browser'),
		check: async (response) => {
			const body = await json(response);
			return { detail: `${body.message} (served by the ${body.stack} stack)` };
		}
	},
	{
		id: 'json-post',
		request: 'POST /api/greeting, Content-Type: application/json (preflighted)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: no preflight; the starter sees Origin equal to its own origin and leaves the '
				+ 'POST alone',
			[ALLOWED]: 'JSON needs a preflight: the starter answered it 204, then the browser sent the POST',
			[REFUSED]: REFUSED_PREFLIGHT
		},
		send: () => fetch(api + '/api/greeting', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ message: 'posted from the browser' })
		}),
		check: async (response) => ({ detail: `echoed "${(await json(response)).message}"` })
	},
	{
		id: 'allowed-header',
		request: 'GET /api/greeting, X-Request-Id: demo-1 (allowed header)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: no preflight, any header may be sent',
			[ALLOWED]: 'X-Request-Id is in cors.allowed-headers: the preflight was accepted',
			[REFUSED]: REFUSED_PREFLIGHT
		},
		send: () => fetch(api + '/api/greeting', { headers: { 'X-Request-Id': 'demo-1' } }),
		check: async (response) => ({ detail: `X-Request-Id echoed: ${response.headers.get('X-Request-Id')}` })
	},
	{
		id: 'disallowed-header',
		request: 'GET /api/greeting, X-Debug: 1 (header not allowed)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'blocked', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: no preflight, so a header the policy does not list is sent all the same',
			[ALLOWED]: 'X-Debug is not in cors.allowed-headers: the starter refused the preflight (403), so the '
				+ 'browser never sent the GET',
			[REFUSED]: REFUSED_PREFLIGHT
		},
		send: () => fetch(api + '/api/greeting', { headers: { 'X-Debug': '1' } }),
		check: async (response) => ({ detail: `${(await json(response)).message}` })
	},
	{
		id: 'disallowed-method',
		request: 'PATCH /api/greeting (method not allowed)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'blocked', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: no preflight; the PATCH reaches the application, which has no handler for '
				+ 'it (405), and the script reads that',
			[ALLOWED]: 'PATCH is not in cors.allowed-methods: the starter refused the preflight (403), so the '
				+ 'browser never sent the PATCH',
			[REFUSED]: REFUSED_PREFLIGHT
		},
		send: () => fetch(api + '/api/greeting', {
			method: 'PATCH',
			headers: { 'Content-Type': 'application/json' },
			body: '{}'
		}),
		check: async (response) => ({ detail: `${(await json(response)).error ?? ''}` })
	},
	{
		id: 'credentialed',
		request: 'GET /api/me, credentials: include',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: the session cookie is first-party; 200 once signed in, 401 before',
			[ALLOWED]: 'Access-Control-Allow-Credentials: true lets the script read a credentialed answer: 200 when '
				+ 'the session cookie came along, a readable 401 when it did not (see Sign in below)',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/me', { credentials: 'include' }),
		check: async (response) => {
			const body = await json(response);
			return {
				detail: response.ok ? `signed in as ${body.user}`
					: (situation === SAME_ORIGIN) ? 'no session cookie: not signed in'
						: 'no session cookie arrived: not signed in, or the browser blocks third-party cookies'
			};
		}
	},
	{
		id: 'credentialed-public',
		request: 'GET /public/info, credentials: include (any origin, no credentials)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'blocked', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: SAME_ORIGIN_NO_CORS,
			[ALLOWED]: '/public/** allows any origin (Access-Control-Allow-Origin: *) but not credentials, and a '
				+ 'browser never shows * to a credentialed request',
			[REFUSED]: '/public/** allows any origin (Access-Control-Allow-Origin: *) but not credentials, and a '
				+ 'browser never shows * to a credentialed request'
		},
		send: () => fetch(api + '/public/info', { credentials: 'include' }),
		check: async (response) => ({ detail: `stack: ${(await json(response)).stack}` })
	},
	{
		id: 'exposed-header',
		request: 'read X-Request-Id (exposed) from GET /api/greeting',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: the script reads every response header',
			[ALLOWED]: 'X-Request-Id is in cors.exposed-headers, so the script reads it',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/greeting'),
		check: async (response) => {
			const value = response.headers.get('X-Request-Id');
			return { readable: value !== null, detail: `X-Request-Id: ${value}` };
		}
	},
	{
		id: 'unexposed-header',
		request: 'read Vary (not exposed) from GET /api/greeting',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'blocked', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: 'same origin: the script reads every response header, Vary included',
			[ALLOWED]: 'the response itself is readable (200), but Vary is not in cors.exposed-headers, so the '
				+ 'browser hides that header: the script gets null',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/greeting'),
		check: async (response) => {
			const value = response.headers.get('Vary');
			return { readable: value !== null, detail: `Vary: ${value}` };
		}
	},
	{
		id: 'unauthorized',
		request: 'GET /api/me without credentials (401)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: SAME_ORIGIN_NO_CORS,
			[ALLOWED]: 'the starter set the CORS headers before the application answered 401, so the script reads '
				+ 'the real error instead of a CORS failure',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/me'),
		check: async (response) => ({ detail: `error: ${(await json(response)).error}` })
	},
	{
		id: 'not-found',
		request: 'GET /api/missing (404)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: SAME_ORIGIN_NO_CORS,
			[ALLOWED]: 'no handler ran, yet the 404 carries the CORS headers: the script reads it',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/missing'),
		check: async (response) => ({ detail: `${(await json(response)).error ?? ''}` })
	},
	{
		id: 'server-error',
		request: 'GET /api/fail (500)',
		expected: { [SAME_ORIGIN]: 'allowed', [ALLOWED]: 'allowed', [REFUSED]: 'blocked' },
		means: {
			[SAME_ORIGIN]: SAME_ORIGIN_NO_CORS,
			[ALLOWED]: 'the error page carries the CORS headers too: the script reads the 500',
			[REFUSED]: REFUSED_SIMPLE
		},
		send: () => fetch(api + '/api/fail'),
		check: async (response) => ({ detail: `${(await json(response)).error ?? ''}` })
	}
];

function cell(row, className, text) {
	const td = row.insertCell();
	td.className = className;
	td.textContent = text;
	return td;
}

function badge(td, outcome) {
	td.textContent = '';
	const span = document.createElement('span');
	span.className = 'badge ' + outcome;
	span.textContent = outcome;
	td.append(span);
}

async function run(scenario, row) {
	let outcome;
	let status = '';
	let detail;
	try {
		const response = await scenario.send();
		const seen = scenario.check ? await scenario.check(response) : {};
		outcome = (seen.readable === false) ? 'blocked' : 'allowed';
		status = String(response.status);
		detail = `${response.status} ${seen.detail ?? ''}`.trim();
	}
	catch (error) {
		outcome = 'blocked';
		detail = `${error.name}: ${error.message}`;
	}
	const expected = row.dataset.expected;
	const conclusion = (outcome === expected) ? scenario.means[situation]
		: `unexpected: the browser ${outcome === 'allowed' ? 'let the script read this' : 'blocked this'}, `
			+ `although the sample's policy says it should be ${expected} here`;
	row.dataset.outcome = outcome;
	row.dataset.status = status;
	row.dataset.detail = detail;
	row.dataset.conclusion = conclusion;
	row.classList.toggle('mismatch', outcome !== expected);
	badge(row.cells[2], outcome);
	const cellOfDetail = row.cells[3];
	cellOfDetail.textContent = '';
	const seen = document.createElement('div');
	seen.className = 'seen';
	seen.textContent = detail;
	const means = document.createElement('div');
	means.className = 'means';
	means.textContent = conclusion;
	cellOfDetail.append(seen, means);
	return outcome === expected;
}

async function runAll() {
	document.body.dataset.state = 'running';
	const tbody = document.getElementById('rows');
	tbody.textContent = '';
	let matched = 0;
	// One at a time, so that the server sees the requests (and preflights) in the order of the table.
	for (const scenario of scenarios) {
		const row = tbody.insertRow();
		row.id = 'row-' + scenario.id;
		row.dataset.expected = scenario.expected[situation];
		cell(row, 'request', scenario.request);
		badge(cell(row, 'expected', ''), row.dataset.expected);
		cell(row, 'outcome', '…');
		cell(row, 'detail', '');
		if (await run(scenario, row)) {
			matched++;
		}
	}
	document.getElementById('summary').textContent =
		`${matched} of ${scenarios.length} requests behaved as the sample's policy says they should from this origin.`;
	document.body.dataset.matched = String(matched);
	document.body.dataset.total = String(scenarios.length);
	document.body.dataset.state = 'done';
}

// Tenants' origins: a page of this server opened as http://tenant.localhost:PORT (browsers resolve *.localhost to
// this machine) sends a preflighted request to the API from a frame, before and after the admin endpoint adds its
// origin to the tenant_origins table, and after it removes it. The admin endpoint is called on this page's own origin,
// so CORS plays no part there (the sample turns it off on /admin/**).
const tenantOrigin = location.protocol + '//tenant.localhost' + port;
const TENANT = 'demo';
const IN_NO_LIST = `${tenantOrigin} is in no static list of the sample's policy`;
const probes = new Map();
let nextProbe = 0;
let tenantFrame;

window.addEventListener('message', (event) => {
	if (event.origin !== tenantOrigin || !event.data) {
		return;
	}
	if (event.data.ready) {
		tenantFrame.resolve();
	}
	const answered = probes.get(event.data.probe);
	if (answered) {
		probes.delete(event.data.probe);
		answered(event.data);
	}
});

function frameReady() {
	if (!tenantFrame) {
		let resolve;
		tenantFrame = { ready: new Promise((done) => resolve = done) };
		tenantFrame.resolve = resolve;
		document.getElementById('tenant-frame').src = tenantOrigin + '/tenant.html';
	}
	return tenantFrame.ready;
}

// The frame's request, as the tenant's script saw it: { outcome, status, detail }.
async function probe() {
	await frameReady();
	const id = ++nextProbe;
	const answer = new Promise((resolve) => probes.set(id, resolve));
	document.getElementById('tenant-frame').contentWindow.postMessage({ probe: id }, tenantOrigin);
	return answer;
}

function cookie(name) {
	const entry = document.cookie.split('; ').find((part) => part.startsWith(name + '='));
	return entry ? decodeURIComponent(entry.substring(name.length + 1)) : '';
}

// X-Requested-With asks the server to refuse wrong credentials without a WWW-Authenticate challenge, which would make
// the browser open a sign-in dialog of its own. A write sends back the CSRF token the server set in a cookie.
function admin(method, query, body) {
	const user = document.getElementById('admin-user').value;
	const password = document.getElementById('admin-password').value;
	const headers = { 'Authorization': 'Basic ' + btoa(user + ':' + password), 'X-Requested-With': 'XMLHttpRequest' };
	if (method !== 'GET') {
		headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
	}
	if (body) {
		headers['Content-Type'] = 'application/json';
	}
	return fetch('/admin/tenant-origins' + query, { method, headers, body: body ? JSON.stringify(body) : undefined });
}

async function showTenants() {
	const response = await admin('GET', '');
	const list = document.getElementById('tenant-list');
	if (!response.ok) {
		list.textContent = `(the admin endpoint answered ${response.status})`;
		return response.status;
	}
	const entries = await json(response);
	list.textContent = entries.map((entry) => `${entry.origin} (${entry.tenant})`).join(', ') || '(empty)';
	return response.status;
}

// An admin step's outcome: done when the endpoint answered one of the statuses the step expects.
async function change(method, query, body, statuses) {
	const response = await admin(method, query, body);
	const answer = await json(response);
	const done = statuses.includes(response.status);
	const detail = answer.error ? `${response.status} ${answer.error}`
		: `${response.status} ${JSON.stringify(answer)}`;
	return { outcome: done ? 'done' : 'failed', status: String(response.status), detail };
}

const tenantSteps = [
	{
		id: 'tenant-before',
		step: `POST /api/greeting from ${tenantOrigin} (preflighted)`,
		expected: (allowedNow) => allowedNow ? 'allowed' : 'blocked',
		means: {
			blocked: `${IN_NO_LIST}, nor yet in tenant_origins: the starter refused the preflight (403), so the browser `
				+ 'never sent the POST',
			allowed: 'the origin was in tenant_origins already: the starter allowed the preflight'
		},
		run: probe
	},
	{
		id: 'tenant-add',
		step: `POST /admin/tenant-origins {"tenant": "${TENANT}", "origin": "${tenantOrigin}"}`,
		expected: () => 'done',
		means: {
			done: 'the row is in tenant_origins, and the starter read the table again before the endpoint answered: '
				+ 'the origin is allowed from now on, without a restart'
		},
		run: () => change('POST', '', { tenant: TENANT, origin: tenantOrigin }, [201, 409])
	},
	{
		id: 'tenant-after-add',
		step: `POST /api/greeting from ${tenantOrigin} again`,
		expected: () => 'allowed',
		means: {
			allowed: '/api/** allows dynamic origins: the starter accepted the preflight from the new tenant origin, '
				+ 'with the same settings as any allowed origin, and the script read the answer'
		},
		run: probe
	},
	{
		id: 'tenant-remove',
		step: `DELETE /admin/tenant-origins?origin=${tenantOrigin}`,
		expected: () => 'done',
		means: {
			done: 'the row is gone, and the starter read the table again before the endpoint answered'
		},
		run: () => change('DELETE', '?origin=' + encodeURIComponent(tenantOrigin), null, [200])
	},
	{
		id: 'tenant-after-remove',
		step: `POST /api/greeting from ${tenantOrigin} once more`,
		expected: () => 'blocked',
		means: {
			blocked: 'refused again: the starter refused the preflight (403), so the browser never sent the POST'
		},
		run: probe
	}
];

async function runTenantSteps(event) {
	event.preventDefault();
	document.body.dataset.tenantState = 'running';
	const summary = document.getElementById('tenant-summary');
	const tbody = document.getElementById('tenant-rows');
	tbody.textContent = '';
	// The list also gives this page the CSRF token cookie that the writes send back.
	const listed = await showTenants();
	if (listed !== 200) {
		summary.textContent = (listed === 401) ? 'The admin endpoint refused the user name or password (401).'
			: `The admin endpoint answered ${listed}.`;
		document.body.dataset.tenantState = 'refused';
		return;
	}
	const allowedNow = (await json(await fetch('/public/policy?origin=' + encodeURIComponent(tenantOrigin))))
		.originAllowed;
	let matched = 0;
	for (const step of tenantSteps) {
		const row = tbody.insertRow();
		row.id = 'row-' + step.id;
		row.dataset.expected = step.expected(allowedNow);
		cell(row, 'request', step.step);
		badge(cell(row, 'expected', ''), row.dataset.expected);
		cell(row, 'outcome', '…');
		cell(row, 'detail', '');
		const seen = await step.run();
		const expected = row.dataset.expected;
		const conclusion = (seen.outcome === expected) ? step.means[expected]
			: `unexpected: ${seen.outcome} where the sample should have ${expected === 'done' ? 'done it' : expected}`;
		row.dataset.outcome = seen.outcome;
		row.dataset.status = seen.status;
		row.dataset.detail = seen.detail;
		row.dataset.conclusion = conclusion;
		row.classList.toggle('mismatch', seen.outcome !== expected);
		badge(row.cells[2], seen.outcome);
		const detail = row.cells[3];
		detail.textContent = '';
		const what = document.createElement('div');
		what.className = 'seen';
		what.textContent = seen.detail;
		const means = document.createElement('div');
		means.className = 'means';
		means.textContent = conclusion;
		detail.append(what, means);
		if (seen.outcome === expected) {
			matched++;
		}
		if (step.run !== probe) {
			await showTenants();
		}
	}
	summary.textContent = `${matched} of ${tenantSteps.length} steps behaved as expected.`;
	document.body.dataset.tenantState = 'done';
}

async function showStack() {
	// Same-origin, so not subject to CORS.
	const info = await json(await fetch('/public/info'));
	document.getElementById('stack').textContent =
		(info.stack === 'reactive') ? 'Spring WebFlux on Netty' : 'Spring MVC on Tomcat';
}

function link(className, href) {
	for (const anchor of document.querySelectorAll('a.' + className)) {
		anchor.href = href;
		anchor.textContent = href;
	}
}

async function init() {
	situation = await situationOf(location.origin);
	document.body.dataset.situation = situation;
	document.getElementById('page-origin').textContent = location.origin;
	document.getElementById('api-origin').textContent = api;
	for (const element of document.querySelectorAll('.situation')) {
		element.hidden = element.dataset.for !== situation;
	}
	link('same-page', samePage);
	link('allowed-page', allowedPage);
	link('other-page', otherPage);
	document.getElementById('sign-in').href = api + '/login.html';
	document.getElementById('run').addEventListener('click', runAll);
	document.getElementById('tenant-origin').textContent = tenantOrigin;
	document.getElementById('admin').addEventListener('submit', runTenantSteps);
	showStack();
	runAll();
}

init();
