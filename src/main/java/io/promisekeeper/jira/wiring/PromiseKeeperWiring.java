package io.promisekeeper.jira.wiring;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Wires the app's beans by constructor, one configuration per feature. Host services arrive as beans declared in
 * {@code META-INF/spring/plugin-context.xml}, the one place that imports them.
 */
@Configuration(proxyBeanMethods = false)
@Import({PromiseWiring.class, TicketEventWiring.class, PanelWiring.class, NoticeWiring.class, ForecastWiring.class,
        DelightWiring.class, InsightWiring.class, AdminWiring.class})
public class PromiseKeeperWiring {
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
