package dev.crossorigin.cors.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The path Spring MVC routes a servlet request on, parsed by Spring itself: the
 * {@link RequestPath#pathWithinApplication()} that {@link ServletRequestPathUtils} gives
 * (context path and a servlet path prefix removed, segments decoded, {@code ;} parameters
 * dropped). Whatever needs to know which mapping covers a request asks here.
 */
public final class ServletRoutingPath {

	private ServletRoutingPath() {
	}

	/**
	 * Parses the path of a request. Spring caches its parse in a request attribute, which
	 * is put back as it was, as Spring Security's matchers do. An {@code ERROR} dispatch
	 * is parsed for the request that failed, not for the error page.
	 * @param request the request
	 * @return the path, or {@code null} when Spring cannot parse it (a broken
	 * percent-encoding)
	 */
	public static @Nullable PathContainer of(HttpServletRequest request) {
		try {
			if (request.getDispatcherType() == DispatcherType.ERROR
					&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
				return RequestPath.parse(failed, request.getContextPath()).pathWithinApplication();
			}
			Object cached = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
			RequestPath path = ServletRequestPathUtils.parseAndCache(request);
			ServletRequestPathUtils.setParsedRequestPath((cached instanceof RequestPath previous) ? previous : null,
					request);
			return path.pathWithinApplication();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
