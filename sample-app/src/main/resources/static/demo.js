'use strict';

// The page's origin is http://localhost:PORT; the API is addressed as http://127.0.0.1:PORT, the same server under
// another origin (and another site), so every request below is cross-origin and the browser applies CORS to it.
const port = location.port ? ':' + location.port : '';
const api = location.protocol + '//127.0.0.1' + port;
const allowedPage = location.protocol + '//localhost' + port + '/';

// The sample's policy allows http://localhost:PORT only; from any other origin every request is to be blocked.
const fromAllowedOrigin = location.origin + '/' === allowedPage;

async function json(response) {
	try {
		return await response.json();
	}
	catch (error) {
		return {};
	}
}

// Each scenario sends one request; "check" turns the response into what the script could see, and may say that
// reading part of it was blocked. A rejected fetch is how the browser reports a CORS failure to scripts.
const scenarios = [
	{
		id: 'simple-get',
		request: 'GET /api/greeting?name=Browser',
		expected: 'allowed',
		send: () => fetch(api + '/api/greeting?name=Browser'),
		check: async (response) => {
			const body = await json(response);
			return { detail: `${body.message} (served by the ${body.stack} stack)` };
		}
	},
	{
		id: 'json-post',
		request: 'POST /api/greeting, Content-Type: application/json (preflighted)',
		expected: 'allowed',
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
		expected: 'allowed',
		send: () => fetch(api + '/api/greeting', { headers: { 'X-Request-Id': 'demo-1' } }),
		check: async (response) => ({ detail: `X-Request-Id echoed: ${response.headers.get('X-Request-Id')}` })
	},
	{
		id: 'disallowed-header',
		request: 'GET /api/greeting, X-Debug: 1 (header not allowed)',
		expected: 'blocked',
		send: () => fetch(api + '/api/greeting', { headers: { 'X-Debug': '1' } })
	},
	{
		id: 'disallowed-method',
		request: 'PATCH /api/greeting (method not allowed)',
		expected: 'blocked',
		send: () => fetch(api + '/api/greeting', {
			method: 'PATCH',
			headers: { 'Content-Type': 'application/json' },
			body: '{}'
		})
	},
	{
		id: 'credentialed',
		request: 'GET /api/me, credentials: include',
		expected: 'allowed',
		send: () => fetch(api + '/api/me', { credentials: 'include' }),
		check: async (response) => {
			const body = await json(response);
			return {
				detail: response.ok ? `signed in as ${body.user}`
					: 'no session cookie arrived: not signed in, or the browser blocks third-party cookies'
			};
		}
	},
	{
		id: 'credentialed-public',
		request: 'GET /public/info, credentials: include (any origin, no credentials)',
		expected: 'blocked',
		send: () => fetch(api + '/public/info', { credentials: 'include' })
	},
	{
		id: 'exposed-header',
		request: 'read X-Request-Id (exposed) from GET /api/greeting',
		expected: 'allowed',
		send: () => fetch(api + '/api/greeting'),
		check: async (response) => {
			const value = response.headers.get('X-Request-Id');
			return { readable: value !== null, detail: `X-Request-Id: ${value}` };
		}
	},
	{
		id: 'unexposed-header',
		request: 'read Vary (not exposed) from GET /api/greeting',
		expected: 'blocked',
		send: () => fetch(api + '/api/greeting'),
		check: async (response) => {
			const value = response.headers.get('Vary');
			return { readable: value !== null, detail: `Vary: ${value}` };
		}
	},
	{
		id: 'unauthorized',
		request: 'GET /api/me without credentials (401)',
		expected: 'allowed',
		send: () => fetch(api + '/api/me'),
		check: async (response) => ({ detail: `error: ${(await json(response)).error}` })
	},
	{
		id: 'not-found',
		request: 'GET /api/missing (404)',
		expected: 'allowed',
		send: () => fetch(api + '/api/missing'),
		check: async (response) => ({ detail: `${(await json(response)).error ?? ''}` })
	},
	{
		id: 'server-error',
		request: 'GET /api/fail (500)',
		expected: 'allowed',
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
	row.dataset.outcome = outcome;
	row.dataset.status = status;
	row.dataset.detail = detail;
	row.classList.toggle('mismatch', outcome !== row.dataset.expected);
	badge(row.cells[2], outcome);
	row.cells[3].textContent = detail;
	return outcome === row.dataset.expected;
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
		row.dataset.expected = fromAllowedOrigin ? scenario.expected : 'blocked';
		cell(row, 'request', scenario.request);
		badge(cell(row, 'expected', ''), row.dataset.expected);
		cell(row, 'outcome', '…');
		cell(row, 'detail', '');
		if (await run(scenario, row)) {
			matched++;
		}
	}
	document.getElementById('summary').textContent =
		`${matched} of ${scenarios.length} requests behaved as expected.`;
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

document.getElementById('page-origin').textContent = location.origin;
document.getElementById('api-origin').textContent = api;
document.getElementById('sign-in').href = api + '/login.html';
const allowedLink = document.getElementById('allowed-page');
allowedLink.href = allowedPage;
allowedLink.textContent = allowedPage;
document.getElementById('origin-note').hidden = fromAllowedOrigin;
document.getElementById('run').addEventListener('click', runAll);
showStack();
runAll();
