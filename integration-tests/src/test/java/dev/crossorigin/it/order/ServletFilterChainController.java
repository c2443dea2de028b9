package dev.crossorigin.it.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports the servlet filters the current request passed through, read from the call
 * stack, so a test sees the order of the chain the container really runs.
 */
@RestController
class ServletFilterChainController {

	@GetMapping(path = "/api/chain", produces = "text/plain")
	String chain() {
		List<String> innermostFirst = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
			.walk((frames) -> frames.map(StackWalker.StackFrame::getDeclaringClass)
				.filter(Filter.class::isAssignableFrom)
				.map(Class::getSimpleName)
				.toList());
		List<String> outermostFirst = new ArrayList<>(innermostFirst);
		Collections.reverse(outermostFirst);
		return String.join(",", new LinkedHashSet<>(outermostFirst));
	}

}
