package dk.aarsrapport.support;

import org.springframework.util.unit.DataSize;

import dk.aarsrapport.ingest.InputProperties;
import dk.aarsrapport.ingest.InputReader;

/** The input reader outside Spring, for tests that stage a folder themselves. */
public final class Readers {

    private Readers() {
    }

    /** With a size limit far above any fixture: these tests are about what is read, not how much. */
    public static InputReader input() {
        return new InputReader(new InputProperties(DataSize.ofMegabytes(200)));
    }
}
