package dev.crossorigin.cors.autoconfigure;

import dev.crossorigin.cors.policy.CorsPolicy;

import org.springframework.beans.factory.ListableBeanFactory;
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
@ConditionalOnBean({ CorsPolicy.class, CorsProperties.class })
@ConditionalOnAvailableEndpoint(CorsEndpoint.class)
public final class CorsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CorsEndpoint corsEndpoint(CorsPolicy policy, CorsProperties properties, ListableBeanFactory beanFactory) {
		return new CorsEndpoint(policy, properties.getFilterOrder(), () -> CorsFilterStack.of(beanFactory));
	}

}
