package dev.crossorigin.cors.benchmarks.servlet;

import java.io.BufferedReader;
import java.security.Principal;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConnection;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.Part;

/**
 * A reusable request for benchmarks: a few headers and attributes in small arrays, so
 * that reading them costs what it costs in a server (a short case-insensitive scan) and
 * {@link #recycle()} allocates nothing. Methods no filter under test calls throw
 * {@link UnsupportedOperationException}.
 */
public final class LightHttpServletRequest implements HttpServletRequest {

	private static final int CAPACITY = 8;

	private final String method;

	private final String requestUri;

	private final String[] headerNames = new String[CAPACITY];

	private final String[] headerValues = new String[CAPACITY];

	private int headerCount;

	private final String[] attributeNames = new String[CAPACITY];

	private final Object[] attributeValues = new Object[CAPACITY];

	private int attributeCount;

	public LightHttpServletRequest(String method, String requestUri) {
		this.method = method;
		this.requestUri = requestUri;
	}

	/** Adds a header; a benchmark sets its request headers once, before measuring. */
	public LightHttpServletRequest header(String name, String value) {
		this.headerNames[this.headerCount] = name;
		this.headerValues[this.headerCount] = value;
		this.headerCount++;
		return this;
	}

	/** Forgets the attributes filters set, as a server does between requests. */
	public void recycle() {
		for (int i = 0; i < this.attributeCount; i++) {
			this.attributeNames[i] = null;
			this.attributeValues[i] = null;
		}
		this.attributeCount = 0;
	}

	@Override
	public String getMethod() {
		return this.method;
	}

	@Override
	public String getRequestURI() {
		return this.requestUri;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer(getScheme()).append("://")
			.append(getServerName())
			.append(':')
			.append(getServerPort())
			.append(this.requestUri);
	}

	@Override
	public String getContextPath() {
		return "";
	}

	@Override
	public String getServletPath() {
		// What a DispatcherServlet mapped to "/" sees.
		return this.requestUri;
	}

	@Override
	public String getPathInfo() {
		return null;
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getHeader(String name) {
		for (int i = 0; i < this.headerCount; i++) {
			if (this.headerNames[i].equalsIgnoreCase(name)) {
				return this.headerValues[i];
			}
		}
		return null;
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String value = getHeader(name);
		return (value != null) ? Collections.enumeration(Collections.singletonList(value))
				: Collections.emptyEnumeration();
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return new Enumeration<>() {

			private int next;

			@Override
			public boolean hasMoreElements() {
				return this.next < LightHttpServletRequest.this.headerCount;
			}

			@Override
			public String nextElement() {
				return LightHttpServletRequest.this.headerNames[this.next++];
			}

		};
	}

	@Override
	public int getIntHeader(String name) {
		String value = getHeader(name);
		return (value != null) ? Integer.parseInt(value) : -1;
	}

	@Override
	public long getDateHeader(String name) {
		if (getHeader(name) != null) {
			throw new UnsupportedOperationException();
		}
		return -1;
	}

	@Override
	public Object getAttribute(String name) {
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.attributeNames[i].equals(name)) {
				return this.attributeValues[i];
			}
		}
		return null;
	}

	@Override
	public void setAttribute(String name, Object value) {
		if (value == null) {
			removeAttribute(name);
			return;
		}
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.attributeNames[i].equals(name)) {
				this.attributeValues[i] = value;
				return;
			}
		}
		this.attributeNames[this.attributeCount] = name;
		this.attributeValues[this.attributeCount] = value;
		this.attributeCount++;
	}

	@Override
	public void removeAttribute(String name) {
		for (int i = 0; i < this.attributeCount; i++) {
			if (this.attributeNames[i].equals(name)) {
				int last = --this.attributeCount;
				this.attributeNames[i] = this.attributeNames[last];
				this.attributeValues[i] = this.attributeValues[last];
				this.attributeNames[last] = null;
				this.attributeValues[last] = null;
				return;
			}
		}
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		throw new UnsupportedOperationException();
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	@Override
	public String getScheme() {
		return "http";
	}

	@Override
	public String getServerName() {
		return "localhost";
	}

	@Override
	public int getServerPort() {
		return 8080;
	}

	@Override
	public boolean isSecure() {
		return false;
	}

	@Override
	public String getProtocol() {
		return "HTTP/1.1";
	}

	@Override
	public String getCharacterEncoding() {
		return null;
	}

	@Override
	public void setCharacterEncoding(String env) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getContentLength() {
		return -1;
	}

	@Override
	public long getContentLengthLong() {
		return -1;
	}

	@Override
	public String getContentType() {
		return null;
	}

	@Override
	public Locale getLocale() {
		return Locale.ROOT;
	}

	@Override
	public Enumeration<Locale> getLocales() {
		return Collections.enumeration(Collections.singletonList(Locale.ROOT));
	}

	@Override
	public boolean isAsyncStarted() {
		return false;
	}

	@Override
	public boolean isAsyncSupported() {
		return false;
	}

	@Override
	public String getAuthType() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Cookie[] getCookies() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getPathTranslated() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getRemoteUser() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isUserInRole(String role) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Principal getUserPrincipal() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getRequestedSessionId() {
		throw new UnsupportedOperationException();
	}

	@Override
	public HttpSession getSession(boolean create) {
		throw new UnsupportedOperationException();
	}

	@Override
	public HttpSession getSession() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String changeSessionId() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isRequestedSessionIdValid() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isRequestedSessionIdFromCookie() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isRequestedSessionIdFromURL() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean authenticate(HttpServletResponse response) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void login(String username, String password) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void logout() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Collection<Part> getParts() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Part getPart(String name) {
		throw new UnsupportedOperationException();
	}

	@Override
	public <T extends HttpUpgradeHandler> T upgrade(Class<T> handlerClass) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ServletInputStream getInputStream() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getParameter(String name) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String[] getParameterValues(String name) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		throw new UnsupportedOperationException();
	}

	@Override
	public BufferedReader getReader() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getRemoteAddr() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getRemoteHost() {
		throw new UnsupportedOperationException();
	}

	@Override
	public RequestDispatcher getRequestDispatcher(String path) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getRemotePort() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getLocalName() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getLocalAddr() {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getLocalPort() {
		throw new UnsupportedOperationException();
	}

	@Override
	public ServletContext getServletContext() {
		throw new UnsupportedOperationException();
	}

	@Override
	public AsyncContext startAsync() {
		throw new UnsupportedOperationException();
	}

	@Override
	public AsyncContext startAsync(ServletRequest servletRequest, ServletResponse servletResponse) {
		throw new UnsupportedOperationException();
	}

	@Override
	public AsyncContext getAsyncContext() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getRequestId() {
		throw new UnsupportedOperationException();
	}

	@Override
	public String getProtocolRequestId() {
		throw new UnsupportedOperationException();
	}

	@Override
	public ServletConnection getServletConnection() {
		throw new UnsupportedOperationException();
	}

}
