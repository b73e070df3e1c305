package org.leafpress.align;

/**
 * Gale and Church's length model: a translation spends {@code mean} characters on each source
 * character, and the difference from that is normally distributed with {@code variance} per
 * source character.
 */
record LengthModel(double mean, double variance) {

    /** The model for the reverse pair (translation to source). */
    LengthModel reversed() {
        // l1 = l2/c - e/c, so the variance per character of l2 is s²/c³.
        return new LengthModel(1 / mean, variance / (mean * mean * mean));
    }

    /** The cost, -ln P, of a source of {@code sourceChars} being translated in {@code translationChars}. */
    double cost(int sourceChars, int translationChars) {
        if (sourceChars == 0 && translationChars == 0) return 0;
        double delta = (translationChars - sourceChars * mean) / Math.sqrt(Math.max(sourceChars, 1) * variance);
        return minusLogTwoTails(Math.abs(delta));
    }

    /**
     * -ln(2(1 - Φ(z))) = -ln erfc(z/√2), by the Chebyshev fit of Numerical Recipes (error below
     * 1.2e-7), computed in logs so that a far tail is a large cost rather than an underflow.
     */
    static double minusLogTwoTails(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return -StrictMath.log(t) + x * x - poly;
    }
}
