package dk.aarsrapport.deliver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the published udsendelse.csv of an output folder says its recipients have: the second memory of the
 * delivery log, for when the database lost it (a damaged database moved aside, or a data folder deleted by
 * hand). A row counts when its recipient has the pack with that sha256: sent, or not sent because it was
 * unchanged. The file is written when a run's deliveries are done, so its rows are of a run that finished
 * delivering. A file that cannot be read counts as none: the database is then all there is.
 */
final class PublishedDeliveries {

    /** One recipient's pack as the file records it: the run that wrote the row and the file's sha256. */
    record Delivered(long run, String sha256) {
    }

    private static final List<String> HELD = List.of(DeliveryLog.Status.SENT.label(),
            DeliveryLog.Status.SENDING.label(), DeliveryLog.Status.UNCHANGED.label());

    private final Map<String, Delivered> byRecipientAndPack;

    private PublishedDeliveries(Map<String, Delivered> byRecipientAndPack) {
        this.byRecipientAndPack = byRecipientAndPack;
    }

    static PublishedDeliveries read(Path output) {
        Map<String, Delivered> rows = new HashMap<>();
        Path csv = output.resolve(DeliveryReport.FILE);
        if (!Files.isRegularFile(csv)) {
            return new PublishedDeliveries(rows);
        }
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            String header = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "");
            if (!header.equals(DeliveryReport.HEADER)) {
                return new PublishedDeliveries(rows);
            }
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = cells(line);
                // Kørsel;Tidspunkt;Modtager;E-mail;Pakke;Sha256;Status;Forsøg;Svar
                if (cells.size() >= 7 && HELD.contains(cells.get(6)) && !cells.get(5).isEmpty()) {
                    try {
                        rows.put(key(cells.get(3), cells.get(4)), new Delivered(Long.parseLong(cells.get(0)), cells.get(5)));
                    } catch (NumberFormatException e) {
                        // a row without its run number is not one the program wrote
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            rows.clear();
        }
        return new PublishedDeliveries(rows);
    }

    /** The pack {@code pack} that the file says {@code email} has. */
    Optional<Delivered> delivered(String email, String pack) {
        return Optional.ofNullable(byRecipientAndPack.get(key(email, pack)));
    }

    private static String key(String email, String pack) {
        return DeliveryLog.key(email) + "\u0000" + pack;
    }

    /** The cells of one line as {@link DeliveryReport} writes them: quoted when they hold ; or ", formula text after '. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(unescaped(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(unescaped(cell.toString()));
        return cells;
    }

    private static String unescaped(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
