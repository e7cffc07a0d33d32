package org.tpiclinic.patients;

/**
 * Medical record numbers: a running number followed by a Luhn check digit, so that a mistyped MRN is caught
 * instead of finding the wrong patient.
 */
final class Mrn {

    private Mrn() {
    }

    static String of(long number) {
        String body = Long.toString(number);
        return body + checkDigit(body);
    }

    static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{7,12}")) {
            return false;
        }
        String body = candidate.substring(0, candidate.length() - 1);
        return checkDigit(body) == candidate.charAt(candidate.length() - 1) - '0';
    }

    private static int checkDigit(String body) {
        int sum = 0;
        boolean twice = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
