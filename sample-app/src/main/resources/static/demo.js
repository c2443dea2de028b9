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
	showStack();
	runAll();
}

init();
