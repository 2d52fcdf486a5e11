package dk.aarsrapport.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code aarsrapport.render.threads}: how many politikområder are rendered at once; 0 means one per core. */
@ConfigurationProperties("aarsrapport.render")
public record RenderProperties(@DefaultValue("0") int threads) {

    /** The threads to render with; a negative count, as before, means one per core like 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
