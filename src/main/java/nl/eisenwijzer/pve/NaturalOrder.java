package nl.eisenwijzer.pve;

import java.util.Comparator;

/**
 * Orders identifiers the way people number clauses: {@code BIO2-5.2} before {@code BIO2-5.15}, and
 * {@code CRA-II.8} before {@code CRA-II.10}. Runs of digits compare as numbers, everything else as text.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a, i, endA, b, j, endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** Compares two runs of digits as numbers of any length, without parsing (this sorts every PvE). */
    private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
        while (fromA < endA - 1 && a.charAt(fromA) == '0') {
            fromA++;
        }
        while (fromB < endB - 1 && b.charAt(fromB) == '0') {
            fromB++;
        }
        int byLength = Integer.compare(endA - fromA, endB - fromB);
        if (byLength != 0) {
            return byLength;
        }
        for (; fromA < endA; fromA++, fromB++) {
            if (a.charAt(fromA) != b.charAt(fromB)) {
                return Character.compare(a.charAt(fromA), b.charAt(fromB));
            }
        }
        return 0;
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
