package org.leafpress.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Finds the likeliest links between a run of translated passages and the source passages of the
 * sections it may follow: Gale and Church's dynamic programme over 1-1, 1-0, 0-1, 2-1 and 1-2
 * links, with one more move that leaves a whole source section untranslated, and the probability
 * of each link by the forward–backward algorithm over the same costs.
 */
final class PassageAligner {

    /** A link on the best path: where it starts in each list, and how probable the model finds it. */
    record Found(LinkKind kind, int source, int translation, double probability) {}

    /** What linking source passages from {@code i} to translated passages from {@code j} costs. */
    interface Costs {
        double of(LinkKind kind, int i, int j);
    }

    /** A step of the programme; {@code kind} is null for a skipped section. */
    private record Move(LinkKind kind, int di, int dj, double cost) {}

    private final int[] sectionOf;
    private final int n;
    private final int m;
    private final List<Move>[][] moves;

    /**
     * @param sectionOf        for each source passage, the ordinal of its section
     * @param translationCount how many translated passages the run has
     * @param skipCost         the cost of leaving a whole section untranslated, or infinity where
     *                         the sections are known (a heading or a pin said so)
     */
    @SuppressWarnings("unchecked")
    PassageAligner(int[] sectionOf, int translationCount, Costs costs, double skipCost) {
        this.sectionOf = sectionOf.clone();
        this.n = sectionOf.length;
        this.m = translationCount;
        this.moves = new List[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) moves[i][j] = movesFrom(i, j, costs, skipCost);
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
            if (move.kind() != null) {
                double probability = Math.exp(total - forward[fi][fj] - move.cost() - backward[i][j]);
                path.add(new Found(move.kind(), fi, fj, Math.min(1, probability)));
            }
            i = fi;
            j = fj;
        }
        Collections.reverse(path);
        return path;
    }

    private List<Move> movesFrom(int i, int j, Costs costs, double skipCost) {
        List<Move> out = new ArrayList<>(6);
        for (LinkKind kind : LinkKind.values()) {
            int di = kind.sourceCount();
            int dj = kind.translationCount();
            if (i + di > n || j + dj > m) continue;
            // Two source passages merge only within a section: a translation's paragraph
            // never straddles two of the source's headings.
            if (di == 2 && sectionOf[i] != sectionOf[i + 1]) continue;
            out.add(new Move(kind, di, dj, costs.of(kind, i, j)));
        }
        boolean sectionStart = i < n && (i == 0 || sectionOf[i - 1] != sectionOf[i]);
        if (sectionStart && skipCost < Double.POSITIVE_INFINITY) {
            int end = i;
            while (end < n && sectionOf[end] == sectionOf[i]) end++;
            out.add(new Move(null, end - i, 0, skipCost));
        }
        return out;
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
        return low - Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
