package dk.aarsrapport.plan;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.PdfSettings;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.content.FillInput;

/**
 * What a PDF is made of, as one sha256, taken from the very input that fills it: the compiled template's
 * bytes, every parameter, and every property of every row that the template can read from its bean data
 * source (what Jasper reads, read the way Jasper reads it), plus the program's version and the PDF
 * conformance. Nothing is listed by hand, so a value the report prints or charts cannot be left out.
 * Equal fingerprints mean an identical PDF, so the nightly run can leave it alone.
 */
@Component
public class Fingerprints {

    private final PdfSettings pdf;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    Fingerprints(PdfSettings pdf) {
        this.pdf = pdf;
    }

    /** The fingerprint of one report: a politikområde's or a goal framework's. */
    public String of(FillInput in) {
        Digest d = program().add("rapport", in.template(), template(in.template()), in.name());
        parameters(d, in.parameters());
        for (Object row : in.rows()) {
            value(d, row);
        }
        return d.hex();
    }

    /** A joined document's: its place, its cover's fill, and its parts with the fingerprints of their reports. */
    String document(Document doc, RunPlan.Cover cover, Map<Part, String> partFingerprints) {
        Digest d = program().add("dokument", template(FillInput.COVER_TEMPLATE), doc.label(), doc.relative(),
                doc.modtager(), doc.kladde(), cover.kommune(), cover.titel(), cover.year());
        for (Part p : doc.parts()) {
            d.add(p.getClass().getSimpleName(), p.name(), p.anchor(), p.published(), p.draft(), partFingerprints.get(p));
        }
        return d.hex();
    }

    private Digest program() {
        return new Digest().add(String.valueOf(Fingerprints.class.getPackage().getImplementationVersion()),
                pdf.conformance());
    }

    private static void parameters(Digest d, Map<String, ?> parameters) {
        new TreeMap<>(parameters).forEach((k, v) -> {
            d.add("parameter", k);
            value(d, v);
        });
    }

    /** A value as the template sees it: numbers by value, lists element by element, beans property by property. */
    private static void value(Digest d, Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Enum<?>) {
            d.add(v);
        } else if (v instanceof BigDecimal b) {
            d.add("n", b.stripTrailingZeros().toPlainString());
        } else if (v instanceof Double x && !Double.isFinite(x)) {
            d.add("n", x.toString());
        } else if (v instanceof Number n) {
            d.add("n", new BigDecimal(n.toString()).stripTrailingZeros().toPlainString());
        } else if (v instanceof Collection<?> c) {
            d.add("list", c.size());
            c.forEach(e -> value(d, e));
        } else {
            d.add("bean", v.getClass().getName());
            for (Method m : beanGetters(v.getClass())) {
                try {
                    d.add(m.getName());
                    value(d, m.invoke(v));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + m + " for the fingerprint", e);
                }
            }
        }
    }

    private static final Map<Class<?>, List<Method>> GETTERS = new ConcurrentHashMap<>();

    /** The readable properties of a row, in name order: what a bean data source hands the template. */
    private static List<Method> beanGetters(Class<?> type) {
        return GETTERS.computeIfAbsent(type, t -> {
            try {
                return Arrays.stream(Introspector.getBeanInfo(t, Object.class).getPropertyDescriptors())
                        .map(PropertyDescriptor::getReadMethod).filter(m -> m != null)
                        .sorted(Comparator.comparing(Method::getName)).toList();
            } catch (IntrospectionException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The sha256 of a compiled template on the class path: a changed template redraws what it fills. */
    private String template(String resource) {
        return templates.computeIfAbsent(resource, r -> {
            try (InputStream in = Fingerprints.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("compiled template not on the class path: " + r);
                }
                return Sha256.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Length-prefixed fields, so that ("ab", "c") and ("a", "bc") never hash alike. */
    private static final class Digest {
        private final MessageDigest md = Sha256.digest();

        Digest add(Object... values) {
            for (Object v : values) {
                byte[] b = v == null ? new byte[] {0} : ("\u0001" + v).getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
