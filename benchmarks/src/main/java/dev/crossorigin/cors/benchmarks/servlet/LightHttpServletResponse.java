package dev.crossorigin.cors.benchmarks.servlet;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A reusable response for benchmarks: headers in small arrays, a body that is counted and
 * discarded, and {@link #recycle()} to start over without allocating. Methods no filter
 * under test calls throw {@link UnsupportedOperationException}.
 */
public final class LightHttpServletResponse implements HttpServletResponse {

	private static final int CAPACITY = 16;

	private final String[] headerNames = new String[CAPACITY];

	private final String[] headerValues = new String[CAPACITY];

	private int headerCount;

	private int status = SC_OK;

	private long contentLength = -1;

	private boolean committed;

	private final DiscardingOutputStream body = new DiscardingOutputStream();

	/** Clears status, headers and body, as a server does between requests. */
	public void recycle() {
		for (int i = 0; i < this.headerCount; i++) {
			this.headerNames[i] = null;
			this.headerValues[i] = null;
		}
		this.headerCount = 0;
		this.status = SC_OK;
		this.contentLength = -1;
		this.committed = false;
		this.body.count = 0;
	}

	/**
	 * How many header lines the response has, counting each value of a repeated header.
	 */
	public int headerLineCount() {
		return this.headerCount;
	}

	/** How many body bytes were written. */
	public long bodyLength() {
		return this.body.count;
	}

	@Override
	public boolean containsHeader(String name) {
		return indexOf(name, 0) >= 0;
	}

	@Override
	public String getHeader(String name) {
		int index = indexOf(name, 0);
		return (index >= 0) ? this.headerValues[index] : null;
	}

	@Override
	public Collection<String> getHeaders(String name) {
		List<String> values = new ArrayList<>(2);
		for (int i = indexOf(name, 0); i >= 0; i = indexOf(name, i + 1)) {
			values.add(this.headerValues[i]);
		}
		return values;
	}

	@Override
	public Collection<String> getHeaderNames() {
		List<String> names = new ArrayList<>(this.headerCount);
		for (int i = 0; i < this.headerCount; i++) {
			if (indexOf(this.headerNames[i], 0) == i) {
				names.add(this.headerNames[i]);
			}
		}
		return names;
	}

	@Override
	public void setHeader(String name, String value) {
		int index = indexOf(name, 0);
		if (index < 0) {
			addHeader(name, value);
			return;
		}
		this.headerValues[index] = value;
		for (int i = indexOf(name, index + 1); i >= 0; i = indexOf(name, i)) {
			remove(i);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		this.headerNames[this.headerCount] = name;
		this.headerValues[this.headerCount] = value;
		this.headerCount++;
	}

	@Override
	public void setIntHeader(String name, int value) {
		setHeader(name, Integer.toString(value));
	}

	@Override
	public void addIntHeader(String name, int value) {
		addHeader(name, Integer.toString(value));
	}

	private int indexOf(String name, int from) {
		for (int i = from; i < this.headerCount; i++) {
			if (this.headerNames[i].equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	private void remove(int index) {
		int last = --this.headerCount;
		System.arraycopy(this.headerNames, index + 1, this.headerNames, index, last - index);
		System.arraycopy(this.headerValues, index + 1, this.headerValues, index, last - index);
		this.headerNames[last] = null;
		this.headerValues[last] = null;
	}

	@Override
	public void setStatus(int status) {
		this.status = status;
	}

	@Override
	public int getStatus() {
		return this.status;
	}

	@Override
	public void setContentLength(int length) {
		this.contentLength = length;
	}

	@Override
	public void setContentLengthLong(long length) {
		this.contentLength = length;
	}

	@Override
	public ServletOutputStream getOutputStream() {
		return this.body;
	}

	@Override
	public void flushBuffer() {
		this.committed = true;
	}

	@Override
	public boolean isCommitted() {
		return this.committed;
	}

	@Override
	public String getCharacterEncoding() {
		return "ISO-8859-1";
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
	public void setCharacterEncoding(String charset) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setContentType(String type) {
		throw new UnsupportedOperationException();
	}

	@Override
	public PrintWriter getWriter() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setBufferSize(int size) {
		throw new UnsupportedOperationException();
	}

	@Override
	public int getBufferSize() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void resetBuffer() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void reset() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setLocale(Locale locale) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void addCookie(Cookie cookie) {
		throw new UnsupportedOperationException();
	}

	@Override
	public String encodeURL(String url) {
		throw new UnsupportedOperationException();
	}

	@Override
	public String encodeRedirectURL(String url) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void sendError(int sc, String msg) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void sendError(int sc) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void sendRedirect(String location, int sc, boolean clearBuffer) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setDateHeader(String name, long date) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void addDateHeader(String name, long date) {
		throw new UnsupportedOperationException();
	}

	private static final class DiscardingOutputStream extends ServletOutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException();
		}

	}

}
