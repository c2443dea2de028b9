package dev.crossorigin.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A test application serving {@link TestController} behind Spring Security, on either
 * stack: the {@link SecurityProbe} and the one user of {@link SecuredApplications} are
 * beans, and the annotated class declares the security chain, the part each test varies
 * (build it from {@link SecuredApplications#servlet} or
 * {@link SecuredApplications#reactive}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({ TestController.class, SecuredApplications.Beans.class })
public @interface SecuredTestApplication {

}
