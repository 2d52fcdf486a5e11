package dk.aarsrapport.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The compiled templates, loaded once per process and shared by every rendering thread. */
@Configuration
class ReportConfiguration {

    @Bean
    PolitikomraadeRenderer politikomraadeRenderer() {
        return PolitikomraadeRenderer.shared();
    }
}
