package dk.aarsrapport.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a setting's value must be, in the words of the Danish line that refuses a wrong one:
 * {@code aarsrapport.udsendelse.forsoeg skal være <et helt tal på mindst 1>, ikke "x".} On a settings record's
 * component, so that one text serves both ways a value can be wrong: its type cannot read it, or the record's
 * own check refuses it. Without it the type's own words are used ("et helt tal", "true eller false").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Expected {
    String value();
}
