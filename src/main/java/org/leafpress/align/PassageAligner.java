package org.leafpress.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Finds the likeliest links between a run of translated passages and the source passages of the
 * sections it may follow: Gale and Church's dynamic programme over 1-1, 1-0, 0-1, 2-1 and 1-2
 * links, with moves that leave a whole source section untranslated, or its beginning or its end
 * (a translation that starts or stops partway through a section), and the probability of each
 * link by the forward–backward algorithm over the same costs.
 */
final class PassageAligner {

    /** A link on the best path: where it starts in each list, and how probable the model finds it. */
    record Found(LinkKind kind, int source, int translation, double probability) {}

    /** What linking source passages from {@code i} to translated passages from {@code j} costs. */
    interface Costs {
        double of(LinkKind kind, int i, int j);
    }

    /**
     * A step of the programme. {@code kind} is null for a skip: of a whole section (its passages
     * are not links at all, the section is missing), or of part of one ({@code partial}: each
     * skipped passage is a 1-0 link).
     */
    private record Move(LinkKind kind, int di, int dj, double cost, boolean partial) {
        Move(LinkKind kind, int di, int dj, double cost) {
            this(kind, di, dj, cost, false);
        }
    }

    private final int[] sectionOf;
    private final int n;
    private final int m;
    private final Move[][][] moves;

    /**
     * @param sectionOf        for each source passage, the ordinal of its section
     * @param translationCount how many translated passages the run has
     * @param skipCost         the cost of leaving a whole section untranslated, or infinity where
     *                         the sections are known (a heading or a pin said so)
     * @param partialSkipCost  the cost of leaving the beginning or the end of a section untranslated
     */
    PassageAligner(int[] sectionOf, int translationCount, Costs costs, double skipCost, double partialSkipCost) {
        this.sectionOf = sectionOf.clone();
        this.n = sectionOf.length;
        this.m = translationCount;
        this.moves = new Move[n + 1][m + 1][];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) moves[i][j] = movesFrom(i, j, costs, skipCost, partialSkipCost);
        }
    }

    /** The links of the cheapest path, in order, each with its probability. */
    List<Found> align() {
        double[][] best = filled(Double.POSITIVE_INFINITY);
        Move[][] arrivedBy = new Move[n + 1][m + 1];
        double[][] forward = filled(Double.POSITIVE_INFINITY);
        best[0][0] = 0;
        forward[0][0] = 0;
        // Every move goes forward in i, in j or both, so row by row is a topological order.
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.POSITIVE_INFINITY) continue;
                for (Move move : moves[i][j]) {
                    int ti = i + move.di();
                    int tj = j + move.dj();
                    double cost = best[i][j] + move.cost();
                    if (cost < best[ti][tj]) {
                        best[ti][tj] = cost;
                        arrivedBy[ti][tj] = move;
                    }
                    forward[ti][tj] = minusLogSum(forward[ti][tj], forward[i][j] + move.cost());
                }
            }
        }
        double[][] backward = filled(Double.POSITIVE_INFINITY);
        backward[n][m] = 0;
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                for (Move move : moves[i][j]) {
                    backward[i][j] = minusLogSum(backward[i][j], move.cost() + backward[i + move.di()][j + move.dj()]);
                }
            }
        }
        double total = forward[n][m];
        List<Found> path = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            Move move = arrivedBy[i][j];
            int fi = i - move.di();
            int fj = j - move.dj();
            // StrictMath: Math.exp and Math.log may differ in the last bit between the interpreter and
            // the JIT, and the report must come out byte-identical in every run.
            double probability = Math.min(1, StrictMath.exp(total - forward[fi][fj] - move.cost() - backward[i][j]));
            if (move.kind() != null) {
                path.add(new Found(move.kind(), fi, fj, probability));
            } else if (move.partial()) {
                for (int k = move.di() - 1; k >= 0; k--) path.add(new Found(LinkKind.MISSING, fi + k, fj, probability));
            }
            i = fi;
            j = fj;
        }
        Collections.reverse(path);
        return path;
    }

    private Move[] movesFrom(int i, int j, Costs costs, double skipCost, double partialSkipCost) {
        List<Move> out = new ArrayList<>(6);
        for (LinkKind kind : LinkKind.values()) {
            if (!kind.isStep()) continue;
            int di = kind.sourceCount();
            int dj = kind.translationCount();
            if (i + di > n || j + dj > m) continue;
            // Two source passages merge only within a section: a translation's paragraph
            // never straddles two of the source's headings.
            if (di == 2 && sectionOf[i] != sectionOf[i + 1]) continue;
            out.add(new Move(kind, di, dj, costs.of(kind, i, j)));
        }
        if (i == n) return out.toArray(Move[]::new);
        boolean sectionStart = i == 0 || sectionOf[i - 1] != sectionOf[i];
        int end = i;
        while (end < n && sectionOf[end] == sectionOf[i]) end++;
        if (sectionStart && skipCost < Double.POSITIVE_INFINITY) out.add(new Move(null, end - i, 0, skipCost));
        if (partialSkipCost < Double.POSITIVE_INFINITY) {
            // From a section's start to any passage inside it (its beginning left out), or from
            // inside it to its end (its end left out); leaving out one passage is a 1-0 link.
            if (sectionStart) {
                for (int k = i + 2; k < end; k++) out.add(new Move(null, k - i, 0, partialSkipCost, true));
            } else if (end - i >= 2) {
                out.add(new Move(null, end - i, 0, partialSkipCost, true));
            }
        }
        return out.toArray(Move[]::new);
    }

    private double[][] filled(double value) {
        double[][] table = new double[n + 1][m + 1];
        for (double[] row : table) Arrays.fill(row, value);
        return table;
    }

    /** -ln(e^-a + e^-b): adds two probabilities held as costs. */
    private static double minusLogSum(double a, double b) {
        if (a == Double.POSITIVE_INFINITY) return b;
        if (b == Double.POSITIVE_INFINITY) return a;
        double low = Math.min(a, b);
        return low - StrictMath.log1p(StrictMath.exp(-Math.abs(a - b)));
    }
}
