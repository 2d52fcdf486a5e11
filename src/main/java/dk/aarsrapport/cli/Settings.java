package dk.aarsrapport.cli;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.Expected;
import dk.aarsrapport.base.InvalidSettingException;

/**
 * The start-up check of the settings records. Beans are made when first used (lazy initialisation), so a
 * wrong value would otherwise surface in the middle of a run as an internal failure; a command binds the
 * records it uses before it does anything, and a value that cannot be read or is refused becomes one Danish
 * line: {@code aarsrapport.udsendelse.forsoeg skal være et helt tal på mindst 1, ikke "x".}
 */
final class Settings {

    private Settings() {
    }

    /** Binds each record now; a wrong value is thrown as a {@link WrongSettingException}. */
    static void check(ApplicationContext ctx, Class<?>... records) {
        reading(ctx, () -> {
            for (Class<?> record : records) {
                ctx.getBean(record);
            }
            return null;
        });
    }

    /** What {@code read} returns; a settings failure on the way is thrown as a {@link WrongSettingException}. */
    static <T> T reading(ApplicationContext ctx, Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw refused(e, ctx.getEnvironment());
        }
    }

    /** A record bound straight from the environment, for a listener that runs before any bean exists. */
    static <T> T bind(ConfigurableEnvironment env, Class<T> record) {
        String prefix = MergedAnnotations.from(record).get(ConfigurationProperties.class).getString("prefix");
        try {
            return Binder.get(env).bindOrCreate(prefix, record);
        } catch (RuntimeException e) {
            throw refused(e, env);
        }
    }

    private static RuntimeException refused(RuntimeException e, Environment env) {
        Optional<String> line = describe(e, env);
        return line.isPresent() ? new WrongSettingException(line.get()) : e;
    }

    /** The Danish line for a settings failure in {@code failure}'s cause chain; empty when it holds none. */
    static Optional<String> describe(Throwable failure, Environment env) {
        BindException bind = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException b) {
                bind = b; // the innermost one names the property itself rather than the record holding it
            }
        }
        if (bind == null) {
            return Optional.empty();
        }
        Optional<InvalidSettingException> refused = Causes.find(bind, InvalidSettingException.class);
        String name;
        Object value;
        String expected;
        if (refused.isPresent()) {
            // the record's own check: the failure names the record, the exception its component
            Class<?> record = bind.getTarget().getType().resolve(Object.class);
            String component = refused.get().component();
            name = bind.getName().append(DataObjectPropertyName.toDashedForm(component)).toString();
            value = written(env, name);
            expected = expected(record, component);
        } else {
            name = bind.getName().toString();
            value = bind.getProperty() == null ? written(env, name) : bind.getProperty().getValue();
            Expected annotation = bind.getTarget().getAnnotation(Expected.class);
            expected = annotation != null ? annotation.value() : inWords(bind.getTarget().getType().resolve(Object.class));
        }
        return Optional.of(name + " skal være " + expected + ", ikke \"" + value + "\".");
    }

    /** The value as the operator wrote it, from whichever source gave it (an environment variable, a file, …). */
    private static Object written(Environment env, String name) {
        if (env instanceof ConfigurableEnvironment configurable) {
            ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
            for (ConfigurationPropertySource source : ConfigurationPropertySources.get(configurable)) {
                ConfigurationProperty property = source.getConfigurationProperty(key);
                if (property != null) {
                    return property.getValue();
                }
            }
        }
        return "";
    }

    private static String expected(Class<?> record, String component) {
        for (RecordComponent c : record.isRecord() ? record.getRecordComponents() : new RecordComponent[0]) {
            if (c.getName().equals(component)) {
                Expected annotation = c.getAnnotation(Expected.class);
                return annotation != null ? annotation.value() : inWords(c.getType());
            }
        }
        return inWords(Object.class);
    }

    /** A type's words, for a setting without its own {@link Expected} (Boot's own settings among them). */
    private static String inWords(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "et helt tal";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true eller false";
        }
        if (type == Duration.class) {
            return "en varighed som 2s";
        }
        if (type == DataSize.class) {
            return "en størrelse som 10MB";
        }
        return "en gyldig værdi";
    }
}
