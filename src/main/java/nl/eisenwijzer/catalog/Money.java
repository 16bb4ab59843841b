package nl.eisenwijzer.catalog;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in euro as each language writes them: {@code € 160.000} and {@code € 150.000,50} in Dutch, {@code EUR 160,000}
 * and {@code EUR 150,000.50} in English. Cents show only when there are any, as tender documents write prices.
 */
public final class Money {

    private Money() {
    }

    public static String nl(BigDecimal amount) {
        return "€ " + format(amount, Locale.forLanguageTag("nl-NL"));
    }

    public static String en(BigDecimal amount) {
        return "EUR " + format(amount, Locale.UK);
    }

    public static Text text(BigDecimal amount) {
        return Text.of(nl(amount), en(amount));
    }

    /** Points as published: two decimals, {@code 26,67} in Dutch and {@code 26.67} in English. */
    public static Text points(BigDecimal points) {
        return Text.of(decimals(points, Locale.forLanguageTag("nl-NL")), decimals(points, Locale.UK));
    }

    private static String decimals(BigDecimal value, Locale locale) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    private static String format(BigDecimal amount, Locale locale) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return format.format(amount);
    }
}
