package dk.aarsrapport.deliver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import static dk.aarsrapport.validate.ValidationReportWriter.cell;

/**
 * udsendelse.csv: who was sent which pack in the run, when, and the server's answer — or why nothing was
 * sent. Like validering.csv: ';', UTF-8 with BOM, formula-like text neutralised.
 */
@Component
class DeliveryReport {

    static final String FILE = "udsendelse.csv";
    static final String HEADER = "Kørsel;Tidspunkt;Modtager;E-mail;Pakke;Sha256;Status;Forsøg;Svar";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    void write(List<DeliveryLog.Entry> entries, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            for (DeliveryLog.Entry e : entries) {
                w.write(String.join(";", String.valueOf(e.run()),
                        e.finished() == null ? "" : TIME.format(e.finished()), cell(e.modtager()), cell(e.email()),
                        cell(e.pack()), cell(e.sha256()), cell(e.status().label()), String.valueOf(e.attempts()),
                        cell(e.answer())));
                w.write("\r\n");
            }
        }
    }
}
