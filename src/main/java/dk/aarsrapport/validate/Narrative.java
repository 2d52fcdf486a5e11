package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.base.DanishNumbers;

/**
 * Reads the two figures a Regnskabsresultat narrative states about the whole politikområde: the
 * forbrugsprocent ("forbrugsprocent på 101,8", "forbrugsprocent på politikområdet på 103,6",
 * "forbrugsprocenten er 100,2%") and the headline result in the same sentence or the one before
 * ("merforbrug på 13,6 mio. kr.", "mindreudgift på 2,6 mio.kr."). A sentence it cannot read yields
 * nothing rather than a guess.
 */
final class Narrative {

    /** A number in Danish notation, as a finance officer writes it in running text. */
    private static final String NUMBER = "([-−]?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?|[-−]?\\d+(?:,\\d+)?)";

    private static final Pattern KEYWORD = Pattern.compile("forbrugsprocent(?:en)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern A_NUMBER = Pattern.compile(NUMBER + "(?![\\d,])");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s*(%|procent)");
    private static final Pattern MONEY_WORDS = Pattern.compile("mio|kr\\.|kroner|millioner", Pattern.CASE_INSENSITIVE);
    private static final int MAX_GAP = 80;

    /** "merforbrug/merudgift/mindreforbrug/mindreudgift (…) på 13,6 mio. kr." */
    private static final Pattern RESULT = Pattern.compile(
            "\\b(mer|mindre)(forbrug|udgift|udgifter|indtægt|indtægter)(?:en)?\\s+(?:på\\s+(?:i alt\\s+)?|af\\s+)?"
                    + NUMBER + "\\s*(mio\\.?|millioner)\\s*kr\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Sentence ends: '.', '!' or '?' before a capital letter, or a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÆØÅ])|\\n\\s*\\n");

    record Forbrug(BigDecimal value, String shown, int sentence) {
    }

    record Result(boolean more, String word, BigDecimal millions, String shown) {
    }

    record Statement(Forbrug forbrug, Optional<Result> result) {
    }

    private Narrative() {
    }

    static List<String> sentences(String text) {
        String normalised = text.replace('\u00A0', ' ').replace("\r", "");
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(normalised)) {
            String t = s.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Every forbrugsprocent the text states, each with the headline result that goes with it, if any. */
    static List<Statement> statements(String text) {
        List<String> sentences = sentences(text);
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher k = KEYWORD.matcher(sentences.get(i));
            while (k.find()) {
                Optional<String> shown = percentAfter(sentences.get(i).substring(k.end()));
                if (shown.isEmpty()) {
                    continue;
                }
                Forbrug f = new Forbrug(DanishNumbers.parse(shown.get()).orElseThrow(), shown.get(), i);
                Optional<Result> result = result(sentences.get(i));
                if (result.isEmpty() && i > 0) {
                    result = result(sentences.get(i - 1));
                }
                out.add(new Statement(f, result));
            }
        }
        return out;
    }

    /**
     * The percentage after the word: the first number within a few words, skipping a year ("for 2015
     * er 98,2"), and giving up at an amount of money or a far-away number, which would be a misreading.
     */
    private static Optional<String> percentAfter(String rest) {
        Matcher n = A_NUMBER.matcher(rest);
        while (n.find()) {
            String between = rest.substring(0, n.start());
            if (between.length() > MAX_GAP || MONEY_WORDS.matcher(between).find()) {
                return Optional.empty();
            }
            String number = n.group(1);
            boolean percentSign = PERCENT_AFTER.matcher(rest.substring(n.end())).find();
            if (!percentSign && number.matches("(19|20|21)\\d\\d")) {
                continue;
            }
            return DanishNumbers.parse(number).isPresent() ? Optional.of(number) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Result> result(String sentence) {
        Matcher m = RESULT.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<BigDecimal> amount = DanishNumbers.parse(m.group(3));
        return amount.map(a -> new Result(m.group(1).toLowerCase(Locale.ROOT).equals("mer"),
                m.group(1) + m.group(2), a.abs(), m.group(3)));
    }

    /** Decimals shown in a number as written: "13,6" → 1, "2" → 0. */
    static int decimals(String shown) {
        int comma = shown.indexOf(',');
        return comma < 0 ? 0 : shown.length() - comma - 1;
    }

    /** Half a unit of the last shown digit: "13,6" → 0,05; "2" → 0,5. */
    static BigDecimal halfUnit(String shown) {
        return BigDecimal.valueOf(5, decimals(shown) + 1);
    }
}
