package dev.crossorigin.it.order;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.crossorigin.it.support.SecurityProbe;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.transport.RequestReplyReceiverContext;

/**
 * Records the HTTP server observations that completed, by the
 * {@link SecurityProbe#HEADER} mark of their request, so a test can tell whether (and
 * with which status) the observation infrastructure saw a given request.
 */
final class ObservedRequests implements ObservationHandler<Observation.Context> {

	private final Map<String, Map<String, String>> observations = new ConcurrentHashMap<>();

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof RequestReplyReceiverContext<?, ?>;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void onStop(Observation.Context context) {
		RequestReplyReceiverContext<Object, ?> receiver = (RequestReplyReceiverContext<Object, ?>) context;
		String mark = receiver.getGetter().get(receiver.getCarrier(), SecurityProbe.HEADER);
		if (mark != null) {
			Map<String, String> keyValues = new ConcurrentHashMap<>();
			for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
				keyValues.put(keyValue.getKey(), keyValue.getValue());
			}
			this.observations.put(mark, keyValues);
		}
	}

	/**
	 * The low-cardinality key values of the observation of the request with this mark, or
	 * {@code null}.
	 */
	Map<String, String> of(String mark) {
		return this.observations.get(mark);
	}

}
