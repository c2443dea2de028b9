package dev.crossorigin.cors.autoconfigure;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code cors} Actuator endpoint, when Actuator is present and
 * the endpoint is available.
 */
@AutoConfiguration(after = CorsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean({ CorsPolicyUpdater.class, CorsProperties.class })
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
public final class CorsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(CorsPolicyUpdater updater, CorsProperties properties, ListableBeanFactory beanFactory,
			ObjectProvider<DynamicCorsOrigins> snapshot, ObjectProvider<CachingOriginLookup> lookup) {
		return new CorsEndpoint(updater, properties.getFilterOrder(), () -> CorsFilterStack.of(beanFactory),
				snapshot::getIfUnique, lookup::getIfUnique);
	}

}
