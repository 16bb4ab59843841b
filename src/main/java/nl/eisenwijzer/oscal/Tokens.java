package nl.eisenwijzer.oscal;

/**
 * OSCAL ids are tokens: a letter or {@code _} first, then letters, digits, {@code .}, {@code -} or {@code _}.
 * An id of letters, digits, {@code .} and {@code -} that starts with a letter, as every catalogue id does,
 * stays as it is. Any other character, {@code _} included, becomes {@code _} and its four-digit UTF-16 code in
 * hex, so the mapping can be reversed and the suffixes added here (such as {@code _smt}) never make two ids
 * collide.
 */
final class Tokens {

    private Tokens() {
    }

    static String of(String id) {
        StringBuilder token = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '.' || c == '-');
            if (plain) {
                token.append(c);
            } else {
                token.append('_').append(String.format("%04x", (int) c));
            }
        }
        return token.toString();
    }
}
