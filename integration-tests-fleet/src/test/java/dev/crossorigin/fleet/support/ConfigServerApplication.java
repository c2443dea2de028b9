package dev.crossorigin.fleet.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.config.server.EnableConfigServer;

/**
 * The fleet's Spring Cloud Config Server: it serves the files of a directory (the
 * {@code native} profile) and is a member of the bus, so one
 * {@code POST /actuator/busrefresh} to it reaches every instance.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableConfigServer
public class ConfigServerApplication {

}
