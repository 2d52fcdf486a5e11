package dk.aarsrapport.cli;

/**
 * A setting whose value is wrong, said in one Danish line that names the setting and the value: exit status 2,
 * nothing run. Unchecked, because it is also thrown while Spring starts, from inside its listeners.
 */
final class WrongSettingException extends RuntimeException {

    WrongSettingException(String line) {
        super(line);
    }
}
