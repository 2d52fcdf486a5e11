package dk.aarsrapport.cli;

/** A mistake of the person running the program: one Danish line on stderr, exit status 2, no stack trace. */
class UserError extends Exception {

    UserError(String message) {
        super(message);
    }
}
